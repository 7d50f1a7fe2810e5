// LineIndex: byte offsets -> 1-based lines and 1-based code-point columns.
#include <gtest/gtest.h>

#include <cstddef>
#include <string>

#include "twice/document.h"

namespace twice {
namespace {

// Line and column of `offset` in `text`, by hand-checkable expectation.
struct LineColumn {
  std::size_t line;
  std::size_t column;
};

void ExpectAt(const std::string& text, std::size_t offset, LineColumn expected) {
  const LineIndex index(text);
  const Position position = index.position(offset);
  EXPECT_EQ(position.line, expected.line) << "offset " << offset;
  EXPECT_EQ(position.column, expected.column) << "offset " << offset;
  EXPECT_EQ(position.offset, offset);
}

// Slow, obviously-correct reference for text without BOM or '\r': walk every
// byte from the start, count '\n' for lines and lead bytes for columns.
Position Reference(const std::string& text, std::size_t offset) {
  Position position;
  position.offset = offset;
  for (std::size_t at = 0; at < offset; ++at) {
    const unsigned char byte = static_cast<unsigned char>(text[at]);
    if (byte == '\n') {
      ++position.line;
      position.column = 1;
    } else if ((byte & 0xC0) != 0x80) {
      ++position.column;
    }
  }
  return position;
}

TEST(LineIndex, StartsAtLineOneColumnOne) {
  ExpectAt("hello", 0, {1, 1});
  ExpectAt("", 0, {1, 1});
}

TEST(LineIndex, CountsLinesAfterEachNewline) {
  const std::string text = "ab\ncd\n\nef";
  //                        0123 45 6 78
  ExpectAt(text, 1, {1, 2});  // 'b'
  ExpectAt(text, 3, {2, 1});  // 'c'
  ExpectAt(text, 4, {2, 2});  // 'd'
  ExpectAt(text, 6, {3, 1});  // the empty third line
  ExpectAt(text, 7, {4, 1});  // 'e'
  ExpectAt(text, 8, {4, 2});  // 'f'
}

TEST(LineIndex, CountsColumnsInCodePointsNotBytes) {
  // "é" is 2 bytes, "中" 3 bytes, "😀" 4 bytes: 'x' is byte 9 but column 4.
  const std::string text = "\xC3\xA9\xE4\xB8\xAD\xF0\x9F\x98\x80x";
  ExpectAt(text, 2, {1, 2});  // 中
  ExpectAt(text, 5, {1, 3});  // 😀
  ExpectAt(text, 9, {1, 4});  // x
}

TEST(LineIndex, CountsCyrillicLettersAsOneColumnEach) {
  // "Привет мир": six 2-byte letters, a space, then "мир" at byte 13.
  const std::string text = "Привет мир";
  ASSERT_EQ(text.find("мир"), 13u);
  ExpectAt(text, 12, {1, 7});  // the space
  ExpectAt(text, 13, {1, 8});  // м
  ExpectAt(text, text.size(), {1, 11});
}

TEST(LineIndex, CountsCjkAndEmojiAsOneColumnEach) {
  const std::string text = "a\n日本語 😀 ok";
  // line 2 starts at byte 2; 日本語 = 9 bytes, space, 😀 = 4 bytes, space.
  ExpectAt(text, 2 + 3, {2, 2});           // 本
  ExpectAt(text, 2 + 9 + 1, {2, 5});       // 😀
  ExpectAt(text, 2 + 9 + 1 + 4 + 1, {2, 7});  // 'o'
}

TEST(LineIndex, CombiningMarkIsItsOwnColumn) {
  // Columns count code points (SARIF/LSP style), not grapheme clusters:
  // "e" + U+0301 is two columns, so 'x' after it is column 3.
  ExpectAt("e\xCC\x81x", 3, {1, 3});
}

TEST(LineIndex, CrlfDoesNotShiftColumnsOnFollowingLines) {
  const std::string lf = "one\ntwo é\nthree";
  const std::string crlf = "one\r\ntwo é\r\nthree";
  const LineIndex lf_index(lf);
  const LineIndex crlf_index(crlf);
  for (const char* needle : {"t", "w", "é", "th", "ree"}) {
    const std::size_t in_lf = lf.find(needle, 3);
    const std::size_t in_crlf = crlf.find(needle, 3);
    ASSERT_NE(in_lf, std::string::npos);
    const Position a = lf_index.position(in_lf);
    const Position b = crlf_index.position(in_crlf);
    EXPECT_EQ(a.line, b.line) << needle;
    EXPECT_EQ(a.column, b.column) << needle;
  }
  // "three" starts line 3 at column 1, and the end of text is column 6.
  ExpectAt(crlf, crlf.find("three"), {3, 1});
  ExpectAt(crlf, crlf.size(), {3, 6});
}

TEST(LineIndex, CarriageReturnEndingALineIsPastTheLastCharacter) {
  // A span ending before "\r\n" ends one column past its last character,
  // as it would before a bare "\n".
  ExpectAt("abc\r\nd", 3, {1, 4});
  ExpectAt("abc\nd", 3, {1, 4});
}

TEST(LineIndex, BomOnFirstLineIsNotAColumn) {
  const std::string text = "\xEF\xBB\xBF" "ab\ncd";
  ExpectAt(text, 3, {1, 1});  // 'a', right after the BOM
  ExpectAt(text, 4, {1, 2});  // 'b'
  ExpectAt(text, 5, {1, 3});  // '\n'
  ExpectAt(text, 6, {2, 1});  // 'c': line 2 is not affected by the BOM
  ExpectAt(text, 7, {2, 2});
}

TEST(LineIndex, BomWithMultiByteTextAndCrlf) {
  const std::string text = "\xEF\xBB\xBF" "Été\r\nçà va";
  // line 1: BOM (3) + "Été" (5 bytes) + "\r\n"; line 2 starts at byte 10.
  ExpectAt(text, 3 + 2, {1, 2});  // 't'
  ExpectAt(text, 10, {2, 1});     // ç
  ExpectAt(text, 10 + 4, {2, 3});  // the space after "çà"
}

TEST(LineIndex, TabIsOneColumn) {
  ExpectAt("\tx", 1, {1, 2});
  ExpectAt("a\t\tb", 3, {1, 4});
  ExpectAt("ab\n\t\tc", 5, {2, 3});
}

TEST(LineIndex, OffsetAtEndOfTextIsOnePastTheLastCharacter) {
  ExpectAt("ab\ncd", 5, {2, 3});
  ExpectAt("ab\n", 3, {2, 1});  // after a final newline: an empty last line
  ExpectAt("é", 2, {1, 2});
}

TEST(LineIndex, OffsetPointingAtNewlineBelongsToTheLineItEnds) {
  ExpectAt("ab\ncd", 2, {1, 3});
  ExpectAt("ab\ncd\nef", 5, {2, 3});
  ExpectAt("\n\n", 0, {1, 1});
  ExpectAt("\n\n", 1, {2, 1});
}

TEST(LineIndex, AgreesWithByteWalkOnManyMixedLines) {
  std::string text;
  const char* const pieces[] = {"plain words", "ça été", "Привет", "日本", "😀 x", "", "\tz"};
  for (int line = 0; line < 500; ++line) {
    text += pieces[line % 7];
    if (line % 3 == 0) text += " é";
    text += '\n';
  }
  const LineIndex index(text);
  for (std::size_t offset = 0; offset <= text.size(); ++offset) {
    const unsigned char byte = offset < text.size() ? static_cast<unsigned char>(text[offset]) : 0;
    if ((byte & 0xC0) == 0x80) continue;  // not a code point boundary
    const Position got = index.position(offset);
    const Position want = Reference(text, offset);
    ASSERT_EQ(got.line, want.line) << "offset " << offset;
    ASSERT_EQ(got.column, want.column) << "offset " << offset;
  }
}

// Columns on a line longer than the index's 4 KiB checkpoints come from the
// checkpoints plus at most a stride of counting, and must still be exact:
// around every stride boundary, with multi-byte characters straddling it,
// and on a later line that starts mid-stride.
TEST(LineIndex, ColumnsFarIntoAVeryLongLineAreExact) {
  std::string text;
  for (int i = 0; i < 6000; ++i) text += i % 5 == 0 ? "日" : (i % 7 == 0 ? "é" : "a");
  text += "\nx";
  for (int i = 0; i < 9000; ++i) text += i % 3 == 0 ? "😀" : "b";
  const LineIndex index(text);
  for (std::size_t offset = 0; offset <= text.size(); ++offset) {
    const unsigned char byte = offset < text.size() ? static_cast<unsigned char>(text[offset]) : 0;
    if ((byte & 0xC0) == 0x80) continue;
    const Position got = index.position(offset);
    const Position want = Reference(text, offset);
    ASSERT_EQ(got.line, want.line) << "offset " << offset;
    ASSERT_EQ(got.column, want.column) << "offset " << offset;
  }
}

}  // namespace
}  // namespace twice
