"""China's land border ports (口岸) for the gazetteer.

What it owns: reading the hand-kept table data/gazetteer/border-ports.csv
(id,name,name_zh,aliases,parent,country_across,source) and checking it: ids
port:<slug>, a parent that is a province (or a city the generator makes),
the neighbouring country's id, and a source on every row.  No
machine-readable list of China's open ports was found (see the README), so
this one table is typed by hand, each row citing where it can be checked.
"""

import re

from common import die, read_hand_csv, split_list
from names import Candidate

COLUMNS = ["id", "name", "name_zh", "aliases", "parent", "country_across", "source"]


def is_cjk(s):
    return any("\u3400" <= ch <= "\u9fff" for ch in s)


def port_candidates(path, entities):
    cands = []
    for lineno, r in read_hand_csv(path, COLUMNS):
        where = "%s:%d" % (path, lineno)
        if not re.fullmatch(r"port:[a-z0-9]+(?:-[a-z0-9]+)*", r["id"]):
            die("%s: id %r must look like port:lowercase-words" % (where, r["id"]))
        if not r["parent"].startswith(("province:CN-", "city:")):
            die("%s: parent must be a province or city id, got %r" % (where, r["parent"]))
        if r["parent"].startswith("province:") and r["parent"] not in entities:
            die("%s: unknown parent %r" % (where, r["parent"]))
        if r["country_across"] not in entities or not r["country_across"].startswith("country:"):
            die("%s: country_across must be a country id, got %r" % (where, r["country_across"]))
        if not r["source"]:
            die("%s: every row names its source" % where)
        aliases = split_list(r["aliases"], where + ": aliases")
        zh = [r["name_zh"]] + [a for a in aliases if is_cjk(a)]
        en = [r["name"]] + [a for a in aliases if not is_cjk(a)]
        row = {"id": r["id"], "kind": "port", "code": "", "parent": r["parent"],
               "country_across": r["country_across"]}
        cands.append(Candidate(row, zh=zh, en=en, zh_fallback=r["name_zh"], en_fallback=r["name"],
                               short_min=1))
    return cands
