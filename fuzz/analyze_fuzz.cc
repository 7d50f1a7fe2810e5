// libFuzzer target: the whole analyze() on one document, and every report format.
// Invariants: check_analyze() in checks.h.
#include "target.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  return twice::fuzz::run_check(twice::fuzz::check_analyze, data, size);
}
