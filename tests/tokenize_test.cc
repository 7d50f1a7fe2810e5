// tokenize / normalize_term: which words twice sees, and how it spells them.
#include "twice/text/tokenize.h"

#include <gtest/gtest.h>
#include <utf8proc.h>

#include <cstdlib>
#include <random>

#include <string>
#include <string_view>
#include <vector>

namespace twice::text {
namespace {

using Terms = std::vector<std::string>;

Terms TermsOf(std::string_view text, TokenPattern pattern = TokenPattern::kWords) {
  Terms terms;
  for (const Token& token : tokenize(text, pattern)) terms.push_back(token.term);
  return terms;
}

// The bytes of the input each token covers.
Terms SourcesOf(std::string_view text, TokenPattern pattern = TokenPattern::kWords) {
  Terms sources;
  for (const Token& token : tokenize(text, pattern)) {
    EXPECT_LE(token.begin, token.end);
    EXPECT_LE(token.end, text.size());
    sources.emplace_back(text.substr(token.begin, token.end - token.begin));
  }
  return sources;
}

Terms Sklearn(std::string_view text) { return TermsOf(text, TokenPattern::kSklearn); }

// --- kWords ------------------------------------------------------------------
// --- kWords: unspaced scripts --------------------------------------------------

TEST(TokenizeWords, ChineseRunBecomesOverlappingBigramsWithExactSpans) {
  const std::string text = "他很好用。";
  const std::vector<Token> tokens = tokenize(text, TokenPattern::kWords);
  ASSERT_EQ(tokens.size(), 3u);
  EXPECT_EQ(TermsOf(text), (Terms{"他很", "很好", "好用"}));
  // Each CJK character is three bytes; bigrams overlap by one character.
  EXPECT_EQ(tokens[0].begin, 0u);
  EXPECT_EQ(tokens[0].end, 6u);
  EXPECT_EQ(tokens[1].begin, 3u);
  EXPECT_EQ(tokens[1].end, 9u);
  EXPECT_EQ(tokens[2].begin, 6u);
  EXPECT_EQ(tokens[2].end, 12u);
  for (const Token& token : tokens) EXPECT_TRUE(token.bigram);
}

TEST(TokenizeWords, MixedLatinAndChineseGivesTheWordAndTheBigrams) {
  EXPECT_EQ(TermsOf("iPhone手机很好用"), (Terms{"iphone", "手机", "机很", "很好", "好用"}));
  EXPECT_EQ(SourcesOf("iPhone手机很好用"), (Terms{"iPhone", "手机", "机很", "很好", "好用"}));
  EXPECT_EQ(TermsOf("用iPhone拍"), (Terms{"用", "iphone", "拍"}));
}

TEST(TokenizeWords, SingleUnspacedCharacterStaysAUnigram) {
  const std::vector<Token> tokens = tokenize("2023年 春", TokenPattern::kWords);
  ASSERT_EQ(tokens.size(), 3u);
  EXPECT_EQ(tokens[0].term, "2023");
  EXPECT_EQ(tokens[1].term, "年");
  EXPECT_FALSE(tokens[1].bigram);
  EXPECT_EQ(tokens[2].term, "春");
}

TEST(TokenizeWords, PunctuationEndsABigramRun) {
  EXPECT_EQ(TermsOf("资金不足，新馆"), (Terms{"资金", "金不", "不足", "新馆"}));
}

TEST(TokenizeWords, JapaneseKanaAndThaiAreBigramsToo) {
  EXPECT_EQ(TermsOf("ひらがな"), (Terms{"ひら", "らが", "がな"}));
  // Thai vowel signs are marks and stay with their consonant: "กิน" is two characters.
  EXPECT_EQ(SourcesOf("กินข้าว"), (Terms{"กิน", "นข้", "ข้า", "าว"}));
}

TEST(TokenizeWords, KoreanHasSpacesAndStaysWords) {
  EXPECT_EQ(TermsOf("한국어 문장"), (Terms{"한국어", "문장"}));
}

TEST(TokenizeSklearn, UnspacedRunStaysOneTokenAsScikitLearnDoes) {
  EXPECT_EQ(Sklearn("iPhone手机很好用"), (Terms{"iphone手机很好用"}));
}


TEST(TokenizeWords, SplitsOnSpacesAndPunctuationAndKeepsOneLetterWords) {
  EXPECT_EQ(TermsOf("I saw a cat, then (x) and y!"),
            (Terms{"i", "saw", "a", "cat", "then", "x", "and", "y"}));
  EXPECT_EQ(TermsOf(""), Terms{});
  EXPECT_EQ(TermsOf("  ... -- !? "), Terms{});
}

TEST(TokenizeWords, KeepsDottedAcronymAsOneToken) {
  EXPECT_EQ(TermsOf("The U.S. team"), (Terms{"the", "u.s.", "team"}));
  EXPECT_EQ(TermsOf("tools, e.g. grep"), (Terms{"tools", "e.g.", "grep"}));
  EXPECT_EQ(TermsOf("U.S.A."), (Terms{"u.s.a."}));
  // At the end of a sentence the acronym keeps its own dot.
  EXPECT_EQ(TermsOf("backed by the U.S. The talks"),
            (Terms{"backed", "by", "the", "u.s.", "the", "talks"}));
}

TEST(TokenizeWords, SingleLetterFollowedByDotIsNotAnAcronym) {
  EXPECT_EQ(TermsOf("Plan B. Then"), (Terms{"plan", "b", "then"}));
  // "U.S" lacks the closing dot: two one-letter words.
  EXPECT_EQ(TermsOf("U.S"), (Terms{"u", "s"}));
}

TEST(TokenizeWords, KeepsDecimalPointAndThousandsSeparatorInsideNumbers) {
  EXPECT_EQ(TermsOf("costs 3.5 or 1,000 units"),
            (Terms{"costs", "3.5", "or", "1,000", "units"}));
  // A dot or comma not between two digits ends the number.
  EXPECT_EQ(TermsOf("was 3. Then 4, 5"), (Terms{"was", "3", "then", "4", "5"}));
  EXPECT_EQ(TermsOf("rose 2.5."), (Terms{"rose", "2.5"}));
}

TEST(TokenizeWords, KeepsInnerApostropheAndReadsTypographicOneAsTypewriter) {
  EXPECT_EQ(TermsOf("don't"), Terms{"don't"});
  EXPECT_EQ(TermsOf("don\xE2\x80\x99t"), Terms{"don't"});  // don’t
  EXPECT_EQ(TermsOf("It's the writers' 'best' work"),
            (Terms{"it's", "the", "writers", "best", "work"}));
}

TEST(TokenizeWords, KeepsApostropheAfterDecomposedAccentedLetter) {
  // "café's" in NFD: 'e' + U+0301 COMBINING ACUTE, then the apostrophe. The
  // mark belongs to the letter before it, so the apostrophe is still
  // between letters, as in the precomposed spelling.
  const std::string precomposed = "caf\xC3\xA9's";
  const std::string decomposed = "cafe\xCC\x81's";
  ASSERT_EQ(TermsOf(precomposed), Terms{"caf\xC3\xA9's"});
  EXPECT_EQ(TermsOf(decomposed), TermsOf(precomposed));
}

TEST(TokenizeWords, FoldsCase) {
  EXPECT_EQ(TermsOf("Straße"), Terms{"strasse"});
  EXPECT_EQ(TermsOf("STRASSE"), Terms{"strasse"});
  EXPECT_EQ(TermsOf("ÉTÉ"), Terms{"été"});
  EXPECT_EQ(TermsOf("ÉTÉ"), TermsOf("été"));
}

TEST(TokenizeWords, AppliesCompatibilityNormalisation) {
  EXPECT_EQ(TermsOf("\xEF\xAC\x81nal"), Terms{"final"});  // "ﬁ" ligature
  EXPECT_EQ(TermsOf("ＡＢＣ"), Terms{"abc"});            // full-width letters
  // Decomposed and precomposed accents give one term.
  EXPECT_EQ(TermsOf("cafe\xCC\x81"), Terms{"caf\xC3\xA9"});
}

TEST(TokenizeWords, ReadsCyrillicAndGreekWords) {
  EXPECT_EQ(TermsOf("Привет, Мир!"), (Terms{"привет", "мир"}));
  EXPECT_EQ(TermsOf("Η Αθήνα είναι"), (Terms{"η", "αθήνα", "είναι"}));
}

TEST(TokenizeWords, HyphenSplitsWords) {
  EXPECT_EQ(TermsOf("well-known long\xE2\x80\x94term"),  // em dash
            (Terms{"well", "known", "long", "term"}));
}

TEST(TokenizeWords, TokenOffsetsPointAtTheWordsInTheInput) {
  const std::string text = "\xEF\xBB\xBF" "Ünïcode — the U.S. spent 1,000 (don\xE2\x80\x99t) ＡＢＣ.";
  EXPECT_EQ(SourcesOf(text),
            (Terms{"Ünïcode", "the", "U.S.", "spent", "1,000", "don\xE2\x80\x99t", "ＡＢＣ"}));
  // Terms are the normalised forms of exactly those bytes.
  const std::vector<Token> tokens = tokenize(text, TokenPattern::kWords);
  ASSERT_EQ(tokens.size(), 7u);
  EXPECT_EQ(tokens[0].begin, 3u);  // after the BOM
  for (const Token& token : tokens) {
    EXPECT_EQ(token.term, normalize_term(std::string_view(text).substr(
                              token.begin, token.end - token.begin)));
  }
  EXPECT_EQ(tokens[6].term, "abc");
}

TEST(NormalizeTerm, IsNfkcWithCaseFolding) {
  EXPECT_EQ(normalize_term("Straße"), "strasse");
  EXPECT_EQ(normalize_term("\xEF\xAC\x81"), "fi");
  EXPECT_EQ(normalize_term("ＡＢＣ"), "abc");
  EXPECT_EQ(normalize_term("Don\xE2\x80\x99T"), "don't");
  EXPECT_EQ(normalize_term("already normal"), "already normal");
}

// --- kSklearn ----------------------------------------------------------------
// Expected values are what Python computes for
//   re.findall(r"(?u)\b\w\w+\b", s.lower())
// worked out by hand: \w is a letter, a digit or '_'; a run shorter than two
// code points is not a token; everything else separates tokens.

TEST(TokenizeSklearn, DropsOneLetterWordsAndSplitsOnPunctuation) {
  // "a" and "I" are one letter; "don't" is "don" + "t".
  EXPECT_EQ(Sklearn("I have a cat. Don't panic!"),
            (Terms{"have", "cat", "don", "panic"}));
}

TEST(TokenizeSklearn, KeepsUnderscoresAndDigits) {
  // "3.5" is "3" "." "5": both one character long. "1,000" leaves "000".
  EXPECT_EQ(Sklearn("snake_case x_1 __ _ 42 3.5 1,000 v2"),
            (Terms{"snake_case", "x_1", "__", "42", "000", "v2"}));
}

TEST(TokenizeSklearn, LowercasesWithoutOtherNormalisation) {
  // lower() keeps ß (no folding to "ss"), keeps the ligature, keeps the
  // full-width letters (lower-cased to full-width a, b, c).
  EXPECT_EQ(Sklearn("Straße ÉTÉ U.S. \xEF\xAC\x81n ＡＢＣ"),
            (Terms{"straße", "été", "\xEF\xAC\x81n", "ａｂｃ"}));
}

TEST(TokenizeSklearn, CombiningMarkEndsAWord) {
  // U+0301 is not \w in Python, so "cafe\u0301s" gives "cafe" and nothing
  // for the lone "s".
  EXPECT_EQ(Sklearn("cafe\xCC\x81s"), Terms{"cafe"});
}

TEST(TokenizeSklearn, ReadsCyrillicAndCjk) {
  EXPECT_EQ(Sklearn("Привет, Мир! 日本語 я"), (Terms{"привет", "мир", "日本語"}));
}

TEST(TokenizeSklearn, TokenOffsetsPointAtTheWordsInTheInput) {
  const std::string text = "Don't STOP: Привет_1, x ok";
  EXPECT_EQ(SourcesOf(text, TokenPattern::kSklearn),
            (Terms{"Don", "STOP", "Привет_1", "ok"}));
}

TEST(TokenizeSklearn, LowercasesWordFinalCapitalSigmaAsPythonDoes) {
  // Python's str.lower() applies the Final_Sigma rule: "ΟΔΟΣ".lower() is
  // "οδος" with U+03C2 at the end, "ΣΑΣ".lower() is "σας". scikit-learn
  // therefore sees the same term for "ΟΔΟΣ" and "οδος".
  EXPECT_EQ(Sklearn("ΟΔΟΣ ΣΑΣ"), (Terms{"οδος", "σας"}));
  EXPECT_EQ(Sklearn("ΟΔΟΣ"), Sklearn("οδος"));
}

TEST(TokenizeSklearn, LowercasesDottedCapitalIAsPythonDoes) {
  // "İ".lower() is "i" + U+0307 COMBINING DOT ABOVE, and U+0307 is not \w:
  // re.findall(r"(?u)\b\w\w+\b", "İstanbul".lower()) == ["stanbul"].
  EXPECT_EQ(Sklearn("İstanbul"), Terms{"stanbul"});
}

// The ASCII fast path must give exactly what utf8proc's NFKC + case folding gives.
TEST(NormalizeTerm, AsciiFastPathAgreesWithUtf8proc) {
  std::mt19937 rng(3);
  for (int i = 0; i < 2000; ++i) {
    std::string word;
    for (int n = 1 + static_cast<int>(rng() % 12); n > 0; --n) {
      word += static_cast<char>(0x21 + rng() % 94);  // printable ASCII
    }
    utf8proc_uint8_t* mapped = nullptr;
    const auto length = utf8proc_map(
        reinterpret_cast<const utf8proc_uint8_t*>(word.data()),
        static_cast<utf8proc_ssize_t>(word.size()), &mapped,
        static_cast<utf8proc_option_t>(UTF8PROC_STABLE | UTF8PROC_COMPOSE | UTF8PROC_COMPAT |
                                       UTF8PROC_CASEFOLD));
    ASSERT_GE(length, 0);
    const std::string expected(reinterpret_cast<const char*>(mapped),
                               static_cast<std::size_t>(length));
    std::free(mapped);
    EXPECT_EQ(normalize_term(word), expected) << word;
  }
}

TEST(TokenizeWords, InlineCodeIsOneOpaqueTokenNeverSplitIntoWords) {
  const std::string text = "Use deliver_order and src/main.rs here";
  // "deliver_order" at 4..17, "src/main.rs" at 22..33.
  const std::vector<Token> tokens = tokenize(text, TokenPattern::kWords, {{4, 17}, {22, 33}});
  std::vector<std::string> terms;
  for (const Token& token : tokens) terms.push_back(token.term);
  EXPECT_EQ(terms, (Terms{"use", "`deliver_order`", "and", "`src/main.rs`", "here"}));
  EXPECT_TRUE(tokens[1].code);
  EXPECT_FALSE(tokens[0].code);
  EXPECT_EQ(tokens[3].begin, 22u);
  EXPECT_EQ(tokens[3].end, 33u);
}

TEST(TokenizeWords, PathsAndUrlsWithoutBackticksAreOneTokenAsCodeIs) {
  const std::string text =
      "See (src/main.rs), /404.html, https://example.org/a?b=1 and ./run; not and/or, "
      "TCP/IP, plugin/theme/preset or 24/7.";
  std::vector<std::string> terms;
  const std::vector<Token> tokens = tokenize(text, TokenPattern::kWords);
  for (const Token& token : tokens) terms.push_back(token.term);
  EXPECT_EQ(terms, (Terms{"see", "`src/main.rs`", "`/404.html`", "`https://example.org/a?b=1`",
                          "and", "`./run`", "not", "and", "or", "tcp", "ip", "plugin", "theme",
                          "preset", "or", "24", "7"}));
  EXPECT_TRUE(tokens[1].code);
  EXPECT_EQ(text.substr(tokens[1].begin, tokens[1].end - tokens[1].begin), "src/main.rs");
  // The same path in backticks is the same term.
  EXPECT_EQ(tokenize("`/404.html`", TokenPattern::kWords, {{1, 10}})[0].term, "`/404.html`");
  // A code span next to a path keeps its range.
  const std::vector<Token> mixed =
      tokenize("use `x` then docs/a.md", TokenPattern::kWords, {{5, 6}});
  ASSERT_EQ(mixed.size(), 4u);
  EXPECT_EQ(mixed[1].term, "`x`");
  EXPECT_EQ(mixed[3].term, "`docs/a.md`");
}

TEST(TokenizeWords, SklearnPatternIgnoresCodeRanges) {
  const std::vector<Token> tokens = tokenize("use src_main here", TokenPattern::kSklearn, {{4, 12}});
  ASSERT_EQ(tokens.size(), 3u);
  EXPECT_EQ(tokens[1].term, "src_main");
  EXPECT_FALSE(tokens[1].code);
}

TEST(IdentifierWords, CamelCaseAndSeparatorsBecomeSpaces) {
  EXPECT_EQ(identifier_words("PathEscape"), "Path Escape");
  EXPECT_EQ(identifier_words("http.proxy-cainfo"), "http proxy cainfo");
  EXPECT_EQ(identifier_words("snake_case/dir"), "snake case dir");
  EXPECT_EQ(identifier_words("HTML"), "HTML");  // no lower case before a capital
  EXPECT_EQ(identifier_words(""), "");
}

}  // namespace
}  // namespace twice::text
