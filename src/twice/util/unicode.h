// Code points and their classes for the scanners (segmenters, tokenizer).
//
// Thin, fast wrappers over utf8proc: ASCII decodes without a call, and the
// general category of the first 2048 code points (Latin, Greek, Cyrillic,
// Hebrew, Arabic, ...) comes from a table that is filled from utf8proc once.
// Thread-safe.
#ifndef TWICE_UTIL_UNICODE_H_
#define TWICE_UTIL_UNICODE_H_

#include <utf8proc.h>

#include <cstddef>
#include <string>
#include <string_view>

namespace twice::util {

// Decodes the code point starting at byte `at` into *cp and returns its
// length in bytes. An invalid byte reads as U+FFFD of length 1, so a scan
// always moves on (inputs are checked before they get here).
inline std::size_t decode_at(std::string_view s, std::size_t at, utf8proc_int32_t* cp) {
  const auto byte = static_cast<unsigned char>(s[at]);
  if (byte < 0x80) {
    *cp = byte;
    return 1;
  }
  const utf8proc_ssize_t n = utf8proc_iterate(
      reinterpret_cast<const utf8proc_uint8_t*>(s.data() + at),
      static_cast<utf8proc_ssize_t>(s.size() - at), cp);
  if (n <= 0) {
    *cp = 0xFFFD;
    return 1;
  }
  return static_cast<std::size_t>(n);
}

// utf8proc_category(cp), from a table for cp < 0x800.
utf8proc_category_t category(utf8proc_int32_t cp);

// ASCII \t \n \v \f \r and space, NEL, and the Unicode separators (Zs, Zl, Zp).
bool is_space(utf8proc_int32_t cp);

// `text` with each run of spaces, tabs and line breaks read as one space, and
// none at either end: a passage as written, on one line.
std::string collapse_space(std::string_view text);

// The writing system of a letter, for the scripts twice treats apart.
// utf8proc has no Script property, so this is a short table of Unicode
// blocks (util/unicode.cc), not the full Scripts.txt: a block's
// punctuation and digits map to its script too, which is harmless because
// callers ask only about letters. Everything else is kOther.
enum class Script {
  kOther, kLatin, kCyrillic, kGreek, kArmenian, kHebrew, kArabic, kDevanagari, kTamil,
  kHangul,
  // Written without spaces between words (see is_unspaced()):
  kHan, kKana, kThai, kLao, kKhmer, kMyanmar,
};

Script script_of(utf8proc_int32_t cp);

// Han, Hiragana/Katakana, Thai, Lao, Khmer, Myanmar: scripts written with no
// space between words, whose text is compared by character bigrams.
inline bool is_unspaced(Script script) { return script >= Script::kHan; }
inline bool is_unspaced(utf8proc_int32_t cp) {
  return cp >= 0x0E00 && is_unspaced(script_of(cp));  // nothing below Thai is
}

}  // namespace twice::util

#endif  // TWICE_UTIL_UNICODE_H_
