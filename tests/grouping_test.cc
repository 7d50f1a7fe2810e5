// Grouping (detect/grouping.h): phrases inside one restated-sentence pair
// belong to it; the one order of all findings.
#include "twice/detect/grouping.h"

#include <gtest/gtest.h>

#include "support/files.h"

namespace twice::detect {
namespace {

Finding pair(std::size_t later, std::size_t earlier, std::size_t length = 100) {
  Finding finding;
  finding.kind = FindingKind::kRestatedSentence;
  finding.location = {0, later, later + length};
  finding.restates = {0, earlier, earlier + length};
  return finding;
}

Finding phrase(std::vector<std::size_t> starts, std::size_t length = 10) {
  Finding finding;
  finding.kind = FindingKind::kRepeatedPhrase;
  for (const std::size_t start : starts) finding.occurrences.push_back({0, start, start + length});
  finding.restates = finding.occurrences[0];
  finding.location = finding.occurrences[1];
  return finding;
}

TEST(Grouping, PhraseInsideBothSentencesOfAPairJoinsIt) {
  std::vector<Finding> restatements = {pair(500, 100)};
  const std::vector<Finding> alone = attach_phrases({phrase({120, 530})}, &restatements);
  EXPECT_TRUE(alone.empty());
  ASSERT_EQ(restatements[0].phrases.size(), 1u);
  EXPECT_EQ(restatements[0].phrases[0].location.begin, 530u);
}

TEST(Grouping, PhraseWithAnOccurrenceOutsideThePairStaysAFinding) {
  std::vector<Finding> restatements = {pair(500, 100)};
  // Third use at 300, in a sentence of its own ("national security team" on line 2).
  const std::vector<Finding> alone = attach_phrases({phrase({120, 300, 530})}, &restatements);
  ASSERT_EQ(alone.size(), 1u);
  EXPECT_TRUE(restatements[0].phrases.empty());
}

TEST(Grouping, PhraseCrossingTheEndOfASentenceStaysAFinding) {
  std::vector<Finding> restatements = {pair(500, 100)};
  const std::vector<Finding> alone = attach_phrases({phrase({195, 530})}, &restatements);
  EXPECT_EQ(alone.size(), 1u);
}

TEST(Grouping, EvidenceOfARestatedParagraphHoldsPhrasesToo) {
  Finding paragraph;
  paragraph.kind = FindingKind::kRestatedParagraph;
  paragraph.location = {0, 400, 900};
  paragraph.restates = {0, 0, 300};
  paragraph.evidence = {pair(500, 100)};
  std::vector<Finding> restatements = {paragraph};
  const std::vector<Finding> alone = attach_phrases({phrase({150, 550})}, &restatements);
  EXPECT_TRUE(alone.empty());
  EXPECT_TRUE(restatements[0].phrases.empty());
  EXPECT_EQ(restatements[0].evidence[0].phrases.size(), 1u);
}

TEST(Grouping, TopLevelSentenceFindingIsPreferredToTheSameEvidencePair) {
  Finding paragraph;
  paragraph.kind = FindingKind::kRestatedParagraph;
  paragraph.location = {0, 400, 900};
  paragraph.restates = {0, 0, 300};
  paragraph.evidence = {pair(500, 100)};
  std::vector<Finding> restatements = {paragraph, pair(500, 100)};
  attach_phrases({phrase({150, 550})}, &restatements);
  EXPECT_TRUE(restatements[0].evidence[0].phrases.empty());
  EXPECT_EQ(restatements[1].phrases.size(), 1u);
}

TEST(Grouping, PhrasesInOtherDocumentsAreNotAttached) {
  std::vector<Finding> restatements = {pair(500, 100)};
  Finding other = phrase({120, 530});
  other.occurrences[1].document = 1;
  EXPECT_EQ(attach_phrases({other}, &restatements).size(), 1u);
}

TEST(Grouping, OrderIsByPlaceThenKind) {
  Finding echo = phrase({10, 50});
  echo.kind = FindingKind::kEcho;
  Finding repeated = phrase({5, 50});
  Finding sentence = pair(50, 0);
  Finding later = phrase({0, 60});
  std::vector<Finding> findings = {later, echo, repeated, sentence};
  order_findings(&findings);
  ASSERT_EQ(findings.size(), 4u);
  EXPECT_EQ(findings[0].kind, FindingKind::kRestatedSentence);
  EXPECT_EQ(findings[1].kind, FindingKind::kRepeatedPhrase);
  EXPECT_EQ(findings[1].restates.begin, 5u);
  EXPECT_EQ(findings[2].kind, FindingKind::kEcho);
  EXPECT_EQ(findings[3].location.begin, 60u);
}

TEST(Grouping, TheSampleGroupsTheRestatedSentencesOwnPhrases) {
  Options options;
  options.repeated_phrase.enabled = true;  // off by default
  const Analysis analysis = analyze({testing::sample("news-ukraine-talks.txt")}, options).value();
  const auto text = [&](const Span& span) {
    return analysis.documents[span.document].bytes.substr(span.begin, span.end - span.begin);
  };
  // Restated sentences, top-level or the evidence of a restated paragraph
  // (where the sample's pair is: paragraph 5 restates paragraph 3).
  std::vector<const Finding*> sentences;
  for (const Finding& finding : analysis.findings) {
    if (finding.kind == FindingKind::kRepeatedPhrase) {
      EXPECT_NE(finding.subject, "conducive to productive negotiations");
    }
    if (finding.kind == FindingKind::kRestatedSentence) sentences.push_back(&finding);
    if (finding.kind != FindingKind::kRestatedParagraph) continue;
    EXPECT_TRUE(finding.phrases.empty());  // a paragraph's phrases go to its sentence pairs
    for (const Finding& pair : finding.evidence) sentences.push_back(&pair);
  }
  bool grouped = false;
  for (const Finding* sentence : sentences) {
    const Finding& finding = *sentence;
    for (const Finding& phrase : finding.phrases) {
      if (phrase.subject != "conducive to productive negotiations") continue;
      grouped = true;
      for (const Span& span : phrase.occurrences) {
        EXPECT_EQ(text(span), "conducive to productive negotiations");
        EXPECT_TRUE((span.begin >= finding.location.begin && span.end <= finding.location.end) ||
                    (span.begin >= finding.restates.begin && span.end <= finding.restates.end));
      }
    }
  }
  EXPECT_TRUE(grouped);
}

}  // namespace
}  // namespace twice::detect
