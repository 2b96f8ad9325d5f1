"""Helpers shared by the gazetteer generator (tools/gen-gazetteer.py).

What it owns: error and note output, the string key used to compare names
(NFKC, case folding, OpenCC Traditional->Simplified), field checks, reading
the hand-kept CSV files, and the two batched OpenCC calls.
"""

import csv
import subprocess
import sys
import unicodedata

SEP = "|"


def die(msg):
    sys.stderr.write("gen-gazetteer: error: %s\n" % msg)
    sys.exit(1)


def note(msg):
    sys.stderr.write("gen-gazetteer: %s\n" % msg)


def norm(s):
    """Key used to compare names: NFKC, case-folded, spaces collapsed."""
    return " ".join(unicodedata.normalize("NFKC", s).casefold().split())


def check_text(s, where):
    if s != s.strip():
        die("%s: leading or trailing space in %r" % (where, s))
    for ch in s:
        if unicodedata.category(ch) in ("Cc", "Cf", "Zl", "Zp"):
            die("%s: control character U+%04X in %r" % (where, ord(ch), s))


def opencc(config, strings):
    """{string: converted} for every string, with one call of the `opencc`
    command (config s2t.json or t2s.json)."""
    strings = sorted(set(strings))
    if not strings:
        return {}
    for s in strings:
        if "\n" in s:
            die("newline inside %r" % s)
    text = "".join(s + "\n" for s in strings)
    try:
        out = subprocess.run(["opencc", "-c", config], input=text.encode("utf-8"),
                             stdout=subprocess.PIPE, check=True).stdout.decode("utf-8")
    except (OSError, subprocess.CalledProcessError) as e:
        die("opencc -c %s failed: %s" % (config, e))
    lines = out.split("\n")
    if len(lines) < len(strings):
        die("opencc returned %d lines for %d names" % (len(lines), len(strings)))
    return dict(zip(strings, lines))


def read_hand_csv(path, columns):
    """Rows of a hand-kept CSV as (line number, dict); the header must be
    exactly `columns`; every field is checked for stray spaces and control
    characters."""
    try:
        with open(path, encoding="utf-8", newline="") as f:
            rows = list(csv.reader(f))
    except (OSError, UnicodeDecodeError) as e:
        die("cannot read %s: %s" % (path, e))
    if not rows or rows[0] != columns:
        die("%s: header must be %s" % (path, ",".join(columns)))
    out = []
    for lineno, row in enumerate(rows[1:], start=2):
        if not row:
            continue
        if len(row) != len(columns):
            die("%s:%d: expected %d fields, got %d" % (path, lineno, len(columns), len(row)))
        for col, val in zip(columns, row):
            check_text(val, "%s:%d: column %s" % (path, lineno, col))
        out.append((lineno, dict(zip(columns, row))))
    return out


def split_list(s, where):
    if s == "":
        return []
    items = s.split(SEP)
    for it in items:
        if it == "":
            die("%s: empty item in %r" % (where, s))
        check_text(it, where)
    return items


def uniq(items, exclude=()):
    """Keep the first of equal (normalised) strings, drop the excluded ones."""
    seen = {norm(x) for x in exclude if x}
    out = []
    for it in items:
        if not it:
            continue
        k = norm(it)
        if k in seen:
            continue
        seen.add(k)
        out.append(it)
    return out
