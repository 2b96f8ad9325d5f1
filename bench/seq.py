#!/usr/bin/python3
"""bench/seq.py — bench/seq.c's sequence through the Python binding:

    seq.py DIR FROM_ID TO_ID

bri.load(DIR); the default view; centrality("pagerank", weights="raw") (a
dict of every entity's score); communities("louvain", seed=42,
weights="raw") and components() (Partitions: every entity's group); one
shortest_path(g[FROM_ID], g[TO_ID], weights="raw"). Prints the same `key value`
lines as bri-seq, timed from the start of the interpreter's work (the
import of bri included) with time.process_time() and time.monotonic()."""
import sys
import time

c_start = c_step = time.process_time()
t_start = t_step = time.monotonic()


def step(name):
    global c_step, t_step
    c, t = time.process_time(), time.monotonic()
    print("%s_cpu_s %.6f\n%s_s %.6f" % (name, c - c_step, name, t - t_step))
    c_step, t_step = c, t


import bri  # noqa: E402  (timed: importing the binding is part of the cost)

step("import")
data, a, b = sys.argv[1:4]
g = bri.load(data, bundled="none")
step("load")
v = g.view()
step("view")
print("vertices %d\nedges %d" % (len(v), v.n_edges))
pr = v.centrality("pagerank", weights="raw")
step("pagerank")
print("pagerank_sum %.6f" % sum(pr.values()))
lv = v.communities("louvain", seed=42, weights="raw")
step("louvain")
print("louvain_groups %d\nmodularity %.6f" % (len(lv), lv.modularity))
cc = v.components()
step("components")
print("components %d\nlargest_component %d" % (len(cc), len(cc[0])))
try:
    # g[id] is bri_graph_lookup_entity, as in bri-seq; a plain string would
    # go through bri_graph_resolve, which builds the name index on first
    # use (OpenCC over every name: 0.7 s on M, once per graph).
    hops = len(v.shortest_path(g[a], g[b], weights="raw").hops)
except bri.NotFoundError:
    hops = -1
step("dijkstra")
print("path_hops %d" % hops)
del pr, lv, cc, v, g
step("free")
print("total_cpu_s %.6f\ntotal_s %.6f" % (time.process_time() - c_start,
                                          time.monotonic() - t_start))
