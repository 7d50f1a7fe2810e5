#include "twice/vectorize/tfidf.h"

#include <gtest/gtest.h>

#include <cmath>
#include <random>

#include "reference/dense_cosine.h"

namespace twice {
namespace {

using vectorize::Bag;
using vectorize::TfidfModel;

TEST(Vocabulary, NumbersTermsInOrderOfFirstAppearance) {
  vectorize::Vocabulary vocabulary;
  EXPECT_EQ(vocabulary.id("zebra"), 0);
  EXPECT_EQ(vocabulary.id("apple"), 1);
  EXPECT_EQ(vocabulary.id("zebra"), 0);
  EXPECT_EQ(vocabulary.size(), 2);
}

TEST(Tfidf, SmoothIdfFollowsScikitLearnFormula) {
  // 3 documents; term 0 in all three, term 1 in one.
  const std::vector<Bag> bags = {{0, 1}, {0}, {0, 0}};
  const auto model = TfidfModel::fit(bags, 2, TermFrequency::kRaw,
                                     InverseDocumentFrequency::kSmooth);
  EXPECT_DOUBLE_EQ(model.idf()[0], std::log(4.0 / 4.0) + 1);
  EXPECT_DOUBLE_EQ(model.idf()[1], std::log(4.0 / 2.0) + 1);
}

TEST(Tfidf, PlainIdfHasNoSmoothing) {
  const std::vector<Bag> bags = {{0, 1}, {0}, {0}, {0}};
  const auto model = TfidfModel::fit(bags, 2, TermFrequency::kRaw,
                                     InverseDocumentFrequency::kPlain);
  EXPECT_DOUBLE_EQ(model.idf()[0], 1.0);
  EXPECT_DOUBLE_EQ(model.idf()[1], std::log(4.0) + 1);
}

TEST(Tfidf, RowsAreUnitLengthAndEmptyRowsStayZero) {
  const std::vector<Bag> bags = {{0, 1, 1, 2}, {}, {2}};
  const auto rows = TfidfModel::fit(bags, 3, TermFrequency::kSublinear,
                                    InverseDocumentFrequency::kSmooth)
                        .transform(bags);
  EXPECT_NEAR(rows.row(0).norm(), 1.0, 1e-15);
  EXPECT_EQ(rows.row(1).nonZeros(), 0);
  EXPECT_NEAR(rows.row(2).norm(), 1.0, 1e-15);
}

TEST(Tfidf, SublinearTfDampsRepeatedTerms) {
  // Term 0 three times, term 1 once, same idf: weights 1+ln 3 : 1.
  const std::vector<Bag> bags = {{0, 0, 0, 1}, {0, 1}};
  const auto rows = TfidfModel::fit(bags, 2, TermFrequency::kSublinear,
                                    InverseDocumentFrequency::kSmooth)
                        .transform(bags);
  EXPECT_NEAR(rows.coeff(0, 0) / rows.coeff(0, 1), 1 + std::log(3.0), 1e-12);
}

TEST(Tfidf, MatchesDenseReferenceOnRandomBags) {
  std::mt19937 rng(7);
  std::uniform_int_distribution<int> term(0, 49);
  std::uniform_int_distribution<int> length(0, 12);
  std::vector<Bag> bags(200);
  for (Bag& bag : bags) {
    for (int i = length(rng); i > 0; --i) bag.push_back(term(rng));
  }
  for (const auto tf : {TermFrequency::kRaw, TermFrequency::kSublinear}) {
    for (const auto idf : {InverseDocumentFrequency::kSmooth, InverseDocumentFrequency::kPlain}) {
      const auto rows = TfidfModel::fit(bags, 50, tf, idf).transform(bags);
      const auto dense = reference::dense_tfidf(bags, 50, tf, idf);
      for (int r = 0; r < 200; ++r) {
        for (int t = 0; t < 50; ++t) EXPECT_NEAR(rows.coeff(r, t), dense[r][t], 1e-14);
      }
    }
  }
}

TEST(Tfidf, Bm25MatchesDenseReferenceForSeveralSaturations) {
  std::mt19937 rng(11);
  std::uniform_int_distribution<int> term(0, 19);  // few terms: counts above 1
  std::uniform_int_distribution<int> length(0, 30);
  std::vector<Bag> bags(150);
  for (Bag& bag : bags) {
    for (int i = length(rng); i > 0; --i) bag.push_back(term(rng));
  }
  for (const double k1 : {0.5, 1.2, 3.0}) {
    for (const double b : {0.0, 0.75, 1.0}) {
      vectorize::Weighting weighting;
      weighting.tf = TermFrequency::kBm25;
      weighting.bm25_k1 = k1;
      weighting.bm25_b = b;
      const auto rows = TfidfModel::fit(bags, 20, weighting).transform(bags);
      const auto dense = reference::dense_tfidf(bags, 20, TermFrequency::kBm25,
                                                InverseDocumentFrequency::kSmooth, k1, b);
      for (int r = 0; r < 150; ++r) {
        for (int t = 0; t < 20; ++t) {
          EXPECT_NEAR(rows.coeff(r, t), dense[r][t], 1e-14) << "k1 " << k1 << " b " << b;
        }
      }
    }
  }
}

TEST(Tfidf, Bm25SaturatesRepeatedTermsMoreThanSublinearTf) {
  // One term said five times against one said once: BM25 with k1 = 1.2 caps
  // the ratio of their tf below k1 + 1 = 2.2; sublinear tf gives 1 + ln 5.
  const std::vector<Bag> bags = {{0, 0, 0, 0, 0, 1}, {0, 1}};
  vectorize::Weighting weighting;
  weighting.tf = TermFrequency::kBm25;
  weighting.bm25_b = 0;
  const auto rows = TfidfModel::fit(bags, 2, weighting).transform(bags);
  const double ratio = rows.coeff(0, 0) / rows.coeff(0, 1);  // equal idf: both in every bag
  EXPECT_NEAR(ratio, 5 * 2.2 / (5 + 1.2) / (2.2 / (1 + 1.2)), 1e-12);
  EXPECT_LT(ratio, 2.2);
  EXPECT_LT(ratio, 1 + std::log(5.0));
}

TEST(Tfidf, Bm25SaturatesShortBagsMoreThanLongOnes) {
  // tf(c) = c (k1 + 1) / (c + K), K = k1 (1 - b + b len / mean len), so a
  // term said twice weighs 2 (1 + K) / (2 + K) times a term said once: the
  // longer the bag, the closer to 2.
  const std::vector<Bag> fitted = {{0, 1, 2, 3}, {4, 5, 6, 7}};  // mean length 4
  vectorize::Weighting weighting;
  weighting.tf = TermFrequency::kBm25;
  weighting.bm25_k1 = 1.2;
  weighting.bm25_b = 1.0;
  const auto model = TfidfModel::fit(fitted, 8, weighting);
  const double idf_ratio = model.idf()[0] / model.idf()[1];
  auto twice_over_once = [&](const Bag& bag) {
    const auto rows = model.transform({bag});
    return rows.coeff(0, 0) / rows.coeff(0, 1) / idf_ratio;
  };
  auto expected = [](double length) {
    const double k = 1.2 * length / 4;
    return 2 * (1 + k) / (2 + k);
  };
  const double short_ratio = twice_over_once({0, 0, 1});
  const double long_ratio = twice_over_once({0, 0, 1, 2, 3, 4, 5, 6, 7, 2, 3, 4});
  EXPECT_NEAR(short_ratio, expected(3), 1e-12);
  EXPECT_NEAR(long_ratio, expected(12), 1e-12);
  EXPECT_LT(short_ratio, long_ratio);
}

TEST(Tfidf, StopWordWeightScalesOnlyStopWordIdf) {
  vectorize::Vocabulary vocabulary;
  const int content = vocabulary.id("treati");
  const int stop = vocabulary.stop_word_id("the");
  const std::vector<Bag> bags = {{content, stop}, {stop}};
  Options options;
  for (const double weight : {0.0, 0.5, 1.0}) {
    options.stopword_weight = weight;
    const auto model =
        TfidfModel::fit(bags, vocabulary.size(), vectorize::Weighting::of(options, vocabulary));
    const double n = 2;
    EXPECT_NEAR(model.idf()[content], std::log((1 + n) / 2) + 1, 1e-12);
    EXPECT_NEAR(model.idf()[stop], weight * (std::log((1 + n) / 3) + 1), 1e-12);
    const auto rows = model.transform(bags);
    EXPECT_NEAR(rows.coeff(0, stop) / rows.coeff(0, content),
                model.idf()[stop] / model.idf()[content], 1e-12);
  }
}

TEST(Tfidf, TransformUsesFittedIdfForOtherBags) {
  // Paragraph vectors reuse the sentence idf: a bag unseen at fit time.
  const std::vector<Bag> sentences = {{0}, {0, 1}, {2}};
  const auto model = TfidfModel::fit(sentences, 3, TermFrequency::kRaw,
                                     InverseDocumentFrequency::kSmooth);
  const auto rows = model.transform({{1, 2}});
  EXPECT_NEAR(rows.coeff(0, 1) / rows.coeff(0, 2), model.idf()[1] / model.idf()[2], 1e-12);
}

// Found by fuzz/analyze_fuzz on an empty file: Eigen read past the outer
// index of a matrix with no rows (AddressSanitizer: heap-buffer-overflow).
TEST(Tfidf, TransformOfNoBagsIsAnEmptyMatrixWithoutReadingPastIt) {
  const auto model = TfidfModel::fit({}, 0, TermFrequency::kSublinear,
                                     InverseDocumentFrequency::kSmooth);
  const auto rows = model.transform({});
  EXPECT_EQ(rows.rows(), 0);
  EXPECT_EQ(rows.nonZeros(), 0);
}

}  // namespace
}  // namespace twice
