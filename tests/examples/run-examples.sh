#!/bin/sh
# tests/examples/run-examples.sh — run the C examples on the bundled data
# and check what they print against counts read independently from the
# CSV files (with Python's csv module).
data=${BRI_DATA:-data}
ex=${EXAMPLES:-./examples}
passed=0 failed=0
check () { if [ "$1" = "$2" ]; then passed=$((passed + 1)); else
  echo "FAIL: $3: got '$1', expected '$2'"; failed=$((failed + 1)); fi; }

out=$("$ex/summary" "$data/gazetteer" "$data/seeds" "$data/bri") || failed=$((failed + 1))
want=$(/usr/bin/python3 - "$data" <<'PY'
import csv, sys, os
d = sys.argv[1]
def rows(p):
    with open(os.path.join(d, p), newline='', encoding='utf-8') as f:
        return list(csv.DictReader(f))
e = len(rows('gazetteer/entities.csv')) + len(rows('bri/entities.csv'))
r = rows('bri/relations.csv')
print(f"{e} entities, {len(r)} relations, {len(rows('seeds/sources.csv'))} sources")
kinds = ["signed_agreement", "hosted", "attended", "freight_corridor", "met",
         "member_of", "located_in", "launched"]
for k in kinds + sorted({x['kind'] for x in r} - set(kinds)):
    n = sum(1 for x in r if x['kind'] == k)
    if n:
        print(f"  {k:<18} {n}")
PY
)
check "$out" "$want" "examples/summary on the bundled data"

# A bad data set: one line on stderr with file:line:col, exit status 1.
err=$("$ex/summary" "${BRI_TEST_DATA:-tests/data}/csv/invalid/unknown-kind" 2>&1 >/dev/null)
check "$?" "1" "summary exit status on bad data"
case "$err" in *"relations.csv:2:1: unknown relation kind 'signed_agrement', did you mean signed_agreement?") r=ok ;; *) r="$err" ;; esac
check "$r" "ok" "summary error message"
# The cooperation network: China is the first hub; every actor is in one
# community; the Lancang–Mekong countries share one.
out=$("$ex/cooperation-network" "$data/gazetteer" "$data/seeds" "$data/bri") || failed=$((failed + 1))
check "$(echo "$out" | grep -c '^ 1\. country:CN ')" "1" "cooperation-network: China is the first hub"
n_actors=$(echo "$out" | sed -n 's/^cooperation network: \([0-9]*\) actors.*/\1/p')
n_members=$(echo "$out" | grep -E '^ ?[0-9]+:' | sed 's/^ *[0-9]*://' | wc -w)
check "$n_members" "$n_actors" "cooperation-network: communities cover every actor once"
check "$(echo "$out" | grep -E '^ ?[0-9]+:' | grep -c '柬埔寨.*缅甸.*泰国.*越南')" "1" \
  "cooperation-network: the Mekong countries in one community"

# Freight routes: every corridor listed; Xining to Almaty through Khorgos.
out=$("$ex/freight-routes" "$data/gazetteer" "$data/seeds" "$data/bri") || failed=$((failed + 1))
want=$(/usr/bin/python3 -c "import csv,sys; print(sum(1 for r in csv.DictReader(open(sys.argv[1], encoding='utf-8')) if r['kind']=='freight_corridor'))" "$data/bri/relations.csv")
check "$(echo "$out" | grep -c ' -> ' | tr -d ' ')" "$((want + 1))" "freight-routes: corridors + route lines"
check "$(echo "$out" | grep -c '^route 1: city:xining -> city:almaty via port:khorgos$')" "1" "freight-routes: the Xining-Almaty route"
check "$(echo "$out" | grep -c '經霍爾果斯口岸出境')" "1" "freight-routes: the route cites its evidence"

# Month by month: MIIT leads June 2024 with its distinct partners that month,
# counted here from the CSV (relations whose date or span touches June 2024).
out=$("$ex/monthly-actors" "$data/gazetteer" "$data/seeds" "$data/bri") || failed=$((failed + 1))
miit=$(/usr/bin/python3 - "$data/bri/relations.csv" <<'PY'
import csv, sys
def span(d, e):
    e = e or d
    lo = d + "-01-01"[len(d) - 4:] if len(d) < 10 else d
    hi = (e + "-12-31"[len(e) - 4:]) if len(e) == 4 else (e + "-31" if len(e) == 7 else e)
    return lo, hi
n = set()
for r in csv.DictReader(open(sys.argv[1], encoding="utf-8")):
    if not r["date"]:
        continue
    lo, hi = span(r["date"], r["end_date"])
    if lo <= "2024-06-30" and hi >= "2024-06-01":
        for a, b in ((r["from"], r["to"]), (r["to"], r["from"])):
            if a == "ministry:cn-miit":
                n.add(b)
print(len(n))
PY
)
check "$(echo "$out" | grep -c "^2024-06 .*top: ministry:cn-miit ($miit)")" "1" "monthly-actors: MIIT leads June 2024 with $miit partners"
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
