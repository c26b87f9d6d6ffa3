#!/usr/bin/env python3
"""Re-runs the commands shown in examples/README.md and pastes their real output under them.

Every fenced block in the README whose first line starts with `$ ` is a transcript: lines that
start with `$ ` (and the `\\`-continued lines after them) are commands, everything else is the
output of the command before it. The script runs each command with bash from the repository
root, with the built `storydiff` first on the PATH, and rewrites the outputs, so the README always
shows what the tool prints today.

    swift build
    python3 scripts/update_examples_readme.py [--storydiff PATH] [--check]

`--check` rewrites nothing and exits 1 when an output differs (timings in `batch` summaries are
ignored, since they change from run to run).
"""
import argparse
import os
import re
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
README = REPO / "examples" / "README.md"
TIMING = re.compile(r"\d+\.\d s with \d+ jobs?")


def find_storydiff(explicit):
    if explicit:
        return Path(explicit).resolve()
    out = subprocess.run(["swift", "build", "--show-bin-path"], cwd=REPO, capture_output=True,
                         text=True, check=True).stdout.strip()
    return Path(out) / "storydiff"


def transcript_commands(lines):
    """Splits a transcript block into (command, [continuation lines]) groups."""
    commands = []
    current = None
    for line in lines:
        if line.startswith("$ "):
            current = [line]
            commands.append(current)
        elif current is not None and current[-1].endswith("\\"):
            current.append(line)
        else:
            current = None
    return commands


def run(command_lines, env):
    script = "\n".join(line[2:] if i == 0 else line for i, line in enumerate(command_lines))
    result = subprocess.run(["bash", "-c", script], cwd=REPO, env=env, capture_output=True,
                            text=True)
    output = result.stdout + result.stderr
    return output.rstrip("\n").split("\n") if output.strip() else []


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--storydiff", help="the storydiff binary (default: swift build's)")
    parser.add_argument("--check", action="store_true", help="only check; exit 1 on a difference")
    args = parser.parse_args()

    binary = find_storydiff(args.storydiff)
    if not binary.exists():
        sys.exit(f"error: {binary}: no such file (run swift build first)")
    env = dict(os.environ, PATH=f"{binary.parent}{os.pathsep}{os.environ.get('PATH', '')}",
               NO_COLOR="1", COLUMNS="100")

    # Commands may write files (reports.jsonl, examples/typo.jsonl); remove what they leave.
    before = {path for folder in (REPO, REPO / "examples") for path in folder.iterdir()}
    text = README.read_text(encoding="utf-8")
    parts = re.split(r"(^```[^\n]*\n.*?^```$)", text, flags=re.S | re.M)
    changed = False
    for index, part in enumerate(parts):
        if not part.startswith("```"):
            continue
        fence, *body, closing = part.split("\n")
        if not body or not body[0].startswith("$ "):
            continue
        new_body = []
        for command in transcript_commands(body):
            new_body += command
            new_body += run(command, env)
        if [TIMING.sub("", line) for line in new_body] != [TIMING.sub("", line) for line in body]:
            changed = True
        parts[index] = "\n".join([fence, *new_body, closing])
    for folder in (REPO, REPO / "examples"):
        for path in folder.iterdir():
            if path not in before and path.is_file():
                path.unlink()
    if args.check:
        if changed:
            sys.exit("examples/README.md: outputs differ from what the commands print now "
                     "(run scripts/update_examples_readme.py)")
        print("examples/README.md: every output is current")
        return
    README.write_text("".join(parts), encoding="utf-8")
    print("examples/README.md: outputs rewritten" if changed else "examples/README.md: unchanged")


if __name__ == "__main__":
    main()
