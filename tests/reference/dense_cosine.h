// Slow, obviously-correct references for the vectorize and similarity
// stages, used only by tests: dense matrices, textbook formulas, O(n² · terms).
#ifndef TWICE_TESTS_REFERENCE_DENSE_COSINE_H_
#define TWICE_TESTS_REFERENCE_DENSE_COSINE_H_

#include <vector>

#include "twice/options.h"

namespace twice::reference {

using DenseMatrix = std::vector<std::vector<double>>;  // rows x terms

// TF-IDF rows computed straight from the definitions, L2-normalised. BM25
// (k1, b) scales by each bag's length over the mean length of `bags`.
DenseMatrix dense_tfidf(const std::vector<std::vector<int>>& bags, int terms,
                        TermFrequency tf, InverseDocumentFrequency idf,
                        double k1 = 1.2, double b = 0.75);

struct DensePair {
  int later;
  int earlier;
  double score;
};

// Every pair earlier < later, both eligible, with cosine >= threshold, by
// (later, earlier). Cosines computed as u·v / (|u| |v|) on dense rows.
std::vector<DensePair> dense_pairs(const DenseMatrix& rows, const std::vector<bool>& eligible,
                                   double threshold);

}  // namespace twice::reference

#endif  // TWICE_TESTS_REFERENCE_DENSE_COSINE_H_
