#!/usr/bin/env python3
"""Builds StoryDiff's cross-language dictionaries (dictionaries/lexicon, dictionaries/names and the
per-language lists in dictionaries/en|fr|ja) from public dictionary data, deterministically.

Sources:
  - Debian packages (downloaded with `apt-get download`, unpacked with `dpkg-deb -x` into a
    temporary folder; nothing is installed): edict, enamdict (EDRDG, CC BY-SA 3.0),
    dict-freedict-eng-fra, dict-freedict-fra-eng (FreeDict, GPL-2.0-or-later),
    dict-freedict-eng-jpn, dict-freedict-fra-jpn (FreeDict/WikDict, CC BY-SA 3.0),
    dict-freedict-jpn-fra (FreeDict from JMdict's French glosses, CC BY-SA 3.0),
    wordnet-base (WordNet 3.0's exception lists of irregular forms, WordNet 3.0 licence),
    hunspell-fr-classical (Grammalecte's French spelling dictionary and its suffix rules,
    MPL-2.0);
  - CLDR name lists in ../shared/data/dictionaries (cldr-territories-en-fr-ja.tsv,
    cldr-calendar-en-fr-ja.tsv; Unicode License);
  - hand-curated data in scripts/data/*.tsv (compiled for StoryDiff; Apache-2.0).

Usage:
  python3 scripts/build_dictionaries.py            # download packages, rebuild every file
  python3 scripts/build_dictionaries.py --check    # exit 1 if a committed file differs
  python3 scripts/build_dictionaries.py --debs DIR # use .deb files already in DIR

Python 3.11, standard library only.
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import re
import subprocess
import sys
import tempfile
import unicodedata
from collections import defaultdict
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
DATA = Path(__file__).resolve().parent / "data"
LANGS = ("en", "fr", "ja")

PACKAGES = (
    "edict",
    "enamdict",
    "dict-freedict-eng-fra",
    "dict-freedict-fra-eng",
    "dict-freedict-eng-jpn",
    "dict-freedict-fra-jpn",
    "dict-freedict-jpn-fra",
    "wordnet-base",
    "hunspell-fr-classical",
)

# Seed of the held-out split of the name table (entity-linking evaluation).
HELDOUT_SEED = 20240502
HELDOUT_FRACTION = 5  # one name in five

# ---------------------------------------------------------------------------------------------
# Small helpers
# ---------------------------------------------------------------------------------------------

JA_CHAR = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u3005\u30fc]")
KANJI = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u3005]")
LATIN_LETTER = re.compile(r"[A-Za-z]")


def nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def clean_field(text: str) -> str:
    """One TSV field: NFC, no tabs or newlines, single spaces, trimmed."""
    text = nfc(text).replace("\t", " ").replace("\n", " ")
    text = re.sub(r"\s+", " ", text).strip()
    return text


def strip_brackets(text: str) -> str:
    """Removes (...), [...], {...} and （...） groups, nested ones included."""
    previous = None
    while previous != text:
        previous = text
        text = re.sub(r"\([^()]*\)|\[[^\[\]]*\]|\{[^{}]*\}|（[^（）]*）", " ", text)
    return re.sub(r"\s+", " ", text).strip()


def read_tsv(path: Path) -> list[list[str]]:
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        rows.append([field.strip() for field in line.split("\t")])
    return rows


def tsv(header: list[str], rows) -> str:
    """A built file: `#` header lines, then one tab-separated entry per line, LF, UTF-8."""
    out = ["# " + line if line else "#" for line in header]
    for row in rows:
        fields = [clean_field(str(field)) for field in row]
        assert all(fields), f"empty field in {row!r}"
        out.append("\t".join(fields))
    return "\n".join(out) + "\n"


# ---------------------------------------------------------------------------------------------
# Getting the Debian packages
# ---------------------------------------------------------------------------------------------


def fetch_packages(deb_dir: Path | None, work: Path) -> tuple[Path, dict[str, str]]:
    """Downloads (unless given) and unpacks the packages; returns the unpacked root and versions."""
    if deb_dir is None:
        deb_dir = work / "debs"
        deb_dir.mkdir()
        command = ["apt-get", "download", *PACKAGES]
        if subprocess.run(command, cwd=deb_dir).returncode != 0:
            print("apt-get download failed; running apt-get update once", file=sys.stderr)
            subprocess.run(["apt-get", "update"], check=True)
            subprocess.run(command, cwd=deb_dir, check=True)
    root = work / "root"
    root.mkdir()
    versions = {}
    for package in PACKAGES:
        debs = sorted(deb_dir.glob(f"{package}_*.deb"))
        if not debs:
            sys.exit(f"error: no {package}_*.deb in {deb_dir}")
        deb = debs[-1]
        subprocess.run(["dpkg-deb", "-x", str(deb), str(root)], check=True)
        version = subprocess.run(
            ["dpkg-deb", "-f", str(deb), "Version"], check=True, capture_output=True, text=True
        ).stdout.strip()
        versions[package] = version
    return root, versions


def read_dictd(root: Path, name: str):
    """Yields (headword, body) from a dictd pair, in index order; skips metadata entries."""
    digits = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"

    def decode(value: str) -> int:
        number = 0
        for char in value:
            number = number * 64 + digits.index(char)
        return number

    base = root / "usr/share/dictd" / f"freedict-{name}"
    data = gzip.open(str(base) + ".dict.dz").read()
    for line in open(str(base) + ".index", encoding="utf-8"):
        parts = line.rstrip("\n").split("\t")
        if len(parts) < 3 or parts[0].startswith("00database") or parts[0].startswith("00-database"):
            continue
        offset, length = decode(parts[1]), decode(parts[2])
        yield parts[0], data[offset : offset + length].decode("utf-8")


# ---------------------------------------------------------------------------------------------
# Gloss cleaning
# ---------------------------------------------------------------------------------------------

EN_STOP_PREFIXES = ("a ", "an ")
EN_KEEP_PLURAL = {
    "news", "arms", "talks", "goods", "means", "series", "species", "politics", "economics",
    "physics", "headquarters", "customs", "remains", "savings", "earnings", "forces", "troops",
    "glasses", "relations", "affairs", "elections", "sanctions", "species", "data",
}


def clean_en_gloss(gloss: str, verb: bool) -> str | None:
    """A short English gloss usable as a concept id, or None."""
    gloss = gloss.replace("`", "'").replace("’", "'")
    gloss = strip_brackets(gloss)
    gloss = gloss.strip(" .;,:!?\"")
    lower = gloss.lower()
    if lower.startswith("to ") and (verb or len(gloss.split()) <= 3):
        gloss = gloss[3:]
    for prefix in EN_STOP_PREFIXES:
        if gloss.lower().startswith(prefix):
            gloss = gloss[len(prefix) :]
    gloss = gloss.strip()
    if not gloss or len(gloss) > 40 or len(gloss.split()) > 3 or re.search(r"[()\[\]{}]", gloss):
        return None
    if re.search(r"[^A-Za-z0-9' \-.éè]", gloss) or not LATIN_LETTER.search(gloss):
        return None
    if re.search(r"\b(etc|esp|e\.g|i\.e|something|someone|one's|oneself|sb|sth)\b", gloss.lower()):
        return None
    if gloss.isupper() and len(gloss) > 1:
        return gloss  # acronyms keep their case
    # Lower-case a capitalised first word unless the whole gloss looks like a name.
    if gloss[:1].isupper() and not all(w[:1].isupper() for w in gloss.split()):
        gloss = gloss[:1].lower() + gloss[1:]
    return gloss


def clean_fr_gloss(gloss: str) -> str | None:
    gloss = gloss.replace("’", "'")
    gloss = re.sub(r"Note:[^,;]*?(alone|seul(e)?|kana)", " ", gloss)
    gloss = strip_brackets(gloss)
    gloss = gloss.strip(" .;,:!?\"…")
    if gloss.startswith(("... ", "-")) or gloss.endswith(" ...") or re.search(r"[()\[\]{}]", gloss):
        return None
    if not gloss or len(gloss) > 40 or len(gloss.split()) > 4 or "..." in gloss:
        return None
    if JA_CHAR.search(gloss) or not re.search(r"[A-Za-zÀ-ÿ]", gloss):
        return None
    if re.search(r"\b(quelqu'un|quelque chose|qqch|qqn|etc)\b", gloss.lower()):
        return None
    if gloss[:1].isupper() and not all(w[:1].isupper() for w in gloss.split()):
        gloss = gloss[:1].lower() + gloss[1:]
    return gloss


def clean_ja_term(term: str) -> str | None:
    term = strip_brackets(term).strip(" 。、,.")
    term = term.replace("〜", "").replace("～", "").strip()
    if not term or len(term) > 12 or not JA_CHAR.search(term) or re.search(r"[()\[\]{}（）「」]", term):
        return None
    if LATIN_LETTER.search(term) or re.search(r"[\s,;/]", term):
        return None
    return term


def singularizer(vocabulary: set[str], headwords: set[str], language: str):
    """Maps a plural to its singular when the singular is a known word and the plural is not."""

    def singular(term: str) -> str:
        words = term.split(" ")
        last = words[-1]
        if term in headwords or last.lower() in EN_KEEP_PLURAL or len(last) < 4:
            return term
        candidates = []
        if language == "en":
            if last.endswith("ies"):
                candidates.append(last[:-3] + "y")
            if last.endswith("es"):
                candidates.append(last[:-2])
            if last.endswith("s") and not last.endswith("ss"):
                candidates.append(last[:-1])
        else:
            if last.endswith("aux"):
                candidates.append(last[:-3] + "al")
            if last.endswith("s") or last.endswith("x"):
                candidates.append(last[:-1])
        for candidate in candidates:
            joined = " ".join(words[:-1] + [candidate])
            if joined in vocabulary:
                return joined
        return term

    return singular


# ---------------------------------------------------------------------------------------------
# Readers of each source
# ---------------------------------------------------------------------------------------------


def read_freedict_plain(root: Path, name: str) -> dict[str, list[str]]:
    """eng-fra / fra-eng (Ergane): header line, then translation lines `1. a, b`."""
    result: dict[str, list[str]] = defaultdict(list)
    for headword, body in read_dictd(root, name):
        lines = body.split("\n")[1:]
        for line in lines:
            line = re.sub(r"^\s*\d+\.\s*", "", line).strip()
            if not line:
                continue
            for part in re.split(r"[,;]\s*", line):
                if part.strip():
                    result[headword.strip()].append(part.strip())
    return result


def read_freedict_wikdict(root: Path, name: str) -> dict[str, list[str]]:
    """eng-jpn / fra-jpn (WikDict): header, then per sense a Japanese line and a gloss line."""
    result: dict[str, list[str]] = defaultdict(list)
    for headword, body in read_dictd(root, name):
        for line in body.split("\n")[1:]:
            line = re.sub(r"^\s*\d+\.\s*", "", line).strip()
            if not line or not JA_CHAR.search(line):
                continue
            for part in re.split(r"[,;、]\s*", line):
                if part.strip():
                    result[headword.strip()].append(part.strip())
    return result


PRIORITY_TAGS = {"ichi1", "news1", "spec1", "gai1"}
# JMdict "misc" notes that jpn-fra prints glued to the next gloss ("Note: colloquialismmenstruation").
JMDICT_NOTES = sorted(
    [
        "word usually written using kana alone", "word usually written using kanji alone",
        "familiar language", "humble (kenjougo) language", "honorific or respectful (sonkeigo) language",
        "colloquialism", "polite (teineigo) language", "onomatopoeic or mimetic word", "abbreviation",
        "yojijukugo", "archaism", "idiomatic expression", "slang", "vulgar expression or word",
        "derogatory", "obsolete term", "rare", "sensitive", "male term or language",
        "female term or language", "children's language", "jocular, humorous term", "proverb",
        "manga slang", "poetical term", "dated term", "historical term", "formal or literary term",
        "euphemistic", "dialect", "quotation", "rude or X-rated term", "male slang", "female slang",
        "Internet slang", "aphorism (pithy saying)", "expression (proverb)", "company name",
    ],
    key=len,
    reverse=True,
)


def read_jmdict_french(root: Path) -> list[tuple[list[str], list[str], bool]]:
    """jpn-fra (JMdict French): (written forms, French glosses, is common)."""
    entries = []
    seen = set()
    for _headword, body in read_dictd(root, "jpn-fra"):
        if body in seen:
            continue  # the same body is indexed under every form
        seen.add(body)
        lines = body.split("\n")
        header = lines[0]
        forms, common = [], False
        for chunk in header.split(","):
            tags = set(re.findall(r"\[(\w+)\]", chunk))
            text = re.sub(r"\[\w+\]", " ", chunk)
            text = re.sub(r"/[^/]*/", " ", text).strip()
            if not text:
                continue
            forms.append(text)
            if tags & PRIORITY_TAGS:
                common = True
        glosses = []
        for line in lines[1:]:
            stripped = line.strip()
            if stripped.startswith("Note: "):
                note = next((n for n in JMDICT_NOTES if stripped[6:].startswith(n)), None)
                if note is None:
                    continue
                stripped = stripped[6 + len(note) :].strip()
            if not stripped or re.fullmatch(r"(\([^()]*(\([^()]*\))*[^()]*\)\s*)+", stripped):
                continue
            for part in re.split(r",\s*|;\s*", stripped):
                # Loanwords carry their source word glued in front (Ideologieidéologie), and
                # French common nouns are lower case: skip capitalised glosses.
                if part[:1].isupper():
                    continue
                glosses.append(part)
        entries.append((forms, glosses, common))
    return entries


EDICT_FIELDS_KEPT = {"mil", "law", "econ", "finc", "bus"}
EDICT_SENSE_DROP = {"arch", "obs", "obsc", "vulg", "X", "sl", "derog", "rare", "ok", "oK", "joc"}


def read_edict(root: Path):
    """Yields (kanji or None, kana, senses, common) with senses = [(verb, [glosses])]."""
    raw = (root / "usr/share/edict/edict").read_bytes().decode("euc_jp", errors="replace")
    for line in raw.split("\n")[1:]:
        match = re.match(r"^(\S+?)(?: \[(\S+?)\])? /(.*)/\s*$", line)
        if not match:
            continue
        head, kana, body = match.group(1), match.group(2), match.group(3)
        kanji = head if kana else None
        kana = kana or head
        fields = body.split("/")
        common = "(P)" in fields
        tags_seen = set(re.findall(r"\((\w+)\)", body))
        news_field = bool(tags_seen & EDICT_FIELDS_KEPT)
        senses: list[tuple[bool, list[str], set[str]]] = []
        for field in fields:
            if field == "(P)" or not field:
                continue
            tags = []
            rest = field
            while True:
                m = re.match(r"^\(([^()]*)\)\s*", rest)
                if not m:
                    break
                tags.extend(t.strip() for t in m.group(1).split(","))
                rest = rest[m.end() :]
            if any(re.fullmatch(r"\d+", t) for t in tags) or not senses:
                senses.append((False, [], set()))
            verb, glosses, sense_tags = senses[-1]
            sense_tags.update(tags)
            verb = verb or any(t.startswith("v") and t not in {"vs"} for t in tags)
            glosses.append(rest)
            senses[-1] = (verb, glosses, sense_tags)
        kana_only = kanji is None or any("uk" in s[2] for s in senses[:1])
        yield kanji, kana, senses, common, news_field, kana_only


def read_enamdict(root: Path):
    raw = (root / "usr/share/edict/enamdict").read_bytes().decode("euc_jp", errors="replace")
    for line in raw.split("\n")[1:]:
        match = re.match(r"^(\S+?)(?: \[(\S+?)\])? /\(([\w,]+)\) (.*?)/\s*$", line)
        if not match:
            continue
        head, kana, types, romaji = match.groups()
        yield head, kana or head, set(types.split(",")), romaji


# ---------------------------------------------------------------------------------------------
# Lexicons
# ---------------------------------------------------------------------------------------------


def build_lexicons(root: Path, versions: dict[str, str]):
    eng_fra = read_freedict_plain(root, "eng-fra")
    fra_eng = read_freedict_plain(root, "fra-eng")
    eng_jpn = read_freedict_wikdict(root, "eng-jpn")
    fra_jpn = read_freedict_wikdict(root, "fra-jpn")
    jm_fr = read_jmdict_french(root)
    edict = list(read_edict(root))
    curated = read_tsv(DATA / "news-concepts.tsv")

    # Vocabularies for singularising and for filtering WikDict (a "core" vocabulary: words that
    # the small Ergane dictionaries or EDICT's common entries know).
    en_headwords = set(eng_fra) | set(eng_jpn)
    fr_headwords = set(fra_eng) | set(fra_jpn)
    en_vocab = set(en_headwords) | {c[0] for c in curated}
    for words in fra_eng.values():
        en_vocab.update(w.lower() for w in words)
    fr_vocab = set(fr_headwords)
    for words in eng_fra.values():
        fr_vocab.update(w for w in words)
    for row in curated:
        fr_vocab.update(row[1].split("|"))
    en_single = singularizer(en_vocab, en_headwords, "en")
    fr_single = singularizer(fr_vocab, fr_headwords, "fr")

    def en_term(text: str, verb: bool = False) -> str | None:
        cleaned = clean_en_gloss(text, verb)
        return en_single(cleaned) if cleaned else None

    def fr_term(text: str) -> str | None:
        cleaned = clean_fr_gloss(text)
        return fr_single(cleaned) if cleaned else None

    en_fr: dict[tuple[str, str], set[str]] = defaultdict(set)
    en_ja: dict[tuple[str, str], set[str]] = defaultdict(set)
    fr_ja: dict[tuple[str, str], set[str]] = defaultdict(set)
    # en<->fr through one JMdict entry's English and French glosses (CC BY-SA 3.0), kept apart
    # from the FreeDict Ergane pairs (GPL-2.0-or-later) so that no file mixes the two licences.
    en_fr_jm: dict[tuple[str, str], set[str]] = defaultdict(set)

    # FreeDict Ergane en<->fr (small, general vocabulary): keep all, cleaned.
    for head, words in eng_fra.items():
        en = en_term(head)
        for word in words[:8]:
            fr = fr_term(word)
            if en and fr:
                en_fr[(en, fr)].add("fd-en-fr")
    for head, words in fra_eng.items():
        fr = fr_term(head)
        for word in words[:8]:
            en = en_term(word)
            if en and fr:
                en_fr[(en, fr)].add("fd-fr-en")

    # EDICT: common (P) entries, plus entries tagged mil/law/econ/finc/bus; first 3 usable senses.
    edict_en: dict[str, list[str]] = defaultdict(list)  # ja form -> English terms
    for kanji, kana, senses, common, news_field, kana_only in edict:
        if not (common or news_field):
            continue
        forms = []
        if kanji:
            forms.append(kanji)
        if kanji is None or kana_only:
            forms.append(kana)
        forms = [f for f in (clean_ja_term(f) for f in forms) if f]
        if not forms:
            continue
        kept_senses = 0
        for verb, glosses, sense_tags in senses:
            if sense_tags & EDICT_SENSE_DROP:
                continue
            kept_senses += 1
            if kept_senses > 3:
                break
            for gloss in glosses[:4]:
                en = en_term(gloss, verb)
                if not en:
                    continue
                for form in forms:
                    en_ja[(en, form)].add("edict")
                    if en not in edict_en[form]:
                        edict_en[form].append(en)

    # WikDict en->ja: only English headwords of the core vocabulary (EDICT common glosses, Ergane,
    # curated); up to 6 Japanese terms per headword.
    core_en = {en for (en, _ja) in en_ja} | {en for (en, _fr) in en_fr} | {c[0] for c in curated}
    for head, words in eng_jpn.items():
        en = en_term(head)
        if not en or en not in core_en:
            continue
        kept = 0
        for word in words:
            ja = clean_ja_term(word)
            if ja and kept < 6:
                en_ja[(en, ja)].add("wd-en-ja")
                kept += 1

    # JMdict French (jpn-fra): common entries only; pairs ja<->fr, and en<->fr through the same
    # JMdict entry when EDICT gives that written form a single English sense.
    for forms, glosses, common in jm_fr:
        if not common:
            continue
        frs = [f for f in (fr_term(g) for g in glosses[:6]) if f]
        kanji_forms = [f for f in forms if KANJI.search(f)]
        jas = [j for j in (clean_ja_term(f) for f in (kanji_forms or forms)) if j]
        for ja in jas:
            for fr in frs:
                fr_ja[(fr, ja)].add("jm-fr")
        if len(frs) <= 2:
            for ja in jas[:1]:
                ens = edict_en.get(ja, [])
                if 0 < len(ens) <= 2:
                    for en in ens:
                        for fr in frs:
                            en_fr_jm[(en, fr)].add("jmdict")

    # WikDict fr->ja: French headwords of the core French vocabulary.
    core_fr = {fr for (_en, fr) in en_fr} | {fr for (_en, fr) in en_fr_jm} | {fr for (fr, _ja) in fr_ja} | fr_vocab
    for head, words in fra_jpn.items():
        fr = fr_term(head)
        if not fr or fr not in core_fr:
            continue
        kept = 0
        for word in words:
            ja = clean_ja_term(word)
            if ja and kept < 6:
                fr_ja[(fr, ja)].add("wd-fr-ja")
                kept += 1

    # Curated news vocabulary.
    for row in curated:
        en, frs, jas = row[0], row[1].split("|"), row[2].split("|")
        for fr in frs:
            en_fr[(en, fr)].add("curated")
            en_fr_jm[(en, fr)].add("curated")
        for ja in jas:
            en_ja[(en, ja)].add("curated")
            for fr in frs:
                fr_ja[(fr, ja)].add("curated")

    # No fr-ja pairs are made by pivoting through English here: the only en-fr pairs licensed
    # like fr-ja (CC BY-SA) come from the same JMdict entries as jm-fr, and pivoting through the
    # GPL FreeDict pairs would mix licences in one file. The loader pivots at run time instead
    # (a French and a Japanese word meet when they share an English concept).

    def rows(table):
        return [(a, b, ",".join(sorted(origins))) for (a, b), origins in sorted(table.items())]

    return {
        "en-fr": rows(en_fr),
        "en-fr-jmdict": rows(en_fr_jm),
        "en-ja": rows(en_ja),
        "fr-ja": rows(fr_ja),
    }


# ---------------------------------------------------------------------------------------------
# Names
# ---------------------------------------------------------------------------------------------

# CLDR territory codes that are not places news names, and readable canonical names where CLDR's
# English display name is a disambiguating label ("Hong Kong SAR China").
# "001" (World: `world`, `Monde`, `世界`) is a common noun in news; as a place it stood against
# real places as false entity divergences (`Monde` against `英国`). "057" (Micronesian Region)
# takes the Japanese `ミクロネシア`, which news uses for the country (`ミクロネシア連邦`): English
# `Micronesia` stood against it.
CLDR_SKIP = {"XA", "XB", "ZZ", "QO", "EZ", "001", "057"}
CLDR_CANONICAL = {
    "HK": "Hong Kong",
    "MO": "Macao",
    "MM": "Myanmar",
    "CD": "Democratic Republic of the Congo",
    "CG": "Republic of the Congo",
    "TR": "Turkey",
}
CLDR_ORGANISATIONS = {"UN", "EU"}


def cldr_variants(name: str, language: str) -> list[str]:
    """A CLDR display name and the plain forms news writes ("&" spelled out, "(Burma)" dropped)."""
    names = [name]
    bare = re.sub(r"\s*[（(][^()（）]*[)）]", "", name).strip()
    if bare != name:
        names.append(bare)
    for variant in list(names):
        if "&" in variant:
            names.append(variant.replace("&", "and" if language == "en" else "et"))
        if language == "en" and variant.startswith("St. "):
            names.append("Saint " + variant[4:])
        if "’" in variant:
            names.append(variant.replace("’", "'"))
    out = []
    for n in names:
        if n not in out:
            out.append(n)
    return out


def build_names(shared: Path):
    """Returns (cldr rows, curated rows) as (canonical, kind, lang, name, form)."""
    cldr_rows = []
    territories = read_tsv(shared / "data/dictionaries/cldr-territories-en-fr-ja.tsv")
    for row in territories[1:]:
        code, names = row[0], dict(zip(LANGS, row[1:4]))
        if code in CLDR_SKIP:
            continue
        canonical = CLDR_CANONICAL.get(code, names["en"])
        kind = "organisation" if code in CLDR_ORGANISATIONS else "place"
        for language in LANGS:
            for index, name in enumerate(cldr_variants(names[language], language)):
                form = "name" if index == 0 else "alias"
                cldr_rows.append((canonical, kind, language, name, form))
        if canonical != names["en"]:
            cldr_rows.append((canonical, kind, "en", canonical, "name"))

    curated_rows = []
    cldr_canonicals = {r[0] for r in cldr_rows}
    for row in read_tsv(DATA / "names-curated.tsv"):
        canonical, kind = row[0], row[1]
        assert kind in {"person", "place", "organisation", "other"}, row
        if len(row) != 5:
            sys.exit(f"error: scripts/data/names-curated.tsv: expected 5 fields in {row!r}")
        lists = dict(zip(LANGS, row[2:5]))
        for language in LANGS:
            if lists[language] == "-":
                continue
            # The first plain name is the display name, unless CLDR already gives one.
            first_plain = canonical not in cldr_canonicals
            for raw in lists[language].split("|"):
                if raw.startswith("*"):
                    curated_rows.append((canonical, kind, language, raw[1:], "abbreviation"))
                elif raw.startswith("^"):
                    curated_rows.append((canonical, kind, language, raw[1:], "short"))
                else:
                    form = "name" if first_plain and language != "en" else "alias"
                    first_plain = False
                    curated_rows.append((canonical, kind, language, raw, form))
        if canonical not in cldr_canonicals:
            curated_rows.append((canonical, kind, "en", canonical, "name"))
        # Japanese persons written in kanji: the family-name-first romanisations of news and
        # official readouts ("Kishida Fumio", "KISHIDA Fumio").
        if kind == "person" and lists["ja"] != "-":
            first_ja = lists["ja"].split("|")[0].lstrip("*^")
            words = canonical.split(" ")
            if KANJI.search(first_ja) and "・" not in first_ja and len(words) == 2:
                if re.fullmatch(r"[A-Za-zōūŌŪ']+", words[0] + words[1]) and first_ja[:1] not in "習李王金朴文尹盧潘胡江温馬陳蔡頼":
                    reversed_name = f"{words[1]} {words[0]}"
                    curated_rows.append((canonical, kind, "en", reversed_name, "alias"))
                    curated_rows.append((canonical, kind, "en", f"{words[1].upper()} {words[0]}", "alias"))
                    curated_rows.append((canonical, kind, "fr", reversed_name, "alias"))
    return cldr_rows, curated_rows


def dedupe_names(rows):
    """One row per (canonical, lang, name); 'name' beats 'alias' beats 'short'/'abbreviation'."""
    rank = {"name": 0, "alias": 1, "short": 2, "abbreviation": 3}
    best: dict[tuple[str, str, str], tuple] = {}
    for row in rows:
        canonical, kind, language, name, form = row
        key = (canonical, language, name)
        if key not in best or rank[form] < rank[best[key][4]]:
            best[key] = row
    return sorted(best.values(), key=lambda r: (r[0], r[2], rank[r[4]], r[3]))


# Entities the seed-article tests pin (issue 4, "Done when"): all their names stay in the
# gazetteer and none is held out.
PROTECTED = {
    "Emmanuel Macron", "Fumio Kishida", "France", "Japan", "Australia", "United Kingdom",
    "Philippines", "China", "Taiwan", "Ukraine", "Sébastien Lecornu", "Paris", "Élysée",
    "OECD", "G7", "Indo-Pacific", "Self-Defense Forces", "Government of Japan",
}


def is_acronym(name: str) -> bool:
    """Acronyms and numbered names (US, U.K., ＮＡＴＯ, G7) cannot be linked by transliteration or
    readings, so holding them out would only measure their absence; they stay in the gazetteer."""
    plain = unicodedata.normalize("NFKC", name)
    return bool(re.fullmatch(r"[A-Z][A-Z.\-&]{0,7}", plain) or re.search(r"\d", plain))


def split_heldout(cldr_rows, curated_rows):
    """Holds out about a fifth of the eligible names, each by a hash of the seed, its language and
    itself: the rows without them and the held-out names.

    Eligible: a full name or alias (not a short form or compound-only abbreviation), different
    from the entity's canonical name (which the gazetteer always carries), that names only one
    entity, of an entity the seed-article tests do not pin (PROTECTED), and not an acronym.
    """
    all_rows = cldr_rows + curated_rows
    owners: dict[tuple[str, str], set[str]] = defaultdict(set)
    for canonical, _kind, language, name, _form in all_rows:
        owners[(language, name.casefold())].add(canonical)
    canonicals = {r[0].casefold() for r in all_rows}
    pool = sorted(
        {
            (name, language, canonical)
            for canonical, _kind, language, name, form in all_rows
            if form in {"name", "alias"}
            and canonical not in PROTECTED
            and name != canonical
            and name.casefold() not in canonicals
            and not is_acronym(name)
            and len(owners[(language, name.casefold())]) == 1
        }
    )
    # Each name is held out or not by a hash of itself, so names added later leave the others'
    # lot unchanged (a sample of the whole pool reshuffled it).
    def drawn(name: str, language: str) -> bool:
        digest = hashlib.sha256(f"{HELDOUT_SEED}\t{language}\t{name}".encode("utf-8")).digest()
        return int.from_bytes(digest[:8], "big") % HELDOUT_FRACTION == 0

    heldout = sorted(entry for entry in pool if drawn(entry[0], entry[1]))
    held = {(language, name.casefold()) for name, language, _c in heldout}

    def keep(rows):
        return [r for r in rows if (r[2], r[3].casefold()) not in held]

    return keep(cldr_rows), keep(curated_rows), heldout


# ---------------------------------------------------------------------------------------------
# ENAMDICT readings of Japanese personal names
# ---------------------------------------------------------------------------------------------


KATAKANA_NAME = re.compile(r"^[\u30a1-\u30fa\u30fc\uff1d=]+$")
LATIN_SPELLING = re.compile(r"^[A-Za-z][A-Za-z .'\-]*$")


def build_katakana_glosses(root: Path):
    """The Latin spellings ENAMDICT gives headwords written in katakana alone (no `・`).

    Each gloss alternative (`/`) that is a Latin name once its parenthesised notes are dropped
    (`Liverpool (Britain)` -> `Liverpool`) is kept, in ENAMDICT's order, without repeats; a
    headword listed several times collects the spellings of all its entries.
    """
    spellings: dict[str, list[str]] = defaultdict(list)
    for head, _kana, _types, glosses in read_enamdict(root):
        if not KATAKANA_NAME.match(head):
            continue
        for gloss in glosses.split("/"):
            gloss = re.sub(r"\s*\([^)]*\)", "", gloss).strip()
            if LATIN_SPELLING.match(gloss) and gloss not in spellings[head]:
                spellings[head].append(gloss)
    return [(head, "|".join(found)) for head, found in sorted(spellings.items()) if found]


def build_readings(root: Path, held_names: set[str]):
    """Readings of surnames and given names attested in ENAMDICT's notable-person entries.

    ENAMDICT has no frequencies. A reading is kept when at least one full-name entry typed h
    (a notable person) splits into a surname entry (s) and a given-name entry (g, m, f) whose
    kana readings concatenate to the person's reading: 岸田文雄 [きしだふみお] = 岸田 [きしだ] +
    文雄 [ふみお]. The people column counts those persons (a rough popularity signal).
    """
    surnames: dict[str, set[tuple[str, str]]] = defaultdict(set)
    given: dict[str, set[tuple[str, str]]] = defaultdict(set)
    people: list[tuple[str, str]] = []
    for head, kana, types, romaji in read_enamdict(root):
        romaji = romaji.strip()
        if "s" in types:
            surnames[head].add((kana, romaji))
        if types & {"g", "m", "f"}:
            given[head].add((kana, romaji))
        if "h" in types and head not in held_names and all(KANJI.match(ch) for ch in head):
            people.append((head, kana))
    counts: dict[tuple[str, str, str], int] = defaultdict(int)
    kinds: dict[tuple[str, str, str], set[str]] = defaultdict(set)
    for head, kana in sorted(set(people)):
        found = set()
        for cut in range(1, len(head)):
            family, first = head[:cut], head[cut:]
            for family_kana, family_romaji in surnames.get(family, ()):
                if not kana.startswith(family_kana):
                    continue
                for first_kana, first_romaji in given.get(first, ()):
                    if family_kana + first_kana == kana:
                        found.add((family, family_kana, family_romaji, "surname"))
                        found.add((first, first_kana, first_romaji, "given"))
        for kanji, reading, romaji, kind in found:
            counts[(kanji, reading, romaji)] += 1
            kinds[(kanji, reading, romaji)].add(kind)
    rows = []
    for key in sorted(counts):
        if not re.fullmatch(r"[A-Za-z'\- ]+", key[2]):
            continue
        rows.append((*key, ",".join(sorted(kinds[key])), str(counts[key])))
    return rows


# ---------------------------------------------------------------------------------------------
# WordNet's irregular English forms
# ---------------------------------------------------------------------------------------------

WORDNET_EXCEPTIONS = ("verb.exc", "noun.exc", "adj.exc")
ASCII_WORD = re.compile(r"^[a-z]+$")
# The licence asks for its notice and disclaimer on every copy, so the built file carries them.
WORDNET_LICENCE = (
    "WordNet 3.0 licence (Princeton University):",
    "Permission to use, copy, modify and distribute this software and database and its",
    "documentation for any purpose and without fee or royalty is hereby granted, provided that you",
    "agree to comply with the following copyright notice and statements, including the disclaimer,",
    "and that the same appear on ALL copies of the software, database and documentation, including",
    "modifications that you make for internal use or for distribution.",
    "WordNet 3.0 Copyright 2006 by Princeton University. All rights reserved.",
    'THIS SOFTWARE AND DATABASE IS PROVIDED "AS IS" AND PRINCETON UNIVERSITY MAKES NO',
    "REPRESENTATIONS OR WARRANTIES, EXPRESS OR IMPLIED. BY WAY OF EXAMPLE, BUT NOT LIMITATION,",
    "PRINCETON UNIVERSITY MAKES NO REPRESENTATIONS OR WARRANTIES OF MERCHANTABILITY OR FITNESS FOR",
    "ANY PARTICULAR PURPOSE OR THAT THE USE OF THE LICENSED SOFTWARE, DATABASE OR DOCUMENTATION WILL",
    "NOT INFRINGE ANY THIRD PARTY PATENTS, COPYRIGHTS, TRADEMARKS OR OTHER RIGHTS.",
    "The name of Princeton University or Princeton may not be used in advertising or publicity",
    "pertaining to distribution of the software and/or database. Title to copyright in this",
    "software, database and any associated documentation shall at all times remain with Princeton",
    "University and LICENSEE agrees to preserve same.",
)


def build_irregular_forms(root: Path):
    """Irregular inflected forms and their lemmas from WordNet's exception lists (`went go`).

    Lines are `form lemma...`, read in verb, noun and adjective order (adv.exc, seven adverb
    comparatives, is left out). Only single lower-case ASCII words are kept (no `_` phrases,
    hyphens or apostrophes), and no lemma equal to its form (`acer acer`); a form listed several
    times collects its lemmas in WordNet's order, without repeats.
    """
    lemmas: dict[str, list[str]] = defaultdict(list)
    for name in WORDNET_EXCEPTIONS:
        for line in (root / "usr/share/wordnet" / name).read_text(encoding="ascii").splitlines():
            form, *found = line.split()
            if not ASCII_WORD.match(form):
                continue
            for lemma in found:
                if ASCII_WORD.match(lemma) and lemma != form and lemma not in lemmas[form]:
                    lemmas[form].append(lemma)
    return [(form, "|".join(found)) for form, found in sorted(lemmas.items()) if found]


# ---------------------------------------------------------------------------------------------
# French inflected forms from Grammalecte's hunspell dictionary
# ---------------------------------------------------------------------------------------------

HUNSPELL_FR = "usr/share/hunspell/fr"
# A lower-case French word (headwords with capitals, digits or dots are names and symbols).
FRENCH_WORD = re.compile(r"^[a-zàâäéèêëîïôöùûüÿçœæ'’-]+$")


def fold_key(text: str) -> str:
    """The comparison key of a Latin-script word: no diacritics, lower case (`Écrivées` ->
    `ecrivees`), as `LookupKey` makes it for the lexicons' words."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if unicodedata.category(c) != "Mn").lower().replace("’", "'")


