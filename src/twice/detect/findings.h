// Findings: scored pairs -> restated sentences and restated paragraphs.
//
// Only pairs with evidence of a restatement count (detect/evidence.h:
// Evidence::strong), and none that touches a formula (detect/boilerplate.h).
// Sentences: each later sentence is reported against its most similar such
// earlier sentence (ties: the earliest), or against every earlier sentence
// at or above the threshold when Options::all_pairs is set.
// Paragraphs (later P, earlier Q, P != Q), with cos = cosine of their
// paragraph vectors and coverage = share of P's content words that lie in
// sentences of P restating some sentence of Q:
//   restated  iff  cos >= paragraph_threshold
//             or  (coverage >= paragraph_coverage and cos >= paragraph_floor).
// and at least one of P's sentences restates one of Q's (with evidence).
// Each later paragraph is reported against the restated paragraph closest
// to it (ties: the earliest), or against all of them with all_pairs. Its
// restated sentence pairs are its evidence and are not reported again as
// sentences of their own.
// Neither condition depends on other paragraphs, so an edit elsewhere in a
// draft changes a finding only through the shared idf weights.
// Complexity: O(pairs · log pairs).
#ifndef TWICE_DETECT_FINDINGS_H_
#define TWICE_DETECT_FINDINGS_H_

#include <functional>
#include <vector>

#include "twice/analyze.h"
#include "twice/options.h"
#include "twice/similarity/all_pairs.h"

namespace twice::detect {

class Evidence;
class Boilerplate;

struct SentenceRef {
  Span span;
  int paragraph = 0;  // index into Passages::paragraphs
  int content_words = 0;
};

struct ParagraphRef {
  Span span;
  int content_words = 0;
  // Takes part in the paragraph rule: not a heading, enough content words,
  // and more than one sentence (a one-sentence paragraph that restates is
  // reported as the sentence it is).
  bool compared = true;
  // Marked by the writer as not to be reported: nothing in it is reported as
  // restating (it may still be restated, when it was compared at all).
  bool suppressed = false;
};

struct Passages {
  std::vector<SentenceRef> sentences;    // in document order
  std::vector<ParagraphRef> paragraphs;  // in document order
};

// The cosine of two paragraphs' vectors, by index into Passages::paragraphs.
using ParagraphCosine = std::function<double(int later, int earlier)>;

// sentence_pairs: every sentence pair at or above Options::threshold.
// close_paragraphs: every pair of compared paragraphs at or above
//   Options::paragraph_threshold.
// paragraph_cosine: asked only for compared paragraphs linked by restated
//   sentences, so that the coverage rule needs no all-pairs pass at the floor.
std::vector<Finding> find_restatements(
    const Passages& passages,
    const std::vector<similarity::ScoredPair>& sentence_pairs,
    const std::vector<similarity::ScoredPair>& close_paragraphs,
    const ParagraphCosine& paragraph_cosine, const Evidence& evidence,
    const Boilerplate& boilerplate, const Options& options);

}  // namespace twice::detect

#endif  // TWICE_DETECT_FINDINGS_H_
