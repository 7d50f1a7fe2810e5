// What every libFuzzer target does with an input: run one check of checks.h
// and abort, printing what broke, when an invariant does not hold. A crash,
// a sanitizer report, a hang (-timeout) or a blow-up (-rss_limit_mb) stops
// the fuzzer just the same.
#ifndef TWICE_FUZZ_TARGET_H_
#define TWICE_FUZZ_TARGET_H_

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

#include "checks.h"

namespace twice::fuzz {

inline int run_check(std::string (*check)(std::string_view), const std::uint8_t* data,
                     std::size_t size) {
  const std::string broken = check(std::string_view(reinterpret_cast<const char*>(data), size));
  if (!broken.empty()) {
    std::fprintf(stderr, "twice fuzz: invariant broken: %s\n", broken.c_str());
    std::abort();
  }
  return 0;
}

}  // namespace twice::fuzz

#endif  // TWICE_FUZZ_TARGET_H_
