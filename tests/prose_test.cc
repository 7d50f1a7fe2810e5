#include "twice/segment/prose.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace twice::segmenter {
namespace {

TEST(ProseText, StartsEmpty) {
  ProseText p;
  EXPECT_TRUE(p.empty());
  EXPECT_EQ(p.text(), "");
}

TEST(ProseText, VerbatimTextMapsOneToOne) {
  const std::string source = "xxHello worldyy";
  ProseText p;
  p.append_source(source, 2, 13);
  ASSERT_EQ(p.text(), "Hello world");
  for (std::size_t i = 0; i < p.text().size(); ++i) {
    EXPECT_EQ(p.source_begin(i), i + 2);
    EXPECT_EQ(p.source_end(i + 1), i + 3);
  }
}

TEST(ProseText, AdjacentVerbatimAppendsMerge) {
  const std::string source = "abcdef";
  ProseText p;
  p.append_source(source, 0, 2);
  p.append_source(source, 2, 4);
  p.append_source(source, 4, 4);  // empty: no effect
  EXPECT_EQ(p.text(), "abcd");
  EXPECT_EQ(p.source_begin(3), 3u);
  EXPECT_EQ(p.source_end(4), 4u);
}

TEST(ProseText, VerbatimPiecesWithGapKeepTheirOwnOffsets) {
  // "**bold** text": the markers are dropped, the words keep their bytes.
  const std::string source = "**bold** text";
  ProseText p;
  p.append_source(source, 2, 6);
  p.append_source(source, 8, 13);
  ASSERT_EQ(p.text(), "bold text");
  EXPECT_EQ(p.source_end(4), 6u);
  EXPECT_EQ(p.source_begin(4), 8u);
  EXPECT_EQ(p.source_end(9), 13u);
}

TEST(ProseText, ReplacementMapsStartToBeginAndEndToEnd) {
  // "a\r\n  b": the line break and indentation read as one space.
  const std::string source = "a\r\n  b";
  ProseText p;
  p.append_source(source, 0, 1);
  p.append_replacement(" ", 1, 5);
  p.append_source(source, 5, 6);
  ASSERT_EQ(p.text(), "a b");
  EXPECT_EQ(p.source_begin(1), 1u);
  EXPECT_EQ(p.source_end(2), 5u);
  EXPECT_EQ(p.source_begin(2), 5u);
  EXPECT_EQ(p.source_end(3), 6u);
}

TEST(ProseText, MultiByteReplacementMapsAsAWhole) {
  // "&eacute;" read as "é" (two bytes): both map to the whole entity.
  const std::string source = "caf&eacute;!";
  ProseText p;
  p.append_source(source, 0, 3);
  p.append_replacement("\xC3\xA9", 3, 11);
  p.append_source(source, 11, 12);
  ASSERT_EQ(p.text(), "caf\xC3\xA9!");
  EXPECT_EQ(p.source_begin(3), 3u);
  EXPECT_EQ(p.source_begin(4), 3u);
  EXPECT_EQ(p.source_end(4), 11u);
  EXPECT_EQ(p.source_end(5), 11u);
  EXPECT_EQ(p.source_begin(5), 11u);
  EXPECT_EQ(p.source_end(6), 12u);
}

TEST(ProseText, EmptyReplacementIsIgnored) {
  const std::string source = "ab";
  ProseText p;
  p.append_source(source, 0, 1);
  p.append_replacement("", 1, 1);
  p.append_source(source, 1, 2);
  EXPECT_EQ(p.text(), "ab");
  EXPECT_EQ(p.source_begin(1), 1u);
}

TEST(ProseText, ManyPiecesMapThroughBinarySearch) {
  // Alternate verbatim letters with replacements to get many pieces.
  std::string source;
  for (int i = 0; i < 200; ++i) source += "x--";
  ProseText p;
  for (std::size_t i = 0; i < 200; ++i) {
    p.append_source(source, 3 * i, 3 * i + 1);
    p.append_replacement("_", 3 * i + 1, 3 * i + 3);
  }
  ASSERT_EQ(p.text().size(), 400u);
  for (std::size_t i = 0; i < 200; ++i) {
    EXPECT_EQ(p.source_begin(2 * i), 3 * i);
    EXPECT_EQ(p.source_end(2 * i + 1), 3 * i + 1);
    EXPECT_EQ(p.source_begin(2 * i + 1), 3 * i + 1);
    EXPECT_EQ(p.source_end(2 * i + 2), 3 * i + 3);
  }
}

TEST(ProseText, WithoutCutsSourceRangesAndTrimsWhatTheyLeaveAtTheEnds) {
  // "x{{ a }} Hello {{ b }} world {{ c }}": the masks go, the words keep their bytes.
  const std::string source = "x{{ a }} Hello {{ b }} world {{ c }}";
  ProseText p;
  p.append_source(source, 0, 14);
  p.append_replacement(" ", 14, 15);  // a line break, say
  p.append_source(source, 15, source.size());
  const ProseText cut = p.without({{0, 8}, {15, 22}, {29, source.size()}});
  ASSERT_EQ(cut.text(), "Hello  world");
  EXPECT_EQ(cut.source_begin(0), source.find("Hello"));
  EXPECT_EQ(cut.source_begin(7), source.find("world"));
  EXPECT_EQ(cut.source_end(cut.text().size()), source.find("world") + 5);
  EXPECT_EQ(p.without({{100, 200}}).text(), p.text());  // no cut inside: unchanged
  EXPECT_TRUE(p.without({{0, source.size()}}).empty());
}

TEST(LinkTarget, TheLastPartOfThePathAndTheFragment) {
  EXPECT_EQ(link_target("../reference/profiles.md#strip"), "profiles.md#strip");
  EXPECT_EQ(link_target("profiles.md#strip"), "profiles.md#strip");
  EXPECT_EQ(link_target("/guide/typescript#props"), "typescript#props");
  EXPECT_EQ(link_target("https://example.org/docs/"), "docs");
  EXPECT_EQ(link_target("#anchor"), "#anchor");
  EXPECT_EQ(link_target("g"), "g");
}

TEST(NamesEntry, AHeadingThatIsCodeAfterAnOptionalLabel) {
  // Inline code spans are byte ranges of the text (between the backticks).
  const auto code_of = [](const std::string& text) {
    std::vector<text::TextSpan> code;
    for (std::size_t open = text.find('`'); open != std::string::npos;) {
      const std::size_t close = text.find('`', open + 1);
      code.push_back({open + 1, close});
      open = text.find('`', close + 1);
    }
    return code;
  };
  for (const std::string heading :
       {"`fs.open(path[, flags])`", "Class: `fs.Dir`", "Static method: `Buffer.alloc(size)`",
        "Event: `'close'`", "`build.rustflags`", "app.mount()", "defineProps() & defineEmits()",
        "`ref()`, `shallowRef()` and `triggerRef()`", "std::mem::transmute", "$route",
        "useTOCHighlight", "getFileCommitDate"}) {
    EXPECT_TRUE(names_entry(heading, code_of(heading))) << heading;
  }
  for (const std::string heading :
       {"Using `v-model`", "`v-model` on components", "Props", "Build scripts", "Class:",
        "Options API", "The manifest format: an overview of `Cargo.toml`", "v2.5.0 and above",
        "GitHub", "JavaScript"}) {
    EXPECT_FALSE(names_entry(heading, code_of(heading))) << heading;
  }
}

}  // namespace
}  // namespace twice::segmenter
