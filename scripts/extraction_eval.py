#!/usr/bin/env python3
"""Main-text extraction quality and speed: `storydiff extract` against trafilatura.

Two page sets:

- the fixture set (default): Tests/ArticlesTests/Fixtures/pages, gold main text in .../gold.
  These are real, openly licensed article texts inside site templates written for this project,
  and the extractor was developed against them, so their scores say little about the open web.
- the newspaper4k set (--newspaper4k): real news pages saved by the newspaper4k project, from
  the test data of its source distribution on PyPI (newspaper4k==0.9.6, MIT-licensed package;
  the pages themselves belong to their publishers, so they are downloaded here, never
  committed). Pages are chosen by content: a page with a non-empty reference text in a language
  we support (English, French, Japanese, told from the reference text's letters and function
  words); index, main-site and RSS pages have no reference and are skipped. Caveat: the
  references are newspaper's own expected outputs, not hand-made gold. They may leave out
  captions, subheadings or list items newspaper drops, may keep a caption or a stray line it
  keeps, and may be cut short (a paywalled Japanese page stops at "…"), so recall and
  precision against them are approximate, and equally so for both systems.

--all evaluates both sets. Both are scored with the metric of public article-extraction
benchmarks (ScrapingHub's article-extraction-benchmark, also used by trafilatura's evaluation):
lower-cased tokens, 4-token shingles, precision and recall per page against the reference
shingles, averaged over pages, F1 from the averaged precision and recall. Japanese has no
spaces, so for pages in `ja` every character (other than white space and punctuation) is a
token.

    pip install -r scripts/requirements-eval.txt
    swift build -c release --product storydiff
    python3 scripts/extraction_eval.py [--newspaper4k | --all] [--cache DIR]
        [--storydiff PATH] [--pages DIR] [--repeat N] [--copies N] [--verbose]

Speed is pages per second over the whole set, best of --repeat runs: ours is one
`storydiff extract --format jsonl` process reading the set --copies times (process start
included once; the start-up alone is printed too), trafilatura's is `trafilatura.extract` on the
same bytes in this process (imports done before timing).
"""
import argparse
import atexit
import json
import re
import shutil
import subprocess
import sys
import tarfile
import tempfile
import time
import unicodedata
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
FIXTURES = REPO / "Tests" / "ArticlesTests" / "Fixtures"
NEWSPAPER4K = "newspaper4k==0.9.6"


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
    """Runs one process over the pages repeated `copies` times; returns texts and seconds.

    The process stops at the first page it cannot read (no article text found); then every
    page is run on its own, and the failing ones score as empty output.
    """
    start = time.perf_counter()
    out = subprocess.run([str(binary), "extract", "--format", "jsonl", *map(str, pages * copies)],
                         capture_output=True, text=True)
    elapsed = time.perf_counter() - start
    if out.returncode == 0:
        results = [json.loads(line) for line in out.stdout.splitlines() if line.strip()]
        return {Path(p).stem: r["text"] for p, r in zip(pages, results)}, elapsed, {}
    if len(pages) == 1:
        return {}, elapsed, {Path(pages[0]).stem: out.stderr.strip()}
    texts, failures = {}, {}
    for page in pages:
        one, _, failed = run_storydiff(binary, [page])
        texts.update(one)
        failures.update(failed)
    return texts, elapsed, failures


def run_trafilatura(pages):
    import trafilatura
    texts = {}
    start = time.perf_counter()
    for page in pages:
        texts[page.stem] = trafilatura.extract(page.read_bytes(), include_comments=False) or ""
    return texts, time.perf_counter() - start


# MARK: page sets

def fixture_set(args):
    """The committed fixture pages: (pages, reference texts, languages, description)."""
    pages = sorted(Path(args.pages).glob("*.html"))
    manifest = {m["id"]: m for m in json.loads((Path(args.pages).parent / "pages.json").read_text())}
    gold = {p.stem: (Path(args.gold) / f"{p.stem}.txt").read_text() for p in pages}
    langs = {p.stem: manifest[p.stem]["lang"] for p in pages}
    return pages, gold, langs, "fixture set (constructed templates around real text)"


