#!/usr/bin/python3
"""bench/seq_nx.py — bench/seq.c's sequence with networkx, what a Python
user would write without libbri:

    seq_nx.py DIR FROM_ID TO_ID

Reads DIR/relations.csv with the csv module and builds the same graph as
libbri's default view: undirected, one edge per pair of entities with a
relation, weight = the number of relations (entities without relations are
not vertices). Then nx.pagerank (weight), louvain_communities (weight,
seed 42) and their modularity (libbri returns it with the partition),
connected_components, dijkstra_path (weight as length). Prints the same
`key value` lines as bri-seq."""
import csv
import sys
import time

c_start = c_step = time.process_time()
t_start = t_step = time.monotonic()


def step(name):
    global c_step, t_step
    c, t = time.process_time(), time.monotonic()
    print("%s_cpu_s %.6f\n%s_s %.6f" % (name, c - c_step, name, t - t_step))
    c_step, t_step = c, t


import networkx as nx  # noqa: E402

step("import")
data, a, b = sys.argv[1:4]
weights = {}
with open(data + "/relations.csv", newline="", encoding="utf-8") as f:
    rows = csv.reader(f)
    header = next(rows)
    i_from, i_to = header.index("from"), header.index("to")
    for row in rows:
        u, w = row[i_from], row[i_to]
        key = (u, w) if u <= w else (w, u)
        weights[key] = weights.get(key, 0) + 1
G = nx.Graph()
G.add_weighted_edges_from((u, w, c) for (u, w), c in weights.items())
del weights
step("load")
step("view")
print("vertices %d\nedges %d" % (G.number_of_nodes(), G.number_of_edges()))
pr = nx.pagerank(G, weight="weight")
step("pagerank")
print("pagerank_sum %.6f" % sum(pr.values()))
lv = nx.community.louvain_communities(G, weight="weight", seed=42)
q = nx.community.modularity(G, lv, weight="weight")
step("louvain")
print("louvain_groups %d\nmodularity %.6f" % (len(lv), q))
cc = sorted(nx.connected_components(G), key=len, reverse=True)
step("components")
print("components %d\nlargest_component %d" % (len(cc), len(cc[0])))
try:
    hops = len(nx.dijkstra_path(G, a, b, weight="weight")) - 1
except (nx.NetworkXNoPath, nx.NodeNotFound):
    hops = -1
step("dijkstra")
print("path_hops %d" % hops)
del pr, lv, cc, G
step("free")
print("total_cpu_s %.6f\ntotal_s %.6f" % (time.process_time() - c_start,
                                          time.monotonic() - t_start))
