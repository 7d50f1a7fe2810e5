#!/bin/sh
# Tests the Debian packages the way a user meets them: builds them from a
# clean clone of this repository (its committed HEAD) with scripts/package.sh,
# checks what they declare and hold, builds a consumer against the -dev
# package, then makes a clean Debian 12 root (mmdebstrap --variant=minbase,
# from Debian's mirror, plus man-db) and in it: installs twice with apt (so
# only its declared dependencies come in), runs `twice --version`, runs it on
# samples/news-ukraine-talks.txt (exit code 1: findings), reads `man twice`,
# completes an option with the bash completion, checks that a build-only
# install (scripts/install-deps.sh build) would bring in no test package,
# then removes and purges twice and checks nothing of it is left; last, in
# the same root, runs the README's scripts/quickstart.sh as on a fresh machine
# and checks that it installed no test package.
#
#   scripts/test-package.sh            as root; needs network access to Debian
#
# Prints each step with the seconds elapsed; exits non-zero on the first
# failure.
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
"$root/scripts/install-deps.sh" package

scratch=$(mktemp -d "${TMPDIR:-/tmp}/twice-test-package.XXXXXX")
trap 'rm -rf "$scratch"' EXIT
start=$(date +%s)
step() { echo "test-package: [$(($(date +%s) - start)) s] $*"; }
fail() { echo "test-package: FAILED: $*" >&2; exit 1; }

step "clone $root at $(git -C "$root" rev-parse --short HEAD)"
git clone -q "$root" "$scratch/src"

step "build the packages in the clone (scripts/package.sh)"
if ! "$scratch/src/scripts/package.sh" >"$scratch/package.log" 2>&1; then
  tail -n 40 "$scratch/package.log" >&2
  fail "scripts/package.sh"
fi
version=$(sed -n 's/^project(twice VERSION \([0-9.]*\).*/\1/p' "$scratch/src/CMakeLists.txt")
arch=$(dpkg --print-architecture)
multiarch=$(dpkg-architecture -qDEB_HOST_MULTIARCH)
deb="$scratch/src/build-package/twice_${version}-1_${arch}.deb"
dev="$scratch/src/build-package/libtwice-dev_${version}-1_${arch}.deb"
[ -f "$deb" ] || fail "no $deb (version $version from CMakeLists.txt)"
[ -f "$dev" ] || fail "no $dev"

step "check the declared dependencies of $(basename "$deb")"
depends=$(dpkg-deb -f "$deb" Depends)
echo "  Depends: $depends"
names=$(echo "$depends" | tr ',' '\n' | sed 's/(.*//; s/|.*//; s/ //g' | sort -u)
bad=$(echo "$names" | grep -E -- '-dev$|^(chromium|clang|python3|libgtest|googletest|libbenchmark|cmake)' || true)
[ -z "$bad" ] || fail "twice depends on build or test packages: $bad"
expected=$("$root/scripts/install-deps.sh" --list runtime)
[ "$names" = "$expected" ] ||
  fail "dpkg-shlibdeps found '$(echo "$names" | xargs)', install-deps.sh runtime lists '$(echo "$expected" | xargs)'"

step "check what the packages hold"
dpkg-deb -c "$deb" | awk '{print $6}' >"$scratch/twice.files"
dpkg-deb -c "$dev" | awk '{print $6}' >"$scratch/dev.files"
for path in ./usr/bin/twice ./usr/share/man/man1/twice.1.gz ./usr/share/doc/twice/copyright \
    ./usr/share/bash-completion/completions/twice ./usr/share/zsh/vendor-completions/_twice \
    ./usr/share/fish/vendor_completions.d/twice.fish; do
  grep -qx "$path" "$scratch/twice.files" || fail "twice lacks $path"
done
for path in ./usr/include/twice/twice.h "./usr/lib/$multiarch/libtwice.a" \
    "./usr/lib/$multiarch/cmake/twice/twiceConfig.cmake" ./usr/share/doc/libtwice-dev/copyright; do
  grep -qx "$path" "$scratch/dev.files" || fail "libtwice-dev lacks $path"
done
if grep -Eq '^\./usr/(include|lib)/.' "$scratch/twice.files"; then
  fail "twice holds development files: $(grep -E '^\./usr/(include|lib)/.' "$scratch/twice.files" | xargs)"
fi
if grep -q '^\./usr/bin/.' "$scratch/dev.files"; then fail "libtwice-dev holds executables"; fi
dpkg-deb --fsys-tarfile "$deb" | tar -xO ./usr/share/doc/twice/copyright >"$scratch/copyright"
for licence in Apache-2.0 BSD-3-clause-snowball WordNet-3.0 MPL-2.0 Expat; do
  grep -q "^License: $licence" "$scratch/copyright" || fail "the copyright file lacks $licence"
done

step "build and run a consumer against the extracted libtwice-dev"
dpkg-deb -x "$dev" "$scratch/devroot"
if ! { cmake -S "$root/tests/install/consumer" -B "$scratch/consumer" -DCMAKE_BUILD_TYPE=Release \
         -DCMAKE_PREFIX_PATH="$scratch/devroot/usr" &&
       cmake --build "$scratch/consumer" -j"$(nproc)" &&
       "$scratch/consumer/twice_consumer"; } >"$scratch/consumer.log" 2>&1; then
  tail -n 30 "$scratch/consumer.log" >&2
  fail "the consumer did not build or run against libtwice-dev"
fi

