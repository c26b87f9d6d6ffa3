#!/usr/bin/env python3
"""Japanese word-boundary F1 of StoryDiff and of bare ICU against MeCab/UniDic.

Measures how well word boundaries agree with MeCab using the UniDic dictionary (unidic-lite,
short-unit words) on real Japanese sentences from the shared evaluation data (FLORES-200 devtest
and NTREX-128), for two systems:

  icu      ICU's word break iterator, locale "ja", nothing else: the system libicuuc loaded
           through ctypes (the same library the Swift package links), run once over the file;
  ours     `storydiff segment --lang ja --format json FILE`: ICU plus TextCore's repairs
           (katakana re-joining).

Boundaries are compared as character offsets inside each line (one line is one paragraph; no
word or sentence crosses a line). White space is stripped from every line first and only
internal boundaries count: not the start or end of a line, and not a place where white space
was, since every system breaks there. Figures are reported over

  all       every such boundary;
  katakana  boundaries with a katakana letter on both sides: inside a run of katakana
            (U+30A1-U+30FA, U+30FC-U+30FF, U+31F0-U+31FF, U+FF66-U+FF9F; the prolonged sound
            mark ー counts as katakana, the middle dot ・ does not), which is where TextCore's
            re-joining acts;
  edge      boundaries with katakana on exactly one side (マクロン|大統領, エマニュエル|・).

Setup and run (from the repository root; fugashi + unidic-lite come from PyPI):

  pip install -r scripts/requirements-eval.txt
  swift build -c release --product storydiff
  python3 scripts/ja_segmentation_f1.py

Options: --data (the shared folder or its data/ folder; default $STORYDIFF_SHARED, else
../shared next to the repository), --storydiff (default .build/release/storydiff, else
.build/debug/storydiff), --icu-library (default: libicuuc as ctypes finds it), --sources
(flores,ntrex), --limit N (first N lines), --top N (disagreement patterns to list).

As a check that both systems use the same ICU, the script warns when one of our boundaries is
not an ICU boundary (for Japanese TextCore only removes ICU boundaries).
"""

import argparse
import collections
import ctypes
import ctypes.util
import json
import os
import subprocess
import sys
import tempfile
import unicodedata
from pathlib import Path

REPOSITORY = Path(__file__).resolve().parents[1]
SOURCES = {
    "flores": "flores200-devtest/jpn_Jpan.devtest",
    "ntrex": "ntrex128-en-fr-ja/newstest2019-ref.jpn.txt",
}
MINIMUM_LINES = 300


def is_katakana(ch):
    """Whether a character is a katakana letter (or ー), not the middle dot ・."""
    c = ord(ch)
    return (
        0x30A1 <= c <= 0x30FA
        or 0x30FC <= c <= 0x30FF
        or 0x31F0 <= c <= 0x31FF
        or 0xFF66 <= c <= 0xFF9F
    )


# --- inputs ---------------------------------------------------------------------------------


def find_data_folder(option):
    """The shared data folder: --data (shared/ or shared/data/), else ../shared/data."""
    candidates = []
    if option:
        candidates += [Path(option) / "data", Path(option)]
    else:
        shared = os.environ.get("STORYDIFF_SHARED")
        if shared:
            candidates += [Path(shared) / "data", Path(shared)]
        candidates.append(REPOSITORY.parent / "shared" / "data")
    for candidate in candidates:
        if (candidate / SOURCES["flores"]).is_file() or (candidate / SOURCES["ntrex"]).is_file():
            return candidate
    tried = ", ".join(map(str, candidates))
    sys.exit("error: no shared data found (tried %s); pass --data" % tried)


def read_lines(data, sources, limit):
    """Non-blank lines of the chosen files, in order, as (source, line)."""
    lines = []
    for name in sources:
        path = data / SOURCES[name]
        if not path.is_file():
            sys.exit("error: %s not found" % path)
        with open(path, encoding="utf-8") as handle:
            for raw in handle:
                line = raw.rstrip("\r\n")
                if line.strip():
                    lines.append((name, line))
    return lines[:limit] if limit else lines


def utf16_to_char_offsets(text):
    """For each UTF-16 offset of `text` that starts a character, its character offset."""
    table = {}
    unit = 0
    for index, ch in enumerate(text):
        table[unit] = index
        unit += 2 if ord(ch) > 0xFFFF else 1
    table[unit] = len(text)
    return table


def utf8_to_char_offsets(text):
    """For each UTF-8 offset of `text` that starts a character, its character offset."""
    table = {}
    byte = 0
    for index, ch in enumerate(text):
        table[byte] = index
        byte += len(ch.encode("utf-8"))
    table[byte] = len(text)
    return table


