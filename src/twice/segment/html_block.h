// Prose inside a Markdown HTML block.
//
// md4c hands an HTML block over as raw lines. A docs site writes notes and
// option lists that way (Jekyll's <div class="note"><h5>...</h5><p>...</p>
// </div>, Cargo's man-page <dl><dt>...<dd><p>...), and a reader sees their
// text. read_html_block() returns that text as blocks of runs of source
// bytes: one block per block-level element (<p>, <li>, <h3>, <div>, ...,
// and any tag it does not know as inline), inline tags dropped without
// splitting the text (<a> gives a link, <code> an inline code span), and
// nothing of comments, <script>, <style>, <pre>, <textarea>, <svg>,
// <template>, <figcaption> (a caption is not prose) or attribute values.
// Entities read as their characters (decode_entity), each line break as one
// space. It is a reading of well-formed docs HTML, not an HTML parser: a
// stray "<" that opens no tag is text, an unclosed raw element runs to the
// end of the block.
// Complexity: O(bytes of the block). Thread-safe.
#ifndef TWICE_SEGMENT_HTML_BLOCK_H_
#define TWICE_SEGMENT_HTML_BLOCK_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace twice::segmenter {

struct HtmlRun {
  std::string text;  // replacement text; empty for a verbatim run
  std::size_t begin = 0;
  std::size_t end = 0;
  bool verbatim = true;
  int code = 0;  // the inline code span it belongs to (1, 2, ...); 0: none
  int link = 0;  // 1 + its link's index in `link_targets`; 0: none
};

struct HtmlText {
  std::vector<HtmlRun> runs;  // not trimmed; may be only whitespace
  int heading = 0;            // <h1> to <h6>: its level
  // Inside <li>, <dt>, <dd>, <td>, <th> or <summary>, or right after a
  // heading that is only a link (a card of a page index): one of many
  // parallel entries, like a Markdown list item.
  bool list_item = false;
};

// `lines`: the block's lines as [begin, end) ranges of `source` (without
// their line ends), in order. Inline code spans are numbered on from
// `*code_spans`; each link's target (link_target()) is appended to
// `link_targets`.
std::vector<HtmlText> read_html_block(std::string_view source,
                                      const std::vector<std::pair<std::size_t, std::size_t>>& lines,
                                      int* code_spans, std::vector<std::string>* link_targets);

}  // namespace twice::segmenter

#endif  // TWICE_SEGMENT_HTML_BLOCK_H_
