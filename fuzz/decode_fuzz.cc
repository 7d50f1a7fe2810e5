// libFuzzer target: the decoder: check_text(), check_line_length() and LineIndex.
// Invariants: check_decode() in checks.h.
#include "target.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  return twice::fuzz::run_check(twice::fuzz::check_decode, data, size);
}
