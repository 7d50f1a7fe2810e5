#include "twice/vectorize/tfidf.h"

#include <algorithm>
#include <cmath>

namespace twice::vectorize {

int Vocabulary::id(const std::string& term) {
  const auto [at, added] = ids_.emplace(term, static_cast<int>(ids_.size()));
  if (added) stop_words_.push_back(false);
  return at->second;
}

int Vocabulary::find(const std::string& term) const {
  const auto at = ids_.find(term);
  return at == ids_.end() ? -1 : at->second;
}

int Vocabulary::find_stop_word(const std::string& word) const { return find('\x02' + word); }

int Vocabulary::stop_word_id(const std::string& word) {
  // U+0002 never starts a term: stop word "will" is not the term "will".
  const auto [at, added] = ids_.emplace('\x02' + word, static_cast<int>(ids_.size()));
  if (added) stop_words_.push_back(true);
  return at->second;
}

Weighting Weighting::of(const Options& options, const Vocabulary& vocabulary) {
  Weighting weighting;
  weighting.tf = options.tf;
  weighting.idf = options.idf;
  weighting.bm25_k1 = options.bm25_k1;
  weighting.bm25_b = options.bm25_b;
  weighting.stop_words = vocabulary.stop_words();
  weighting.stop_word_weight = options.stopword_weight;
  return weighting;
}

TfidfModel TfidfModel::fit(const std::vector<Bag>& documents, int vocabulary_size,
                           TermFrequency tf, InverseDocumentFrequency idf) {
  Weighting weighting;
  weighting.tf = tf;
  weighting.idf = idf;
  return fit(documents, vocabulary_size, weighting);
}

TfidfModel TfidfModel::fit(const std::vector<Bag>& documents, int vocabulary_size,
                           const Weighting& weighting) {
  std::vector<int> document_frequency(static_cast<std::size_t>(vocabulary_size), 0);
  std::vector<int> last_seen(static_cast<std::size_t>(vocabulary_size), -1);
  double total_length = 0;
  for (std::size_t d = 0; d < documents.size(); ++d) {
    total_length += static_cast<double>(documents[d].size());
    for (const int term : documents[d]) {
      if (last_seen[term] == static_cast<int>(d)) continue;
      last_seen[term] = static_cast<int>(d);
      ++document_frequency[term];
    }
  }
  TfidfModel model;
  model.weighting_ = weighting;
  model.idf_.resize(document_frequency.size());
  const double run_documents = static_cast<double>(documents.size());
  model.average_length_ = run_documents > 0 ? total_length / run_documents : 0;
  const double n = run_documents + weighting.background_documents;
  for (std::size_t t = 0; t < document_frequency.size(); ++t) {
    const double df = document_frequency[t] + (t < weighting.background_df.size()
                                                    ? weighting.background_df[t]
                                                    : 0.0);
    model.idf_[t] = weighting.idf == InverseDocumentFrequency::kSmooth
                        ? std::log((1.0 + n) / (1.0 + df)) + 1.0
                        : std::log(n / std::max(df, 1.0)) + 1.0;
    if (t < weighting.stop_words.size() && weighting.stop_words[t]) {
      model.idf_[t] *= weighting.stop_word_weight;
    }
  }
  return model;
}

double TfidfModel::term_frequency(double count, std::size_t length) const {
  switch (weighting_.tf) {
    case TermFrequency::kRaw:
      return count;
    case TermFrequency::kSublinear:
      return 1.0 + std::log(count);
    case TermFrequency::kBm25: {
      const double k1 = weighting_.bm25_k1;
      const double b = weighting_.bm25_b;
      // A bag longer than any fitted document (a paragraph) is still a
      // positive length; with no fitted documents there is nothing to scale by.
      const double relative =
          average_length_ > 0 ? static_cast<double>(length) / average_length_ : 1.0;
      return count * (k1 + 1.0) / (count + k1 * (1.0 - b + b * relative));
    }
  }
  return count;
}

SparseRows TfidfModel::transform(const std::vector<Bag>& bags) const {
  // Weigh each row first so the matrix can be reserved exactly and filled in
  // order (Eigen's cheapest way to build a row-major matrix).
  std::vector<std::vector<std::pair<int, double>>> weights(bags.size());
  std::vector<int> per_row(bags.size());
  for (std::size_t r = 0; r < bags.size(); ++r) {
    Bag sorted = bags[r];
    std::sort(sorted.begin(), sorted.end());
    double norm = 0;
    for (std::size_t i = 0; i < sorted.size();) {
      std::size_t j = i;
      while (j < sorted.size() && sorted[j] == sorted[i]) ++j;
      const double count = static_cast<double>(j - i);
      const double weight = term_frequency(count, sorted.size()) * idf_[sorted[i]];
      weights[r].emplace_back(sorted[i], weight);
      norm += weight * weight;
      i = j;
    }
    norm = std::sqrt(norm);
    for (auto& entry : weights[r]) entry.second /= norm;
    per_row[r] = static_cast<int>(weights[r].size());
  }
  SparseRows rows(static_cast<Eigen::Index>(bags.size()),
                  static_cast<Eigen::Index>(idf_.size()));
  // With no rows (empty files, whitespace only), Eigen's reserve() leaves
  // the matrix uncompressed and makeCompressed() reads past its outer index.
  if (bags.empty()) return rows;
  rows.reserve(per_row);
  for (std::size_t r = 0; r < bags.size(); ++r) {
    for (const auto& [term, weight] : weights[r]) {
      rows.insert(static_cast<Eigen::Index>(r), term) = weight;
    }
  }
  rows.makeCompressed();
  return rows;
}

}  // namespace twice::vectorize
