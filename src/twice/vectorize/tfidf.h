// TF-IDF: bags of term ids -> L2-normalised sparse rows (Eigen).
//
// fit() learns one idf per term from a set of documents (twice fits on every
// sentence of the run) and, for BM25, their average length; transform()
// weights any bags with it, so sentences and paragraphs share one space.
// Rows with no terms stay all-zero. Matches scikit-learn's TfidfVectorizer
// for raw tf, smooth or plain idf and norm='l2'.
// fit O(total terms); transform O(total terms · log) for sorting.
// The model is immutable after fit; transform is thread-safe.
#ifndef TWICE_VECTORIZE_TFIDF_H_
#define TWICE_VECTORIZE_TFIDF_H_

#include <Eigen/SparseCore>

#include <string>
#include <unordered_map>
#include <vector>

#include "twice/options.h"

namespace twice::vectorize {

using SparseRows = Eigen::SparseMatrix<double, Eigen::RowMajor, int>;
using Bag = std::vector<int>;  // term ids, repeated as often as they occur

// Gives each distinct term an id in order of first appearance, so ids (and
// every sum over them) do not depend on hashing.
class Vocabulary {
 public:
  int id(const std::string& term);
  int size() const { return static_cast<int>(ids_.size()); }

 private:
  std::unordered_map<std::string, int> ids_;
};

// How fit() weighs terms: Options' tf, idf and BM25 fields.
struct Weighting {
  TermFrequency tf = TermFrequency::kSublinear;
  InverseDocumentFrequency idf = InverseDocumentFrequency::kSmooth;
  double bm25_k1 = 1.2;
  double bm25_b = 0.75;

  static Weighting of(const Options& options);
};

class TfidfModel {
 public:
  static TfidfModel fit(const std::vector<Bag>& documents, int vocabulary_size,
                        const Weighting& weighting);
  static TfidfModel fit(const std::vector<Bag>& documents, int vocabulary_size,
                        TermFrequency tf, InverseDocumentFrequency idf);

  SparseRows transform(const std::vector<Bag>& bags) const;
  const std::vector<double>& idf() const { return idf_; }

 private:
  double term_frequency(double count, std::size_t length) const;

  Weighting weighting_;
  double average_length_ = 0;  // terms per fitted document, for BM25
  std::vector<double> idf_;
};

}  // namespace twice::vectorize

#endif  // TWICE_VECTORIZE_TFIDF_H_
