// libFuzzer target: the sentence splitter.
// Invariants: check_sentences() in checks.h.
#include "target.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  return twice::fuzz::run_check(twice::fuzz::check_sentences, data, size);
}
