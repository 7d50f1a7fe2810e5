// Background frequencies (text/background.h): the table format, the
// shipped English table, and the table as an idf background
// (vectorize/background_idf.h).
#include "twice/text/background.h"

#include <gtest/gtest.h>

#include <cmath>

#include "support/files.h"
#include "twice/analyze.h"
#include "twice/vectorize/background_idf.h"

namespace twice::text {
namespace {

TEST(Background, ParsesCountsRanksAndTheTotalHeader) {
  const Background table = Background::parse(
      "# a comment\n# total tokens: 1000\nthe\t50\t40\nlamp\t7\t6\r\nwick\t2\t2\n");
  EXPECT_EQ(table.size(), 3u);
  EXPECT_EQ(table.total(), 1000u);  // rare words were dropped: the header counts them
  EXPECT_EQ(table.count("lamp"), 7u);
  EXPECT_EQ(table.count("wick"), 2u);
  EXPECT_EQ(table.count("candle"), 0u);
  EXPECT_EQ(table.rank("the"), 1u);
  EXPECT_EQ(table.rank("wick"), 3u);
  EXPECT_EQ(table.rank("candle"), 0u);
}

TEST(Background, WithoutATotalHeaderTheTotalIsTheSumOfCounts) {
  EXPECT_EQ(Background::parse("a\t3\t1\nb\t2\t1\n").total(), 5u);
}

TEST(Background, TheShippedEnglishTableIsWordNetsGlosses) {
  const Background& english = Background::english();
  EXPECT_GT(english.size(), 30000u);
  EXPECT_GT(english.total(), 1000000u);
  EXPECT_EQ(english.rank("the"), 1u);
  // Acronyms are one word, as twice tokenises them.
  EXPECT_GT(english.count("u.s."), 0u);
  // Every count is at least 2 (singletons are dropped) and ranks follow counts.
  std::uint64_t smallest = ~0ull;
  english.for_each([&](const std::string&, std::uint64_t count) { smallest = std::min(smallest, count); });
  EXPECT_EQ(smallest, 2u);
  EXPECT_GT(english.count("water"), english.count("lighthouse"));
  EXPECT_LT(english.rank("water"), english.rank("lighthouse"));
}

}  // namespace
}  // namespace twice::text

// ---- the background as an idf (vectorize/background_idf.h) -----------------

