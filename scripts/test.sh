#!/bin/sh
# Installs the missing test dependencies, builds twice with its tests and
# benchmarks into build/, then runs the whole test suite (unit, golden,
# oracle, install, packaging files).
set -eu
cd "$(dirname "$0")/.."
scripts/install-deps.sh test
cmake -S . -B build -DCMAKE_BUILD_TYPE=Release \
  -DTWICE_BUILD_TESTS=ON -DTWICE_BUILD_BENCHMARKS=ON
cmake --build build -j"$(nproc)"
exec ctest --test-dir build --output-on-failure -j2