def build_french_forms(root: Path, lexicons: dict) -> list[tuple[str, str]]:
    """French inflected forms and the lemmas the lexicons know (`prit prendre`).

    hunspell-fr-classical's headwords are lemmas (infinitives, masculine singulars) and its
    `SFX` rules (flags of two characters, `FLAG long`) spell every inflected form: each rule of
    each of a headword's flags whose condition matches the headword's ending strips and adds
    an ending. Prefix rules (the elided `l'`, `d'`) and continuation flags are left out. Kept: a
    form, by its key, that no lexicon knows as a French word, with the lemmas of it the lexicons
    know, sorted and joined by |.
    """
    rules: dict[str, list[tuple[str, str, re.Pattern | None]]] = defaultdict(list)
    for line in (root / f"{HUNSPELL_FR}.aff").read_text(encoding="utf-8").splitlines():
        fields = line.split()
        if len(fields) >= 5 and fields[0] == "SFX":
            flag, strip, add, condition = fields[1], fields[2], fields[3].split("/")[0], fields[4]
            pattern = None if condition == "." else re.compile(f"(?:{condition})$")
            rules[flag].append(("" if strip == "0" else strip, "" if add == "0" else add, pattern))
    known = set()
    for pair, column in (("en-fr", 1), ("en-fr-jmdict", 1), ("fr-ja", 0)):
        known.update(fold_key(row[column]) for row in lexicons[pair])
    lemmas: dict[str, set[str]] = defaultdict(set)
    lines = (root / f"{HUNSPELL_FR}.dic").read_text(encoding="utf-8").splitlines()
    for line in lines[1:]:  # the first line is the headword count
        fields = line.split()
        if not fields:
            continue
        headword, _, flags = fields[0].partition("/")
        lemma = fold_key(headword)
        if not FRENCH_WORD.match(headword) or lemma not in known:
            continue
        for flag in (flags[i:i + 2] for i in range(0, len(flags), 2)):
            for strip, add, pattern in rules.get(flag, ()):
                if (pattern and not pattern.search(headword)) or not headword.endswith(strip):
                    continue
                form = fold_key(headword[:len(headword) - len(strip)] + add)
                if form != lemma and form not in known and " " not in form:
                    lemmas[form].add(lemma)
    return [(form, "|".join(sorted(found))) for form, found in sorted(lemmas.items())]


