#!/usr/bin/env python3
"""tools/readme-session.py — the README's sessions are what `bri` prints.

Every fenced block of README.md whose first line starts with `$ bri` is a
session: each `$ COMMAND` line is followed by the output it shows. This
script runs each command (in a shell, from the top of the source tree, with
the `bri` under test first on PATH, stderr merged into stdout as a terminal
shows it) and compares:

- the shown output must equal the real output line by line, trailing
  spaces ignored;
- a line holding only `…` ends the comparison for that command: what is
  shown above it must be the first lines of the real output;
- a `  # comment` after a command is the README's, not the shell's;
- a command that fails shows `(exit status N)` as its last line.

  tools/readme-session.py --bri PATH [--update] [README]

Without --update, prints one `ok`/`FAIL` line per command (with a diff of
the first difference) and exits 1 when any differ. With --update, rewrites
the shown outputs from the real ones (keeping a `…` cut at the same number
of lines) and exits 0: run it after a change to the data or the output, and
read the diff before committing it.
"""
import argparse
import os
import re
import subprocess
import sys

FENCE = re.compile(r"^```[a-z]*\n(\$ bri .*?)^```\n", re.S | re.M)
CUT = "…"


def split_session(block):
    """[(command, shown output lines)] of one session block."""
    out = []
    for line in block.split("\n"):
        if line.startswith("$ "):
            out.append((line[2:], []))
        elif out:
            out[-1][1].append(line)
    # A block ends with a newline and often a blank line: not output.
    for _, shown in out:
        while shown and shown[-1] == "":
            shown.pop()
    return out


def run(command, env, top):
    cmd = re.split(r"\s{2,}#", command)[0].strip()
    r = subprocess.run(["/bin/sh", "-c", cmd + " 2>&1"], cwd=top, env=env,
                       capture_output=True, text=True, check=False)
    lines = [l.rstrip() for l in r.stdout.split("\n")]
    while lines and lines[-1] == "":
        lines.pop()
    if r.returncode != 0:
        lines.append(f"(exit status {r.returncode})")
    return cmd, lines


def compare(shown, real):
    """None when they agree, else a message about the first difference."""
    shown = [l.rstrip() for l in shown]
    cut = CUT in shown
    if cut:
        shown = shown[:shown.index(CUT)]
    for i, want in enumerate(shown):
        got = real[i] if i < len(real) else "<end of output>"
        if want != got:
            return f"line {i + 1}:\n    README: {want!r}\n    bri:    {got!r}"
    if not cut and len(real) > len(shown):
        return f"line {len(shown) + 1}: bri prints more: {real[len(shown)]!r}"
    return None


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--bri", required=True, help="the bri binary under test")
    ap.add_argument("--update", action="store_true")
    ap.add_argument("readme", nargs="?")
    a = ap.parse_args()
    top = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    readme = a.readme or os.path.join(top, "README.md")
    text = open(readme, encoding="utf-8").read()
    bindir = os.path.dirname(os.path.abspath(a.bri))
    env = dict(os.environ, PATH=bindir + os.pathsep + os.environ.get("PATH", ""),
               LC_ALL="C.UTF-8", COLUMNS="200")
    failed = n = 0
    pieces = []
    pos = 0
    for m in FENCE.finditer(text):
        new_block = []
        for command, shown in split_session(m.group(1)):
            n += 1
            cmd, real = run(command, env, top)
            why = compare(shown, real)
            if why is None:
                print(f"ok - {cmd}")
            else:
                failed += 1
                print(f"FAIL - {cmd}: {why}")
            if CUT in shown:
                real = real[:shown.index(CUT)] + [CUT]
            new_block.append("$ " + command)
            new_block.extend(real)
            new_block.append("")
        pieces.append(text[pos:m.start(1)])
        pieces.append("\n".join(new_block))
        pos = m.end(1)
    pieces.append(text[pos:])
    if n == 0:
        print(f"readme-session: no `$ bri` session in {readme}", file=sys.stderr)
        return 1
    if a.update:
        with open(readme, "w", encoding="utf-8") as f:
            f.write("".join(pieces))
        print(f"readme-session: {failed} of {n} outputs rewritten in {readme}")
        return 0
    print(f"{n - failed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
