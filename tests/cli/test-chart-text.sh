#!/bin/sh
# tests/cli/test-chart-text.sh — what the timeline chart says in words, read
# back from its PDF with poppler's pdftotext (cairo's SVG draws text as
# glyph outlines, so only a PDF gives the text back): title, caption, axis
# titles, legend; and the relations dated more coarsely than the period,
# which are in no bar: the note gives their number, and a grey mark stands
# above each period holding some (counted in the SVG against the CSV's
# `coarse` column). Environment: BRI (default ./tools/bri), PYTHON. The
# last line is `N passed, M failed`.
. "$(dirname "$0")/lib.sh"
command -v pdftotext >/dev/null 2>&1 || {
  echo "FAIL - pdftotext (Debian's poppler-utils) is missing: run .ci/install-deps.sh"; exit 1; }
# run_d ARGS...: run, on the test's own data set only.
run_d () { run --no-bundled --data "$tmp/d" "$@"; }
# has NAME TEXT: passes when the chart's text (one line per text run)
# holds TEXT as a whole line.
has () { if grep -qxF -- "$2" "$tmp/text"; then pass "$1"; else flunk "$1: no line '$2'"; sed 's/^/#   /' "$tmp/text" | head -30; fi; }

# Four people; a–b met on a day, b–c over a span of months, a–c and c–d in
# a year only, d–e in 2025-03 (a month: precise for months, not coarse).
mkdir -p "$tmp/d"
cat >"$tmp/d/entities.csv" <<'CSV'
id,kind,name,name_zh,aliases,code,parent
a,person,Alpha,甲,,,
b,person,Beta,乙,,,
c,person,Gamma,丙,,,
d,person,Delta,丁,,,
e,person,Epsilon,戊,,,
CSV
cat >"$tmp/d/relations.csv" <<'CSV'
kind,from,to,date,end_date,source,evidence,confidence
met,a,b,2024-01-15,,s,a met b,1
met,b,c,2024-02,2024-03,s,b met c,1
met,a,c,2024,,s,a met c,1
met,c,d,2024,,s,c met d,1
met,d,e,2025-03,,s,d met e,1
CSV
cat >"$tmp/d/sources.csv" <<'CSV'
id,title,url,publisher,date
s,Test source,,,2025-04-01
CSV
run_d validate "$tmp/d"
[ "$rc" = 0 ] || { echo "FAIL - the test data set does not validate"; cat "$tmp/err"; exit 1; }

run_d timeline --chart "$tmp/m.pdf" --title "一带一路 合作"
if [ "$rc" = 0 ] && pdftotext -raw "$tmp/m.pdf" "$tmp/text" 2>"$tmp/err"; then
  pass "the month chart is a PDF pdftotext reads"
else flunk "the month chart is a PDF pdftotext reads (exit $rc)"; fi
has "the title, in CJK, is the first line" "一带一路 合作"
[ "$(head -1 "$tmp/text")" = "一带一路 合作" ] && pass "the title comes first" || flunk "the title comes first"
has "the caption says what data and filters made it" "Data: no bundled data, $tmp/d. Filters: none (every relation)."
has "the left axis is titled" "relations"
has "the x axis is titled by the period" "month"
has "the legend names the kind" "met"
has "the note counts the two year-only relations once each" \
  "Not in the bars: 2 relations dated more coarsely than a month (grey marks: the months they fall in)"

run_d timeline --chart "$tmp/y.pdf" --by year
pdftotext -raw "$tmp/y.pdf" "$tmp/text"
if grep -q "Not in the bars" "$tmp/text"; then flunk "by year, nothing is coarse and no note is written"
else pass "by year, nothing is coarse and no note is written"; fi
has "the x axis is titled year" "year"

run_d timeline --chart "$tmp/one.pdf" --to 2024-06
pdftotext -raw "$tmp/one.pdf" "$tmp/text"
has "a window ending in June still holds both" \
  "Not in the bars: 2 relations dated more coarsely than a month (grey marks: the months they fall in)"
run_d timeline --chart "$tmp/q.pdf" --by quarter --involving d
pdftotext -raw "$tmp/q.pdf" "$tmp/text"
has "one coarse relation (c–d) in quarters, in the singular" \
  "Not in the bars: 1 relation dated more coarsely than a quarter (grey marks: the quarters it falls in)"

# The marks, in the SVG: a grey (#a0a0a0) triangle above each period whose
# `coarse` count in `bri timeline --format csv` is not 0, in period order.
MARKS='
import csv, re, sys, xml.etree.ElementTree as ET
rows = list(csv.reader(open(sys.argv[2])))[1:]
want = [i for i, r in enumerate(rows) if int(r[2])]
tri = re.compile(r"^M ([\d.]+) ([\d.]+) L ([\d.]+) \2 L ([\d.]+) ([\d.]+) Z M \1 \2 $")
xs = []
for el in ET.parse(sys.argv[1]).getroot().iter():
    if el.tag.endswith("path") and "fill:rgb(62.7" in el.get("style", ""):
        m = tri.match(el.get("d", ""))
        assert m, el.get("d")
        xs.append(float(m.group(4)))
assert len(xs) == len(want), ("marks", len(xs), "periods with coarse relations", want)
if len(xs) > 1:
    # cairo writes coordinates to 1/256 pt: one step from the end marks.
    step = (xs[-1] - xs[0]) / (want[-1] - want[0])
    for x, i in zip(xs, want):
        assert abs(x - xs[0] - step * (i - want[0])) < 0.02, (x, i)
print(len(xs), "marks")
'
for args in "" "--to 2024-06" "--by quarter" "--by year"; do
  run_d timeline --format csv $args
  cp "$tmp/out" "$tmp/tl.csv"
  run_d timeline --chart "$tmp/tl.svg" $args
  if "$PY" -c "$MARKS" "$tmp/tl.svg" "$tmp/tl.csv" >"$tmp/pyout" 2>&1; then
    pass "timeline --chart $args: a mark above each period with coarse relations ($(cat "$tmp/pyout"))"
  else flunk "timeline --chart $args: marks"; sed 's/^/#   /' "$tmp/pyout" | tail -4; fi
done

finish
