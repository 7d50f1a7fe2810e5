// Doubled words: "the the", "was was", across a line break too.
//
// Two consecutive words of one sentence written the same way (but for a
// capital that starts the sentence: "The the") with nothing but white space
// between them in the source (so "**the** the", "the, the", a word either
// side of inline code, "in in-DOM" and "AND and OR" are not doubled). Words
// doubled on purpose in the paragraph's language are not reported ("had
// had", "that that"; French "nous nous", "vous vous"; German "die die",
// "der der", "das das"), nor numbers or single characters.
// Complexity: O(words). Deterministic.
#ifndef TWICE_REPETITION_DOUBLED_H_
#define TWICE_REPETITION_DOUBLED_H_

#include <vector>

#include "twice/analyze.h"
#include "twice/repetition/words.h"

namespace twice::repetition {

// One finding per doubled pair: location the second word, restates the
// first, occurrences both, subject the word as first written.
std::vector<Finding> find_doubled(const Words& run, const std::vector<Document>& documents);

}  // namespace twice::repetition

#endif  // TWICE_REPETITION_DOUBLED_H_
