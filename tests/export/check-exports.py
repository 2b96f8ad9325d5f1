#!/usr/bin/python3
"""tests/export/check-exports.py OUTDIR DATADIR — reads back the exports
that tests/export/write-exports wrote into OUTDIR and compares them with the
bundled data's CSV files (DATADIR/gazetteer, DATADIR/bri), read here with
Python's csv module, independently of libbri:

- GraphML, GEXF 1.2 and node-link JSON through networkx: the same nodes
  (every entity), node kinds and names, the same edges (one per pair of
  entities linked by a relation, self-loops left out), per edge the same
  kinds, relation count (= weight, the default weighting) and dates; the
  GEXF spells cover every relation's dated period;
- the Neo4j CSV headers against the rules of neo4j-admin database import
  (one :ID column, :LABEL, :START_ID, :END_ID, :TYPE, `name:type` with a
  known type), the GraphFrames headers (id; src, dst, relationship);
- `dot -Tsvg` accepts the DOT file, and networkx (through pygraphviz)
  reads back its nodes, names, kinds and edges;
- actors.json carries pagerank (summing to 1) and louvain on every node;
- cooperation.svg (examples/draw-network, when built) is XML with one
  node group per actor and Chinese labels.

Prints one line per failed check and `N passed, M failed` last."""
import collections
import csv
import datetime
import json
import os
import shutil
import subprocess
import sys

import networkx as nx

out, data = sys.argv[1], sys.argv[2]
passed = failed = 0


def check(ok, what):
    global passed, failed
    if ok:
        passed += 1
    else:
        failed += 1
        print("FAIL:", what)


def read_csv(path):
    with open(path, newline="", encoding="utf-8-sig") as f:
        return list(csv.DictReader(f))


entities = {}
for sub in ("gazetteer", "bri"):
    p = os.path.join(data, sub, "entities.csv")
    if os.path.exists(p):
        for row in read_csv(p):
            entities[row["id"]] = row
relations = read_csv(os.path.join(data, "bri", "relations.csv"))

# Expected edges of the whole-graph export: undirected, merged per pair.
expected = collections.defaultdict(lambda: {"kinds": set(), "n": 0, "dates": []})
for r in relations:
    if r["from"] == r["to"]:
        continue
    e = expected[frozenset((r["from"], r["to"]))]
    e["kinds"].add(r["kind"])
    e["n"] += 1
    e["dates"].append(r.get("date") or "")


def first_day(d):
    parts = [int(x) for x in d.split("-")]
    while len(parts) < 3:
        parts.append(1)
    return datetime.date(*parts)


def last_day(d):
    parts = [int(x) for x in d.split("-")]
    if len(parts) == 3:
        return datetime.date(*parts)
    if len(parts) == 1:
        return datetime.date(parts[0], 12, 31)
    y, m = parts
    nxt = datetime.date(y + (m == 12), m % 12 + 1, 1)
    return nxt - datetime.timedelta(days=1)


def check_graph(g, fmt):
    check(not g.is_directed(), f"{fmt}: the whole graph is undirected")
    check(set(g.nodes) == set(entities),
          f"{fmt}: nodes differ: {len(set(g.nodes) ^ set(entities))} ids")
    bad = [n for n, a in g.nodes(data=True)
           if n in entities and (a.get("kind") != entities[n]["kind"]
                                 or a.get("name") != entities[n]["name"]
                                 or a.get("name_zh", "") != (entities[n].get("name_zh") or ""))]
    check(not bad, f"{fmt}: kind/name/name_zh differ for {bad[:5]}")
    got = {frozenset((u, v)): a for u, v, a in g.edges(data=True)}
    check(set(got) == set(expected),
          f"{fmt}: edges differ: {len(set(got) ^ set(expected))} pairs")
    bad = []
    for pair, exp in expected.items():
        a = got.get(pair)
        if a is None:
            continue
        dates = sorted(a.get("dates", "").split("|")) if "dates" in a else [""] * exp["n"]
        if (set(a["kinds"].split("|")) != exp["kinds"] or a["n_relations"] != exp["n"]
                or float(a["weight"]) != exp["n"] or dates != sorted(exp["dates"])
                or len(a["relations"].split("|")) != exp["n"]):
            bad.append(sorted(pair))
    check(not bad, f"{fmt}: kinds/n_relations/weight/dates differ on {bad[:3]}")
    types_ok = all(isinstance(a["n_relations"], int) and isinstance(a["weight"], float)
                   for _, _, a in g.edges(data=True))
    check(types_ok, f"{fmt}: n_relations is an int and weight a float")
    return got


