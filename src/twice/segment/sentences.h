// Sentence splitting on prose text.
//
// Unicode-aware: a sentence ends at . ! ? … (and their CJK/full-width forms)
// followed by closing quotes/brackets, then whitespace and a plausible
// sentence start, or the end of the text. It does not end inside "U.S.",
// "Mr.", "e.g.", "3.5", initials ("J. R. R."), or an ellipsis followed by a
// lower-case word. Closing quotes and brackets stay with their sentence.
// Complexity: O(n).
#ifndef TWICE_SEGMENT_SENTENCES_H_
#define TWICE_SEGMENT_SENTENCES_H_

#include <cstddef>
#include <string_view>
#include <vector>

namespace twice::segmenter {

// A half-open byte range of the prose text, trimmed of whitespace, never empty.
struct TextRange {
  std::size_t begin = 0;
  std::size_t end = 0;
};

// REQUIRES: text is valid UTF-8. The ranges are in order and cover every
// non-whitespace character of `text` exactly once.
std::vector<TextRange> split_sentences(std::string_view text);

}  // namespace twice::segmenter

#endif  // TWICE_SEGMENT_SENTENCES_H_
