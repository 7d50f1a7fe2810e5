// libFuzzer target: the plain-text reader in every paragraph mode.
// Invariants: check_plain_text() in checks.h.
#include "target.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  return twice::fuzz::run_check(twice::fuzz::check_plain_text, data, size);
}
