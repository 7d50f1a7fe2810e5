#include "twice/util/unicode.h"

#include <array>

namespace twice::util {
namespace {

constexpr utf8proc_int32_t kTableSize = 0x800;

const std::array<unsigned char, kTableSize>& category_table() {
  static const std::array<unsigned char, kTableSize> table = [] {
    std::array<unsigned char, kTableSize> filled{};
    for (utf8proc_int32_t cp = 0; cp < kTableSize; ++cp) {
      filled[cp] = static_cast<unsigned char>(utf8proc_category(cp));
    }
    return filled;
  }();
  return table;
}

}  // namespace

utf8proc_category_t category(utf8proc_int32_t cp) {
  if (cp >= 0 && cp < kTableSize) return static_cast<utf8proc_category_t>(category_table()[cp]);
  return utf8proc_category(cp);
}

bool is_space(utf8proc_int32_t cp) {
  if ((cp >= 0x09 && cp <= 0x0D) || cp == 0x20 || cp == 0x85) return true;
  if (cp < 0x80) return false;
  const utf8proc_category_t c = category(cp);
  return c == UTF8PROC_CATEGORY_ZS || c == UTF8PROC_CATEGORY_ZL || c == UTF8PROC_CATEGORY_ZP;
}

}  // namespace twice::util
