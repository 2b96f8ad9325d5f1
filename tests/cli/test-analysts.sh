#!/bin/sh
# tests/cli/test-analysts.sh — the questions analysts ask (issue 20): freight
# corridors of a place at any level, routes in both directions, relations
# involving an entity and its descendants, coarse dates in a timeline, the
# view's edge weighting. Expected values are computed independently from
# the bundled CSV files with Python's csv module, or by hand (said where).
# Environment: BRI (the binary, default ./tools/bri), BRI_DATA (the bundled
# data). The last line is `N passed, M failed`.
. "$(dirname "$0")/lib.sh"

# py NAME SCRIPT: runs SCRIPT (after the helpers below) with the last stdout
# on stdin; passes when it exits 0.
py () {
  name=$1; shift
  if "$PY" -c "$helpers
$1" <"$tmp/out" >"$tmp/pyout" 2>&1; then pass "$name"
  else flunk "$name"; sed 's/^/#   /' "$tmp/pyout" | tail -5; fi
}

# The bundled data read with Python's csv module: entities (id -> row),
# relations (rows), and the ancestors of an id through parent.
helpers='
import csv, json, os, sys
d = os.environ["BRI_DATA"]
ents, rels = {}, []
for part in ("gazetteer", "seeds", "bri"):
    p = os.path.join(d, part, "entities.csv")
    if os.path.exists(p):
        for row in csv.DictReader(open(p, encoding="utf-8-sig")):
            ents[row["id"]] = row
    p = os.path.join(d, part, "relations.csv")
    if os.path.exists(p):
        rels += list(csv.DictReader(open(p, encoding="utf-8-sig")))
def lineage(i):
    out = []
    while i:
        out.append(i)
        i = ents[i].get("parent") or None
    return out
def involves(r, x):
    return any(x in lineage(r[c]) for c in ("from", "to", "via") if r.get(c))
'
TMPD=$tmp
export BRI_DATA TMPD

# ---------------------------------------------------------------- corridors
run corridors --format json
expect_rc "corridors exits 0" 0
py "corridors: one per (origin, destination) of the freight_corridor rows" '
j = json.load(sys.stdin)
fc = [r for r in rels if r["kind"] == "freight_corridor"]
want = sorted({(r["from"], r["to"]) for r in fc})
assert [(c["origin"], c["destination"]) for c in j] == want, j
for c in j:
    rows = [r for r in fc if (r["from"], r["to"]) == (c["origin"], c["destination"])]
    assert len(c["relations"]) == len(rows)
    assert c["sources"] == list(dict.fromkeys(r["source"] for r in rows if r["source"]))
    assert c["vias"] == list(dict.fromkeys(r["via"] for r in rows if r["via"]))
    assert [r["evidence"] for r in c["relations"]] == [r["evidence"] for r in rows]'

run corridors 河南
expect_rc "corridors of a province exits 0" 0
# By hand: Henan has one corridor, the Warsaw–Zhengzhou train of 2025-09
# (Zhengzhou is a city of Henan).
py "corridors 河南: the Warsaw → Zhengzhou train of its city" '
lines = sys.stdin.read().splitlines()
assert len(lines) == 2, lines
cells = lines[1].split()
assert cells == ["city:warsaw", "city:zhengzhou", "2025-09", "2025-09", "1", "bri-bulletin-2025-09"], cells'

run corridors Xinjiang --format json
py "corridors Xinjiang: its cities, ports and the trains through its ports" '
j = json.load(sys.stdin)
want = sorted({(r["from"], r["to"]) for r in rels
               if r["kind"] == "freight_corridor" and involves(r, "province:CN-XJ")})
got = [(c["origin"], c["destination"]) for c in j]
assert got == want, got
# Xining (Qinghai) to Almaty is listed: it leaves China through Khorgos.
assert ("city:xining", "city:almaty") in got
x = [c for c in j if c["origin"] == "city:xining"][0]
assert x["vias"] == ["port:khorgos"] and x["first"] == x["last"] == "2024-06-30", x'

