#include "twice/detect/findings.h"

#include <gtest/gtest.h>

#include <map>

#include "twice/detect/boilerplate.h"
#include "twice/detect/evidence.h"

namespace twice {
namespace {

using detect::Passages;
using similarity::ScoredPair;

// Paragraph cosines for the pairs a test names; 0 for any other pair.
detect::ParagraphCosine cosines(std::map<std::pair<int, int>, double> known) {
  return [known](int later, int earlier) {
    const auto found = known.find({later, earlier});
    return found == known.end() ? 0.0 : found->second;
  };
}

// The terms behind the passages: by default every sentence holds the same
// ten content terms, so every pair has evidence (detect/evidence.h) and
// these tests see the paragraph and sentence rules alone.
struct Terms {
  std::vector<vectorize::Bag> bags;
  std::vector<int> content;
  explicit Terms(std::size_t sentences, const vectorize::Bag& each = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10})
      : bags(sentences, each), content(sentences, static_cast<int>(each.size())) {}
};

std::vector<Finding> find(const Passages& passages, const std::vector<ScoredPair>& sentences,
                          const std::vector<ScoredPair>& close_paragraphs,
                          std::map<std::pair<int, int>, double> known_cosines,
                          const Options& options,
                          const Terms& terms = Terms(6)) {
  const detect::Evidence evidence(terms.bags, terms.content);
  // No sentence takes part in the formula rule here (boilerplate_test does).
  detect::Boilerplate boilerplate(terms.bags, terms.content,
                                  std::vector<bool>(terms.bags.size(), false),
                                  std::vector<bool>(64, false), options);
  boilerplate.add_pairs({});
  return detect::find_restatements(passages, sentences, close_paragraphs,
                                   cosines(std::move(known_cosines)), evidence, boilerplate,
                                   options);
}

// Three paragraphs in one document, two sentences each, 10 content words a
// sentence; sentence s lies at bytes [100 s, 100 s + 50).
Passages three_paragraphs() {
  Passages passages;
  for (int p = 0; p < 3; ++p) {
    passages.paragraphs.push_back({{0, static_cast<std::size_t>(200 * p),
                                    static_cast<std::size_t>(200 * p + 150)}, 20});
    for (int s = 0; s < 2; ++s) {
      const auto begin = static_cast<std::size_t>(100 * (2 * p + s));
      passages.sentences.push_back({{0, begin, begin + 50}, p, 10});
    }
  }
  return passages;
}

std::vector<Finding> of_kind(const std::vector<Finding>& findings, FindingKind kind) {
  std::vector<Finding> out;
  for (const Finding& finding : findings) {
    if (finding.kind == kind) out.push_back(finding);
  }
  return out;
}

TEST(Findings, ReportsEachLaterSentenceOnceAgainstItsBestMatch) {
  const auto findings = find(three_paragraphs(), {{4, 0, 0.6}, {4, 2, 0.9}, {4, 3, 0.7}}, {}, {}, Options());
  const auto sentences = of_kind(findings, FindingKind::kRestatedSentence);
  ASSERT_EQ(sentences.size(), 1u);
  EXPECT_EQ(sentences[0].location.begin, 400u);
  EXPECT_EQ(sentences[0].restates.begin, 200u);
  EXPECT_DOUBLE_EQ(sentences[0].score, 0.9);
}

TEST(Findings, TiesGoToTheEarliestSentence) {
  const auto findings =
      find(three_paragraphs(), {{4, 1, 0.8}, {4, 2, 0.8}}, {}, {}, Options());
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_EQ(findings[0].restates.begin, 100u);
}

TEST(Findings, AllPairsReportsEveryPairAboveThreshold) {
  Options options;
  options.all_pairs = true;
  const auto findings = find(three_paragraphs(), {{4, 0, 0.6}, {4, 2, 0.9}, {5, 1, 0.55}}, {}, {}, options);
  EXPECT_EQ(findings.size(), 3u);
}

TEST(Findings, CloseParagraphVectorsAloneAreNotARestatedParagraph) {
  // Two paragraphs on one topic: close as bags of words, no sentence restating.
  EXPECT_TRUE(find(three_paragraphs(), {}, {{2, 0, 0.6}}, {}, Options()).empty());
}

TEST(Findings, CloseParagraphsWithARestatedSentenceAreARestatedParagraph) {
  const auto findings = find(three_paragraphs(), {{4, 1, 0.85}}, {{2, 0, 0.6}}, {}, Options());
  const auto paragraphs = of_kind(findings, FindingKind::kRestatedParagraph);
  ASSERT_EQ(paragraphs.size(), 1u);
  EXPECT_EQ(paragraphs[0].location.begin, 400u);
  EXPECT_EQ(paragraphs[0].restates.begin, 0u);
  EXPECT_DOUBLE_EQ(paragraphs[0].score, 0.6);
  ASSERT_EQ(paragraphs[0].evidence.size(), 1u);
}

TEST(Findings, PairsSharingTooFewContentWordsAreNotRestatements) {
  // Each sentence holds its own terms but for 1, 2, 3 (a topic's words):
  // a score of 0.7 with three words in common is not evidence enough.
  Terms topic(6);
  for (std::size_t s = 0; s < topic.bags.size(); ++s) {
    const int own = 100 * static_cast<int>(s + 1);
    topic.bags[s] = {1, 2, 3, own, own + 1, own + 2, own + 3};
    topic.content[s] = 7;
  }
  EXPECT_TRUE(find(three_paragraphs(), {{4, 1, 0.7}}, {}, {}, Options(), topic).empty());
  // The same pair with a near-copy's score is evidence on its own... but
  // only from as many shared words as a compared sentence needs (min_words).
  Options lenient;
  lenient.min_words = 3;
  EXPECT_EQ(find(three_paragraphs(), {{4, 1, 0.85}}, {}, {}, lenient, topic).size(), 1u);
  EXPECT_TRUE(find(three_paragraphs(), {{4, 1, 0.85}}, {}, {}, Options(), topic).empty());
}

TEST(Findings, OneRestatedSentenceMakesAParagraphOnlyIfTheRestSharesAPhrase) {
  // Sentences 4 and 1 restate each other; 5 and 0 (the rest of paragraphs
  // 2 and 0) share nothing.
  Terms terms(6);
  terms.bags[0] = {20, 21, 22, 23, 24};
  terms.bags[5] = {30, 31, 32, 33, 34};
  terms.content[0] = terms.content[5] = 5;
  const auto alone = find(three_paragraphs(), {{4, 1, 0.85}}, {{2, 0, 0.6}}, {}, Options(), terms);
  EXPECT_TRUE(of_kind(alone, FindingKind::kRestatedParagraph).empty());
  EXPECT_EQ(of_kind(alone, FindingKind::kRestatedSentence).size(), 1u);
  // Now sentence 5 takes up five words of sentence 0, two of them in a row.
  terms.bags[5] = {20, 21, 40, 22, 41, 23, 24};
  terms.content[5] = 7;
  const auto more = find(three_paragraphs(), {{4, 1, 0.85}}, {{2, 0, 0.6}}, {}, Options(), terms);
  const auto paragraphs = of_kind(more, FindingKind::kRestatedParagraph);
  ASSERT_EQ(paragraphs.size(), 1u);
  EXPECT_EQ(paragraphs[0].support.shared_terms, 5);
  EXPECT_EQ(paragraphs[0].support.shared_run, 2);
}

TEST(Findings, CoverageAboveTheFloorMakesARestatedParagraphWithEvidence) {
  Options options;  // coverage 0.25, floor 0.25, paragraph threshold 0.45
  // Sentence 4 (half of paragraph 2's words) restates sentence 1 (paragraph 0).
  const auto findings =
      find(three_paragraphs(), {{4, 1, 0.85}}, {}, {{{2, 0}, 0.3}}, options);
  const auto paragraphs = of_kind(findings, FindingKind::kRestatedParagraph);
  ASSERT_EQ(paragraphs.size(), 1u);
  EXPECT_DOUBLE_EQ(paragraphs[0].coverage, 0.5);
  EXPECT_DOUBLE_EQ(paragraphs[0].score, 0.3);
  ASSERT_EQ(paragraphs[0].evidence.size(), 1u);
  EXPECT_EQ(paragraphs[0].evidence[0].location.begin, 400u);
  EXPECT_EQ(paragraphs[0].evidence[0].restates.begin, 100u);
}

TEST(Findings, CoverageBelowTheFloorIsNotEnough) {
  Options options;
  options.paragraph_floor = 0.35;
  const auto findings =
      find(three_paragraphs(), {{4, 1, 0.85}}, {}, {{{2, 0}, 0.3}}, options);
  EXPECT_TRUE(of_kind(findings, FindingKind::kRestatedParagraph).empty());
}

TEST(Findings, LowCoverageAndDistantVectorsAreNotARestatedParagraph) {
  Options options;
  options.paragraph_coverage = 0.6;  // one sentence of two covers only 0.5
  const auto findings =
      find(three_paragraphs(), {{4, 1, 0.85}}, {}, {{{2, 0}, 0.4}}, options);
  EXPECT_TRUE(of_kind(findings, FindingKind::kRestatedParagraph).empty());
}

TEST(Findings, SentencePairsInsideOneParagraphDoNotMakeItRestateItself) {
  const auto findings =
      find(three_paragraphs(), {{1, 0, 0.9}}, {}, {}, Options());
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_EQ(findings[0].kind, FindingKind::kRestatedSentence);
}

TEST(Findings, CoverageCountsEachLaterSentenceOnce) {
  // Sentence 4 matches both sentences of paragraph 0: still 10 of 20 words.
  const auto findings = find(three_paragraphs(), {{4, 0, 0.7}, {4, 1, 0.8}}, {}, {{{2, 0}, 0.3}}, Options());
  const auto paragraphs = of_kind(findings, FindingKind::kRestatedParagraph);
  ASSERT_EQ(paragraphs.size(), 1u);
  EXPECT_DOUBLE_EQ(paragraphs[0].coverage, 0.5);
  ASSERT_EQ(paragraphs[0].evidence.size(), 1u);
  EXPECT_DOUBLE_EQ(paragraphs[0].evidence[0].score, 0.8);
}

TEST(Findings, ParagraphsLeftOutOfTheRuleGetOnlySentenceFindings) {
  Passages passages = three_paragraphs();
  passages.paragraphs[2].compared = false;  // e.g. a one-sentence paragraph
  const auto findings =
      find(passages, {{4, 1, 0.95}, {5, 0, 0.95}}, {}, {{{2, 0}, 0.9}}, Options());
  EXPECT_TRUE(of_kind(findings, FindingKind::kRestatedParagraph).empty());
  EXPECT_EQ(of_kind(findings, FindingKind::kRestatedSentence).size(), 2u);
}

TEST(Findings, AsksForParagraphCosinesOnlyWhereSentencesLinkThem) {
  std::vector<std::pair<int, int>> asked;
  const detect::ParagraphCosine spy = [&](int later, int earlier) {
    asked.emplace_back(later, earlier);
    return 0.3;
  };
  const Terms terms(6);
  const detect::Evidence evidence(terms.bags, terms.content);
  detect::Boilerplate none(terms.bags, terms.content, std::vector<bool>(6, false),
                           std::vector<bool>(64, false), Options());
  none.add_pairs({});
  detect::find_restatements(three_paragraphs(), {{3, 0, 0.8}, {4, 1, 0.9}, {1, 0, 0.7}}, {},
                            spy, evidence, none, Options());
  const std::vector<std::pair<int, int>> expected = {{1, 0}, {2, 0}};
  EXPECT_EQ(asked, expected);
}

TEST(Findings, AParagraphIsReportedAgainstItsClosestRestatedParagraph) {
  // Paragraph 2 restates paragraphs 0 (0.6) and 1 (0.8), a sentence each.
  const std::vector<ScoredPair> sentences = {{4, 0, 0.85}, {5, 2, 0.85}};
  const auto best = of_kind(find(three_paragraphs(), sentences, {{2, 0, 0.6}, {2, 1, 0.8}}, {},
                                 Options()),
                            FindingKind::kRestatedParagraph);
  ASSERT_EQ(best.size(), 1u);
  EXPECT_EQ(best[0].restates.begin, 200u);
  Options every;
  every.all_pairs = true;
  EXPECT_EQ(of_kind(find(three_paragraphs(), sentences, {{2, 0, 0.6}, {2, 1, 0.8}}, {}, every),
                    FindingKind::kRestatedParagraph)
                .size(),
            2u);
}

TEST(Findings, AreOrderedByLocationWithParagraphsFirst) {
  // Paragraph 2 restates paragraph 0 through sentence 5 (its evidence, not
  // reported on its own); sentence 4, where paragraph 2 starts, restates
  // sentence 2 of paragraph 1, which paragraph 2 does not restate as a whole.
  const auto findings = find(three_paragraphs(), {{5, 0, 0.9}, {4, 2, 0.9}, {2, 0, 0.9}},
                             {{2, 0, 0.7}}, {}, Options());
  ASSERT_EQ(findings.size(), 3u);
  EXPECT_EQ(findings[0].kind, FindingKind::kRestatedSentence);
  EXPECT_EQ(findings[0].location.begin, 200u);  // sentence 2
  EXPECT_EQ(findings[1].kind, FindingKind::kRestatedParagraph);
  EXPECT_EQ(findings[1].location.begin, 400u);
  ASSERT_EQ(findings[1].evidence.size(), 1u);
  EXPECT_EQ(findings[1].evidence[0].location.begin, 500u);
  EXPECT_EQ(findings[2].kind, FindingKind::kRestatedSentence);
  EXPECT_EQ(findings[2].location.begin, 400u);
  EXPECT_EQ(findings[2].restates.begin, 200u);
}

}  // namespace
}  // namespace twice
