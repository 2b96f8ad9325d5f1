#!/bin/sh
# tests/export/run.sh — writes the exports of the bundled data with the
# write-exports helper, then reads them back with networkx and checks the
# Neo4j and GraphFrames headers (check-exports.py). Prints `N passed, M
# failed` last; exits non-zero on failure.
here=$(dirname "$0")
helper=${BRI_EXPORT_HELPER:-./tests/export/write-exports}
out=$(mktemp -d) || exit 99
trap 'rm -rf "$out"' EXIT
if ! "$helper" "$out"; then
  echo "0 passed, 1 failed"
  exit 1
fi
# The example picture (built only with libgvc): check-exports.py counts its
# node groups.
example=${BRI_DRAW_EXAMPLE:-./examples/draw-network}
if [ -x "$example" ] && ! "$example" "$out/cooperation.svg" >/dev/null; then
  echo "0 passed, 1 failed"
  exit 1
fi
${PYTHON:-/usr/bin/python3} "$here/check-exports.py" "$out" "${BRI_DATA:-data}"
