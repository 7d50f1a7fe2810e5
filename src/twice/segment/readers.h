// Readers: a file's bytes -> blocks of prose, one block a paragraph.
//
// Both readers skip a leading UTF-8 BOM, never return an empty block, and
// return blocks in source order with non-overlapping source ranges. Each
// block's prose has no leading or trailing whitespace.
// REQUIRES: `source` is valid UTF-8 without NUL bytes (see source/decode.h).
// Complexity: O(n) in the size of the source.
#ifndef TWICE_SEGMENT_READERS_H_
#define TWICE_SEGMENT_READERS_H_

#include <string_view>
#include <vector>

#include "twice/document.h"
#include "twice/options.h"
#include "twice/segment/dialect.h"
#include "twice/segment/prose.h"

namespace twice::segmenter {

// Plain text. Line breaks inside a paragraph read as one space each ("\r\n"
// included). kAuto decides per file: see choose_paragraph_mode().
// `warnings`, when given, receives the suppression markers' warnings
// (segment/suppress.h), in source order; so for read_markdown().
std::vector<Block> read_plain_text(std::string_view source, ParagraphMode mode,
                                   std::vector<Warning>* warnings = nullptr);

// kLine when lines inside blank-line-separated blocks mostly end a sentence
// (one paragraph a line: scraped and news text), kBlankLine when they mostly
// run on into the next line (hard-wrapped text). Never returns kAuto.
ParagraphMode choose_paragraph_mode(std::string_view source);

// Markdown (CommonMark with tables, through md4c). Paragraphs, headings,
// list items and block quotes are prose (list items and headings flagged as
// such); code blocks, HTML blocks, HTML comments, tables and YAML/TOML front
// matter are not. Inline markup (emphasis, links, the backticks of inline
// code) is removed from the prose text but does not break it; each inline
// code span's text is kept and its range recorded (Block::code); entities
// read as their characters. Docs-generator syntax is blanked before md4c
// reads the file and taken out of the prose (see dialect.h); admonition
// bodies read as prose. When `masked` is given, it receives what was not
// read that way, front matter included, in source order.
// `warnings`, when given, receives the suppression markers' warnings.
// `names`: the site's own shortcode and directive names (dialect.h).
std::vector<Block> read_markdown(std::string_view source, std::vector<Masked>* masked = nullptr,
                                 std::vector<Warning>* warnings = nullptr,
                                 const DialectNames& names = {});

// The `title` of a Markdown file's YAML or TOML front matter (`title: X`,
// `title = "X"`), quotes taken off; empty when there is none.
std::string_view front_matter_title(std::string_view source);

}  // namespace twice::segmenter

#endif  // TWICE_SEGMENT_READERS_H_