def content_language(text):
    """en, fr or ja from a reference text's letters and function words; None for others."""
    letters = [c for c in text if c.isalpha()]
    if not letters:
        return None
    kana = sum(1 for c in letters if "\u3040" <= c <= "\u30ff")
    han = sum(1 for c in letters if "\u4e00" <= c <= "\u9fff")
    if kana >= 0.05 * len(letters) and kana + han >= 0.5 * len(letters):
        return "ja"
    latin = sum(1 for c in letters if c.isascii() or "\u00c0" <= c <= "\u024f")
    if latin < 0.9 * len(letters):
        return None
    words = re.findall(r"[^\W\d_]+", text.lower())
    if not words:
        return None
    # Function words of the two Latin-script languages we support, and of close neighbours
    # that must not pass for them (Spanish shares "la", "que", "en" with French).
    function_words = {
        "en": {"the", "and", "of", "to", "is", "was", "that", "for", "with", "on", "in", "it"},
        "fr": {"le", "la", "les", "et", "des", "du", "est", "une", "que", "pour", "dans", "qui"},
        "es": {"el", "la", "los", "las", "y", "del", "que", "en", "por", "con", "una", "se"},
        "pt": {"o", "os", "as", "e", "do", "da", "que", "em", "para", "com", "uma", "não"},
    }
    shares = {lang: sum(1 for w in words if w in vocabulary) / len(words)
              for lang, vocabulary in function_words.items()}
    best = max(shares, key=shares.get)
    if best in ("en", "fr") and shares[best] >= 0.08:
        return best
    return None


def newspaper4k_set(args):
    """The real pages in newspaper4k's sdist: (pages, reference texts, languages, description)."""
    if args.cache:
        cache = Path(args.cache)
    else:
        cache = Path(tempfile.mkdtemp(prefix="storydiff-n4k-"))
        atexit.register(shutil.rmtree, cache, ignore_errors=True)
    cache.mkdir(parents=True, exist_ok=True)
    archives = sorted(cache.glob("newspaper4k-0.9.6.tar.gz"))
    if not archives:
        print(f"downloading {NEWSPAPER4K} (sdist) into {cache}", file=sys.stderr)
        subprocess.run([sys.executable, "-m", "pip", "download", "--quiet", "--no-deps",
                        "--no-binary", ":all:", NEWSPAPER4K, "-d", str(cache)], check=True)
        archives = sorted(cache.glob("newspaper4k-0.9.6.tar.gz"))
        if not archives:
            sys.exit(f"pip download left no newspaper4k-0.9.6.tar.gz in {cache}")
    root = cache / "newspaper4k-0.9.6"
    data = root / "tests" / "data"
    if not (data / "html").is_dir():
        with tarfile.open(archives[0]) as archive:
            members = [m for m in archive.getmembers()
                       if m.isfile() and m.name.startswith("newspaper4k-0.9.6/tests/data/")
                       and m.name.endswith((".html", ".txt"))]
            if hasattr(tarfile, "data_filter"):
                archive.extractall(cache, members=members, filter="data")
            else:
                archive.extractall(cache, members=members)
    pages, gold, langs, skipped = [], {}, {}, []
    for page in sorted((data / "html").glob("*.html")):
        if re.search(r"main_site|index|rss|meta_refresh", page.stem):
            skipped.append(f"{page.stem} (not an article)")
            continue
        reference = data / "txt" / f"{page.stem}.txt"
        text = reference.read_text(encoding="utf-8", errors="replace") if reference.exists() else ""
        if not text.strip():
            skipped.append(f"{page.stem} (no reference text)")
            continue
        lang = content_language(text)
        if lang is None:
            skipped.append(f"{page.stem} (language not supported)")
            continue
        pages.append(page)
        gold[page.stem] = text
        langs[page.stem] = lang
    if args.verbose:
        print("skipped: " + ", ".join(skipped))
    return pages, gold, langs, f"newspaper4k {NEWSPAPER4K.split('==')[1]} real pages " \
                               f"(references are newspaper's outputs)"


