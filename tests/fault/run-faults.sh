#!/bin/bash
# tests/fault/run-faults.sh — SQLite-style fault injection and crash loops
# for saving (tests/fault/save-driver.c, tests/fault/shim.c):
#  1. the Nth write/fsync/rename fails, for N = 1, 2, 3 … until a save
#     completes without reaching N: after each failure the old data set is
#     intact, and no temporary file is left behind;
#  2. a process saving the old and the new data set in turn, killed with
#     SIGKILL at a random moment, many times: the directory always loads as
#     the old or the new data set, never a mix, and the next save completes
#     and cleans up.
driver=${FAULT_DRIVER:-./tests/fault/save-driver}
shim=${FAULT_SHIM:-./tests/fault/.libs/faultshim.so}
kills=${FAULT_KILLS:-40}
# In an ASan build the runtime wants to come first; the shim is preloaded
# before it on purpose (it only wraps three libc calls).
export ASAN_OPTIONS="${ASAN_OPTIONS:+$ASAN_OPTIONS:}verify_asan_link_order=0"
work=$(mktemp -d) || exit 99
trap 'rm -rf "$work"' EXIT
passed=0 failed=0
ok () { passed=$((passed + 1)); }
bad () { echo "FAIL: $*"; failed=$((failed + 1)); }
leftovers () { ls -A "$1" | grep '^\.' ; }

fresh () { rm -rf "$work/d"; mkdir "$work/d"; "$driver" old "$work/d" || bad "saving the old data set"; }

n=1
while [ $n -le 500 ]; do
  fresh
  BRI_FAULT_AT=$n LD_PRELOAD=$shim "$driver" new "$work/d" 2>"$work/err"
  rc=$?
  state=$("$driver" check "$work/d")
  if ! grep -q 'fault injected' "$work/err"; then
    [ $rc -eq 0 ] && [ "$state" = NEW ] && [ -z "$(leftovers "$work/d")" ] \
      && ok || bad "save after the last fault point: rc=$rc state=$state"
    echo "fault injection: $((n - 1)) fault points"
    break
  fi
  if [ $rc -ne 0 ]; then
    # A reported failure: the old data set, nothing left behind.
    [ "$state" = OLD ] && [ -z "$(leftovers "$work/d")" ] && ok \
      || bad "fault $n ($(cat "$work/err" | head -1)): rc=$rc state=$state left: $(leftovers "$work/d" | tr '\n' ' ')"
  else
    # The fault hit a step that is retried or harmless: the new data set.
    [ "$state" = NEW ] && [ -z "$(leftovers "$work/d")" ] && ok \
      || bad "fault $n ($(head -1 "$work/err")) absorbed but state=$state left: $(leftovers "$work/d" | tr '\n' ' ')"
  fi
  n=$((n + 1))
done
[ $n -gt 3 ] || bad "fewer fault points than expected ($n)"

seen_old=0 seen_new=0
for i in $(seq 1 "$kills"); do
  fresh
  "$driver" flip "$work/d" 2>/dev/null &
  pid=$!
  sleep "0.$(printf '%03d' $((100 + RANDOM % 400)))"
  kill -9 $pid 2>/dev/null
  wait $pid 2>/dev/null
  state=$("$driver" check "$work/d")
  case "$state" in
    OLD) seen_old=$((seen_old + 1)); ok ;;
    NEW) seen_new=$((seen_new + 1)); ok ;;
    *) bad "kill $i: $state" ;;
  esac
  # The next save recovers and leaves exactly the four data files.
  "$driver" new "$work/d" && [ "$("$driver" check "$work/d")" = NEW ] \
    && [ -z "$(leftovers "$work/d")" ] && ok || bad "kill $i: the next save did not recover"
done
echo "SIGKILL: $kills kills, old $seen_old times, new $seen_new times"
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
