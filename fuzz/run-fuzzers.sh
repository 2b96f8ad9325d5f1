#!/bin/bash
# fuzz/run-fuzzers.sh — runs each libFuzzer target for a fixed time from
# its seed corpus, one after the other (one core), and keeps going after a
# crash until the target's time is used up.
#   fuzz/run-fuzzers.sh BUILD_DIR SECONDS [TARGET...]
# BUILD_DIR was configured with CC=clang --enable-fuzzers and built. New
# corpus entries go to $FUZZ_WORK/<target> (default: a temporary
# directory), crashes and leaks to $FUZZ_WORK/artifacts/. Prints one line
# per target: `fuzz-load: 300 s wall, 297 s CPU, 123456 runs, 0 crashes`.
# Exit status: 0 when no target crashed, leaked or broke an invariant.
set -u
build=${1:?usage: run-fuzzers.sh BUILD_DIR SECONDS [TARGET...]}
secs=${2:?usage: run-fuzzers.sh BUILD_DIR SECONDS [TARGET...]}
shift 2
src=$(cd "$(dirname "$0")/.." && pwd)
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(fuzz-load fuzz-date fuzz-find fuzz-extract fuzz-roundtrip fuzz-view fuzz-xlsx fuzz-gdelt)
work=${FUZZ_WORK:-$(mktemp -d)}
mkdir -p "$work/artifacts"
export BRI_DATA="$src/data"
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=0}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-halt_on_error=1:print_stacktrace=1}
failed=0
for t in "${targets[@]}"; do
  exe="$build/fuzz/$t"
  [ -x "$exe" ] || { echo "$t: not built ($exe)"; failed=1; continue; }
  mkdir -p "$work/$t"
  dict=()
  case $t in fuzz-load|fuzz-roundtrip|fuzz-view) dict=(-dict="$src/fuzz/load.dict") ;; esac
  start=$(date +%s) crashes=0 runs=0 cpu=0
  while :; do
    left=$(( secs - ($(date +%s) - start) ))
    [ "$left" -ge 1 ] || break
    log="$work/$t.log"
    /usr/bin/time -f '%U %S' -o "$work/$t.time" \
      "$exe" -max_total_time="$left" -timeout=20 -max_len=16384 -print_final_stats=1 \
        -artifact_prefix="$work/artifacts/$t-" "${dict[@]}" \
        "$work/$t" "$src/fuzz/corpus/$t" >"$log" 2>&1
    rc=$?
    cpu=$(tail -1 "$work/$t.time" | awk -v c="$cpu" '{printf "%.0f", c + $1 + $2}')
    runs=$(( runs + $(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1 | grep -E '^[0-9]+$' || echo 0) ))
    if [ $rc -ne 0 ]; then
      crashes=$((crashes + 1))
      failed=1
      cp "$log" "$work/artifacts/$t-$crashes.log"
      grep -m2 -E 'ERROR: (Address|Leak|libFuzzer: timeout|libFuzzer: out-of-memory)|invariant broken|runtime error' "$log" | sed "s/^/$t: /"
      [ $crashes -lt 5 ] || break
    fi
  done
  echo "$t: $(( $(date +%s) - start )) s wall, $cpu s CPU, $runs runs, $crashes crashes"
done
echo "corpus and artifacts in $work"
exit $failed
