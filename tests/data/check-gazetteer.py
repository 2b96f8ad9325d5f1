#!/usr/bin/python3
"""Check the libbri gazetteer (data/gazetteer/).

Usage: /usr/bin/python3 tests/data/check-gazetteer.py data/gazetteer

Checks entities.csv: strict UTF-8 with LF line endings and no BOM, the exact
header, no control characters and no leading/trailing spaces in any field,
every ISO 3166-1 country of iso-codes 4.15 (249) and every ISO 3166-2:CN
provincial-level division (34), unique ids, non-empty name and name_zh,
parents and group members that resolve, `|`-separated aliases without empty
or repeated items, no name or alias shared by two entities (also after
Traditional->Simplified conversion with OpenCC, as the library does when it
matches text), and that a list of lookups in both scripts finds exactly the
expected entity.  Finally it reruns tools/gen-gazetteer.py into a temporary
directory and requires the output to be byte-identical to the committed file.

Exits 0 when all is well; otherwise prints every failure and exits 1.
"""

import csv
import io
import os
import re
import shutil
import subprocess
import sys
import tempfile
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
GENERATOR = os.path.normpath(os.path.join(HERE, "..", "..", "tools", "gen-gazetteer.py"))

HEADER = ["id", "kind", "name", "name_zh", "aliases", "code", "parent", "members"]
N_COUNTRIES = 249      # ISO 3166-1 entries in iso-codes 4.15
N_PROVINCES = 34       # ISO 3166-2:CN entries in iso-codes 4.15
PROVINCE_CODES = sorted("""
    CN-AH CN-BJ CN-CQ CN-FJ CN-GD CN-GS CN-GX CN-GZ CN-HA CN-HB CN-HE CN-HI
    CN-HK CN-HL CN-HN CN-JL CN-JS CN-JX CN-LN CN-MO CN-NM CN-NX CN-QH CN-SC
    CN-SD CN-SH CN-SN CN-SX CN-TJ CN-TW CN-XJ CN-XZ CN-YN CN-ZJ""".split())

# A string shared by two entities must be a genuine ambiguity and be listed
# here (normalised key -> the ids); none is known today.
ALLOWED_AMBIGUOUS = {}

LOOKUPS = [
    ("老撾", "country:LA"), ("老挝", "country:LA"), ("Laos", "country:LA"), ("laos", "country:LA"),
    ("祕魯", "country:PE"), ("秘鲁", "country:PE"), ("秘魯", "country:PE"), ("Peru", "country:PE"),
    ("哈萨克斯坦", "country:KZ"), ("哈薩克斯坦", "country:KZ"), ("哈方", "country:KZ"),
    ("吉尔吉斯斯坦", "country:KG"), ("吉爾吉斯斯坦", "country:KG"),
    ("印尼", "country:ID"), ("越南", "country:VN"), ("泰国", "country:TH"), ("泰國", "country:TH"),
    ("缅甸", "country:MM"), ("緬甸", "country:MM"), ("柬埔寨", "country:KH"),
    ("中方", "country:CN"), ("中国", "country:CN"), ("中國", "country:CN"), ("China", "country:CN"),
    ("PRC", "country:CN"), ("中华人民共和国", "country:CN"), ("中華人民共和國", "country:CN"),
    ("巴方", "country:PK"), ("越方", "country:VN"), ("秘方", "country:PE"), ("泰方", "country:TH"),
    ("老方", "country:LA"), ("柬方", "country:KH"), ("缅方", "country:MM"), ("俄方", "country:RU"),
    ("蒙方", "country:MN"), ("马方", "country:MY"), ("馬方", "country:MY"), ("印尼方", "country:ID"),
    ("乌兹别克斯坦", "country:UZ"), ("烏茲別克斯坦", "country:UZ"), ("蒙古國", "country:MN"),
    ("俄羅斯", "country:RU"), ("盧旺達", "country:RW"),
    ("新疆", "province:CN-XJ"), ("Xinjiang", "province:CN-XJ"), ("新疆维吾尔自治区", "province:CN-XJ"),
    ("新疆維吾爾自治區", "province:CN-XJ"), ("黑龍江省", "province:CN-HL"), ("遼寧", "province:CN-LN"),
    ("Inner Mongolia", "province:CN-NM"),
    ("香港", "country:HK"), ("香港特别行政区", "province:CN-HK"),
    ("中亚五国", "group:central-asia-5"), ("中亞五國", "group:central-asia-5"),
    ("瀾湄國家", "group:lancang-mekong-6"), ("澜湄国家", "group:lancang-mekong-6"),
]

