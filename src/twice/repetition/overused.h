// Overused words: content words used far above their expected rate, one
// summary per document and word.
//
// Only words of English paragraphs are measured (the background is English).
// For a document with N counted words (content words without digits) and a
// stem used c times in it, the background gives b uses of the stem (its
// forms' counts summed) among B content words (the table's total minus its
// stop words). The expected rate is (b + 0.5) / (B + 0.5), so a word the
// background never saw is expected at half a use. In a run of several
// documents whose other documents hold at least kMinRunWords counted words,
// the rest of the run gives a second rate the same way, and the larger of
// the two wins: a word must stand out against both English at large and the
// rest of the run (a topic shared by every file is not overused in one).
// A stem is overused when c >= Options::overused_min_count and
// (c / N) / expected >= Options::overused_min_ratio. Each document reports
// its Options::overused_max_per_document most overused, by Dunning's
// log-likelihood G2 of c in N against the winning source's (smoothed) count
// in its total (ties: the earlier first use). Like every finding, it points
// back: location = the second use, restates = the first, occurrences =
// every use (so overused_min_count is at least 2). Complexity: O(words + background).
#ifndef TWICE_REPETITION_OVERUSED_H_
#define TWICE_REPETITION_OVERUSED_H_

#include <vector>

#include "twice/analyze.h"
#include "twice/repetition/words.h"
#include "twice/text/background.h"

namespace twice::repetition {

constexpr std::size_t kMinRunWords = 2000;

// Findings in location order; severity and fingerprint unset.
// Errors: an unreadable stop-word file.
Result<std::vector<Finding>> find_overused(const Words& words,
                                           const std::vector<Document>& documents,
                                           const text::Background& background,
                                           const Options& options);

// Dunning's G2 for a word seen a times in n words against b times in m.
double log_likelihood(double a, double n, double b, double m);

}  // namespace twice::repetition

#endif  // TWICE_REPETITION_OVERUSED_H_
