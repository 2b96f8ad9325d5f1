# tests/cli/lib.sh — the preamble the tests/cli/test-*.sh scripts share,
# sourced as `. "$(dirname "$0")/lib.sh"` so that it is found next to the
# script in the source tree (VPATH builds and distcheck run the scripts from
# $(top_srcdir)). It sets:
#   BRI            the binary (default ./tools/bri), made absolute
#   here, top      the scripts' directory and the source tree's top
#   BRI_DATA       the bundled data (default $top/data)
#   BRI_TEST_DATA  the test fixtures (default $top/tests/data)
#   PY             the Python that runs the checks (default /usr/bin/python3)
#   tmp            a temporary directory, removed on exit
#   passed, failed the counts, printed by finish
# and defines the helpers below. A script that wants each run under
# valgrind when BRI_VALGRIND=1 sets cli_valgrind=1 before sourcing.
BRI=${BRI:-./tools/bri}
case $BRI in /*) ;; *) BRI=$(pwd)/$BRI ;; esac
here=$(cd "$(dirname "$0")" && pwd)
top=$(cd "$here/../.." && pwd)
BRI_DATA=${BRI_DATA:-$top/data}
BRI_TEST_DATA=${BRI_TEST_DATA:-$top/tests/data}
PY=${PYTHON:-/usr/bin/python3}

tmp=$(mktemp -d) || exit 99
trap 'rm -rf "$tmp"' EXIT
passed=0
failed=0

# pass NAME, flunk NAME: count and print one result; a failure shows the
# first lines of the last run's stderr.
pass () { passed=$((passed + 1)); echo "ok - $1"; }
flunk () { failed=$((failed + 1)); echo "FAIL - $1"; [ -s "$tmp/err" ] && sed 's/^/#   stderr: /' "$tmp/err" | head -5; }

# sancheck ARGS...: a sanitizer or valgrind report on the last run's stderr
# (a --enable-sanitizers or BRI_VALGRIND=1 build) is a failure.
sancheck () {
  if grep -Eq 'AddressSanitizer|LeakSanitizer|runtime error:|^==[0-9]+== ' "$tmp/err"; then
    flunk "memory report: bri $*"; grep -E 'Sanitizer|runtime error|#[0-9] |^==[0-9]+== ' "$tmp/err" | head -8 | sed 's/^/#   /'
  fi
}

# run ARGS...: runs bri, stdout in $tmp/out, stderr in $tmp/err, status in $rc.
run () {
  if [ "${cli_valgrind:-}" = 1 ] && [ "${BRI_VALGRIND:-}" = 1 ]; then
    ${LIBTOOL:-libtool} --mode=execute valgrind --quiet --leak-check=full \
      --show-leak-kinds=definite,indirect --errors-for-leak-kinds=definite,indirect \
      --error-exitcode=66 "$BRI" "$@" >"$tmp/out" 2>"$tmp/err"
  else
    "$BRI" "$@" >"$tmp/out" 2>"$tmp/err"
  fi
  rc=$?
  sancheck "$@"
}

# expect_rc NAME CODE: the last run exited with CODE.
expect_rc () { if [ "$rc" = "$2" ]; then pass "$1"; else flunk "$1 (exit $rc, expected $2)"; fi; }

# grep_out NAME TEXT [FILE]: FILE (default the last stdout) holds TEXT.
grep_out () { if grep -qF -- "$2" "${3:-$tmp/out}"; then pass "$1"; else flunk "$1 (no '$2')"; fi; }

# finish: prints `N passed, M failed` and exits 1 when any failed.
finish () {
  echo "$passed passed, $failed failed"
  [ "$failed" -eq 0 ]
}