run corridors Xinjiang --from 2024 --to 2024
py "corridors take the time window" '
lines = sys.stdin.read().splitlines()
assert len(lines) == 2 and lines[1].startswith("city:xining"), lines'

run corridors Nowhereland
expect_rc "corridors of an unknown place exits 1" 1
grep_out "corridors names the unknown place" "no entity named 'Nowhereland'" "$tmp/err"
run corridors --kinds met
expect_rc "corridors without the freight kind exits 1" 1
grep_out "corridors says the kinds leave freight out" "leaves out freight_corridor" "$tmp/err"

# ---------------------------------------------------------------- routes, both ways
run routes 郑州 华沙
expect_rc "routes Zhengzhou Warsaw exits 0 (the data stores Warsaw → Zhengzhou)" 0
py "routes Zhengzhou Warsaw: the reverse route, labelled" '
lines = sys.stdin.read().splitlines()
assert lines[0].split() == ["route", "stops", "via", "hops", "direction"], lines
assert lines[1].split() == ["1", "city:warsaw", ">", "city:zhengzhou", "1", "reverse"], lines
assert len(lines) == 2'
run routes 华沙 郑州 --format json
py "routes Warsaw Zhengzhou json: forward" '
j = json.load(sys.stdin)
assert [(p["direction"], p["entities"]) for p in j] == [("forward", ["city:warsaw", "city:zhengzhou"])], j'
run routes 越南 中国 --format json
py "routes Vietnam China: one each way, each through its own port" '
j = json.load(sys.stdin)
assert [(p["direction"], p["entities"], p["vias"]) for p in j] == [
    ("forward", ["country:VN", "country:CN"], ["port:hoanh-mo"]),
    ("reverse", ["country:CN", "country:VN"], ["port:dongzhong"])], j'
run routes 西宁 华沙
expect_rc "routes with no route either way exits 1" 1
grep_out "routes says neither direction has one" "no freight route from 'city:xining' to 'city:warsaw' or back" "$tmp/err"

# ---------------------------------------------------------------- --involving
run centrality --involving 河南 --format json
expect_rc "centrality --involving exits 0" 0
py "--involving 河南: the view holds the ends of the relations involving Henan and below" '
j = json.load(sys.stdin)
inv = [r for r in rels if involves(r, "province:CN-HA")]
assert inv
want = {r[c] for r in inv for c in ("from", "to")}
assert {e["id"] for e in j} == want, sorted({e["id"] for e in j} ^ want)'
run timeline --by year --involving Xinjiang,河南 --format json
py "timeline --involving: the years of the relations involving Xinjiang or Henan" '
j = json.load(sys.stdin)
inv = [r for r in rels if (involves(r, "province:CN-XJ") or involves(r, "province:CN-HA")) and r["date"]]
years = sorted({int(r["date"][:4]) for r in inv} | {int(r["end_date"][:4]) for r in inv if r["end_date"]})
assert [p["period"] for p in j] == [str(y) for y in range(years[0], years[-1] + 1)], j
for p in j:
    y = int(p["period"])
    n = sum(1 for r in inv if int(r["date"][:4]) <= y <= int((r["end_date"] or r["date"])[:4]))
    assert p["relations"] == n and p["coarse"] == 0, (p, n)'
run centrality --involving Henen
expect_rc "--involving an unknown name exits 1" 1
grep_out "--involving suggests the nearest" "nearest: province:CN-HA" "$tmp/err"

# ---------------------------------------------------------------- timeline: coarse dates
run timeline --from 2023-01 --to 2023-01 --format json
expect_rc "timeline of January 2023 exits 0" 0
py "January 2023: no relation happened in it; the year-only ones are coarse" '
j = json.load(sys.stdin)
assert len(j) == 1 and j[0]["period"] == "2023-01", j
in_jan = [r for r in rels if r["date"].startswith("2023-01") or
          (r["end_date"] and r["date"][:7] <= "2023-01" <= r["end_date"][:7])]
