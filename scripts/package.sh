#!/bin/sh
# Builds the Debian packages of twice with CPack into build-package/:
# twice_VERSION-1_ARCH.deb (the executable, man page, completions) and
# libtwice-dev_VERSION-1_ARCH.deb (library, headers, CMake package). The
# version is the project's (CMakeLists.txt); the runtime dependencies are
# computed by dpkg-shlibdeps. Installs the missing build dependencies first.
set -eu
cd "$(dirname "$0")/.."
scripts/install-deps.sh package
cmake -S . -B build-package -DCMAKE_BUILD_TYPE=Release -DCMAKE_INSTALL_PREFIX=/usr \
  -DTWICE_BUILD_TESTS=OFF -DTWICE_BUILD_BENCHMARKS=OFF
cmake --build build-package -j"$(nproc)"
rm -f build-package/*.deb
(cd build-package && cpack -G DEB)
ls build-package/*.deb
