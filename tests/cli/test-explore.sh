#!/bin/sh
# tests/cli/test-explore.sh — `bri explore` and `bri timeline --chart` from
# the command line: the page's inline data against the library's export,
# the chart's bars against `bri timeline --format csv` (the SVG parsed back
# with Python's XML parser, the PNG's and PDF's headers read), and the
# errors. The page in a browser is tests/browser/test-explore.sh.
# Environment: BRI (default ./tools/bri), BRI_DATA. The last line is
# `N passed, M failed`.
cli_valgrind=1
. "$(dirname "$0")/lib.sh"
# py NAME SCRIPT ARGS...: passes when SCRIPT exits 0.
py () {
  name=$1; script=$2; shift 2
  if "$PY" -c "$script" "$@" >"$tmp/pyout" 2>&1; then pass "$name"
  else flunk "$name"; sed 's/^/#   /' "$tmp/pyout" | tail -6; fi
}
error_line () {
  if [ ! -s "$tmp/out" ] && [ "$(wc -l <"$tmp/err")" -eq 1 ] && grep -q "^bri: .*$2" "$tmp/err"; then
    pass "$1"
  else flunk "$1: expected one 'bri: …$2…' line on stderr"; fi
}

# ---------------------------------------------------------------- explore
# The page's data element, read back: the same entities and edges as the
# library's own export of the same view, and no raw `<` inside it.
PAGEDATA='
import html.parser, json, sys
class P(html.parser.HTMLParser):
    def __init__(s):
        super().__init__(); s.inside = False; s.data = None; s.scripts = 0
    def handle_starttag(s, tag, attrs):
        if tag == "script":
            s.scripts += 1
            s.inside = dict(attrs).get("id") == "bri-data"
    def handle_endtag(s, tag): s.inside = False
    def handle_data(s, d):
        if s.inside: s.data = (s.data or "") + d
def page(path):
    p = P(); text = open(path, encoding="utf-8").read(); p.feed(text)
    return p, json.loads(p.data), text
'
for args in "" "--kinds signed_agreement,met --from 2023-06" "--project actors --color-by kind --size-by pagerank" "--rollup country"; do
  run explore -o "$tmp/p.html" $args
  expect_rc "explore $args exits 0" 0
  run export --format json -o "$tmp/p.json" $args
  py "explore $args: the page holds the view's entities, edges and relations" "$PAGEDATA"'
p, d, text = page(sys.argv[1])
g = json.load(open(sys.argv[2]))
ends = {l["source"] for l in g["links"]} | {l["target"] for l in g["links"]}
assert {n["id"] for n in d["nodes"]} == ends, "entities differ"
assert len(d["edges"]) == len(g["links"]), (len(d["edges"]), len(g["links"]))
ids = [n["id"] for n in d["nodes"]]
want = sorted(tuple(sorted((l["source"], l["target"]))) + (l["n_relations"],) for l in g["links"])
got = sorted(tuple(sorted((ids[e["s"]], ids[e["t"]]))) + (len(e["r"]),) for e in d["edges"])
assert got == want, "edges or their relations differ"
assert all(0 <= n["x"] <= 1 and 0 <= n["y"] <= 1 for n in d["nodes"]), "positions outside the unit square"
assert all(0 <= n["score"] <= 1 for n in d["nodes"])
assert "<" not in p.data, "a raw < in the data"
assert p.scripts == 4, p.scripts
assert "http://" not in text.split("bri-data")[0] and "<link" not in text, "the page refers outside itself"
' "$tmp/p.html" "$tmp/p.json"
done
run explore -o "$tmp/p.html" --color-by kind
py "explore --color-by kind: groups are the kinds, most frequent first" "$PAGEDATA"'
p, d, text = page(sys.argv[1])
from collections import Counter
c = Counter(n["kind"] for n in d["nodes"])
assert d["groups"] == sorted(c, key=lambda k: (-c[k], k)), d["groups"]
assert all(d["groups"][n["group"]] == n["kind"] for n in d["nodes"])
assert d["color"] == "entity kind" and d["size"] == "degree"
' "$tmp/p.html"
run explore -o "$tmp/same.html" --color-by kind
if cmp -s "$tmp/p.html" "$tmp/same.html"; then pass "the same view and seed give the same page"; else flunk "the same view and seed give the same page"; fi

run explore
expect_rc "explore without -o is a usage error" 2
run explore -o "$tmp/x.html" --color-by size
expect_rc "explore --color-by size exits 1" 1
error_line "explore --color-by size names the value" "'size'"
run explore -o "$tmp/no/such/dir/x.html"
expect_rc "explore into a missing directory exits 1" 1
error_line "the error names the path" "$tmp/no/such/dir"
echo keep >"$tmp/kept.html"
chmod 555 "$tmp"
run explore -o "$tmp/kept.html" --kinds no_such_kind
chmod 755 "$tmp"
expect_rc "explore with an unknown kind exits 1" 1
if [ "$(cat "$tmp/kept.html")" = keep ]; then pass "a failed explore leaves the old file as it was"; else flunk "a failed explore leaves the old file as it was"; fi
if [ -z "$(find "$tmp" -name '*.tmp*' -o -name '.kept*')" ]; then pass "and no temporary file"; else flunk "and no temporary file"; fi