step "make a clean Debian 12 root and test the package in it"
mkdir "$scratch/in-root"
cp "$deb" "$root/samples/news-ukraine-talks.txt" "$root/scripts/install-deps.sh" "$scratch/in-root/"
git clone -q "$scratch/src" "$scratch/in-root/src"
cat >"$scratch/in-root/check.sh" <<EOF
#!/bin/sh
set -eu
export DEBIAN_FRONTEND=noninteractive
cd /tmp/in-root
fail() { echo "test-package: FAILED in the clean root: \$*" >&2; exit 1; }
dpkg-query -W -f '\${Package}\n' | sort >before.txt

echo "  apt-get install ./$(basename "$deb")"
apt-get install -y -q --no-install-recommends ./$(basename "$deb") >install.log 2>&1 ||
  { cat install.log >&2; fail "apt-get install"; }
dpkg-query -W -f '\${Package}\n' | sort >after.txt
echo "  it brought in: \$(comm -13 before.txt after.txt | xargs)"

out=\$(twice --version)
echo "  twice --version: \$out"
[ "\$out" = "twice $version" ] || fail "twice --version said '\$out'"

status=0
twice news-ukraine-talks.txt >report.txt 2>&1 || status=\$?
tail -n 1 report.txt | sed 's/^/  /'
[ "\$status" -eq 1 ] || fail "twice on the news sample exited \$status, not 1"
grep -Eq '^news-ukraine-talks[.]txt:5:1: (.*: )?paragraph restates news-ukraine-talks[.]txt:3:1' report.txt ||
  fail "the report lacks the restated paragraph 5 -> 3"

MANPAGER=cat MANWIDTH=80 man twice >man.txt 2>man.err || { cat man.err >&2; fail "man twice"; }
grep -q 'twice - find prose that says the same thing twice' man.txt || fail "man twice: no NAME line"
grep -q '^EXIT STATUS' man.txt || fail "man twice: no EXIT STATUS"
echo "  man twice: \$(wc -l <man.txt) lines"

completion=\$(bash -c '. /usr/share/bash-completion/completions/twice
  COMP_WORDS=(twice --fail-on ""); COMP_CWORD=2; _twice; echo "\${COMPREPLY[*]}"')
echo "  bash: twice --fail-on <TAB>: \$completion"
case " \$completion " in *" warning "*) ;; *) fail "bash completion";; esac

# A build-only install from scripts/install-deps.sh brings in no test package.
# shellcheck disable=SC2046
apt-get install -s --no-install-recommends \$(sh install-deps.sh --list build) >build-sim.txt
inst=\$(grep -c '^Inst ' build-sim.txt)
test_only=\$(sed -n 's/^Inst \([^ ]*\).*/\1/p' build-sim.txt |
  grep -E '^(chromium|clang|python3-sklearn|libgtest|googletest|libbenchmark|libclang)' || true)
[ -z "\$test_only" ] || fail "install-deps.sh build would install \$test_only"
echo "  install-deps.sh build would install \$inst packages, none of them for tests"

dpkg -L twice | sort >files.txt
apt-get remove -y -q twice >remove.log 2>&1 || { cat remove.log >&2; fail "apt-get remove"; }
dpkg --purge twice >>remove.log 2>&1 || { cat remove.log >&2; fail "dpkg --purge"; }
apt-get autoremove -y -q >>remove.log 2>&1 || { cat remove.log >&2; fail "apt-get autoremove"; }
status=\$(dpkg-query -W -f '\${Status}' twice 2>/dev/null || true)
case "\$status" in ""|"unknown ok not-installed") ;; *) fail "twice is still '\$status'";; esac
while read -r path; do
  if [ -f "\$path" ] || [ -L "\$path" ]; then fail "\$path is left after the purge"; fi
done <files.txt
dpkg-query -W -f '\${Package}\n' | sort >removed.txt
cmp -s before.txt removed.txt ||
  fail "packages differ from before the install: \$(diff before.txt removed.txt | xargs)"
echo "  removed and purged: no file of twice left, the package list is as before"

# Then the README's quick start, as on a fresh machine: build packages only.
(cd src && scripts/quickstart.sh) >quickstart.log 2>&1 || { tail -n 30 quickstart.log >&2; fail "scripts/quickstart.sh"; }
echo "  scripts/quickstart.sh: \$(tail -n 1 quickstart.log)"
test_only=\$(dpkg-query -W -f '\${Package}\n' |
  grep -E '^(chromium|clang|python3-sklearn|libgtest|googletest|libbenchmark|libclang|fish|zsh|npm)' || true)
[ -z "\$test_only" ] || fail "scripts/quickstart.sh installed test packages: \$test_only"
echo "  it installed \$(dpkg-query -W -f '\${Package}\n' | sort | comm -13 before.txt - | wc -l) packages, none of them for tests"
EOF
# shellcheck disable=SC2016 # "$1" is for mmdebstrap to expand (the root)
if ! mmdebstrap --quiet --variant=minbase --include=man-db \
    --customize-hook="copy-in $scratch/in-root /tmp" \
    --customize-hook='chroot "$1" sh /tmp/in-root/check.sh' \
    bookworm "$scratch/root" http://deb.debian.org/debian >"$scratch/mmdebstrap.log" 2>&1; then
  tail -n 40 "$scratch/mmdebstrap.log" >&2
  fail "the clean-root check"
fi
grep '^  ' "$scratch/mmdebstrap.log" || true
step "ok"
