// Docs dialects: docs-generator syntax in a Markdown file, blanked before
// md4c reads it.
//
// Documentation trees are Markdown plus the syntax of their generator:
// mdBook includes, MkDocs admonitions and snippets, mkdocstrings API blocks,
// VitePress containers, Hugo shortcodes, Jinja/Liquid/Go template tags,
// heading attributes, MDX imports and component tags, HTML comments and
// captions. None of it is prose, but md4c reads most of it as text.
// mask_dialects() returns a copy of the file of the same length in which
// each byte of that syntax is a space (line ends kept; see finish() in
// dialect.cc for the one letter a mask may begin with), so every offset and
// line of the copy is the file's and md4c's positions map to the file as
// they are. What it masked is returned too, in source order, so that
// `twice segment` can show why text was not read.
//
// The body of a MkDocs admonition or content tab is prose, indented by four
// columns a level, which md4c would read as code. Without moving a byte, the
// first column of each level's indentation becomes '>' so md4c reads a
// block quote (one '>' a level). A fenced block inside such a body keeps its
// '>'s up to its first empty line, which has no byte to hold one: md4c ends
// the quote and the fence there, and reads the fence's remaining lines,
// indented and after a blank line, as indented code. Code stays code.
//
// Nothing inside fenced or indented code, inline code spans, <script>,
// <style>, <pre> or <textarea> is touched, and twice's own suppression
// comments (<!-- twice-... -->) are kept for suppress.cc. The pass follows
// lists, admonition bodies and fences line by line as md4c will; it is a
// close reading, not a second CommonMark parser (see dialect.cc for what it
// does not follow).
// REQUIRES: `source` is valid UTF-8 without NUL bytes.
// Complexity: O(n log n) in the size of the source.
#ifndef TWICE_SEGMENT_DIALECT_H_
#define TWICE_SEGMENT_DIALECT_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "twice/segment/prose.h"

namespace twice::segmenter {

// Source bytes [begin, end) that are not prose, and why, in a few words
// ("admonition marker", "Hugo shortcode", ...; static strings).
struct Masked {
  std::size_t begin = 0;
  std::size_t end = 0;
  std::string_view reason;
};

struct Dialects {
  std::string text;             // the source, same length, dialect syntax blanked
  std::vector<Masked> masked;   // sorted by begin; ranges do not overlap
};

// Names a site adds to those the pass knows (Options::code_shortcodes,
// Options::prose_directives).
struct DialectNames {
  std::vector<std::string> code_shortcodes;   // Hugo shortcodes holding code or data
  std::vector<std::string> prose_directives;  // MyST directives whose body is prose
};

// Masks docs-generator syntax in source[body_begin, end) (body_begin: after
// a BOM and front matter, which the caller skips).
Dialects mask_dialects(std::string_view source, std::size_t body_begin,
                       const DialectNames& names = {});

// Takes the masked bytes out of the blocks' prose, as md4c takes out inline
// HTML: "a {{ x }} b" reads "a  b", not "a" and eleven spaces and "b".
// Blocks left with no text go. REQUIRES: `masked` as mask_dialects()
// returned it, `blocks` read from its text.
void drop_masked(const std::vector<Masked>& masked, std::vector<Block>* blocks);

}  // namespace twice::segmenter

#endif  // TWICE_SEGMENT_DIALECT_H_
