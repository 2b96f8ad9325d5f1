#!/bin/sh
# tests/check-exports.sh — libbri exports only bri_* symbols, and every
# function declared BRI_API in the public headers is exported.
lib=${LIBBRI_SO:-libbri/.libs/libbri.so}
inc=${BRI_INCLUDE:-include/bri}
passed=0 failed=0
exported=$(nm -D --defined-only "$lib" | awk '$2 ~ /^[TDBR]$/ { print $3 }' | sort)
stray=$(echo "$exported" | grep -v '^bri_' || true)
if [ -n "$stray" ]; then echo "FAIL: exported symbols without bri_ prefix:"; echo "$stray"; failed=$((failed + 1)); else passed=$((passed + 1)); fi
declared=$(grep -hv '#define' "$inc"/*.h | tr '\n' ' ' | grep -o 'BRI_API[^;(]*(' | sed 's/ *($//; s/.*[ *]//' | sort -u)
missing=$(for f in $declared; do echo "$exported" | grep -qx "$f" || echo "$f"; done)
if [ -n "$missing" ]; then echo "FAIL: declared but not exported:"; echo "$missing"; failed=$((failed + 1)); else passed=$((passed + 1)); fi
echo "$(echo "$declared" | wc -w) declared functions, $(echo "$exported" | wc -l) exported symbols"
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
