// The inverted-index all-pairs search against the dense O(n²) reference.
#include "twice/similarity/all_pairs.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <random>

#include "reference/dense_cosine.h"
#include "support/files.h"
#include "twice/analyze.h"
#include "twice/vectorize/tfidf.h"

namespace twice {
namespace {

using reference::DensePair;
using similarity::ScoredPair;
using vectorize::Bag;

constexpr double kTolerance = 1e-12;

// Zipf-like term draws, so that some terms are everywhere and most are rare,
// as in prose; a few rows repeat earlier rows to guarantee high scores.
std::vector<Bag> random_bags(int rows, int terms, unsigned seed) {
  std::mt19937 rng(seed);
  std::vector<double> weights(static_cast<std::size_t>(terms));
  for (int t = 0; t < terms; ++t) weights[t] = 1.0 / (t + 1);
  std::discrete_distribution<int> term(weights.begin(), weights.end());
  std::uniform_int_distribution<int> length(0, 14);
  std::vector<Bag> bags;
  for (int r = 0; r < rows; ++r) {
    if (r > 0 && r % 7 == 0) {
      Bag copy = bags[static_cast<std::size_t>(rng() % bags.size())];
      if (!copy.empty()) copy.pop_back();
      bags.push_back(copy);
      continue;
    }
    Bag bag;
    for (int i = length(rng); i > 0; --i) bag.push_back(term(rng));
    bags.push_back(bag);
  }
  return bags;
}

std::vector<Bag> sample_bags(const std::string& name, int* terms) {
  auto documents = segment({testing::sample(name)}, Options());
  EXPECT_TRUE(documents.ok());
  vectorize::Vocabulary vocabulary;
  std::vector<Bag> bags;
  for (const Paragraph& paragraph : documents.value()[0].paragraphs) {
    for (const Sentence& sentence : paragraph.sentences) {
      Bag bag;
      for (const std::string& term : sentence.terms) bag.push_back(vocabulary.id(term));
      bags.push_back(bag);
    }
  }
  *terms = vocabulary.size();
  return bags;
}

// Same pairs as the reference, up to pairs within rounding of the threshold,
// and the same scores to 1e-12.
void expect_same_pairs(const std::vector<ScoredPair>& fast, const std::vector<DensePair>& dense,
                       double threshold) {
  std::size_t d = 0;
  for (const ScoredPair& pair : fast) {
    while (d < dense.size() && std::tie(dense[d].later, dense[d].earlier) <
                                   std::tie(pair.later, pair.earlier)) {
      EXPECT_LT(dense[d].score, threshold + kTolerance)
          << "missed pair " << dense[d].later << "," << dense[d].earlier;
      ++d;
    }
    if (d < dense.size() && dense[d].later == pair.later && dense[d].earlier == pair.earlier) {
      EXPECT_NEAR(pair.score, std::min(1.0, dense[d].score), kTolerance);
      ++d;
    } else {
      EXPECT_LT(pair.score, threshold + kTolerance)
          << "extra pair " << pair.later << "," << pair.earlier;
    }
  }
  for (; d < dense.size(); ++d) EXPECT_LT(dense[d].score, threshold + kTolerance);
}

void check_against_reference(const std::vector<Bag>& bags, int terms,
                             const std::vector<bool>& eligible) {
  for (const auto tf : {TermFrequency::kRaw, TermFrequency::kSublinear}) {
    const auto model = vectorize::TfidfModel::fit(bags, terms, tf,
                                                  InverseDocumentFrequency::kSmooth);
    const auto rows = model.transform(bags);
    const auto dense = reference::dense_tfidf(bags, terms, tf, InverseDocumentFrequency::kSmooth);
    for (const double threshold : {0.05, 0.3, 0.5, 0.8, 1.0}) {
      SCOPED_TRACE("threshold " + std::to_string(threshold));
      expect_same_pairs(similarity::similar_pairs(rows, eligible, threshold, 1),
                        reference::dense_pairs(dense, eligible, threshold - kTolerance),
                        threshold);
    }
  }
}

TEST(AllPairs, MatchesDenseReferenceOnRandomZipfRows) {
  for (const unsigned seed : {1u, 2u, 3u}) {
    const auto bags = random_bags(400, 300, seed);
    check_against_reference(bags, 300, std::vector<bool>(bags.size(), true));
  }
}

TEST(AllPairs, SkipsIneligibleRowsOnBothSides) {
  const auto bags = random_bags(300, 200, 9);
  std::vector<bool> eligible(bags.size());
  for (std::size_t i = 0; i < eligible.size(); ++i) eligible[i] = i % 3 != 0;
  check_against_reference(bags, 200, eligible);
}

TEST(AllPairs, MatchesDenseReferenceOnRealSentences) {
  for (const char* name : {"news-ukraine-talks.txt", "release-notes-draft.md"}) {
    SCOPED_TRACE(name);
    int terms = 0;
    const auto bags = sample_bags(name, &terms);
    ASSERT_GT(bags.size(), 10u);
    check_against_reference(bags, terms, std::vector<bool>(bags.size(), true));
  }
}

TEST(AllPairs, MatchesDenseReferenceWithExactDuplicates) {
  // A third of the rows repeat earlier rows exactly, some many times.
  std::vector<Bag> bags = random_bags(240, 150, 5);
  std::mt19937 rng(11);
  for (int i = 0; i < 120; ++i) bags.push_back(bags[rng() % 40]);
  std::shuffle(bags.begin() + 200, bags.end(), rng);
  check_against_reference(bags, 150, std::vector<bool>(bags.size(), true));
}

TEST(AllPairs, OneSentenceRepeatedManyTimesStaysLinearAndCapped) {
  // 20000 copies: 2·10⁸ pairs if searched naively; the cap keeps the 3 best,
  // which for identical rows are the 3 earliest copies.
  const std::vector<Bag> bags(20000, Bag{0, 1, 2});
  const auto rows = vectorize::TfidfModel::fit(bags, 3, TermFrequency::kRaw,
                                               InverseDocumentFrequency::kSmooth)
                        .transform(bags);
  const auto pairs =
      similarity::similar_pairs(rows, std::vector<bool>(bags.size(), true), 0.5, 2, 3);
  ASSERT_EQ(pairs.size(), 1u + 2u + 3u * (20000u - 3u));
  for (const ScoredPair& pair : pairs) {
    EXPECT_LT(pair.earlier, 3);
    EXPECT_LT(pair.earlier, pair.later);
    EXPECT_NEAR(pair.score, 1.0, 1e-12);
  }
}

TEST(AllPairs, CapKeepsTheBestMatchesOfEachLaterRow) {
  // Row 3 matches rows 0, 1, 2 with decreasing overlap; a cap of 2 keeps 0 and 1.
  const std::vector<Bag> bags = {{0, 1, 2, 3}, {0, 1, 2, 9}, {0, 1, 8, 9}, {0, 1, 2, 3}};
  const auto rows = vectorize::TfidfModel::fit(bags, 10, TermFrequency::kRaw,
                                               InverseDocumentFrequency::kSmooth)
                        .transform(bags);
  const std::vector<bool> all(4, true);
  const auto uncapped = similarity::similar_pairs(rows, all, 0.01, 1, 0);
  const auto capped = similarity::similar_pairs(rows, all, 0.01, 1, 2);
  std::vector<int> kept;
  for (const ScoredPair& pair : capped) {
    if (pair.later == 3) kept.push_back(pair.earlier);
  }
  EXPECT_EQ(kept, (std::vector<int>{0, 1}));
  EXPECT_GT(uncapped.size(), capped.size());
}

TEST(AllPairs, IdenticalRowsScoreOneAndPointEarlierToLater) {
  const std::vector<Bag> bags = {{0, 1, 2}, {3, 4}, {0, 1, 2}};
  const auto rows = vectorize::TfidfModel::fit(bags, 5, TermFrequency::kRaw,
                                               InverseDocumentFrequency::kSmooth)
                        .transform(bags);
  const auto pairs = similarity::similar_pairs(rows, {true, true, true}, 0.99, 1);
  ASSERT_EQ(pairs.size(), 1u);
  EXPECT_EQ(pairs[0].later, 2);
  EXPECT_EQ(pairs[0].earlier, 0);
  EXPECT_LE(pairs[0].score, 1.0);
  EXPECT_NEAR(pairs[0].score, 1.0, 1e-12);
}

TEST(AllPairs, EmptyRowsNeverPair) {
  const std::vector<Bag> bags = {{}, {}, {1}, {1}};
  const auto rows = vectorize::TfidfModel::fit(bags, 2, TermFrequency::kRaw,
                                               InverseDocumentFrequency::kSmooth)
                        .transform(bags);
  const auto pairs = similarity::similar_pairs(rows, {true, true, true, true}, 0.01, 1);
  ASSERT_EQ(pairs.size(), 1u);
  EXPECT_EQ(pairs[0].later, 3);
  EXPECT_EQ(pairs[0].earlier, 2);
}

TEST(AllPairs, OutputIsIdenticalForAnyNumberOfJobs) {
  const auto bags = random_bags(3000, 500, 4);
  const auto rows = vectorize::TfidfModel::fit(bags, 500, TermFrequency::kSublinear,
                                               InverseDocumentFrequency::kSmooth)
                        .transform(bags);
  const std::vector<bool> eligible(bags.size(), true);
  const auto one = similarity::similar_pairs(rows, eligible, 0.3, 1);
  ASSERT_FALSE(one.empty());
  for (const int jobs : {2, 3, 8}) {
    const auto many = similarity::similar_pairs(rows, eligible, 0.3, jobs);
    ASSERT_EQ(many.size(), one.size());
    for (std::size_t i = 0; i < one.size(); ++i) {
      EXPECT_EQ(many[i].later, one[i].later);
      EXPECT_EQ(many[i].earlier, one[i].earlier);
      EXPECT_EQ(many[i].score, one[i].score);  // bit-identical, not just close
    }
  }
}

}  // namespace
}  // namespace twice
