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
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
