#!/bin/sh
# tests/cli/test-readme.sh — every `$ bri …` session of README.md shows what
# bri prints on the bundled data (tools/readme-session.py), and the checker
# fails on a README whose shown output is wrong.
# Environment: BRI (the binary, default ./tools/bri), PYTHON.
. "$(dirname "$0")/lib.sh"

"$PY" "$top/tools/readme-session.py" --bri "$BRI" "$top/README.md" || failed=1

# A wrong figure and a missing line must each fail.
sed 's/^total          sources               5$/total          sources               6/' \
  "$top/README.md" >"$tmp/wrong.md"
if cmp -s "$top/README.md" "$tmp/wrong.md"; then
  echo "FAIL - the README has no 'total sources 5' line to alter"; failed=1
elif "$PY" "$top/tools/readme-session.py" --bri "$BRI" "$tmp/wrong.md" >"$tmp/out" 2>&1; then
  echo "FAIL - a wrong figure in a session passes the check"; failed=1
elif grep -q "FAIL - bri info: line 4" "$tmp/out"; then
  echo "ok - a wrong figure is found, with its line"
else
  echo "FAIL - a wrong figure is not reported where it is"; cat "$tmp/out"; failed=1
fi
awk '/^\(exit status 1\)$/ && !done { done = 1; next } { print }' "$top/README.md" >"$tmp/short.md"
if "$PY" "$top/tools/readme-session.py" --bri "$BRI" "$tmp/short.md" >"$tmp/out" 2>&1; then
  echo "FAIL - a session missing its exit status passes the check"; failed=1
else
  echo "ok - a missing exit status is found"
fi
exit $failed
