#include <algorithm>

#include "twice/document.h"
#include "twice/source/decode.h"

namespace twice {

LineIndex::LineIndex(std::string_view bytes) : bytes_(bytes) {
  line_starts_.push_back(0);
  for (std::size_t at = 0; at < bytes.size(); ++at) {
    if (bytes[at] == '\n') line_starts_.push_back(at + 1);
  }
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
  position.column = 1;
  for (std::size_t at = start; at < offset; ++at) {
    // Count code points: every byte that is not a continuation byte.
    if ((static_cast<unsigned char>(bytes_[at]) & 0xC0) != 0x80) ++position.column;
  }
  return position;
}

}  // namespace twice
