// Overused words (repetition/overused.h): the statistic, the thresholds,
// the cap, and the rest of the run as a second background.
#include "twice/repetition/overused.h"

#include <gtest/gtest.h>

#include <cmath>
#include <string>
#include <vector>

#include "twice/analyze.h"
#include "twice/repetition/words.h"

namespace twice::repetition {
namespace {

std::vector<Finding> overused_of(std::vector<Source> sources, Options options = Options()) {
  options.min_words = 0;
  std::vector<Document> documents = segment(std::move(sources), options).value();
  const Words words = collect_words(&documents, options).value();
  return find_overused(words, documents, text::Background::english(), options).value();
}

std::vector<std::string> subjects(const std::vector<Finding>& findings) {
  std::vector<std::string> out;
  for (const Finding& finding : findings) out.push_back(finding.subject);
  return out;
}

// `n` content words, each used once: "filaa filab ... ".
std::string distinct(int n) {
  std::string out;
  for (int i = 0; i < n; ++i) {
    out += "fil";
    out += static_cast<char>('a' + i / 26 % 26);
    out += static_cast<char>('a' + i % 26);
    out += i % 10 == 9 ? ". " : " ";
  }
  return out;
}

TEST(Overused, LogLikelihoodMatchesDunningsFormula) {
  // a = 10 in n = 1000 against b = 100 in m = 1e6, by hand:
  // E1 = 1000 * 110 / 1001000, E2 = 1e6 * 110 / 1001000.
  const double e1 = 1000.0 * 110 / 1001000;
  const double e2 = 1e6 * 110 / 1001000;
  const double expected = 2 * (10 * std::log(10 / e1) + 100 * std::log(100 / e2));
  EXPECT_NEAR(log_likelihood(10, 1000, 100, 1e6), expected, 1e-9);
  // The same rate on both sides is no evidence at all.
  EXPECT_NEAR(log_likelihood(1, 1000, 1000, 1e6), 0, 1e-9);
}

TEST(Overused, AWordFarAboveItsRateIsReportedOnceWithItsCounts) {
  const std::string text =
      distinct(40) + "The gizmo. A gizmo. Every gizmo. My gizmo. Your gizmo.\n";
  const std::vector<Finding> found = overused_of({{"t.txt", text}});
  ASSERT_EQ(subjects(found), std::vector<std::string>{"gizmo"});
  const Finding& gizmo = found[0];
  EXPECT_EQ(gizmo.kind, FindingKind::kOverusedWord);
  EXPECT_EQ(gizmo.rate.count, 5u);
  EXPECT_EQ(gizmo.occurrences.size(), 5u);
  // The second use points back at the first, as every finding does.
  EXPECT_EQ(gizmo.restates.begin, gizmo.occurrences[0].begin);
  EXPECT_EQ(gizmo.location.begin, gizmo.occurrences[1].begin);
  EXPECT_STREQ(gizmo.rate.background, "wordnet");
  EXPECT_NEAR(gizmo.rate.ratio,
              (5.0 / static_cast<double>(gizmo.rate.words)) / gizmo.rate.expected_rate, 1e-9);
  EXPECT_GT(gizmo.rate.g2, 10);
}

TEST(Overused, FewerUsesThanTheMinimumAreNotReported) {
  const std::string text = distinct(40) + "The gizmo. A gizmo. Every gizmo.\n";
  EXPECT_TRUE(overused_of({{"t.txt", text}}).empty());
  Options three;
  three.overused_min_count = 3;
  EXPECT_EQ(overused_of({{"t.txt", text}}, three).size(), 1u);
}

TEST(Overused, ACommonWordNearItsUsualRateIsNotOverused) {
  // "water" is about 0.2% of the background's content words; here 1%.
  const std::string text = distinct(396) + "Water. Water. Water. Water.\n";
  EXPECT_TRUE(overused_of({{"t.txt", text}}).empty());
  Options low;
  low.overused_min_ratio = 2;
  const std::vector<Finding> found = overused_of({{"t.txt", text}}, low);
  ASSERT_EQ(found.size(), 1u);
  EXPECT_LT(found[0].rate.ratio, 20);
}

TEST(Overused, TheCapKeepsTheMostOverusedByG2) {
  std::string text = distinct(40);
  for (int i = 0; i < 8; ++i) text += "Gizmo. ";
  for (int i = 0; i < 5; ++i) text += "Widget. ";
  for (int i = 0; i < 4; ++i) text += "Doohickey. ";
  Options one;
  one.overused_max_per_document = 1;
  EXPECT_EQ(subjects(overused_of({{"t.txt", text}}, one)), std::vector<std::string>{"Gizmo"});
  Options all;
  all.overused_max_per_document = 0;
  EXPECT_EQ(overused_of({{"t.txt", text}}, all).size(), 3u);
}

TEST(Overused, ATopicSharedByTheWholeRunIsNotOverusedInOneFile) {
  // Every file talks about gizmos: against the rest of the run they are usual.
  std::vector<Source> sources;
  for (int f = 0; f < 6; ++f) {
    std::string text = distinct(400);
    for (int i = 0; i < 8; ++i) text += "The gizmo. ";
    sources.push_back({"f" + std::to_string(f) + ".txt", text});
  }
  EXPECT_TRUE(overused_of(sources).empty());
  // One file alone is judged against the background only.
  const std::vector<Finding> alone = overused_of({sources[0]});
  ASSERT_EQ(subjects(alone), std::vector<std::string>{"gizmo"});
  EXPECT_STREQ(alone[0].rate.background, "wordnet");
}

TEST(Overused, AWordOnlyOneFileOveruseIsReportedAgainstTheRun) {
  std::vector<Source> sources;
  for (int f = 0; f < 6; ++f) sources.push_back({"f" + std::to_string(f) + ".txt", distinct(400)});
  sources[3].bytes += "The gizmo. A gizmo. Every gizmo. My gizmo.";
  const std::vector<Finding> found = overused_of(sources);
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].location.document, 3u);
  EXPECT_EQ(found[0].subject, "gizmo");
  // The rest of the run never says "gizmo", yet its smoothed rate (half a
  // use in 2000 words) is above WordNet's, so the run is the stricter source.
  EXPECT_STREQ(found[0].rate.background, "run");
}

}  // namespace
}  // namespace twice::repetition
