// All-pairs cosine similarity above a threshold, earlier -> later only.
//
// Row i is compared with every earlier row j < i through an inverted index
// (term -> rows holding it), so only pairs sharing a term are ever touched
// and nothing of size n² is stored. Scores are exact dot products, summed in
// the order of row i's term ids, so they do not depend on threading.
// REQUIRES: rows are L2-normalised (or all-zero).
// Memory: O(nnz) for the index + O(rows) per worker + O(output).
// Time: O(Σ over shared terms of posting-list overlap).
#ifndef TWICE_SIMILARITY_ALL_PAIRS_H_
#define TWICE_SIMILARITY_ALL_PAIRS_H_

#include <vector>

#include "twice/vectorize/tfidf.h"

namespace twice::similarity {

struct ScoredPair {
  int later = 0;
  int earlier = 0;
  double score = 0;  // cosine, clamped to [0, 1]
};

// Every pair (later, earlier), earlier < later, both eligible, whose cosine
// is at least `threshold` (> 0). Sorted by later, then earlier. `jobs` <= 0
// means one worker per core; the result is identical for every value.
std::vector<ScoredPair> similar_pairs(const vectorize::SparseRows& rows,
                                      const std::vector<bool>& eligible,
                                      double threshold, int jobs);

}  // namespace twice::similarity

#endif  // TWICE_SIMILARITY_ALL_PAIRS_H_
