// libFuzzer target: the Markdown reader (md4c underneath) and the sentences of its blocks.
// Invariants: check_markdown() in checks.h.
#include "target.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  return twice::fuzz::run_check(twice::fuzz::check_markdown, data, size);
}
