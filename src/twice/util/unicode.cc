#include "twice/util/unicode.h"

#include <algorithm>
#include <array>
#include <iterator>

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

struct ScriptRange {
  utf8proc_int32_t first;
  utf8proc_int32_t last;
  Script script;
};

// Unicode blocks (Blocks.txt), sorted by first code point.
constexpr ScriptRange kScriptRanges[] = {
    {0x0041, 0x024F, Script::kLatin},      {0x0370, 0x03FF, Script::kGreek},
    {0x0400, 0x052F, Script::kCyrillic},   {0x0530, 0x058F, Script::kArmenian},
    {0x0590, 0x05FF, Script::kHebrew},     {0x0600, 0x06FF, Script::kArabic},
    {0x0750, 0x077F, Script::kArabic},     {0x08A0, 0x08FF, Script::kArabic},
    {0x0900, 0x097F, Script::kDevanagari}, {0x0B80, 0x0BFF, Script::kTamil},
    {0x0E00, 0x0E7F, Script::kThai},       {0x0E80, 0x0EFF, Script::kLao},
    {0x1000, 0x109F, Script::kMyanmar},    {0x1100, 0x11FF, Script::kHangul},
    {0x1780, 0x17FF, Script::kKhmer},      {0x19E0, 0x19FF, Script::kKhmer},
    {0x1C80, 0x1C8F, Script::kCyrillic},   {0x1E00, 0x1EFF, Script::kLatin},
    {0x1F00, 0x1FFF, Script::kGreek},      {0x2C60, 0x2C7F, Script::kLatin},
    {0x2DE0, 0x2DFF, Script::kCyrillic},   {0x2E80, 0x2FDF, Script::kHan},
    {0x3005, 0x3007, Script::kHan},        {0x3021, 0x3029, Script::kHan},
    {0x3038, 0x303B, Script::kHan},        {0x3040, 0x30FF, Script::kKana},
    {0x3130, 0x318F, Script::kHangul},     {0x31F0, 0x31FF, Script::kKana},
    {0x3400, 0x4DBF, Script::kHan},        {0x4E00, 0x9FFF, Script::kHan},
    {0xA640, 0xA69F, Script::kCyrillic},   {0xA720, 0xA7FF, Script::kLatin},
    {0xA8E0, 0xA8FF, Script::kDevanagari}, {0xA960, 0xA97F, Script::kHangul},
    {0xA9E0, 0xA9FF, Script::kMyanmar},    {0xAA60, 0xAA7F, Script::kMyanmar},
    {0xAB30, 0xAB6F, Script::kLatin},      {0xAC00, 0xD7FF, Script::kHangul},
    {0xF900, 0xFAFF, Script::kHan},        {0xFB1D, 0xFB4F, Script::kHebrew},
    {0xFB50, 0xFDFF, Script::kArabic},     {0xFE70, 0xFEFF, Script::kArabic},
    {0xFF21, 0xFF5A, Script::kLatin},      {0xFF66, 0xFF9F, Script::kKana},
    {0x1B000, 0x1B16F, Script::kKana},     {0x20000, 0x3134F, Script::kHan},
};

}  // namespace

Script script_of(utf8proc_int32_t cp) {
  if (cp < 0x80) return (cp | 0x20) >= 'a' && (cp | 0x20) <= 'z' ? Script::kLatin : Script::kOther;
  const auto after = std::upper_bound(
      std::begin(kScriptRanges), std::end(kScriptRanges), cp,
      [](utf8proc_int32_t value, const ScriptRange& range) { return value < range.first; });
  if (after == std::begin(kScriptRanges)) return Script::kOther;
  const ScriptRange& range = *std::prev(after);
  return cp <= range.last ? range.script : Script::kOther;
}

utf8proc_category_t category(utf8proc_int32_t cp) {
  if (cp >= 0 && cp < kTableSize) return static_cast<utf8proc_category_t>(category_table()[cp]);
  return utf8proc_category(cp);
}

std::string collapse_space(std::string_view text) {
  std::string out;
  bool space = false;
  for (const char c : text) {
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
      space = !out.empty();
      continue;
    }
    if (space) out += ' ';
    space = false;
    out += c;
  }
  return out;
}

bool is_space(utf8proc_int32_t cp) {
  if ((cp >= 0x09 && cp <= 0x0D) || cp == 0x20 || cp == 0x85) return true;
  if (cp < 0x80) return false;
  const utf8proc_category_t c = category(cp);
  return c == UTF8PROC_CATEGORY_ZS || c == UTF8PROC_CATEGORY_ZL || c == UTF8PROC_CATEGORY_ZP;
}

}  // namespace twice::util
