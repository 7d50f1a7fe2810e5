// Internal to the dialect pass (dialect.cc, dialect_inline.cc): the copy
// under construction, and the inline half of the pass.
#ifndef TWICE_SEGMENT_DIALECT_SCAN_H_
#define TWICE_SEGMENT_DIALECT_SCAN_H_

#include <cstddef>
#include <map>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "twice/segment/dialect.h"

namespace twice::segmenter::dialect {

// The masked copy being built, with the look-ups over the source that both
// halves need. Not thread-safe; one per file.
class Scan {
 public:
  Scan(std::string_view source, const DialectNames& names);

  std::string_view source() const { return source_; }
  // The site's own names (Options::code_shortcodes, prose_directives).
  const DialectNames& names() const { return names_; }
  // Blanks source[begin, end) in the copy (line ends kept) and records why.
  void mask(std::size_t begin, std::size_t end, std::string_view reason);
  // Writes one byte of the copy: the '>' of an admonition body's level.
  void put(std::size_t at, char c) { out_[at] = c; }
  // Start of the first blank line at or after `from`, or the source's size:
  // where the paragraph holding `from` ends at the latest. O(log lines).
  std::size_t paragraph_end(std::size_t from) const;
  // Offset of `needle` in source[from, limit), or npos. Searches that keep
  // failing from later and later offsets (a thousand "{{" and no "}}") are
  // answered from the last search, so the pass stays linear.
  std::size_t find(std::string_view needle, std::size_t from, std::size_t limit);
  // Offset of the next run of exactly `n` backticks at or after `from`
  // (which must not be inside a run) and before `limit`, or npos. O(log runs).
  std::size_t find_backticks(std::size_t n, std::size_t from, std::size_t limit) const;
  // search(from): the first match at or after `from`, or npos, for a search
  // whose matches do not depend on `from` (so the answer found from f holds
  // for any from in [f, answer]). Answered from the last search under `key`
  // when it can be, so that searches from later and later offsets stay
  // linear; find() is one such search.
  template <typename Search>
  std::size_t memoised(const std::string& key, std::size_t from, const Search& search) {
    auto& [first, answer] =
        memo_.try_emplace(key, std::string_view::npos, std::string_view::npos).first->second;
    const std::size_t npos = std::string_view::npos;
    if (first == npos || from < first || (answer != npos && from > answer)) {
      first = from;
      answer = search(from);
    }
    return answer;
  }

  Dialects finish() &&;

 private:
  std::string_view source_;
  const DialectNames& names_;
  std::string out_;
  std::vector<Masked> masked_;
  std::vector<std::size_t> blank_lines_;  // starts of whitespace-only lines, ascending
  std::vector<std::size_t> line_starts_;  // ascending
  std::map<std::size_t, std::vector<std::size_t>> backtick_runs_;  // length -> starts, ascending
  std::map<std::string, std::pair<std::size_t, std::size_t>> memo_;
};

// Masks the inline dialect syntax of source[from, to) (one line after its
// indentation): template tags, shortcodes, includes, HTML comments,
// captions, trailing attribute lists; code spans are skipped whole. A
// construct may run on past `to` (a comment or a tag over several lines, a
// code span across a line break): returns where scanning stopped, which is
// then past `to`; the caller resumes there.
std::size_t scan_inline(Scan* scan, std::size_t from, std::size_t to);

}  // namespace twice::segmenter::dialect

#endif  // TWICE_SEGMENT_DIALECT_SCAN_H_
