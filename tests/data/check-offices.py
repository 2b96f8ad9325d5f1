#!/usr/bin/python3
"""Check the offices and leaders tables of the gazetteer.

Usage: /usr/bin/python3 tests/data/check-offices.py data/gazetteer

offices.csv  office,name_zh,aliases,role   one row per Chinese title
leaders.csv  name_zh,aliases,name,country,office,from,to,source
             dated holders of an office who stand for a country

These are tables the extractor reads, not data set files: the loader reads
only kinds.csv, sources.csv, entities.csv and relations.csv of a directory.
Checks: exact headers, strict UTF-8 with LF, no stray spaces or control
characters; office ids unique and lowercase, roles from the fixed list, no
title string (after OpenCC t2s) on two offices; every leader's country is a
country of entities.csv and office an office of offices.csv, ISO dates
(partial allowed) with from <= to, a source on every row; one string (after
t2s) names two different people only when their terms do not overlap; a
leader's Chinese name is no name of an entity of the gazetteer; at least 40
countries covered; and lookups (who held an office of a country on a day).
Exits 0 when all is well; otherwise prints every failure and exits 1.
"""

import csv
import io
import os
import re
import shutil
import subprocess
import sys
import unicodedata

ROLES = {"head_of_state", "head_of_government", "foreign_minister", "minister", "speaker", "envoy"}
OFFICE_HEADER = ["office", "name_zh", "aliases", "role"]
LEADER_HEADER = ["name_zh", "aliases", "name", "country", "office", "from", "to", "source"]
DATE = re.compile(r"\d{4}(?:-\d{2}(?:-\d{2})?)?")

# (Chinese title, role) the extractor relies on
TITLES = [("国家主席", "head_of_state"), ("总统", "head_of_state"), ("總統", "head_of_state"),
          ("国王", "head_of_state"), ("苏丹", "head_of_state"), ("埃米尔", "head_of_state"),
          ("总理", "head_of_government"), ("總理", "head_of_government"), ("首相", "head_of_government"),
          ("外长", "foreign_minister"), ("外交部长", "foreign_minister"), ("外交部長", "foreign_minister"),
          ("副总理", "minister"), ("副总统", "minister"), ("部长", "minister"), ("议长", "speaker"),
          ("大使", "envoy")]
# (name as written, country, role, day) -> who held it: the transliterations of Xinhua / 外交部
WHO = [("托卡耶夫", "country:KZ", "head_of_state", "2024-06-01", "Kassym-Jomart Tokayev"),
       ("米尔济约耶夫", "country:UZ", "head_of_state", "2023-01-01", "Shavkat Mirziyoyev"),
       ("通伦", "country:LA", "head_of_state", "2024-01-01", "Thongloun Sisoulith"),
       ("通倫", "country:LA", "head_of_government", "2018-01-01", "Thongloun Sisoulith"),
       ("洪森", "country:KH", "head_of_government", "2020-01-01", "Hun Sen"),
       ("洪玛奈", "country:KH", "head_of_government", "2024-01-01", "Hun Manet"),
       ("马茂", "country:KI", "head_of_state", "2023-01-01", "Taneti Maamau"),
       ("習近平", "country:CN", "head_of_state", "2015-09-03", "Xi Jinping"),
       ("王毅", "country:CN", "foreign_minister", "2024-02-01", "Wang Yi")]

failures = []


def fail(msg):
    failures.append(msg)


def norm(s):
    return " ".join(unicodedata.normalize("NFKC", s).casefold().split())


def read(path, header):
    raw = open(path, "rb").read()
    text = raw.decode("utf-8")           # strict: a bad byte is a failure with a traceback
    if "\r" in text or text.startswith("\ufeff") or not text.endswith("\n"):
        fail("%s: must be UTF-8 without BOM, LF line endings, ending in a newline" % path)
    rows = list(csv.reader(io.StringIO(text, newline="")))
    if not rows or rows[0] != header:
        fail("%s: header must be %s" % (path, ",".join(header)))
        return []
    out = []
    for lineno, row in enumerate(rows[1:], start=2):
        if len(row) != len(header):
            fail("%s:%d: %d fields, expected %d" % (path, lineno, len(row), len(header)))
            continue
        for col, val in zip(header, row):
            if val != val.strip() or any(unicodedata.category(c) in ("Cc", "Cf") for c in val):
                fail("%s:%d: column %s has a stray space or control character" % (path, lineno, col))
        out.append((lineno, dict(zip(header, row))))
    return out


