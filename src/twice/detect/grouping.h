// Grouping: repeated phrases that belong to a restated sentence, and the
// one order of all findings.
//
// The grouping rule (README): a repeated phrase whose occurrences all lie
// inside the two sentences of one restated-sentence pair is part of that
// finding: it is listed in the pair's Finding::phrases, not reported on its
// own. Pairs are the top-level restated-sentence findings first, then the
// sentence evidence of restated-paragraph findings, each in report order;
// a phrase goes to the first pair that holds it. A phrase with an
// occurrence anywhere else (a third sentence, another file) stays a finding
// of its own. Complexity: O((phrases + pairs) log pairs).
#ifndef TWICE_DETECT_GROUPING_H_
#define TWICE_DETECT_GROUPING_H_

#include <vector>

#include "twice/analyze.h"

namespace twice::detect {

// Moves the phrases that belong to a pair of `restatements` into it;
// returns the others, in their order.
std::vector<Finding> attach_phrases(std::vector<Finding> phrases,
                                    std::vector<Finding>* restatements);

// By location (document, begin); at the same place paragraph, sentence,
// phrase, echo, overused word; then by end, what they restate and subject.
void order_findings(std::vector<Finding>* findings);

}  // namespace twice::detect

#endif  // TWICE_DETECT_GROUPING_H_
