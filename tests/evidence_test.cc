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

TEST(Evidence, StrongIsANearCopyOrSharedWordsContainedOrCopiedInARow) {
  // min_words 4, min_shared_terms 6, strict 0.85, copied run 8.
  const Options options;
  const auto level = [&](double score, PairEvidence evidence, bool same_document = true) {
    return Evidence::level(score, evidence, same_document, options);
  };
  // Near copies: a strict score and as many shared words as a compared sentence has.
  EXPECT_EQ(level(0.99, {4, 4, 4, 4}, false), EvidenceLevel::kStrong);
  EXPECT_EQ(level(0.99, {3, 3, 3, 3}), EvidenceLevel::kNone);
  // The shorter sentence's six words all in the longer one's nine; five are too few.
  EXPECT_EQ(level(0.6, {6, 3, 6, 9}, false), EvidenceLevel::kStrong);
  EXPECT_EQ(level(0.6, {5, 3, 5, 9}, false), EvidenceLevel::kNone);
  // Eight shared words in a row: a copied clause, in any two documents.
  EXPECT_EQ(level(0.6, {9, 8, 12, 12}, false), EvidenceLevel::kStrong);
}

TEST(Evidence, SupportingNeedsLessAndManySharedWordsOnlyInOneDocument) {
  // support threshold 0.8, support run 6, shared_terms_alone 7.
  const Options options;
  const auto level = [&](double score, PairEvidence evidence, bool same_document = true) {
    return Evidence::level(score, evidence, same_document, options);
  };
  EXPECT_EQ(level(0.82, {5, 2, 9, 9}, false), EvidenceLevel::kSupporting);
  EXPECT_EQ(level(0.6, {6, 6, 12, 12}, false), EvidenceLevel::kSupporting);  // six in a row
  EXPECT_EQ(level(0.6, {6, 5, 9, 9}), EvidenceLevel::kNone);
  // Seven shared words support a paragraph in one document, not across two.
  EXPECT_EQ(level(0.6, {7, 1, 12, 12}, true), EvidenceLevel::kSupporting);
  EXPECT_EQ(level(0.6, {7, 1, 12, 12}, false), EvidenceLevel::kNone);
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

TEST(Evidence, TwoLeadInsAreParallelUnlessOneCopiesTheOther) {
  // Sentences 0, 1 and 3 end with a colon; 2 does not. 0 and 1 differ in a
  // stop word only (90: "all", 91: "a"), as "To update all modules ...:" and
  // "To update a module ...:"; 3 is 0 again, word for word.
  const std::vector<vectorize::Bag> bags = {
      {1, 2, 3, 4, 5, 90}, {1, 2, 3, 4, 5, 91}, {1, 2, 3, 4, 5}, {1, 2, 3, 4, 5, 90}};
  SentenceRoles roles;
  roles.lead_in = {true, true, false, true};
  const Evidence evidence(bags, {5, 5, 5, 5}, roles);
  EXPECT_TRUE(evidence.parallel(1, 0));
  EXPECT_FALSE(evidence.parallel(3, 0));  // a copy is no parallel
  EXPECT_FALSE(evidence.parallel(2, 0));  // a lead-in restating a statement may still count
  EXPECT_FALSE(evidence.parallel(2, 1));
}

TEST(Evidence, SentencesWhoseLinksPointElsewhereAreParallelPointers) {
  // The same words; 0 and 1 link different anchors, 2 links 0's, 3 none.
  const std::vector<vectorize::Bag> bags(4, vectorize::Bag{1, 2, 3, 4, 5});
  SentenceRoles roles;
  roles.links = {{"profiles.md#strip"}, {"profiles.md#custom-profiles"},
                 {"profiles.md#custom-profiles", "profiles.md#strip"}, {}};
  const Evidence evidence(bags, {5, 5, 5, 5}, roles);
  EXPECT_TRUE(evidence.parallel(1, 0));
  EXPECT_FALSE(evidence.parallel(2, 0));  // one target in common
  EXPECT_FALSE(evidence.parallel(3, 0));  // no links on one side: nothing to compare
}

// "You would also need a file `__init__.py` as you saw in [Bigger
// Applications - Multiple Files](bigger-applications.md)." / "You could put
// those settings in another module file as you saw in [Bigger Applications
// - Multiple Files](bigger-applications.md).": the page's title (terms 4 to
// 7) is shared because both cite it, not because they say one thing.
TEST(Evidence, TheTitleOfAPageBothCiteIsNotShared) {
  const std::vector<vectorize::Bag> bags = {
      {1, 2, 3, 4, 5, 6, 7}, {8, 9, 3, 4, 5, 6, 7}, {1, 2, 3, 4, 5, 6, 7}, {8, 9, 3, 4, 5, 6, 7}};
  SentenceRoles roles;
  roles.links = {{"bigger-applications.md"}, {"bigger-applications.md"}, {"bigger-applications.md"},
                 {"other.md"}};
  roles.link_terms = {{4, 5, 6, 7}, {4, 5, 6, 7}, {4, 5, 6, 7}, {4, 5, 6, 7}};
  const Evidence evidence(bags, {7, 7, 7, 7}, roles);
  EXPECT_EQ(evidence.of(1, 0).shared, 1);  // 3 only
  EXPECT_EQ(evidence.of(1, 0).run, 1);
  // A copy is a copy, citations and all.
  EXPECT_EQ(evidence.of(2, 0).shared, 7);
  EXPECT_EQ(evidence.of(2, 0).run, 7);
  // The same words linking to different pages: not one citation.
  EXPECT_EQ(evidence.of(3, 0).shared, 5);
  EXPECT_EQ(evidence.of(3, 0).run, 5);
}

TEST(Evidence, NamingItsOwnSectionsSubjectThatTheOtherLacksIsParallel) {
  // "The `test` field indicates ..." under "The `test` field" (section 0,
  // subject 10), "The `bench` field indicates ..." under "The `bench` field"
  // (section 1, subject 11). 1-5 are the words they share.
  const std::vector<vectorize::Bag> bags = {
      {10, 1, 2, 3, 4, 5}, {11, 1, 2, 3, 4, 5}, {1, 2, 3, 4, 5, 6},
      {10, 1, 2, 3, 4, 5, 7}, {10, 1, 2, 3, 4, 5, 8}};
  SentenceRoles roles;
  roles.section = {0, 1, 1, 1, 0};
  roles.subjects = {{10}, {11}};
  const Evidence evidence(bags, {6, 6, 6, 7, 7}, roles);
  EXPECT_TRUE(evidence.parallel(1, 0));
  // One side is enough: sentence 0 names its section's subject, which
  // sentence 2 (in the other section) lacks.
  EXPECT_TRUE(evidence.parallel(2, 0));
  // Sentence 3 names section 0's subject, not its own (section 1's): it
  // says again what section 0 says, in section 1.
  EXPECT_FALSE(evidence.parallel(3, 0));
  // In one section nothing is parallel: both are about the same thing.
  EXPECT_FALSE(evidence.parallel(4, 0));
  // Without roles nothing is parallel.
  const Evidence plain(bags, {6, 6, 6, 7, 7});
  EXPECT_FALSE(plain.parallel(1, 0));
}

TEST(Evidence, InlineCodeNamesASubjectThroughItsWords) {
  // Sentence 0 on Permalink.md (subject: word 20) has the code term 30,
  // `Permalink`, made of word 20; sentence 1 on Publish.md (subject 21) has
  // the code term 31, `Publish`. Neither page's word is in either sentence.
  const std::vector<vectorize::Bag> bags = {{30, 1, 2, 3, 4}, {31, 1, 2, 3, 4}};
  SentenceRoles roles;
  roles.section = {0, 1};
  roles.subjects = {{20}, {21}};
  roles.code_words.resize(32);
  roles.code_words[30] = {20};
  roles.code_words[31] = {21};
  EXPECT_TRUE(Evidence(bags, {5, 5}, roles).parallel(1, 0));
  // A word of the code that both sections name does not tell them apart;
  // another one that only its own names does (`https_proxy`, words 20 and
  // 22, under `https-proxy`, subject 20 and 22, against `proxy`, 22).
  roles.subjects = {{20, 22}, {22}};
  roles.code_words[30] = {22};
  roles.code_words[31] = {};
  EXPECT_FALSE(Evidence(bags, {5, 5}, roles).parallel(1, 0));
  roles.code_words[30] = {20, 22};
  EXPECT_TRUE(Evidence(bags, {5, 5}, roles).parallel(1, 0));
  roles.subjects = {{20}, {21}};
  roles.code_words[30].clear();
  roles.code_words[31].clear();
  EXPECT_FALSE(Evidence(bags, {5, 5}, roles).parallel(1, 0));
}

TEST(Evidence, SentencesUnderSiblingEntriesAreParallelNestedOnesAreNot) {
  // The same words everywhere. Sections 1 and 2 are entries nested in the
  // entry of section 0 ("Class: `fs.Dir`", then two of its methods);
  // sentence 4 is in no entry.
  const std::vector<vectorize::Bag> bags(5, vectorize::Bag{1, 2, 3, 4, 5});
  SentenceRoles roles;
  roles.entry = {0, 1, 2, 2, -1};
  roles.entry_parent = {-1, 0, 0};
  const Evidence evidence(bags, {5, 5, 5, 5, 5}, roles);
  EXPECT_TRUE(evidence.parallel(2, 1));   // two methods
  EXPECT_FALSE(evidence.parallel(1, 0));  // a method and its class
  EXPECT_FALSE(evidence.parallel(3, 2));  // one entry
  EXPECT_FALSE(evidence.parallel(4, 1));  // prose and an entry
}

TEST(Evidence, OneSentenceNegatedAndTheOtherNotIsParallel) {
  // "List content that is not draft ..." / "List all content including draft ...".
  const std::vector<vectorize::Bag> bags(3, vectorize::Bag{1, 2, 3, 4, 5});
  SentenceRoles roles;
  roles.negated = {false, true, true};
  const Evidence evidence(bags, {5, 5, 5}, roles);
  EXPECT_TRUE(evidence.parallel(1, 0));
  EXPECT_FALSE(evidence.parallel(2, 1));  // both negated: the same case
}

TEST(Evidence, TwoCasesOfOneSectionAreParallelUnlessOneCopiesTheOther) {
  // "On Windows platforms ..." / "On non-Windows platforms ...": 0, 1 and 3
  // open a case in section 0, 2 in section 1; 3 is 0 again word for word.
  const std::vector<vectorize::Bag> bags = {{1, 2, 3, 4, 5, 9}, {1, 2, 3, 4, 6, 9},
                                            {1, 2, 3, 4, 7, 9}, {1, 2, 3, 4, 5, 9}};
  SentenceRoles roles;
  roles.opens_case = {true, true, true, true};
  roles.section = {0, 0, 1, 0};
  roles.subjects = {{}, {}};
  const Evidence evidence(bags, {5, 5, 5, 5}, roles);
  EXPECT_TRUE(evidence.parallel(1, 0));
  EXPECT_FALSE(evidence.parallel(2, 0));  // another section
  EXPECT_FALSE(evidence.parallel(3, 0));  // a copy
}

}  // namespace
}  // namespace twice::detect
