// Suppression markers: how a writer tells twice "this repeat is meant".
//
//   <!-- twice-disable -->       the blocks after it are suppressed ...
//   <!-- twice-enable -->        ... until this one
//   <!-- twice-disable-next -->  the next block is suppressed
// and, in plain text, the same as lines of their own, optionally behind a
// comment leader (#, //, ;, %, --):
//   twice: disable   twice: enable   twice: ignore (= disable-next)
// Matching ignores case and surrounding whitespace.
#ifndef TWICE_SEGMENT_SUPPRESS_H_
#define TWICE_SEGMENT_SUPPRESS_H_

#include <string_view>

namespace twice::segmenter {

enum class Marker { kNone, kDisable, kEnable, kDisableNext };

// The marker an HTML comment (or HTML block text) holds, if any.
Marker html_marker(std::string_view html);

// The marker a whole plain-text line is, if any: an HTML-comment marker or a
// "twice: ..." line.
Marker line_marker(std::string_view line);

// Tracks markers while a reader emits blocks in order.
class SuppressionState {
 public:
  void see(Marker marker);
  // Whether the block about to be emitted is suppressed; consumes a
  // pending disable-next.
  bool next_block_suppressed();

 private:
  bool region_ = false;
  bool next_ = false;
};

}  // namespace twice::segmenter

#endif  // TWICE_SEGMENT_SUPPRESS_H_
