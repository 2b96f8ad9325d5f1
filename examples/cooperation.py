#!/usr/bin/env python3
"""examples/cooperation.py — hubs, a path with its evidence, and groups of
close cooperation in the bundled Belt and Road graph.

    python3 examples/cooperation.py [FROM TO]      (default: Laos Kazakhstan)
"""
import sys

import bri


def main(argv):
    a, b = (argv[1], argv[2]) if len(argv) > 2 else ("老撾", "Kazakhstan")
    graph = bri.load()
    view = graph.view()                  # every relation kind, merged edges
    print("%d entities and %d edges in the view" % (len(view), view.n_edges))

    print("\nHubs (betweenness, shortest paths counted once per pair):")
    for entity, score in view.ranking("betweenness", top=5):
        print("  %-28s %8.1f" % (entity.id, score))

    try:
        path = view.shortest_path(a, b)
    except bri.NameLookupError as e:     # unknown or ambiguous name, no path
        print("\n%s" % e, file=sys.stderr)
        return 1
    print("\nFrom %s to %s in %d hops:" % (path.entities[0].name, path.entities[-1].name,
                                          len(path)))
    for hop in path.hops:
        rel = hop.relations[0]
        print("  %s -> %s: %s %s [%s]" % (hop.source.id, hop.target.id, rel.kind,
                                          rel.date or "undated", rel.source or "no source"))

    actors = graph.view(project="actors", weighting="newman")
    part = actors.communities("louvain", seed=1, weights="raw")
    print("\nActor communities (Louvain, modularity %.3f):" % part.modularity)
    for group in part.groups[:3]:
        print("  %d actors: %s" % (len(group), ", ".join(sorted(group)[:6])
                                   + (", …" if len(group) > 6 else "")))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
