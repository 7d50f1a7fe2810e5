#!/bin/sh
# Follows the README's "From source" install word for word, in a copy of the
# repository, into a scratch DESTDIR (cmake --install honours it), checks what
# it installed, then builds a separate consumer project against it with
# find_package(twice): the installed package must be usable with nothing but
# its public headers and its CMake config.
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
jobs=$(nproc 2>/dev/null || echo 2)

rm -rf "$scratch"
mkdir -p "$scratch/source"

echo "== copy the repository (tracked and new files, not build trees)"
if git -C "$root" rev-parse --git-dir >/dev/null 2>&1; then
  git -C "$root" ls-files -z --cached --others --exclude-standard |
    (cd "$root" && tar --null -T - --ignore-failed-read -cf - 2>/dev/null) |
    tar -xf - -C "$scratch/source"
else
  cp -a "$root/." "$scratch/source"
  rm -rf "$scratch/source"/build "$scratch/source"/build-*
fi

echo "== the README's install commands (## Install, ### From source)"
awk '/^### From source/ { inside = 1; next }
     inside && /^```sh$/ { block = 1; next }
     block && /^```$/ { exit }
     block { print }' "$root/README.md" >"$scratch/install.sh"
if [ ! -s "$scratch/install.sh" ]; then
  echo "run_consumer: no sh block under '### From source' in README.md" >&2
  exit 1
fi
sed 's/^/    /' "$scratch/install.sh"
prefix=$(sed -n 's/.*cmake --install .* --prefix \([^ ]*\).*/\1/p' "$scratch/install.sh")
if [ -z "$prefix" ]; then
  echo "run_consumer: the README's install commands name no --prefix" >&2
  exit 1
fi
(cd "$scratch/source" && DESTDIR="$scratch/destdir" sh -eux "$scratch/install.sh")
installed="$scratch/destdir$prefix"

echo "== check what was installed under $installed"
"$installed/bin/twice" --version
for path in share/man/man1/twice.1.gz share/bash-completion/completions/twice \
    share/fish/vendor_completions.d/twice.fish share/doc/twice/copyright \
    include/twice/twice.h; do
  if [ ! -s "$installed/$path" ]; then
    echo "run_consumer: $path was not installed" >&2
    exit 1
  fi
done
if [ ! -s "$installed/share/zsh/site-functions/_twice" ] &&
   [ ! -s "$installed/share/zsh/vendor-completions/_twice" ]; then
  echo "run_consumer: no zsh completion was installed" >&2
  exit 1
fi
# Only the public headers are installed: no stage folders under include/twice.
if find "$installed/include/twice" -mindepth 1 -type d | grep -q .; then
  echo "run_consumer: internal header folders were installed:" >&2
  find "$installed/include/twice" -mindepth 1 -type d >&2
  exit 1
fi
# No test or benchmark was built: the README's build has them off.
build=$(sed -n 's/.*cmake -S [^ ]* -B \([^ ]*\).*/\1/p' "$scratch/install.sh" | head -n 1)
if [ -z "$build" ] || [ -e "$scratch/source/$build/tests" ] || [ -e "$scratch/source/$build/bench" ]; then
  echo "run_consumer: the README's build built tests or benchmarks" >&2
  exit 1
fi

echo "== configure and build the consumer against $installed"
cmake -S "$root/tests/install/consumer" -B "$scratch/consumer-build" \
  -DCMAKE_BUILD_TYPE=Release -DCMAKE_PREFIX_PATH="$installed"
cmake --build "$scratch/consumer-build" -j"$jobs"

echo "== run the consumer"
"$scratch/consumer-build/twice_consumer"
echo "install.consumer: ok"
