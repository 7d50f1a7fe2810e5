// Background word frequencies: how often a word is expected in prose.
//
// The shipped English table (data/background/en.tsv, compiled in) counts the
// words of WordNet 3.0's glosses; scripts/build-background.py rebuilds it
// and its header says how. Format: '#' comment lines, then
// `word<TAB>count<TAB>units` a line (units: gloss segments holding the word),
// by count descending. Words are NFKC + case folded, like twice's terms.
// The units column and a "# total units: N" header make it a background for
// the idf too (Options::idf_background).
// Immutable after parse; every method is thread-safe.
#ifndef TWICE_TEXT_BACKGROUND_H_
#define TWICE_TEXT_BACKGROUND_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>

#include "twice/status.h"

namespace twice::text {

extern const char* const kEnglishBackground;

class Background {
 public:
  // The compiled-in English table, parsed once.
  static const Background& english();
  // Parses the format above. The total is the "# total tokens: N" header
  // when there is one (the table drops rare words), else the sum of counts.
  // Lines that do not fit are skipped: for the shipped table.
  static Background parse(std::string_view table);
  // Reads a table a user named, strictly: an error naming the file (and the
  // line) when it cannot be read, a line is not word<TAB>count<TAB>units, or
  // the "# total units: N" header is missing or below a word's units.
  static Result<Background> load(const std::string& path);

  // Occurrences of a word in the background; 0 when it is not listed.
  std::uint64_t count(std::string_view word) const;
  // 1-based rank of a word by count (1: the most frequent); 0 when absent.
  std::size_t rank(std::string_view word) const;
  std::uint64_t total() const { return total_; }
  // Units (gloss segments, documents) holding the word; 0 when absent.
  std::uint64_t units(std::string_view word) const;
  // The "# total units: N" header; 0 when absent.
  std::uint64_t total_units() const { return total_units_; }
  std::size_t size() const { return words_.size(); }
  // Calls f(word, count) for every word, in no particular order.
  template <typename F>
  void for_each(F&& f) const {
    for (const auto& [word, entry] : words_) f(word, entry.count);
  }
  // Calls f(word, units) for every word, in no particular order.
  template <typename F>
  void for_each_units(F&& f) const {
    for (const auto& [word, entry] : words_) f(word, entry.units);
  }

 private:
  struct Entry {
    std::uint64_t count = 0;
    std::uint64_t units = 0;
    std::size_t rank = 0;
  };
  // Parses the table; with `error`, stops at the first bad line and says
  // which (1-based), else skips it.
  static Background parse_lines(std::string_view table, std::string* error, int* error_line);

  std::unordered_map<std::string, Entry> words_;
  std::uint64_t total_ = 0;
  std::uint64_t total_units_ = 0;
};

}  // namespace twice::text

#endif  // TWICE_TEXT_BACKGROUND_H_
