#!/usr/bin/python3
"""Check the bundled libbri data set: data/seeds, data/bri (and data/gazetteer).

Usage: check-bri.py [DATA_DIR]        (DATA_DIR defaults to "data")

Loads, with the csv module only:
  DATA/gazetteer/entities.csv  countries, Chinese provinces, groups;
                         optional: when absent, ids starting with country:,
                         province:CN- or group: are accepted unchecked (a
                         warning says so)
  DATA/seeds/sources.csv the bulletins (id,title,publisher,date,url,language,file)
  DATA/bri/entities.csv  the curated entities
  DATA/bri/relations.csv the curated relations

Checks the structure (ids, kinds, parents, references, dates, confidence,
verbatim evidence) and then the facts the data must contain (the acceptance
tests of the curated graph).  Prints every problem found, then exits 1 if
there was any, 0 otherwise.
"""

import csv
import datetime
import os
import re
import sys

RELATION_KINDS = {
    "signed_agreement": False,   # directed?
    "hosted": True,
    "attended": True,
    "freight_corridor": True,
    "met": False,
    "member_of": True,
    "located_in": True,
    "launched": True,
}
ENTITY_COLUMNS = ["id", "kind", "name", "name_zh", "aliases", "code", "parent"]
RELATION_COLUMNS = ["kind", "from", "to", "date", "end_date", "title", "sector",
                    "via", "event", "weight", "source", "evidence", "confidence"]
SOURCE_COLUMNS = ["id", "title", "publisher", "date", "url", "language", "file"]
GAZETTEER_PREFIXES = ("country:", "province:CN-", "group:")

errors = []
warnings = []


def error(msg):
    errors.append(msg)


def warn(msg):
    warnings.append(msg)


def read_csv(path, required, exact=None):
    """Return (header, rows) with rows as (line number, dict).  Checks
    UTF-8, LF line ends and the header."""
    with open(path, "rb") as f:
        raw = f.read()
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as e:
        error(f"{path}: not UTF-8 ({e})")
        return [], []
    if exact is not None:
        # committed data of this repository: strict format
        if text.startswith("\ufeff"):
            error(f"{path}: starts with a BOM")
        if "\r" in text:
            error(f"{path}: has CR characters (line ends must be LF)")
        if text and not text.endswith("\n"):
            error(f"{path}: last line has no LF")
    text = text.lstrip("\ufeff")
    reader = csv.reader(text.splitlines(keepends=True))
    rows = []
    header = None
    for row in reader:
        if header is None:
            header = row
            continue
        rows.append((reader.line_num, row))
    if header is None:
        error(f"{path}: empty file, no header")
        return [], []
    missing = [c for c in required if c not in header]
    if missing:
        error(f"{path}: header lacks column(s) {', '.join(missing)}")
        return header, []
    if exact is not None and header != exact:
        error(f"{path}: header is {','.join(header)}; expected {','.join(exact)}")
    out = []
    for line, row in rows:
        if len(row) != len(header):
            error(f"{path}:{line}: {len(row)} fields, header has {len(header)}")
            continue
        out.append((line, dict(zip(header, row))))
    return header, out


DATE_RE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")


def parse_date(s):
    """ISO 8601 partial date -> (y, m, d) with missing parts None; None if invalid."""
    m = DATE_RE.match(s)
    if not m:
        return None
    y, mo, d = (int(x) if x else None for x in m.groups())
    try:
        datetime.date(y, mo or 1, d or 1)
    except ValueError:
        return None
    return (y, mo, d)


def date_bounds(p):
    """(earliest, latest) datetime.date a partial date can mean."""
    y, m, d = p
    if m is None:
        return datetime.date(y, 1, 1), datetime.date(y, 12, 31)
    if d is None:
        nxt = datetime.date(y + (m == 12), m % 12 + 1, 1)
        return datetime.date(y, m, 1), nxt - datetime.timedelta(days=1)
    return datetime.date(y, m, d), datetime.date(y, m, d)


