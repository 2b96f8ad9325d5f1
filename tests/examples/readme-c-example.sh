#!/bin/sh
# tests/examples/readme-c-example.sh — the README's C example, as a user
# meets it: the ```c block under "## The C API" in README.md is compiled
# with `cc prog.c $(pkg-config --cflags --libs libbri)` against the
# installed library and run from an empty directory (not the source tree),
# without BRI_DATA. It must print the evidence sentence of the bundled
# Xining → Almaty corridor (read independently from the installed CSV) and
# exit 0; the same program asked for a misspelt name must exit 1 with the
# lookup's one-line error and no GLib critical (one error at a time).
# Environment: README (default: the one beside this script), CC (cc),
# PKG_CONFIG (pkg-config; PKG_CONFIG_PATH as usual), BRI_DATA_FOR_TEST
# (the installed data, when installed under DESTDIR and so not where the
# library looks), PYTHON (/usr/bin/python3).
set -eu
here=$(cd "$(dirname "$0")" && pwd)
readme=${README:-$here/../../README.md}
cc=${CC:-cc}
pkgconfig=${PKG_CONFIG:-pkg-config}
py=${PYTHON:-/usr/bin/python3}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

awk '/^## The C API/ { in_section = 1; next }
     in_section && /^```c$/ { in_code = 1; next }
     in_code && /^```$/ { exit }
     in_code { print }' "$readme" >"$tmp/prog.c"
[ -s "$tmp/prog.c" ] || { echo "readme-c-example: no \`\`\`c block under '## The C API' in $readme" >&2; exit 1; }
sed 's/"Almaty"/"Almati"/' "$tmp/prog.c" >"$tmp/typo.c"
cmp -s "$tmp/prog.c" "$tmp/typo.c" && { echo "readme-c-example: the example no longer asks for Almaty" >&2; exit 1; }

libdir=${BRI_LIBDIR_FOR_TEST:-$($pkgconfig --variable=libdir libbri)}
datadir=${BRI_DATA_FOR_TEST:-$($pkgconfig --variable=pkgdatadir libbri)}
for p in prog typo; do
  # shellcheck disable=SC2046  # pkg-config's flags are words
  $cc "$tmp/$p.c" $($pkgconfig --cflags --libs libbri) -Wl,-rpath,"$libdir" -o "$tmp/$p"
done

want=$("$py" - "$datadir/bri/relations.csv" <<'PY'
import csv, sys
rows = [r for r in csv.DictReader(open(sys.argv[1], encoding="utf-8"))
        if (r["kind"], r["from"], r["to"]) == ("freight_corridor", "city:xining", "city:almaty")]
print(rows[0]["evidence"])
PY
)
mkdir "$tmp/empty"
run () {
  if [ -n "${BRI_DATA_FOR_TEST:-}" ]; then
    (cd "$tmp/empty" && env BRI_DATA="$BRI_DATA_FOR_TEST" "$tmp/$1")
  else
    (cd "$tmp/empty" && env -u BRI_DATA "$tmp/$1")
  fi
}
got=$(run prog) || { echo "readme-c-example: the example failed (exit $?)" >&2; exit 1; }
if [ "$got" != "$want" ]; then
  echo "readme-c-example: printed '$got', expected '$want'" >&2
  exit 1
fi
if run typo >"$tmp/out" 2>"$tmp/err"; then
  echo "readme-c-example: a misspelt name did not fail" >&2; exit 1
fi
if ! grep -q "^no entity named 'Almati'" "$tmp/err" || grep -q CRITICAL "$tmp/err" \
   || [ "$(wc -l <"$tmp/err")" -ne 1 ]; then
  echo "readme-c-example: a misspelt name should give one lookup error, got:" >&2
  cat "$tmp/err" >&2; exit 1
fi
echo "readme-c-example: OK from $tmp/empty: $got"
