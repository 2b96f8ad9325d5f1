#!/usr/bin/python3
"""data/rules/gen-boundary-words.py — writes data/rules/boundary-words.csv:
the frequent two-character words that can cross the edge of a
two-character county name in running text (共同 and 安全 around 同安 in
共同安全), so that the extractor does not read such a name where the text
is read as other words.

    data/rules/gen-boundary-words.py [--jieba-dict FILE] [ENTITIES_CSV] > data/rules/boundary-words.csv

Development time only (the output is committed): the words come from
jieba's dictionary (Debian python3-jieba, MIT), the names from the
gazetteer (data/gazetteer/entities.csv). A word is kept when jieba has
seen it at least 1000 times, whatever its tag (the gazetteer's threshold
for a frequent word, data/gazetteer/README.md), and it ends with the first
character of a county's two-character Simplified name or alias, or starts
with the last one.
"""
import argparse
import csv
import os
import re
import sys

FREQUENT = 1000
HAN2 = re.compile(r"^[\u4e00-\u9fff]{2}$")
TOP = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("entities", nargs="?",
                    default=os.path.join(TOP, "data", "gazetteer", "entities.csv"))
    ap.add_argument("--jieba-dict", default="/usr/lib/python3/dist-packages/jieba/dict.txt")
    args = ap.parse_args()
    forms = set()
    with open(args.entities, newline="", encoding="utf-8") as f:
        for r in csv.DictReader(f):
            if r["kind"] != "county":
                continue
            for n in [r["name_zh"]] + (r["aliases"].split("|") if r["aliases"] else []):
                if HAN2.match(n):
                    forms.add(n)
    firsts = {n[0] for n in forms}
    lasts = {n[1] for n in forms}
    words = []
    try:
        with open(args.jieba_dict, encoding="utf-8") as f:
            for line in f:
                p = line.split()
                if (len(p) == 3 and HAN2.match(p[0]) and int(p[1]) >= FREQUENT
                        and (p[0][1] in firsts or p[0][0] in lasts)):
                    words.append((p[0], int(p[1])))
    except (OSError, ValueError) as e:
        sys.exit("gen-boundary-words: cannot read jieba's dictionary %s "
                 "(Debian package python3-jieba): %s" % (args.jieba_dict, e))
    w = csv.writer(sys.stdout, lineterminator="\n")
    w.writerow(["word", "frequency"])
    for word, freq in sorted(words):
        w.writerow([word, freq])


if __name__ == "__main__":
    main()
