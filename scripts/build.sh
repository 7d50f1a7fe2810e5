#!/bin/sh
# Installs the missing build dependencies (no test packages), then configures
# and builds twice (Release) into build/, without tests and benchmarks.
# scripts/test.sh reconfigures the same build/ with them; the -D flags are
# explicit each time so that either script can run after the other.
set -eu
cd "$(dirname "$0")/.."
scripts/install-deps.sh build
cmake -S . -B build -DCMAKE_BUILD_TYPE=Release \
  -DTWICE_BUILD_TESTS=OFF -DTWICE_BUILD_BENCHMARKS=OFF
cmake --build build -j"$(nproc)"
