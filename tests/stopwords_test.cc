// StopWords: the shipped list, "none", and user files, normalised like tokens.
#include "twice/text/stopwords.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>

#include "twice/text/tokenize.h"

namespace twice::text {
namespace {

namespace fs = std::filesystem;

// A stop-word file in a fresh temporary directory, removed afterwards.
class StopWordFile : public ::testing::Test {
 protected:
  void SetUp() override {
    std::string pattern = (fs::temp_directory_path() / "twice_stopwords_test_XXXXXX").string();
    ASSERT_NE(::mkdtemp(pattern.data()), nullptr);
    root_ = pattern;
  }
  void TearDown() override {
    std::error_code ignored;
    fs::remove_all(root_, ignored);
  }
  std::string Write(const std::string& name, const std::string& bytes) {
    const fs::path path = root_ / name;
    std::ofstream out(path, std::ios::binary);
    out << bytes;
    return path.string();
  }
  fs::path root_;
};

TEST(StopWords, EnglishListHoldsFunctionWordsNotContentWords) {
  const auto loaded = StopWords::load("en", TokenPattern::kWords);
  ASSERT_TRUE(loaded.ok()) << loaded.error().describe();
  const StopWords& en = loaded.value();
  EXPECT_TRUE(en.contains("the"));
  EXPECT_TRUE(en.contains("and"));
  EXPECT_TRUE(en.contains("of"));
  EXPECT_FALSE(en.contains("security"));
  EXPECT_FALSE(en.contains("negotiations"));
  // Terms are normalised before lookup, so the list holds only normal forms.
  EXPECT_FALSE(en.contains("The"));
  EXPECT_FALSE(en.contains(""));
}

TEST(StopWords, EnglishListMatchesTheTokensOfAnEnglishSentence) {
  const auto loaded = StopWords::load("en", TokenPattern::kWords);
  ASSERT_TRUE(loaded.ok()) << loaded.error().describe();
  int stop = 0;
  for (const Token& token : tokenize("The security of the talks and", TokenPattern::kWords)) {
    if (loaded.value().contains(token.term)) ++stop;
  }
  EXPECT_EQ(stop, 4);  // The, of, the, and
}

TEST(Negates, EnglishNegationsAndContractions) {
  for (const char* word : {"not", "no", "never", "cannot", "nor", "don't", "isn't", "won't"}) {
    EXPECT_TRUE(negates(word)) << word;
  }
  for (const char* word : {"without", "note", "know", "now", "nothingness", "n't", "only"}) {
    EXPECT_FALSE(negates(word)) << word;
  }
  // Tokens come normalised: the typographic apostrophe reads as the typewriter one.
  EXPECT_TRUE(negates(normalize_term("Don\u2019t")));
}

TEST(OpensCase, ConditionsAndSettingsThatSplitCases) {
  for (const char* word : {"if", "when", "unless", "on", "in", "for", "with", "where"}) {
    EXPECT_TRUE(opens_case(word)) << word;
  }
  for (const char* word : {"the", "before", "after", "once", "use", "If", "inline"}) {
    EXPECT_FALSE(opens_case(word)) << word;  // normalised terms only: "If" never comes
  }
}

TEST(StopWords, NoneIsEmpty) {
  for (const TokenPattern pattern : {TokenPattern::kWords, TokenPattern::kSklearn}) {
    const auto loaded = StopWords::load("none", pattern);
    ASSERT_TRUE(loaded.ok()) << loaded.error().describe();
    EXPECT_EQ(loaded.value().size(), 0u);
    EXPECT_FALSE(loaded.value().contains("the"));
  }
}

TEST_F(StopWordFile, LoadsWordsNormalisedSkippingCommentsAndBlankLines) {
  const std::string path = Write("mine.txt",
                                 "# my stop words\n"
                                 "\n"
                                 "   \n"
                                 "The\n"
                                 "  ALSO  \n"
                                 "Straße   # a comment after the word\n"
                                 "DON\xE2\x80\x99T\r\n"
                                 "\xEF\xAC\x81ne\n"  // "ﬁne" with the ligature
                                 "\t# indented comment\n"
                                 "last");            // no final newline
  const auto loaded = StopWords::load(path, TokenPattern::kWords);
  ASSERT_TRUE(loaded.ok()) << loaded.error().describe();
  const StopWords& words = loaded.value();
  EXPECT_TRUE(words.contains("the"));
  EXPECT_TRUE(words.contains("also"));
  EXPECT_TRUE(words.contains("strasse"));
  EXPECT_TRUE(words.contains("don't"));
  EXPECT_TRUE(words.contains("fine"));
  EXPECT_TRUE(words.contains("last"));
  // Exactly those six: comments and blank lines add nothing.
  EXPECT_EQ(words.size(), 6u);
  EXPECT_FALSE(words.contains("my"));
  EXPECT_FALSE(words.contains("comment"));
}

TEST_F(StopWordFile, LoadedWordsMatchTheTermsTokenizeProduces) {
  const std::string path = Write("mine.txt", "ÉTÉ\nDon't\n");
  const auto loaded = StopWords::load(path, TokenPattern::kWords);
  ASSERT_TRUE(loaded.ok()) << loaded.error().describe();
  for (const Token& token : tokenize("été don\xE2\x80\x99t", TokenPattern::kWords)) {
    EXPECT_TRUE(loaded.value().contains(token.term)) << token.term;
  }
}

TEST_F(StopWordFile, SklearnKeepsWordsExactlyAsWritten) {
  // scikit-learn compares its stop list with the lower-cased tokens as is:
  // "The" in the list never matches, and nothing is folded.
  const std::string path = Write("sk.txt", "The\nthe\nStraße\n# comment\n  padded  \n");
  const auto loaded = StopWords::load(path, TokenPattern::kSklearn);
  ASSERT_TRUE(loaded.ok()) << loaded.error().describe();
  const StopWords& words = loaded.value();
  EXPECT_TRUE(words.contains("The"));
  EXPECT_TRUE(words.contains("the"));
  EXPECT_TRUE(words.contains("Straße"));
  EXPECT_FALSE(words.contains("strasse"));
  EXPECT_FALSE(words.contains("straße"));
  EXPECT_TRUE(words.contains("padded"));
  EXPECT_EQ(words.size(), 4u);
}

TEST_F(StopWordFile, MissingFileIsAnErrorNamingThePath) {
  const std::string path = (root_ / "no-such-list.txt").string();
  const auto loaded = StopWords::load(path, TokenPattern::kWords);
  ASSERT_FALSE(loaded.ok());
  EXPECT_EQ(loaded.error().path, path);
  EXPECT_NE(loaded.error().describe().find(path), std::string::npos);
}

TEST_F(StopWordFile, InvalidUtf8IsAnErrorNamingThePathAndLine) {
  // Latin-1 "café" on line 2.
  const std::string path = Write("latin1.txt", "the\ncaf\xE9\n");
  const auto loaded = StopWords::load(path, TokenPattern::kWords);
  ASSERT_FALSE(loaded.ok());
  EXPECT_EQ(loaded.error().path, path);
  EXPECT_EQ(loaded.error().line, 2);
  EXPECT_EQ(loaded.error().byte, 7);
}

TEST_F(StopWordFile, DirectoryIsNotAStopWordFile) {
  const auto loaded = StopWords::load(root_.string(), TokenPattern::kWords);
  ASSERT_FALSE(loaded.ok());
  EXPECT_EQ(loaded.error().path, root_.string());
}

TEST(StopWords, ParseReadsTheFileFormatFromMemory) {
  const StopWords words = StopWords::parse("# c\nA\n\nB # x\n", TokenPattern::kWords);
  EXPECT_TRUE(words.contains("a"));
  EXPECT_TRUE(words.contains("b"));
  EXPECT_EQ(words.size(), 2u);
}

}  // namespace
}  // namespace twice::text
