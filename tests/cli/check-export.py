"""tests/cli/check-export.py — reads back what `bri export` wrote in DIR
(out.graphml, out.gexf, out.json, out.dot, out.neo4j/, out.graphframes/,
all of the bundled data with --with centrality=pagerank,community=louvain)
and checks that every format holds the same nodes and edges, that the
nodes are the entities of the data sets' CSV files, and that the computed
attributes rode along. Usage: check-export.py DIR BRI_DATA. Exit 0 when
every check holds; one line per failure otherwise."""
import csv
import json
import os
import sys

import networkx as nx

out, data = sys.argv[1], sys.argv[2]
failures = []


def check(cond, what):
    if not cond:
        failures.append(what)


entities = set()
for part in ("gazetteer", "seeds", "bri"):
    p = os.path.join(data, part, "entities.csv")
    if os.path.exists(p):
        with open(p, encoding="utf-8-sig", newline="") as f:
            entities |= {r["id"] for r in csv.DictReader(f)}


def pairs(g):
    return {frozenset((a, b)) for a, b in g.edges()}


graphs = {}
# The whole bundled graph mixes directed kinds (hosted, freight_corridor)
# with undirected ones (met, signed_agreement): GraphML and GEXF are mixed
# graphs, which networkx 2.8.8 refuses ("directed=true edge found in
# undirected graph"); Python's XML parser reads them (mixed_xml.py), and
# networkx reads the JSON, whose links each say their direction.
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import mixed_xml  # noqa: E402

graphs["graphml"] = mixed_xml.read_graphml(os.path.join(out, "out.graphml"))
graphs["gexf"] = mixed_xml.read_gexf(os.path.join(out, "out.gexf"))
with open(os.path.join(out, "out.json"), encoding="utf-8") as f:
    node_link = json.load(f)
graphs["json"] = nx.node_link_graph(node_link)
check(graphs["graphml"].graph["edgedefault"] == "undirected", "graphml: edgedefault undirected")
check(graphs["gexf"].graph["defaultedgetype"] == "mixed", "gexf: defaultedgetype mixed")
# Each edge's direction: the same in the three files, marked as the edge's
# `directed` attribute says, and a directed edge goes source -> target.
ref_dir = {frozenset((ln["source"], ln["target"])): (ln["directed"], ln["source"])
           for ln in node_link["links"]}
check(any(d for d, _ in ref_dir.values()) and not all(d for d, _ in ref_dir.values()),
      "json: some links directed, some not")
for name in ("graphml", "gexf"):
    bad = [(a, b) for a, b, d in graphs[name].edges(data=True)
           if d["_marked"] != d["directed"]
           or d["directed"] != ref_dir[frozenset((a, b))][0]
           or (d["directed"] and d["_source"] != ref_dir[frozenset((a, b))][1])]
    check(not bad, f"{name}: edge direction differs from the JSON's on {bad[:3]}")
# By hand from data/bri/relations.csv: the WEF hosted its forum (one
# relation between them): a directed edge, host -> forum, in every file.
for name, g in graphs.items():
    d = g.edges["organization:wef", "forum:wef-amnc-15"]
    src = d.get("_source", ref_dir[frozenset(("organization:wef", "forum:wef-amnc-15"))][1])
    check(d["directed"] is True and src == "organization:wef" and d["kinds"] == "hosted",
          f"{name}: the hosted edge is directed organization:wef -> forum:wef-amnc-15 ({d})")

ref = graphs["graphml"]
check(set(ref.nodes()) == entities, "graphml: the nodes are the entities of the CSV files "
      f"({len(ref)} nodes, {len(entities)} entities)")
check(ref.number_of_edges() > 100, f"graphml: {ref.number_of_edges()} edges")
for name, g in graphs.items():
    check(set(g.nodes()) == set(ref.nodes()), f"{name}: same nodes as graphml")
    check(pairs(g) == pairs(ref), f"{name}: same edges as graphml")
    n_pr = sum(1 for _, a in g.nodes(data=True) if "pagerank" in a)
    n_lv = sum(1 for _, a in g.nodes(data=True) if "louvain" in a)
    check(n_pr > 50 and n_lv == n_pr, f"{name}: pagerank on {n_pr} nodes, louvain on {n_lv}")
    kinds = {a.get("kind") for _, a in g.nodes(data=True)}
    check({"country", "province", "city"} <= kinds, f"{name}: node kinds {sorted(map(str, kinds))[:5]}")
    ek = {k for _, _, a in g.edges(data=True) for k in str(a.get("kinds", "")).split("|")}
    check("freight_corridor" in ek and "signed_agreement" in ek, f"{name}: edge kinds {sorted(ek)[:5]}")
    prs = [a["pagerank"] for _, a in g.nodes(data=True) if "pagerank" in a]
    check(abs(sum(float(x) for x in prs) - 1) < 1e-6, f"{name}: pagerank sums to 1")
    check(all(isinstance(a["louvain"], int) for _, a in g.nodes(data=True) if "louvain" in a),
          f"{name}: louvain groups are integers")

# Neo4j: nodes.csv has one :ID and a :LABEL; relationships.csv
# :START_ID, :END_ID, :TYPE; every id a node, every row the header's width.
with open(os.path.join(out, "out.neo4j", "nodes.csv"), encoding="utf-8", newline="") as f:
    rows = list(csv.reader(f))
head = rows[0]
idcol = [i for i, h in enumerate(head) if h.endswith(":ID")]
check(len(idcol) == 1 and ":LABEL" in head, f"neo4j: nodes.csv header {head[:3]}")
ids = {r[idcol[0]] for r in rows[1:]} if idcol else set()
check(ids == set(ref.nodes()), "neo4j: the nodes are graphml's")
check(all(len(r) == len(head) for r in rows), "neo4j: node rows have the header's width")
with open(os.path.join(out, "out.neo4j", "relationships.csv"), encoding="utf-8", newline="") as f:
    rows = list(csv.reader(f))
head = rows[0]
check(head[:3] == [":START_ID", ":END_ID", ":TYPE"], f"neo4j: relationships.csv header {head[:3]}")
check({frozenset(r[:2]) for r in rows[1:]} == pairs(ref), "neo4j: the edges are graphml's")
check(all(r[2] and r[2] == r[2].upper() for r in rows[1:]), "neo4j: :TYPE in upper case")

# GraphFrames: vertices.csv `id`, edges.csv `src,dst,relationship`.
with open(os.path.join(out, "out.graphframes", "vertices.csv"), encoding="utf-8", newline="") as f:
    vs = list(csv.DictReader(f))
check(vs and {v["id"] for v in vs} == set(ref.nodes()), "graphframes: vertices are graphml's nodes")
with open(os.path.join(out, "out.graphframes", "edges.csv"), encoding="utf-8", newline="") as f:
    es = list(csv.DictReader(f))
check(es and {frozenset((e["src"], e["dst"])) for e in es} == pairs(ref),
      "graphframes: edges are graphml's")
check(all(e["relationship"] for e in es), "graphframes: every edge has a relationship")

for f in failures:
    print(f)
sys.exit(1 if failures else 0)
