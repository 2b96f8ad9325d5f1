#!/bin/sh
# tests/check-one-writer.sh — one CSV writer and one atomic file writer
# (issue 22): only the CSV module (libbri/io/csv-reader.*, libbri/io/csv-writer.*)
# includes libcsv's <csv.h>, and only libbri/io/atomic-file.c renames files
# into place by hand with fsync, in the library, the CLI and the bindings.
# (bench/ holds libcsv floor programs that measure libcsv alone.)
# Environment: BRI_TOP_SRCDIR (the source tree; default: this script's ..).
top=${BRI_TOP_SRCDIR:-$(dirname "$0")/..}
passed=0 failed=0
cd "$top" || exit 1
[ -f libbri/io/csv-writer.c ] && [ -f libbri/io/atomic-file.c ] ||
  { echo "FAIL: $top is not the source tree"; exit 1; }
csv=$(grep -l '^[[:space:]]*#[[:space:]]*include[[:space:]]*<csv\.h>' \
        libbri/*.[ch] libbri/*/*.[ch] tools/*.[ch] bindings/python/bri/*.h 2>/dev/null |
      grep -v '^libbri/io/csv-\(reader\|writer\)\.[ch]$')
if [ -n "$csv" ]; then
  echo "FAIL: <csv.h> included outside the CSV module (use libbri/io/csv-writer.h or bri_csv_format_row()):"
  echo "$csv"; failed=$((failed + 1))
else passed=$((passed + 1)); fi
sync=$(grep -l 'fsync[[:space:]]*(\|g_file_set_contents' \
         libbri/*.c libbri/*/*.c tools/*.c 2>/dev/null | grep -v '^libbri/io/atomic-file\.c$')
if [ -n "$sync" ]; then
  echo "FAIL: files written or fsync'ed outside libbri/io/atomic-file.c:"
  echo "$sync"; failed=$((failed + 1))
else passed=$((passed + 1)); fi
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
