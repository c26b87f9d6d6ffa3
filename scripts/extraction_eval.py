#!/usr/bin/env python3
"""Main-text extraction quality and speed: `storydiff extract` against trafilatura.

Runs both extractors on the HTML evaluation pages (Tests/ArticlesTests/Fixtures/pages, gold main
text in .../gold) and scores them with the metric of public article-extraction benchmarks
(ScrapingHub's article-extraction-benchmark, also used by trafilatura's evaluation): lower-cased
tokens, 4-token shingles, precision and recall per page against the gold shingles, averaged over
pages, F1 from the averaged precision and recall. Japanese has no spaces, so for pages in `ja`
every character (other than white space and punctuation) is a token.

    pip install -r scripts/requirements-eval.txt
    swift build -c release --product storydiff
    python3 scripts/extraction_eval.py [--storydiff PATH] [--pages DIR] [--repeat N] [--verbose]

Speed is pages per second over the whole set, best of --repeat runs: ours is one
`storydiff extract --format jsonl` process reading the set --copies times (process start
included once; the start-up alone is printed too), trafilatura's is `trafilatura.extract` on the
same bytes in this process (imports done before timing).
"""
import argparse
import json
import re
import subprocess
import sys
import time
import unicodedata
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
FIXTURES = REPO / "Tests" / "ArticlesTests" / "Fixtures"


def tokens(text, lang):
    text = unicodedata.normalize("NFKC", text).lower()
    if lang == "ja":
        return [c for c in text if not c.isspace() and unicodedata.category(c)[0] not in "PZ"]
    return re.findall(r"\w+", text)


def shingles(text, lang, n=4):
    toks = tokens(text, lang)
    if len(toks) < n:
        return {tuple(toks)} if toks else set()
    return {tuple(toks[i:i + n]) for i in range(len(toks) - n + 1)}


def score(predicted, gold, lang):
    p, g = shingles(predicted or "", lang), shingles(gold, lang)
    if not p and not g:
        return 1.0, 1.0
    tp = len(p & g)
    precision = tp / len(p) if p else 0.0
    recall = tp / len(g) if g else 0.0
    return precision, recall


def find_storydiff(explicit):
    if explicit:
        return Path(explicit)
    for candidate in [".build-articles-release/release/storydiff", ".build/release/storydiff",
                      ".build-articles/debug/storydiff", ".build/debug/storydiff"]:
        path = REPO / candidate
        if path.exists():
            return path
    sys.exit("storydiff binary not found: build it or pass --storydiff PATH")


def run_storydiff(binary, pages, copies=1):
    """Runs one process over the pages repeated `copies` times; returns texts and seconds."""
    start = time.perf_counter()
    out = subprocess.run([str(binary), "extract", "--format", "jsonl", *map(str, pages * copies)],
                         capture_output=True, text=True)
    elapsed = time.perf_counter() - start
    if out.returncode != 0:
        sys.exit(f"storydiff failed: {out.stderr.strip()}")
    results = [json.loads(line) for line in out.stdout.splitlines() if line.strip()]
    return {Path(p).stem: r["text"] for p, r in zip(pages, results)}, elapsed


def run_trafilatura(pages):
    import trafilatura
    texts = {}
    start = time.perf_counter()
    for page in pages:
        texts[page.stem] = trafilatura.extract(page.read_bytes(), include_comments=False) or ""
    return texts, time.perf_counter() - start


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--storydiff", help="path to the storydiff binary (default: found under .build*)")
    parser.add_argument("--pages", default=str(FIXTURES / "pages"), help="folder of .html pages")
    parser.add_argument("--gold", default=str(FIXTURES / "gold"), help="folder of gold .txt main texts")
    parser.add_argument("--repeat", type=int, default=5, help="timing runs; the fastest is reported")
    parser.add_argument("--copies", type=int, default=20,
                        help="storydiff reads the page set this many times in one process")
    parser.add_argument("--verbose", action="store_true", help="print per-page scores")
    args = parser.parse_args()

    pages = sorted(Path(args.pages).glob("*.html"))
    manifest = {m["id"]: m for m in json.loads((Path(args.pages).parent / "pages.json").read_text())}
    gold = {p.stem: (Path(args.gold) / f"{p.stem}.txt").read_text() for p in pages}
    binary = find_storydiff(args.storydiff)

    systems = {}
    # One process over the set repeated `copies` times, so start-up (ICU data, dictionaries)
    # is paid once per process as in batch use; the start-up alone is printed below.
    copies = args.copies
    ours_time = min(run_storydiff(binary, pages, copies)[1] for _ in range(args.repeat)) / copies
    startup = min(run_storydiff(binary, pages[:1])[1] for _ in range(args.repeat))
    systems["storydiff"] = (run_storydiff(binary, pages)[0], ours_time)
    try:
        traf_time = min(run_trafilatura(pages)[1] for _ in range(args.repeat))
        systems["trafilatura"] = (run_trafilatura(pages)[0], traf_time)
    except ImportError:
        print("trafilatura is not installed (pip install -r scripts/requirements-eval.txt); skipped")

    print(f"{len(pages)} pages ({', '.join(sorted({m['lang'] for m in manifest.values()}))}), "
          f"4-token shingles, per-page P/R averaged")
    print(f"{'system':<12} {'precision':>9} {'recall':>7} {'F1':>6} {'pages/s':>9}")
    for name, (texts, elapsed) in systems.items():
        scores = [score(texts.get(p.stem, ""), gold[p.stem], manifest[p.stem]["lang"]) for p in pages]
        precision = sum(s[0] for s in scores) / len(scores)
        recall = sum(s[1] for s in scores) / len(scores)
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        print(f"{name:<12} {precision:9.3f} {recall:7.3f} {f1:6.3f} {len(pages) / elapsed:9.1f}")
        if name == "storydiff":
            print(f"{'':<12} (one storydiff process over {copies} copies of the set; "
                  f"start-up and one page: {startup * 1000:.0f} ms)")
        if args.verbose:
            for p, (pr, rc) in zip(pages, scores):
                print(f"    {p.stem:<28} P {pr:.3f}  R {rc:.3f}")


if __name__ == "__main__":
    main()