def main(argv):
    data = argv[1] if len(argv) > 1 else "data"
    if not os.path.isdir(data):
        print(f"check-bri: {data}: no such directory", file=sys.stderr)
        return 2

    entities = {}       # id -> row dict (+ "_where")

    # --- gazetteer (optional) -------------------------------------------
    # data/gazetteer/entities.csv is the data set (generated; aliases.csv
    # and groups.csv are inputs of the generator, merged into it)
    gaz_dir = os.path.join(data, "gazetteer")
    gaz_path = os.path.join(gaz_dir, "entities.csv")
    have_gazetteer = False
    if os.path.exists(gaz_path):
        path = gaz_path
        header, rows = read_csv(path, ["id", "kind", "name"])
        have_gazetteer = bool(rows)
        for line, r in rows:
            eid = r["id"]
            if eid in entities:
                error(f"{path}:{line}: entity id {eid} already defined at {entities[eid]['_where']}")
                continue
            r["_where"] = f"{path}:{line}"
            entities[eid] = r
    if not have_gazetteer:
        warn(f"{gaz_path}: absent or empty; ids starting with "
             f"{', '.join(GAZETTEER_PREFIXES)} are NOT checked")

    # --- sources --------------------------------------------------------
    src_path = os.path.join(data, "seeds", "sources.csv")
    sources = {}
    texts = {}
    if not os.path.exists(src_path):
        error(f"{src_path}: missing")
    else:
        _, rows = read_csv(src_path, ["id", "file"], SOURCE_COLUMNS)
        for line, r in rows:
            sid = r["id"]
            if not re.match(r"^[a-z0-9]+(-[a-z0-9]+)*$", sid):
                error(f"{src_path}:{line}: source id {sid!r} is not lowercase ascii words joined by -")
            if sid in sources:
                error(f"{src_path}:{line}: duplicate source id {sid}")
            sources[sid] = r
            if r.get("date") and parse_date(r["date"]) is None:
                error(f"{src_path}:{line}: date {r['date']!r} is not an ISO 8601 (partial) date")
            if r.get("language") not in ("zh-Hans", "zh-Hant"):
                error(f"{src_path}:{line}: language {r.get('language')!r} is not zh-Hans or zh-Hant")
            fpath = os.path.join(data, "seeds", r["file"])
            try:
                with open(fpath, encoding="utf-8") as f:
                    texts[sid] = f.read()
            except (OSError, UnicodeDecodeError) as e:
                error(f"{src_path}:{line}: source file {fpath}: {e}")

    # --- bri entities ---------------------------------------------------
    ent_path = os.path.join(data, "bri", "entities.csv")
    bri_ids = set()
    if not os.path.exists(ent_path):
        error(f"{ent_path}: missing")
        rows = []
    else:
        _, rows = read_csv(ent_path, ["id", "kind", "name"], ENTITY_COLUMNS)
    for line, r in rows:
        where = f"{ent_path}:{line}"
        eid, kind = r["id"], r["kind"]
        if not re.match(r"^[a-z]+$", kind):
            error(f"{where}: kind {kind!r} is not one lowercase word")
        if not re.match(r"^[a-z]+:[A-Za-z0-9]+(-[A-Za-z0-9]+)*$", eid):
            error(f"{where}: id {eid!r} is not kind:slug (ascii, words joined by -)")
        elif eid.split(":", 1)[0] != kind:
            error(f"{where}: id {eid} does not start with its kind {kind}:")
        if eid.startswith(GAZETTEER_PREFIXES):
            error(f"{where}: {eid} belongs to the gazetteer, not to data/bri")
        if not r["name"].strip():
            error(f"{where}: {eid} has an empty name")
        for a in r.get("aliases", "").split("|") if r.get("aliases") else []:
            if not a.strip():
                error(f"{where}: {eid} has an empty alias")
        if eid in entities:
            error(f"{where}: entity id {eid} already defined at {entities[eid]['_where']}")
            continue
        r["_where"] = where
        entities[eid] = r
        bri_ids.add(eid)

    def resolves(eid):
        if eid in entities:
            return True
        return not have_gazetteer and eid.startswith(GAZETTEER_PREFIXES)

    for eid in sorted(bri_ids):
        r = entities[eid]
        p = r.get("parent", "")
        if p and not resolves(p):
            error(f"{r['_where']}: parent {p} of {eid} is not a known entity id")
        # cycles
        seen = {eid}
        while p and p in entities:
            if p in seen:
                error(f"{r['_where']}: parent chain of {eid} loops at {p}")
                break
            seen.add(p)
            p = entities[p].get("parent", "")

    # --- relations ------------------------------------------------------
    rel_path = os.path.join(data, "bri", "relations.csv")
    relations = []
    if not os.path.exists(rel_path):
        error(f"{rel_path}: missing")
        rows = []
    else:
        _, rows = read_csv(rel_path, ["kind", "from", "to"], RELATION_COLUMNS)
    seen_rel = {}
    used = set()
    for line, r in rows:
        where = f"{rel_path}:{line}"
        kind = r["kind"]
        if kind not in RELATION_KINDS:
            error(f"{where}: kind {kind!r} is not one of the 8 built-in relation kinds "
                  f"({', '.join(sorted(RELATION_KINDS))})")
        for col in ("from", "to", "via"):
            v = r.get(col, "")
            if col != "via" and not v:
                error(f"{where}: empty {col}")
            elif v and not resolves(v):
                error(f"{where}: {col} {v} is not a known entity id")
            if v:
                used.add(v)
        if r["from"] == r["to"]:
            error(f"{where}: from and to are the same entity {r['from']}")
        pd = pe = None
        if r.get("date"):
            pd = parse_date(r["date"])
            if pd is None:
                error(f"{where}: date {r['date']!r} is not an ISO 8601 (partial) date")
        if r.get("end_date"):
            pe = parse_date(r["end_date"])
            if pe is None:
                error(f"{where}: end_date {r['end_date']!r} is not an ISO 8601 (partial) date")
            elif not r.get("date"):
                error(f"{where}: end_date without date")
        if pd and pe and date_bounds(pe)[1] < date_bounds(pd)[0]:
            error(f"{where}: end_date {r['end_date']} is before date {r['date']}")
        if r.get("weight"):
            try:
                if float(r["weight"]) <= 0:
                    raise ValueError
            except ValueError:
                error(f"{where}: weight {r['weight']!r} is not a positive number")
        conf = r.get("confidence", "")
        if conf:
            try:
                c = float(conf)
                if not 0 < c <= 1:
                    raise ValueError
            except ValueError:
                error(f"{where}: confidence {conf!r} is not a number in (0, 1]")
        else:
            error(f"{where}: empty confidence")
        src = r.get("source", "")
        if src not in sources:
            error(f"{where}: source {src!r} is not an id of sources.csv")
        ev = r.get("evidence", "")
        if not ev:
            error(f"{where}: empty evidence")
        elif src in texts and ev not in texts[src]:
            error(f"{where}: evidence does not occur verbatim in {sources[src]['file']}: {ev[:60]}…")
        if r.get("sector") and not re.match(r"^[a-z][a-z -]*$", r["sector"]):
            error(f"{where}: sector {r['sector']!r} is not a lowercase English word or phrase")
        a, b = r["from"], r["to"]
        if kind in RELATION_KINDS and not RELATION_KINDS[kind]:
            a, b = sorted((a, b))
        key = (kind, a, b, r.get("date"), r.get("title"), r.get("event"), src, r.get("via"))
        if key in seen_rel:
            error(f"{where}: duplicate of the relation at line {seen_rel[key]}")
        seen_rel[key] = line
        r["_where"] = where
        relations.append(r)

    for eid in sorted(bri_ids):
        # every curated entity is used by a relation or is someone's parent
        if eid not in used and not any(entities[x].get("parent") == eid for x in bri_ids):
            warn(f"{entities[eid]['_where']}: entity {eid} is used by no relation and is no parent")

    # --- the facts (acceptance tests of the curated graph) --------------
    def chain(eid):
        out = [eid]
        while eid in entities and entities[eid].get("parent"):
            eid = entities[eid]["parent"]
            if eid in out:
                break
            out.append(eid)
        return out

    def country_of(eid):
        for x in chain(eid):
            if x.startswith("country:"):
                return x
        return None

    def rels(kind, **kw):
        out = []
        for r in relations:
            if r["kind"] != kind:
                continue
            if all(r.get(k.replace("from_", "from")) == v for k, v in kw.items()):
                out.append(r)
        return out

    def fact(ok, msg):
        if not ok:
            error(f"fact: {msg}")

    expected_sources = {"bri-bulletin-2024-06", "bri-bulletin-2025-09",
                        "xinjiang-bri-2023-10", "eight-actions-2024", "lmc-plan-2023-12"}
    fact(set(sources) == expected_sources,
         f"sources.csv ids are {sorted(sources)}, expected {sorted(expected_sources)}")

    # 1. Xining -> Almaty Central Asia train, out through the Khorgos port
    #    (June 2024 bulletin: 西寧—阿拉木圖中亞班列 … 經霍爾果斯口岸出境)
    xa = [r for r in rels("freight_corridor", from_="city:xining", to="city:almaty")
          if r.get("via") == "port:khorgos"]
    fact(len(xa) == 1, "one freight_corridor city:xining -> city:almaty via port:khorgos "
         f"(found {len(xa)})")
    if xa:
        fact(xa[0]["date"] == "2024-06-30" and xa[0]["source"] == "bri-bulletin-2024-06",
             "the Xining–Almaty train is dated 2024-06-30 from bri-bulletin-2024-06")
    fact("province:CN-QH" in chain("city:xining"), "city:xining rolls up to province:CN-QH")
    kc = chain("port:khorgos")
    fact("province:CN-XJ" in kc and ("country:CN" in kc or not have_gazetteer),
         f"port:khorgos rolls up to province:CN-XJ and country:CN (chain {kc})")
    fact(country_of("city:almaty") == "country:KZ", "city:almaty is in country:KZ")

    # 2. Henan's partners in Poland (September 2025 bulletin)
    ha_pl = [r for r in rels("signed_agreement")
             if {r["from"], r["to"]} == {"province:CN-HA", "province:PL-06"}]
    fact(len(ha_pl) == 1 and "卢布林省三年合作行动计划" in ha_pl[0]["title"],
         "Henan signed the three-year action plan with Lublin province (province:PL-06)")
    fact(country_of("province:PL-06") == "country:PL", "province:PL-06 is in country:PL")
    wz = rels("freight_corridor", from_="city:warsaw", to="city:zhengzhou")
    fact(len(wz) == 1 and "华沙—郑州" in wz[0]["title"],
         "freight_corridor city:warsaw -> city:zhengzhou titled 中欧班列(华沙—郑州)")
    fact("province:CN-HA" in chain("city:zhengzhou"), "city:zhengzhou rolls up to province:CN-HA")
    fact(country_of("city:warsaw") == "country:PL", "city:warsaw is in country:PL")
    henan_pl = set()
    for r in rels("signed_agreement") + rels("met"):
        ends = {r["from"], r["to"]}
        for x in ends:
            other = (ends - {x}).pop() if len(ends) == 2 else None
            if other and "province:CN-HA" in chain(x) and country_of(other) == "country:PL":
                henan_pl.add(other)
    expected = {"country:PL", "province:PL-06", "institution:lublin-university-of-life-sciences"}
    fact(henan_pl == expected,
         f"Henan's signing/meeting partners in Poland are {sorted(henan_pl)}, expected {sorted(expected)}")

    # 3. who hosted the two expos: the text only says where they were held
    #    (在烏魯木齊開幕 / 在广西南宁举行): the venue city, confidence < 1
    for forum, city in (("forum:china-eurasia-expo-8", "city:urumqi"),
                        ("forum:china-asean-expo-22", "city:nanning")):
        hosts = {r["from"] for r in rels("hosted", to=forum)}
        fact(hosts == {city}, f"{forum} hosted by {sorted(hosts)}, expected [{city}]")
        fact(all(float(r["confidence"]) < 1 for r in rels("hosted", to=forum)),
             f"hosted -> {forum} is inferred from the venue: confidence < 1")
        loc = {r["to"] for r in rels("located_in", from_=forum)}
        fact(loc == {city}, f"{forum} located_in {sorted(loc)}, expected [{city}]")
    fact("province:CN-XJ" in chain("city:urumqi"), "city:urumqi rolls up to province:CN-XJ")
    fact("province:CN-GX" in chain("city:nanning"), "city:nanning rolls up to province:CN-GX")

    # 4. whom MIIT met in June 2024: ministries of these seven countries
    miit = set()
    for r in rels("met"):
        if "ministry:cn-miit" in (r["from"], r["to"]) and r["date"].startswith("2024-06"):
            other = r["to"] if r["from"] == "ministry:cn-miit" else r["from"]
            miit.add(country_of(other))
    expected = {f"country:{c}" for c in ("TH", "PK", "ID", "MY", "VN", "RW", "PE")}
    fact(miit == expected, f"MIIT met in June 2024: {sorted(x or '?' for x in miit)}, "
         f"expected {sorted(expected)}")

    # 5. the six Lancang-Mekong Cooperation members
    lmc = {r["from"] for r in rels("member_of", to="mechanism:lmc")}
    expected = {f"country:{c}" for c in ("CN", "MM", "KH", "LA", "TH", "VN")}
    fact(lmc == expected, f"member_of mechanism:lmc: {sorted(lmc)}, expected {sorted(expected)}")
    g = entities.get("group:lancang-mekong-6")
    if g and g.get("members"):
        fact(set(g["members"].split("|")) == lmc,
             "the LMC members equal the gazetteer's group:lancang-mekong-6")

    # --- report ---------------------------------------------------------
    for w in warnings:
        print(f"check-bri: warning: {w}", file=sys.stderr)
    for e in errors:
        print(f"check-bri: error: {e}", file=sys.stderr)
    if errors:
        print(f"check-bri: FAILED: {len(errors)} error(s)", file=sys.stderr)
        return 1
    print(f"check-bri: ok: {len(bri_ids)} curated entities, {len(relations)} relations, "
          f"{len(sources)} sources" + ("" if have_gazetteer else " (gazetteer absent: country/province ids unchecked)"))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
