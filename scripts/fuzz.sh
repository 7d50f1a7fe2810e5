#!/bin/sh
# Builds the libFuzzer targets of fuzz/ with clang-14, AddressSanitizer and
# UndefinedBehaviorSanitizer (into build-fuzz/), then runs each target for a
# bounded time over its seeds (fuzz/corpus/<target>/), the inputs that once
# broke something (fuzz/regressions/<target>/) and samples/. A crash, a
# sanitizer report, a broken invariant, an input slower than 10 s or a memory
# blow-up fails the run; the input is saved under build-fuzz/fuzz/crashes/.
#
#   scripts/fuzz.sh [SECONDS_PER_TARGET]      default 30
#
# New inputs the fuzzers find go to build-fuzz/fuzz/corpus/<target>/, not
# into the tree. Fixed a bug one found? Copy its input into
# fuzz/regressions/<target>/: tests/fuzz_regression_test.cc replays it in
# every build, with or without clang.
set -eu
cd "$(dirname "$0")/.."
seconds=${1:-30}
targets="decode markdown plain_text sentences tokenize analyze"

scripts/install-deps.sh fuzz
if ! command -v clang++-14 >/dev/null 2>&1; then
  echo "fuzz: clang++-14 is missing (Debian: clang-14 libclang-rt-14-dev); nothing was fuzzed" >&2
  exit 1
fi
cmake -S . -B build-fuzz -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_COMPILER=clang++-14 \
  -DTWICE_SANITIZE=address,undefined -DTWICE_BUILD_FUZZERS=ON \
  -DTWICE_BUILD_TESTS=OFF -DTWICE_BUILD_BENCHMARKS=OFF -DTWICE_BUILD_CLI=OFF
cmake --build build-fuzz -j"$(nproc)"

export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1:detect_stack_use_after_return=1}"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1}"
failed=""
for target in $targets; do
  work="build-fuzz/fuzz/corpus/$target"
  crashes="build-fuzz/fuzz/crashes/$target"
  mkdir -p "$work" "$crashes"
  inputs="$work"
  for seeds in "fuzz/corpus/$target" "fuzz/regressions/$target" samples; do
    if [ -d "$seeds" ]; then inputs="$inputs $seeds"; fi
  done
  dictionary=""
  if [ -f "fuzz/$target.dict" ]; then dictionary="-dict=fuzz/$target.dict"; fi
  log="build-fuzz/fuzz/$target.log"
  status=0
  # shellcheck disable=SC2086 # $inputs and $dictionary are lists of words
  "build-fuzz/fuzz/${target}_fuzz" $dictionary -max_total_time="$seconds" -timeout=10 \
    -rss_limit_mb=2048 -max_len=32768 -print_final_stats=1 \
    -artifact_prefix="$crashes/" $inputs >"$log" 2>&1 || status=$?
  runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -n 1)
  coverage=$(grep -o 'cov: [0-9]*' "$log" | tail -n 1)
  if [ "$status" -eq 0 ]; then
    echo "fuzz: $target: ${seconds} s, ${runs:-?} inputs, ${coverage:-cov: ?}: ok"
  else
    echo "fuzz: $target: FAILED after ${runs:-?} inputs (exit $status); log: $log" >&2
    grep -E 'ERROR|invariant broken|SUMMARY|Test unit written' "$log" | head -n 20 >&2 || true
    failed="$failed $target"
  fi
done
if [ -n "$failed" ]; then
  echo "fuzz: failed:$failed (inputs under build-fuzz/fuzz/crashes/)" >&2
  exit 1
fi