year_only = [r for r in rels if r["date"] == "2023" and not r["end_date"]]
assert j[0]["relations"] == len(in_jan) == 0, j
assert j[0]["coarse"] == len(year_only) > 0, (j, len(year_only))
assert sum(j[0]["relations_by_kind"].values()) == 0, j'
run timeline --from 2023 --to 2023 --by quarter --format json
py "quarters of 2023: months inside a quarter are precise, the year-only dates coarse" '
j = json.load(sys.stdin)
year_only = [r for r in rels if r["date"] == "2023" and not r["end_date"]]
for p in j:
    q = int(p["period"][-1])
    months = {"2023-%02d" % m for m in range(3 * q - 2, 3 * q + 1)}
    inside = [r for r in rels if r["date"][:7] in months]  # the spans of 2023 lie in one month
    assert p["relations"] == len(inside), (p, len(inside))
    assert p["coarse"] == len(year_only), p'
run timeline --from 2023-01 --to 2023-02
grep_out "timeline table has the coarse column" "coarse"
grep_out "timeline table explains coarse in a footer" "# relations: dated within the period"
run --help-command
grep_out "--help documents coarse dates" "counted in the column coarse"

# ---------------------------------------------------------------- --weighting, --keep-isolated
# A co-appearance network whose weight column holds counts: a-b twice
# (3 and 2), a-c 1, b-c 2; and persons d, e that no relation touches.
co=$tmp/co
mkdir -p "$co"
printf 'id,kind,name\nperson:a,person,A\nperson:b,person,B\nperson:c,person,C\nperson:d,person,D\nperson:e,person,E\nforum:f,forum,F\n' >"$co/entities.csv"
printf 'kind,from,to,weight\nmet,person:a,person:b,3\nmet,person:a,person:b,2\nmet,person:a,person:c,1\nmet,person:b,person:c,2\nattended,person:a,forum:f,\nattended,person:b,forum:f,\nattended,person:d,forum:f,\n' >"$co/relations.csv"
netx='
import networkx as nx
rows = [("person:a","person:b",3),("person:a","person:b",2),("person:a","person:c",1),("person:b","person:c",2)]
G = nx.Graph()
for a, b, w in rows:
    G.add_edge(a, b, weight=G.get_edge_data(a, b, {"weight": 0})["weight"] + w)
scores = lambda: {e["id"]: e["score"] for e in json.load(sys.stdin)}
'
run --no-bundled --data "$co" centrality --kinds met --weighting sum --measure strength --weights raw --format json
expect_rc "--weighting sum exits 0" 0
py "--weighting sum: strength equals networkx's weighted degree on the summed weight column" "$netx"'
got = scores()
assert got == dict(G.degree(weight="weight")) == {"person:a": 6, "person:b": 7, "person:c": 3}, got'
run --no-bundled --data "$co" centrality --kinds met --weighting sum --measure pagerank --weights raw --format json
py "--weighting sum: weighted PageRank equals networkx's" "$netx"'
got = scores(); want = nx.pagerank(G, weight="weight", tol=1e-12)
assert all(abs(got[k] - want[k]) < 1e-9 for k in want), (got, want)'
run --no-bundled --data "$co" centrality --kinds met --measure strength --weights raw --format json
py "--weighting count (the default): strength counts the relations" '
got = {e["id"]: e["score"] for e in json.load(sys.stdin)}
assert got == {"person:a": 3, "person:b": 3, "person:c": 2}, got'
# By hand: forum f has three actors a, b, d; Newman gives each pair 1/2.
run --no-bundled --data "$co" centrality --kinds attended --project actors --weighting newman --measure strength --weights raw --format json
py "--weighting newman on the projection: 1/(n-1) per shared item" '
got = {e["id"]: e["score"] for e in json.load(sys.stdin)}
assert got == {"person:a": 1.0, "person:b": 1.0, "person:d": 1.0}, got'
run --no-bundled --data "$co" centrality --weighting heavy
expect_rc "--weighting with an unknown name exits 1" 1
grep_out "--weighting names the API's weightings" "expected count, sum or newman" "$tmp/err"

