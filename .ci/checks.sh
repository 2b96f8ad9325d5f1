#!/bin/bash
# .ci/checks.sh — the reliability checks of issue 11, run from the
# repository root once the build's dependencies are installed
# (.ci/install-deps.sh):
#   asan       the whole suite under AddressSanitizer + UBSan
#              (./configure --enable-sanitizers; make check)
#   valgrind   the whole suite under valgrind memcheck (make check BRI_VALGRIND=1)
#   fuzz-*     each libFuzzer target for $FUZZ_SECONDS (60) s from its corpus
#   tsan-*     the thread tests and the CSV reader's two-thread path under
#              ThreadSanitizer (tests/regression/tsan)
# Each runs in its own build directory under $CHECKS_WORK (default: a new
# temporary directory), built from a copy of the tracked files, since the
# source tree itself may be configured in place. Logs stay in $CHECKS_WORK.
# Environment: CHECKS_JOBS (make -j, default 2), CHECKS_ONLY (a space-
# separated subset of: asan valgrind fuzz tsan), FUZZ_SECONDS.
# Prints one line per check and closes with `N passed, M failed`; exits
# non-zero when any check failed. About 30 minutes on 2 cores.
set -u
cd "$(dirname "$0")/.." || exit 1
root=$PWD
grep -q 'AC_INIT(\[libbri\]' configure.ac 2>/dev/null || {
  echo "checks.sh: $root is not the libbri source tree (run .ci/checks.sh from it)" >&2
  exit 1
}
work=${CHECKS_WORK:-$(mktemp -d "${TMPDIR:-/tmp}/bri-checks.XXXXXX")}
jobs=${CHECKS_JOBS:-2}
only=${CHECKS_ONLY:-asan valgrind fuzz tsan}
fuzz_secs=${FUZZ_SECONDS:-60}
mkdir -p "$work"
passed=0 failed=0

# check NAME COMMAND...: runs COMMAND with its output in NAME.log.
check() {
  local name=$1; shift
  local t0=$SECONDS
  if "$@" >"$work/$name.log" 2>&1; then
    passed=$((passed + 1))
    printf '%-28s PASS  (%ds)\n' "$name" $((SECONDS - t0))
  else
    failed=$((failed + 1))
    printf '%-28s FAIL  (%ds), log: %s\n' "$name" $((SECONDS - t0)) "$work/$name.log"
    # A failed suite appends its test-suite.log after a marker line: show
    # that (the failed tests' own logs); otherwise the end of the output.
    if grep -q '^==== test-suite.log ====$' "$work/$name.log"; then
      grep -E '^(FAIL|ERROR|XPASS): ' "$work/$name.log" | sed 's/^/    /'
      sed -n '/^==== test-suite.log ====$/,$p' "$work/$name.log" | head -n 400 | sed 's/^/    /'
    else
      tail -n 30 "$work/$name.log" | sed 's/^/    /'
    fi
  fi
}
wanted() { case " $only " in *" $1 "*) return 0 ;; esac; return 1; }

# A clean copy of the sources (tracked files, as they are in the tree).
src=$work/src
# The npm packages the gazetteer check regenerates from are not tracked:
# the source tree's (tools/gazetteer: npm ci, run by .ci/install-deps.sh).
export BRI_NODE_MODULES=${BRI_NODE_MODULES:-$root/tools/gazetteer/node_modules}
# The explorer page's scripts (sigma.js, graphology) and its tests' driver
# (puppeteer-core): tools/explore, npm ci, read by configure.
export BRI_EXPLORE_MODULES=${BRI_EXPLORE_MODULES:-$root/tools/explore/node_modules}
prepare_source() (
  rm -rf "$src" && mkdir -p "$src" || exit 1
  if git -C "$root" rev-parse --git-dir >/dev/null 2>&1; then
    (cd "$root" && git ls-files -z | tar --null --ignore-failed-read -T - -cf -) |
      tar -xf - -C "$src" || exit 1
  else
    cp -a "$root/." "$src/" || exit 1
    [ ! -f "$src/config.status" ] || (cd "$src" && make distclean) || exit 1
  fi
  cd "$src" && autoreconf -fi
)
# configure_build DIR CONFIGURE-ARGS...: a fresh build directory, configured
# (the caller's shell stays where it was: every step runs in a subshell).
configure_build() {
  local dir=$1; shift
  rm -rf "$dir" && mkdir -p "$dir" && cd "$dir" && "$src/configure" "$@"
}

