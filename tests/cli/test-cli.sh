#!/bin/sh
# tests/cli/test-cli.sh — runs every `bri` command on the bundled data and on
# the small fixtures, and checks real values (JSON parsed with Python, counts
# computed independently from the CSV files with Python's csv module); where
# the output order is defined, the whole output is compared with
# tests/golden/NAME.out (BRI_GOLDEN_UPDATE=1 rewrites those files).
# Environment: BRI (the binary, default ./tools/bri), BRI_DATA (the bundled
# data), BRI_TEST_DATA (tests/data). The last line is `N passed, M failed`.
. "$(dirname "$0")/lib.sh"
BASIC=$BRI_TEST_DATA/csv/valid/basic
INVALID=$BRI_TEST_DATA/csv/invalid

# py NAME SCRIPT: runs SCRIPT with the last stdout on stdin; passes when it exits 0.
py () {
  name=$1; shift
  if "$PY" -c "$1" <"$tmp/out" >"$tmp/pyout" 2>&1; then pass "$name"
  else flunk "$name"; sed 's/^/#   /' "$tmp/pyout" | tail -5; fi
}


# One-line stderr, no stdout, for an error run.
error_shape () {
  if [ ! -s "$tmp/out" ] && [ "$(wc -l <"$tmp/err")" -eq 1 ] && grep -q '^bri: ' "$tmp/err"; then
    pass "$1: one 'bri: ' line on stderr, nothing on stdout"
  else flunk "$1: error shape"; fi
}

export BRI_DATA
# ---------------------------------------------------------------- info
run info --format json
expect_rc "info json exits 0" 0
py "info counts equal the CSV files" '
import csv, json, os, sys, collections
d = os.environ["BRI_DATA"]
ents = {}
for part in ("gazetteer", "seeds", "bri"):
    p = os.path.join(d, part, "entities.csv")
    if os.path.exists(p):
        for row in csv.DictReader(open(p, encoding="utf-8-sig")):
            ents[row["id"]] = row["kind"]
rels = []
for part in ("gazetteer", "seeds", "bri"):
    p = os.path.join(d, part, "relations.csv")
    if os.path.exists(p):
        rels += [r["kind"] for r in csv.DictReader(open(p, encoding="utf-8-sig"))]
j = json.load(sys.stdin)
assert j["entities"] == len(ents), (j["entities"], len(ents))
assert j["relations"] == len(rels), (j["relations"], len(rels))
assert j["entities_by_kind"] == dict(collections.Counter(ents.values())), j["entities_by_kind"]
assert j["relations_by_kind"] == dict(collections.Counter(rels)), j["relations_by_kind"]
src = list(csv.DictReader(open(os.path.join(d, "seeds", "sources.csv"), encoding="utf-8-sig")))
assert j["sources"] == len(src)
'
run info
expect_rc "info table exits 0" 0
grep_out "info table lists relation kind freight_corridor" "freight_corridor"
run info --format csv
py "info csv parses with a header" '
import csv, sys
rows = list(csv.reader(sys.stdin))
assert rows[0] == ["section", "name", "value"], rows[0]
assert any(r[:2] == ["total", "entities"] for r in rows)
'
run --no-bundled --data "$BASIC" info --format json
py "info on fixture basic: 5 entities, 3 relations" '
import json, sys
j = json.load(sys.stdin)
assert j["entities"] == 5 and j["relations"] == 3, j
assert j["relations_by_kind"] == {"freight_corridor": 1, "signed_agreement": 1, "met": 1}, j
assert j["entities_by_kind"] == {"country": 2, "province": 1, "port": 1, "city": 1}, j
assert j["dates"]["first"] == "2024-01-01" and j["dates"]["last"] == "2024-12-31", j["dates"]
'
# --data given the bundled layout (gazetteer/, seeds/, bri/) loads all three.
run --data "$BRI_DATA" info --format json
py "--data DIR with the bundled layout loads the three sets" 'import json,sys; assert json.load(sys.stdin)["relations"] > 100'

# ---------------------------------------------------------------- find
for name in 老撾 老挝 Laos LAOS country:LA; do
  run find "$name" --format json
  py "find $name gives country:LA" 'import json,sys; j=json.load(sys.stdin); assert [e["id"] for e in j] == ["country:LA"], j'
done
run find 霍尔果斯
grep_out "find 霍尔果斯 (table) gives port:khorgos" "port:khorgos"
run find Almatty
expect_rc "find unknown name exits 1" 1
error_shape "find unknown name"
grep_out "find unknown name suggests the nearest" "city:almaty" "$tmp/err"
mkdir -p "$tmp/amb"
printf 'id,kind,name,aliases\ncity:a,city,Springfield,Spf\ncity:b,city,Springfield,\n' >"$tmp/amb/entities.csv"
printf 'kind,from,to\nmet,city:a,city:b\n' >"$tmp/amb/relations.csv"
run --no-bundled --data "$tmp/amb" find springfield --format json
py "find an ambiguous name lists every candidate" 'import json,sys; assert [e["id"] for e in json.load(sys.stdin)]==["city:a","city:b"]'
run --no-bundled --data "$tmp/amb" ego Springfield
expect_rc "an ambiguous name in a query exits 1" 1
grep_out "the ambiguity error lists the candidates" "city:b" "$tmp/err"
run find Central Asia --format json
py "find joins several words into one name" 'import json,sys; assert [e["id"] for e in json.load(sys.stdin)]==["group:central-asia-5"]'
run --no-bundled --data "$BASIC" find 哈方 --format csv
py "find on fixture, csv" '
import csv, sys
rows = list(csv.reader(sys.stdin))
assert rows[0][:4] == ["id", "kind", "name", "name_zh"], rows
assert rows[1][0] == "country:KZ", rows
'

# ---------------------------------------------------------------- path / routes / explain
run path Xining Almaty --format json
expect_rc "path Xining Almaty exits 0" 0
py "path Xining → Almaty passes port:khorgos" '
import json, sys
p = json.load(sys.stdin)
assert p["entities"][0] == "city:xining" and p["entities"][-1] == "city:almaty", p["entities"]
assert len(p["hops"]) == len(p["entities"]) - 1
for h in p["hops"]:
    for k in ("kind", "from", "to", "date", "source", "evidence"):
        assert k in h, k