run --no-bundled --data "$co" centrality --kinds met --entity-kinds person --keep-isolated --format json
py "--keep-isolated: d and e are in the view with degree 0" '
got = {e["id"]: e["score"] for e in json.load(sys.stdin)}
assert got == {"person:a": 2, "person:b": 2, "person:c": 2, "person:d": 0, "person:e": 0}, got'
run --no-bundled --data "$co" centrality --kinds met --entity-kinds person --format json
py "without --keep-isolated (the default) only entities with an edge" '
assert sorted(e["id"] for e in json.load(sys.stdin)) == ["person:a", "person:b", "person:c"]'
run --no-bundled --data "$co" centrality --kinds met,attended --entity-kinds person --keep-isolated --project actors --measure closeness
grep_out "closeness on a disconnected view says how igraph scores it" "# closeness on a view of 2 components"

# ---------------------------------------------------------------- exports
run --no-bundled --data "$co" export --kinds met --format gexf -o "$tmp/co.gexf"
expect_rc "export gexf exits 0" 0
if "$PY" -c '
import sys, networkx as nx
g = nx.read_gexf(sys.argv[1])   # networkx 2.8.8 as Debian ships it, unpatched
assert sorted(g.nodes) == ["person:a", "person:b", "person:c"], g.nodes
assert sorted(g.edges) == [("person:a", "person:b"), ("person:a", "person:c"), ("person:b", "person:c")], g.edges
assert g.edges["person:a", "person:b"]["weight"] == 2.0
' "$tmp/co.gexf" >"$tmp/pyout" 2>&1; then pass "networkx reads the GEXF unpatched"
else flunk "networkx reads the GEXF unpatched"; sed 's/^/#   /' "$tmp/pyout" | tail -5; fi

printf 'kind,from,to,date,weight,source,evidence\nattended,person:a,forum:f,2024-06,,s1,"A came, ""gladly"""\nhosted,forum:f,person:b,2024,,s2,中文证据\n' >"$tmp/more.csv"
mkdir -p "$tmp/co2" && cp "$co/entities.csv" "$tmp/co2/" && cp "$tmp/more.csv" "$tmp/co2/relations.csv"
run --no-bundled --data "$tmp/co2" export --format csv --bom -o "$tmp/sheet"
expect_rc "export --format csv --bom exits 0" 0
if "$PY" -c '
import csv, sys
d = sys.argv[1]
for name in ("nodes.csv", "edges.csv"):
    assert open(d + "/" + name, "rb").read(3) == b"\xef\xbb\xbf", name
nodes = list(csv.DictReader(open(d + "/nodes.csv", encoding="utf-8-sig", newline="")))
edges = list(csv.DictReader(open(d + "/edges.csv", encoding="utf-8-sig", newline="")))
# The view holds a, b and f (c, d and e have no relation here).
assert sorted(n["id"] for n in nodes) == ["forum:f", "person:a", "person:b"], nodes
rows = sorted((e["kind"], e["from"], e["to"], e["date"], e["source"], e["evidence"]) for e in edges)
assert rows == [("attended", "person:a", "forum:f", "2024-06", "s1", "A came, \"gladly\""),
                ("hosted", "forum:f", "person:b", "2024", "s2", "中文证据")], rows
for e in edges:
    assert {e["edge_source"], e["edge_target"]} == {e["from"], e["to"]}, e
' "$tmp/sheet" >"$tmp/pyout" 2>&1; then pass "CSV export: one row per relation, its own direction, evidence, BOM"
else flunk "CSV export: one row per relation, its own direction, evidence, BOM"; sed 's/^/#   /' "$tmp/pyout" | tail -5; fi
run --no-bundled --data "$tmp/co2" export --format gexf --bom -o "$tmp/x.gexf"
expect_rc "--bom with another format is a usage error" 2