def split_by_line(offsets, lines):
    """Global character offsets as one set of line-relative offsets per line.

    `lines` are (start, length) pairs; offsets past a line's end (on its line break) are dropped.
    """
    result = [set() for _ in lines]
    line = 0
    for offset in sorted(offsets):
        while line + 1 < len(lines) and offset >= lines[line + 1][0]:
            line += 1
        start, length = lines[line]
        if offset - start <= length:
            result[line].add(offset - start)
    return result


# --- the three segmenters -------------------------------------------------------------------


def mecab_boundaries(lines):
    """MeCab (UniDic short units, unidic-lite) token boundaries per line."""
    try:
        import fugashi
        import unidic_lite
    except ImportError:
        sys.exit("error: needs fugashi and unidic-lite: "
                 "pip install -r scripts/requirements-eval.txt")
    dicdir = unidic_lite.DICDIR
    tagger = fugashi.Tagger('-d "%s" -r "%s"' % (dicdir, os.path.join(dicdir, "mecabrc")))
    result = []
    for line in lines:
        boundaries = set()
        position = 0
        for word in tagger(line):
            surface = word.surface
            start = line.find(surface, position)
            if start < 0 or line[position:start].strip():
                raise RuntimeError("cannot place MeCab token %r in %r" % (surface, line))
            boundaries.update((start, start + len(surface)))
            position = start + len(surface)
        result.append(boundaries)
    return result


class BareICU:
    """ICU's word break iterator through ctypes: ubrk_open, ubrk_next, ubrk_close."""

    UBRK_WORD = 1

    def __init__(self, library=None):
        name = library or ctypes.util.find_library("icuuc")
        if not name:
            sys.exit("error: libicuuc not found; install libicu-dev or pass --icu-library")
        self.lib = ctypes.CDLL(name)
        self.suffix = self._version_suffix()
        self.open = self._function("ubrk_open", ctypes.c_void_p,
                                   [ctypes.c_int, ctypes.c_char_p, ctypes.c_void_p,
                                    ctypes.c_int32, ctypes.POINTER(ctypes.c_int)])
        self.first = self._function("ubrk_first", ctypes.c_int32, [ctypes.c_void_p])
        self.next = self._function("ubrk_next", ctypes.c_int32, [ctypes.c_void_p])
        self.close = self._function("ubrk_close", None, [ctypes.c_void_p])
        version = (ctypes.c_uint8 * 4)()
        self._function("u_getVersion", None, [ctypes.c_void_p])(version)
        self.version = ".".join(str(part) for part in version[:2])

    def _version_suffix(self):
        # ICU renames its C functions per major version (ubrk_open_72) unless built without it.
        if hasattr(self.lib, "ubrk_open"):
            return ""
        for major in range(40, 200):
            if hasattr(self.lib, "ubrk_open_%d" % major):
                return "_%d" % major
        sys.exit("error: no ubrk_open in the ICU library")

    def _function(self, name, restype, argtypes):
        function = getattr(self.lib, name + self.suffix)
        function.restype = restype
        function.argtypes = argtypes
        return function

    def boundaries(self, text, locale):
        """The word boundaries of `text` as UTF-16 offsets, 0 and the end included."""
        units = text.encode("utf-16-le")
        buffer = ctypes.create_string_buffer(units, len(units) + 2)
        status = ctypes.c_int(0)
        iterator = self.open(self.UBRK_WORD, locale.encode(), buffer, len(units) // 2,
                             ctypes.byref(status))
        if status.value > 0 or not iterator:
            sys.exit("error: ubrk_open failed with status %d" % status.value)
        result = [self.first(iterator)]
        while True:
            boundary = self.next(iterator)
            if boundary == -1:
                break
            result.append(boundary)
        self.close(iterator)
        return result


def storydiff_boundaries(binary, text, line_spans):
    """Our word boundaries per line, from `storydiff segment --lang ja --format json`."""
    with tempfile.NamedTemporaryFile("w", encoding="utf-8", suffix=".txt", delete=False) as handle:
        handle.write(text)
        path = handle.name
    try:
        output = subprocess.run([str(binary), "segment", "--lang", "ja", "--format", "json", path],
                                check=True, capture_output=True, text=True).stdout
    finally:
        os.unlink(path)
    document = json.loads(output)
    chars = utf8_to_char_offsets(text)
    offsets = set()
    sentences = document["sentences"]
    for sentence in sentences:
        for word in sentence["words"]:
            start, end = word["utf8Range"]
            offsets.update((chars[start], chars[end]))
    return split_by_line(offsets, line_spans), len(sentences), sum(
        len(sentence["words"]) for sentence in sentences)


# --- scoring --------------------------------------------------------------------------------


