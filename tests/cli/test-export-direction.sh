#!/bin/sh
# tests/cli/test-export-direction.sh — `bri export` keeps each relation's
# direction in a view of mixed kinds (issue 20), read back with unpatched
# readers: networkx 2.8.8 as Debian ships it for node-link JSON and for the
# GraphML and GEXF written with --no-mixed; Python's XML parser
# (mixed_xml.py) for the mixed GraphML and GEXF, which networkx refuses;
# python3-igraph for the mixed GraphML's structure. The data: a hand-made
# set where China hosted a forum, Laos attended it, and China and Laos met.
# Environment: BRI (the binary, default ./tools/bri). The last line is
# `N passed, M failed`.
. "$(dirname "$0")/lib.sh"
# py NAME SCRIPT: runs SCRIPT with the test's directory on sys.path and
# $tmp as the working directory; passes when it exits 0.
py () {
  if (cd "$tmp" && PYTHONPATH=$here "$PY" -c "import json, sys
import networkx as nx
$2") >"$tmp/pyout" 2>&1; then pass "$1"
  else flunk "$1"; sed 's/^/#   /' "$tmp/pyout" | tail -5; fi
}

d=$tmp/data
mkdir -p "$d"
cat >"$d/entities.csv" <<'EOF'
id,kind,name,name_zh,aliases,code,parent
forum:f1,forum,Forum One,论坛一,,,
country:CN,country,China,中国,,CN,
country:LA,country,Laos,老挝,,LA,
EOF
cat >"$d/relations.csv" <<'EOF'
kind,from,to,date,end_date,title,sector,via,event,weight,source,evidence,confidence
hosted,country:CN,forum:f1,2024-05,,,,,,,,,
attended,country:LA,forum:f1,2024-05,,,,,,,,,
met,country:CN,country:LA,2024-05,,,,,,,,,
EOF

for f in json graphml gexf; do
  run --no-bundled --data "$d" export --format $f -o "$tmp/mixed.$f"
  expect_rc "export --format $f of a mixed view exits 0" 0
  run --no-bundled --data "$d" export --format $f --no-mixed -o "$tmp/plain.$f"
  if [ $f = json ]; then expect_rc "--no-mixed with json is a usage error" 2
  else expect_rc "export --format $f --no-mixed exits 0" 0; fi
done

py "networkx reads the JSON: the hosted link is directed China -> forum, met is not" '
j = json.load(open("mixed.json", encoding="utf-8"))
g = nx.node_link_graph(j)
assert j["directed"] is False and not g.is_directed()
links = {(l["source"], l["target"]): l["directed"] for l in j["links"]}
assert links == {("country:CN", "forum:f1"): True, ("country:LA", "forum:f1"): True,
                 ("country:CN", "country:LA"): False}, links
assert g.edges["country:CN", "forum:f1"]["directed"] is True
assert g.edges["country:CN", "country:LA"]["directed"] is False'

for f in graphml gexf; do
  py "networkx reads the --no-mixed $f: undirected, the hosted edge directed=True" "
g = nx.read_$f('plain.$f')
assert not g.is_directed()
assert g.edges['country:CN', 'forum:f1']['directed'] is True, g.edges(data=True)
assert g.edges['country:LA', 'forum:f1']['directed'] is True
assert g.edges['country:CN', 'country:LA']['directed'] is False"

  py "networkx 2.8.8 refuses the mixed $f (why --no-mixed exists)" "
try:
    nx.read_$f('mixed.$f')
except nx.NetworkXError as e:
    assert 'irected' in str(e), e
else:
    raise AssertionError('networkx read a mixed $f: update export.h and --no-mixed')"

  py "the mixed $f marks the hosted edge directed China -> forum, met undirected" "
import mixed_xml
g = mixed_xml.read_$f('mixed.$f')
e = g.edges['country:CN', 'forum:f1']
assert e['_marked'] is True and e['_source'] == 'country:CN' and e['directed'] is True, e
e = g.edges['country:LA', 'forum:f1']
assert e['_marked'] is True and e['_source'] == 'country:LA', e
assert g.edges['country:CN', 'country:LA']['_marked'] is False"
done

py "igraph reads the mixed GraphML: 3 edges, hosted has directed=True" '
import igraph
g = igraph.Graph.Read_GraphML("mixed.graphml")
# igraph keeps an undirected graph, each edge with its ends in index order
ends = {frozenset((g.vs[e.source]["id"], g.vs[e.target]["id"])): e["directed"] for e in g.es}
assert not g.is_directed()
assert ends[frozenset(("country:CN", "forum:f1"))] is True, ends
assert ends[frozenset(("country:CN", "country:LA"))] is False, ends
assert len(ends) == 3'

# A view of one direction has no per-edge markup: networkx reads it.
run --no-bundled --data "$d" export --kinds hosted,attended --format gexf -o "$tmp/directed.gexf"
expect_rc "export of a directed view exits 0" 0
py "networkx reads a directed view's GEXF as directed, CN -> forum" '
g = nx.read_gexf("directed.gexf")
assert g.is_directed() and ("country:CN", "forum:f1") in g.edges and ("forum:f1", "country:CN") not in g.edges'

# --direction undirected: every edge undirected, on request.
run --no-bundled --data "$d" export --direction undirected --format graphml -o "$tmp/undirected.graphml"
expect_rc "export --direction undirected exits 0" 0
py "networkx reads --direction undirected: no edge directed" '
g = nx.read_graphml("undirected.graphml")
assert not g.is_directed() and not any(a["directed"] for _, _, a in g.edges(data=True))'

# The CSV export: the relation'\''s and the edge'\''s direction per row.
run --no-bundled --data "$d" export --format csv -o "$tmp/sheet"
expect_rc "export --format csv exits 0" 0
py "the CSV edges say directed and edge_directed" '
import csv
rows = list(csv.DictReader(open("sheet/edges.csv", encoding="utf-8", newline="")))
got = {(r["kind"], r["from"], r["to"]): (r["directed"], r["edge_directed"]) for r in rows}
assert got == {("hosted", "country:CN", "forum:f1"): ("true", "true"),
               ("attended", "country:LA", "forum:f1"): ("true", "true"),
               ("met", "country:CN", "country:LA"): ("false", "false")}, got'

finish
