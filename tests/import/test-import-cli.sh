#!/bin/sh
# tests/import/test-import-cli.sh — `bri import` from the command line, on
# GDELT 2.0 lines and GCDF CSV rows written here in the published layouts:
# the summary table and JSON, usage errors (exit 2), a refused layout
# (exit 1, FILE:LINE:COL on stderr, no output directory), --skip-bad-rows
# with its count and its report on stderr, and an output that validates
# and answers a query together with the bundled data.
set -u
BRI=${BRI:-./tools/bri}
top=$(cd "$(dirname "$0")/../.." && pwd)
BRI_DATA=${BRI_DATA:-$top/data}
export BRI_DATA
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
passed=0 failed=0
check () { # NAME CONDITION...
  name=$1; shift
  if "$@"; then passed=$((passed + 1)); else failed=$((failed + 1)); echo "FAIL: $name" >&2; fi
}
line () { # ID DAY A1 A2 CODE ARTICLES: one GDELT 2.0 line (61 fields)
  awk -v id="$1" -v day="$2" -v a1="$3" -v a2="$4" -v code="$5" -v art="$6" 'BEGIN {
    for (i = 1; i <= 61; i++) f[i] = "";
    f[1] = id; f[2] = day; f[6] = a1; f[8] = a1; f[16] = a2; f[18] = a2;
    f[27] = code; f[32] = 1; f[33] = 1; f[34] = art; f[61] = "https://e.example/" id;
    s = f[1]; for (i = 2; i <= 61; i++) s = s "\t" f[i]; print s }'
}
{ line 1 20240601 CHN KAZ 057 5; line 2 20240601 KAZ CHN 057 2; line 3 20240602 USA RUS 040 1; } > "$tmp/ev.CSV"

"$BRI" import gdelt "$tmp/ev.CSV" -o "$tmp/out" --format csv > "$tmp/stdout" 2> "$tmp/stderr"
check "gdelt exit 0" [ $? -eq 0 ]
check "gdelt summary (CSV lines end in CRLF)" [ "$(tr -d "\r" < "$tmp/stdout")" = "output,rows,relations,merged,entities,filtered,skipped
$tmp/out,3,1,1,0,1,0" ]
check "gdelt relation" grep -q '^signed_agreement,country:CN,country:KZ,2024-06-01,7,gdelt-1,' "$tmp/out/relations.csv"
"$BRI" --data "$BRI_DATA/gazetteer" validate "$tmp/out" > /dev/null 2>&1
check "gdelt output validates" [ $? -eq 0 ]
"$BRI" --data "$BRI_DATA" --data "$tmp/out" --kinds signed_agreement explain 中国 哈萨克斯坦 > "$tmp/explain" 2>&1
check "gdelt output answers a query with the bundled data" grep -q 'gdelt-1' "$tmp/explain"

"$BRI" import gdelt "$tmp/ev.CSV" -o "$tmp/out" > /dev/null 2> "$tmp/stderr"
check "existing output refused" [ $? -eq 1 ]
check "existing output message" grep -q "directory is not empty, expected a new or empty directory" "$tmp/stderr"

"$BRI" import gdelt "$tmp/ev.CSV" > /dev/null 2>&1
check "usage without -o" [ $? -eq 2 ]
"$BRI" import nosuch "$tmp/ev.CSV" -o "$tmp/x" > /dev/null 2>&1
check "usage with an unknown source" [ $? -eq 2 ]

printf '1\t2\n' > "$tmp/short.CSV"
"$BRI" import gdelt "$tmp/short.CSV" -o "$tmp/short" > /dev/null 2> "$tmp/stderr"
check "layout refused" [ $? -eq 1 ]
check "layout message" [ "$(cat "$tmp/stderr")" = "bri: $tmp/short.CSV:1:3: 2 tab-separated fields, expected 61 (GDELT 2.0) or 57/58 (GDELT 1.0)" ]
check "no output after failure" [ ! -e "$tmp/short" ]

h='AidData Record ID,Recommended For Aggregates,Recipient ISO-3,Commitment Year,Title,Flow Type,Flow Class,Sector Name,Funding Agencies,Funding Agencies Type,Amount (Constant USD 2021),Commitment Date (MM/DD/YYYY),Completion Year,Source URLs,Description'
printf '%s\n1,Yes,KHM,2018.0,Bridge,Grant,ODA-like,TRANSPORT,Ministry of Commerce (MOFCOM),Government Agency,2500000.5,2018-03-01,,https://k.example,A bridge.\n2,Yes,KHM,20x8,Road,Grant,ODA-like,TRANSPORT,,,,,,,\n' "$h" > "$tmp/gcdf.csv"
"$BRI" import aiddata "$tmp/gcdf.csv" -o "$tmp/g" > /dev/null 2> "$tmp/stderr"
check "bad row fails" [ $? -eq 1 ]
check "bad row message" [ "$(cat "$tmp/stderr")" = "bri: $tmp/gcdf.csv:3:11: Commitment Year: '20x8', expected a year such as 2021" ]
"$BRI" import aiddata "$tmp/gcdf.csv" -o "$tmp/g" --skip-bad-rows --format json > "$tmp/stdout" 2> "$tmp/stderr"
check "skip exit 0" [ $? -eq 0 ]
check "skip json" grep -q '"skipped" : 1' "$tmp/stdout"
check "skip reported" grep -q "gcdf.csv:3:11: Commitment Year: '20x8'" "$tmp/stderr"
check "financed from MOFCOM" grep -q '^financed,ministry:cn-ministry-of-commerce-mofcom,country:KH,2018-03-01,' "$tmp/g/relations.csv"
check "financed declared" grep -q '^financed,true,' "$tmp/g/kinds.csv"

# The README's question on this one project: examples/development-finance.
ex=${EXAMPLES:-./examples}
"$ex/development-finance" "$BRI_DATA/gazetteer" "$tmp/g" > "$tmp/ex" 2>&1
check "example exit 0" [ $? -eq 0 ]
check "example total" grep -q '^1    Cambodia  *2\.5  TRANSPORT (2\.5)$' "$tmp/ex"
check "example network" grep -q '^financing network: 2 financiers and recipients, 1 links; 1 communities' "$tmp/ex"

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
