#!/bin/sh
# Builds twice with AddressSanitizer and UndefinedBehaviorSanitizer (into
# build-asan/) and runs the whole test suite under them. Any sanitizer report
# aborts the process that made it, so the test that ran it fails.
# install.consumer is left out: it rebuilds twice from scratch without
# sanitizers, which scripts/test.sh already does.
set -eu
cd "$(dirname "$0")/.."
# The test dependencies are all it needs: GCC's sanitizers come with the
# compiler (clang is scripts/fuzz.sh's).
scripts/install-deps.sh test
cmake -S . -B build-asan -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DTWICE_SANITIZE=address,undefined -DTWICE_BUILD_TESTS=ON -DTWICE_BUILD_BENCHMARKS=OFF
cmake --build build-asan -j"$(nproc)"
# abort_on_error: a report must not look like an ordinary exit code (1 is
# "findings" to twice).
export ASAN_OPTIONS="halt_on_error=1:abort_on_error=1:detect_leaks=1:detect_stack_use_after_return=1:strict_string_checks=1"
export UBSAN_OPTIONS="halt_on_error=1:abort_on_error=1:print_stacktrace=1"
echo "sanitize: skipping install.consumer (it builds without sanitizers; scripts/test.sh runs it)"
exec ctest --test-dir build-asan --output-on-failure -j2 -E '^install\.consumer$'