# GraphML
g = nx.read_graphml(os.path.join(out, "graph.graphml"))
check_graph(g, "graphml")

# GEXF 1.2draft: read by networkx as it is, no patch.
g = nx.read_gexf(os.path.join(out, "graph.gexf"))
check(g.graph.get("mode") == "dynamic", "gexf: mode is dynamic")
got = check_graph(g, "gexf")
bad = []
for pair, a in got.items():
    rels = [r for r in relations if frozenset((r["from"], r["to"])) == pair]
    if any(not r.get("date") for r in rels):
        if a.get("spells"):
            bad.append(sorted(pair))
        continue
    spells = [(datetime.date.fromisoformat(s), datetime.date.fromisoformat(e))
              for s, e in a.get("spells", [])]
    for r in rels:
        lo, hi = first_day(r["date"]), last_day(r.get("end_date") or r["date"])
        if not any(s <= lo and hi <= e for s, e in spells):
            bad.append(sorted(pair))
            break
check(not bad, f"gexf: spells do not cover the relation dates on {bad[:3]}")
# A node's spells are the union of its edges' spells (none when one of its
# edges has none): every edge spell lies inside one of its nodes' spells.
bad = []
for u, v, a in g.edges(data=True):
    for n in (u, v):
        nsp = g.nodes[n].get("spells")
        if not a.get("spells"):
            if nsp:
                bad.append(n)
            continue
        if not nsp:
            continue  # present at every time
        for s, e in a["spells"]:
            if not any(ns <= s and e <= ne for ns, ne in nsp):
                bad.append(n)
check(not bad, f"gexf: node spells do not cover their edges' spells: {sorted(set(bad))[:3]}")

# node-link JSON
with open(os.path.join(out, "graph.json"), encoding="utf-8") as f:
    node_link = json.load(f)
g = nx.node_link_graph(node_link)
check_graph(g, "json")

# Direction per edge. The JSON's links each say whether they are directed
# (the graph, of mixed kinds, is not); a link is directed exactly when
# every relation behind it is of a directed kind (relations.csv's kinds, the
# bundled data declares no kind of its own) and goes source -> target.
DIRECTED_KINDS = {"hosted", "attended", "freight_corridor", "member_of", "located_in",
                  "launched"}
by_pair = collections.defaultdict(list)
for r in relations:
    if r["from"] != r["to"]:
        by_pair[frozenset((r["from"], r["to"]))].append(r)
link_dir = {}
bad = []
for ln in node_link["links"]:
    rels = by_pair[frozenset((ln["source"], ln["target"]))]
    want = all(r["kind"] in DIRECTED_KINDS and r["from"] == ln["source"] for r in rels)
    link_dir[frozenset((ln["source"], ln["target"]))] = (ln["directed"], ln["source"])
    if ln["directed"] is not want:
        bad.append((ln["source"], ln["target"]))
