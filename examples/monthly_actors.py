#!/usr/bin/env python3
"""examples/monthly_actors.py — how the top actors change month by month:
relations, active entities and the three entities of highest degree in each
month from June 2024 to September 2025 that a bulletin covers. The Python
twin of examples/monthly-actors.c (same output).

    python3 examples/monthly_actors.py
"""
import sys

import bri


def main(argv):
    graph = bri.load()
    for p in graph.timeline(by="month", measure="degree", top=3,
                            start="2024-06", end="2025-09"):
        if not p.n_relations:
            continue                     # months no bulletin covers
        top = "".join(" %s (%g)" % (e.id, score) for e, score in p.top)
        print("%s  %3d relations  %3d active  top:%s" % (p.label, p.n_relations,
                                                         p.n_active, top))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
