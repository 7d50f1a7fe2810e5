// Mirrored pages (detect/mirrors.h): parallel pages reported once.
#include "twice/detect/mirrors.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "twice/analyze.h"

namespace twice {
namespace {

Finding sentence(std::uint32_t later_document, std::size_t later, std::uint32_t earlier_document,
                 std::size_t earlier, double score) {
  Finding finding;
  finding.kind = FindingKind::kRestatedSentence;
  finding.score = score;
  finding.location = {later_document, later, later + 10};
  finding.restates = {earlier_document, earlier, earlier + 10};
  return finding;
}

TEST(Mirrors, TwoRestatedSentencesOfOneOtherPageBecomeOneFinding) {
  std::vector<Finding> findings = {sentence(1, 0, 0, 0, 0.9), sentence(1, 50, 0, 40, 0.7),
                                   sentence(1, 90, 1, 10, 0.8)};  // within page 1: stays
  Finding paragraph = sentence(1, 0, 0, 0, 0.6);
  paragraph.kind = FindingKind::kRestatedParagraph;
  findings.push_back(paragraph);  // goes with the mirror
  detect::fold_mirrors(&findings, Options());
  ASSERT_EQ(findings.size(), 2u);
  EXPECT_EQ(findings[0].kind, FindingKind::kRestatedSentence);
  EXPECT_EQ(findings[0].restates.document, 1u);
  const Finding& mirror = findings[1];
  EXPECT_EQ(mirror.kind, FindingKind::kMirroredPage);
  ASSERT_EQ(mirror.evidence.size(), 2u);
  EXPECT_EQ(mirror.occurrences.size(), 2u);
  EXPECT_EQ(mirror.location.begin, 0u);
  EXPECT_DOUBLE_EQ(mirror.score, 0.8);
}

TEST(Mirrors, OneRestatedSentenceAcrossPagesStaysARestatement) {
  std::vector<Finding> findings = {sentence(1, 0, 0, 0, 0.9)};
  detect::fold_mirrors(&findings, Options());
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_EQ(findings[0].kind, FindingKind::kRestatedSentence);
}

Finding paragraph_of(std::vector<Finding> pairs) {
  Finding paragraph = pairs.front();
  paragraph.kind = FindingKind::kRestatedParagraph;
  paragraph.evidence = std::move(pairs);
  return paragraph;
}

TEST(Mirrors, OneRestatedParagraphAcrossPagesIsOnePlaceAndStays) {
  // Two sentence pairs, but one copied paragraph: one place, not a mirror.
  std::vector<Finding> findings = {
      paragraph_of({sentence(1, 0, 0, 0, 0.9), sentence(1, 20, 0, 20, 0.8)})};
  detect::fold_mirrors(&findings, Options());
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_EQ(findings[0].kind, FindingKind::kRestatedParagraph);
}

TEST(Mirrors, AParagraphAndASentenceElsewhereMirrorWithEveryPair) {
  std::vector<Finding> findings = {
      paragraph_of({sentence(1, 0, 0, 0, 0.9), sentence(1, 20, 0, 20, 0.8)}),
      sentence(1, 90, 0, 70, 0.7)};
  detect::fold_mirrors(&findings, Options());
  ASSERT_EQ(findings.size(), 1u);
  const Finding& mirror = findings[0];
  EXPECT_EQ(mirror.kind, FindingKind::kMirroredPage);
  // The paragraph's pairs are listed with the sentence's, in order.
  ASSERT_EQ(mirror.evidence.size(), 3u);
  EXPECT_EQ(mirror.evidence[0].location.begin, 0u);
  EXPECT_EQ(mirror.evidence[1].location.begin, 20u);
  EXPECT_EQ(mirror.evidence[2].location.begin, 90u);
  EXPECT_EQ(mirror.occurrences.size(), 3u);
}

TEST(Mirrors, ParallelReferencePagesAreOneInfoFindingEndToEnd) {
  const std::string shared =
      "It is also safe to modify the component state inside this lifecycle hook when needed.\n\n"
      "By default all errors are still sent to the application level error handler first.\n\n";
  const auto analysis = analyze({{"composition.md", "Composition API hooks.\n\n" + shared},
                                 {"options.md", "Options API hooks.\n\n" + shared}},
                                Options())
                            .value();
  ASSERT_EQ(analysis.findings.size(), 1u);
  EXPECT_EQ(analysis.findings[0].kind, FindingKind::kMirroredPage);
  EXPECT_EQ(analysis.findings[0].severity, Severity::kInfo);
  EXPECT_EQ(analysis.findings[0].evidence.size(), 2u);
}

}  // namespace
}  // namespace twice
