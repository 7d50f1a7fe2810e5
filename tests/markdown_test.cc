#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "twice/segment/readers.h"
#include "twice/segment/sentences.h"

namespace twice::segmenter {
namespace {

using Strings = std::vector<std::string>;

std::vector<std::string> Texts(const std::vector<Block>& blocks) {
  std::vector<std::string> out;
  for (const Block& b : blocks) out.push_back(b.prose.text());
  return out;
}

// source.substr(source_begin, source_end - source_begin) of text[begin, end).
std::string Slice(std::string_view source, const ProseText& p, std::size_t begin,
                  std::size_t end) {
  const std::size_t b = p.source_begin(begin);
  const std::size_t e = p.source_end(end);
  return std::string(source.substr(b, e - b));
}

std::string BlockSource(std::string_view source, const Block& block) {
  return Slice(source, block.prose, 0, block.prose.text().size());
}

// The source slice of every sentence of every block, in order.
std::vector<std::string> SentenceSources(std::string_view source,
                                         const std::vector<Block>& blocks) {
  std::vector<std::string> out;
  for (const Block& b : blocks) {
    for (const TextRange& r : split_sentences(b.prose.text())) {
      out.push_back(Slice(source, b.prose, r.begin, r.end));
    }
  }
  return out;
}

TEST(MarkdownReader, SentenceWithBoldAndLinkMapsToItsSourceBytes) {
  const std::string source =
      "Intro text.\n\nA sentence with **bold** and a [link](http://x). Next one.\n";
  const std::vector<Block> blocks = read_markdown(source);
  ASSERT_EQ(blocks.size(), 2u);
  EXPECT_EQ(blocks[1].prose.text(), "A sentence with bold and a link. Next one.");
  EXPECT_EQ(SentenceSources(source, blocks),
            (Strings{"Intro text.", "A sentence with **bold** and a [link](http://x).",
                     "Next one."}));
  EXPECT_EQ(blocks[1].prose.source_begin(0), source.find("A sentence"));
}

TEST(MarkdownReader, SoftBreakReadsAsOneSpace) {
  const std::string source = "First line\n   second line.\n";
  const std::vector<Block> blocks = read_markdown(source);
  ASSERT_EQ(blocks.size(), 1u);
  EXPECT_EQ(blocks[0].prose.text(), "First line second line.");
  EXPECT_EQ(BlockSource(source, blocks[0]), "First line\n   second line.");
}

TEST(MarkdownReader, HardBreaksReadAsOneSpace) {
  const std::string source = "Two spaces  \nthen backslash\\\nend.\n";
  const std::vector<Block> blocks = read_markdown(source);
  EXPECT_EQ(Texts(blocks), (Strings{"Two spaces then backslash end."}));
  EXPECT_EQ(BlockSource(source, blocks[0]), source.substr(0, source.size() - 1));
}

TEST(MarkdownReader, CodeBlocksAreNotProse) {
  EXPECT_TRUE(read_markdown("```cpp\nint main() { return 0; }\n```\n").empty());
  EXPECT_TRUE(read_markdown("~~~\nSome code.\n~~~\n").empty());
  EXPECT_TRUE(read_markdown("    indented code.\n    More code.\n").empty());
  EXPECT_EQ(Texts(read_markdown("Before.\n\n```\ncode\n```\n\nAfter.\n")),
            (Strings{"Before.", "After."}));
}

TEST(MarkdownReader, CommentsAreNotProse) {
  EXPECT_TRUE(read_markdown("<!-- a comment\nover two lines -->\n").empty());
  EXPECT_TRUE(read_markdown("<div>\n<!-- a comment -->\n<img src=\"x.png\" alt=\"Alt.\">\n</div>\n")
                  .empty());
}

// An HTML block's text is prose, as a browser shows it: a block per
// block-level element, inline tags dropped, entities read, each line break
// one space; every character still maps to its byte.
TEST(MarkdownReader, HtmlBlocksAreReadAsABrowserShowsThem) {
  const std::string source =
      "<div class=\"note\">\n  <h5>ProTip: Use drafts</h5>\n  <p>Drafts have no date. Preview "
      "them\n  with <code>--drafts</code> &amp; <a href=\"/docs/drafts/\">this page</a>.</p>\n"
      "</div>\n";
  const std::vector<Block> blocks = read_markdown(source);
  ASSERT_EQ(Texts(blocks), (Strings{"ProTip: Use drafts",
                                    "Drafts have no date. Preview them with --drafts & this page."}));
  EXPECT_EQ(blocks[0].heading, 5);
  EXPECT_FALSE(blocks[1].list_item);
  EXPECT_EQ(BlockSource(source, blocks[1]),
            "Drafts have no date. Preview them\n  with <code>--drafts</code> &amp; <a "
            "href=\"/docs/drafts/\">this page</a>.");
  const std::string& text = blocks[1].prose.text();
  ASSERT_EQ(blocks[1].code.size(), 1u);
  EXPECT_EQ(text.substr(blocks[1].code[0].begin, blocks[1].code[0].end - blocks[1].code[0].begin),
            "--drafts");
  EXPECT_EQ(blocks[1].prose.source_begin(text.find("--drafts")), source.find("--drafts"));
  EXPECT_EQ(blocks[1].prose.source_begin(text.find("with")), source.find("with"));
  ASSERT_EQ(blocks[1].links.size(), 1u);
  EXPECT_EQ(blocks[1].links[0].target, "drafts");
  // Entries of lists, option lists and tables are list items.
  const std::vector<Block> entries = read_markdown(
      "<dl>\n<dt><code>--verbose</code></dt>\n<dd><p>Use verbose output.</p></dd>\n</dl>\n\n"
      "<table><tr><td>A cell.</td></tr></table>\n");
  EXPECT_EQ(Texts(entries), (Strings{"--verbose", "Use verbose output.", "A cell."}));
  for (const Block& entry : entries) EXPECT_TRUE(entry.list_item);
  // A card of a page index: a heading that is only a link, and what it says of the page.
  const std::vector<Block> cards = read_markdown(
      "<div class=\"component\">\n  <h3><a href=\"button.html\">Button</a></h3>\n"
      "  <p>A basic button component.</p>\n</div>\n<div><h3>Notes</h3><p>Prose.</p></div>\n");
  ASSERT_EQ(Texts(cards), (Strings{"Button", "A basic button component.", "Notes", "Prose."}));
  EXPECT_TRUE(cards[1].list_item);
  EXPECT_FALSE(cards[3].list_item);
  // Not prose: scripts, styles, preformatted code, captions, attributes.
  EXPECT_EQ(Texts(read_markdown("<div title=\"Not prose.\">\n<script>let a = \"<p>x</p>\";"
                                "</SCRIPT>\n<pre>code()</pre>\n<style>p { x: 1 }</style>\n"
                                "<figure><figcaption>A caption.</figcaption></figure>\n"
                                "Prose 1 < 2.\n</div>\n")),
            (Strings{"Prose 1 < 2."}));
  // A "<" that opens no tag before the next one is text.
  EXPECT_EQ(Texts(read_markdown("<div>\nx <a title=x <b>bold</b> text.\n</div>\n")),
            (Strings{"x <a title=x bold text."}));
}

TEST(MarkdownReader, TablesAreNotProse) {
  EXPECT_TRUE(read_markdown("| a | b |\n|---|---|\n| Some cell. | Other. |\n").empty());
}

TEST(MarkdownReader, SkipsYamlFrontMatter) {
  const std::string source = "---\ntitle: A title.\ntags: [x]\n---\nBody text.\n";
  const std::vector<Block> blocks = read_markdown(source);
  ASSERT_EQ(Texts(blocks), (Strings{"Body text."}));
  EXPECT_EQ(blocks[0].prose.source_begin(0), source.find("Body"));
  EXPECT_TRUE(read_markdown("---\ntitle: only front matter\n...\n").empty());
}

TEST(MarkdownReader, SkipsTomlFrontMatter) {
  const std::string source = "+++\ntitle = \"x\"\n+++\n\nBody text.\n";
  EXPECT_EQ(Texts(read_markdown(source)), (Strings{"Body text."}));
}

TEST(MarkdownReader, FrontMatterTitleYamlOrTomlQuotesOff) {
  EXPECT_EQ(front_matter_title("---\nslug: x\ntitle: \"hugo mod init\"\n---\nBody.\n"),
            "hugo mod init");
  EXPECT_EQ(front_matter_title("+++\ntitle = 'PublishDate'\n+++\n"), "PublishDate");
  // Spaces after the value do not keep its quotes on (nor stay in it).
  EXPECT_EQ(front_matter_title("---\ntitle: \"Page dates\"   \n---\n"), "Page dates");
  EXPECT_EQ(front_matter_title("---\ntitles: no\nsubtitle: no\n---\n"), "");
  EXPECT_EQ(front_matter_title("title: not front matter\n"), "");
}

TEST(MarkdownReader, UnclosedFenceIsNotFrontMatter) {
  // A lone "---" is a thematic break; the text after it is prose.
  EXPECT_EQ(Texts(read_markdown("---\nStill prose.\n")), (Strings{"Still prose."}));
}

TEST(MarkdownReader, HeadingsAreBlocks) {
  const std::string source = "# ATX *heading* #\n\nSetext heading\n===\n\nBody.\n";
  const std::vector<Block> blocks = read_markdown(source);
  EXPECT_EQ(Texts(blocks), (Strings{"ATX heading", "Setext heading", "Body."}));
  EXPECT_EQ(BlockSource(source, blocks[0]), "ATX *heading");
  EXPECT_EQ(blocks[0].heading, 1);  // its level
  EXPECT_EQ(blocks[1].heading, 1);
  EXPECT_EQ(blocks[2].heading, 0);
  EXPECT_EQ(read_markdown("### Three\n\nBody.\n")[0].heading, 3);
}

TEST(MarkdownReader, ABlockRightBeforeACodeBlockIntroducesIt) {
  const std::vector<Block> blocks =
      read_markdown("Example usage:\n\n```js\nrun();\n```\n\nThen this.\n\n- an item\n\n"
                    "<div><img src=\"x.png\"></div>\n\n```js\nother();\n```\n");
  ASSERT_EQ(blocks.size(), 3u);
  EXPECT_TRUE(blocks[0].before_code);
  EXPECT_FALSE(blocks[1].before_code);
  EXPECT_FALSE(blocks[2].before_code);  // an HTML block comes between
}

TEST(MarkdownReader, TightListItemsAreBlocks) {
  const std::string source = "- First item.\n- Second item\n  wraps here.\n";
  const std::vector<Block> blocks = read_markdown(source);
  EXPECT_EQ(Texts(blocks), (Strings{"First item.", "Second item wraps here."}));
  EXPECT_EQ(BlockSource(source, blocks[1]), "Second item\n  wraps here.");
}

TEST(MarkdownReader, LooseListItemsAreBlocks) {
  const std::string source = "1. First item.\n\n2. Second item.\n\n   More of it.\n";
  EXPECT_EQ(Texts(read_markdown(source)),
            (Strings{"First item.", "Second item.", "More of it."}));
}

TEST(MarkdownReader, NestedListSplitsItemText) {
  const std::string source = "* Parent text\n  * Child one\n  * Child two\n\n  Tail.\n";
  EXPECT_EQ(Texts(read_markdown(source)),
            (Strings{"Parent text", "Child one", "Child two", "Tail."}));
}

TEST(MarkdownReader, TaskListMarkersAreNotProse) {
  EXPECT_EQ(Texts(read_markdown("- [ ] Open task.\n- [x] Done task.\n")),
            (Strings{"Open task.", "Done task."}));
}

TEST(MarkdownReader, BlockQuotesAreProse) {
  const std::string source = "> Quoted text\n> continues here.\n>\n> > Nested quote.\n";
  const std::vector<Block> blocks = read_markdown(source);
  EXPECT_EQ(Texts(blocks), (Strings{"Quoted text continues here.", "Nested quote."}));
  EXPECT_EQ(BlockSource(source, blocks[0]), "Quoted text\n> continues here.");
}

TEST(MarkdownReader, CrlfLineEndsMapExactly) {
  const std::string source = "# Title\r\n\r\nLine one\r\nline two. Next.\r\n\r\n- item\r\n";
  const std::vector<Block> blocks = read_markdown(source);
  EXPECT_EQ(Texts(blocks), (Strings{"Title", "Line one line two. Next.", "item"}));
  EXPECT_EQ(SentenceSources(source, blocks),
            (Strings{"Title", "Line one\r\nline two.", "Next.", "item"}));
}

TEST(MarkdownReader, SkipsByteOrderMark) {
  const std::string source = "\xEF\xBB\xBF---\nk: v\n---\nHello.\n";
  const std::vector<Block> blocks = read_markdown(source);
  ASSERT_EQ(Texts(blocks), (Strings{"Hello."}));
  EXPECT_EQ(blocks[0].prose.source_begin(0), source.find("Hello"));
  EXPECT_EQ(read_markdown("\xEF\xBB\xBFPlain.")[0].prose.source_begin(0), 3u);
}

TEST(MarkdownReader, EntitiesReadAsCharacters) {
  const std::string source = "Tom &amp; Jerry &#233;t&#xE9; &mdash; &unknownent; end.\n";
  const std::vector<Block> blocks = read_markdown(source);
  ASSERT_EQ(blocks.size(), 1u);
  const ProseText& p = blocks[0].prose;
  EXPECT_EQ(p.text(), "Tom & Jerry \u00e9t\u00e9 \u2014 &unknownent; end.");
  const std::size_t amp = p.text().find('&');
  EXPECT_EQ(Slice(source, p, amp, amp + 1), "&amp;");
  const std::size_t dash = p.text().find("\u2014");
  EXPECT_EQ(Slice(source, p, dash, dash + 3), "&mdash;");
}

TEST(MarkdownReader, InlineHtmlIsDroppedWithoutSplittingTheParagraph) {
  const std::string source = "Before <!-- note --> after<br>more.\n";
  const std::vector<Block> blocks = read_markdown(source);
  ASSERT_EQ(blocks.size(), 1u);
  EXPECT_EQ(blocks[0].prose.text(), "Before  aftermore.");
  EXPECT_EQ(BlockSource(source, blocks[0]), "Before <!-- note --> after<br>more.");
}

TEST(MarkdownReader, InlineCodeIsKeptVerbatim) {
  const std::string source = "Call `make install` now.\n";
  const std::vector<Block> blocks = read_markdown(source);
  EXPECT_EQ(Texts(blocks), (Strings{"Call make install now."}));
}

TEST(MarkdownReader, LinkTextKeptAndUrlsDropped) {
  const std::string source = "See [the docs](https://example.com/docs \"Title\") and "
                             "<https://example.org>.\n";
  EXPECT_EQ(Texts(read_markdown(source)),
            (Strings{"See the docs and https://example.org."}));
}

TEST(MarkdownReader, ImageAltTextIsNotProse) {
  EXPECT_TRUE(read_markdown("![A badge](badge.svg)\n").empty());
}

TEST(MarkdownReader, EmptyInputHasNoBlocks) {
  EXPECT_TRUE(read_markdown("").empty());
  EXPECT_TRUE(read_markdown("\n\n   \n").empty());
}

TEST(MarkdownReader, BlocksAreTrimmedOrderedAndDisjoint) {
  const std::string source =
      "---\ntitle: t\n---\n# Guide\n\nThe tool reads *Markdown*. It skips code.\n\n"
      "```\nskipped\n```\n\n- One\n- Two &amp; three\n\n> Quote **here**.\n\n"
      "| t | t |\n|---|---|\n| x | y |\n\nLast paragraph\nwith a [link](u).\n";
  const std::vector<Block> blocks = read_markdown(source);
  EXPECT_EQ(Texts(blocks),
            (Strings{"Guide", "The tool reads Markdown. It skips code.", "One",
                     "Two & three", "Quote here.", "Last paragraph with a link."}));
  std::size_t previous_end = 0;
  for (const Block& b : blocks) {
    const std::string& t = b.prose.text();
    ASSERT_FALSE(t.empty());
    EXPECT_NE(t.front(), ' ');
    EXPECT_NE(t.back(), ' ');
    EXPECT_LE(previous_end, b.prose.source_begin(0));
    previous_end = b.prose.source_end(t.size());
  }
  EXPECT_EQ(SentenceSources(source, blocks),
            (Strings{"Guide", "The tool reads *Markdown*.", "It skips code.", "One",
                     "Two &amp; three", "Quote **here**.",
                     "Last paragraph\nwith a [link](u)."}));
}

// --- suppression markers ----------------------------------------------------

std::vector<bool> Suppressed(const std::vector<Block>& blocks) {
  std::vector<bool> out;
  for (const Block& b : blocks) out.push_back(b.suppressed);
  return out;
}

TEST(MarkdownReader, DisableNextSuppressesOnlyTheNextBlock) {
  const std::string source = "One.\n\n<!-- twice-disable-next -->\nTwo.\n\nThree.\n";
  const std::vector<Block> blocks = read_markdown(source);
  EXPECT_EQ(Texts(blocks), (Strings{"One.", "Two.", "Three."}));
  EXPECT_EQ(Suppressed(blocks), (std::vector<bool>{false, true, false}));
}

TEST(MarkdownReader, DisableEnableSuppressesARegionOfBlocks) {
  const std::string source =
      "One.\n\n<!-- twice-disable -->\n\n# Two\n\n- three\n- four\n\n"
      "<!--  TWICE-ENABLE  -->\n\nFive.\n";
  const std::vector<Block> blocks = read_markdown(source);
  EXPECT_EQ(Texts(blocks), (Strings{"One.", "Two", "three", "four", "Five."}));
  EXPECT_EQ(Suppressed(blocks), (std::vector<bool>{false, true, true, true, false}));
}

TEST(MarkdownReader, OtherCommentsSuppressNothing) {
  const std::string source = "<!-- TODO: twice-disable later -->\nOne.\n\nTwo.\n";
  EXPECT_EQ(Suppressed(read_markdown(source)), (std::vector<bool>{false, false}));
}

TEST(MarkdownReader, InlineCodeSpansAreRecordedAsRangesOfTheProse) {
  const std::string source = "Call `deliver_order()` and then `src/main.rs` once.\n";
  const std::vector<Block> blocks = read_markdown(source);
  ASSERT_EQ(blocks.size(), 1u);
  const Block& block = blocks[0];
  EXPECT_EQ(block.prose.text(), "Call deliver_order() and then src/main.rs once.");
  ASSERT_EQ(block.code.size(), 2u);
  const std::string& text = block.prose.text();
  EXPECT_EQ(text.substr(block.code[0].begin, block.code[0].end - block.code[0].begin),
            "deliver_order()");
  EXPECT_EQ(text.substr(block.code[1].begin, block.code[1].end - block.code[1].begin),
            "src/main.rs");
}

TEST(MarkdownReader, CodeSpanAcrossALineBreakIsOneRange) {
  const std::vector<Block> blocks = read_markdown("Run `cargo\nbuild` now.\n");
  ASSERT_EQ(blocks.size(), 1u);
  ASSERT_EQ(blocks[0].code.size(), 1u);
  const std::string& text = blocks[0].prose.text();
  EXPECT_EQ(text.substr(blocks[0].code[0].begin, blocks[0].code[0].end - blocks[0].code[0].begin),
            "cargo build");
}

TEST(MarkdownReader, ALooseListsItemsAreListItemsToo) {
  // Items apart by blank lines: md4c wraps each item's text in a paragraph.
  const std::vector<Block> blocks = read_markdown(
      "- **Details**\n\n  The first argument is the source of the watcher.\n\n"
      "- **Example**\n\n  Watching a getter works.\n\nA paragraph after the list.\n");
  ASSERT_EQ(blocks.size(), 5u);
  for (std::size_t b = 0; b < 4; ++b) EXPECT_TRUE(blocks[b].list_item) << b;
  EXPECT_FALSE(blocks[4].list_item);
}

TEST(MarkdownReader, LinkTextsAreRecordedWithWhereTheyPoint) {
  const std::vector<Block> blocks = read_markdown(
      "See the [profiles chapter](../ref/profiles.md#strip) and [the book][b] for more.\n\n"
      "[b]: https://doc.rust-lang.org/book/\n");
  ASSERT_EQ(blocks.size(), 1u);
  const Block& block = blocks[0];
  ASSERT_EQ(block.links.size(), 2u);
  const std::string& text = block.prose.text();
  EXPECT_EQ(text.substr(block.links[0].begin, block.links[0].end - block.links[0].begin),
            "profiles chapter");
  EXPECT_EQ(block.links[0].target, "profiles.md#strip");
  EXPECT_EQ(text.substr(block.links[1].begin, block.links[1].end - block.links[1].begin),
            "the book");
  EXPECT_EQ(block.links[1].target, "book");
}

TEST(MarkdownReader, AParagraphOfLinksIsALinkList) {
  const std::vector<Block> blocks = read_markdown(
      "See also: [Typing Component Props](/guide/typescript#props)\n\n"
      "[cargo(1)](cargo.html), [cargo-update(1)](cargo-update.html)\n\n"
      "See the [installation](install.md) section of the guide for the details.\n");
  ASSERT_EQ(blocks.size(), 3u);
  EXPECT_TRUE(blocks[0].list_item);
  EXPECT_TRUE(blocks[1].list_item);
  EXPECT_FALSE(blocks[2].list_item);  // a link in a sentence: prose
}

TEST(MarkdownReader, ListItemsAndDefinitionsAreFlaggedParagraphsAreNot) {
  const std::vector<Block> blocks = read_markdown(
      "A paragraph of prose here.\n\n- one item of a list\n- another item\n\n"
      "`keywords`\n: An array of keywords for the page.\n");
  ASSERT_EQ(blocks.size(), 4u);
  EXPECT_FALSE(blocks[0].list_item);
  EXPECT_TRUE(blocks[1].list_item);
  EXPECT_TRUE(blocks[2].list_item);
  EXPECT_TRUE(blocks[3].list_item);  // a definition list entry
}

TEST(MarkdownReader, UnknownTwiceMarkerIsAWarningAtItsOffset) {
  const std::string source = "Intro text here.\n\n<!-- twice-disable-nxt -->\nKept paragraph.\n";
  std::vector<Warning> warnings;
  const std::vector<Block> blocks = read_markdown(source, nullptr, &warnings);
  ASSERT_EQ(warnings.size(), 1u);
  EXPECT_EQ(warnings[0].offset, source.find("<!--"));
  EXPECT_NE(warnings[0].message.find("'<!-- twice-disable-nxt -->'"), std::string::npos)
      << warnings[0].message;
  ASSERT_EQ(blocks.size(), 2u);
  EXPECT_FALSE(blocks[1].suppressed);  // an unknown marker suppresses nothing
}

TEST(MarkdownReader, UnclosedDisableIsAWarningAtTheDisable) {
  const std::string source = "One.\n\n<!-- twice-disable -->\n\nTwo.\n";
  std::vector<Warning> warnings;
  read_markdown(source, nullptr, &warnings);
  ASSERT_EQ(warnings.size(), 1u);
  EXPECT_EQ(warnings[0].offset, source.find("<!--"));
  EXPECT_NE(warnings[0].message.find("never closed"), std::string::npos);
}

TEST(MarkdownReader, ClosedDisableAndOtherCommentsAreNoWarning) {
  std::vector<Warning> warnings;
  read_markdown("<!-- twice-disable -->\nA.\n<!-- twice-enable -->\n<!-- a note -->\nB.\n", nullptr,
                &warnings);
  EXPECT_TRUE(warnings.empty());
}

}  // namespace
}  // namespace twice::segmenter
