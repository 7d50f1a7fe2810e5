#!/bin/sh
# Installs twice into a scratch prefix and builds a separate consumer project
# against it with find_package(twice): the installed package must be usable
# with nothing but its public headers and its CMake config.
#
#   run_consumer.sh REPO_ROOT SCRATCH_DIR
set -eu

if [ $# -ne 2 ]; then
  echo "usage: $0 REPO_ROOT SCRATCH_DIR" >&2
  exit 2
fi
root=$(cd "$1" && pwd)
scratch=$2
case "$scratch" in /*) ;; *) scratch="$(pwd)/$scratch" ;; esac
prefix="$scratch/prefix"
jobs=$(nproc 2>/dev/null || echo 2)

rm -rf "$scratch"
mkdir -p "$scratch"

echo "== configure, build and install twice into $prefix"
cmake -S "$root" -B "$scratch/build" -DCMAKE_BUILD_TYPE=Release \
  -DTWICE_BUILD_TESTS=OFF -DTWICE_BUILD_BENCHMARKS=OFF \
  -DCMAKE_INSTALL_PREFIX="$prefix"
cmake --build "$scratch/build" -j"$jobs"
cmake --install "$scratch/build"

# Only the public headers are installed: no stage folders under include/twice.
if find "$prefix/include/twice" -mindepth 1 -type d | grep -q .; then
  echo "run_consumer: internal header folders were installed:" >&2
  find "$prefix/include/twice" -mindepth 1 -type d >&2
  exit 1
fi

echo "== configure and build the consumer against $prefix"
cmake -S "$root/tests/install/consumer" -B "$scratch/consumer-build" \
  -DCMAKE_BUILD_TYPE=Release -DCMAKE_PREFIX_PATH="$prefix"
cmake --build "$scratch/consumer-build" -j"$jobs"

echo "== run the consumer"
"$scratch/consumer-build/twice_consumer"
echo "install.consumer: ok"
