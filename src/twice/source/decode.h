// Decoding: checks that a file's bytes are text twice can read.
//
// Input must be UTF-8 (a leading BOM is fine) without NUL bytes. The check
// reports the first offending byte with its 1-based line, so the user can
// find it. O(n), no allocation on success.
#ifndef TWICE_SOURCE_DECODE_H_
#define TWICE_SOURCE_DECODE_H_

#include <cstddef>
#include <string>
#include <string_view>

#include "twice/status.h"

namespace twice::source {

// Length of a leading UTF-8 byte-order mark: 3 or 0.
std::size_t bom_length(std::string_view bytes);

// OK, or an error naming `path`, the line and byte of the first invalid
// UTF-8 sequence (overlong, surrogate, out of range, truncated, stray
// continuation byte) or NUL byte.
Status check_text(std::string_view bytes, const std::string& path);

// OK, or an error naming `path`, the first line longer than `max_bytes`
// bytes (its line ending not counted) and that line's first byte. 0: no
// limit. O(n) through memchr.
Status check_line_length(std::string_view bytes, const std::string& path, long long max_bytes);

}  // namespace twice::source

#endif  // TWICE_SOURCE_DECODE_H_
