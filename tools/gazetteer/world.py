"""World cities for the gazetteer: capitals and CLDR exemplar cities.

What it owns: reading the Chinese (zh) and English exemplar-city names of
CLDR's time-zone data (npm `cldr-dates-full`), mapping each time zone to its
country with tzdata's zone.tab (CLDR keeps old zone ids such as
Asia/Calcutta: tzdata.zi's links turn them into zone.tab's Asia/Kolkata),
marking which of them are capitals (npm `world-countries`, English), and the
hand-kept Chinese names of capitals that are no time-zone city
(data/gazetteer/capitals.csv, one source per row).

Left out: China's zones (Asia/Shanghai, Asia/Urumqi: the Chinese divisions
cover them), Antarctica and Etc zones, and a city whose Chinese or English
name is already a country's or province's name (新加坡, 吉布提, 香港, Malta,
Dominica ...: the city-state or territory itself answers to it).

Ids: city:<slug of the English name>; a slug already taken by a Chinese city
or shared by two world cities gets -<alpha-2, lowercase>.
"""

import json
import os
import unicodedata

from china import slug
from common import die, norm, note, read_hand_csv
from names import Candidate


# world-countries spells a few capitals otherwise than CLDR's English
# exemplar city; the CLDR spelling is the city's name.
CAPITAL_SPELLING = {"Ulan Bator": "Ulaanbaatar", "South Tarawa": "Tarawa", "N'Djamena": "Ndjamena"}


def _walk(d, prefix=""):
    for k, v in d.items():
        if isinstance(v, dict) and "exemplarCity" in v:
            yield prefix + k, v["exemplarCity"]
        elif isinstance(v, dict):
            yield from _walk(v, prefix + k + "/")


def _exemplars(cldr_dir, lang):
    path = os.path.join(cldr_dir, "main", lang, "timeZoneNames.json")
    try:
        with open(path, encoding="utf-8") as f:
            zones = json.load(f)["main"][lang]["dates"]["timeZoneNames"]["zone"]
    except (OSError, ValueError, KeyError) as e:
        die("cannot read %s (run `npm ci` in tools/gazetteer): %s" % (path, e))
    return dict(_walk(zones))


def _zone_tab(tzdir):
    zone_cc, links = {}, {}
    try:
        with open(os.path.join(tzdir, "zone.tab"), encoding="utf-8") as f:
            for line in f:
                if line.startswith("#") or not line.strip():
                    continue
                cc, _coord, zone = line.split("\t")[:3]
                zone_cc[zone.strip()] = cc
        with open(os.path.join(tzdir, "tzdata.zi"), encoding="utf-8") as f:
            for line in f:
                if line.startswith("L "):
                    _l, target, link = line.split()
                    links[link] = target
    except OSError as e:
        die("cannot read tzdata in %s: %s" % (tzdir, e))
    return zone_cc, links


def ascii_key(s):
    s = unicodedata.normalize("NFKD", s)
    return norm("".join(ch for ch in s if not unicodedata.combining(ch)).replace("-", " "))


def world_candidates(cldr_dir, countries_json, tzdir, capitals_csv, entities, taken_slugs, reserved_owners):
    """entities: the countries (for parents and names); taken_slugs: slugs of
    Chinese cities; reserved_owners(strings) -> {string: the id it already
    names, or "" when it is free}."""
    zh = _exemplars(cldr_dir, "zh")
    en = _exemplars(cldr_dir, "en")
    zone_cc, links = _zone_tab(tzdir)
    try:
        with open(countries_json, encoding="utf-8") as f:
            wc = json.load(f)
    except (OSError, ValueError) as e:
        die("cannot read %s: %s" % (countries_json, e))
    capitals = {}
    for c in wc:
        for cap in c.get("capital", []):
            capitals.setdefault(c["cca2"], []).append(cap)

    cities = []          # (cc, en, zh, capital?, source)
    for zone in sorted(zh):
        canon = zone
        if zone not in zone_cc:
            # An old id: a rename (Asia/Calcutta -> Asia/Kolkata) is followed;
            # a merge into a zone CLDR names itself (Africa/Asmera ->
            # Africa/Nairobi) is not a city of its own here.
            canon = links.get(zone, zone)
            if canon in zh:
                continue
        cc = zone_cc.get(canon)
        if cc is None or cc in ("CN", "AQ"):
            continue
        name_en = en.get(zone) or en.get(canon) or canon.split("/")[-1].replace("_", " ")
        cities.append([cc, name_en, zh[zone], False, "CLDR 48 exemplar city of %s" % canon])
    for lineno, row in read_hand_csv(capitals_csv, ["country", "name", "name_zh", "source"]):
        if "country:" + row["country"] not in entities:
            die("%s:%d: unknown country %r" % (capitals_csv, lineno, row["country"]))
        if any(c[2] == row["name_zh"] or ascii_key(c[1]) == ascii_key(row["name"]) for c in cities):
            die("%s:%d: %s is a CLDR exemplar city already; remove the row" % (capitals_csv, lineno, row["name"]))
        if row["name"] not in capitals.get(row["country"], []):
            die("%s:%d: %s is not a capital of %s in world-countries" % (capitals_csv, lineno, row["name"], row["country"]))
        if not row["source"]:
            die("%s:%d: every row names its source" % (capitals_csv, lineno))
        cities.append([row["country"], row["name"], row["name_zh"], False, row["source"]])
    # capitals: mark the city; report capitals with no Chinese name
    n_cap = 0
    for cc in sorted(capitals):
        for cap in capitals[cc]:
            want = ascii_key(CAPITAL_SPELLING.get(cap, cap))
            hit = [c for c in cities if c[0] == cc and ascii_key(c[1]) == want]
            if hit:
                hit[0][3] = True
                n_cap += 1
            elif "country:" + cc in entities:
                note("capital %s of %s: no Chinese name in CLDR or capitals.csv; not included" % (cap, cc))

    cands = []
    by_slug = {}
    for c in cities:
        by_slug.setdefault(slug(c[1]), []).append(c[0])
    dropped = 0
    owners = reserved_owners([c[2] for c in cities] + [c[1] for c in cities])
    for cc, name_en, name_zh, is_cap, source in cities:
        country = entities.get("country:" + cc)
        if country is None:
            die("%s (%s): unknown country %s" % (name_en, source, cc))
        # A zone named after its territory (Malta, Dominica, Isle of Man) is
        # the country itself, in either language.
        clash = [(s_, owners[s_]) for s_ in (name_zh, name_en) if owners[s_].startswith(("country:", "province:"))]
        if clash:
            note("city %s (%s, %s) left out: %s already names %s" % (name_en, name_zh, cc, clash[0][0], clash[0][1]))
            dropped += 1
            continue
        s = slug(name_en)
        if s in taken_slugs or len(by_slug[s]) > 1:
            s += "-" + cc.lower()
        row = {"id": "city:" + s, "kind": "city", "code": "", "parent": "country:" + cc,
               "capital": "yes" if is_cap else ""}
        cands.append(Candidate(row, zh=[name_zh], en=[name_en],
                               zh_fallback=country["name_zh"] + name_zh,
                               en_fallback="%s, %s" % (name_en, country["name"]), short_min=1))
    note("%d world cities (%d capitals), %d left out" % (len(cands), sum(c.row["capital"] == "yes" for c in cands),
                                                         dropped))
    return cands