vias = [r.get("via") for h in p["hops"] for r in h["relations"]]
assert "port:khorgos" in p["entities"] or "port:khorgos" in vias, (p["entities"], vias)
assert p["hops"][0]["source"] and p["hops"][0]["evidence"]
'
run path 西寧 阿拉木图 --weighted --all --format json
py "path --all --weighted gives a list of paths" '
import json, sys
ps = json.load(sys.stdin)
assert isinstance(ps, list) and len(ps) >= 1
assert all(p["entities"][0] == "city:xining" and p["entities"][-1] == "city:almaty" for p in ps)
'
run path Xining Almaty
grep_out "path table shows the evidence" "霍爾果斯"
run path Xining Nowhereville
expect_rc "path with unknown name exits 1" 1
error_shape "path with unknown name"
run path Xining
expect_rc "path with one name is a usage error" 2
run routes Xining Almaty --format json
py "routes Xining → Almaty via port:khorgos" '
import json, sys
rs = json.load(sys.stdin)
assert len(rs) >= 1
assert all(r["hops"][0]["kind"] == "freight_corridor" for r in rs)
assert any("port:khorgos" in r["vias"] for r in rs), rs
'
run routes Xining Almaty
grep_out "routes table names the port" "port:khorgos"
run --no-bundled --data "$BASIC" routes Xinjiang Almaty --format json
py "routes on fixture basic" 'import json,sys; r=json.load(sys.stdin); assert r[0]["entities"]==["province:CN-XJ","city:almaty"] and r[0]["vias"]==["port:khorgos"], r'
run --no-bundled --data "$BASIC" explain 中国 哈萨克斯坦 --format json
py "explain China–Kazakhstan on fixture: signed_agreement and met" '
import json, sys
rs = json.load(sys.stdin)
assert sorted(r["kind"] for r in rs) == ["met", "signed_agreement"], rs
sa = [r for r in rs if r["kind"] == "signed_agreement"][0]
assert sa["source"] == "b1" and "合作备忘录" in sa["evidence"] and sa["date"] == "2024-06-25"
'
run explain Xining Almaty
grep_out "explain on bundled data shows the source" "bri-bulletin-2024-06"
run --no-bundled --data "$BASIC" explain country:CN port:khorgos
expect_rc "explain with no edge exits 1" 1

# ---------------------------------------------------------------- centrality
for m in degree strength betweenness closeness harmonic eigenvector pagerank; do
  run centrality --measure $m --top 5 --format json
  py "centrality --measure $m --top 5" '
import json, sys, math
r = json.load(sys.stdin)
assert len(r) == 5, len(r)
for x in r:
    assert set(("id", "name", "kind", "score")) <= set(x), x
s = [x["score"] for x in r if x["score"] is not None]
assert all(a >= b - 1e-9 * max(1, abs(a)) for a, b in zip(s, s[1:])), s
'
done
run centrality --measure degree --format json
py "China has the highest degree" 'import json,sys; r=json.load(sys.stdin); assert r[0]["id"]=="country:CN", r[0]'
run --no-bundled --data "$BASIC" centrality --measure degree --format json
py "degree on fixture basic" '
import json, sys
r = {x["id"]: x["score"] for x in json.load(sys.stdin)}
assert r == {"country:CN": 1, "country:KZ": 1, "province:CN-XJ": 1, "city:almaty": 1}, r
'
run --no-bundled --data "$BASIC" centrality --measure strength --weights raw --format json
py "strength with count weighting on fixture" 'import json,sys; r={x["id"]:x["score"] for x in json.load(sys.stdin)}; assert r["country:CN"]==2, r'
run centrality --measure pagerank --format json
py "pagerank sums to 1" 'import json,sys; r=json.load(sys.stdin); assert abs(sum(x["score"] for x in r)-1)<1e-9'
run centrality --measure degree --top 3 --format csv
py "centrality csv: header and 3 rows" '
import csv, sys
rows = list(csv.reader(sys.stdin))
assert rows[0] == ["rank", "id", "name", "name_zh", "kind", "score"], rows[0]
assert len(rows) == 4
'
run centrality --top 4
py "centrality table aligned by display width" '
import sys, unicodedata
def w(s): return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)
lines = sys.stdin.read().splitlines()
head = lines[0]
col = w(head[:head.index("kind")])
for l in lines[1:]:
    i = l.index("  ", l.index(" ") + 1)
    # the kind column starts at the same display column in every row
    parts = l.split()
    k = parts[-2]
    pos = l.rindex(" " + k + " ") + 1
    assert w(l[:pos]) == col, (l, w(l[:pos]), col)
'
run centrality --measure closeness --project actors --format json
py "centrality on the actor projection" 'import json,sys; r=json.load(sys.stdin); assert len(r)>10'
run centrality --rollup country --entity-kinds country --format json
py "--rollup country --entity-kinds country ranks only countries" '
import json, sys
r = json.load(sys.stdin)
assert r and all(x["kind"] == "country" for x in r), set(x["kind"] for x in r)
assert r[0]["id"] == "country:CN"
'
run centrality --kinds freight_corridor --format json
py "--kinds freight_corridor keeps corridor ends" 'import json,sys; r=json.load(sys.stdin); assert "city:xining" in [x["id"] for x in r]'
run centrality --from 2024-06 --to 2024-06 --source bri-bulletin-2024-06 --min-confidence 0.5 --format json
py "window, source and confidence filters" 'import json,sys; r=json.load(sys.stdin); assert len(r) > 5'
run centrality --measure fame
expect_rc "unknown measure exits 1" 1
error_shape "unknown measure"
run centrality --kinds signed_agrement
expect_rc "unknown relation kind exits 1" 1
grep_out "unknown kind suggests the nearest" "signed_agreement" "$tmp/err"
run centrality --from 2024/06
expect_rc "bad date exits 1" 1

# ---------------------------------------------------------------- communities / clustering
for m in louvain leiden label_propagation; do
  run communities --method $m --seed 7 --format json
  py "communities --method $m" '
import json, sys
j = json.load(sys.stdin)
ids = [i for c in j["communities"] for i in c]
assert len(ids) == len(set(ids)) and len(ids) > 50, len(ids)
assert j["modularity"] is None or -0.5 <= j["modularity"] <= 1
'
done
run communities --method louvain --format json
py "louvain modularity is clearly positive" 'import json,sys; assert json.load(sys.stdin)["modularity"] > 0.3'
run --no-bundled --data "$BASIC" communities --format json
py "communities on fixture basic: two pairs" '
import json, sys
j = json.load(sys.stdin)
assert sorted(sorted(c) for c in j["communities"]) == [["city:almaty", "province:CN-XJ"], ["country:CN", "country:KZ"]], j
# weighted by default (issue 20): edges of 1 and 2 relations, 1 - (1 + 4) / 9
assert abs(j["modularity"] - 4 / 9) < 1e-9, j["modularity"]
'
run communities --method kmeans
expect_rc "unknown method exits 1" 1
run clustering --format json
py "clustering: transitivity and local values" '
import json, sys
j = json.load(sys.stdin)
assert 0 < j["transitivity"] < 1 and 0 < j["average_clustering"] <= 1
assert all(x["score"] is None or 0 <= x["score"] <= 1 for x in j["local"])
'
run clustering
expect_rc "clustering table exits 0" 0