namespace twice::vectorize {
namespace {

const char* const kTable =
    "# total units: 1000\n"
    "the\t900\t800\n"
    "negotiations\t30\t25\n"
    "negotiation\t20\t15\n"
    "said\t400\t300\n"
    "lighthouse\t3\t2\n";

TEST(BackgroundIdf, WordsMeetTheRunsFeaturesThroughStopListAndStemmer) {
  const text::Background table = text::Background::parse(kTable);
  Vocabulary vocabulary;
  const int negoti = vocabulary.id("negoti");     // English stem of both forms
  const int lighthous = vocabulary.id("lighthous");
  const int unknown = vocabulary.id("zanzibar");
  const int the = vocabulary.stop_word_id("the");
  Options options;
  Weighting weighting = Weighting::of(options, vocabulary);
  ASSERT_TRUE(add_background(table, vocabulary, options, &weighting).ok());
  EXPECT_EQ(weighting.background_documents, 1000);
  EXPECT_EQ(weighting.background_df[negoti], 40);  // 25 + 15: the forms' units summed
  EXPECT_EQ(weighting.background_df[lighthous], 2);
  EXPECT_EQ(weighting.background_df[unknown], 0);
  EXPECT_EQ(weighting.background_df[the], 800);
}

TEST(BackgroundIdf, CharacterNgramsOfTheStemsAreCountedOncePerWordAndCapped) {
  // "banana" -> stem "banana": " ba", "ban", "ana" (twice), ...: "ana" once.
  const text::Background table =
      text::Background::parse("# total units: 10\nbanana\t9\t6\nbandana\t9\t7\n");
  Options options;
  options.char_ngrams = {3, 3};
  Vocabulary vocabulary;
  const int ana = vocabulary.id("\x1f" "ana");
  const int ban = vocabulary.id("\x1f" " ba");
  Weighting weighting = Weighting::of(options, vocabulary);
  ASSERT_TRUE(add_background(table, vocabulary, options, &weighting).ok());
  EXPECT_EQ(weighting.background_df[ana], 10);  // 6 + 7 = 13, capped at the 10 units
  EXPECT_EQ(weighting.background_df[ban], 10);
}

TEST(BackgroundIdf, AShortDraftTellsACommonWordFromARareOne) {
  // In a three-sentence draft "said" and "lighthouse" each stand in one
  // sentence: the run alone weighs them alike; the background does not.
  const text::Background table = text::Background::parse(kTable);
  Vocabulary vocabulary;
  const int said = vocabulary.id("said");
  const int lighthous = vocabulary.id("lighthous");
  const int other = vocabulary.id("keeper");
  const std::vector<Bag> sentences = {{said}, {lighthous}, {other}};
  Options options;
  const auto alone = TfidfModel::fit(sentences, vocabulary.size(), Weighting::of(options, vocabulary));
  EXPECT_EQ(alone.idf()[said], alone.idf()[lighthous]);
  Weighting weighting = Weighting::of(options, vocabulary);
  ASSERT_TRUE(add_background(table, vocabulary, options, &weighting).ok());
  const auto model = TfidfModel::fit(sentences, vocabulary.size(), weighting);
  // smooth idf over n' = 3 + 1000 documents, df' = 1 + background units
  EXPECT_NEAR(model.idf()[said], std::log(1004.0 / (2 + 300)) + 1, 1e-12);
  EXPECT_NEAR(model.idf()[lighthous], std::log(1004.0 / (2 + 2)) + 1, 1e-12);
  EXPECT_GT(model.idf()[lighthous], 2 * model.idf()[said]);
}

class BackgroundFile : public ::testing::Test {
 protected:
  std::string write(const std::string& bytes) { return temp_.write("table.tsv", bytes).string(); }
  twice::testing::TempDir temp_;
};

TEST_F(BackgroundFile, LoadsAWellFormedTable) {
  auto table = text::Background::load(write(kTable));
  ASSERT_TRUE(table.ok()) << table.error().describe();
  EXPECT_EQ(table.value().total_units(), 1000u);
  EXPECT_EQ(table.value().units("said"), 300u);
}

TEST_F(BackgroundFile, ErrorsNameTheFileAndTheLine) {
  const std::string bad_line = write("# total units: 10\nword\t3\t2\nword-without-units\t3\n");
  auto table = text::Background::load(bad_line);
  ASSERT_FALSE(table.ok());
  EXPECT_EQ(table.error().describe(),
            bad_line + ":3: expected word<TAB>count<TAB>units");
  const std::string no_header = write("word\t3\t2\n");
  auto headless = text::Background::load(no_header);
  ASSERT_FALSE(headless.ok());
  EXPECT_NE(headless.error().message.find("total units"), std::string::npos);
  const std::string too_many = write("# total units: 10\nword\t30\t20\n");
  auto excess = text::Background::load(too_many);
  ASSERT_FALSE(excess.ok());
  EXPECT_EQ(excess.error().line, 2);
  auto missing = text::Background::load(temp_.path().string() + "/absent.tsv");
  ASSERT_FALSE(missing.ok());
  EXPECT_NE(missing.error().message.find("cannot open"), std::string::npos);
}

TEST_F(BackgroundFile, AnalyzeRefusesABadTableBeforeReadingTheText) {
  Options options;
  options.idf_background = temp_.path().string() + "/absent.tsv";
  auto analysis = analyze({{"a.txt", "One sentence here about lighthouses and keepers.\n"}}, options);
  ASSERT_FALSE(analysis.ok());
  EXPECT_EQ(analysis.error().path, options.idf_background);
}

}  // namespace
}  // namespace twice::vectorize
