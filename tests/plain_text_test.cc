#include <gtest/gtest.h>

#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "twice/segment/readers.h"

namespace twice::segmenter {
namespace {

std::string ReadFile(const std::string& relative) {
  std::ifstream in(std::string(TWICE_SOURCE_DIR) + "/" + relative, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

std::vector<std::string> Texts(const std::vector<Block>& blocks) {
  std::vector<std::string> out;
  for (const Block& b : blocks) out.push_back(b.prose.text());
  return out;
}

// The source bytes a whole block spans.
std::string SourceSlice(std::string_view source, const Block& b) {
  const std::size_t begin = b.prose.source_begin(0);
  const std::size_t end = b.prose.source_end(b.prose.text().size());
  return std::string(source.substr(begin, end - begin));
}

using Strings = std::vector<std::string>;

// Three paragraphs wrapped at 72 columns, as editors and mail clients do.
const char kHardWrapped[] =
    "Hard-wrapped text breaks its lines at a fixed column, so the end of a\n"
    "line says nothing about the end of a sentence. Most lines stop in the\n"
    "middle of one, and a blank line is what separates two paragraphs.\n"
    "\n"
    "A second paragraph follows the blank line. It is also wrapped by the\n"
    "editor at the same column, which leaves short and long words hanging\n"
    "at the ends of lines.\n"
    "\n"
    "The third paragraph is short but still runs over more than one line\n"
    "of text.\n";

TEST(PlainTextReader, BlankLineModeJoinsLinesWithOneSpace) {
  const std::vector<Block> blocks = read_plain_text(kHardWrapped, ParagraphMode::kBlankLine);
  ASSERT_EQ(blocks.size(), 3u);
  EXPECT_EQ(blocks[2].prose.text(),
            "The third paragraph is short but still runs over more than one line of text.");
  EXPECT_EQ(SourceSlice(kHardWrapped, blocks[2]),
            "The third paragraph is short but still runs over more than one line\nof text.");
}

TEST(PlainTextReader, LineBreakSpaceMapsToTheBreakBytes) {
  const std::string source = "first line  \n   second line\n";
  const std::vector<Block> blocks = read_plain_text(source, ParagraphMode::kBlankLine);
  ASSERT_EQ(blocks.size(), 1u);
  const ProseText& p = blocks[0].prose;
  ASSERT_EQ(p.text(), "first line second line");
  const std::size_t space = p.text().find(' ', 6);
  EXPECT_EQ(p.source_begin(space), 10u);    // right after "first line"
  EXPECT_EQ(p.source_end(space + 1), 16u);  // right before "second"
  EXPECT_EQ(p.source_begin(space + 1), 16u);
  EXPECT_EQ(p.source_end(p.text().size()), 27u);
}

TEST(PlainTextReader, LineModeMakesEveryLineAParagraph) {
  const std::string source = "One.\n  Two, indented.  \n\nThree\n";
  const std::vector<Block> blocks = read_plain_text(source, ParagraphMode::kLine);
  EXPECT_EQ(Texts(blocks), (Strings{"One.", "Two, indented.", "Three"}));
  EXPECT_EQ(blocks[1].prose.source_begin(0), 7u);
}

TEST(PlainTextReader, CrlfLineEndsAreOneBreakAndNeverProse) {
  const std::string source = "Para one\r\ncontinues.\r\n\r\nPara two.\r\n";
  const std::vector<Block> blocks = read_plain_text(source, ParagraphMode::kBlankLine);
  ASSERT_EQ(blocks.size(), 2u);
  EXPECT_EQ(blocks[0].prose.text(), "Para one continues.");
  EXPECT_EQ(SourceSlice(source, blocks[0]), "Para one\r\ncontinues.");
  EXPECT_EQ(SourceSlice(source, blocks[1]), "Para two.");
  const std::vector<Block> lines = read_plain_text(source, ParagraphMode::kLine);
  EXPECT_EQ(Texts(lines), (Strings{"Para one", "continues.", "Para two."}));
}

TEST(PlainTextReader, SkipsByteOrderMark) {
  const std::string source = "\xEF\xBB\xBFHello there.\nSecond.";
  const std::vector<Block> blocks = read_plain_text(source, ParagraphMode::kLine);
  ASSERT_EQ(blocks.size(), 2u);
  EXPECT_EQ(blocks[0].prose.text(), "Hello there.");
  EXPECT_EQ(blocks[0].prose.source_begin(0), 3u);
}

TEST(PlainTextReader, TrimsTabsAndUnicodeSpaces) {
  const std::string source = "\tTabbed text.\t\n\u00a0\u3000Spaced.\u00a0\n";
  const std::vector<Block> blocks = read_plain_text(source, ParagraphMode::kLine);
  EXPECT_EQ(Texts(blocks), (Strings{"Tabbed text.", "Spaced."}));
  EXPECT_EQ(blocks[0].prose.source_begin(0), 1u);
  EXPECT_EQ(SourceSlice(source, blocks[1]), "Spaced.");
}

TEST(PlainTextReader, WhitespaceOnlyLinesSeparateParagraphs) {
  const std::string source = "alpha\nbeta\n  \t \ngamma\n \r\n\r\ndelta";
  EXPECT_EQ(Texts(read_plain_text(source, ParagraphMode::kBlankLine)),
            (Strings{"alpha beta", "gamma", "delta"}));
}

TEST(PlainTextReader, EmptyAndBlankInputHaveNoBlocks) {
  EXPECT_TRUE(read_plain_text("", ParagraphMode::kAuto).empty());
  EXPECT_TRUE(read_plain_text("\xEF\xBB\xBF", ParagraphMode::kBlankLine).empty());
  EXPECT_TRUE(read_plain_text(" \n\t\r\n\n", ParagraphMode::kLine).empty());
}

TEST(PlainTextReader, LastLineWithoutNewlineCounts) {
  EXPECT_EQ(Texts(read_plain_text("a\nb", ParagraphMode::kLine)), (Strings{"a", "b"}));
}

TEST(ParagraphModeChooser, PicksLineModeForOneParagraphPerLineNews) {
  const std::string source = ReadFile("samples/news-ukraine-talks.txt");
  ASSERT_FALSE(source.empty());
  EXPECT_EQ(choose_paragraph_mode(source), ParagraphMode::kLine);
  const std::vector<Block> blocks = read_plain_text(source, ParagraphMode::kAuto);
  ASSERT_GE(blocks.size(), 5u);
  EXPECT_EQ(blocks[0].prose.text(), "Russia Ukraine Presidents Agree to Negotiations");
  EXPECT_EQ(blocks[2].prose.text().rfind("The press secretary also revealed", 0), 0u);
  EXPECT_EQ(blocks.back().prose.text(), "No comments yet");
}

TEST(ParagraphModeChooser, PicksBlankLineModeForHardWrappedText) {
  EXPECT_EQ(choose_paragraph_mode(kHardWrapped), ParagraphMode::kBlankLine);
  EXPECT_EQ(read_plain_text(kHardWrapped, ParagraphMode::kAuto).size(), 3u);
}

TEST(ParagraphModeChooser, CountsClosingQuoteAfterTerminatorAsSentenceEnd) {
  const std::string source =
      "He said \"Stop.\"\nShe said (quietly.)\nThey left!\nThe end?\nNo\n";
  EXPECT_EQ(choose_paragraph_mode(source), ParagraphMode::kLine);
}

TEST(ParagraphModeChooser, SingleLineBlocksGiveBlankLineMode) {
  EXPECT_EQ(choose_paragraph_mode("One line.\n\nAnother line\n\nThird"),
            ParagraphMode::kBlankLine);
  EXPECT_EQ(choose_paragraph_mode(""), ParagraphMode::kBlankLine);
}

// --- suppression markers ----------------------------------------------------

std::vector<bool> Suppressed(const std::vector<Block>& blocks) {
  std::vector<bool> out;
  for (const Block& b : blocks) out.push_back(b.suppressed);
  return out;
}

TEST(PlainTextReader, TwiceIgnoreLineSuppressesTheNextParagraphAndIsNotProse) {
  const std::string source = "First paragraph.\n\n# twice: ignore\nSecond paragraph.\n\nThird.\n";
  const std::vector<Block> blocks = read_plain_text(source, ParagraphMode::kBlankLine);
  ASSERT_EQ(blocks.size(), 3u);
  EXPECT_EQ(blocks[1].prose.text(), "Second paragraph.");
  EXPECT_EQ(Suppressed(blocks), (std::vector<bool>{false, true, false}));
}

TEST(PlainTextReader, MarkerLineEndsTheParagraphBeforeIt) {
  const std::string source = "one line\ntwice: ignore\nnext line\n";
  const std::vector<Block> blocks = read_plain_text(source, ParagraphMode::kBlankLine);
  ASSERT_EQ(blocks.size(), 2u);
  EXPECT_EQ(blocks[0].prose.text(), "one line");
  EXPECT_EQ(Suppressed(blocks), (std::vector<bool>{false, true}));
}

TEST(PlainTextReader, DisableEnableRegionsInLineMode) {
  const std::string source =
      "A.\n// twice: disable\nB.\nC.\n<!-- twice-enable -->\nD.\n";
  const std::vector<Block> blocks = read_plain_text(source, ParagraphMode::kLine);
  ASSERT_EQ(blocks.size(), 4u);
  EXPECT_EQ(Suppressed(blocks), (std::vector<bool>{false, true, true, false}));
}

TEST(PlainTextReader, ProseMentioningTwiceIsNotAMarker) {
  const std::string source = "Say it twice: ignore nothing.\n";
  const std::vector<Block> blocks = read_plain_text(source, ParagraphMode::kLine);
  ASSERT_EQ(blocks.size(), 1u);
  EXPECT_FALSE(blocks[0].suppressed);
}

TEST(PlainTextReader, MisspeltMarkerLineIsAWarningAndStaysText) {
  const std::string source = "First line here.\n# twice: ignroe\nSecond line here.\n";
  std::vector<Warning> warnings;
  const std::vector<Block> blocks = read_plain_text(source, ParagraphMode::kLine, &warnings);
  ASSERT_EQ(warnings.size(), 1u);
  EXPECT_EQ(warnings[0].offset, source.find("# twice"));
  EXPECT_EQ(blocks.size(), 3u);
  for (const Block& block : blocks) EXPECT_FALSE(block.suppressed);
}

TEST(PlainTextReader, ProseStartingWithTwiceIsNoMarker) {
  std::vector<Warning> warnings;
  read_plain_text("Twice: we tried it again and again.\n", ParagraphMode::kLine, &warnings);
  EXPECT_TRUE(warnings.empty());
}

TEST(PlainTextReader, UnclosedDisableLineIsAWarning) {
  const std::string source = "A line.\ntwice: disable\nB line.\n";
  std::vector<Warning> warnings;
  read_plain_text(source, ParagraphMode::kLine, &warnings);
  ASSERT_EQ(warnings.size(), 1u);
  EXPECT_EQ(warnings[0].offset, source.find("twice:"));
}

}  // namespace
}  // namespace twice::segmenter