run export --format json -o "$tmp/all.json"
py "export leaves out the entities no relation touches" '
j = json.load(open(os.environ["TMPD"] + "/all.json"))
touched = {r[c] for r in rels for c in ("from", "to") if r["from"] != r["to"]}
assert {n["id"] for n in j["nodes"]} == touched, len(j["nodes"])
assert len(touched) < len(ents)'
run export --format json --keep-isolated -o "$tmp/all.json"
py "export --keep-isolated: every entity" '
j = json.load(open(os.environ["TMPD"] + "/all.json"))
assert {n["id"] for n in j["nodes"]} == set(ents), len(j["nodes"])'

# ---------------------------------------------------------------- roll-up per side
# By hand from data/bri/relations.csv, the relations between Xinjiang,
# Qinghai, Tianjin and the five Central Asian countries once Chinese places
# roll up to their province and foreign ones to their country: Xinjiang-KZ
# 5 (met 2023-10-18, met 2023, met and signed 2023-03, the Tacheng-Ayagoz
# railway), Xinjiang-KG 3, Xinjiang-UZ 2, Qinghai-KZ 1 (the Xining-Almaty
# train), Tianjin-KZ 1 (met 2025-09).
run export --format json --rollup province,country --entity-kinds province,country -o "$tmp/sides.json"
expect_rc "export --rollup province,country exits 0" 0
py "province x country: Xinjiang, Qinghai, Tianjin x Central Asia by hand" '
j = json.load(open(os.environ["TMPD"] + "/sides.json"))
ca = {"country:KZ", "country:KG", "country:TJ", "country:TM", "country:UZ"}
ours = {"province:CN-XJ", "province:CN-QH", "province:CN-TJ"}
got = {}
for l in j["links"]:
    a, b = l["source"], l["target"]
    if {a, b} & ca and {a, b} & ours:
        p = (a if a in ours else b)[-2:]
        got[p + "-" + (b if b in ca else a)[-2:]] = l["n_relations"]
assert got == {"XJ-KZ": 5, "XJ-KG": 3, "XJ-UZ": 2, "QH-KZ": 1, "TJ-KZ": 1}, got'
run export --format json --rollup province --entity-kinds province,country -o "$tmp/sides1.json"
py "--rollup province alone leaves Almaty a city: Qinghai-KZ is lost" '
j = json.load(open(os.environ["TMPD"] + "/sides1.json"))
assert not any({l["source"], l["target"]} == {"province:CN-QH", "country:KZ"} for l in j["links"])'
run centrality --rollup province,region
expect_rc "--rollup with an unknown list exits 1" 1

# ---------------------------------------------------------------- groups
# By hand: China x Central Asia with the group's members counted for it:
# the two China-Uzbekistan MoUs and the China-Central Asia MoU of
# 2024-06-27, and the China-Kyrgyzstan-Uzbekistan railway (2023); without
# --group only the MoU signed with the group itself.
run explain China 中亚五国 --group 中亚五国 --format json
expect_rc "explain with --group exits 0" 0
py "--group: China x Central Asia counts its members relations" '
j = json.load(sys.stdin)
members = set(ents["group:central-asia-5"]["members"].split("|"))
want = [r for r in rels if {r["from"], r["to"]} & {"country:CN"}
        and any(x in members | {"group:central-asia-5"} for c in ("from", "to") for x in lineage(r[c]) if r[c] != "country:CN")]
assert len(j) == len(want) == 4, (len(j), len(want))
assert sorted((r["kind"], r["to"]) for r in j) == sorted((r["kind"], r["to"]) for r in want)'
run explain China 中亚五国 --format json
py "without --group: the relation with the group alone" '
assert len(json.load(sys.stdin)) == 1'
run centrality --group 中亚六国
expect_rc "--group with an unknown name exits 1" 1

finish
