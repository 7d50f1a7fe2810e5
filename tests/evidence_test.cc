// Evidence (detect/evidence.h): what two sentences share beyond a cosine.
#include "twice/detect/evidence.h"

#include <gtest/gtest.h>

#include <vector>

namespace twice::detect {
namespace {

TEST(Evidence, CountsDistinctSharedContentTermsAndTheLongestRunInOrder) {
  // Content terms first; the trailing 90, 91 stand for stop-word ids.
  const std::vector<vectorize::Bag> bags = {{1, 2, 3, 4, 5, 1, 90}, {7, 1, 2, 3, 8, 5, 91}};
  const Evidence evidence(bags, {6, 6});
  const PairEvidence found = evidence.of(1, 0);
  EXPECT_EQ(found.shared, 4);  // 1, 2, 3, 5 (1 twice in the first still counts once)
  EXPECT_EQ(found.run, 3);     // 1 2 3
}

TEST(Evidence, StopWordIdsBeyondTheContentTermsAreNotShared) {
  const std::vector<vectorize::Bag> bags = {{1, 2, 90, 91}, {3, 4, 90, 91}};
  const Evidence evidence(bags, {2, 2});
  EXPECT_EQ(evidence.of(1, 0).shared, 0);
  EXPECT_EQ(evidence.of(1, 0).run, 0);
}

TEST(Evidence, StrongIsANearCopyOrEnoughSharedWordsWithContainmentARunOrMany) {
  const Options options;  // min_words 4, min_shared_terms 6, strict 0.8, alone 7, copied run 6
  // Near copies: a strict score and as many shared words as a compared sentence has.
  EXPECT_TRUE(Evidence::strong(0.99, {4, 4, 4, 4}, false, options));
  EXPECT_FALSE(Evidence::strong(0.99, {3, 3, 3, 3}, true, options));
  EXPECT_TRUE(Evidence::strong(0.85, {5, 2, 9, 9}, false, options));
  // Six shared words, five in a row, in one document: below every other bar.
  EXPECT_FALSE(Evidence::strong(0.6, {6, 5, 9, 9}, true, options));
  // Seven shared words are enough in one document, not across two.
  EXPECT_TRUE(Evidence::strong(0.6, {7, 1, 12, 12}, true, options));
  EXPECT_FALSE(Evidence::strong(0.6, {7, 1, 12, 12}, false, options));
  // Six shared words in a row: a copied clause, in any two documents.
  EXPECT_TRUE(Evidence::strong(0.6, {6, 6, 12, 12}, false, options));
  // The shorter sentence's six words all in the longer one's nine; five are too few.
  EXPECT_TRUE(Evidence::strong(0.6, {6, 3, 6, 9}, false, options));
  EXPECT_FALSE(Evidence::strong(0.6, {5, 3, 5, 9}, false, options));
}

TEST(Evidence, OutsideLeavesTheLinkedSentencesOut) {
  // Paragraph A = sentences 0, 1; paragraph B = sentences 2, 3. 1 and 3 are
  // the linked pair; 0 and 2 share 4, 5, 6, with 5 6 in a row.
  const std::vector<vectorize::Bag> bags = {
      {4, 5, 6, 10}, {1, 2, 3}, {20, 4, 5, 6}, {1, 2, 3}};
  const Evidence evidence(bags, {4, 3, 4, 3});
  const PairEvidence rest = evidence.outside(2, 4, 0, 2, {3}, {1});
  EXPECT_EQ(rest.shared, 3);
  EXPECT_EQ(rest.run, 3);
  const PairEvidence nothing = evidence.outside(2, 4, 0, 2, {2, 3}, {0, 1});
  EXPECT_EQ(nothing.shared, 0);
  EXPECT_EQ(nothing.run, 0);
}

}  // namespace
}  // namespace twice::detect
