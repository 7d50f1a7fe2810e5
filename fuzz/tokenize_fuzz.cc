// libFuzzer target: the tokenizer (both patterns), stop words and the English stemmer.
// Invariants: check_tokenize() in checks.h.
#include "target.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  return twice::fuzz::run_check(twice::fuzz::check_tokenize, data, size);
}
