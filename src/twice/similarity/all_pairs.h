// All-pairs cosine similarity above a threshold, earlier -> later only.
//
// The All-Pairs algorithm (Bayardo, Ma, Srikant, WWW 2007) with prefix
// filtering: terms are ordered from most to least frequent, and each row
// indexes only the suffix of its terms that it needs to reach the threshold
// against any row (bounded by each term's largest weight). The frequent
// terms that would make the longest posting lists stay out of the index; a
// pair sharing only those cannot reach the threshold. While probing, a row
// takes no new candidates once its remaining terms cannot reach the
// threshold either. Every candidate's score is then completed exactly, so
// the result equals the naive O(n²) comparison's (tests check it against a
// dense reference), and nothing of size n² is ever stored.
//
// REQUIRES: rows are L2-normalised (or all-zero).
// Memory: O(nnz) for the reordered rows and the index, O(rows) scratch per
// worker, O(output). Time: O(Σ over probed postings), far below Σ df² for
// prose, where the frequent terms dominate.
// Scores are summed in an order fixed by the rows alone, so they are
// bit-identical for any number of workers.
#ifndef TWICE_SIMILARITY_ALL_PAIRS_H_
#define TWICE_SIMILARITY_ALL_PAIRS_H_

#include <functional>
#include <vector>

#include "twice/vectorize/tfidf.h"

namespace twice::similarity {

struct ScoredPair {
  int later = 0;
  int earlier = 0;
  double score = 0;  // cosine, clamped to [0, 1]
};

// Called now and then from worker threads with the rows done so far; may be
// empty. Must be thread-safe.
using ProgressCallback = std::function<void(long done, long total)>;

// Asked before each row from worker threads; true abandons the rows not yet
// searched (the caller then discards the result: see Options::timeout_seconds).
// May be empty. Must be thread-safe and cheap.
using StopCallback = std::function<bool()>;

// Every pair (later, earlier), earlier < later, both eligible, whose cosine
// is at least `threshold` (in (0, 1]). Sorted by later, then earlier.
// Each later row keeps its `max_matches` best pairs (highest score, then
// earliest); 0 keeps all. The cap bounds memory on degenerate input (one
// sentence a thousand times); identical rows are searched once (see
// duplicates.h), so repeats cost no quadratic time either.
// `jobs` <= 0 means one worker per core; the result is identical for every value.
std::vector<ScoredPair> similar_pairs(const vectorize::SparseRows& rows,
                                      const std::vector<bool>& eligible,
                                      double threshold, int jobs, int max_matches = 0,
                                      const ProgressCallback& progress = {},
                                      const StopCallback& stop = {});

}  // namespace twice::similarity

#endif  // TWICE_SIMILARITY_ALL_PAIRS_H_
