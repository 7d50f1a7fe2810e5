// Boilerplate: sentences that recur (near-)identically in several places.
//
// A docs site says "Access this value from a template using the [X] method
// on a `Page` object." once a page, and a book "When we try to compile this
// code, we get this error:" once a chapter. Such a formula is no
// restatement: reporting each copy against the one before buries the real
// findings. A formula is a group of at least Options::boilerplate_min_count
// compared sentences linked by
//   the same frame:  the same content terms in the same order once inline
//                    code is set aside (the X above varies);
//   one word apart:  frames of 5 to 40 terms that differ by one term
//                    replaced, added or dropped ("`cargo test` ... test
//                    binaries" / "`cargo bench` ... benchmark binaries":
//                    one page a command, made from one template); or
//   near identity:   a cosine of at least Options::boilerplate_threshold;
// it is reported once, at info, with every occurrence; no pair touching one
// of its sentences is reported as a restatement. Formulas that follow one
// another everywhere they occur (the sentences of one paragraph copied to
// ten pages) are one finding, each occurrence spanning them all.
// Frames are grouped before the similarity pass, so that only the first of
// many identical sentences takes part in it (one line repeated 100,000
// times costs one search, not 100,000 x max_matches pairs).
// Frames one word apart are found by hashing each frame with every term
// left out in turn (a deletion neighbourhood), then sorting the hashes.
// Complexity: O(Σ terms²) hashing over the frames of 5 to 40 terms, a sort
// of Σ terms hashes, O(pairs · α) grouping. Deterministic.
#ifndef TWICE_DETECT_BOILERPLATE_H_
#define TWICE_DETECT_BOILERPLATE_H_

#include <cstdint>
#include <vector>

#include "twice/analyze.h"
#include "twice/detect/findings.h"
#include "twice/similarity/all_pairs.h"
#include "twice/vectorize/tfidf.h"

namespace twice::detect {

class Boilerplate {
 public:
  // bags: every sentence's feature ids, content terms first, `content` of
  // them; compared: the sentences that take part; code_term: by term id,
  // true for inline code terms.
  Boilerplate(const std::vector<vectorize::Bag>& bags, const std::vector<int>& content,
              const std::vector<bool>& compared, const std::vector<bool>& code_term,
              const Options& options);

  // True for a sentence that repeats the frame of an earlier one in a group
  // already large enough: the similarity pass can skip it.
  bool repeats_frame(int sentence) const { return repeat_[sentence]; }

  // Joins the groups of near-identical pairs (any order), then fixes the
  // formulas. Call once, before the accessors below.
  void add_pairs(const std::vector<similarity::ScoredPair>& pairs);

  // True for a sentence of a formula.
  bool in_formula(int sentence) const;

  // One info finding per formula, or per run of formulas that follow one
  // another: location the second occurrence, restates the first,
  // occurrences all, in order.
  std::vector<Finding> findings(const Passages& passages) const;

 private:
  static constexpr std::size_t kMinNeighbourTerms = 5;
  static constexpr std::size_t kMaxNeighbourTerms = 40;
  // The hash of `frame` without its term at `left_out` (frame.size(): none).
  static std::uint64_t hash(const std::vector<int>& frame, std::size_t left_out);
  int find(int sentence) const;
  void join(int a, int b);

  // The Options it reads, copied: the object may outlive the Options it was made with.
  bool enabled_;
  double threshold_;
  int min_count_;
  mutable std::vector<int> parent_;  // union-find over sentences
  std::vector<int> size_;
  std::vector<bool> repeat_;
  std::vector<bool> formula_;  // by sentence, after add_pairs
};

}  // namespace twice::detect

#endif  // TWICE_DETECT_BOILERPLATE_H_