# MARK: evaluation

def evaluate(pages, gold, langs, title, binary, args, per_page):
    systems = {}
    # One process over the set repeated `copies` times, so start-up (ICU data, dictionaries)
    # is paid once per process as in batch use; the start-up alone is printed below.
    copies = args.copies
    texts, _, failures = run_storydiff(binary, pages)
    readable = [p for p in pages if p.stem not in failures]
    ours_time = min(run_storydiff(binary, readable, copies)[1] for _ in range(args.repeat)) / copies
    startup = min(run_storydiff(binary, pages[:1])[1] for _ in range(args.repeat))
    systems["storydiff"] = (texts, len(readable) / ours_time)
    try:
        traf_time = min(run_trafilatura(pages)[1] for _ in range(args.repeat))
        systems["trafilatura"] = (run_trafilatura(pages)[0], len(pages) / traf_time)
    except ImportError:
        print("trafilatura is not installed (pip install -r scripts/requirements-eval.txt); skipped")

    print(f"{title}: {len(pages)} pages ({', '.join(sorted(set(langs.values())))}), "
          f"4-token shingles, per-page P/R averaged")
    results = {}
    for name, (texts, _) in systems.items():
        results[name] = [score(texts.get(p.stem, ""), gold[p.stem], langs[p.stem]) for p in pages]
    if per_page:
        names = list(systems)
        print(f"    {'page':<28} {'lang':<4} " + " ".join(f"{n:>17}" for n in names))
        for index, page in enumerate(pages):
            cells = " ".join(f"P {results[n][index][0]:.3f} R {results[n][index][1]:.3f}"
                             for n in names)
            print(f"    {page.stem:<28} {langs[page.stem]:<4} {cells}")
    print(f"{'system':<12} {'precision':>9} {'recall':>7} {'F1':>6} {'pages/s':>9}")
    for name, (_, rate) in systems.items():
        scores = results[name]
        precision = sum(s[0] for s in scores) / len(scores)
        recall = sum(s[1] for s in scores) / len(scores)
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        print(f"{name:<12} {precision:9.3f} {recall:7.3f} {f1:6.3f} {rate:9.1f}")
        if name == "storydiff":
            print(f"{'':<12} (one storydiff process over {copies} copies of the set; "
                  f"start-up and one page: {startup * 1000:.0f} ms)")
            for stem, message in sorted(failures.items()):
                print(f"{'':<12} no output for {stem}: {message}")
    print()


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--storydiff", help="path to the storydiff binary (default: found under .build*)")
    parser.add_argument("--pages", default=str(FIXTURES / "pages"), help="folder of .html pages")
    parser.add_argument("--gold", default=str(FIXTURES / "gold"), help="folder of gold .txt main texts")
    parser.add_argument("--newspaper4k", action="store_true",
                        help=f"evaluate on the real pages of the {NEWSPAPER4K} sdist instead")
    parser.add_argument("--all", action="store_true", help="evaluate the fixture and newspaper4k sets")
    parser.add_argument("--cache", help="folder for the newspaper4k download (default: a temp folder)")
    parser.add_argument("--repeat", type=int, default=5, help="timing runs; the fastest is reported")
    parser.add_argument("--copies", type=int, default=20,
                        help="storydiff reads the page set this many times in one process")
    parser.add_argument("--verbose", action="store_true", help="print per-page scores")
    args = parser.parse_args()

    binary = find_storydiff(args.storydiff)
    if not args.newspaper4k or args.all:
        evaluate(*fixture_set(args), binary, args, per_page=args.verbose)
    if args.newspaper4k or args.all:
        evaluate(*newspaper4k_set(args), binary, args, per_page=True)


if __name__ == "__main__":
    main()
