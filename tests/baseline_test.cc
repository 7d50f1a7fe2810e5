#include "twice/baseline.h"

#include <gtest/gtest.h>

#include <filesystem>

#include "support/files.h"

namespace twice {
namespace {

namespace fs = std::filesystem;

using testing::sample;

class BaselineFile : public ::testing::Test {
 protected:
  void write(const std::string& text) { path_ = dir_.write("baseline.json", text); }
  testing::TempDir dir_;
  fs::path path_ = dir_.path() / "baseline.json";
};

TEST_F(BaselineFile, AcceptsEveryFindingItRecorded) {
  // The smaller tics are off by default; on, their fingerprints are
  // recorded and matched too.
  Options tics;
  tics.repeated_phrase.enabled = tics.echo.enabled = tics.overused_word.enabled = true;
  const Analysis before = analyze({sample("news-ukraine-talks.txt")}, tics).value();
  // The two restated paragraphs (their sentences as evidence) and the tics
  // (phrases, overused words).
  std::size_t restatements = 0;
  for (const Finding& finding : before.findings) {
    restatements += finding.kind == FindingKind::kRestatedParagraph;
  }
  EXPECT_EQ(restatements, 2u);
  ASSERT_GT(before.findings.size(), 4u);
  write(render_baseline(before));
  Options options = tics;
  options.baseline = path_.string();
  const Analysis after = analyze({sample("news-ukraine-talks.txt")}, options).value();
  EXPECT_TRUE(after.findings.empty());
  EXPECT_FALSE(after.has_findings);
  EXPECT_FALSE(fails(after, options));
  EXPECT_EQ(after.baseline_matched, before.findings.size());
  EXPECT_EQ(after.baseline_stale, 0u);
}

TEST_F(BaselineFile, PhraseEntriesSurviveMovingTheText) {
  // Moving a phrase's paragraphs keeps its fingerprint: kind and words only.
  const std::string first = "Our old copper lantern glowed all night long.\n";
  const std::string second = "Their old copper lantern flickered in the rain.\n";
  const std::string other = "Nothing else happened in the village that week.\n";
  const std::string another = "Rain fell on the harbour until morning.\n";
  Options phrases_only;  // phrases are off by default
  phrases_only.repeated_phrase.enabled = true;
  phrases_only.echo.enabled = phrases_only.overused_word.enabled = false;
  const Analysis before = analyze({{"a.txt", first + second}}, phrases_only).value();
  ASSERT_EQ(before.findings.size(), 1u);
  EXPECT_EQ(before.findings[0].kind, FindingKind::kRepeatedPhrase);
  write(render_baseline(before));
  Options options = phrases_only;
  options.baseline = path_.string();
  const Analysis moved = analyze({{"a.txt", other + second + another + first}}, options).value();
  EXPECT_TRUE(moved.findings.empty());
  EXPECT_EQ(moved.baseline_matched, 1u);
}

TEST_F(BaselineFile, SurvivesEditsElsewhereAndCountsStaleEntries) {
  Source news = sample("news-ukraine-talks.txt");
  write(render_baseline(analyze({news}, Options()).value()));
  Options options;
  options.baseline = path_.string();
  // New text before the article moves every finding down a line.
  news.bytes = "Editor's note: updated on Friday with comments from Kyiv.\n" + news.bytes;
  const Analysis moved = analyze({news}, options).value();
  EXPECT_TRUE(moved.findings.empty());
  // Rewording the restated sentence of line 5 retires its entries.
  const std::string sentence = "The U.S. national security team is working diligently";
  const auto at = news.bytes.find(sentence);
  ASSERT_NE(at, std::string::npos);
  news.bytes.replace(at, sentence.size(), "Officials said the team works on it");
  const Analysis edited = analyze({news}, options).value();
  EXPECT_GT(edited.baseline_stale, 0u);
}

TEST_F(BaselineFile, CountsRepeatsOfTheSameFingerprint) {
  Baseline baseline;
  baseline.fingerprints["aaaa"] = 1;
  Analysis analysis;
  analysis.findings.resize(3);
  for (Finding& finding : analysis.findings) finding.fingerprint = "aaaa";
  const BaselineCheck check = apply_baseline(baseline, &analysis);
  EXPECT_EQ(check.matched, 1u);
  EXPECT_EQ(analysis.findings.size(), 2u);
}

TEST_F(BaselineFile, MalformedFilesAreErrorsNamingThem) {
  write("{\n  \"schema\": \"twice-baseline/1\",\n  \"findings\": [\n}\n");
  auto bad_json = read_baseline(path_.string());
  ASSERT_FALSE(bad_json.ok());
  EXPECT_EQ(bad_json.error().path, path_.string());
  EXPECT_GT(bad_json.error().line, 1);
  write("{\"schema\": \"something-else\"}");
  EXPECT_FALSE(read_baseline(path_.string()).ok());
  EXPECT_FALSE(read_baseline((path_.string() + ".missing")).ok());
  Options options;
  options.baseline = path_.string() + ".missing";
  EXPECT_FALSE(analyze({sample("news-ukraine-talks.txt")}, options).ok());
}

}  // namespace
}  // namespace twice