# ---------------------------------------------------------------- ego / timeline
run ego Xining --format json
py "ego Xining depth 1" '
import json, sys
j = json.load(sys.stdin)
ids = [e["id"] for e in j["entities"]]
assert j["center"] == "city:xining" and "city:almaty" in ids, ids
assert all(e["from"] in ids and e["to"] in ids for e in j["edges"])
'
run ego 新疆 --depth 2 --format json
py "ego --depth 2 is larger than depth 1" 'import json,sys; assert len(json.load(sys.stdin)["entities"]) > 5'
run ego Xining
grep_out "ego table" "city:almaty"
run timeline --by year --format json
py "timeline by year counts the dated relations" '
import csv, json, os, sys
d = os.environ["BRI_DATA"]
R = list(csv.DictReader(open(os.path.join(d, "bri", "relations.csv"), encoding="utf-8")))
years = {}
for r in R:
    if not r["date"]: continue
    a = int(r["date"][:4]); b = int((r["end_date"] or r["date"])[:4])
    for y in range(a, b + 1): years[str(y)] = years.get(str(y), 0) + 1
j = json.load(sys.stdin)
got = {p["period"]: p["relations"] for p in j}
assert got == years, (got, years)
'
run timeline --by quarter --measure degree --top 2 --format json
py "timeline by quarter with top 2" '
import json, sys
j = json.load(sys.stdin)
assert all(p["period"][4:6] == "-Q" for p in j)
assert all(len(p["top"]) <= 2 for p in j) and any(len(p["top"]) == 2 for p in j)
'
run timeline
expect_rc "timeline by month (table)" 0
grep_out "timeline has month 2024-06" "2024-06"
run timeline --by week
expect_rc "unknown period exits 1" 1

# ---------------------------------------------------------------- validate
run validate "$INVALID/parent-cycle"
expect_rc "validate parent-cycle exits 1" 1
grep_out "validate parent-cycle reports entities.csv:2:15" "entities.csv:2:15: parent cycle"
run --no-bundled validate "$here/data/several-errors"
expect_rc "validate several-errors exits 1" 1
py "validate lists every problem, one per line" '
import sys, re
lines = sys.stdin.read().splitlines()
want = ["entities.csv:3:8: invalid entity kind", "entities.csv:4:15: unknown parent",
        "relations.csv:2:1: unknown relation kind", "relations.csv:3:28: impossible date",
        "relations.csv:4:28: weight -1"]
assert len(lines) == len(want), lines
for l, w in zip(lines, want):
    assert w in l, (l, w)
    assert re.match(r"^.*\.csv:\d+:\d+: ", l), l
