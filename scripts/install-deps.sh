#!/bin/sh
# Installs the Debian 12 packages twice needs to build and test, when missing.
# Run as root. Safe to run again: it touches apt only if something is missing.
set -eu

packages="build-essential cmake pkg-config libeigen3-dev libutf8proc-dev
libmd4c-dev libcli11-dev nlohmann-json3-dev libtomlplusplus-dev libstemmer-dev
libgtest-dev libbenchmark-dev python3 python3-sklearn python3-jsonschema
chromium clang-14 libclang-rt-14-dev"

missing=""
for package in $packages; do
  status=$(dpkg-query -W -f='${Status}' "$package" 2>/dev/null || true)
  case "$status" in
    "install ok installed") ;;
    *) missing="$missing $package" ;;
  esac
done

if [ -z "$missing" ]; then
  echo "install-deps: all required packages are installed"
  exit 0
fi

if [ "$(id -u)" -ne 0 ]; then
  echo "install-deps: missing:$missing; run this script as root to install them" >&2
  exit 1
fi

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
