// Prose text: a paragraph as plain text, with the way back to its bytes.
//
// Readers (plain text, Markdown) append what a reader sees: source bytes
// copied verbatim, or a replacement (a soft line break read as one space, an
// entity read as its character) that stands for a range of source bytes.
// Sentence splitting and tokenising run on text(); source_begin/source_end
// map any character boundary of text() back to the file.
// Invariants: pieces are contiguous in text() and ascending in the source.
#ifndef TWICE_SEGMENT_PROSE_H_
#define TWICE_SEGMENT_PROSE_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "twice/text/tokenize.h"

namespace twice::segmenter {

class ProseText {
 public:
  // Appends source[begin, end) as it is. Adjacent verbatim appends merge.
  void append_source(std::string_view source, std::size_t begin, std::size_t end);
  // Appends `text` standing for source[begin, end).
  void append_replacement(std::string_view text, std::size_t begin, std::size_t end);

  const std::string& text() const { return text_; }
  bool empty() const { return text_.empty(); }

  // This text with the source bytes in `cuts` taken out of its verbatim
  // pieces, as if the reader had never been handed them (a replacement is
  // kept whole). REQUIRES: `cuts` are [begin, end) source ranges sorted by
  // begin, not overlapping. Whitespace the cuts leave at either end goes
  // too; the result may be empty. O(text + log cuts) when a cut falls inside.
  ProseText without(const std::vector<std::pair<std::size_t, std::size_t>>& cuts) const;

  // Text offset of the first character whose source starts at or after
  // `source_offset`; text().size() when none does. O(log pieces).
  std::size_t text_at(std::size_t source_offset) const;

  // Source offset where the character starting at text offset `at` starts.
  // REQUIRES: at < text().size().
  std::size_t source_begin(std::size_t at) const;
  // Source offset where the character ending at text offset `end` ends.
  // REQUIRES: 0 < end <= text().size().
  std::size_t source_end(std::size_t end) const;

 private:
  struct Piece {
    std::size_t text_begin;
    std::size_t text_end;
    std::size_t source_begin;
    std::size_t source_end;
    bool verbatim;  // text bytes map 1:1 to source bytes
  };
  std::size_t piece_at(std::size_t at) const;  // index of the piece holding text offset `at`
  void trim_space();  // drops whitespace at both ends of the text

  std::string text_;
  std::vector<Piece> pieces_;
};

// A paragraph-sized block of prose as a reader found it.
struct Block {
  ProseText prose;
  int heading = 0;  // a Markdown heading: its level, 1 to 6 (0: not a heading)
  // A Markdown list item's own text, a definition-list entry, or a link
  // list (a block that is mostly link text).
  bool list_item = false;
  // Inline code spans: byte ranges of prose.text(), in order (text/tokenize.h
  // reads each as one opaque token).
  std::vector<text::TextSpan> code;
  // Link texts: byte ranges of prose.text(), in order, each with where it
  // points (link_target()).
  struct Link {
    std::size_t begin = 0;
    std::size_t end = 0;
    std::string target;
  };
  std::vector<Link> links;
  bool before_code = false;  // a code block follows it directly (Paragraph::before_code)
  bool suppressed = false;  // marked by the writer: see Paragraph::suppressed
};

// [first, last) of `s` without leading and trailing white space (Unicode's).
std::pair<std::size_t, std::size_t> trimmed(std::string_view s);

// Whether a heading names one entry of a reference (API docs) rather than a
// topic: after an optional label ("Class:", "Static method:"), it is code
// and nothing else, inline code (`code`: byte ranges of `heading`) or
// words that read as code (`app.mount()`, `ref()`, `build_rs`), joined by
// commas, "and", "or", "&" or "/": "`fs.open(path)`", "Event: `'close'`",
// "defineProps() & defineEmits()"; not "Using `v-model`".
bool names_entry(std::string_view heading, const std::vector<text::TextSpan>& code);

// "&amp;" -> "&", "&#233;" / "&#xE9;" -> "é": true, with the character in
// `out`. Only the named entities that turn up in prose are known (the full
// HTML5 table is md4c-html's business, not md4c's); an unknown one returns
// false and stays verbatim.
bool decode_entity(std::string_view entity, std::string* out);

// The value of attribute `key` of the tag `tag` (an HTML tag, a Hugo
// shortcode): key=" value" or key='value', spaces allowed around '=', the
// key after a space; empty when there is none. A view into `tag`.
std::string_view attribute_value(std::string_view tag, std::string_view key);

// Where a link points, so that two links to one page compare equal from
// anywhere: the last part of its path and its fragment ("../reference/
// profiles.md#strip" -> "profiles.md#strip", "/guide/typescript#props" ->
// "typescript#props").
std::string link_target(std::string_view href);

}  // namespace twice::segmenter

#endif  // TWICE_SEGMENT_PROSE_H_
