// The HTML report: escaping, self-containedness, links between findings and
// passages, the heat map and the size guards. (tests/html_chromium_test.py
// opens the same report in a browser.)
#include <gtest/gtest.h>

#include <fstream>
#include <regex>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "twice/analyze.h"
#include "twice/report.h"
#include "twice/report/html.h"
#include "twice/report/shared_words.h"

namespace twice {
namespace {

Source sample(const std::string& name) {
  std::ifstream in(std::string(TWICE_SOURCE_DIR) + "/samples/" + name, std::ios::binary);
  std::ostringstream bytes;
  bytes << in.rdbuf();
  return {"samples/" + name, bytes.str()};
}

std::string html_of(std::vector<Source> sources, const Options& options = Options()) {
  auto analysis = analyze(std::move(sources), options);
  EXPECT_TRUE(analysis.ok()) << analysis.error().describe();
  return render_findings(analysis.value(), ReportFormat::kHtml);
}

// Repeated phrases are off by default; the phrase tests turn them on.
Options with_phrases() {
  Options options;
  options.repeated_phrase.enabled = true;
  return options;
}

std::size_t count(const std::string& text, const std::string& what) {
  std::size_t found = 0;
  for (auto at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) ++found;
  return found;
}

// A draft that plants markup twice, so that it shows up in findings too.
const char* const kPlanted =
    "The editor pasted <script>alert('planted')</script> into the draft to test the report.\n\n"
    "A quote \" and an apostrophe ' and an ampersand & and <img src=x onerror=alert(1)> here.\n\n"
    "Again: the editor pasted <script>alert('planted')</script> into the draft to test the "
    "report.\n";

TEST(HtmlEscape, ReplacesTheFiveSpecialCharactersOnly) {
  EXPECT_EQ(report::html::escape("<a href=\"x\">Tom & Jerry's</a> été"),
            "&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&#39;s&lt;/a&gt; été");
  EXPECT_EQ(report::html::escape(""), "");
}

TEST(HtmlReport, EscapesPlantedMarkupInTheDocumentAndTheFindings) {
  const std::string html = html_of({{"draft.txt", kPlanted}}, with_phrases());
  EXPECT_EQ(html.find("<script>alert"), std::string::npos);
  EXPECT_EQ(html.find("<img"), std::string::npos);
  EXPECT_EQ(count(html, "<script>"), 1u) << "only the report's own script";
  // In the document view, twice as written, and once in the repeated
  // phrase's row of the phrases table...
  EXPECT_EQ(count(html, "&lt;script&gt;alert(&#39;planted&#39;)&lt;/script&gt;"), 3u);
  // ... and in both sides of the finding, its words marked as shared.
  EXPECT_GE(count(html, "&lt;<mark>script</mark>&gt;<mark>alert</mark>(&#39;<mark>planted</mark>&#39;)"),
            2u);
  EXPECT_NE(html.find("A quote &quot; and an apostrophe &#39; and an ampersand &amp;"),
            std::string::npos);
}

TEST(HtmlReport, EscapesPathsInTitlesAttributesAndTheMap) {
  const std::string path = "a\"><script>bad()</script>.txt";
  const std::string html = html_of({{path, kPlanted}});
  EXPECT_EQ(html.find("<script>bad"), std::string::npos);
  EXPECT_EQ(html.find(path), std::string::npos);
  EXPECT_NE(html.find("a&quot;&gt;&lt;script&gt;bad()&lt;/script&gt;.txt"), std::string::npos);
}

TEST(HtmlReport, IsSelfContained) {
  const std::string html = html_of({sample("news-ukraine-talks.txt")});
  for (const char* outside : {"http://", "https://", "src=", "<link", "@import", "url(", "//"}) {
    EXPECT_EQ(html.find(outside), std::string::npos) << outside;
  }
  EXPECT_NE(html.find("default-src 'none'"), std::string::npos) << "a CSP forbids fetching";
}

TEST(HtmlReport, ShowsBothSampleParagraphFindingsLinkedToTheirPassages) {
  const std::string html = html_of({sample("news-ukraine-talks.txt")});
  for (const auto& [later, earlier] : {std::pair{5, 3}, std::pair{4, 2}}) {
    const std::string article =
        "data-kind=\"restated-paragraph\" data-location=\"samples/news-ukraine-talks.txt:" +
        std::to_string(later) + ":1\" data-restates=\"samples/news-ukraine-talks.txt:" +
        std::to_string(earlier) + ":1\"";
    EXPECT_NE(html.find(article), std::string::npos) << later << " -> " << earlier;
    // Paragraph ids count from 0 and line N is paragraph N - 1 here.
    EXPECT_NE(html.find("class=\"to-later\" href=\"#p" + std::to_string(later - 1) + "\""),
              std::string::npos);
    EXPECT_NE(html.find("class=\"to-earlier\" href=\"#p" + std::to_string(earlier - 1) + "\""),
              std::string::npos);
    EXPECT_NE(html.find("<p class=\"para restating\" id=\"p" + std::to_string(later - 1) + "\""),
              std::string::npos);
  }
  EXPECT_NE(html.find("<mark>Budapest</mark>"), std::string::npos);
}

TEST(HtmlReport, EveryInPageLinkHasATarget) {
  const std::string html =
      html_of({sample("news-ukraine-talks.txt"), sample("release-notes-draft.md")});
  std::set<std::string> ids;
  const std::regex id("\\bid=\"([^\"]+)\"");
  for (auto it = std::sregex_iterator(html.begin(), html.end(), id); it != std::sregex_iterator();
       ++it) {
    EXPECT_TRUE(ids.insert((*it)[1]).second) << "duplicate id " << (*it)[1];
  }
  const std::regex href("href=\"#([^\"]+)\"");
  std::size_t links = 0;
  for (auto it = std::sregex_iterator(html.begin(), html.end(), href);
       it != std::sregex_iterator(); ++it, ++links) {
    EXPECT_EQ(ids.count((*it)[1]), 1u) << "#" << (*it)[1];
  }
  EXPECT_GT(links, 20u);
}

TEST(HtmlReport, PhraseOccurrencesLinkToTheirParagraphs) {
  // "national security team": lines 2, 3 and 5 of the sample, paragraphs
  // p1, p2 and p4 of the document view.
  const std::string html = html_of({sample("news-ukraine-talks.txt")}, with_phrases());
  const std::size_t row = html.find("phrase &quot;national security team&quot; repeated 3 times: ");
  ASSERT_NE(row, std::string::npos);
  const std::string cell = html.substr(row, html.find("</td>", row) - row);
  EXPECT_NE(cell.find("<a href=\"#p1\">2:417</a>"), std::string::npos) << cell;
  EXPECT_NE(cell.find("<a href=\"#p2\">3:717</a>"), std::string::npos) << cell;
  EXPECT_NE(cell.find("<a href=\"#p4\">5:309</a>"), std::string::npos) << cell;
}

// Past 20,000 paragraphs the document view shows only the paragraphs that
// restate or are restated; a phrase elsewhere links to its document instead
// of an anchor that is not there.
TEST(HtmlReport, PhraseLinksInALongDocumentPointAtShownAnchors) {
  std::string text =
      "Fishermen talked about the old harbour wall near the lighthouse keeper cottage "
      "yesterday.\n\n";
  for (int i = 0; i < 20001; ++i) text += "Note " + std::to_string(i) + ".\n\n";
  text += "Children painted colourful murals on the lighthouse keeper cottage during summer "
          "camp.\n";
  const std::string html = html_of({{"long.txt", text}}, with_phrases());
  const std::size_t row = html.find("phrase &quot;lighthouse keeper cottage&quot;");
  ASSERT_NE(row, std::string::npos);
  const std::string cell = html.substr(row, html.find("</td>", row) - row);
  EXPECT_NE(cell.find("<a href=\"#d0\">1:54</a>"), std::string::npos) << cell;
  EXPECT_NE(cell.find("<a href=\"#d0\">40005:42</a>"), std::string::npos) << cell;
  EXPECT_EQ(html.find("id=\"p0\""), std::string::npos);  // not shown
  const std::regex href("href=\"#([^\"]+)\"");
  for (auto it = std::sregex_iterator(html.begin(), html.end(), href);
       it != std::sregex_iterator(); ++it) {
    EXPECT_NE(html.find("id=\"" + (*it)[1].str() + "\""), std::string::npos) << (*it)[1];
  }
}

TEST(HtmlReport, IsDeterministic) {
  EXPECT_EQ(html_of({sample("news-ukraine-talks.txt")}), html_of({sample("news-ukraine-talks.txt")}));
}

TEST(HtmlReport, SaysSoWhenNothingRepeats) {
  const std::string html = html_of({sample("no-redundancy.txt")});
  EXPECT_NE(html.find("No passage restates an earlier one."), std::string::npos);
  EXPECT_EQ(count(html, "<article"), 0u);
}

// 600 copies of one sentence: 599 findings, more paragraphs than map cells.
TEST(HtmlReport, CapsSideBySideFindingsAndBucketsTheMap) {
  std::string text;
  for (int i = 0; i < 600; ++i) text += "The river rose above the old stone bridge at dawn.\n\n";
  // By default the copies are one boilerplate finding ...
  const auto formula = analyze({{"copies.txt", text}}, Options());
  ASSERT_TRUE(formula.ok());
  ASSERT_EQ(formula.value().findings.size(), 1u);
  EXPECT_EQ(formula.value().findings[0].kind, FindingKind::kBoilerplate);
  // ... without that rule, 599 restatements: the cap and the finding
  // numbers are about them.
  Options options;
  options.boilerplate.enabled = false;
  options.repeated_phrase.enabled = options.echo.enabled = options.overused_word.enabled = false;
  auto analysis = analyze({{"copies.txt", text}}, options);
  ASSERT_TRUE(analysis.ok());
  std::size_t restatements = 0;
  for (const Finding& finding : analysis.value().findings) {
    restatements += finding.kind == FindingKind::kRestatedSentence ||
                    finding.kind == FindingKind::kRestatedParagraph;
  }
  ASSERT_EQ(restatements, 599u);
  const std::string html = render_findings(analysis.value(), ReportFormat::kHtml);
  EXPECT_EQ(count(html, "<article"), 500u);
  EXPECT_NE(html.find("The first 500 of 599 findings are shown side by side"), std::string::npos);
  EXPECT_NE(html.find("600 paragraphs, grouped into 120 runs"), std::string::npos);
  EXPECT_LE(count(html, "<a class=\"cell\""), report::html::kMaxCells * report::html::kMaxCells);
  // Findings past the cap link to the document, not to a missing article.
  EXPECT_EQ(html.find("href=\"#f501\""), std::string::npos);
  EXPECT_NE(html.find("id=\"p599\""), std::string::npos);
}

// Regression: cards were numbered by their index among all findings (the
// news sample's first card was #9, after the phrases and overused words).
// Regression: the figures counted only the findings --max-findings listed.
TEST(HtmlReport, SummaryFiguresCountTheFindingsMaxFindingsLeavesOut) {
  // The figure named `name` of a report ("2"), or "" when it has none.
  const auto figure = [](const std::string& html, const std::string& name) {
    std::smatch found;
    const std::regex pattern("<dt>" + name + "</dt><dd>([0-9]+)</dd>");
    return std::regex_search(html, found, pattern) ? found[1].str() : std::string();
  };
  Options options = with_phrases();
  const std::string full =
      render_findings(analyze({sample("news-ukraine-talks.txt")}, options).value(),
                      ReportFormat::kHtml);
  options.max_findings = 2;  // the news sample's first two are phrases (lines 2 and 3)
  auto analysis = analyze({sample("news-ukraine-talks.txt")}, options);
  ASSERT_TRUE(analysis.ok());
  ASSERT_EQ(analysis.value().findings.size(), 2u);
  EXPECT_EQ(analysis.value().findings[0].kind, FindingKind::kRepeatedPhrase);
  EXPECT_EQ(analysis.value().findings[1].kind, FindingKind::kRepeatedPhrase);
  const std::string html = render_findings(analysis.value(), ReportFormat::kHtml);
  EXPECT_EQ(figure(html, "restated paragraphs"), "2");
  EXPECT_EQ(figure(html, "repeated phrases"), "10");
  for (const char* name : {"restated paragraphs", "restated sentences", "repeated phrases"}) {
    EXPECT_FALSE(figure(full, name).empty()) << name;
    EXPECT_EQ(figure(html, name), figure(full, name)) << name;
  }
}

// Regression: the summary left out a restated paragraph's sentences, which
// the text report's totals count as restated sentences.
TEST(HtmlReport, SummaryCountsAParagraphsSentencesAsTheTextReportDoes) {
  const auto analysis = analyze({sample("news-ukraine-talks.txt")}, Options()).value();
  std::size_t top = 0, in_paragraphs = 0;
  for (const Finding& finding : analysis.findings) {
    top += finding.kind == FindingKind::kRestatedSentence;
    if (finding.kind == FindingKind::kRestatedParagraph) in_paragraphs += finding.evidence.size();
  }
  ASSERT_GT(in_paragraphs, 0u);  // the line-5 paragraph's 0.91 sentence, at least
  const std::string html = render_findings(analysis, ReportFormat::kHtml);
  const std::string text = render_findings(analysis, ReportFormat::kText);
  const std::string count = std::to_string(top + in_paragraphs);
  EXPECT_NE(html.find("<dt>restated sentences</dt><dd>" + count + "</dd>"), std::string::npos);
  EXPECT_NE(text.find(count + " restated sentence"), std::string::npos) << text;
}

TEST(HtmlReport, NumbersTheFindingsFromOneInTheOrderShown) {
  // With phrases on, phrases come first in the findings; the cards (the two
  // restated paragraphs) are still #1 and #2.
  const std::string html = html_of({sample("news-ukraine-talks.txt")}, with_phrases());
  std::vector<std::string> numbers;
  const std::regex card("<article class=\"finding\" id=\"f([0-9]+)\"[^>]*>\n<header><span "
                        "class=\"num\">#([0-9]+)</span>");
  for (auto it = std::sregex_iterator(html.begin(), html.end(), card);
       it != std::sregex_iterator(); ++it) {
    EXPECT_EQ((*it)[1], (*it)[2]);
    numbers.push_back((*it)[2]);
  }
  EXPECT_EQ(numbers, (std::vector<std::string>{"1", "2"}));
}

TEST(HtmlReport, SaysWhatToDoAboutEachFinding) {
  const std::string html = html_of({sample("news-ukraine-talks.txt")});
  EXPECT_EQ(count(html, "<p class=\"advice\">What to do: "), count(html, "<article"));
  EXPECT_NE(html.find("What to do: Merge the two paragraphs, cut the later one"),
            std::string::npos);
}

TEST(HtmlReport, NamesTheFilesAlongTheMapsAxesOnAMultiFileRun) {
  const std::string two = html_of({sample("news-ukraine-talks.txt"), sample("french-draft.txt")});
  EXPECT_EQ(count(two, "<text class=\"file\""), 4u);  // two files, along both axes
  EXPECT_NE(two.find(">samples/french-draft.txt</text>"), std::string::npos);
  EXPECT_EQ(count(html_of({sample("news-ukraine-talks.txt")}), "<text class=\"file\""), 0u);
}

TEST(HtmlPassages, LocatesParagraphsAndSentencesAcrossDocuments) {
  auto analysis = analyze({sample("news-ukraine-talks.txt"), {"b.txt", "One two three. Four five six.\n"}},
                          Options());
  ASSERT_TRUE(analysis.ok());
  const report::html::Passages passages(analysis.value().documents);
  const std::size_t first_b = passages.first_of(1);
  EXPECT_EQ(first_b, analysis.value().documents[0].paragraphs.size());
  const Paragraph& b = passages.paragraph(first_b);
  EXPECT_EQ(passages.paragraph_of(b.sentences[1].span), first_b);
  EXPECT_EQ(passages.sentence_of(first_b, b.sentences[1].span), 1u);
  EXPECT_EQ(report::html::Passages::sentence_id(first_b, 1), "s" + std::to_string(first_b) + "-1");
}

TEST(SharedWords, IgnoresStopWordsAndMatchesStemmedNormalisedTerms) {
  const report::TermSet terms = report::content_terms("The talks in BUDAPEST and the U.S.");
  EXPECT_EQ(terms, (report::TermSet{"talk", "budapest", "u.s."}));
  const std::string text = "Budapest hosts the talk, as announced";
  const auto shared = report::shared_words(text, terms);
  ASSERT_EQ(shared.size(), 2u);
  EXPECT_EQ(text.substr(shared[0].begin, shared[0].end - shared[0].begin), "Budapest");
  EXPECT_EQ(text.substr(shared[1].begin, shared[1].end - shared[1].begin), "talk");
  EXPECT_TRUE(report::shared_words(text, {}).empty());
  // Stemmed as a default run compares them.
  EXPECT_EQ(report::shared_words(text, report::content_terms("the announcement")).size(), 1u);
}

}  // namespace
}  // namespace twice
