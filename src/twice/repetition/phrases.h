// Repeated phrases: runs of words used again, word for word.
//
// Over normalised tokens (stop words included), within one sentence: a
// phrase never crosses a sentence, so never a paragraph or a file either;
// it may cross a comma. Hash-based and linear in practice, no pairwise
// comparison:
//   1. every window of Options::phrase_min_words tokens is hashed; windows
//      with equal words form groups (hash collisions are told apart by
//      comparing the words); groups of one are dropped;
//   2. each group of length L is refined by the token after it into the
//      groups of length L + 1, until no group of two is left;
//   3. a group is a maximal run when its occurrences cannot all be extended
//      together by one token, neither on the left nor on the right (so a
//      repeated 6-word run is one phrase, and "national security team" used
//      three times is a phrase of its own next to a longer run used twice);
//   4. leading and trailing stop words are dropped while the run keeps
//      phrase_min_words words; runs with fewer than phrase_min_content_words
//      content words are dropped (a stop-word-only run never survives);
//      occurrences that overlap an earlier one are dropped, and what is left
//      must occur phrase_min_count times; runs that end up as the same words
//      are merged.
// Work: sum over tokens of the longest repeated run starting there, capped
// at kMaxPhraseWords (so O(n) for prose, O(64 n) for degenerate text).
#ifndef TWICE_REPETITION_PHRASES_H_
#define TWICE_REPETITION_PHRASES_H_

#include <vector>

#include "twice/analyze.h"
#include "twice/repetition/words.h"

namespace twice::repetition {

// Longer repeated runs are cut here: reported as runs of this many words.
constexpr int kMaxPhraseWords = 64;

struct Phrases {
  // kRepeatedPhrase findings, in location order; severity and fingerprint unset.
  std::vector<Finding> findings;
  // covered[w]: words[w] lies in an occurrence of some phrase.
  std::vector<char> covered;
};

Phrases find_phrases(const Words& words, const std::vector<Document>& documents,
                     const Options& options);

}  // namespace twice::repetition

#endif  // TWICE_REPETITION_PHRASES_H_
