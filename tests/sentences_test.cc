#include "twice/segment/sentences.h"

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>
#include <string>
#include <vector>

namespace twice::segmenter {
namespace {

std::vector<std::string> Split(std::string_view text) {
  std::vector<std::string> out;
  for (const TextRange& r : split_sentences(text)) {
    out.emplace_back(text.substr(r.begin, r.end - r.begin));
  }
  return out;
}

std::string Line(const std::string& path, int number) {
  std::ifstream in(std::string(TWICE_SOURCE_DIR) + "/" + path, std::ios::binary);
  std::string line;
  for (int i = 0; i < number && std::getline(in, line); ++i) {
  }
  return line;
}

using Sentences = std::vector<std::string>;

TEST(SentenceSplitter, SplitsNewsParagraphIntoItsSevenSentences) {
  const std::string text = Line("samples/news-ukraine-talks.txt", 3);
  const Sentences s = Split(text);
  ASSERT_EQ(s.size(), 7u) << text;
  EXPECT_EQ(s[0].rfind("The press secretary also revealed", 0), 0u);
  EXPECT_EQ(s[1], "The U.S. is hopeful that direct diplomatic efforts between Russia "
                  "and Ukraine can lead to a resolution.");
  EXPECT_EQ(s[2].rfind("Currently, arrangements", 0), 0u);
  EXPECT_EQ(s[4].rfind("The U.S. has expressed support", 0), 0u);
  EXPECT_EQ(s[6], "The U.S. national security team is actively working to support this "
                  "diplomatic initiative, aiming to create an environment conducive to "
                  "productive negotiations.");
}

TEST(SentenceSplitter, KeepsUSAbbreviationInsideSentence) {
  EXPECT_EQ(Split("U.S. President Biden spoke. Then he left."),
            (Sentences{"U.S. President Biden spoke.", "Then he left."}));
  EXPECT_EQ(Split("The U.S. national security team met."),
            (Sentences{"The U.S. national security team met."}));
}

TEST(SentenceSplitter, SplitsAfterAcronymBeforeCommonSentenceStarter) {
  EXPECT_EQ(Split("The plan was supported by the U.S. The talks begin soon."),
            (Sentences{"The plan was supported by the U.S.", "The talks begin soon."}));
  EXPECT_EQ(Split("We met at 9 a.m. It rained."),
            (Sentences{"We met at 9 a.m.", "It rained."}));
}

TEST(SentenceSplitter, KeepsTitleAbbreviations) {
  EXPECT_EQ(Split("Mr. Smith met Dr. Jones and Prof. Brown. They talked."),
            (Sentences{"Mr. Smith met Dr. Jones and Prof. Brown.", "They talked."}));
  EXPECT_EQ(Split("Mr. T. Smith arrived."), (Sentences{"Mr. T. Smith arrived."}));
}

TEST(SentenceSplitter, KeepsExampleAbbreviations) {
  EXPECT_EQ(Split("Use a tool, e.g. this one. It works."),
            (Sentences{"Use a tool, e.g. this one.", "It works."}));
  EXPECT_EQ(Split("Some fruits, i.e. Apples, are red."),
            (Sentences{"Some fruits, i.e. Apples, are red."}));
}

TEST(SentenceSplitter, EtcBreaksOnlyBeforeCapital) {
  EXPECT_EQ(Split("Apples, pears, etc. are fruit. Bananas, etc. They are too."),
            (Sentences{"Apples, pears, etc. are fruit.", "Bananas, etc.", "They are too."}));
}

TEST(SentenceSplitter, SometimesFinalAbbreviationSplitsBeforeStarter) {
  EXPECT_EQ(Split("He works at Apple Inc. The company is large."),
            (Sentences{"He works at Apple Inc.", "The company is large."}));
  EXPECT_EQ(Split("See item No. 5 below."), (Sentences{"See item No. 5 below."}));
}

TEST(SentenceSplitter, KeepsDecimalNumbersAndDomains) {
  EXPECT_EQ(Split("Growth was 3.5 percent. Visit example.com today."),
            (Sentences{"Growth was 3.5 percent.", "Visit example.com today."}));
}

TEST(SentenceSplitter, KeepsInitials) {
  EXPECT_EQ(Split("J. R. R. Tolkien wrote it. A. A. Milne did not."),
            (Sentences{"J. R. R. Tolkien wrote it.", "A. A. Milne did not."}));
}

TEST(SentenceSplitter, InitialBeforeStarterEndsSentence) {
  EXPECT_EQ(Split("He fought in World War I. The war ended."),
            (Sentences{"He fought in World War I.", "The war ended."}));
}

TEST(SentenceSplitter, EllipsisBeforeLowercaseDoesNotSplit) {
  EXPECT_EQ(Split("Wait... what? No."), (Sentences{"Wait... what?", "No."}));
  EXPECT_EQ(Split("Wait\u2026 what"), (Sentences{"Wait\u2026 what"}));
  EXPECT_EQ(Split("He paused... Then he spoke."),
            (Sentences{"He paused...", "Then he spoke."}));
}

TEST(SentenceSplitter, KeepsClosingQuoteWithItsSentence) {
  EXPECT_EQ(Split("He said \"Stop.\" Then he left."),
            (Sentences{"He said \"Stop.\"", "Then he left."}));
  EXPECT_EQ(Split("She asked \u201cWhy?\u201d Nobody knew."),
            (Sentences{"She asked \u201cWhy?\u201d", "Nobody knew."}));
}

TEST(SentenceSplitter, ExclamationInsideQuoteBeforeLowercaseDoesNotSplit) {
  EXPECT_EQ(Split("\"Stop!\" he said."), (Sentences{"\"Stop!\" he said."}));
}

TEST(SentenceSplitter, KeepsClosingBracketWithItsSentence) {
  EXPECT_EQ(Split("(He left early.) She stayed. It was late (very late)."),
            (Sentences{"(He left early.)", "She stayed.", "It was late (very late)."}));
}

TEST(SentenceSplitter, SplitsBeforeOpeningQuoteOrDigit) {
  EXPECT_EQ(Split("He waited. \"Come in,\" she said. 42 people came."),
            (Sentences{"He waited.", "\"Come in,\" she said.", "42 people came."}));
}

TEST(SentenceSplitter, SplitsChineseWithoutSpaces) {
  EXPECT_EQ(Split("你好。再见。"), (Sentences{"你好。", "再见。"}));
  EXPECT_EQ(Split("真的吗？是的！"), (Sentences{"真的吗？", "是的！"}));
}

TEST(SentenceSplitter, SplitsChineseAtFullWidthTerminatorsWithoutSpaces) {
  EXPECT_EQ(Split("新图书馆推迟了！为什么？因为资金不足。"),
            (Sentences{"新图书馆推迟了！", "为什么？", "因为资金不足。"}));
  // A closing quote stays with its sentence.
  EXPECT_EQ(Split("他说：“好。”然后走了。"), (Sentences{"他说：“好。”", "然后走了。"}));
}

TEST(SentenceSplitter, SplitsHindiAtDanda) {
  EXPECT_EQ(Split("यह पहला वाक्य है। यह दूसरा है।"),
            (Sentences{"यह पहला वाक्य है।", "यह दूसरा है।"}));
}

TEST(SentenceSplitter, SplitsCyrillicAndGreekAtCapitals) {
  EXPECT_EQ(Split("Привет, мир. Как дела? Всё хорошо."),
            (Sentences{"Привет, мир.", "Как дела?", "Всё хорошо."}));
  EXPECT_EQ(Split("Καλημέρα. Τι κάνεις\u037e Καλά."),
            (Sentences{"Καλημέρα.", "Τι κάνεις\u037e", "Καλά."}));
}

TEST(SentenceSplitter, SplitsBeforeUncasedScript) {
  EXPECT_EQ(Split("It ended. \u05e9\u05dc\u05d5\u05dd."),
            (Sentences{"It ended.", "\u05e9\u05dc\u05d5\u05dd."}));
}

TEST(SentenceSplitter, DoesNotSplitBeforeLowercase) {
  EXPECT_EQ(Split("The value is approx. ten. Really."),
            (Sentences{"The value is approx. ten.", "Really."}));
}

TEST(SentenceSplitter, TextWithoutTerminatorIsOneSentence) {
  EXPECT_EQ(Split("  Comments  "), (Sentences{"Comments"}));
}

TEST(SentenceSplitter, EmptyAndBlankTextHaveNoSentences) {
  EXPECT_TRUE(Split("").empty());
  EXPECT_TRUE(Split(" \t\n\u00a0").empty());
}

TEST(SentenceSplitter, RangesAreTrimmedOrderedAndCoverAllNonSpace) {
  const std::string text = "  One.  Two!\tThree?\n\nFour\u3002 \u00a0" + Line(
      "samples/news-ukraine-talks.txt", 5) + "  ";
  const std::vector<TextRange> ranges = split_sentences(text);
  ASSERT_FALSE(ranges.empty());
  std::string covered;
  std::size_t previous_end = 0;
  for (const TextRange& r : ranges) {
    ASSERT_LT(r.begin, r.end);
    ASSERT_LE(previous_end, r.begin);
    EXPECT_NE(text[r.begin], ' ');
    EXPECT_NE(text[r.end - 1], ' ');
    covered += text.substr(previous_end, r.begin - previous_end);
    previous_end = r.end;
  }
  covered += text.substr(previous_end);
  // Everything outside the ranges is whitespace.
  for (char c : covered) {
    EXPECT_TRUE(c == ' ' || c == '\t' || c == '\n' || c == '\xc2' || c == '\xa0')
        << static_cast<int>(c);
  }
  EXPECT_EQ(Split("  One.  Two!\tThree?\n\nFour\u3002 x"),
            (Sentences{"One.", "Two!", "Three?", "Four\u3002", "x"}));
}

}  // namespace
}  // namespace twice::segmenter
