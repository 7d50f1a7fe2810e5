// Plain text reader: lines -> paragraphs, by blank lines or one per line.
#include <utf8proc.h>

#include <cstddef>
#include <string_view>
#include <vector>

#include "twice/segment/readers.h"
#include "twice/segment/suppress.h"
#include "twice/util/unicode.h"

namespace twice::segmenter {
namespace {

// A line's content: from its first byte up to, not including, its "\n" or
// "\r\n". [first, last) is the content without leading and trailing
// whitespace; first == last for a blank line.
struct Line {
  std::size_t first = 0;
  std::size_t last = 0;
  bool blank() const { return first == last; }
};

std::size_t skip_bom(std::string_view s) {
  return s.substr(0, 3) == "\xEF\xBB\xBF" ? 3 : 0;
}

// Splits after the BOM. A final line without "\n" counts; an empty tail after
// the last "\n" is a blank line and changes nothing.
std::vector<Line> split_lines(std::string_view s) {
  std::vector<Line> lines;
  std::size_t at = skip_bom(s);
  while (at < s.size()) {
    std::size_t eol = s.find('\n', at);
    if (eol == std::string_view::npos) eol = s.size();
    Line line{eol, eol};
    bool seen = false;
    for (std::size_t i = at; i < eol;) {
      utf8proc_int32_t cp;
      const std::size_t n = util::decode_at(s, i, &cp);
      if (!util::is_space(cp)) {
        if (!seen) line.first = i;
        seen = true;
        line.last = i + n;
      }
      i += n;
    }
    if (!seen) line.first = line.last = at;  // blank; the \r is whitespace
    lines.push_back(line);
    at = eol + 1;
  }
  return lines;
}

bool is_terminator(utf8proc_int32_t cp) {
  switch (cp) {
    case '.': case '!': case '?': case ':':
    case 0x2026:  // … horizontal ellipsis
    case 0x203C: case 0x2047: case 0x2048: case 0x2049:  // ‼ ⁇ ⁈ ⁉
    case 0x3002: case 0xFF01: case 0xFF1F: case 0xFF61:  // 。！？｡
      return true;
    default:
      return false;
  }
}

bool is_closer(utf8proc_int32_t cp) {
  if (cp == '"' || cp == '\'') return true;
  const utf8proc_category_t c = util::category(cp);
  return c == UTF8PROC_CATEGORY_PE || c == UTF8PROC_CATEGORY_PF;
}

// True when the (trimmed, non-empty) line's last visible character ends a
// sentence: a terminator, possibly followed by closing quotes or brackets.
bool ends_sentence(std::string_view s, const Line& line) {
  std::vector<utf8proc_int32_t> cps;
  for (std::size_t i = line.first; i < line.last;) {
    utf8proc_int32_t cp;
    i += util::decode_at(s, i, &cp);
    cps.push_back(cp);
  }
  std::size_t n = cps.size();
  while (n > 0 && is_closer(cps[n - 1])) --n;
  return n > 0 && is_terminator(cps[n - 1]);
}

}  // namespace

// The rule: look at every line that is followed by another non-blank line in
// the same blank-line-separated block, i.e. every line break that lies inside
// a would-be paragraph. In hard-wrapped text most of those breaks fall
// mid-sentence, because the wrap column, not the sentence, decides where a
// line ends. In one-paragraph-a-line text (scraped pages, news) they fall
// after a sentence; the exceptions are titles and navigation snippets.
// So: kBlankLine when at least half of those lines end mid-sentence, kLine
// otherwise. With no such line (every block is one line) the two modes give
// the same paragraphs and we answer kBlankLine.
ParagraphMode choose_paragraph_mode(std::string_view source) {
  const std::vector<Line> lines = split_lines(source);
  std::size_t inner = 0;
  std::size_t mid_sentence = 0;
  for (std::size_t i = 0; i + 1 < lines.size(); ++i) {
    if (lines[i].blank() || lines[i + 1].blank()) continue;
    ++inner;
    if (!ends_sentence(source, lines[i])) ++mid_sentence;
  }
  if (inner == 0 || 2 * mid_sentence >= inner) return ParagraphMode::kBlankLine;
  return ParagraphMode::kLine;
}

std::vector<Block> read_plain_text(std::string_view source, ParagraphMode mode,
                                   std::vector<Warning>* warnings) {
  if (mode == ParagraphMode::kAuto) mode = choose_paragraph_mode(source);
  const std::vector<Line> lines = split_lines(source);
  std::vector<Block> blocks;
  SuppressionState suppression;
  bool open = false;  // kBlankLine: the last block may still grow
  const Line* previous = nullptr;
  for (const Line& line : lines) {
    if (line.blank()) {
      open = false;
      continue;
    }
    // A marker line is no prose, and it ends the paragraph before it; an
    // unknown one is warned about and read as what it is: a line.
    const std::string_view text = source.substr(line.first, line.last - line.first);
    const Marker marker = line_marker(text);
    if (marker != Marker::kNone) suppression.see(marker, line.first, text);
    if (marker != Marker::kNone && marker != Marker::kUnknown) {
      open = false;
      continue;
    }
    if (mode == ParagraphMode::kBlankLine && open) {
      // The whole break (trailing spaces, "\r\n", next line's indentation)
      // reads as one space, so the prose has no runs of layout whitespace.
      blocks.back().prose.append_replacement(" ", previous->last, line.first);
    } else {
      blocks.emplace_back();
      blocks.back().suppressed = suppression.next_block_suppressed();
    }
    blocks.back().prose.append_source(source, line.first, line.last);
    open = true;
    previous = &line;
  }
  std::vector<Warning> noticed = suppression.finish();
  if (warnings != nullptr) *warnings = std::move(noticed);
  return blocks;
}

}  // namespace twice::segmenter