# Third-party leaks outside libbri's control: fontconfig's caches, reached
# through Graphviz when drawing (bri_view_draw, tests/export), suppressed
# only where the allocation happens inside libfontconfig; and cairo 1.16's
# PDF structure tree, lost inside cairo_surface_finish (bri_timeline_plot
# to a .pdf). LeakSanitizer reads tests/lsan.supp, the one list make check
# uses too; valgrind's list below is the narrower one for cairo.
cp "$root/tests/lsan.supp" "$work/lsan.supp"
cat >"$work/valgrind.supp" <<'SUPP'
{
   fontconfig-caches
   Memcheck:Leak
   match-leak-kinds: definite,indirect
   ...
   obj:*/libfontconfig.so*
}
{
   cairo-1.16-pdf-structure-tree
   Memcheck:Leak
   match-leak-kinds: definite,indirect
   ...
   fun:cairo_surface_finish
}
SUPP
# suite_check [MAKE-ARGS...]: make check in the current build directory; on
# failure, test-suite.log (which holds every failed test's log) follows.
suite_check() {
  make -j"$jobs" check "$@" && return 0
  echo '==== test-suite.log ===='
  cat test-suite.log 2>/dev/null
  return 1
}
asan_suite() (
  # verify_asan_link_order=0: tests/fault/run-faults.sh preloads its fault
  # shim (LD_PRELOAD), which would otherwise come before libasan and make
  # ASan refuse to start every faulted save.
  export ASAN_OPTIONS="${ASAN_OPTIONS:+$ASAN_OPTIONS:}verify_asan_link_order=0"
  export LSAN_OPTIONS="${LSAN_OPTIONS:+$LSAN_OPTIONS:}suppressions=$work/lsan.supp:print_suppressions=0"
  configure_build "$work/asan" --enable-sanitizers && suite_check
)
valgrind_suite() (
  export VALGRIND_OPTS="${VALGRIND_OPTS:+$VALGRIND_OPTS }--suppressions=$work/valgrind.supp"
  configure_build "$work/valgrind" CFLAGS="-g -O1" && suite_check BRI_VALGRIND=1
)
fuzz_targets="fuzz-load fuzz-date fuzz-find fuzz-extract fuzz-roundtrip fuzz-view fuzz-xlsx fuzz-gdelt"
fuzz_build() (
  configure_build "$work/fuzz" CC=clang --enable-fuzzers --disable-python &&
  make -j"$jobs" $(for t in $fuzz_targets; do printf 'fuzz/%s ' "$t"; done)
)
fuzz_run() {
  FUZZ_WORK="$work/fuzz-work" bash "$src/fuzz/run-fuzzers.sh" "$work/fuzz" "$fuzz_secs" "$1"
}
# libbri built with -fsanitize=thread; the thread tests compiled against the
# Criterion stand-in of tests/regression/tsan (Criterion cannot start under
# TSan), whether or not Makefile.am includes tests/regression/local.mk.
tsan_cflags="-fsanitize=thread -g -O1 -fno-omit-frame-pointer"
tsan_build() (
  configure_build "$work/tsan" CC=clang CFLAGS="$tsan_cflags" \
    LDFLAGS=-fsanitize=thread --disable-python &&
  make -j"$jobs" libbri/libbri.la || exit 1
  cflags="$tsan_cflags -I$src/tests/regression/tsan -I$src/include -I$work/tsan $(pkg-config --cflags glib-2.0)"
  libs="-L$work/tsan/libbri/.libs -lbri -Wl,-rpath,$work/tsan/libbri/.libs $(pkg-config --libs glib-2.0) -lm -ldl"
  shim="$src/tests/regression/tsan/shim-main.c $src/tests/regression/tsan/glib-tsan.c"
  clang $cflags -o tsan-threads "$src/tests/unit/test-threads.c" \
    "$src/tests/unit/graph-fixtures.c" $shim $libs &&
  clang $cflags -o tsan-threads-lookup "$src/tests/regression/test-threads-lookup.c" \
    $shim $libs &&
  clang $cflags -o tsan-check-dir "$src/tests/regression/test-check-dir-threads.c" \
    $shim $libs &&
  clang $cflags -I"$src/libbri" -o tsan-csv-reader "$src/tests/unit/test-csv-reader.c" \
    "$src/libbri/io/csv-reader.c" $shim $(pkg-config --libs glib-2.0) -lcsv
)
# Several runs: each is another interleaving. GSlice recycles memory between
# threads behind GLib's own (invisible) locks: use malloc.
# $2: how many runs (default 5).
tsan_run() {
  local i
  for i in $(seq "${2:-5}"); do
    G_SLICE=always-malloc TSAN_OPTIONS="halt_on_error=1 exitcode=66 second_deadlock_stack=1" \
      BRI_TEST_DATA="$src/tests/data" BRI_DATA="$src/data" "$work/tsan/$1" || return 1
  done
}

echo "checks in $work (make -j$jobs)"
check source prepare_source || true
if [ "$failed" -ne 0 ]; then
  echo "$passed passed, $failed failed"
  exit 1
fi
if wanted asan; then
  check asan-suite asan_suite
fi
if wanted valgrind; then
  check valgrind-suite valgrind_suite
fi
if wanted fuzz; then
  check fuzz-build fuzz_build
  if [ -x "$work/fuzz/fuzz/fuzz-load" ]; then
    for t in $fuzz_targets; do
      check "$t" fuzz_run "$t"
    done
  fi
fi
if wanted tsan; then
  check tsan-build tsan_build
  if [ -x "$work/tsan/tsan-threads-lookup" ]; then
    check tsan-threads tsan_run tsan-threads
    check tsan-threads-lookup tsan_run tsan-threads-lookup
    check tsan-check-dir tsan_run tsan-check-dir
    # One run: it starts some 10 000 parser threads already (a minute).
    check tsan-csv-reader tsan_run tsan-csv-reader 1
  fi
fi

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