# ---------------------------------------------------------------------------------------------
# Per-language lists
# ---------------------------------------------------------------------------------------------


def expand_french_verbs(rows):
    out = []
    for row in rows:
        out.append(row)
        language, term = row[0], row[1]
        if language == "fr" and term.startswith("a ") and " " not in term[2:]:
            participle = term[2:]
            for form in (f"a-t-il {participle}", f"a-t-elle {participle}", f"ont {participle}",
                         f"ont-ils {participle}"):
                out.append((language, form, *row[2:]))
    return out


def build_lists(shared: Path):
    lists = {}
    for name in ("honorifics-and-titles", "reporting-verbs", "hedges", "relative-dates"):
        rows = read_tsv(DATA / f"{name}.tsv")
        if name == "reporting-verbs":
            rows = expand_french_verbs(rows)
        lists[name] = rows
    calendar = []
    for row in read_tsv(shared / "data/dictionaries/cldr-calendar-en-fr-ja.tsv")[1:]:
        kind, index, names = row[0], int(row[1]), dict(zip(LANGS, row[2:5]))
        unit, width = kind.split("_")
        value = index if unit == "month" else index + 1  # CLDR 0 = Monday -> ISO 1
        for language in LANGS:
            calendar.append((language, names[language], unit, str(value), f"cldr-{width}"))
    for language, term, kind, value in read_tsv(DATA / "calendar-extra.tsv"):
        calendar.append((language, term, kind, value, "variant"))
    # One line per (term, kind, value): CLDR's wide form wins over its abbreviation (ja 5月, en May).
    seen, unique = set(), []
    for row in calendar:
        if row[:4] not in seen:
            seen.add(row[:4])
            unique.append(row)
    lists["calendar"] = unique
    return lists


