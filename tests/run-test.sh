#!/bin/sh
# tests/run-test.sh — the test driver's LOG_COMPILER. Criterion runs each
# test in a forked child, where a LeakSanitizer or valgrind report changes
# neither the result nor the exit status; this wrapper makes them fail.
# With BRI_VALGRIND=1 every test program runs under valgrind memcheck, quiet:
# then any `==PID== ` line is a report (an error or a lost block).
out=$(mktemp) || exit 99
trap 'rm -f "$out"' EXIT
case "$1" in
  *.py|*.sh) "$@" >"$out" 2>&1 ;;
  *)
    if [ "${BRI_VALGRIND:-}" = 1 ]; then
      ${LIBTOOL:-libtool} --mode=execute valgrind --quiet --trace-children=yes --leak-check=full \
        --show-leak-kinds=definite,indirect --errors-for-leak-kinds=definite,indirect \
        --error-exitcode=66 "$@" >"$out" 2>&1
    else
      "$@" >"$out" 2>&1
    fi ;;
esac
status=$?
cat "$out"
if grep -Eq 'LeakSanitizer|ERROR: AddressSanitizer|runtime error:|^==[0-9]+== [A-Za-z0-9]' "$out"; then
  echo "run-test.sh: sanitizer or valgrind report in $1" >&2
  exit 1
fi
exit $status
