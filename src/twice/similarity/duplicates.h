// Exact duplicates: rows with the same terms and bit-identical weights.
//
// Repeated sentences are common (boilerplate, refrains, copied paragraphs)
// and, left in, make the all-pairs search quadratic: k copies are k² pairs to
// find. The search therefore runs on one row per group, and expand() turns
// its pairs back into pairs of rows, capped per later row.
// group(): O(nnz) expected. expand(): O(output · sources per row).
#ifndef TWICE_SIMILARITY_DUPLICATES_H_
#define TWICE_SIMILARITY_DUPLICATES_H_

#include <vector>

#include "twice/similarity/all_pairs.h"
#include "twice/vectorize/tfidf.h"

namespace twice::similarity {

struct DuplicateGroups {
  std::vector<int> group_of;             // per row: its group, -1 when not eligible
  std::vector<std::vector<int>> members;  // per group: its rows, ascending
  bool any_duplicate = false;            // some group has two or more rows

  // The first row of each group, which stands for it in the search.
  std::vector<bool> representatives() const;
};

DuplicateGroups group_identical_rows(const vectorize::SparseRows& rows,
                                     const std::vector<bool>& eligible);

// Pairs between representatives -> pairs between rows: every row is paired
// with the earlier rows of its own group (score: the row's dot product with
// itself) and with the earlier rows of every group its representative was
// paired with. Each later row keeps its `max_matches` best pairs (ties: the
// earliest); the result is sorted by (later, earlier).
std::vector<ScoredPair> expand_duplicates(const DuplicateGroups& groups,
                                          const vectorize::SparseRows& rows,
                                          const std::vector<ScoredPair>& representative_pairs,
                                          double threshold, int max_matches);

// Keeps the `max_matches` best pairs (highest score, then earliest) of one
// later row, sorted by earlier row. Shared by the search and the expansion.
void keep_best_matches(std::vector<ScoredPair>* pairs, std::size_t first, int max_matches);

}  // namespace twice::similarity

#endif  // TWICE_SIMILARITY_DUPLICATES_H_