# ---------------------------------------------------------------- chart
# The bars parsed back from the SVG: one rectangle per non-empty (period,
# kind), in palette colour k for the k-th kind column of the CSV, stacked
# bottom up, one height per relation, periods left to right at one step.
CHART='
import csv, re, sys, xml.etree.ElementTree as ET
PALETTE = ["1f77b4", "ff7f0e", "2ca02c", "d62728", "9467bd", "8c564b", "e377c2", "7f7f7f", "bcbd22", "17becf"]
rows = list(csv.reader(open(sys.argv[2])))
head, rows = rows[0], rows[1:]
first = head.index("active") + 1   # the kind columns follow period, relations, coarse, active
kinds = head[first:]
root = ET.parse(sys.argv[1]).getroot()
assert root.tag.endswith("svg"), root.tag
def hexrgb(m): return "".join("%02x" % round(float(v) * 255 / 100) for v in m.groups())
rect = re.compile(r"^M ([\d.]+) ([\d.]+) L ([\d.]+) \2 L \3 ([\d.]+) L \1 \4 Z M \1 \2 $")
bars = {}
for el in root.iter():
    if not el.tag.endswith("path"): continue
    m = re.search(r"fill:rgb\(([\d.]+)%,([\d.]+)%,([\d.]+)%\)", el.get("style", ""))
    r = rect.match(el.get("d", ""))
    if not m or not r: continue
    colour = hexrgb(m)
    if colour not in PALETTE: continue
    x0, y0, x1, y1 = map(float, r.groups())
    bars.setdefault(x0, []).append((PALETTE.index(colour), y0, y1))
want = [(i, [(k, int(c)) for k, c in enumerate(row[first:]) if int(c)]) for i, row in enumerate(rows)]
want = [w for w in want if w[1]]
xs = sorted(bars)
assert len(xs) == len(want), ("bars", len(xs), "non-empty periods", len(want))
# One height per relation: cairo writes coordinates to 1/256 pt, so the
# height of a segment is within 1/128 pt of its count times the unit.
unit = sum(y1 - y0 for g in bars.values() for _, y0, y1 in g) / max(1, sum(n for _, s in want for _, n in s))
for x, (period, segs) in zip(xs, want):
    got = bars[x]
    assert [k for k, _, _ in got] == [k for k, _ in segs], (rows[period][0], got, segs)
    for (k, y0, y1), (_, n) in zip(got, segs):
        assert abs((y1 - y0) - n * unit) < 0.02, ("height", rows[period][0], kinds[k], y1 - y0, n * unit)
    for a, b in zip(got, got[1:]):
        assert abs(a[1] - b[2]) < 0.01, "segments not stacked"
    assert int(rows[period][1]) <= sum(n for _, n in segs)
if len(want) > 1:
    step = (xs[1] - xs[0]) / (want[1][0] - want[0][0])
    for x, (period, _) in zip(xs, want):
        assert abs((x - xs[0]) - step * (period - want[0][0])) < 0.01, "periods not evenly placed"
print(len(xs), "bars")
'
for args in "" "--by quarter" "--by year --kinds signed_agreement,met,attended" "--from 2024 --rollup country"; do
  run timeline --format csv $args
  cp "$tmp/out" "$tmp/tl.csv"
  run timeline --chart "$tmp/tl.svg" $args
  expect_rc "timeline --chart tl.svg $args exits 0" 0
  py "timeline --chart $args: the SVG's bars are the CSV's counts" "$CHART" "$tmp/tl.svg" "$tmp/tl.csv"
done
run timeline --chart "$tmp/tl.png" --title "一带一路 合作"
expect_rc "timeline --chart tl.png exits 0" 0
py "the PNG is a 960×540 PNG" '
import struct, sys, zlib
b = open(sys.argv[1], "rb").read()
assert b[:8] == b"\x89PNG\r\n\x1a\n"
w, h = struct.unpack(">II", b[16:24])
assert (w, h) == (960, 540), (w, h)
assert b"IEND" in b[-12:]
' "$tmp/tl.png"
run timeline --chart "$tmp/tl.pdf" --by year
expect_rc "timeline --chart tl.pdf exits 0" 0
py "the PDF is a whole PDF" '
import sys
b = open(sys.argv[1], "rb").read()
assert b.startswith(b"%PDF-1.") and b.rstrip().endswith(b"%%EOF"), b[:10]
' "$tmp/tl.pdf"
run timeline --chart "$tmp/tl.gif"
expect_rc "timeline --chart tl.gif exits 1" 1
error_line "an unknown chart format is named" "unknown chart format"
run timeline --chart "$tmp/empty.svg" --from 1900 --to 1900
expect_rc "an empty timeline still gives a chart" 0
run timeline --format csv --from 1900 --to 1900
cp "$tmp/out" "$tmp/empty.csv"
py "the empty chart parses and has no bar" "$CHART" "$tmp/empty.svg" "$tmp/empty.csv"

# ---------------------------------------------------------------- examples
# The C example (built by make check) writes a page and a chart.
EXAMPLES=${EXAMPLES:-$(pwd)/examples}
if "$EXAMPLES/explore-network" "$tmp/ex.html" "$tmp/ex.svg" >"$tmp/out" 2>"$tmp/err" &&
   grep -q "136 entities, 148 edges" "$tmp/out" && grep -q 'id="bri-data"' "$tmp/ex.html" &&
   "$PY" -c 'import sys, xml.etree.ElementTree as E; E.parse(sys.argv[1])' "$tmp/ex.svg"; then
  pass "examples/explore-network writes the page and the chart"
else flunk "examples/explore-network writes the page and the chart"; fi

finish
