#!/bin/sh
# tests/import/run-shared.sh — runs both importers over the real published
# rows in ../shared/importers (relative to the repository root) when they are
# present: GCDF 3.0 CSV (97 projects), GDELT 2.0 (500 lines) and GDELT 1.0
# (710 lines). Each output must validate and load with the bundled data.
# Says so and exits 0 when the rows are absent. Usage (from the build tree):
#   sh tests/import/run-shared.sh [BRI]   (BRI defaults to ./tools/bri)
set -eu
root=$(cd "$(dirname "$0")/../.." && pwd)
shared=${BRI_SHARED_IMPORTERS:-$root/../shared/importers}
bri=${1:-./tools/bri}
if [ ! -d "$shared" ]; then
  echo "run-shared.sh: $shared is absent: nothing to import, skipped"
  exit 0
fi
out=$(mktemp -d "${TMPDIR:-/tmp}/bri-import-XXXXXX")
trap 'rm -rf "$out"' EXIT
base="--data $root/data/gazetteer --data $root/data/seeds --data $root/data/bri"

run () {
  echo "+ bri $*"
  "$bri" "$@"
}

run import aiddata "$shared/gcdf/sample.csv" -o "$out/gcdf"
run import aiddata --keep-non-aggregates "$shared/gcdf/sample.csv" -o "$out/gcdf-all"
run import gdelt "$shared/gdelt/sample.export.CSV" -o "$out/gdelt2"
run import gdelt --gdelt-version 1 "$shared/gdelt/v1_sample.export.CSV" -o "$out/gdelt1"
run import gdelt --cameo 03,04,05,06 "$shared/gdelt/sample.export.CSV" \
  "$shared/gdelt/v1_sample.export.CSV" -o "$out/gdelt-both"
# A 2.0 reader refuses 1.0 lines with the line, column and the count expected.
if "$bri" import gdelt --gdelt-version 2 "$shared/gdelt/v1_sample.export.CSV" \
     -o "$out/refused" 2>"$out/refused.err"; then
  echo "run-shared.sh: GDELT 1.0 rows were accepted as 2.0" >&2
  exit 1
fi
grep -q 'v1_sample.export.CSV:1:[0-9]*: 5[78] tab-separated fields, expected 61 (GDELT 2.0)' \
  "$out/refused.err" || { cat "$out/refused.err" >&2; exit 1; }
[ ! -e "$out/refused" ] || { echo "run-shared.sh: a failed import left $out/refused" >&2; exit 1; }

for d in gcdf gcdf-all gdelt2 gdelt1 gdelt-both; do
  run $base validate "$out/$d"
done
# All of them at once on top of the bundled data: every query works.
all="$base --data $out/gcdf-all --data $out/gdelt-both"
run $all info >/dev/null
run $all centrality -n 5
run $all --kinds financed --weighted centrality -n 3
echo "run-shared.sh: every real row imported, validated and loaded"
