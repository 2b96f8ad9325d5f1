"""View.explore, View.layout and Timeline.plot: the explorer page and the
timeline chart from Python, checked against the view and the timeline
themselves (the page in a browser is tests/browser/test-explore.sh)."""
import html.parser
import json
import os
import re
import subprocess
import sys
import xml.etree.ElementTree as ET

import pytest

import bri


class _Data(html.parser.HTMLParser):
    def __init__(self):
        super().__init__()
        self.inside = False
        self.text = ""

    def handle_starttag(self, tag, attrs):
        self.inside = tag == "script" and dict(attrs).get("id") == "bri-data"

    def handle_endtag(self, tag):
        self.inside = False

    def handle_data(self, data):
        if self.inside:
            self.text += data


def page_data(path):
    p = _Data()
    p.feed(path.read_text(encoding="utf-8"))
    return json.loads(p.text)


def test_explore_writes_the_view(graph, tmp_path):
    view = graph.view(kinds="signed_agreement,met")
    out = tmp_path / "page.html"
    view.explore(out, size_by="pagerank", color_by="kind", title="签署 & <met>",
                 caption="Data: bundled")
    d = page_data(out)
    assert [n["id"] for n in d["nodes"]] == [e.id for e in view.entities()]
    assert len(d["edges"]) == view.n_edges
    assert d["title"] == "签署 & <met>" and d["caption"] == "Data: bundled"
    assert d["size"] == "pagerank" and d["color"] == "entity kind"
    assert {r[d["relation_columns"].index("kind")] for r in d["relations"]} == {"signed_agreement", "met"}
    assert "<title>签署 &amp; &lt;met&gt;</title>" in out.read_text(encoding="utf-8")


def test_explore_empty_view(graph, tmp_path):
    out = tmp_path / "empty.html"
    graph.view(start="1900", end="1900").explore(out)
    d = page_data(out)
    assert d["nodes"] == [] and d["edges"] == [] and d["months"] == []


def test_explore_bad_arguments(graph, tmp_path):
    view = graph.view()
    with pytest.raises(ValueError):
        view.explore(tmp_path / "x.html", size_by="fame")
    with pytest.raises(ValueError):
        view.explore(tmp_path / "x.html", color_by="size")
    with pytest.raises(bri.FileError):
        view.explore(tmp_path / "no" / "x.html")
    assert not (tmp_path / "x.html").exists()


def test_layout_is_in_the_unit_square_and_seeded(graph):
    view = graph.view(kinds="freight_corridor")
    a, b = view.layout(seed=3), view.layout(seed=3)
    assert a == b
    assert set(a) == {e.id for e in view.entities()}
    xs = [x for x, _ in a.values()]
    ys = [y for _, y in a.values()]
    assert min(xs) >= 0 and max(xs) <= 1 and min(ys) >= 0 and max(ys) <= 1
    assert max(max(xs), max(ys)) == pytest.approx(1.0)


PALETTE = ["1f77b4", "ff7f0e", "2ca02c", "d62728", "9467bd", "8c564b",
           "e377c2", "7f7f7f", "bcbd22", "17becf"]


def test_timeline_plot_bars_are_the_counts(graph, tmp_path):
    tl = graph.timeline(by="quarter", top=0)
    assert isinstance(tl, bri.Timeline) and isinstance(tl[0], bri.Period)
    out = tmp_path / "t.svg"
    tl.plot(out, title="合作 per quarter")
    kinds = sorted(tl[0].kinds)
    rect = re.compile(r"^M ([\d.]+) ([\d.]+) L ([\d.]+) \2 L \3 ([\d.]+) L \1 \4 Z M \1 \2 $")
    bars = {}
    for el in ET.parse(out).getroot().iter():
        m = re.search(r"fill:rgb\(([\d.]+)%,([\d.]+)%,([\d.]+)%\)", el.get("style", ""))
        r = rect.match(el.get("d", ""))
        if m and r:
            c = "".join("%02x" % round(float(v) * 255 / 100) for v in m.groups())
            if c in PALETTE:
                x0, y0, _, y1 = map(float, r.groups())
                bars.setdefault(x0, []).append((kinds[PALETTE.index(c)], y1 - y0))
    want = [[(k, p.kinds[k]) for k in kinds if p.kinds[k]] for p in tl]
    want = [w for w in want if w]
    got = [bars[x] for x in sorted(bars)]
    assert [[k for k, _ in g] for g in got] == [[k for k, _ in w] for w in want]
    # cairo writes coordinates to 1/256 pt: heights agree within 1/128 pt.
    unit = sum(h for g in got for _, h in g) / sum(n for w in want for _, n in w)
    for g, w in zip(got, want):
        for (_, h), (_, n) in zip(g, w):
            assert h == pytest.approx(n * unit, abs=0.02)


def test_timeline_plot_formats_and_errors(graph, tmp_path):
    tl = graph.timeline(by="year", top=0)
    tl.plot(tmp_path / "t.png")
    assert (tmp_path / "t.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    tl.plot(tmp_path / "t.pdf")
    assert (tmp_path / "t.pdf").read_bytes()[:5] == b"%PDF-"
    with pytest.raises(bri.InvalidError, match="unknown chart format"):
        tl.plot(tmp_path / "t.gif")


def test_example_explore_py(tmp_path):
    top = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", ".."))
    out = subprocess.run([sys.executable, os.path.join(top, "examples", "explore.py"),
                          str(tmp_path / "p.html"), str(tmp_path / "t.svg")],
                         capture_output=True, text=True, check=True)
    assert "-> %s" % (tmp_path / "p.html") in out.stdout
    d = page_data(tmp_path / "p.html")
    assert {r[0] for r in d["relations"]} == {"signed_agreement", "met"}
    ET.parse(tmp_path / "t.svg")
