#include <algorithm>

#include "twice/document.h"
#include "twice/source/decode.h"

namespace twice {

namespace {

// Every byte that is not a UTF-8 continuation byte starts a code point.
std::size_t count_code_points(const char* begin, const char* end) {
  std::size_t count = 0;
  for (const char* at = begin; at < end; ++at) {
    count += (static_cast<unsigned char>(*at) & 0xC0) != 0x80;
  }
  return count;
}

}  // namespace

LineIndex::LineIndex(std::string_view bytes) : bytes_(bytes) {
  line_starts_.push_back(0);
  for (std::size_t at = 0; at < bytes.size(); ++at) {
    if (bytes[at] == '\n') line_starts_.push_back(at + 1);
  }
  code_points_before_.reserve(bytes.size() / kStride + 1);
  code_points_before_.push_back(0);
  for (std::size_t at = kStride; at <= bytes.size(); at += kStride) {
    const char* stride = bytes.data() + at - kStride;
    code_points_before_.push_back(code_points_before_.back() +
                                  count_code_points(stride, stride + kStride));
  }
}

std::size_t LineIndex::code_points(std::size_t begin, std::size_t end) const {
  const char* data = bytes_.data();
  // The first checkpoint at or after begin, the last at or before end.
  const std::size_t first_stop = (begin + kStride - 1) / kStride;
  const std::size_t last_stop = end / kStride;
  if (first_stop >= last_stop) return count_code_points(data + begin, data + end);
  return count_code_points(data + begin, data + first_stop * kStride) +
         (code_points_before_[last_stop] - code_points_before_[first_stop]) +
         count_code_points(data + last_stop * kStride, data + end);
}

Position LineIndex::position(std::size_t offset) const {
  offset = std::min(offset, bytes_.size());
  const auto next = std::upper_bound(line_starts_.begin(), line_starts_.end(), offset);
  const std::size_t line = static_cast<std::size_t>(next - line_starts_.begin());
  std::size_t start = line_starts_[line - 1];
  if (line == 1) start += source::bom_length(bytes_);
  Position position;
  position.line = line;
  position.offset = offset;
  position.column = 1 + (start < offset ? code_points(start, offset) : 0);
  return position;
}

}  // namespace twice
