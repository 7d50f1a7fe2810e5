#include "reference/dense_cosine.h"

#include <cmath>

namespace twice::reference {

DenseMatrix dense_tfidf(const std::vector<std::vector<int>>& bags, int terms,
                        TermFrequency tf, InverseDocumentFrequency idf, double k1,
                        double b) {
  const double n = static_cast<double>(bags.size());
  double mean_length = 0;
  for (const auto& bag : bags) mean_length += static_cast<double>(bag.size()) / n;
  DenseMatrix counts(bags.size(), std::vector<double>(static_cast<std::size_t>(terms), 0.0));
  for (std::size_t r = 0; r < bags.size(); ++r) {
    for (const int term : bags[r]) counts[r][term] += 1.0;
  }
  std::vector<double> idf_of(static_cast<std::size_t>(terms));
  for (int t = 0; t < terms; ++t) {
    double df = 0;
    for (const auto& row : counts) df += row[t] > 0 ? 1 : 0;
    idf_of[t] = idf == InverseDocumentFrequency::kSmooth ? std::log((1 + n) / (1 + df)) + 1
                                                         : std::log(n / df) + 1;
  }
  DenseMatrix rows = counts;
  for (std::size_t r = 0; r < rows.size(); ++r) {
    auto& row = rows[r];
    const double length = static_cast<double>(bags[r].size());
    double norm = 0;
    for (int t = 0; t < terms; ++t) {
      if (row[t] == 0) continue;
      double weight = row[t];
      if (tf == TermFrequency::kSublinear) weight = 1 + std::log(row[t]);
      if (tf == TermFrequency::kBm25) {
        weight = row[t] * (k1 + 1) / (row[t] + k1 * (1 - b + b * length / mean_length));
      }
      row[t] = weight * idf_of[t];
      norm += row[t] * row[t];
    }
    if (norm > 0) {
      for (double& value : row) value /= std::sqrt(norm);
    }
  }
  return rows;
}

std::vector<DensePair> dense_pairs(const DenseMatrix& rows, const std::vector<bool>& eligible,
                                   double threshold) {
  std::vector<DensePair> pairs;
  for (std::size_t later = 0; later < rows.size(); ++later) {
    for (std::size_t earlier = 0; earlier < later; ++earlier) {
      if (!eligible[later] || !eligible[earlier]) continue;
      double dot = 0, a = 0, b = 0;
      for (std::size_t t = 0; t < rows[later].size(); ++t) {
        dot += rows[later][t] * rows[earlier][t];
        a += rows[later][t] * rows[later][t];
        b += rows[earlier][t] * rows[earlier][t];
      }
      if (a == 0 || b == 0) continue;
      const double cosine = dot / std::sqrt(a * b);
      if (cosine >= threshold) {
        pairs.push_back({static_cast<int>(later), static_cast<int>(earlier), cosine});
      }
    }
  }
  return pairs;
}

}  // namespace twice::reference