class Line:
    """One line with white space stripped, and the classes of its internal boundary positions."""

    def __init__(self, text):
        self.text = text
        kept = [i for i, ch in enumerate(text) if not ch.isspace()]
        self.stripped = "".join(text[i] for i in kept)
        # stripped position of each original offset (number of kept characters before it)
        self.position = [0] * (len(text) + 1)
        count = 0
        for i, ch in enumerate(text):
            self.position[i] = count
            if not ch.isspace():
                count += 1
        self.position[len(text)] = count
        # positions where white space was removed: every system breaks there
        self.spaced = {self.position[i] for i, ch in enumerate(text) if ch.isspace()}
        self.spaced.add(self.position[len(text)])

    def internal(self, boundaries):
        """Boundaries (original offsets) as stripped positions, edges and spaces dropped."""
        result = set()
        for boundary in boundaries:
            position = self.position[boundary]
            if 0 < position < len(self.stripped) and position not in self.spaced:
                result.add(position)
        return result

    def category(self, position):
        """`katakana`, `edge` or `other` for an internal stripped position."""
        left = is_katakana(self.stripped[position - 1])
        right = is_katakana(self.stripped[position])
        if left and right:
            return "katakana"
        return "edge" if left or right else "other"

    def katakana_runs(self):
        """(start, end) of each run of two or more katakana characters, in stripped positions."""
        runs = []
        start = None
        for i, ch in enumerate(self.stripped + "\0"):
            if ch != "\0" and is_katakana(ch):
                if start is None:
                    start = i
            elif start is not None:
                if i - start >= 2:
                    runs.append((start, i))
                start = None
        return runs

    def spell(self, start, end, positions):
        """The stripped text of [start, end) with `|` at each boundary position inside it."""
        out = []
        for i in range(start, end):
            if i > start and i in positions:
                out.append("|")
            out.append(self.stripped[i])
        return "".join(out)


