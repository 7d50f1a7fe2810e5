#include "twice/vectorize/features.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace twice::vectorize {
namespace {

using Strings = std::vector<std::string>;

// The n-gram mark, shown as '|' so expectations read easily.
Strings shown(Strings features) {
  for (std::string& feature : features) {
    if (!feature.empty() && feature[0] == '\x1f') feature[0] = '|';
  }
  return features;
}

TEST(Features, TermsAloneByDefault) {
  EXPECT_EQ(features({"secur", "team", "secur"}, Options()), Strings({"secur", "team", "secur"}));
}

TEST(Features, WordBigramsJoinAdjacentTermsWithASpace) {
  Options options;
  options.word_bigrams = true;
  EXPECT_EQ(features({"nation", "secur", "team"}, options),
            Strings({"nation", "secur", "team", "nation secur", "secur team"}));
  EXPECT_EQ(features({"alone"}, options), Strings({"alone"}));
  EXPECT_EQ(features({}, options), Strings());
}

TEST(Features, CharacterNgramsArePaddedLikeScikitLearnsCharWb) {
  Options options;
  options.char_ngrams = {3, 4};
  EXPECT_EQ(shown(features({"team"}, options)),
            Strings({"team", "| te", "|tea", "|eam", "|am ", "| tea", "|team", "|eam "}));
}

TEST(Features, ShortTermGivesItselfOnceAndEndsTheSweep) {
  // " a " has 3 code points: n = 2 sweeps, n = 3 takes it whole, n = 4 and 5
  // add nothing (scikit-learn counts a short word once).
  Options options;
  options.char_ngrams = {2, 5};
  EXPECT_EQ(shown(features({"a"}, options)), Strings({"a", "| a", "|a ", "| a "}));
}

TEST(Features, CharacterNgramsCountCodePointsNotBytes) {
  Options options;
  options.char_ngrams = {3, 3};
  EXPECT_EQ(shown(features({"été"}, options)), Strings({"été", "| ét", "|été", "|té "}));
  EXPECT_EQ(shown(features({"мир"}, options)), Strings({"мир", "| ми", "|мир", "|ир "}));
}

TEST(Features, NgramsNeverMeetTermsWithTheSameLetters) {
  // The 3-gram "abc" of " abcd " and the term "abc" are different features.
  Options options;
  options.char_ngrams = {3, 3};
  Vocabulary vocabulary;
  Bag bag;
  add_features({"abc", "abcd"}, {}, options, &vocabulary, &bag);
  const Strings all = features({"abc", "abcd"}, options);
  ASSERT_EQ(bag.size(), all.size());
  // abc abcd | " ab" "abc" "bc " | " ab" "abc" "bcd" "cd "
  ASSERT_EQ(all[3], "\x1f" "abc");
  EXPECT_NE(bag[0], bag[3]) << "the term abc against the n-gram abc";
  EXPECT_EQ(bag[3], bag[6]) << "the n-gram abc of abc and of abcd";
  EXPECT_EQ(vocabulary.size(), 7);
}

TEST(Features, AddFeaturesNumbersEachDistinctFeatureOnce) {
  Options options;
  options.word_bigrams = true;
  Vocabulary vocabulary;
  Bag bag;
  add_features({"a", "b", "a", "b"}, {}, options, &vocabulary, &bag);
  // a b a b | "a b" "b a" "a b"
  EXPECT_EQ(bag, Bag({0, 1, 0, 1, 2, 3, 2}));
  EXPECT_EQ(vocabulary.size(), 4);
}

TEST(Features, StopWordsGetIdsOfTheirOwnAndNoNgrams) {
  // The stop word "will" and the term "will" (a testament) are two features;
  // stop words make no bigrams or n-grams.
  Options options;
  options.word_bigrams = true;
  options.char_ngrams = {3, 3};
  Vocabulary vocabulary;
  Bag bag;
  add_features({"will"}, {"the", "will"}, options, &vocabulary, &bag);
  // will | " wi" "wil" "ill" "ll " | the will (stop words)
  ASSERT_EQ(bag.size(), 7u);
  EXPECT_EQ(vocabulary.size(), 7);
  EXPECT_NE(bag[0], bag[6]);
  EXPECT_EQ(vocabulary.stop_words(),
            std::vector<bool>({false, false, false, false, false, true, true}));
}

TEST(NgramRange, ParsesNoneASingleLengthAndARange) {
  NgramRange range{9, 9};
  EXPECT_TRUE(parse_ngram_range("0", &range));
  EXPECT_EQ(range.low, 0);
  EXPECT_TRUE(parse_ngram_range("4", &range));
  EXPECT_EQ(range.low, 4);
  EXPECT_EQ(range.high, 4);
  EXPECT_TRUE(parse_ngram_range("2-5", &range));
  EXPECT_EQ(range.low, 2);
  EXPECT_EQ(range.high, 5);
  EXPECT_TRUE(parse_ngram_range("10-10", &range));
}

TEST(NgramRange, RefusesWhatIsNotARangeAndLeavesTheRangeAlone) {
  for (const char* bad : {"", "-", "3-", "-3", "5-2", "0-3", "11", "1-11", "a", "3-5-7", " 3",
                          "+3", "100"}) {
    NgramRange range{2, 4};
    EXPECT_FALSE(parse_ngram_range(bad, &range)) << bad;
    EXPECT_EQ(range.low, 2) << bad;
    EXPECT_EQ(range.high, 4) << bad;
  }
}

}  // namespace
}  // namespace twice::vectorize
