// check_text / bom_length: is a file's content text twice can read, and if
// not, where is the first bad byte.
#include "twice/source/decode.h"

#include <gtest/gtest.h>

#include <cstdint>
#include <string>

namespace twice::source {
namespace {

const std::string kPath = "drafts/chapter.txt";

// Expects check_text to reject `bytes` at 1-based `line`, byte offset `byte`.
void ExpectRejectedAt(const std::string& bytes, std::int64_t line, std::int64_t byte) {
  const Status status = check_text(bytes, kPath);
  ASSERT_FALSE(status.ok()) << "accepted invalid input";
  EXPECT_EQ(status.error().path, kPath);
  EXPECT_EQ(status.error().line, line);
  EXPECT_EQ(status.error().byte, byte);
  EXPECT_FALSE(status.error().message.empty());
}

TEST(CheckText, AcceptsEmptyAndAsciiText) {
  EXPECT_TRUE(check_text("", kPath).ok());
  EXPECT_TRUE(check_text("Plain ASCII.\nTwo lines\r\n\tand a tab.", kPath).ok());
}

TEST(CheckText, AcceptsMultiByteSequencesOfEveryLength) {
  // 2 bytes (é, Ж), 3 bytes (中, €), 4 bytes (😀), and the extremes of the
  // valid range: U+0080, U+07FF, U+0800, U+FFFF, U+10000, U+10FFFF.
  EXPECT_TRUE(check_text("é Ж 中 € 😀", kPath).ok());
  EXPECT_TRUE(check_text("\xC2\x80\xDF\xBF\xE0\xA0\x80\xEF\xBF\xBF"
                         "\xF0\x90\x80\x80\xF4\x8F\xBF\xBF", kPath).ok());
  // The code points just around the surrogate block are fine.
  EXPECT_TRUE(check_text("\xED\x9F\xBF\xEE\x80\x80", kPath).ok());
}

TEST(CheckText, AcceptsLeadingBom) {
  EXPECT_TRUE(check_text("\xEF\xBB\xBF" "Text after a BOM.\n", kPath).ok());
  EXPECT_TRUE(check_text("\xEF\xBB\xBF", kPath).ok());
}

TEST(CheckText, RejectsOverlongTwoByteSequence) {
  // "\xC0\xAF" is '/' encoded in two bytes.
  ExpectRejectedAt("ab\ncd\xC0\xAF", 2, 5);
  ExpectRejectedAt("\xC1\xBF", 1, 0);
}

TEST(CheckText, RejectsOverlongThreeAndFourByteSequences) {
  ExpectRejectedAt("x\xE0\x80\xAFy", 1, 1);
  ExpectRejectedAt("xy\xF0\x80\x80\xAF", 1, 2);
}

TEST(CheckText, RejectsUtf16Surrogates) {
  ExpectRejectedAt("ok \xED\xA0\x80", 1, 3);  // U+D800
  ExpectRejectedAt("\xED\xBF\xBF", 1, 0);     // U+DFFF
}

TEST(CheckText, RejectsCodePointsAboveU10FFFF) {
  ExpectRejectedAt("a\n\n\xF4\x90\x80\x80", 3, 3);  // U+110000
  ExpectRejectedAt("\xF5\x80\x80\x80", 1, 0);       // lead byte beyond F4
}

TEST(CheckText, RejectsSequenceTruncatedAtEndOfText) {
  ExpectRejectedAt("abc\xE2\x82", 1, 3);      // € missing its last byte
  ExpectRejectedAt("abc\xF0\x9F\x98", 1, 3);  // 😀 missing its last byte
  ExpectRejectedAt("\xC3", 1, 0);
}

TEST(CheckText, RejectsSequenceTruncatedInsideText) {
  ExpectRejectedAt("a\xE2\x82" "b and more", 1, 1);  // ASCII where a continuation belongs
  ExpectRejectedAt("line\n\xC3 next", 2, 5);
  // A lead byte followed by another lead byte: the first is the bad one.
  ExpectRejectedAt("\xC3\xC3\xA9", 1, 0);
}

TEST(CheckText, RejectsStrayContinuationByte) {
  ExpectRejectedAt("\x80", 1, 0);
  ExpectRejectedAt("one\ntwo\nthr\x80" "ee", 3, 11);
  // One continuation byte too many after a complete "é".
  ExpectRejectedAt("caf\xC3\xA9\xA9", 1, 5);
}

TEST(CheckText, RejectsBytesThatNeverAppearInUtf8) {
  ExpectRejectedAt("\xFF", 1, 0);
  ExpectRejectedAt("ab\xFE", 1, 2);
  // Latin-1 text: "café" with é as the single byte 0xE9.
  ExpectRejectedAt("caf\xE9\n", 1, 3);
}

TEST(CheckText, RejectsNulByte) {
  ExpectRejectedAt(std::string("ab\0c", 4), 1, 2);
  ExpectRejectedAt(std::string("x\ny\0", 4), 2, 3);
}

TEST(CheckText, ReportsFirstOffenderWhenThereAreSeveral) {
  ExpectRejectedAt(std::string("ok\n\xFF\n\0\x80", 7), 2, 3);
}

TEST(CheckText, CountsLinesAndBytesAfterBomCrlfAndMultiByteText) {
  // BOM (3) + "é\r\n" (4) + "日本\r\n" (8): the bad byte is at 15 on line 3.
  ExpectRejectedAt("\xEF\xBB\xBF\xC3\xA9\r\n\xE6\x97\xA5\xE6\x9C\xAC\r\n\xFF", 3, 15);
}

TEST(CheckText, DescribeNamesPathLineAndByte) {
  const Status status = check_text("ab\ncd\xFF", kPath);
  ASSERT_FALSE(status.ok());
  const std::string described = status.error().describe();
  EXPECT_EQ(described.rfind(kPath + ":2: ", 0), 0u) << described;
  EXPECT_NE(described.find("at byte 5"), std::string::npos) << described;
}

TEST(BomLength, IsThreeOnlyForACompleteLeadingBom) {
  EXPECT_EQ(bom_length("\xEF\xBB\xBF"), 3u);
  EXPECT_EQ(bom_length("\xEF\xBB\xBF" "text"), 3u);
  EXPECT_EQ(bom_length(""), 0u);
  EXPECT_EQ(bom_length("text"), 0u);
  EXPECT_EQ(bom_length("\xEF\xBB"), 0u);            // truncated BOM
  EXPECT_EQ(bom_length("a\xEF\xBB\xBF"), 0u);       // not at the start
  EXPECT_EQ(bom_length("\xFE\xFF" "text"), 0u);     // UTF-16 BOM is not UTF-8's
}

}  // namespace
}  // namespace twice::source