check(node_link["directed"] is False, "json: the graph of mixed kinds is undirected")
check(not bad, f"json: link directions differ from the relations on {bad[:3]}")
check(sum(d for d, _ in link_dir.values()) > 10, "json: directed links are there")
# The plain GraphML and GEXF (bri_export_options_set_mixed FALSE), read by
# networkx: the same direction in each edge's `directed` attribute.
for name, path in (("graphml", "graph.graphml"), ("gexf", "graph.gexf")):
    reader = nx.read_graphml if name == "graphml" else nx.read_gexf
    g = reader(os.path.join(out, path))
    bad = [(a, b) for a, b, d in g.edges(data=True)
           if d.get("directed") is not link_dir[frozenset((a, b))][0]]
    check(not g.is_directed() and not bad,
          f"{name} (plain): `directed` attributes differ from the JSON's on {bad[:3]}")
# The mixed GraphML and GEXF (the default), which networkx 2.8.8 refuses,
# read with Python's XML parser (tests/cli/mixed_xml.py): every edge marked
# as the JSON says, directed ones written source -> target.
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "cli"))
import mixed_xml  # noqa: E402
for name, path in (("graphml", "graph-mixed.graphml"), ("gexf", "graph-mixed.gexf")):
    reader = mixed_xml.read_graphml if name == "graphml" else mixed_xml.read_gexf
    g = reader(os.path.join(out, path))
    bad = [(a, b) for a, b, d in g.edges(data=True)
           if d["_marked"] is not link_dir[frozenset((a, b))][0]
           or (d["_marked"] and d["_source"] != link_dir[frozenset((a, b))][1])]
    check(len(g.edges) == len(link_dir) and not bad,
          f"{name} (mixed): edge marks differ from the JSON's on {bad[:3]}")
try:
    nx.read_gexf(os.path.join(out, "graph-mixed.gexf"))
    check(False, "networkx 2.8.8 refuses a mixed GEXF (if it reads it now, say so in export.h)")
except nx.NetworkXError:
    check(True, "networkx refuses a mixed GEXF")

# Neo4j bulk import headers.
NEO_TYPES = {"int", "long", "float", "double", "boolean", "byte", "short", "char",
             "string", "point", "date", "localtime", "time", "localdatetime",
             "datetime", "duration"}


def neo_header_ok(header, required):
    names = []
    for h in header:
        name, _, typ = h.partition(":")
        if h in required or (typ == "ID" and ":ID" in required):
            continue
        if not name or typ.rstrip("[]") not in NEO_TYPES:
            return False, h
        names.append(name)
    if len(names) != len(set(names)):
        return False, "duplicate property"
    return True, None


with open(os.path.join(out, "neo4j", "nodes.csv"), newline="", encoding="utf-8") as f:
    rows = list(csv.reader(f))
header = rows[0]
check(sum(1 for h in header if h.endswith(":ID")) == 1, "neo4j: nodes.csv has one :ID column")
check(":LABEL" in header, "neo4j: nodes.csv has :LABEL")
ok, why = neo_header_ok(header, {":ID", ":LABEL"})
check(ok, f"neo4j: nodes.csv header {why}")
idcol = next(i for i, h in enumerate(header) if h.endswith(":ID"))
ids = [r[idcol] for r in rows[1:]]
check(len(ids) == len(set(ids)) and set(ids) == set(entities), "neo4j: node ids are the entities")
check(all(len(r) == len(header) for r in rows), "neo4j: every node row has the header's width")
with open(os.path.join(out, "neo4j", "relationships.csv"), newline="", encoding="utf-8") as f:
    rows = list(csv.reader(f))
header = rows[0]
check(all(x in header for x in (":START_ID", ":END_ID", ":TYPE")),
      "neo4j: relationships.csv has :START_ID, :END_ID, :TYPE")
ok, why = neo_header_ok(header, {":START_ID", ":END_ID", ":TYPE"})
check(ok, f"neo4j: relationships.csv header {why}")
s, e, t = header.index(":START_ID"), header.index(":END_ID"), header.index(":TYPE")
check(all(r[s] in entities and r[e] in entities and r[t] for r in rows[1:]),
      "neo4j: relationships join known ids and have a type")