LIST_HEADERS = {
    "honorifics-and-titles": (
        "Titles and honorifics that go with a name (マクロン大統領, President Macron, le président Macron).",
        "Format: term<TAB>concept<TAB>kind<TAB>position. concept: English id shared by en/fr/ja",
        "(prime-minister = 首相 = Premier ministre); kind: title | honorific; position: before | after",
        "the name. Source: scripts/data/honorifics-and-titles.tsv (compiled for StoryDiff; Apache-2.0).",
    ),
    "reporting-verbs": (
        "Reporting verbs and source markers for quotes and attributions.",
        "Format: term<TAB>concept<TAB>kind. concept: English id shared by en/fr/ja (say, announce,",
        "stress, according-to); kind: verb | source (according to, selon, によると).",
        "Source: scripts/data/reporting-verbs.tsv (compiled for StoryDiff; Apache-2.0).",
    ),
    "hedges": (
        "Hedges on quantities (about a year, plus d'un an, 約1年) and the qualifier they give.",
        "Format: term<TAB>qualifier<TAB>position. qualifier: approximate | more-than | less-than |",
        "at-least | at-most | up-to | nearly; position: before | after the number.",
        "Source: scripts/data/hedges.tsv (compiled for StoryDiff; Apache-2.0).",
    ),
    "relative-dates": (
        "Relative date words. Format: term<TAB>unit<TAB>offset<TAB>anchor. unit: day | week | month |",
        "year; offset: signed number of units; anchor: published (from the article's publication",
        "date) | context (from the date just mentioned: la veille, 翌日, the next day).",
        "Source: scripts/data/relative-dates.tsv (compiled for StoryDiff; Apache-2.0).",
    ),
    "calendar": (
        "Month and weekday names (and Japanese era names). Format: term<TAB>kind<TAB>value<TAB>form.",
        "kind: month (value 1-12) | weekday (value 1-7, ISO, Monday = 1) | era (value: Gregorian year",
        "of the era's year 1). form: cldr-wide | cldr-abbreviated (Unicode CLDR via babel 2.19.0,",
        "Unicode License) | variant (scripts/data/calendar-extra.tsv, compiled for StoryDiff; Apache-2.0).",
    ),
}
LIST_SORT = {
    "calendar": lambda r: (r[1], int(r[2]), r[3], r[0]),
    "relative-dates": lambda r: (r[1], int(r[2]), r[3], r[0]),
}


