#include "twice/detect/findings.h"

#include <gtest/gtest.h>

#include <map>

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

std::vector<Finding> find(const Passages& passages, const std::vector<ScoredPair>& sentences,
                          const std::vector<ScoredPair>& close_paragraphs,
                          std::map<std::pair<int, int>, double> known_cosines,
                          const Options& options) {
  return detect::find_restatements(passages, sentences, close_paragraphs,
                                   cosines(std::move(known_cosines)), options);
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

TEST(Findings, CloseParagraphVectorsAloneMakeARestatedParagraph) {
  const auto findings =
      find(three_paragraphs(), {}, {{2, 0, 0.6}}, {}, Options());
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_EQ(findings[0].kind, FindingKind::kRestatedParagraph);
  EXPECT_EQ(findings[0].location.begin, 400u);
  EXPECT_EQ(findings[0].restates.begin, 0u);
  EXPECT_TRUE(findings[0].evidence.empty());
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
  detect::find_restatements(three_paragraphs(), {{3, 0, 0.8}, {4, 1, 0.9}, {1, 0, 0.7}}, {},
                            spy, Options());
  const std::vector<std::pair<int, int>> expected = {{1, 0}, {2, 0}};
  EXPECT_EQ(asked, expected);
}

TEST(Findings, AParagraphIsReportedAgainstItsClosestRestatedParagraph) {
  // Paragraph 2 restates paragraphs 0 (0.6) and 1 (0.8).
  const auto best = of_kind(find(three_paragraphs(), {}, {{2, 0, 0.6}, {2, 1, 0.8}}, {}, Options()),
                            FindingKind::kRestatedParagraph);
  ASSERT_EQ(best.size(), 1u);
  EXPECT_EQ(best[0].restates.begin, 200u);
  Options every;
  every.all_pairs = true;
  EXPECT_EQ(of_kind(find(three_paragraphs(), {}, {{2, 0, 0.6}, {2, 1, 0.8}}, {}, every),
                    FindingKind::kRestatedParagraph)
                .size(),
            2u);
}

TEST(Findings, AreOrderedByLocationWithParagraphsFirst) {
  const auto findings = find(three_paragraphs(), {{5, 0, 0.9}, {4, 1, 0.9}, {2, 0, 0.9}}, {{2, 0, 0.7}}, {}, Options());
  ASSERT_EQ(findings.size(), 4u);
  EXPECT_EQ(findings[0].location.begin, 200u);  // sentence 2
  EXPECT_EQ(findings[1].kind, FindingKind::kRestatedParagraph);
  EXPECT_EQ(findings[1].location.begin, 400u);
  EXPECT_EQ(findings[2].kind, FindingKind::kRestatedSentence);
  EXPECT_EQ(findings[2].location.begin, 400u);
  EXPECT_EQ(findings[3].location.begin, 500u);
}

}  // namespace
}  // namespace twice
