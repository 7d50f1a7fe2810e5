// The docs-dialect pass (segment/dialect.h) as the Markdown reader sees it:
// each input is small and synthetic, each expectation the exact prose md4c
// then yields, and where it sits in the source.
#include "twice/segment/dialect.h"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "twice/analyze.h"
#include "twice/report.h"
#include "twice/segment/readers.h"
#include "twice/segment/sentences.h"

namespace twice::segmenter {
namespace {

using Strings = std::vector<std::string>;

Strings Texts(const std::string& source) {
  Strings out;
  for (const Block& b : read_markdown(source)) out.push_back(b.prose.text());
  return out;
}

// Each masked range as "reason: source text".
Strings Masks(const std::string& source) {
  std::vector<Masked> masked;
  read_markdown(source, &masked);
  Strings out;
  for (const Masked& m : masked) {
    out.push_back(std::string(m.reason) + ": " + source.substr(m.begin, m.end - m.begin));
  }
  return out;
}

// Where block `index` starts and ends in the source.
std::string BlockSource(const std::string& source, std::size_t index) {
  const std::vector<Block> blocks = read_markdown(source);
  const ProseText& p = blocks.at(index).prose;
  const std::size_t begin = p.source_begin(0);
  return source.substr(begin, p.source_end(p.text().size()) - begin);
}

TEST(Dialect, CopyKeepsEveryOffsetAndLineEnd) {
  const std::string source =
      "Intro {{ name }} text.\r\n\r\n!!! note \"Title\"\r\n    Body.\r\n\r\n{{< note >}}\r\n";
  const Dialects d = mask_dialects(source, 0);
  ASSERT_EQ(d.text.size(), source.size());
  for (std::size_t i = 0; i < source.size(); ++i) {
    if (source[i] == '\n' || source[i] == '\r') EXPECT_EQ(d.text[i], source[i]) << i;
  }
  for (const Masked& m : d.masked) {
    for (std::size_t i = m.begin; i < m.end; ++i) {
      if (source[i] != '\n' && source[i] != '\r') EXPECT_EQ(d.text[i], ' ') << i;
    }
  }
  // The body's first indentation column is the only byte changed outside a mask.
  EXPECT_EQ(d.text.substr(source.find("    Body"), 9), ">   Body.");
}

TEST(Dialect, MasksMdBookIncludes) {
  const std::string source =
      "Intro.\n\n{{#include ../listings/main.rs}}\n\n{{#rustdoc_include x.rs:2:5}}\n\n"
      "{{#playground example.rs editable}}\n\n{{#title The Book}}\n\nOutro.\n";
  EXPECT_EQ(Texts(source), (Strings{"Intro.", "Outro."}));
  EXPECT_EQ(Masks(source), (Strings{"include directive: {{#include ../listings/main.rs}}",
                                    "include directive: {{#rustdoc_include x.rs:2:5}}",
                                    "include directive: {{#playground example.rs editable}}",
                                    "include directive: {{#title The Book}}"}));
}

TEST(Dialect, MasksSnippetAndFastApiIncludes) {
  const std::string source =
      "Before.\n\n--8<-- \"docs/snippet.md\"\n\n--8<--\nfirst.md\nsecond.md\n--8<--\n\n"
      "{* ../src/x.py hl[3] *}\n\nAfter.\n";
  EXPECT_EQ(Texts(source), (Strings{"Before.", "After."}));
  EXPECT_EQ(Masks(source).size(), 6u);
}

TEST(Dialect, KeepsProseInsideAdmonitionBody) {
  const std::string source =
      "Intro.\n\n!!! note \"Read this\"\n    The body is prose.\n    It runs on.\n\n"
      "    A second paragraph.\n\nAfter the note.\n";
  EXPECT_EQ(Texts(source), (Strings{"Intro.", "The body is prose. It runs on.",
                                    "A second paragraph.", "After the note."}));
  EXPECT_EQ(BlockSource(source, 1), "The body is prose.\n    It runs on.");
  EXPECT_EQ(Masks(source), (Strings{"admonition marker: !!! note \"Read this\""}));
}

TEST(Dialect, KeepsProseInsideCollapsibleAdmonitionsAndTabs) {
  const std::string source =
      "??? tip\n    Folded prose.\n\n???+ warning \"Open\"\n\tTab-indented prose.\n\n"
      "=== \"pip\"\n\n    Install with pip.\n\n=== \"uv\"\n\n    Install with uv.\n";
  EXPECT_EQ(Texts(source), (Strings{"Folded prose.", "Tab-indented prose.", "Install with pip.",
                                    "Install with uv."}));
  EXPECT_EQ(Masks(source), (Strings{"admonition marker: ??? tip",
                                    "admonition marker: ???+ warning \"Open\"",
                                    "content tab marker: === \"pip\"",
                                    "content tab marker: === \"uv\""}));
}

TEST(Dialect, NestedAdmonitionBodiesReadAsProse) {
  const std::string source =
      "=== \"Python 3.10\"\n\n    Outer tab prose.\n\n    !!! note\n        Inner note prose.\n\n"
      "    Back in the tab.\n";
  EXPECT_EQ(Texts(source),
            (Strings{"Outer tab prose.", "Inner note prose.", "Back in the tab."}));
  EXPECT_EQ(mask_dialects(source, 0).text.substr(source.find("        Inner"), 13),
            ">   >   Inner");
}

TEST(Dialect, FencedCodeInsideAdmonitionBodyStaysCode) {
  // An empty line inside the fence, a line of code right after the opening
  // fence, template syntax in the code: all of it stays code.
  const std::string source =
      "!!! example\n    Some text:\n    ```python\n    x = 1\n\n    y = {{ 2 }}\n    ```\n\n"
      "    After the code.\n\n!!! tip\n\n    ```\n    only = code\n    ```\n    Closing words.\n";
  EXPECT_EQ(Texts(source), (Strings{"Some text:", "After the code.", "Closing words."}));
  EXPECT_EQ(Masks(source), (Strings{"admonition marker: !!! example", "admonition marker: !!! tip"}));
}

TEST(Dialect, AdmonitionInsideListItemReadsAsProse) {
  const std::string source =
      "* **After** validators: run after.\n{#after-validators}\n\n    === \"Annotated\"\n\n"
      "        Here is an example.\n\n        ```python\n        def f(): pass\n\n"
      "        x = f()\n        ```\n\n        1. Note the return.\n\nNext paragraph.\n";
  EXPECT_EQ(Texts(source), (Strings{"After validators: run after.", "Here is an example.",
                                    "Note the return.", "Next paragraph."}));
}

TEST(Dialect, MasksPymdownxBlockMarkersAndOptions) {
  const std::string source =
      "/// details | Summary\n    type: warning\n    open: true\n\nInside the block.\n///\n\n"
      "/// version-added | v2.9\n///\n";
  EXPECT_EQ(Texts(source), (Strings{"Inside the block."}));
  EXPECT_EQ(Masks(source),
            (Strings{"block marker: /// details | Summary", "block options: type: warning",
                     "block options: open: true", "block marker: ///",
                     "block marker: /// version-added | v2.9", "block marker: ///"}));
}

TEST(Dialect, MasksContainerMarkersKeepsTheirProse) {
  const std::string source =
      "::: tip Heads up\nInside the tip.\n:::\n\n:::details Click me\nHidden prose.\n:::\n\n"
      ":::: code-group\n```sh [npm]\nnpm i\n```\n::::\n\n  :::warning\n  Indented.\n  :::\n";
  EXPECT_EQ(Texts(source), (Strings{"Inside the tip.", "Hidden prose.", "Indented."}));
  EXPECT_EQ(Masks(source).size(), 8u);
}

TEST(Dialect, MasksApiDocDirectiveWithItsOptions) {
  const std::string source =
      "# API\n\n::: pydantic.main.BaseModel\n    options:\n        show_root_heading: true\n\n"
      "::: pydantic_core\n\nSome prose.\n";
  EXPECT_EQ(Texts(source), (Strings{"API", "Some prose."}));
  EXPECT_EQ(Masks(source), (Strings{"API-doc directive: ::: pydantic.main.BaseModel",
                                    "API-doc directive: options:",
                                    "API-doc directive: show_root_heading: true",
                                    "API-doc directive: ::: pydantic_core"}));
}

TEST(Dialect, MasksHugoShortcodeTagsKeepsProseInside) {
  const std::string source =
      "{{< note >}}\nA note in prose.\n{{< /note >}}\n\n{{% details summary=\"More\" %}}\n"
      "Details in prose.\n{{% /details %}}\n\nSee {{< ref \"other.md\" >}} for more.\n";
  EXPECT_EQ(Texts(source),
            (Strings{"A note in prose.", "Details in prose.", "See  for more."}));
  EXPECT_EQ(BlockSource(source, 2), "See {{< ref \"other.md\" >}} for more.");
}

// A shortcode's text="..." is what the page shows in its place.
TEST(Dialect, ReadsTheTextAShortcodeDisplays) {
  const std::string source =
      "Each {{< glossary_tooltip text=\"Pod\" term_id=\"pod\" >}} runs\n{{< glossary_tooltip "
      "term_id='node' text='a node' >}}. {{< qr text=\"https://x.org\" >}} {{< x context=\"a\" "
      ">}}{{< x text=\"\" >}}\n";
  EXPECT_EQ(Texts(source), (Strings{"Each Pod runs a node."}));
  EXPECT_EQ(Masks(source), (Strings{"Hugo shortcode: {{< glossary_tooltip text=\"",
                                    "Hugo shortcode: \" term_id=\"pod\" >}}",
                                    "Hugo shortcode: {{< glossary_tooltip term_id='node' text='",
                                    "Hugo shortcode: ' >}}",
                                    "Hugo shortcode: {{< qr text=\"https://x.org\" >}}",
                                    "Hugo shortcode: {{< x context=\"a\" >}}",
                                    "Hugo shortcode: {{< x text=\"\" >}}"}));
}

TEST(Dialect, MasksCodeShortcodeContent) {
  const std::string source =
      "Set it:\n\n{{< code-toggle file=hugo >}}\n[params]\n# not a heading\ncolor = 'red'\n"
      "{{< /code-toggle >}}\n\nInline {{< hl >}}fmt.Println(1){{< /hl >}} code.\n\n"
      "{{< highlight go \"linenos=true\" >}}\npackage main\n\nfunc main() {}\n{{< /highlight >}}\n"
      "\nDone.\n";
  EXPECT_EQ(Texts(source), (Strings{"Set it:", "Inline  code.", "Done."}));
  // A diagram's source: "class hpa hpa;" is Mermaid, not a doubled word.
  EXPECT_EQ(Texts("{{< mermaid >}}\ngraph BT\nclass hpa hpa;\n{{</ mermaid >}}\n\nDone.\n"),
            (Strings{"Done."}));
}

// A site's own names (Options::code_shortcodes, prose_directives) join
// those twice knows; without them the shortcode's content is prose and the
// directive's body is not read.
TEST(Dialect, ASitesOwnShortcodesAndDirectivesAreReadAsItSays) {
  const std::string source =
      "{{< terminal >}}\nnpm run build\n{{< /terminal >}}\n\n```{exercise}\nSay it twice.\n```\n";
  const auto texts = [&](const DialectNames& names) {
    Strings out;
    for (const Block& block : read_markdown(source, nullptr, nullptr, names)) {
      out.push_back(block.prose.text());
    }
    return out;
  };
  EXPECT_EQ(texts({}), (Strings{"npm run build"}));
  EXPECT_EQ(texts({{"terminal"}, {"exercise"}}), (Strings{"Say it twice."}));
}

TEST(Dialect, MasksShortcodeOverSeveralLines) {
  const std::string source =
      "Before.\n\n{{< figure\n  src=\"x.jpg\"\n  alt=\"An image\"\n>}}\n\nAfter.\n";
  EXPECT_EQ(Texts(source), (Strings{"Before.", "After."}));
  EXPECT_EQ(Masks(source).size(), 1u);
}

TEST(Dialect, MasksTemplateTags) {
  const std::string source =
      "{% if page.draft %}\nDraft prose.\n{% endif %}\n\nHello {{ user.name }}, and "
      "{{- trimmed -}} more.\n\n{%\n  include \"x.html\"\n%}\n\n{% raw %}Raw prose.{% endraw %}\n";
  EXPECT_EQ(Texts(source),
            (Strings{"Draft prose.", "Hello , and  more.", "Raw prose."}));
  // Jekyll's highlight blocks hold code, comment blocks a comment, over blank
  // lines too; one never closed leaves its body prose.
  EXPECT_EQ(Texts("{% highlight ruby %}\ndef foo\n\n  puts 'x'\nend\n{%- endhighlight -%}\n\n"
                  "Prose.\n\n{% comment %}\nA note to editors.\n{% endcomment %}\n\n"
                  "{% highlight sh %}\nNever closed.\n"),
            (Strings{"Prose.", "Never closed."}));
}

TEST(Dialect, MasksHeadingAndParagraphAttributes) {
  const std::string source =
      "## Title { #anchor }\n\n## Other {#id .class}\n\nA paragraph.\n{: .note }\n\n"
      "Annotated: { .annotate }\n\nA wide one.\n{class=\"wide\"}\n\n"
      "A set {x} and {#not-at-end} stay, as does {k=v}\n";
  EXPECT_EQ(Texts(source), (Strings{"Title", "Other", "A paragraph.", "Annotated:", "A wide one.",
                                    "A set {x} and {#not-at-end} stay, as does {k=v}"}));
}

TEST(Dialect, MasksMdxImportsAndComponentLines) {
  const std::string source =
      "import Tabs from '@theme/Tabs';\nimport {\n  TabItem,\n} from '@theme/TabItem';\n"
      "export const meta = {\n  title: 'x',\n};\n\n<Tabs>\n<TabItem value=\"a\">\nTab prose.\n"
      "</TabItem>\n</Tabs>\n\n<Card\n  title=\"x\"\n/>\n\n<Button onClick={() => go()} />\n\nEnd.\n";
  EXPECT_EQ(Texts(source), (Strings{"Tab prose.", "End."}));
  // MDX comments, Docusaurus's heading ids among them.
  EXPECT_EQ(Texts("## Options {/* #options */}\n\nProse {/* a note\nover two lines */} goes on.\n"),
            (Strings{"Options", "Prose  goes on."}));
  // A line that opens a tag and never closes it masks its paragraph, no more.
  EXPECT_EQ(Texts("<Wrapper\nnever closed\n\nStill prose.\n"), (Strings{"Still prose."}));
}

TEST(Dialect, ReadsMystDirectivesThatHoldProseAndMasksTheirMarkers) {
  const std::string source =
      "(my-target)=\n# Title\n\n% a comment\n\nSee {ref}`my-target` and {py:func}`os.path`.\n\n"
      "```{note}\n:class: dropdown\nA note in prose.\n```\n\n"
      "````{admonition} A title\n```python\nx = 1\n```\nMore prose.\n````\n\n"
      "```{code-block} python\nnot = prose\n```\n\n"
      "```{tip} Tips start here.\n```\n\n:::{warning}\n:name: w\nColon fenced.\n:::\n\n"
      "A share of 50\n% is kept.\n";
  EXPECT_EQ(Texts(source),
            (Strings{"Title", "See my-target and os.path.", "A note in prose.", "A title",
                     "More prose.", "Tips start here.", "Colon fenced.", "A share of 50 % is kept."}));
  // A colon fence of a directive that holds no prose (an example, a figure) is
  // not read, nested directives and blank lines included.
  EXPECT_EQ(Texts("::::{myst-example}\n\n:::{tip}\nA hint!\n:::\n\n::::\n\n"
                  ":::{figure} img.png\nA caption.\n:::\n\nRead.\n"),
            (Strings{"Read."}));
  // A fence whose info string is a language in braces (R Markdown) stays code.
  EXPECT_EQ(Texts("```{r}\nx <- 1\n```\n\nEnd.\n"), (Strings{"End."}));
}

TEST(Dialect, MasksHtmlTagsOverSeveralLinesAndJsxAttributes) {
  // CommonMark reads these as paragraphs: the tag does not close on its first
  // line, or its attributes are JSX expressions.
  EXPECT_EQ(Texts("<a\n  target=\"_blank\"\n  href={require('./x.pdf').default}>\n  Download it.\n"
                  "</a>\n\n<img\n  src=\"/x.png\"\n/>\n\n<img src={useBaseUrl('/x.png')} alt=\"x\" />\n\n"
                  "End.\n"),
            (Strings{"Download it.", "End."}));
  // Prose that opens with inline HTML stays prose.
  EXPECT_EQ(Texts("<kbd>Ctrl</kbd> opens the menu.\n\n<a href=\"#x\">This link</a> is prose.\n"),
            (Strings{"Ctrl opens the menu.", "This link is prose."}));
}

TEST(Dialect, MasksHtmlCommentsButKeepsTwiceMarkers) {
  const std::string source =
      "- An item <!-- a note\n  over two lines --> goes on.\n\n<!--\nA hidden\n\nparagraph.\n-->\n"
      "<!-- twice-disable-next -->\nSuppressed prose.\n\nRead prose.\n\n<!--\n```\n-->\n"
      "Not code.\n";
  const std::vector<Block> blocks = read_markdown(source);
  ASSERT_EQ(blocks.size(), 4u);
  EXPECT_EQ(blocks[3].prose.text(), "Not code.");  // the fence inside the comment opened nothing
  EXPECT_EQ(blocks[0].prose.text(), "An item  goes on.");
  EXPECT_EQ(blocks[1].prose.text(), "Suppressed prose.");
  EXPECT_TRUE(blocks[1].suppressed);
  EXPECT_FALSE(blocks[2].suppressed);
  EXPECT_EQ(Masks(source).size(), 3u);
}

TEST(Dialect, MasksCaptions) {
  const std::string source =
      "<span class=\"filename\">Filename: src/main.rs</span>\n\n```rust\nfn main() {}\n```\n\n"
      "A figure follows. <figcaption>The caption.</figcaption>\n\n"
      "<p class=\"caption\">Table 1: numbers</p>\n";
  EXPECT_EQ(Texts(source), (Strings{"A figure follows."}));
  EXPECT_EQ(Masks(source), (Strings{"caption: <span class=\"filename\">Filename: src/main.rs</span>",
                                    "caption: <figcaption>The caption.</figcaption>",
                                    "caption: <p class=\"caption\">Table 1: numbers</p>"}));
}

TEST(Dialect, LeavesCodeAlone) {
  const std::string source =
      "````md\n```\n{{< note >}}\n!!! note\n    body\n````\n\n~~~\n{{ x }}\n~~~\n\n"
      "    indented {{ code }}\n    <!-- in code -->\n\nUse `{{ .Title }}` and ``{% raw %}``.\n";
  EXPECT_TRUE(Masks(source).empty());
  EXPECT_EQ(Texts(source), (Strings{"Use {{ .Title }} and {% raw %}."}));
  EXPECT_EQ(mask_dialects(source, 0).text, source);
}

TEST(Dialect, InlineCodeRangesFollowTheTextTheMasksLeave) {
  const std::string source = "Set {{< new-in 1.2 />}} the `baseURL` key, {{ x }} then `port`.\n";
  const std::vector<Block> blocks = read_markdown(source);
  ASSERT_EQ(blocks.size(), 1u);
  const std::string& text = blocks[0].prose.text();
  ASSERT_EQ(text, "Set  the baseURL key,  then port.");
  ASSERT_EQ(blocks[0].code.size(), 2u);
  EXPECT_EQ(text.substr(blocks[0].code[0].begin, blocks[0].code[0].end - blocks[0].code[0].begin),
            "baseURL");
  EXPECT_EQ(text.substr(blocks[0].code[1].begin, blocks[0].code[1].end - blocks[0].code[1].begin),
            "port");
}

// A line of vertical tabs trims to nothing: nothing to read past (a fuzz
// find: the MyST comment rule read its first byte).
TEST(Dialect, ALineOfOtherWhitespaceIsNotAComment) {
  EXPECT_EQ(Texts("Prose.\n\n\v\v\v\n\nMore.\n"), (Strings{"Prose.", "More."}));
  EXPECT_TRUE(Masks("\v\f\v").empty());
}

TEST(Dialect, FrontMatterIsListed) {
  const std::string source = "---\ntitle: x\n---\nProse.\n";
  EXPECT_EQ(Masks(source), (Strings{"front matter: ---\ntitle: x\n---\n"}));
  EXPECT_EQ(Texts(source), (Strings{"Prose."}));
}

// Openers that never close, by the hundred thousand, in one paragraph: each
// stays what it is, and no opener takes the rest of the file as its body.
// (What this costs, against its size, is BM_UnclosedDocsSyntax and
// BM_UnclosedLiquidBlocks in bench/hostile_bench.cc.)
TEST(Dialect, UnclosedSyntaxMasksOnlyTheTags) {
  std::string source;
  for (const char* opener : {" {{", " {%", " <!--", " {{< code-toggle >}}", " <figcaption>",
                             " {k=\"v"}) {
    source += "Start";
    for (int i = 0; i < 100000; ++i) source += i % 1000 == 999 ? "\n" : opener;
    source += " end.\n\n";
  }
  for (int n = 1; n < 1500; ++n) source += std::string(n, '`') + " x ";  // no run closes another
  source += " end.\n";
  const Dialects d = mask_dialects(source, 0);
  EXPECT_EQ(d.text.size(), source.size());
  EXPECT_EQ(d.masked.size(), 99900u);  // the shortcode tags, which have no closing tag
  // Liquid blocks whose closing word recurs outside any tag.
  std::string liquid;
  for (int i = 0; i < 100000; ++i) liquid += i % 1000 == 999 ? "\n" : " {% highlight x %} endhighlight";
  EXPECT_EQ(mask_dialects(liquid, 0).masked.size(), 99900u);  // the tags, none closes a block
}

// Through the public API: the document carries what was not read, and both
// segment formats show it, with lines and columns.
TEST(Dialect, SegmentReportsShowWhatWasNotRead) {
  const std::string bytes = "Intro.\n\n!!! note \"Title\"\n    Body prose.\n";
  auto documents = twice::segment({Source{"notes.md", bytes}}, Options());
  ASSERT_TRUE(documents.ok());
  const Document& document = documents.value().at(0);
  ASSERT_EQ(document.skipped.size(), 1u);
  EXPECT_EQ(document.skipped[0].reason, "admonition marker");
  EXPECT_EQ(document.skipped[0].span.begin, bytes.find("!!!"));
  ASSERT_EQ(document.paragraphs.size(), 2u);
  EXPECT_EQ(document.paragraphs[1].sentences.at(0).text, "Body prose.");
  EXPECT_EQ(document.paragraphs[1].span.begin, bytes.find("Body"));

  const std::string text = render_segments(documents.value(), ReportFormat::kText);
  EXPECT_NE(text.find("notes.md:3:1-3:17: not read, admonition marker: !!! note \"Title\"\n"),
            std::string::npos)
      << text;
  EXPECT_LT(text.find("paragraph 1"), text.find("not read"));
  EXPECT_LT(text.find("not read"), text.find("paragraph 2"));

  const nlohmann::json json =
      nlohmann::json::parse(render_segments(documents.value(), ReportFormat::kJson));
  const nlohmann::json& skipped = json["files"][0]["skipped"];
  ASSERT_EQ(skipped.size(), 1u);
  EXPECT_EQ(skipped[0]["reason"], "admonition marker");
  EXPECT_EQ(skipped[0]["location"]["start"]["line"], 3);
  EXPECT_EQ(skipped[0]["location"]["text"], "!!! note \"Title\"");
}

}  // namespace
}  // namespace twice::segmenter
