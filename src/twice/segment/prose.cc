#include "twice/segment/prose.h"

#include <algorithm>
#include <cassert>

namespace twice::segmenter {

void ProseText::append_source(std::string_view source, std::size_t begin,
                              std::size_t end) {
  assert(begin <= end && end <= source.size());
  if (begin == end) return;
  assert(pieces_.empty() || pieces_.back().source_end <= begin);
  const std::size_t at = text_.size();
  text_.append(source.data() + begin, end - begin);
  // Merging keeps the piece list short: a paragraph of plain text is usually
  // one verbatim piece per line, whatever the reader's append granularity.
  if (!pieces_.empty() && pieces_.back().verbatim &&
      pieces_.back().source_end == begin) {
    pieces_.back().text_end = text_.size();
    pieces_.back().source_end = end;
    return;
  }
  pieces_.push_back({at, text_.size(), begin, end, true});
}

void ProseText::append_replacement(std::string_view text, std::size_t begin,
                                   std::size_t end) {
  assert(begin <= end);
  // An empty replacement would own no text offset, so nothing could map to
  // it; dropping it is what "read as nothing" means anyway.
  if (text.empty()) return;
  assert(pieces_.empty() || pieces_.back().source_end <= begin);
  const std::size_t at = text_.size();
  text_.append(text);
  pieces_.push_back({at, text_.size(), begin, end, false});
}

std::size_t ProseText::piece_at(std::size_t at) const {
  assert(at < text_.size());
  // The last piece whose text_begin <= at; pieces tile text_ without gaps.
  auto it = std::upper_bound(
      pieces_.begin(), pieces_.end(), at,
      [](std::size_t value, const Piece& p) { return value < p.text_begin; });
  return static_cast<std::size_t>(it - pieces_.begin()) - 1;
}

std::size_t ProseText::source_begin(std::size_t at) const {
  const Piece& p = pieces_[piece_at(at)];
  // Inside a replacement there is no finer correspondence than its whole
  // source range, so any offset in it maps to the range's start.
  return p.verbatim ? p.source_begin + (at - p.text_begin) : p.source_begin;
}

std::size_t ProseText::source_end(std::size_t end) const {
  assert(end > 0 && end <= text_.size());
  const Piece& p = pieces_[piece_at(end - 1)];
  return p.verbatim ? p.source_begin + (end - p.text_begin) : p.source_end;
}

}  // namespace twice::segmenter
