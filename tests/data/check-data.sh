#!/bin/sh
# tests/data/check-data.sh — the Python checks of the bundled data: the
# gazetteer is complete and regenerates byte for byte from its sources, its
# offices and leaders tables hold together; every
# relation of data/bri resolves and its evidence occurs in its bulletin.
data=${BRI_DATA:-data}
here=$(dirname "$0")
py=/usr/bin/python3
passed=0 failed=0
for check in "check-gazetteer.py $data/gazetteer" "check-offices.py $data/gazetteer" "check-bri.py $data"; do
  set -- $check
  if "$py" "$here/$1" "$2"; then passed=$((passed + 1)); else failed=$((failed + 1)); fi
done
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
