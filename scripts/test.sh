#!/bin/sh
# Builds twice, then runs the whole test suite (unit, golden, oracle, install).
set -eu
cd "$(dirname "$0")/.."
scripts/build.sh
exec ctest --test-dir build --output-on-failure -j2
