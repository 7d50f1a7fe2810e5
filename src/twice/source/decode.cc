#include "twice/source/decode.h"

#include <utf8proc.h>

#include <algorithm>
#include <cstdio>
#include <cstring>

namespace twice::source {

std::size_t bom_length(std::string_view bytes) {
  return bytes.substr(0, 3) == "\xEF\xBB\xBF" ? 3 : 0;
}

namespace {

Error error_at(std::string_view bytes, std::size_t at, const std::string& path,
               std::string message) {
  Error error;
  error.path = path;
  error.message = std::move(message);
  error.byte = static_cast<std::int64_t>(at);
  error.line = 1 + std::count(bytes.begin(), bytes.begin() + at, '\n');
  return error;
}

}  // namespace

Status check_text(std::string_view bytes, const std::string& path) {
  const auto* data = reinterpret_cast<const utf8proc_uint8_t*>(bytes.data());
  std::size_t at = 0;
  while (at < bytes.size()) {
    const unsigned char byte = data[at];
    if (byte == 0) return error_at(bytes, at, path, "NUL byte: this is not a text file");
    if (byte < 0x80) {  // ASCII fast path
      ++at;
      continue;
    }
    utf8proc_int32_t code_point = 0;
    const utf8proc_ssize_t length = utf8proc_iterate(
        data + at, static_cast<utf8proc_ssize_t>(bytes.size() - at), &code_point);
    if (length < 0) {
      char shown[8];
      std::snprintf(shown, sizeof shown, "0x%02X", byte);
      return error_at(bytes, at, path,
                      std::string("invalid UTF-8: sequence starting with ") + shown);
    }
    at += static_cast<std::size_t>(length);
  }
  return Status();
}

Status check_line_length(std::string_view bytes, const std::string& path, long long max_bytes) {
  if (max_bytes <= 0) return Status();
  const auto limit = static_cast<unsigned long long>(max_bytes);
  std::int64_t line = 1;
  for (std::size_t start = 0; start < bytes.size(); ++line) {
    const void* found = std::memchr(bytes.data() + start, '\n', bytes.size() - start);
    const std::size_t end =
        found == nullptr ? bytes.size() : static_cast<const char*>(found) - bytes.data();
    std::size_t length = end - start;
    if (length > 0 && end < bytes.size() && bytes[end - 1] == '\r') --length;
    if (length > limit) {
      Error error;
      error.path = path;
      error.message = "line longer than the maximum line length (" + std::to_string(max_bytes) +
                      " bytes): " + std::to_string(length) + " bytes";
      error.line = line;
      error.byte = static_cast<std::int64_t>(start);
      return error;
    }
    start = end + 1;
  }
  return Status();
}

}  // namespace twice::source
