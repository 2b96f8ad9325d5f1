#!/usr/bin/env python3
"""examples/summary.py — the smallest Python program over libbri: load one
or more data set directories (exactly those, as the C twin
examples/summary.c does; the bundled data when none is given) and print
what the graph holds.

    python3 examples/summary.py data/gazetteer data/seeds data/bri
"""
import collections
import sys

import bri


def main(argv):
    try:
        graph = bri.load(argv[1:], bundled="none") if argv[1:] else bri.load()
    except bri.DataError as e:        # e.file, e.line, e.column, e.reason
        print(e, file=sys.stderr)
        return 1
    except bri.Error as e:
        print(e, file=sys.stderr)
        return 1
    print("%d entities, %d relations, %d sources"
          % (len(graph), graph.n_relations, len(graph.sources())))
    counts = collections.Counter(r.kind for r in graph.relations())
    for kind in graph.kinds():          # in the graph's order, as the C example
        if counts[kind.name]:
            print("  %-18s %d" % (kind.name, counts[kind.name]))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
