#!/usr/bin/env python3
"""examples/freight_routes.py — freight corridors and the border ports they
pass, and the route between two places (Xining and Almaty by default).
The Python twin of examples/freight-routes.c: the route lines are the same.

    python3 examples/freight_routes.py [FROM TO]
"""
import collections
import sys

import bri


def main(argv):
    a, b = (argv[1], argv[2]) if len(argv) > 2 else ("西宁", "Almaty")
    graph = bri.load()
    corridors = list(graph.relations(kind="freight_corridor"))
    print("freight corridors:")
    through = collections.Counter()
    for r in corridors:
        via = " via %s" % r.via.name if r.via else ""
        print("  %-10s %s -> %s%s" % (r.date or "", r.from_entity.name, r.to_entity.name, via))
        if r.via:
            through[r.via.id] += 1
    print("ports and hubs passed:")
    for port, n in sorted(through.items()):
        print("  %-40s %d" % (port, n))

    view = graph.view(kinds=["freight_corridor"])
    try:
        routes = view.routes(a, b)
    except bri.Error as e:             # unknown name, no corridor, no route
        print(e, file=sys.stderr)
        return 1
    for i, path in enumerate(routes, 1):
        vias = " via " + ", ".join(v.id for v in path.vias) if path.vias else ""
        print("route %d: %s%s" % (i, " -> ".join(path.ids), vias))
        for hop in path.hops:            # each hop is backed by sourced relations
            print("  [%s] %s" % (hop.relations[0].source, hop.relations[0].evidence))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
