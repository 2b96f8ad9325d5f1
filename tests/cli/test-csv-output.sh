#!/bin/sh
# tests/cli/test-csv-output.sh — every CSV bri writes follows the library's
# one rule (bri_csv_format_row(), libbri/io/csv-writer.h): a field is quoted
# when it holds a comma, a double quote, CR or LF; spaces at its ends are
# kept unquoted; stdout rows end in CRLF, files in LF. Checked byte for byte
# on a hand-made data set through `find --format csv` and `export --format
# csv`.
# Environment: BRI (the binary, default ./tools/bri). The last line is
# `N passed, M failed`.
. "$(dirname "$0")/lib.sh"
# same NAME FILE EXPECTED: FILE's bytes are EXPECTED's (printf escapes).
same () {
  printf "$3" >"$tmp/want"
  if cmp -s "$2" "$tmp/want"; then pass "$1"
  else flunk "$1"; od -c "$2" | head -8 | sed 's/^/#   got:  /'; od -c "$tmp/want" | head -8 | sed 's/^/#   want: /'; fi
}

mkdir "$tmp/ds"
cat >"$tmp/ds/entities.csv" <<'CSV'
id,kind,name,name_zh
city:q,city,"Quote ""Q"", City",引号市
city:s,city," Spaced ",空格市
CSV
cat >"$tmp/ds/relations.csv" <<'CSV'
kind,from,to,date,title
met,city:q,city:s,2024-05,"a, ""b"""
CSV

run --no-bundled --data "$tmp/ds" find 引号市 --format csv
if [ "$rc" = 0 ]; then pass "find --format csv exits 0"; else flunk "find --format csv (exit $rc)"; fi
# The header, then the entity: its name quoted (comma and quotes), CRLF.
row=$(sed -n 2p "$tmp/out")
case $row in
  *'"Quote ""Q"", City"'*) pass "find: a name with a comma and quotes is quoted, quotes doubled" ;;
  *) flunk "find: quoted name (got: $row)" ;;
esac
if [ "$(tr -cd '\r' <"$tmp/out" | wc -c)" = "$(wc -l <"$tmp/out")" ]; then
  pass "find: every stdout row ends in CRLF"
else flunk "find: CRLF row ends"; fi

run --no-bundled --data "$tmp/ds" find 空格市 --format csv
row=$(sed -n 2p "$tmp/out" | tr -d '\r')
case $row in
  *', Spaced ,'*) pass "find: spaces at a field's ends are kept, unquoted" ;;
  *) flunk "find: spaced name unquoted (got: $row)" ;;
esac

run --no-bundled --data "$tmp/ds" export --format csv -o "$tmp/sheet"
if [ "$rc" = 0 ]; then pass "export --format csv exits 0"; else flunk "export --format csv (exit $rc)"; fi
# By hand: quoted where a comma or quote is, the spaced name bare, LF ends
# (the label column repeats the name).
same "export: nodes.csv byte for byte" "$tmp/sheet/nodes.csv" \
'id,kind,name,name_zh,code,parent,aliases,label\ncity:q,city,"Quote ""Q"", City",引号市,,,,"Quote ""Q"", City"\ncity:s,city, Spaced ,空格市,,,, Spaced \n'
if grep -qF ',"a, ""b""",' "$tmp/sheet/edges.csv"; then
  pass "export: edges.csv quotes the title"
else flunk "export: edges.csv title"; sed 's/^/#   /' "$tmp/sheet/edges.csv"; fi
if ls -A "$tmp/sheet" | grep -q '^\.'; then flunk "export: a temporary file was left"; else pass "export: no temporary file left"; fi

finish