class Score:
    def __init__(self):
        self.true_positive = self.false_positive = self.false_negative = 0

    def add(self, system, reference):
        self.true_positive += len(system & reference)
        self.false_positive += len(system - reference)
        self.false_negative += len(reference - system)

    def figures(self):
        tp, fp, fn = self.true_positive, self.false_positive, self.false_negative
        precision = tp / (tp + fp) if tp + fp else 0.0
        recall = tp / (tp + fn) if tp + fn else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        return precision, recall, f1


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", help="the shared folder or its data/ folder")
    parser.add_argument("--storydiff", help="the storydiff binary")
    parser.add_argument("--icu-library", help="libicuuc to load (default: found by ctypes)")
    parser.add_argument("--sources", default="flores,ntrex",
                        help="comma-separated: flores, ntrex (default: both)")
    parser.add_argument("--limit", type=int, default=0, help="use only the first N lines")
    parser.add_argument("--top", type=int, default=20, help="katakana disagreements to list")
    args = parser.parse_args()

    data = find_data_folder(args.data)
    sources = [name.strip() for name in args.sources.split(",") if name.strip()]
    unknown = [name for name in sources if name not in SOURCES]
    if unknown:
        sys.exit("error: unknown source %s (known: %s)" % (unknown, ", ".join(SOURCES)))
    entries = read_lines(data, sources, args.limit)
    if len(entries) < MINIMUM_LINES:
        print("warning: only %d lines; the issue asks for at least %d"
              % (len(entries), MINIMUM_LINES))
    texts = [line for _, line in entries]

    if args.storydiff:
        binary = Path(args.storydiff)
    else:
        candidates = [REPOSITORY / ".build" / mode / "storydiff" for mode in ("release", "debug")]
        binary = next((path for path in candidates if path.is_file()), None)
        if binary is None:
            sys.exit("error: no storydiff binary; run `swift build -c release --product storydiff`"
                     " or pass --storydiff")

    # One file, one line per paragraph, as storydiff reads it; ICU runs over the same text.
    text = "\n".join(texts) + "\n"
    line_spans = []
    offset = 0
    for line in texts:
        line_spans.append((offset, len(line)))
        offset += len(line) + 1

    icu = BareICU(args.icu_library)
    chars = utf16_to_char_offsets(text)
    icu_lines = split_by_line({chars[b] for b in icu.boundaries(text, "ja")}, line_spans)
    ours_lines, sentence_count, word_count = storydiff_boundaries(binary, text, line_spans)
    mecab_lines = mecab_boundaries(texts)

    scores = {(system, category): Score() for system in ("icu", "ours")
              for category in ("all", "katakana", "edge")}
    reference_counts = collections.Counter()
    runs = collections.Counter()
    patterns = collections.Counter()
    icu_spelling = collections.defaultdict(collections.Counter)
    not_from_icu = 0
    removed = collections.Counter()
    for line_text, icu_raw, ours_raw, mecab_raw in zip(texts, icu_lines, ours_lines, mecab_lines):
        line = Line(line_text)
        systems = {"icu": line.internal(icu_raw), "ours": line.internal(ours_raw)}
        reference = line.internal(mecab_raw)
        # TextCore only removes ICU boundaries for Japanese; anything else means a different ICU.
        not_from_icu += len(systems["ours"] - systems["icu"])
        for position in systems["icu"] - systems["ours"]:
            kind = line.category(position)
            removed[(kind, position in reference)] += 1
        for category in ("all", "katakana", "edge"):
            def keep(positions):
                if category == "all":
                    return positions
                return {p for p in positions if line.category(p) == category}
            reference_counts[category] += len(keep(reference))
            for system, positions in systems.items():
                scores[(system, category)].add(keep(positions), keep(reference))
        for start, end in line.katakana_runs():
            inside = set(range(start + 1, end))
            spans = {name: positions & inside for name, positions in systems.items()}
            wanted = reference & inside
            runs["runs"] += 1
            runs["icu exact"] += spans["icu"] == wanted
            runs["ours exact"] += spans["ours"] == wanted
            runs["whole exact"] += not wanted
            if spans["ours"] != wanted:
                key = (line.spell(start, end, wanted), line.spell(start, end, spans["ours"]))
                patterns[key] += 1
                icu_spelling[key][line.spell(start, end, spans["icu"])] += 1

    print("Japanese word boundaries against MeCab with UniDic short units (%s)" % mecab_version())
    print("data: %s" % ", ".join(SOURCES[name] for name in sources))
    print("lines: %d (%d sentences, %d words per storydiff); ICU %s via ctypes; storydiff: %s"
          % (len(texts), sentence_count, word_count, icu.version, binary))
    print("reference boundaries (internal, not at white space): all %d, katakana %d, edge %d"
          % (reference_counts["all"], reference_counts["katakana"], reference_counts["edge"]))
    if not_from_icu:
        print("warning: %d of our boundaries are not ICU boundaries: is storydiff linked to "
              "another ICU?" % not_from_icu)
    print()
    print("%-10s %-5s %9s %9s %9s %9s %9s" % ("boundaries", "sys", "precision", "recall", "F1",
                                             "false+", "false-"))
    for category in ("all", "katakana", "edge"):
        for system in ("icu", "ours"):
            score = scores[(system, category)]
            precision, recall, f1 = score.figures()
            print("%-10s %-5s %9.4f %9.4f %9.4f %9d %9d" % (category, system, precision, recall,
                                                           f1, score.false_positive,
                                                           score.false_negative))
    print()
    for kind in ("katakana", "edge", "other"):
        total = removed[(kind, False)] + removed[(kind, True)]
        if total:
            print("ICU boundaries ours removes (%s): %d, of which MeCab keeps %d (wrongly removed)"
                  % (kind, total, removed[(kind, True)]))
    print("katakana runs of 2+ characters: %d; segmented exactly as MeCab: icu %d (%.1f%%), "
          "ours %d (%.1f%%)" % (runs["runs"], runs["icu exact"],
                                100.0 * runs["icu exact"] / max(runs["runs"], 1),
                                runs["ours exact"],
                                100.0 * runs["ours exact"] / max(runs["runs"], 1)))
    print("  (for tuning: keeping every katakana run whole would match MeCab on %d runs, %.1f%%)"
          % (runs["whole exact"], 100.0 * runs["whole exact"] / max(runs["runs"], 1)))
    print()
    print("top %d katakana disagreements between ours and MeCab:" % args.top)
    print("count  %s%s%s%s" % (_pad("MeCab", 30), _pad("ours", 30), _pad("bare ICU", 30),
                               "ours vs MeCab"))
    for (wanted, ours), count in sorted(patterns.items(), key=lambda item: (-item[1], item[0]))[
            :args.top]:
        icu_form = icu_spelling[(wanted, ours)].most_common(1)[0][0]
        wanted_set = set(_cuts(wanted))
        ours_set = set(_cuts(ours))
        if ours_set < wanted_set:
            verdict = "joins"
        elif ours_set > wanted_set:
            verdict = "splits"
        else:
            verdict = "moves"
        print("%5d  %s%s%s%s" % (count, _pad(wanted, 30), _pad(ours, 30), _pad(icu_form, 30),
                                 verdict))


def _pad(text, width):
    """`text` padded with spaces to `width` terminal columns (wide characters count two)."""
    columns = sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)
    return text + " " * max(width - columns, 1)


def _cuts(spelled):
    """The positions of the `|` marks of a spelled run, in characters of the run."""
    cuts = []
    position = 0
    for ch in spelled:
        if ch == "|":
            cuts.append(position)
        else:
            position += 1
    return cuts


def mecab_version():
    try:
        import unidic_lite
        version_file = Path(unidic_lite.DICDIR) / "version"
        return "unidic-lite, UniDic %s" % version_file.read_text().strip().splitlines()[0]
    except (ImportError, OSError, IndexError):
        return "unidic-lite"


if __name__ == "__main__":
    main()
