// Background word frequencies: how often a word is expected in prose.
//
// The shipped English table (data/background/en.tsv, compiled in) counts the
// words of WordNet 3.0's glosses; scripts/build-background.py rebuilds it
// and its header says how. Format: '#' comment lines, then
// `word<TAB>count<TAB>units` a line (units: gloss segments holding the word),
// by count descending. Words are NFKC + case folded, like twice's terms.
// Immutable after parse; every method is thread-safe.
#ifndef TWICE_TEXT_BACKGROUND_H_
#define TWICE_TEXT_BACKGROUND_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>

namespace twice::text {

extern const char* const kEnglishBackground;

class Background {
 public:
  // The compiled-in English table, parsed once.
  static const Background& english();
  // Parses the format above. The total is the "# total tokens: N" header
  // when there is one (the table drops rare words), else the sum of counts.
  static Background parse(std::string_view table);

  // Occurrences of a word in the background; 0 when it is not listed.
  std::uint64_t count(std::string_view word) const;
  // 1-based rank of a word by count (1: the most frequent); 0 when absent.
  std::size_t rank(std::string_view word) const;
  std::uint64_t total() const { return total_; }
  std::size_t size() const { return words_.size(); }
  // Calls f(word, count) for every word, in no particular order.
  template <typename F>
  void for_each(F&& f) const {
    for (const auto& [word, entry] : words_) f(word, entry.count);
  }

 private:
  struct Entry {
    std::uint64_t count = 0;
    std::size_t rank = 0;
  };
  std::unordered_map<std::string, Entry> words_;
  std::uint64_t total_ = 0;
};

}  // namespace twice::text

#endif  // TWICE_TEXT_BACKGROUND_H_