# ---------------------------------------------------------------------------------------------
# Main
# ---------------------------------------------------------------------------------------------


def build_all(shared: Path, deb_dir: Path | None) -> tuple[dict[str, str], dict]:
    files: dict[str, str] = {}
    with tempfile.TemporaryDirectory(prefix="storydiff-dicts-") as work:
        root, versions = fetch_packages(deb_dir, Path(work))
        lexicons = build_lexicons(root, versions)
        cldr_rows, curated_rows = build_names(shared)
        # The tables keep every name; `Benchmarks entity-linking` withholds the held-out ones
        # when it measures linking (person readings are still built without them).
        _cldr_kept, _curated_kept, heldout = split_heldout(cldr_rows, curated_rows)
        held_ja = {name for name, language, _c in heldout if language == "ja"}
        readings = build_readings(root, held_ja)
        glosses = build_katakana_glosses(root)
        irregular = build_irregular_forms(root)
        french_forms = build_french_forms(root, lexicons)
    v = versions
    fd = (f"fd-en-fr / fd-fr-en = FreeDict eng-fra / fra-eng (Debian dict-freedict-eng-fra"
          f" {v['dict-freedict-eng-fra']}, dict-freedict-fra-eng {v['dict-freedict-fra-eng']}); GPL-2.0-or-later")
    wd = (f"wd-en-ja / wd-fr-ja = FreeDict WikDict eng-jpn / fra-jpn (Debian {v['dict-freedict-eng-jpn']},"
          f" {v['dict-freedict-fra-jpn']}); CC BY-SA 3.0")
    ed = (f"edict = EDICT (Debian edict {v['edict']}), common (P) entries and entries tagged"
          " mil/law/econ/finc/bus; EDRDG licence, CC BY-SA 3.0")
    jm = (f"jm-fr = JMdict French glosses of common entries (Debian dict-freedict-jpn-fra"
          f" {v['dict-freedict-jpn-fra']}); EDRDG licence, CC BY-SA 3.0")
    cu = "curated = scripts/data/news-concepts.tsv (compiled for StoryDiff; Apache-2.0)"
    jj = ("jmdict = the English (EDICT) and French (jpn-fra) glosses of one JMdict entry with at most"
          " two of each; EDRDG licence, CC BY-SA 3.0")
    lexicon_about = {
        "en-fr": ([fd, cu], "GPL-2.0-or-later"),
        "en-fr-jmdict": ([jj, cu], "CC BY-SA 3.0"),
        "en-ja": ([ed, wd, cu], "CC BY-SA 3.0"),
        "fr-ja": ([jm, wd, cu], "CC BY-SA 3.0"),
    }
    for pair, rows in lexicons.items():
        a, b = pair.split("-")[:2]
        sources, licence = lexicon_about[pair]
        header = [
            f"Bilingual lexicon {a}-{b}: {len(rows)} pairs. Licence of this file: {licence}.",
            f"Format: {a}<TAB>{b}<TAB>origin; UTF-8, one pair per line, sorted. Concept ids are English",
            "lemmas: an English word is its own concept; a French or Japanese word has the concepts of",
            "the English words it pairs with. origin (several, comma-separated, when sources agree):",
            *[f"  {line}" for line in sources],
            "Built by scripts/build_dictionaries.py (see dictionaries/README.md); do not edit by hand.",
        ]
        files[f"lexicon/{pair}.tsv"] = tsv(header, rows)

    name_format = [
        "Format: canonical<TAB>kind<TAB>lang<TAB>name<TAB>form. canonical: one English name per entity,",
        "shared by every language; kind: person | place | organisation | other; form: name (the",
        "display name) | alias | short (surname or bare form, ambiguous alone: use with a title or",
        "after the full name) | abbreviation (one-character Japanese abbreviation, only inside",
        "compounds: 日仏, 訪米). A name may belong to more than one entity (菅: Kan, Suga).",
        "Benchmarks entity-linking withholds the names of scripts/data/entity-linking-heldout.tsv.",
        "Built by scripts/build_dictionaries.py; do not edit by hand.",
    ]
    files["names/gazetteer-cldr.tsv"] = tsv(
        [f"Countries, territories and regions from Unicode CLDR (babel 2.19.0 data, via",
         "../shared/data/dictionaries/cldr-territories-en-fr-ja.tsv); Unicode License.",
         f"{len(dedupe_names(cldr_rows))} names."] + name_format,
        dedupe_names(cldr_rows),
    )
    files["names/gazetteer-curated.tsv"] = tsv(
        ["Hand-curated names: aliases of countries, cities, organisations, institutions, armed",
         "forces, heads of state and government 2000-2025 (public facts, compiled for StoryDiff from",
         "scripts/data/names-curated.tsv); Apache-2.0.",
         f"{len(dedupe_names(curated_rows))} names."] + name_format,
        dedupe_names(curated_rows),
    )
    files["names/ja-person-readings.tsv"] = tsv(
        [f"Readings of Japanese surnames and given names from ENAMDICT (Debian enamdict {v['enamdict']};",
         "EDRDG, CC BY-SA 3.0): kanji -> kana -> romaji, to link 岸田文雄 with Fumio Kishida.",
         "Format: kanji<TAB>kana<TAB>romaji<TAB>kind<TAB>people; kind: given | surname |",
         "given,surname; people: how many notable persons (ENAMDICT entries typed h) bear it.",
         "Kept: surname (s) and given-name (g, m, f) readings attested in at least one notable",
         "person's full name (岸田文雄 [きしだふみお] = 岸田 [きしだ] + 文雄 [ふみお]); ENAMDICT has no",
         "frequencies, so this stands in for one. Romaji as ENAMDICT writes it (long vowels as ou/uu:",
         "Itou, Shinzou); one line per reading.",
         f"{len(readings)} readings. Built by scripts/build_dictionaries.py; do not edit by hand."],
        readings,
    )

    files["names/ja-katakana-glosses.tsv"] = tsv(
        [f"Latin spellings of katakana names from ENAMDICT (Debian enamdict {v['enamdict']}; EDRDG,",
         "CC BY-SA 3.0): every headword written in katakana alone, with the glosses that are Latin",
         "names (parenthesised notes dropped, alternatives joined by |). Too loose to name anyone",
         "alone (パス: Pass, Path, Paz); StoryNames uses them within one story, where another",
         "article's Latin name picks the spelling.",
         "Format: katakana<TAB>spelling|spelling...",
         f"{len(glosses)} headwords. Built by scripts/build_dictionaries.py; do not edit by hand."],
        glosses,
    )

    files["en/irregular-forms.tsv"] = tsv(
        ["Irregular English forms and their lemmas, for concept look-up (went -> go, children -> child),",
         f"from WordNet 3.0's verb.exc, noun.exc and adj.exc (Debian wordnet-base {v['wordnet-base']}).",
         "Single lower-case ASCII words only; several lemmas in WordNet's order, joined by |.",
         "Format: form<TAB>lemma|lemma...",
         f"{len(irregular)} forms. Built by scripts/build_dictionaries.py; do not edit by hand.",
         "",
         *WORDNET_LICENCE],
        irregular,
    )

    files["fr/irregular-forms.tsv"] = tsv(
        ["French inflected forms and their lemmas, for concept look-up (hurlais -> hurler,",
         "prit -> prendre, habituelle -> habituel), from the suffix rules of Grammalecte's French",
         f"dictionary for hunspell, classical version (Debian hunspell-fr-classical {v['hunspell-fr-classical']};",
         "Olivier R., https://grammalecte.net/). Licence of this file: MPL-2.0 (Mozilla Public",
         "License 2.0, http://mozilla.org/MPL/2.0/): the source is the Debian package named above.",
         "Kept: forms no lexicon knows as a French word, with the lemmas the lexicons know. Forms and",
         "lemmas are comparison keys (no diacritics, lower case); several lemmas sorted, joined by |.",
         "Format: form<TAB>lemma|lemma...",
         f"{len(french_forms)} forms. Built by scripts/build_dictionaries.py; do not edit by hand."],
        french_forms,
    )

    lists = build_lists(shared)
    for name, rows in lists.items():
        for language in LANGS:
            entries = sorted({tuple(r[1:]) for r in rows if r[0] == language},
                             key=LIST_SORT.get(name, lambda r: r))
            files[f"{language}/{name}.tsv"] = tsv(list(LIST_HEADERS[name]), entries)

    files_outside = {
        "scripts/data/entity-linking-heldout.tsv": tsv(
            ["Held-out names for measuring entity linking (issue 4): about a fifth of the names in the",
             "CLDR and curated name tables that are not canonical names, short forms or",
             "abbreviations and name one entity only, each drawn by a SHA-256 hash of seed "
             f"{HELDOUT_SEED}, its",
             "language and itself. dictionaries/names/*.tsv hold them too:",
             "Benchmarks entity-linking withholds them from the tables it links with.",
             "Format: name<TAB>language<TAB>expected canonical. Built by scripts/build_dictionaries.py.",
             "Licences: CLDR names Unicode License; curated names Apache-2.0."],
            heldout,
        )
    }
    report = {"lexicons": lexicons, "readings": readings, "heldout": heldout, "irregular": irregular,
              "french_forms": french_forms,
              "names": dedupe_names(cldr_rows) + dedupe_names(curated_rows), "lists": lists}
    return {**{f"dictionaries/{k}": text for k, text in files.items()}, **files_outside}, report


