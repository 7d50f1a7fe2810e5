#include "twice/text/terms.h"

#include <gtest/gtest.h>

namespace twice::text {
namespace {

using Terms = std::vector<std::string>;

TEST(TermExtractor, StemsWithSnowballAfterRemovingStopWords) {
  const StopWords stop_words = StopWords::parse("the\nof\n", TokenPattern::kWords);
  TermExtractor english(stop_words, TokenPattern::kWords, "english");
  // "negotiations" and "negotiation" meet; "supporting" and "support" too.
  EXPECT_EQ(english.terms("The negotiations of support"),
            english.terms("negotiation supporting"));
  EXPECT_EQ(english.terms("The negotiations"), (Terms{"negoti"}));
}

TEST(TermExtractor, HandsBackStopWordsUnstemmedWhenAsked) {
  const StopWords stop_words = StopWords::parse("the\nof\n", TokenPattern::kWords);
  TermExtractor english(stop_words, TokenPattern::kWords, "english");
  Terms stop = {"left over"};
  int content_words = 0;
  EXPECT_EQ(english.terms("The negotiations of THE talks", &content_words, &stop),
            (Terms{"negoti", "talk"}));
  EXPECT_EQ(stop, (Terms{"the", "of", "the"}));
  EXPECT_EQ(content_words, 2);
}

TEST(TermExtractor, NoneKeepsTermsAsTheyAre) {
  const StopWords none;
  TermExtractor plain(none, TokenPattern::kWords, "none");
  EXPECT_EQ(plain.terms("Negotiations, U.S. talks"), (Terms{"negotiations", "u.s.", "talks"}));
}

TEST(TermExtractor, StemsOtherLanguagesInUtf8) {
  const StopWords none;
  TermExtractor russian(none, TokenPattern::kWords, "russian");
  EXPECT_EQ(russian.terms("переговоры"), russian.terms("переговоров"));
  TermExtractor french(none, TokenPattern::kWords, "french");
  EXPECT_EQ(french.terms("négociations"), french.terms("négociation"));
}

TEST(TermExtractor, UnknownStemmerIsAnErrorListingTheKnownOnes) {
  EXPECT_TRUE(check_stemmer("none").ok());
  EXPECT_TRUE(check_stemmer("english").ok());
  const Status unknown = check_stemmer("klingon");
  ASSERT_FALSE(unknown.ok());
  EXPECT_NE(unknown.error().message.find("english"), std::string::npos);
}

TEST(TermExtractor, MovedExtractorStillStems) {
  const StopWords none;
  TermExtractor first(none, TokenPattern::kWords, "english");
  TermExtractor second(std::move(first));
  EXPECT_EQ(second.terms("running"), (Terms{"run"}));
}

}  // namespace
}  // namespace twice::text