'
run --no-bundled validate "$here/data/several-errors" --format json
py "validate json" 'import json,sys; j=json.load(sys.stdin); assert len(j)==5 and all(p["severity"]=="error" for p in j)'
(cd "$here/data" && "$BRI" --no-bundled validate several-errors/) >"$tmp/out" 2>"$tmp/err"; sancheck validate
py "validate names files as DIR was typed (relative, no doubled slash)" '
import sys
lines = sys.stdin.read().splitlines()
assert lines and all(l.startswith("several-errors/entities.csv:") or l.startswith("several-errors/relations.csv:") for l in lines), lines
'
run --no-bundled validate "$here/data/several-errors"
grep_out "validate with an absolute DIR gives absolute paths" "$here/data/several-errors/entities.csv:3:8: "
run validate "$BRI_DATA"
expect_rc "validate the bundled layout (gazetteer, seeds, bri in order) exits 0" 0
run validate "$BRI_DATA/gazetteer" "$BRI_DATA/seeds" "$BRI_DATA/bri"
expect_rc "validate a stack of directories, each against the ones before" 0
run --no-bundled validate "$BRI_DATA/bri"
expect_rc "validate bri alone without the bundled data: its references to the gazetteer are unknown" 1
run validate "$BRI_DATA/bri"
expect_rc "validate bri alone checks it against the gazetteer and the bulletins before it" 0
run --no-bundled validate "$BASIC" "$here/data/several-errors"
grep_out "validate DIR1 DIR2 reports the second against the first" "already defined"
run validate "$tmp/no-such-dir"
expect_rc "validate a missing directory exits 1" 1
error_shape "validate a missing directory"
run validate
expect_rc "validate without DIR is a usage error" 2
run --no-bundled validate "$BASIC"
expect_rc "validate a valid fixture exits 0" 0
if [ ! -s "$tmp/out" ]; then pass "validate valid fixture prints nothing"; else flunk "validate valid fixture prints nothing"; fi
for d in "$INVALID"/*/; do
  run --no-bundled validate "$d"
  [ "$rc" = 1 ] || { flunk "validate $(basename "$d") exits 1 (got $rc)"; continue; }
done
pass "validate exits 1 on every invalid fixture"
for part in gazetteer seeds bri; do :; done
run --data "$BRI_DATA/gazetteer" --data "$BRI_DATA/seeds" validate "$BRI_DATA/bri"
expect_rc "validate bundled bri against gazetteer and seeds" 0

# ---------------------------------------------------------------- own data
# A user's first data set refers to the gazetteer's ids: it validates and
# loads with no extra option, on top of everything bundled.
OWN=$tmp/own
mkdir -p "$OWN"
printf 'id,kind,name,name_zh,aliases,parent\ncity:korla-test,city,Korla Test City,库尔勒测试城,,province:CN-XJ\ncity:aktau-test,city,Aktau Test City,阿克套测试城,,country:KZ\n' >"$OWN/entities.csv"
printf 'kind,from,to,date,source\nfreight_corridor,city:korla-test,city:aktau-test,2024-05,notes\nmet,country:KZ,country:UZ,2024-06-01,notes\n' >"$OWN/relations.csv"
run validate "$OWN"
expect_rc "validate own data referring to gazetteer ids exits 0" 0
if [ ! -s "$tmp/out" ] && [ ! -s "$tmp/err" ]; then pass "validate own data prints nothing"; else flunk "validate own data prints nothing"; fi
run info --format json
n_bundled=$("$PY" -c 'import json,sys; print(json.load(sys.stdin)["relations"])' <"$tmp/out")
run --data "$OWN" info --format json
N=$n_bundled py "--data adds own data on top of the bundled data" '
import json, os, sys
j = json.load(sys.stdin)
assert j["relations"] == int(os.environ["N"]) + 2, j["relations"]'
run --bundled gazetteer --data "$OWN" info --format json
py "--bundled gazetteer: the gazetteer and own data only" 'import json,sys; j=json.load(sys.stdin); assert j["relations"] == 2 and j["sources"] == 0, j'
run --bundled gazetteer --data "$OWN" routes 库尔勒测试城 "Aktau Test City" --format json
py "own cities are found by name and routed" 'import json,sys; j=json.load(sys.stdin); assert j[0]["entities"] == ["city:korla-test", "city:aktau-test"], j'
run --no-bundled --data "$OWN" info
expect_rc "--no-bundled: own data alone cannot refer to the gazetteer" 1
grep_out "--no-bundled: the unknown parent is named" "entities.csv:2:" "$tmp/err"
run --bundled everything info
expect_rc "--bundled with an unknown value exits 1" 1
grep_out "--bundled names its values" "expected all, gazetteer or none" "$tmp/err"
run --no-bundled --bundled all info
expect_rc "--no-bundled contradicts --bundled all" 1
# The messages a first data set meets.
BADOWN=$tmp/badown
mkdir -p "$BADOWN"
printf 'id,kind,name,name_zh,aliases,parent\ncity:x-test,city,X,,,province:CN-ZZ\nhub:y-test,Hub,Y,,,\ncountry:KZ,country,Kazakstan,哈萨克斯坦,,\ncity:astana-test,city,Testana,,KAZAKHSTAN,country:KZ\n' >"$BADOWN/entities.csv"
printf 'kind,from,to\nmet,country:UZ,country:UZZ\n' >"$BADOWN/relations.csv"
run validate "$BADOWN"
expect_rc "validate a first data set with mistakes exits 1" 1
B=$BADOWN py "validate: file and line order, did you mean, which field differs, shared names" '
import os, sys
d = os.environ["B"]
got = [l.replace(d + "/", "") for l in sys.stdin.read().splitlines()]
want = [
 "entities.csv:2:22: unknown parent \x27province:CN-ZZ\x27, did you mean province:CN-GZ? (expected the id of a defined entity)",
 "entities.csv:3:12: invalid entity kind \x27Hub\x27, expected a lowercase word such as country, city or forum",
 "entities.csv:4:1: entity \x27country:KZ\x27 is already defined with other content (name \x27Kazakstan\x27 here, \x27Kazakhstan\x27 before), expected one definition per id or the same content",
 "entities.csv:5:1: warning: alias \x27KAZAKHSTAN\x27 of \x27city:astana-test\x27 also names \x27country:KZ\x27; looking it up will be ambiguous",
 "relations.csv:2:16: unknown entity \x27country:UZZ\x27 in column to, did you mean country:UZ? (expected the id of an entity defined in entities.csv or an earlier data set)",
]
assert got == want, "\n".join(got)'
AMBIG=$tmp/ambig
mkdir -p "$AMBIG"
printf 'id,kind,name,aliases,parent\ncity:astana-test,city,Testana,,country:KZ\norganization:steppe-test,organization,Steppe Forum,Testana,\n' >"$AMBIG/entities.csv"
run --data "$AMBIG" info
expect_rc "a shared name loads (a warning, not an error)" 0
grep_out "loading warns on stderr with file:line" "bri: $AMBIG/entities.csv:3:1: warning: alias 'Testana' of 'organization:steppe-test' also names 'city:astana-test'" "$tmp/err"
run --data "$AMBIG" find Testana --format csv
py "find lists every entity the shared name denotes" 'import csv,sys; ids=[r["id"] for r in csv.DictReader(sys.stdin)]; assert sorted(ids) == ["city:astana-test", "organization:steppe-test"], ids'

# ---------------------------------------------------------------- extract
SEEDS=$BRI_DATA/seeds
B1=$SEEDS/000_d659e5899b51d012.txt   # Traditional, bri-bulletin-2024-06
B2=$SEEDS/001_10e656adc1afaf51.txt   # Simplified, bri-bulletin-2025-09
run extract "$B1" -o "$tmp/ex1"
expect_rc "extract a bulletin exits 0" 0
if [ -s "$tmp/ex1/relations.csv" ] && [ -f "$tmp/ex1/candidates.csv" ]; then
  pass "extract writes relations.csv and candidates.csv"
else flunk "extract writes relations.csv and candidates.csv"; fi
grep_out "extract prints a summary naming the file" "000_d659e5899b51d012.txt"
run --data "$BRI_DATA/gazetteer" --data "$BRI_DATA/seeds" --data "$BRI_DATA/bri" validate "$tmp/ex1"
expect_rc "extracted relations.csv validates against the bundled data" 0
run --data "$BRI_DATA" --data "$tmp/ex1" info --format json
EX=$tmp/ex1 py "extracted relations load on top of the bundled data" '
import csv, json, os, sys
j = json.load(sys.stdin)
d = os.environ["BRI_DATA"]
base = sum(len(list(csv.DictReader(open(os.path.join(d, p, "relations.csv"), encoding="utf-8-sig"))))
           for p in ("gazetteer", "seeds", "bri") if os.path.exists(os.path.join(d, p, "relations.csv")))
n = len(list(csv.DictReader(open(os.environ["EX"] + "/relations.csv", encoding="utf-8"))))
assert j["relations"] == base + n, (j["relations"], base, n)
'
EX=$tmp/ex1 B1=$B1 "$PY" -c '
import csv, os, sys
text = open(os.environ["B1"], encoding="utf-8").read()
rows = list(csv.DictReader(open(os.environ["EX"] + "/relations.csv", encoding="utf-8")))
assert len(rows) > 10, len(rows)
bad = [r["evidence"] for r in rows if not r["evidence"] or r["evidence"] not in text]
assert not bad, bad[:3]
assert all(r["source"] == "bri-bulletin-2024-06" for r in rows), set(r["source"] for r in rows)
assert all(r["rule"] for r in rows)
' >"$tmp/pyout" 2>&1 && pass "every evidence is a substring of the input; source from sources.csv" \
  || { flunk "every evidence is a substring of the input"; tail -3 "$tmp/pyout"; }

# Against --data: names are matched in the loaded data sets; unknown
# entity-like names become candidates.
printf '6月3日，西宁—阿拉木图班列经霍尔果斯口岸出境。\n6月25日，中国与哈萨克斯坦签署《合作备忘录》。\n青海省代表团与新丝路联盟会谈。\n' >"$tmp/mini.txt"
run --no-bundled --data "$here/data/golden" extract "$tmp/mini.txt" --doc-date 2024-06 --source mini -o "$tmp/ex6"
expect_rc "extract against --data exits 0" 0
if "$PY" - "$tmp/ex6" >"$tmp/pyout" 2>&1 <<'PYEOF'
import csv, sys
d = sys.argv[1]
rels = {(r["kind"], r["from"], r["to"], r["date"], r["via"], r["source"])
        for r in csv.DictReader(open(d + "/relations.csv", encoding="utf-8"))}
assert ("freight_corridor", "city:xining", "city:almaty", "2024-06-03", "port:khorgos", "mini") in rels, rels
assert ("signed_agreement", "country:CN", "country:KZ", "2024-06-25", "", "mini") in rels, rels
cands = [r["name"] for r in csv.DictReader(open(d + "/candidates.csv", encoding="utf-8"))]
assert "新丝路联盟" in cands, cands
PYEOF
then pass "extract against --data: corridor with its port and day, signing, an unknown alliance as candidate"
else flunk "extract against --data"; tail -3 "$tmp/pyout"; fi

# --against DIR: each proposal new, present or conflicting with the data.
printf '7月3日，西宁—阿拉木图班列经霍尔果斯口岸出境。\n6月25日，中国与哈萨克斯坦签署《合作备忘录》。\n6月10日，青海与哈萨克斯坦举行会谈。\n' >"$tmp/against.txt"
run --no-bundled --data "$here/data/golden" extract "$tmp/against.txt" --doc-date 2024-06 --against "$here/data/golden" -o "$tmp/ag1" --format json
expect_rc "extract --against exits 0" 0
AG=$tmp/ag1 py "extract --against the loaded data: conflicting (other date), present, new" '
import csv, json, os, sys
j = json.load(sys.stdin)
assert (j["new"], j["present"], j["conflicting"]) == (1, 1, 1), j
st = {(r["kind"], r["from"], r["to"]): (r["status"], r["existing_date"], r["existing_source"])
      for r in csv.DictReader(open(os.environ["AG"] + "/relations.csv", encoding="utf-8"))}
assert st[("freight_corridor", "city:xining", "city:almaty")] == ("conflicting", "2024-06-03", "g1"), st
assert st[("signed_agreement", "country:CN", "country:KZ")] == ("present", "2024-06-25", "g1"), st
met = [v for k, v in st.items() if k[0] == "met"]
assert met == [("new", "", "")], st
'
mkdir -p "$tmp/agdir"
printf 'kind,from,to,date,source\nmet,province:CN-QH,country:KZ,2024-06,x\n' >"$tmp/agdir/relations.csv"
run --no-bundled --data "$here/data/golden" extract "$tmp/against.txt" --doc-date 2024-06 --against "$tmp/agdir" -o "$tmp/ag2"
expect_rc "extract --against another data set exits 0" 0
py "the summary table has the status columns" '
import sys
rows = [l.split() for l in sys.stdin.read().splitlines()]
assert rows[0] == ["file", "relations", "candidates", "new", "present", "conflicting"], rows[0]
assert rows[1][1:] == ["3", "0", "0", "2", "1"], rows
'
grep_out "--against DIR: a relation of DIR (2024-06) agrees with the proposal (2024-06-10)" "present,2024-06,x" "$tmp/ag2/relations.csv"
run extract "$B1" --against "$BRI_DATA" -o "$tmp/ag3" --format json
py "extract a bundled bulletin --against the bundled data: mostly present" '
import json, sys
j = json.load(sys.stdin)
assert j["new"] + j["present"] + j["conflicting"] == j["relations"], j
assert j["present"] >= j["relations"] * 0.5, j
'
run extract "$B1" --against "$tmp/no-such-dir" -o "$tmp/ag4"
expect_rc "extract --against a missing directory exits 1" 1
error_shape "extract --against a missing directory"
run info --against "$BRI_DATA"
expect_rc "--against with another command is a usage error" 2
printf '6月1日，中国与泰国\377签署协议。\n' >"$tmp/bad-utf8.txt"
# "-" reads standard input; errors then name <stdin>.
"$BRI" extract - --doc-date 2024-06 --source s1 -o "$tmp/stdin1" <"$B1" >"$tmp/out" 2>"$tmp/err"
run extract "$B1" --doc-date 2024-06 --source s1 -o "$tmp/stdin2"
if cmp -s "$tmp/stdin1/relations.csv" "$tmp/stdin2/relations.csv" && [ -s "$tmp/stdin1/relations.csv" ]; then
  pass "extract - reads standard input: the same relations as from the file"
else flunk "extract - reads standard input"; fi
"$BRI" extract - -o "$tmp/stdin3" <"$tmp/bad-utf8.txt" >"$tmp/out" 2>"$tmp/err"; rc=$?
expect_rc "extract - of invalid UTF-8 exits 1" 1
grep_out "invalid UTF-8 on standard input is reported as <stdin>:LINE:COL" "bri: <stdin>:1:11: invalid UTF-8" "$tmp/err"

# Issue 18: a new text (written for the test) from extract to a routes
# answer through an entity the data set lacks: the extracted directory is a
# data set (entities.csv with the proposed station, sources.csv) that
# validates and loads on top of the bundled data.
BUNDLED="--data $BRI_DATA/gazetteer --data $BRI_DATA/seeds --data $BRI_DATA/bri"
printf '## 星河班列首发\n2024年8月1日，一列满载机电产品的班列从郑州星光站开出，经阿拉山口口岸出境，预计12天后抵达阿拉木图。\n' >"$tmp/news_20240801.txt"
run extract "$tmp/news_20240801.txt" -o "$tmp/news"
expect_rc "extract a news text exits 0" 0
if grep -q '^port:郑州星光站,port,郑州星光站,郑州星光站,,,city:zhengzhou$' "$tmp/news/entities.csv" \
   && grep -q '^news_20240801,星河班列首发,2024-08-01,news_20240801.txt$' "$tmp/news/sources.csv"; then
  pass "extract proposes the station (parent Zhengzhou) and writes the source with its title and date"
else flunk "extract proposes the station and writes the source"; cat "$tmp/news/entities.csv" "$tmp/news/sources.csv"; fi
run $BUNDLED validate "$tmp/news"
expect_rc "the extracted directory validates against the bundled data" 0
run $BUNDLED --data "$tmp/news" routes 郑州星光站 阿拉木图 --format csv
expect_rc "routes from the proposed station exits 0" 0
grep_out "routes answer through the proposed station and its border port" "port:郑州星光站 > city:almaty,port:alashankou,1"
# The same text in Traditional: the same relation, the same ids.
if command -v opencc >/dev/null 2>&1; then
  opencc -c s2t.json -i "$tmp/news_20240801.txt" -o "$tmp/news-t_20240801.txt"
  run extract "$tmp/news-t_20240801.txt" -o "$tmp/news-t"
  if [ "$(cut -d, -f1-4,8 "$tmp/news/relations.csv")" = "$(cut -d, -f1-4,8 "$tmp/news-t/relations.csv")" ] \
     && [ "$(cut -d, -f1 "$tmp/news/entities.csv")" = "$(cut -d, -f1 "$tmp/news-t/entities.csv")" ]; then
    pass "Traditional input gives the same relation and proposed ids"
  else flunk "Traditional input gives the same relation and proposed ids"; fi
else flunk "opencc is needed to test Traditional input (apt-get install opencc)"; fi
# Empty text: an empty, valid directory.
: >"$tmp/empty.txt"
run extract "$tmp/empty.txt" -o "$tmp/empty"
expect_rc "extract an empty text exits 0" 0
run $BUNDLED validate "$tmp/empty"
expect_rc "the empty text's directory validates" 0
if [ "$(wc -l < "$tmp/empty/relations.csv")" = 1 ] && [ "$(wc -l < "$tmp/empty/entities.csv")" = 1 ]; then
  pass "an empty text gives header-only relations.csv and entities.csv"
else flunk "an empty text gives header-only files"; fi
run extract - - -o "$tmp/stdin4"
expect_rc "extract - - is a usage error" 2

# The same bulletin in the other script gives the same relations, both ways.
same_relations () { # NAME DIR1 DIR2
  if "$PY" - "$2/relations.csv" "$3/relations.csv" >"$tmp/pyout" 2>&1 <<'PYEOF'
import csv, sys
def key(p):
    return sorted((r["kind"], r["from"], r["to"], r["date"]) for r in csv.DictReader(open(p, encoding="utf-8")))
a, b = key(sys.argv[1]), key(sys.argv[2])
assert a, "no relations"
assert a == b, (set(a) ^ set(b))
PYEOF
  then pass "$1"; else flunk "$1"; tail -3 "$tmp/pyout"; fi
}
if command -v opencc >/dev/null 2>&1; then
  opencc -c t2s.json -i "$B1" -o "$tmp/b1-hans.txt"
  opencc -c s2t.json -i "$B2" -o "$tmp/b2-hant.txt"
  run extract "$B1" --doc-date 2024-06 --source s1 -o "$tmp/t1"
  run extract "$tmp/b1-hans.txt" --doc-date 2024-06 --source s1 -o "$tmp/t2"
  same_relations "Traditional bulletin and its Simplified conversion give the same relations" "$tmp/t1" "$tmp/t2"
  run extract "$B2" --doc-date 2025-09 --source s2 -o "$tmp/t3"
  run extract "$tmp/b2-hant.txt" --doc-date 2025-09 --source s2 -o "$tmp/t4"
  same_relations "Simplified bulletin and its Traditional conversion give the same relations" "$tmp/t3" "$tmp/t4"
  grep_out "--source is written into each relation" ",s2," "$tmp/t4/relations.csv"
else
  echo "# SKIP opencc not installed: script conversion tests"
fi
run extract "$B1" "$B2" -o "$tmp/ex2" --format json
py "extract of two files: the summary sums the files and the CSV holds them all" '
import csv, json, os, sys
j = json.load(sys.stdin)
assert len(j["files"]) == 2, j
assert j["relations"] <= sum(f["relations"] for f in j["files"]) and j["relations"] > 0, j
n = len(list(csv.DictReader(open(j["output"] + "/relations.csv", encoding="utf-8"))))
assert n == j["relations"], (n, j["relations"])
'
printf '6月1日，中国与泰国\377签署协议。\n' >"$tmp/bad-utf8.txt"
run extract "$tmp/bad-utf8.txt" -o "$tmp/ex3"
expect_rc "extract of invalid UTF-8 exits 1" 1
error_shape "extract of invalid UTF-8"
grep_out "invalid UTF-8 is reported as FILE:LINE:COL" "bad-utf8.txt:1:11: " "$tmp/err"
if [ ! -e "$tmp/ex3" ]; then pass "a failed extract writes nothing"; else flunk "a failed extract writes nothing"; fi
printf 'a\0b\n' >"$tmp/binary.txt"
run extract "$tmp/binary.txt" -o "$tmp/ex3"
expect_rc "extract of binary input exits 1" 1
: >"$tmp/empty.txt"
run extract "$tmp/empty.txt" -o "$tmp/ex4" --format json
expect_rc "extract of an empty file exits 0" 0
py "an empty file gives zero relations" 'import json,sys; j=json.load(sys.stdin); assert j["relations"]==0 and j["candidates"]==0, j'
if [ "$(wc -l <"$tmp/ex4/relations.csv")" -eq 1 ]; then pass "empty input: relations.csv is a header alone"
else flunk "empty input: relations.csv is a header alone"; fi
run extract "$B1"
expect_rc "extract without -o is a usage error" 2
run extract -o "$tmp/ex5"
expect_rc "extract without a file is a usage error" 2
run extract "$tmp/no-such-file.txt" -o "$tmp/ex5"
expect_rc "extract of a missing file exits 1" 1
error_shape "extract of a missing file"
run extract "$B1" --doc-date 2024/06 -o "$tmp/ex5"
expect_rc "extract with a bad --doc-date exits 1" 1

# ---------------------------------------------------------------- export / draw
mkdir -p "$tmp/exp"
for f in graphml gexf json dot neo4j graphframes; do
  run export --format $f -o "$tmp/exp/out.$f" --keep-isolated --with centrality=pagerank,community=louvain
  expect_rc "export --format $f exits 0" 0
done
if "$PY" "$here/check-export.py" "$tmp/exp" "$BRI_DATA" >"$tmp/pyout" 2>&1; then
  pass "exports read back (networkx, CSV headers) with the same nodes, edges and computed attributes"
else flunk "exports read back"; sed 's/^/#   /' "$tmp/pyout" | tail -8; fi
if command -v dot >/dev/null 2>&1; then
  if dot -Tsvg "$tmp/exp/out.dot" >"$tmp/exp/dot.svg" 2>"$tmp/err"; then pass "dot -Tsvg accepts the DOT export"
  else flunk "dot -Tsvg accepts the DOT export"; fi
else echo "# SKIP dot not installed"; fi
run export -o "$tmp/exp/fc.json" --kinds freight_corridor --format json
py "export: --format is the export format; the summary is a table" '
import sys
rows = [l.split() for l in sys.stdin.read().splitlines()]
assert rows[0] == ["format", "output", "nodes", "edges"], rows
assert rows[1][0] == "json" and int(rows[1][2]) > 3 and int(rows[1][3]) > 3, rows
'
FC=$tmp/exp/fc.json py "export --format json wrote node-link JSON" '
import json, os
assert "links" in json.load(open(os.environ["FC"], encoding="utf-8"))
'
run export -o "$tmp/exp/fc.graphml" --kinds freight_corridor
FC=$tmp/exp/fc.graphml py "export infers graphml from -o; filters apply; corridors are directed" '
import os, networkx as nx
g = nx.read_graphml(os.environ["FC"])
assert g.is_directed()
assert g.number_of_edges() > 3 and all(a["kinds"] == "freight_corridor" for _, _, a in g.edges(data=True))
assert ("city:xining", "city:almaty") in g.edges() or any(a == "city:xining" for a, _ in g.edges())
'
run export -o "$tmp/exp/zh.json" --labels zh --project actors
ZH=$tmp/exp/zh.json py "export --labels zh --project actors: Chinese labels" '
import json, os
j = json.load(open(os.environ["ZH"], encoding="utf-8"))
labels = {n["id"]: n.get("label") for n in j["nodes"]}
assert labels.get("country:CN") == "中国", labels.get("country:CN")
'
run export -o "$tmp/exp/x.txt"
expect_rc "export with no format and an unknown extension exits 1" 1
error_shape "export with no format"
run export --format yaml -o "$tmp/exp/x.yaml"
expect_rc "export --format yaml exits 1" 1
run export --format graphml
expect_rc "export without -o is a usage error" 2
run export --format graphml -o "$tmp/exp/y.graphml" --with centrality=fame
expect_rc "export --with an unknown measure exits 1" 1
grep_out "the --with error names the option" "--with: " "$tmp/err"
run export --format graphml -o "$tmp/no-such-dir/y.graphml"
expect_rc "export into a missing directory exits 1" 1
error_shape "export into a missing directory"

# Graphviz and the font libraries keep caches: not our leaks (sanitizer builds).
LSAN_OPTIONS="suppressions=$here/lsan-graphviz.supp:print_suppressions=0${LSAN_OPTIONS:+:$LSAN_OPTIONS}"
export LSAN_OPTIONS
if "$BRI" draw -o "$tmp/exp/probe.svg" >/dev/null 2>"$tmp/err" || ! grep -q "without libgvc" "$tmp/err"; then
  run draw -o "$tmp/exp/net.svg" --size-by pagerank --color-by community --labels zh --layout sfdp
  expect_rc "draw -o FILE.svg exits 0" 0
  run --format json info
  SVG=$tmp/exp/net.svg py "draw: a valid SVG with one node per entity of the view, Chinese labels" '
import json, os, sys, xml.etree.ElementTree as ET
ns = {"s": "http://www.w3.org/2000/svg"}
root = ET.parse(os.environ["SVG"]).getroot()
assert root.tag.endswith("svg"), root.tag
nodes = [g for g in root.iter("{http://www.w3.org/2000/svg}g") if g.get("class") == "node"]
text = " ".join(t.text or "" for t in root.iter("{http://www.w3.org/2000/svg}text"))
assert len(nodes) > 50, len(nodes)
assert "中国" in text, text[:200]
'
  run draw -o "$tmp/exp/net.svg" --format json
  SVG=$tmp/exp/net.svg py "draw: the summary counts the SVG nodes" '
import json, os, sys, xml.etree.ElementTree as ET
j = json.load(sys.stdin)
root = ET.parse(os.environ["SVG"]).getroot()
n = sum(1 for g in root.iter("{http://www.w3.org/2000/svg}g") if g.get("class") == "node")
assert j["nodes"] == n, (j, n)
'
  run centrality --format json
  SVG=$tmp/exp/net.svg py "draw: the SVG has one node per entity of the view (counted by centrality)" '
import json, os, sys, xml.etree.ElementTree as ET
n_view = len(json.load(sys.stdin))
root = ET.parse(os.environ["SVG"]).getroot()
n = sum(1 for g in root.iter("{http://www.w3.org/2000/svg}g") if g.get("class") == "node")
assert n == n_view, (n, n_view)
'
  run draw -o "$tmp/exp/net.png" --color-by kind --layout neato --project actors
  expect_rc "draw -o FILE.png exits 0" 0
  if head -c 8 "$tmp/exp/net.png" | od -An -tx1 | grep -q "89 50 4e 47 0d 0a 1a 0a"; then
    pass "draw writes a PNG"; else flunk "draw writes a PNG"; fi
  run draw -o "$tmp/exp/net.pdf" --layout dot --kinds freight_corridor
  expect_rc "draw -o FILE.pdf with a filter exits 0" 0
  if head -c 5 "$tmp/exp/net.pdf" | grep -q "%PDF-"; then pass "draw writes a PDF"; else flunk "draw writes a PDF"; fi
  run draw -o "$tmp/exp/net.svg" --labels fr
  expect_rc "draw --labels fr exits 1" 1
  error_shape "draw --labels fr"
  run draw -o "$tmp/exp/net.bmp"
  expect_rc "draw to an unknown picture format exits 1" 1
  run draw -o "$tmp/exp/net.svg" --layout spring
  expect_rc "draw with an unknown layout exits 1" 1
  run draw -o "$tmp/exp/net.svg" --color-by size
  expect_rc "draw --color-by size exits 1" 1
  run draw -o "$tmp/exp/net.svg" --size-by fame
  expect_rc "draw --size-by fame exits 1" 1
  run draw
  expect_rc "draw without -o is a usage error" 2
else
  echo "# SKIP bri draw: libbri built without libgvc"
fi

# ---------------------------------------------------------------- progress
# Nothing on stderr when it is not a terminal; on a terminal (script(1)
# gives one) a progress line that is erased, and stdout stays clean.
quiet=1
for args in "info" "centrality --measure betweenness" "communities" "export -o $tmp/p.graphml"; do
  $BRI $args >/dev/null 2>"$tmp/err" || quiet=0
  [ -s "$tmp/err" ] && quiet=0
done
if [ $quiet = 1 ]; then pass "no progress on stderr when it is not a terminal"; else flunk "no progress on stderr when it is not a terminal"; fi
if command -v script >/dev/null 2>&1 && script -qec true /dev/null >/dev/null 2>&1; then
  script -qec "'$BRI' centrality --measure betweenness >'$tmp/out'" "$tmp/tty" >/dev/null 2>&1
  if grep -q "bri: loading .*(1/3)" "$tmp/tty" && grep -q "bri: betweenness on [0-9]* entities" "$tmp/tty"; then
    pass "progress on a terminal names the phase (loading, betweenness)"
  else flunk "progress on a terminal names the phase"; od -c "$tmp/tty" | head -5 | sed 's/^/#   /'; fi
  if "$PY" -c '
import sys
s = open(sys.argv[1], "rb").read()
assert s.rindex(b"\r\033[K") > s.rindex(b"bri: "), s[-200:]
' "$tmp/tty" 2>/dev/null; then pass "the progress line is erased at the end"
  else flunk "the progress line is erased at the end"; fi
  if grep -q "^1  *country:CN" "$tmp/out" && ! grep -q "loading" "$tmp/out"; then pass "stdout holds the data alone while progress shows"
  else flunk "stdout holds the data alone while progress shows"; fi
else
  echo "# SKIP script(1) not available: progress on a terminal"
fi

# ---------------------------------------------------------------- golden outputs
# Commands whose output order is defined, on the fixture tests/cli/data/golden,
# run from tests/cli/data so that paths in the output are relative. Each
# output (stdout, or stderr for an error) is diffed with tests/golden/NAME.out.
GOLDEN=$top/tests/golden
# golden NAME ARGS...: stdout of `bri ARGS` (usually --no-bundled --data golden) equals NAME.out.
golden () {
  name=$1; shift
  (cd "$here/data" && "$BRI" "$@" >"$tmp/out" 2>"$tmp/err"); rc=$?; sancheck "$@"
  if [ "$name" != "${name%-error}" ]; then cp "$tmp/err" "$tmp/got"; else cp "$tmp/out" "$tmp/got"; fi
  if [ -n "$BRI_GOLDEN_UPDATE" ]; then cp "$tmp/got" "$GOLDEN/$name.out"; fi
  if diff -u "$GOLDEN/$name.out" "$tmp/got" >"$tmp/diff" 2>&1; then pass "golden $name"
  else flunk "golden $name (exit $rc)"; head -20 "$tmp/diff" | sed 's/^/#   /'; fi
}
golden info --no-bundled --data golden info
golden info-csv --no-bundled --data golden info --format csv
golden info-json --no-bundled --data golden info --format json
golden find --no-bundled --data golden find 中方
golden centrality --no-bundled --data golden centrality
golden centrality-actors-betweenness-csv --no-bundled --data golden centrality --project actors --measure betweenness --format csv
golden path --no-bundled --data golden path Qinghai 新疆
golden routes --no-bundled --data golden routes 西寧 Almaty
golden explain --no-bundled --data golden explain China Kazakhstan
golden timeline --no-bundled --data golden timeline
golden timeline-quarter-top --no-bundled --data golden timeline --by quarter --measure degree --top 2
golden ego --no-bundled --data golden ego Xinjiang --depth 2
golden clustering --no-bundled --data golden clustering
golden validate --no-bundled validate several-errors/
golden validate-csv --no-bundled validate several-errors --format csv
golden validate-stack --no-bundled validate golden/ several-errors
golden path-none-error --no-bundled --data golden path Xining Tashkent
golden name-unknown-error --no-bundled --data golden explain CN Kazakhstan
golden usage-error --no-bundled --data golden path Xining

# ---------------------------------------------------------------- filter values
# Every filter value is checked against the data: a kind no entity has is
# an error with the nearest kind, never an empty table.
run centrality --entity-kinds Province
expect_rc "--entity-kinds Province (capital P) exits 1" 1
error_shape "--entity-kinds Province"
grep_out "--entity-kinds suggests the kind in use" "unknown entity kind 'Province': did you mean province?" "$tmp/err"
run centrality --entity-kinds province,country --top 2 --format csv
py "--entity-kinds province,country admits both" 'import csv,sys; rows=list(csv.DictReader(sys.stdin)); assert [r["id"] for r in rows] == ["country:CN", "province:CN-XJ"], rows'
run centrality --top -3
expect_rc "--top -3 is a usage error" 2
grep_out "--top says what it expects" "--top: -3, expected a count of 0 or more" "$tmp/err"

# ---------------------------------------------------------------- direction
# member_of alone makes a directed view (China -> LMC <- Laos): no path;
# --direction undirected finds it, and each hop prints in the direction of
# the relation behind it (Laos -> LMC, not LMC -> Laos).
run path China Laos --kinds member_of
expect_rc "path over member_of alone (directed) finds no path" 1
run path China Laos --kinds member_of --direction undirected --format csv
expect_rc "path --direction undirected exits 0" 0
py "hops print in their relation's direction" '
import csv, sys
rows = [(r["hop"], r["from"], r["to"], r["kind"]) for r in csv.DictReader(sys.stdin)]
assert rows == [("1", "country:CN", "mechanism:lmc", "member_of"),
                ("2", "country:LA", "mechanism:lmc", "member_of")], rows'
run path China Laos --kinds member_of,met --format json
py "json hops say when they run against their relation" '
import json, sys
hops = json.load(sys.stdin)["hops"]
assert [(h["from"], h["to"], h["against_relation"]) for h in hops] == [
    ("country:CN", "mechanism:lmc", False), ("mechanism:lmc", "country:LA", True)], hops'
run path China Laos --direction sideways
expect_rc "--direction with an unknown mode exits 1" 1
grep_out "--direction names its modes" "expected auto or undirected" "$tmp/err"

# ---------------------------------------------------------------- errors and usage
run frobnicate
expect_rc "unknown command exits 2" 2
error_shape "unknown command"
run
expect_rc "no command exits 2" 2
run --no-such-option info
expect_rc "unknown option exits 2" 2
run info --format yaml
expect_rc "unknown format exits 2" 2
run --data /nonexistent info
expect_rc "missing data directory exits 1" 1
error_shape "missing data directory"
run --data "$INVALID/parent-cycle" info
expect_rc "bad data exits 1" 1
grep_out "bad data names file:line:col" "entities.csv:2:15" "$tmp/err"
run --help
expect_rc "--help exits 0" 0
grep_out "--help lists the commands" "centrality"

finish
