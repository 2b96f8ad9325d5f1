#!/bin/sh
# docs/reference/check-reference.sh — the API reference is complete (run by
# make check when configured with --enable-gtk-doc): gtk-doc found no
# undocumented or incompletely documented public symbol (every function's
# parameters and return value, every enum value and struct field), no
# documentation of a symbol that does not exist, every header of
# include/bri/ (but the umbrella bri.h) has its section in
# libbri-docs.xml and its HTML page, and the overview page holds the
# README's C example.
# Environment: BRI_REFERENCE_BUILD (the build's docs/reference),
# BRI_TOP_SRCDIR (the source tree).
set -u
build=${BRI_REFERENCE_BUILD:?}
src=${BRI_TOP_SRCDIR:?}
fail=0
no() { echo "check-reference: $*" >&2; fail=1; }

report=$build/build/libbri-undocumented.txt
[ -s "$report" ] || { no "no $report: was the reference built (make)?"; exit 1; }
head -4 "$report"
grep -q '^100% symbol docs coverage' "$report" || no "symbols are not documented (gtk-doc's report, $report):"
grep -q '^0 not documented' "$report" || no "symbols are not documented (gtk-doc rounds 447 of 448 to 100%):"
grep -q '^0 symbols incomplete' "$report" || no "symbols are incompletely documented (a parameter, the return value or an enum value):"
[ "$fail" = 0 ] || sed -n '5,$p' "$report" | grep . >&2
for f in unused undeclared; do
  list=$build/build/libbri-$f.txt
  if [ -s "$list" ]; then
    no "gtk-doc's $f symbols ($list):"; cat "$list" >&2
  fi
done

for h in "$src"/include/bri/*.h; do
  name=$(basename "$h" .h)
  [ "$name" = bri ] && continue
  grep -q "href=\"xml/$name.xml\"" "$src/docs/reference/libbri-docs.xml" ||
    no "include/bri/$name.h has no section in docs/reference/libbri-docs.xml (add <xi:include href=\"xml/$name.xml\"/>)"
  grep -q "SECTION:$name\$" "$h" || no "include/bri/$name.h has no SECTION:$name comment"
  id=$(sed -n 's/.*<refentry id="\([^"]*\)".*/\1/p' "$build/build/xml/$name.xml" 2>/dev/null)
  [ -n "$id" ] && [ -s "$build/html/$id.html" ] || no "no HTML page for include/bri/$name.h (section $name)"
done

overview=$build/html/bri-overview.html
[ -s "$overview" ] || no "no overview page ($overview)"
grep -q 'bri_graph_new_bundled' "$overview" 2>/dev/null || no "the overview lacks the README's C example"
grep -q 'BRI_WEIGHTS_STRENGTH' "$overview" 2>/dev/null || no "the overview lacks the weights table"
exit $fail
