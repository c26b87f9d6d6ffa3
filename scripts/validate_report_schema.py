#!/usr/bin/env python3
"""Validate StoryDiff JSON reports against schemas/report.schema.json (JSON Schema 2020-12).

Usage:
    python3 scripts/validate_report_schema.py REPORT.json|REPORTS.jsonl ...
    python3 scripts/validate_report_schema.py --golden      # Tests/ReportsTests/Golden/*.json

A file ending in .jsonl holds one report per line (the output of `storydiff batch`). Prints one
line per invalid report and exits 1 if any is invalid, 2 if a file cannot be read. Needs the
`jsonschema` package (pip install jsonschema).
"""

import json
import pathlib
import sys

import jsonschema

ROOT = pathlib.Path(__file__).resolve().parent.parent
SCHEMA = ROOT / "schemas" / "report.schema.json"


def reports(path):
    """Yield (label, report) for each report in a .json or .jsonl file."""
    text = path.read_text(encoding="utf-8")
    if path.suffix == ".jsonl":
        for number, line in enumerate(text.splitlines(), start=1):
            if line.strip():
                yield f"{path}:{number}", json.loads(line)
    else:
        yield str(path), json.loads(text)


def main(arguments):
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    validator = jsonschema.Draft202012Validator(
        schema, format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER
    )
    paths = [pathlib.Path(argument) for argument in arguments if argument != "--golden"]
    if "--golden" in arguments:
        paths += sorted((ROOT / "Tests" / "ReportsTests" / "Golden").glob("*.json"))
    if not paths:
        print(__doc__.strip(), file=sys.stderr)
        return 2
    checked = invalid = 0
    for path in paths:
        try:
            items = list(reports(path))
        except (OSError, ValueError) as error:
            print(f"error: {path}: {error}", file=sys.stderr)
            return 2
        for label, report in items:
            checked += 1
            errors = sorted(validator.iter_errors(report), key=lambda error: list(error.path))
            for error in errors[:5]:
                location = "/".join(str(part) for part in error.path) or "(root)"
                print(f"{label}: {location}: {error.message}")
            invalid += bool(errors)
    print(f"{checked - invalid} of {checked} reports valid against {SCHEMA.relative_to(ROOT)}")
    return 1 if invalid else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