check(len(rows) - 1 == len(expected), "neo4j: one relationship per edge")

# GraphFrames
with open(os.path.join(out, "graphframes", "vertices.csv"), newline="", encoding="utf-8") as f:
    rows = list(csv.reader(f))
check(rows[0][0] == "id" and len(rows[0]) == len(set(rows[0])), "graphframes: vertices.csv id column")
check({r[0] for r in rows[1:]} == set(entities), "graphframes: vertex ids are the entities")
with open(os.path.join(out, "graphframes", "edges.csv"), newline="", encoding="utf-8") as f:
    rows = list(csv.reader(f))
check(rows[0][:3] == ["src", "dst", "relationship"] and len(rows[0]) == len(set(rows[0])),
      "graphframes: edges.csv starts with src, dst, relationship")
check({frozenset((r[0], r[1])) for r in rows[1:]} == set(expected), "graphframes: edges")

# DOT
dot = shutil.which("dot")
if dot:
    p = subprocess.run([dot, "-Tsvg", "-o", os.devnull, os.path.join(out, "graph.dot")],
                       capture_output=True, text=True)
    check(p.returncode == 0, f"dot -Tsvg rejects graph.dot: {p.stderr[:300]}")
else:
    print("skip: dot not installed")
try:
    import pygraphviz  # noqa: F401  (networkx reads DOT through it)
    g = nx.nx_agraph.read_dot(os.path.join(out, "graph.dot"))
    check(set(g.nodes) == set(entities), "dot: the nodes read back are the entities")
    check({frozenset((u, v)) for u, v in g.edges()} == set(expected),
          "dot: the edges read back are the expected pairs")
    bad = [n for n, a in g.nodes(data=True)
           if a.get("name") != entities[n]["name"] or a.get("kind") != entities[n]["kind"]]
    check(not bad, f"dot: names or kinds differ for {bad[:5]}")
except ImportError:
    print("skip: pygraphviz not installed")

# Computed results ride along.
with open(os.path.join(out, "actors.json"), encoding="utf-8") as f:
    g = nx.node_link_graph(json.load(f))
check(g.number_of_nodes() > 0 and all("pagerank" in a and "louvain" in a
                                      for _, a in g.nodes(data=True)),
      "actors.json: every node has pagerank and louvain")
check(abs(sum(a["pagerank"] for _, a in g.nodes(data=True)) - 1) < 1e-9,
      "actors.json: pagerank sums to 1")
check(all(isinstance(a["louvain"], int) for _, a in g.nodes(data=True)),
      "actors.json: louvain is an int")
check(all("items" in a and a["n_items"] == len(a["items"].split("|"))
          for _, _, a in g.edges(data=True)), "actors.json: edges list their shared items")

# The picture of examples/draw-network: the same actor projection.
svg = os.path.join(out, "cooperation.svg")
if os.path.exists(svg):
    import xml.etree.ElementTree as ET
    try:
        root = ET.parse(svg).getroot()
        ns = "{http://www.w3.org/2000/svg}"
        groups = [e for e in root.iter(ns + "g")]
        n_nodes = sum(1 for e in groups if e.get("class") == "node")
        n_edges = sum(1 for e in groups if e.get("class") == "edge")
        check(n_nodes == g.number_of_nodes() and n_edges == g.number_of_edges(),
              f"cooperation.svg: {n_nodes} node and {n_edges} edge groups, expected "
              f"{g.number_of_nodes()} and {g.number_of_edges()}")
        texts = "".join(t.text or "" for t in root.iter(ns + "text"))
        check("中国" in texts, "cooperation.svg: Chinese labels")
    except ET.ParseError as e:
        check(False, f"cooperation.svg is not XML: {e}")
else:
    print("skip: no cooperation.svg (libbri built without libgvc)")

print(f"{passed} passed, {failed} failed")
sys.exit(1 if failed else 0)
