#!/usr/bin/python3
"""examples/explore.py — the pictures people share, from Python: the
explorer page of the signed agreements and meetings since 2023 and the
chart of relations per quarter.

    python3 examples/explore.py PAGE.html CHART.svg
"""
import sys

import bri


def main(page, chart):
    g = bri.load()
    view = g.view(kinds="signed_agreement,met", start="2023")
    view.explore(page, size_by="pagerank", color_by="kind",
                 title="Agreements and meetings since 2023",
                 caption="Data: the bundled data set. Filters: --kinds signed_agreement,met --from 2023.")
    tl = g.timeline(by="quarter", top=0)
    tl.plot(chart, title="Relations per quarter")
    print("%d entities, %d edges -> %s; %d quarters -> %s"
          % (len(view), view.n_edges, page, len(tl), chart))


if __name__ == "__main__":
    main(*sys.argv[1:3])
