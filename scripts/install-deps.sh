#!/bin/sh
# Installs the Debian 12 packages twice needs for one purpose, when missing.
# Run as root. Safe to run again: it touches apt only if something is missing.
#
#   scripts/install-deps.sh [--list] GROUP...
#
#   runtime   what the installed twice executable links (the Debian package
#             computes the same list with dpkg-shlibdeps; scripts/test-package.sh
#             checks that they agree)
#   build     compiler, CMake and the libraries twice builds against
#   test      build, plus GoogleTest, Google Benchmark, the scikit-learn oracle,
#             jsonschema, Chromium, fish and zsh (completion tests), PyYAML and
#             identify (action and pre-commit hook tests), shellcheck, and
#             tests/tools/node_modules (action-validator, from npm)
#   fuzz      test, plus clang-14 and its sanitizer runtimes (scripts/fuzz.sh)
#   package   build, plus what scripts/package.sh and scripts/test-package.sh
#             use (dpkg-dev for dpkg-shlibdeps, mmdebstrap, git)
#   dev       all of the above
#
# With no GROUP it installs dev, as it did before groups existed. --list
# prints the Debian packages of the groups, one a line, and installs nothing.
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)

runtime="libc6 libgcc-s1 libstdc++6 libmd4c0 libutf8proc2 libstemmer0d libtomlplusplus3"
build="build-essential cmake pkg-config libeigen3-dev libutf8proc-dev libmd4c-dev
libcli11-dev nlohmann-json3-dev libtomlplusplus-dev libstemmer-dev"
test_only="libgtest-dev libbenchmark-dev python3 python3-sklearn python3-jsonschema
chromium fish zsh python3-yaml python3-identify shellcheck"
fuzz_only="clang-14 libclang-rt-14-dev"
package_only="dpkg-dev mmdebstrap git"

list=false
if [ "${1:-}" = "--list" ]; then
  list=true
  shift
fi
if [ $# -eq 0 ]; then set -- dev; fi

packages=""
npm_tools=false
for group in "$@"; do
  case "$group" in
    runtime) packages="$packages $runtime" ;;
    build) packages="$packages $build" ;;
    test) packages="$packages $build $test_only"; npm_tools=true ;;
    fuzz) packages="$packages $build $test_only $fuzz_only"; npm_tools=true ;;
    package) packages="$packages $build $package_only" ;;
    dev) packages="$packages $runtime $build $test_only $fuzz_only $package_only"; npm_tools=true ;;
    *)
      echo "install-deps: unknown group '$group' (runtime, build, test, fuzz, package, dev)" >&2
      exit 2 ;;
  esac
done
# npm comes with Debian's npm package, or with a nodejs from elsewhere.
if $npm_tools && ! command -v npm >/dev/null 2>&1; then
  packages="$packages npm"
fi
# shellcheck disable=SC2086 # $packages is a list of package names
packages=$(printf '%s\n' $packages | sort -u)

if $list; then
  printf '%s\n' "$packages"
  exit 0
fi

missing=""
for package in $packages; do
  status=$(dpkg-query -W -f='${Status}' "$package" 2>/dev/null || true)
  case "$status" in
    "install ok installed") ;;
    *) missing="$missing $package" ;;
  esac
done

if [ -z "$missing" ]; then
  echo "install-deps: all packages for $* are installed"
elif [ "$(id -u)" -ne 0 ]; then
  echo "install-deps: missing:$missing; run this script as root to install them" >&2
  exit 1
else
  export DEBIAN_FRONTEND=noninteractive
  log=$(mktemp)
  trap 'rm -f "$log"' EXIT
  # shellcheck disable=SC2086 # $missing is a list of package names
  if ! { apt-get update -q && apt-get install -y -q --no-install-recommends $missing; } \
      >"$log" 2>&1; then
    cat "$log" >&2
    echo "install-deps: failed to install:$missing" >&2
    exit 1
  fi
  echo "install-deps: installed$missing"
fi

# The test tools from npm, pinned by tests/tools/package-lock.json, into
# tests/tools/node_modules (ignored by git). Offline once installed.
if $npm_tools && [ ! -x "$root/tests/tools/node_modules/.bin/action-validator" ]; then
  if ! npm ci --prefix "$root/tests/tools" --no-audit --no-fund --loglevel=error; then
    echo "install-deps: npm ci in tests/tools failed" >&2
    exit 1
  fi
  echo "install-deps: installed tests/tools/node_modules (action-validator)"
fi