failures = []


def fail(msg):
    failures.append(msg)


def norm(s):
    return " ".join(unicodedata.normalize("NFKC", s).casefold().split())


def opencc_t2s(strings):
    """Traditional -> Simplified with OpenCC, or None when opencc is absent."""
    if shutil.which("opencc") is None:
        return None
    out = subprocess.run(["opencc", "-c", "t2s.json"], input="".join(s + "\n" for s in strings).encode(),
                         stdout=subprocess.PIPE, check=True).stdout.decode("utf-8").split("\n")
    return dict(zip(strings, out))


def main():
    if len(sys.argv) != 2:
        sys.stderr.write("usage: %s GAZETTEER-DIR\n" % sys.argv[0])
        return 2
    gdir = sys.argv[1]
    path = os.path.join(gdir, "entities.csv")
    try:
        raw = open(path, "rb").read()
    except OSError as e:
        print("FAIL: cannot read %s: %s" % (path, e))
        return 1

    # ---- encoding and line endings ----------------------------------------
    try:
        text = raw.decode("utf-8", errors="strict")
    except UnicodeDecodeError as e:
        print("FAIL: %s is not UTF-8: %s" % (path, e))
        return 1
    if text.startswith("\ufeff"):
        fail("%s starts with a BOM" % path)
    if "\r" in text:
        fail("%s has CR characters (line endings must be LF)" % path)
    if not text.endswith("\n"):
        fail("%s does not end with a newline" % path)

    rows = list(csv.reader(io.StringIO(text, newline="")))
    if not rows or rows[0] != HEADER:
        print("FAIL: %s: header is %r, expected %r" % (path, rows[0] if rows else None, HEADER))
        return 1
    ents = {}
    for lineno, row in enumerate(rows[1:], start=2):
        where = "%s:%d" % (path, lineno)
        if len(row) != len(HEADER):
            fail("%s: %d fields, expected %d" % (where, len(row), len(HEADER)))
            continue
        e = dict(zip(HEADER, row))
        for col, val in e.items():
            if val != val.strip():
                fail("%s: column %s has leading/trailing space: %r" % (where, col, val))
            for ch in val:
                if unicodedata.category(ch) in ("Cc", "Cf", "Zl", "Zp"):
                    fail("%s: column %s has control character U+%04X" % (where, col, ord(ch)))
        if e["id"] in ents:
            fail("%s: id %s is not unique" % (where, e["id"]))
        if not e["name"]:
            fail("%s: empty name" % where)
        if not e["name_zh"]:
            fail("%s: empty name_zh" % where)
        e["_line"] = lineno
        e["_aliases"] = e["aliases"].split("|") if e["aliases"] else []
        if any(a == "" for a in e["_aliases"]):
            fail("%s: empty item in aliases %r" % (where, e["aliases"]))
        if any(a != a.strip() for a in e["_aliases"]):
            fail("%s: an alias has leading/trailing space: %r" % (where, e["aliases"]))
        if len({norm(a) for a in e["_aliases"]}) != len(e["_aliases"]):
            fail("%s: an alias is repeated" % where)
        ents[e["id"]] = e

    ids = [r[0] for r in rows[1:] if r]
    if ids != sorted(ids):
        fail("%s: rows are not sorted by id" % path)

    # ---- counts and id forms ---------------------------------------------
    by_kind = {}
    for e in ents.values():
        by_kind.setdefault(e["kind"], []).append(e)
    countries = by_kind.get("country", [])
    provinces = by_kind.get("province", [])
    if len(countries) != N_COUNTRIES:
        fail("expected %d countries, found %d" % (N_COUNTRIES, len(countries)))
    if len(provinces) != N_PROVINCES:
        fail("expected %d provincial-level divisions of China, found %d" % (N_PROVINCES, len(provinces)))
    if sorted(e["code"] for e in provinces) != PROVINCE_CODES:
        fail("province codes differ from ISO 3166-2:CN: %s" % sorted(e["code"] for e in provinces))
    for kind in by_kind:
        if kind not in ("country", "province", "group"):
            fail("unexpected kind %r (%s)" % (kind, by_kind[kind][0]["id"]))
    for e in countries:
        if not re.fullmatch(r"country:[A-Z]{2}", e["id"]) or e["code"] != e["id"][8:]:
            fail("%s: country id must be country:<alpha-2> and code the alpha-2 (code %r)" % (e["id"], e["code"]))
        if e["parent"] or e["members"]:
            fail("%s: a country has no parent and no members" % e["id"])
    for e in provinces:
        if not re.fullmatch(r"province:CN-[A-Z]{2}", e["id"]) or e["code"] != e["id"][9:]:
            fail("%s: province id must be province:<ISO 3166-2 code> and code that code" % e["id"])
        if e["parent"] != "country:CN":
            fail("%s: parent must be country:CN, is %r" % (e["id"], e["parent"]))
    for e in by_kind.get("group", []):
        members = e["members"].split("|") if e["members"] else []
        if not members:
            fail("%s: group without members" % e["id"])
        for m in members:
            if m not in ents:
                fail("%s: member %s does not resolve" % (e["id"], m))
    for e in ents.values():
        if e["parent"] and e["parent"] not in ents:
            fail("%s: parent %s does not resolve" % (e["id"], e["parent"]))
        if e["kind"] != "group" and e["members"]:
            fail("%s: only groups have members" % e["id"])

    # ---- names: uniqueness and lookups ------------------------------------
    def strings(e):
        return [e["id"], e["name"], e["name_zh"]] + e["_aliases"] + ([e["code"]] if e["code"] else [])

    allstr = sorted({s for e in ents.values() for s in strings(e)})
    t2s = opencc_t2s(allstr + [q for q, _ in LOOKUPS])
    if t2s is None:
        print("note: opencc not found; Traditional->Simplified lookups not checked")

    def build(conv):
        index = {}
        for e in ents.values():
            for s in strings(e):
                index.setdefault(norm(conv(s)), set()).add(e["id"])
        return index

    indexes = [("as written", build(lambda s: s))]
    if t2s is not None:
        indexes.append(("after OpenCC t2s", build(lambda s: t2s[s])))
    for label, index in indexes:
        for k in sorted(index):
            if len(index[k]) > 1 and ALLOWED_AMBIGUOUS.get(k) != index[k]:
                fail("%r names several entities (%s): %s" % (k, label, ", ".join(sorted(index[k]))))
    for q, want in LOOKUPS:
        for label, index in indexes:
            key = norm(q if label == "as written" else t2s[q])
            got = index.get(key, set())
            if got != {want}:
                fail("lookup %r (%s) gives %s, expected %s" % (q, label, sorted(got) or "nothing", want))

    # ---- rerun the generator: byte-identical -------------------------------
    with tempfile.TemporaryDirectory(prefix="gazetteer-check.") as tmp:
        proc = subprocess.run([sys.executable, GENERATOR, "--hand-kept", gdir, "-o", tmp],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        if proc.returncode != 0:
            fail("generator failed (exit %d):\n%s" % (proc.returncode, proc.stderr.decode("utf-8", "replace")))
        else:
            fresh = open(os.path.join(tmp, "entities.csv"), "rb").read()
            if fresh != raw:
                a = raw.decode("utf-8", "replace").split("\n")
                b = fresh.decode("utf-8", "replace").split("\n")
                n = next((i for i in range(min(len(a), len(b))) if a[i] != b[i]), min(len(a), len(b)))
                fail("entities.csv differs from a fresh run of %s (first at line %d):\n  committed: %s\n  generated: %s\n"
                     "  (iso-codes or the hand-kept files changed? rerun the generator and commit)"
                     % (GENERATOR, n + 1, a[n] if n < len(a) else "<end>", b[n] if n < len(b) else "<end>"))

    if failures:
        for f in failures:
            print("FAIL: " + f)
        print("%d failure(s) in %s" % (len(failures), gdir))
        return 1
    print("ok: %s: %d countries, %d provinces, %d groups, %d lookups, output reproducible"
          % (path, len(countries), len(provinces), len(by_kind.get("group", [])), len(LOOKUPS)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