def main():
    if len(sys.argv) != 2:
        sys.stderr.write("usage: %s GAZETTEER-DIR\n" % sys.argv[0])
        return 2
    gdir = sys.argv[1]
    if shutil.which("opencc") is None:
        print("FAIL: the opencc command (Debian package opencc) is needed")
        return 1
    offices = read(os.path.join(gdir, "offices.csv"), OFFICE_HEADER)
    leaders = read(os.path.join(gdir, "leaders.csv"), LEADER_HEADER)
    ents = {r["id"]: r for r in csv.DictReader(open(os.path.join(gdir, "entities.csv"), encoding="utf-8"))}

    strings = set(q for q, _ in TITLES) | set(w[0] for w in WHO)
    for _, o in offices:
        strings.update([o["name_zh"]] + o["aliases"].split("|"))
    for _, l in leaders:
        strings.update([l["name_zh"], l["name"]] + l["aliases"].split("|"))
    for e in ents.values():
        strings.update([e["name"], e["name_zh"]] + e["aliases"].split("|"))
    strings.discard("")
    strings = sorted(strings)
    out = subprocess.run(["opencc", "-c", "t2s.json"], input="".join(s + "\n" for s in strings).encode(),
                         stdout=subprocess.PIPE, check=True).stdout.decode("utf-8").split("\n")
    t2s = dict(zip(strings, out))

    def key(s):
        return norm(t2s.get(s, s))

    # ---- offices ------------------------------------------------------------
    by_office, title_of = {}, {}
    for lineno, o in offices:
        where = "offices.csv:%d" % lineno
        if not re.fullmatch(r"[a-z]+(?:-[a-z]+)*", o["office"]):
            fail("%s: office id %r must be lowercase words joined by -" % (where, o["office"]))
        if o["office"] in by_office:
            fail("%s: office %s defined twice" % (where, o["office"]))
        if o["role"] not in ROLES:
            fail("%s: role %r is not one of %s" % (where, o["role"], ", ".join(sorted(ROLES))))
        if not o["name_zh"]:
            fail("%s: empty name_zh" % where)
        by_office[o["office"]] = o
        for s in [o["name_zh"]] + [a for a in o["aliases"].split("|") if a]:
            if key(s) in title_of and title_of[key(s)] != o["office"]:
                fail("%s: title %r is also office %s" % (where, s, title_of[key(s)]))
            title_of[key(s)] = o["office"]
    for q, role in TITLES:
        o = by_office.get(title_of.get(key(q)))
        if o is None or o["role"] != role:
            fail("title %r gives %s, expected role %s" % (q, o and o["role"], role))

    # ---- leaders ------------------------------------------------------------
    terms = {}            # key -> [(person, from, to, where)]
    countries = set()
    for lineno, l in leaders:
        where = "leaders.csv:%d" % lineno
        if l["country"] not in ents or ents[l["country"]]["kind"] != "country":
            fail("%s: country %r is not a country of the gazetteer" % (where, l["country"]))
        if l["office"] not in by_office:
            fail("%s: office %r is not in offices.csv" % (where, l["office"]))
        if not DATE.fullmatch(l["from"]) or (l["to"] and not DATE.fullmatch(l["to"])):
            fail("%s: from/to must be ISO dates (YYYY, YYYY-MM or YYYY-MM-DD)" % where)
        elif l["to"] and l["to"] < l["from"]:
            fail("%s: to %s is before from %s" % (where, l["to"], l["from"]))
        if not l["name_zh"] or not l["name"]:
            fail("%s: empty name or name_zh" % where)
        if not l["source"].startswith("https://"):
            fail("%s: every row cites its source (a URL)" % where)
        countries.add(l["country"])
        for s in [l["name_zh"]] + [a for a in l["aliases"].split("|") if a]:
            terms.setdefault(key(s), []).append((l["name"], l["from"], l["to"] or "9999", where))
    for k, ts in terms.items():
        for i, a in enumerate(ts):
            for b in ts[i + 1:]:
                if a[0] != b[0] and a[1] < b[2] and b[1] < a[2]:
                    fail("%r names %s (%s) and %s (%s) at the same time" % (k, a[0], a[3], b[0], b[3]))
    ent_keys = {}
    for e in ents.values():
        for s in [e["name"], e["name_zh"]] + [a for a in e["aliases"].split("|") if a]:
            ent_keys[key(s)] = e["id"]
    for k in terms:
        if k in ent_keys:
            fail("leader name %r is also a name of %s" % (k, ent_keys[k]))
    if len(countries) < 40:
        fail("leaders of %d countries, expected at least 40" % len(countries))

    def holder(name, country, role, day):
        for _, l in leaders:
            if (key(name) in [key(l["name_zh"])] + [key(a) for a in l["aliases"].split("|") if a]
                    and l["country"] == country and by_office[l["office"]]["role"] == role
                    and l["from"] <= day <= (l["to"] or "9999")):
                return l["name"]
        return None

    for name, country, role, day, want in WHO:
        got = holder(name, country, role, day)
        if got != want:
            fail("%s as %s of %s on %s gives %s, expected %s" % (name, role, country, day, got, want))

    if failures:
        for f in failures:
            print("FAIL: " + f)
        print("%d failure(s) in %s/offices.csv, leaders.csv" % (len(failures), gdir))
        return 1
    print("ok: %s: %d offices, %d leader terms of %d countries, %d titles and %d holders looked up"
          % (gdir, len(offices), len(leaders), len(countries), len(TITLES), len(WHO)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
