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
// Stop words (when Options::stopword_weight lets them in) get ids of their
// own, apart from any term with the same letters, and are marked.
class Vocabulary {
 public:
  int id(const std::string& term);
  int stop_word_id(const std::string& word);
  // The id of a term or stop word the vocabulary holds; -1 otherwise.
  int find(const std::string& term) const;
  int find_stop_word(const std::string& word) const;
  int size() const { return static_cast<int>(ids_.size()); }
  // Indexed by id: true for the ids of stop words.
  const std::vector<bool>& stop_words() const { return stop_words_; }

 private:
  std::unordered_map<std::string, int> ids_;
  std::vector<bool> stop_words_;
};

// How fit() weighs terms: Options' tf, idf, BM25 and stop-word fields.
struct Weighting {
  TermFrequency tf = TermFrequency::kSublinear;
  InverseDocumentFrequency idf = InverseDocumentFrequency::kSmooth;
  double bm25_k1 = 1.2;
  double bm25_b = 0.75;
  // The idf of the ids marked here is multiplied by stop_word_weight.
  std::vector<bool> stop_words;
  double stop_word_weight = 1;
  // Background document frequencies by id, out of background_documents
  // (vectorize/background_idf.h); empty: none.
  std::vector<double> background_df;
  double background_documents = 0;

  static Weighting of(const Options& options, const Vocabulary& vocabulary);
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
