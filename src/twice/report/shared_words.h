// Shared words: which words of one passage also occur in the other, so that
// reports can highlight what a restatement repeats.
//
// Words are tokens of TokenPattern::kWords. Two words are the same when
// their terms are, as twice makes terms by default: normalised (NFKC + case
// folding), English stop words ("en") removed, stemmed by the English
// Snowball stemmer, so "announced" and "announcement" match. The report
// does not know the run's own settings; these are the defaults, and "the"
// or "and" in bold would help nobody whatever the run compared.
// Complexity: O(bytes). Thread-safe (one stemmer per thread).
#ifndef TWICE_REPORT_SHARED_WORDS_H_
#define TWICE_REPORT_SHARED_WORDS_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

namespace twice::report {

using TermSet = std::unordered_set<std::string>;

// The content terms of `text`: its words' terms, stop words removed.
// REQUIRES: text is valid UTF-8 (a cut excerpt may end in "…").
TermSet content_terms(std::string_view text);

// A byte range [begin, end) of a word in the text it was found in.
struct WordRange {
  std::size_t begin = 0;
  std::size_t end = 0;
};

// The words of `text` whose term is in `other`, in text order.
std::vector<WordRange> shared_words(std::string_view text, const TermSet& other);

}  // namespace twice::report

#endif  // TWICE_REPORT_SHARED_WORDS_H_
