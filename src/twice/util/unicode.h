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

}  // namespace twice::util

#endif  // TWICE_UTIL_UNICODE_H_
