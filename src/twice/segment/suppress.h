// Suppression markers: how a writer tells twice "this repeat is meant".
//
//   <!-- twice-disable -->       the blocks after it are suppressed ...
//   <!-- twice-enable -->        ... until this one
//   <!-- twice-disable-next -->  the next block is suppressed
// and, in plain text, the same as lines of their own, optionally behind a
// comment leader (#, //, ;, %, --):
//   twice: disable   twice: enable   twice: ignore (= disable-next)
// Matching ignores case and surrounding whitespace. A comment or line that
// looks like a marker but is none ("<!-- twice-disable-nxt -->", "twice:
// ignroe") is kUnknown: SuppressionState warns about it, as about a
// twice-disable that no twice-enable closes.
#ifndef TWICE_SEGMENT_SUPPRESS_H_
#define TWICE_SEGMENT_SUPPRESS_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "twice/document.h"

namespace twice::segmenter {

enum class Marker { kNone, kDisable, kEnable, kDisableNext, kUnknown };

// The marker an HTML comment (or HTML block text) holds, if any.
Marker html_marker(std::string_view html);

// The marker a whole plain-text line is, if any: an HTML-comment marker or a
// "twice: ..." line.
Marker line_marker(std::string_view line);

// Tracks markers while a reader emits blocks in order.
class SuppressionState {
 public:
  // `offset`: the marker's first byte in the source; `text`: the marker as
  // written, for the warning about an unknown one.
  void see(Marker marker, std::size_t offset, std::string_view text);
  // Whether the block about to be emitted is suppressed; consumes a
  // pending disable-next.
  bool next_block_suppressed();
  // At the end of the source: the warnings, in source order (an unclosed
  // twice-disable is named at its own offset).
  std::vector<Warning> finish();

 private:
  bool region_ = false;
  bool next_ = false;
  std::size_t region_offset_ = 0;
  std::vector<Warning> warnings_;
};

}  // namespace twice::segmenter

#endif  // TWICE_SEGMENT_SUPPRESS_H_
