// Echoes: the same uncommon word used again within a few words, the way
// ProWritingAid's echoes and LanguageTool's style-repeated-word rule work.
//
// Words are matched by stem (Options::stemmer; by normalised form with
// "none"), within one document, counting every token (stop words too) as
// distance. A use is a candidate unless it is a stop word, holds a digit, is
// shorter than Options::echo_min_length code points, is common (its form is
// among the Options::echo_common_words most frequent of the background
// table), lies inside an occurrence of a repeated phrase (already reported
// as such), or its stem is the document's topic (used 3 times or more, and
// at least Options::echo_topic_rate of the document's words).
// Candidate uses of a stem form clusters: each use within echo_window words
// of the one before. A cluster of two or more uses is one finding:
// location = its second use, restates = its first, occurrences = all; a
// word used five times in one sentence is one echo, not four.
// Complexity: O(words).
#ifndef TWICE_REPETITION_ECHOES_H_
#define TWICE_REPETITION_ECHOES_H_

#include <vector>

#include "twice/analyze.h"
#include "twice/repetition/words.h"
#include "twice/text/background.h"

namespace twice::repetition {

// covered: from find_phrases(), or empty. Findings in location order;
// severity and fingerprint unset.
std::vector<Finding> find_echoes(const Words& words, const std::vector<char>& covered,
                                 const std::vector<Document>& documents,
                                 const text::Background& background, const Options& options);

}  // namespace twice::repetition

#endif  // TWICE_REPETITION_ECHOES_H_
