#!/bin/sh
# tests/check-layers.sh — the layering of docs/architecture.md holds: every
# file under libbri/ belongs to a layer (its folder), and includes private
# headers only of its own layer or of a layer below it; only the CSV module
# (libbri/io/csv-reader.*, libbri/io/csv-writer.*) includes libcsv's <csv.h>.
# A failure names the file, the line and the header.
#
# The order, lowest first (a layer may include the headers of the layers
# on lower lines; export and import are peers and may not include each
# other's):
#   core      the store: data model, graph, indexes     libbri/core/
#   io        CSV I/O, atomic files, load and save      libbri/io/
#   view      filters, views, the igraph gate           libbri/view/
#   query     igraph queries and their results          libbri/query/
#   export    export formats, drawing                   libbri/export/
#   import    importers (AidData, GDELT, XLSX)          libbri/import/
#   explore   layout, explorer page, timeline chart     libbri/explore/
#   extract   text extraction                           libbri/extract/
# Environment: BRI_TOP_SRCDIR (the source tree; default: this script's ..).
top=${BRI_TOP_SRCDIR:-$(dirname "$0")/..}
cd "$top" || exit 1
[ -f libbri/core/core-private.h ] ||
  { echo "FAIL: $top is not the source tree"; exit 1; }

# The rank of a layer; export and import share one.
rank () {
  case $1 in
    core) echo 0 ;; io) echo 1 ;; view) echo 2 ;; query) echo 3 ;;
    export|import) echo 4 ;; explore) echo 5 ;; extract) echo 6 ;;
    *) echo '' ;;
  esac
}

# The layer of a path under libbri/ (empty: not in a layer).
layer_of () {
  case $1 in
    libbri/*/*) d=${1#libbri/}; d=${d%%/*}; [ -n "$(rank "$d")" ] && echo "$d" ;;
  esac
}

# The file a quoted include of @2 in file @1 names: relative to the file's
# folder, then to libbri/ (-I libbri); empty when none (config.h,
# generated).
resolve () {
  dir=$(dirname "$1")
  for cand in "$dir/$2" "libbri/$2"; do
    if [ -f "$cand" ]; then
      # Normalise "libbri/core/../io/x.h" and "./" parts.
      echo "$cand" | awk -F/ '{ n = 0; for (i = 1; i <= NF; i++) {
          if ($i == "." || $i == "") continue;
          if ($i == ".." && n > 0) { n--; continue }
          p[++n] = $i }
        s = p[1]; for (i = 2; i <= n; i++) s = s "/" p[i]; print s }'
      return
    fi
  done
}

passed=0 failed=0
fail () { echo "FAIL: $*"; failed=$((failed + 1)); }

files=$(find libbri -name '*.[ch]' ! -name 'explore-resources.*' | LC_ALL=C sort)
[ -n "$files" ] || { echo "FAIL: no sources under $top/libbri"; exit 1; }
for f in $files; do
  own=$(layer_of "$f")
  if [ -z "$own" ]; then
    fail "$f: not in a layer's folder (add its folder to tests/check-layers.sh and docs/architecture.md)"
    continue
  fi
  own_rank=$(rank "$own")
  ok=1
  # "LINE:INCLUDE" for each #include line: <name> keeps its brackets.
  inc=$(grep -n '^[[:space:]]*#[[:space:]]*include[[:space:]]*[<"]' "$f" |
        sed 's/^\([0-9]*\):[[:space:]]*#[[:space:]]*include[[:space:]]*\([<"][^>"]*[>"]\).*/\1:\2/')
  for li in $inc; do
    line=${li%%:*} name=${li#*:}
    case $name in
      '<csv.h>'|'"csv.h"')
        case $f in
          libbri/io/csv-reader.[ch]|libbri/io/csv-writer.[ch]) ;;
          *) fail "$f:$line: includes <csv.h> outside the CSV module (use io/csv-reader.h, io/csv-writer.h)"; ok=0 ;;
        esac
        continue ;;
      '<'*) continue ;;
    esac
    name=${name#\"} name=${name%\"}
    target=$(resolve "$f" "$name")
    [ -n "$target" ] || continue
    case $target in libbri/*) ;; *) continue ;; esac
    theirs=$(layer_of "$target")
    if [ -z "$theirs" ]; then
      fail "$f:$line: includes $name ($target), which is in no layer"; ok=0
    elif [ "$theirs" != "$own" ] && [ "$(rank "$theirs")" -ge "$own_rank" ]; then
      fail "$f:$line: includes $name of layer $theirs, not below layer $own"; ok=0
    fi
  done
  [ $ok -eq 1 ] && passed=$((passed + 1))
done
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