def sanity_report(files: dict[str, str], report: dict) -> list[str]:
    print("entries per file:")
    for path in sorted(files):
        text = files[path]
        count = sum(1 for line in text.splitlines() if line and not line.startswith("#"))
        print(f"  {path:55} {count:8d} entries {len(text.encode('utf-8')):10d} bytes")
    total = sum(len(t.encode("utf-8")) for p, t in files.items() if p.startswith("dictionaries/"))
    print(f"  total built dictionaries: {total} bytes")

    failures = []
    names = report["names"]

    def canonical_of(language, name):
        return sorted({r[0] for r in names if r[2] == language and r[3] == name})

    def check(label, got, expected):
        ok = expected in got
        print(f"  {'ok ' if ok else 'FAIL'} {label}: {got[:6]}")
        if not ok:
            failures.append(label)

    print("spot checks:")
    check("マクロン -> Emmanuel Macron", canonical_of("ja", "マクロン"), "Emmanuel Macron")
    check("英国 -> United Kingdom", canonical_of("ja", "英国"), "United Kingdom")
    check("自衛隊 -> Self-Defense Forces", canonical_of("ja", "自衛隊"), "Self-Defense Forces")
    check("岸田 -> Fumio Kishida (gazetteer)", canonical_of("ja", "岸田"), "Fumio Kishida")
    check("岸田 -> Kishida (ENAMDICT)",
          [r[2] for r in report["readings"] if r[0] == "岸田"], "Kishida")
    check("文雄 -> Fumio (ENAMDICT)", [r[2] for r in report["readings"] if r[0] == "文雄"], "Fumio")
    hedges = {r[1]: r[2] for r in report["lists"]["hedges"] if r[0] == "ja"}
    check("約 -> approximate", [hedges.get("約", "")], "approximate")
    en_ja = {(a, b) for a, b, _o in report["lexicons"]["en-ja"]}
    en_fr = {(a, b) for a, b, _o in report["lexicons"]["en-fr"]}
    fr_ja = {(a, b) for a, b, _o in report["lexicons"]["fr-ja"]}
    check("交渉 <-> negotiation (en-ja)", sorted(a for a, b in en_ja if b == "交渉"), "negotiation")
    check("negotiation <-> négociation (en-fr)",
          sorted(b for a, b in en_fr if a == "negotiation"), "négociation")
    check("négociation <-> 交渉 (fr-ja)", sorted(b for a, b in fr_ja if a == "négociation"), "交渉")
    irregular = dict(report["irregular"])
    for form, lemma in (("went", "go"), ("children", "child"), ("told", "tell")):
        check(f"{form} -> {lemma} (WordNet)", irregular.get(form, "").split("|"), lemma)
    french_forms = dict(report["french_forms"])
    for form, lemma in (("hurlais", "hurler"), ("prit", "prendre"), ("habituelle", "habituel")):
        check(f"{form} -> {lemma} (hunspell-fr)", french_forms.get(form, "").split("|"), lemma)
    heldout = report["heldout"]
    gazetteer = {(r[2], r[3].casefold()) for r in names}
    missing = [h for h in heldout if (h[1], h[0].casefold()) not in gazetteer]
    check(f"held-out names shipped in the gazetteer ({len(heldout)} names)", ["all shipped"] if not missing else missing, "all shipped")
    return failures


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--shared", type=Path, default=REPO.parent / "shared",
                        help="the shared data folder (default: ../shared beside the repository)")
    parser.add_argument("--debs", type=Path, default=None,
                        help="a folder holding the .deb files (default: apt-get download to a temp dir)")
    parser.add_argument("--check", action="store_true",
                        help="do not write; exit 1 if a committed file differs from the build")
    args = parser.parse_args()

    files, report = build_all(args.shared, args.debs)
    failures = sanity_report(files, report)
    if args.check:
        stale = [p for p, text in sorted(files.items())
                 if not (REPO / p).exists() or (REPO / p).read_text(encoding="utf-8") != text]
        for path in stale:
            print(f"differs: {path}", file=sys.stderr)
        if stale:
            print("error: committed dictionaries differ; run scripts/build_dictionaries.py", file=sys.stderr)
            return 1
        print("check: every built file matches")
    else:
        for path, text in sorted(files.items()):
            target = REPO / path
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(text, encoding="utf-8", newline="\n")
        print(f"wrote {len(files)} files")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
