// Reports: excerpts, the text report's locations, and the "twice/1" and
// "twice-segments/1" JSON shapes, on an Analysis built by hand.
#include "twice/report.h"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <regex>
#include <string>
#include <vector>

#include "twice/report/locate.h"
#include "twice/source/decode.h"

namespace twice {
namespace {

using nlohmann::json;

// --- excerpt -----------------------------------------------------------------

TEST(Excerpt, CollapsesEachWhitespaceRunToOneSpace) {
  EXPECT_EQ(report::excerpt("one  two\t\tthree\r\nfour\n\n five", 100),
            "one two three four five");
}

TEST(Excerpt, DropsLeadingAndTrailingWhitespace) {
  EXPECT_EQ(report::excerpt("\r\n  text here \t\r\n", 100), "text here");
  EXPECT_EQ(report::excerpt(" \n\t ", 100), "");
}

TEST(Excerpt, KeepsTextThatFitsWithoutEllipsis) {
  EXPECT_EQ(report::excerpt("abc", 3), "abc");
  EXPECT_EQ(report::excerpt("été", 3), "été");  // 3 code points, 5 bytes
}

TEST(Excerpt, CutsLongTextAndEndsWithEllipsis) {
  EXPECT_EQ(report::excerpt("abcdef", 3), "abc…");
  // A space collapsed at the cut is not left dangling before the ellipsis.
  EXPECT_EQ(report::excerpt("ab   cdef", 3), "ab…");
}

TEST(Excerpt, PrefersToEndOnAWholeWordNearTheCut) {
  EXPECT_EQ(report::excerpt("The meeting in Budapest", 18), "The meeting in…");
  // No word ends near the cut: cut inside the long word.
  EXPECT_EQ(report::excerpt("An extraordinarily long word", 10), "An extraor…");
}

TEST(Excerpt, CutsBetweenCodePointsNeverInsideOne) {
  // Cutting by bytes would split these; by code points it cannot.
  const std::string cut_2byte = report::excerpt("éééééé", 4);
  const std::string cut_3byte = report::excerpt("日本語の文章", 2);
  const std::string cut_4byte = report::excerpt("😀😀😀", 2);
  EXPECT_EQ(cut_2byte, "éééé…");
  EXPECT_EQ(cut_3byte, "日本…");
  EXPECT_EQ(cut_4byte, "😀😀…");
  for (const std::string& out : {cut_2byte, cut_3byte, cut_4byte}) {
    EXPECT_TRUE(source::check_text(out, "excerpt").ok()) << out;
  }
}

TEST(Excerpt, CountsCollapsedSpacesAsOneCodePoint) {
  // "a b c" is five code points after collapsing, whatever the input spacing.
  EXPECT_EQ(report::excerpt("a \n\n b\t\t\tc", 5), "a b c");
  EXPECT_EQ(report::excerpt("a \n\n b\t\t\tc d", 5), "a b c…");
}

// --- a hand-built analysis -----------------------------------------------------
//
// notes.txt, with a BOM, CRLF line ends and accented letters before the spans:
//
//   byte  0: BOM (3 bytes)
//   byte  3: "Café opened early. Café closed late."  line 1, 36 code points, 38 bytes
//   byte 41: "\r\n"
//   byte 43: "Déjà vu: " (9 code points, 11 bytes)               line 2
//   byte 54: "Café opened early. Café closed late."  38 bytes, ends at 92
//   byte 92: "\r\n"
//
// "Café opened early." is 18 code points / 19 bytes; with its space the
// second sentence starts 19 code points / 20 bytes later.

const std::string kBom = "\xEF\xBB\xBF";
const std::string kRepeat = "Café opened early. Café closed late.";

Document NotesDocument() {
  Document document;
  document.path = "notes.txt";
  document.bytes = kBom + kRepeat + "\r\n" + "Déjà vu: " + kRepeat + "\r\n";
  Paragraph first;
  first.span = {0, 3, 41};
  first.sentences.resize(2);
  first.sentences[0].span = {0, 3, 22};
  first.sentences[0].text = "Café opened early.";
  first.sentences[0].terms = {"café", "opened", "early"};
  first.sentences[1].span = {0, 23, 41};
  first.sentences[1].text = "Café closed late.";
  first.sentences[1].terms = {"café", "closed", "late"};
  Paragraph second;
  second.span = {0, 43, 92};
  second.sentences.resize(2);
  second.sentences[0].span = {0, 43, 73};
  second.sentences[0].text = "Déjà vu: Café opened early.";
  second.sentences[1].span = {0, 74, 92};
  second.sentences[1].text = "Café closed late.";
  document.paragraphs = {first, second};
  return document;
}

// The restated sentence "Café closed late." (line 2 against line 1).
Finding ClosedLateSentence() {
  Finding sentence;
  sentence.kind = FindingKind::kRestatedSentence;
  sentence.score = 0.8;
  sentence.location = {0, 74, 92};  // line 2, second "Café closed late."
  sentence.restates = {0, 23, 41};  // line 1, first "Café closed late."
  sentence.support = {3, 3, 3, 3};  // café, closed, late, in the same order
  return sentence;
}

// As analyze() reports it: the paragraph, with its restated sentence as
// evidence (not reported again on its own).
Analysis NotesAnalysis() {
  Analysis analysis;
  analysis.documents.push_back(NotesDocument());

  Finding paragraph;
  paragraph.kind = FindingKind::kRestatedParagraph;
  paragraph.score = 0.49;
  paragraph.coverage = 0.5;
  paragraph.location = {0, 54, 92};  // line 2 after "Déjà vu: "
  paragraph.restates = {0, 3, 41};   // all of line 1
  paragraph.evidence = {ClosedLateSentence()};

  analysis.findings = {paragraph};
  return analysis;
}

// The same sentence reported on its own (no restated paragraph around it).
Analysis SentenceAnalysis() {
  Analysis analysis;
  analysis.documents.push_back(NotesDocument());
  analysis.findings = {ClosedLateSentence()};
  return analysis;
}

// Two findings of two kinds for the renderer: the paragraph, then the
// sentence listed on its own as well (analyze() would keep it inside).
Analysis ParagraphAndSentenceAnalysis() {
  Analysis analysis = NotesAnalysis();
  analysis.findings.push_back(ClosedLateSentence());
  return analysis;
}

TEST(HandBuiltAnalysis, SpansCoverTheBytesTheCommentsSay) {
  // Guards the arithmetic the expectations below rely on.
  const Document document = NotesDocument();
  auto bytes = [&](std::size_t begin, std::size_t end) {
    return document.bytes.substr(begin, end - begin);
  };
  EXPECT_EQ(bytes(3, 41), kRepeat);
  EXPECT_EQ(bytes(41, 43), "\r\n");
  EXPECT_EQ(bytes(43, 54), "Déjà vu: ");
  EXPECT_EQ(bytes(54, 92), kRepeat);
  EXPECT_EQ(bytes(23, 41), "Café closed late.");
  EXPECT_EQ(bytes(74, 92), "Café closed late.");
  EXPECT_EQ(bytes(3, 22), "Café opened early.");
  EXPECT_EQ(document.bytes.size(), 94u);
}

// --- text ------------------------------------------------------------------------

std::vector<std::string> Lines(const std::string& text) {
  std::vector<std::string> lines;
  std::size_t start = 0;
  for (std::size_t end; (end = text.find('\n', start)) != std::string::npos; start = end + 1) {
    lines.push_back(text.substr(start, end - start));
  }
  if (start < text.size()) lines.push_back(text.substr(start));
  return lines;
}

TEST(RenderFindingsText, StartsEachFindingWithCompilerStyleLocations) {
  const std::string out = render_findings(NotesAnalysis(), ReportFormat::kText);
  const std::vector<std::string> lines = Lines(out);
  ASSERT_GE(lines.size(), 6u) << out;
  // Columns count code points after the BOM: byte 54 is column 10 on line 2,
  // byte 3 is column 1 on line 1.
  EXPECT_EQ(lines[0].rfind("notes.txt:2:10: warning: paragraph restates notes.txt:1:1 (score 0.49, ",
                           0),
            0u)
      << lines[0];
  EXPECT_NE(lines[0].find("50%"), std::string::npos) << lines[0];
  // Byte 74 is column 9 + 19 + 1 = 29; byte 23 is column 19 + 1 = 20. The
  // paragraph's sentence pair follows its excerpts and "why:", in the same file.
  EXPECT_EQ(lines[3].rfind("    why:", 0), 0u) << lines[3];
  EXPECT_EQ(lines[4].rfind("    sentence: 2:29 restates 1:20 (score 0.80; ", 0), 0u) << lines[4];
  // A sentence reported on its own starts with its full location.
  const std::vector<std::string> alone =
      Lines(render_findings(SentenceAnalysis(), ReportFormat::kText));
  ASSERT_GE(alone.size(), 4u);
  EXPECT_EQ(alone[0].rfind("notes.txt:2:29: warning: sentence restates notes.txt:1:20 (score 0.80", 0), 0u)
      << alone[0];
}

TEST(RenderFindingsText, ShowsExcerptsOfBothPassages) {
  const std::string out = render_findings(NotesAnalysis(), ReportFormat::kText);
  const std::vector<std::string> lines = Lines(out);
  ASSERT_GE(lines.size(), 6u) << out;
  EXPECT_NE(lines[1].find(kRepeat), std::string::npos) << lines[1];
  EXPECT_NE(lines[2].find(kRepeat), std::string::npos) << lines[2];
  // The sentence pair's own excerpts: the sentences, not their paragraphs.
  for (const std::size_t line : {5u, 6u}) {
    EXPECT_NE(lines[line].find("Café closed late."), std::string::npos) << lines[line];
    EXPECT_EQ(lines[line].find("Déjà"), std::string::npos) << lines[line];
    EXPECT_EQ(lines[line].find("opened"), std::string::npos) << lines[line];
  }
  EXPECT_EQ(lines[5].rfind("      later:", 0), 0u) << lines[5];
  EXPECT_EQ(lines[6].rfind("      earlier:", 0), 0u) << lines[6];
  const std::vector<std::string> alone =
      Lines(render_findings(SentenceAnalysis(), ReportFormat::kText));
  ASSERT_GE(alone.size(), 4u);
  EXPECT_NE(alone[1].find("Café closed late."), std::string::npos) << alone[1];
  EXPECT_EQ(alone[1].find("Déjà"), std::string::npos) << alone[1];
}

TEST(RenderFindingsText, SaysWhyAfterTheExcerpts) {
  const std::vector<std::string> lines =
      Lines(render_findings(SentenceAnalysis(), ReportFormat::kText));
  ASSERT_GE(lines.size(), 4u);
  EXPECT_EQ(lines[3], "    why:     3 content words in common, all in the same order");
  Analysis part = SentenceAnalysis();
  part.findings[0].support.shared_run = 2;
  EXPECT_EQ(Lines(render_findings(part, ReportFormat::kText))[3],
            "    why:     3 content words in common, 2 of them in the same order");
  part.findings[0].support.shared_run = 1;
  EXPECT_EQ(Lines(render_findings(part, ReportFormat::kText))[3],
            "    why:     3 content words in common");
  const std::vector<std::string> paragraph =
      Lines(render_findings(NotesAnalysis(), ReportFormat::kText));
  ASSERT_GE(paragraph.size(), 4u);
  EXPECT_EQ(paragraph[3], "    why:     1 sentence restates a sentence of it, the closest at 0.80");
}

TEST(RenderFindingsText, EndsWithCountsOfFindingsFilesParagraphsAndSentences) {
  const std::string out = render_findings(NotesAnalysis(), ReportFormat::kText);
  const std::vector<std::string> lines = Lines(out);
  ASSERT_GE(lines.size(), 2u);
  const std::string& summary = lines[lines.size() - 2];  // the verdict follows
  // The paragraph's restated sentence counts as a restated sentence.
  EXPECT_NE(summary.find("1 restated paragraph, 1 restated sentence "), std::string::npos)
      << summary;
  EXPECT_NE(summary.find("1 file"), std::string::npos) << summary;
  EXPECT_NE(summary.find("2 paragraphs"), std::string::npos) << summary;
  EXPECT_NE(summary.find("4 sentences"), std::string::npos) << summary;
}

TEST(RenderFindingsText, NamesTheSeverityAfterTheLocationAsCompilersDo) {
  Analysis analysis = NotesAnalysis();
  analysis.findings[0].severity = Severity::kError;
  const std::vector<std::string> lines = Lines(render_findings(analysis, ReportFormat::kText));
  ASSERT_GE(lines.size(), 4u);
  EXPECT_EQ(lines[0].rfind("notes.txt:2:10: error: paragraph restates", 0), 0u) << lines[0];
  const std::vector<std::string> alone =
      Lines(render_findings(SentenceAnalysis(), ReportFormat::kText));
  ASSERT_GE(alone.size(), 1u);
  EXPECT_EQ(alone[0].rfind("notes.txt:2:29: warning: sentence restates", 0), 0u) << alone[0];
}

// Regression: with --max-findings cutting the list, the summary counted only
// the listed findings ("2174 restated paragraphs" of 3288).
TEST(RenderFindingsText, CountsEveryFindingOfTheRunWhenTheListIsCut) {
  Analysis analysis = SentenceAnalysis();  // one sentence finding listed ...
  analysis.omitted_findings = 4;  // ... four more omitted
  analysis.found[static_cast<std::size_t>(FindingKind::kRestatedParagraph)] = 3;
  analysis.found[static_cast<std::size_t>(FindingKind::kRestatedSentence)] = 2;
  analysis.failing_findings = 5;
  const std::vector<std::string> lines = Lines(render_findings(analysis, ReportFormat::kText));
  ASSERT_GE(lines.size(), 3u);
  EXPECT_EQ(lines[lines.size() - 3].rfind("3 restated paragraphs, 2 restated sentences in 1 file", 0),
            0u)
      << lines[lines.size() - 3];
  EXPECT_EQ(lines[lines.size() - 2], "the first 1 of 5 findings listed (--max-findings 1)");
}

TEST(RenderFindingsText, SaysHowManyFindingsReachFailOnAndWhatThatMeans) {
  Analysis analysis = ParagraphAndSentenceAnalysis();
  analysis.findings[1].severity = Severity::kError;
  analysis.fail_on = FailOn::kError;
  EXPECT_EQ(Lines(render_findings(analysis, ReportFormat::kText)).back(),
            "1 of 2 findings at error (--fail-on error): the run fails");
  analysis.findings[1].severity = Severity::kInfo;
  analysis.findings[0].severity = Severity::kInfo;
  analysis.fail_on = FailOn::kWarning;
  EXPECT_EQ(Lines(render_findings(analysis, ReportFormat::kText)).back(),
            "no finding at warning or above (--fail-on warning): the run passes");
  analysis.fail_on = FailOn::kNever;
  EXPECT_EQ(Lines(render_findings(analysis, ReportFormat::kText)).back(),
            "--fail-on never: the run passes");
}

// Regression: excerpts showed raw Markdown ("else`**: Fallback").
TEST(RenderFindingsText, ShowsExcerptsAsReadWithoutMarkdownMarkup) {
  Analysis analysis;
  Document document;
  document.path = "notes.md";
  document.bytes = "**`else`**: Fallback runs last.\n\n**`else`**: Fallback runs last.\n";
  for (const std::size_t begin : {std::size_t{0}, std::size_t{33}}) {
    Paragraph paragraph;
    paragraph.span = {0, begin, begin + 31};
    paragraph.sentences.resize(1);
    paragraph.sentences[0].span = paragraph.span;
    paragraph.sentences[0].text = "else: Fallback runs last.";
    document.paragraphs.push_back(paragraph);
  }
  analysis.documents.push_back(document);
  Finding finding;
  finding.location = {0, 33, 64};
  finding.restates = {0, 0, 31};
  analysis.findings.push_back(finding);
  const std::string out = render_findings(analysis, ReportFormat::kText);
  EXPECT_NE(out.find("    later:   else: Fallback runs last.\n"), std::string::npos) << out;
  EXPECT_EQ(out.find("**"), std::string::npos) << out;
  EXPECT_EQ(out.find('`'), std::string::npos) << out;
}

TEST(ExcerptPair, ShowsWhereTwoCutExcerptsDiffer) {
  const std::string start(120, 'x');
  const std::string later = "The same long start " + start + " then one thing happens here.";
  const std::string earlier = "The same long start " + start + " then another thing happened.";
  const auto [shown_later, shown_earlier] = report::excerpt_pair(later, earlier, 40);
  EXPECT_NE(shown_later, shown_earlier);
  EXPECT_EQ(shown_later, "…then one thing happens here.");
  EXPECT_EQ(shown_earlier, "…then another thing happened.");
}

TEST(ExcerptPair, LeavesExcerptsThatAlreadyDifferAlone) {
  const auto [later, earlier] = report::excerpt_pair("one two three", "one two four", 40);
  EXPECT_EQ(later, "one two three");
  EXPECT_EQ(earlier, "one two four");
}

// Regression: an occurrence in another file was shown as a bare line:col.
TEST(OccurrenceList, NamesEveryFileWhenTheOccurrencesLieInSeveral) {
  Analysis analysis;
  analysis.documents.push_back(NotesDocument());
  analysis.documents.push_back(NotesDocument());
  analysis.documents[1].path = "other.txt";
  Finding phrase;
  phrase.kind = FindingKind::kRepeatedPhrase;
  phrase.location = {1, 3, 22};
  phrase.restates = {0, 3, 22};
  phrase.occurrences = {{0, 3, 22}, {1, 3, 22}, {1, 54, 73}};
  const report::Locator locator(analysis.documents);
  EXPECT_EQ(report::occurrence_list(locator, phrase),
            "notes.txt:1:1, other.txt:1:1, other.txt:2:10");
  phrase.occurrences = {{1, 3, 22}, {1, 54, 73}};
  EXPECT_EQ(report::occurrence_list(locator, phrase), "1:1, 2:10");
}

TEST(RenderFindingsText, SaysSoWhenThereIsNothingToReport) {
  Analysis analysis;
  analysis.documents.push_back(NotesDocument());
  const std::string out = render_findings(analysis, ReportFormat::kText);
  EXPECT_EQ(out.find("restates"), std::string::npos) << out;
  EXPECT_NE(out.find("no restatements"), std::string::npos) << out;
}

// --- JSON --------------------------------------------------------------------------

void ExpectPosition(const json& position, std::size_t line, std::size_t column,
                    std::size_t offset) {
  EXPECT_EQ(position.at("line").get<std::size_t>(), line) << position;
  EXPECT_EQ(position.at("column").get<std::size_t>(), column) << position;
  EXPECT_EQ(position.at("offset").get<std::size_t>(), offset) << position;
}

TEST(RenderFindingsJson, HasSchemaAndFileCounts) {
  const json report = json::parse(render_findings(NotesAnalysis(), ReportFormat::kJson));
  EXPECT_EQ(report.at("schema"), "twice/1");
  ASSERT_EQ(report.at("files").size(), 1u);
  EXPECT_EQ(report["files"][0].at("path"), "notes.txt");
  EXPECT_EQ(report["files"][0].at("paragraphs"), 2);
  EXPECT_EQ(report["files"][0].at("sentences"), 4);
  ASSERT_EQ(report.at("findings").size(), 1u);
  EXPECT_EQ(json::parse(render_findings(SentenceAnalysis(), ReportFormat::kJson))
                .at("findings")
                .size(),
            1u);
}

TEST(RenderFindingsJson, ParagraphFindingHasKindScoreLocationsAndEvidence) {
  const json report = json::parse(render_findings(NotesAnalysis(), ReportFormat::kJson));
  const json& finding = report.at("findings").at(0);
  EXPECT_EQ(finding.at("kind"), "restated-paragraph");
  EXPECT_DOUBLE_EQ(finding.at("score").get<double>(), 0.49);

  const json& location = finding.at("location");
  EXPECT_EQ(location.at("path"), "notes.txt");
  ExpectPosition(location.at("start"), 2, 10, 54);  // 9 code points, 11 bytes into line 2
  ExpectPosition(location.at("end"), 2, 46, 92);    // + 36 code points, 38 bytes
  EXPECT_EQ(location.at("text"), kRepeat);

  const json& restates = finding.at("restates");
  EXPECT_EQ(restates.at("path"), "notes.txt");
  ExpectPosition(restates.at("start"), 1, 1, 3);  // the BOM is not a column
  ExpectPosition(restates.at("end"), 1, 37, 41);
  EXPECT_EQ(restates.at("text"), kRepeat);

  ASSERT_TRUE(finding.at("evidence").is_array());
  ASSERT_EQ(finding["evidence"].size(), 1u);
  const json& pair = finding["evidence"][0];
  EXPECT_DOUBLE_EQ(pair.at("score").get<double>(), 0.8);
  ExpectPosition(pair.at("location").at("start"), 2, 29, 74);
  ExpectPosition(pair.at("restates").at("start"), 1, 20, 23);
  EXPECT_EQ(pair.at("location").at("text"), "Café closed late.");
}

TEST(RenderFindingsJson, SentenceFindingHasLocationsAndNoEvidence) {
  const json report = json::parse(render_findings(SentenceAnalysis(), ReportFormat::kJson));
  const json& finding = report.at("findings").at(0);
  EXPECT_EQ(finding.at("kind"), "restated-sentence");
  EXPECT_DOUBLE_EQ(finding.at("score").get<double>(), 0.8);
  ExpectPosition(finding.at("location").at("start"), 2, 29, 74);
  ExpectPosition(finding.at("location").at("end"), 2, 46, 92);
  ExpectPosition(finding.at("restates").at("start"), 1, 20, 23);
  ExpectPosition(finding.at("restates").at("end"), 1, 37, 41);
  EXPECT_EQ(finding.at("location").at("text"), "Café closed late.");
  EXPECT_EQ(finding.at("restates").at("text"), "Café closed late.");
  EXPECT_FALSE(finding.contains("evidence"));
}

TEST(RenderFindingsJson, TextIsTheExactSpanBytesAcrossLinesAndSpecialCharacters) {
  Document document;
  document.path = "dir/quotes \"and\" more.md";
  // Line 1: "Intro\r\n" (7 bytes); the span starts at byte 7 and runs over a
  // CRLF, a tab, quotes and a backslash to the end of line 3.
  document.bytes = "Intro\r\nHe said \"no\"\tthen \\ left.\r\nÇa va.\r\n";
  const std::size_t begin = 7;
  const std::size_t end = document.bytes.size() - 2;  // before the last "\r\n"
  document.paragraphs.resize(1);
  document.paragraphs[0].span = {0, begin, end};
  Analysis analysis;
  analysis.documents.push_back(document);
  Finding finding;
  finding.location = {0, begin, end};
  finding.restates = {0, 0, 5};
  finding.score = 0.75;
  analysis.findings.push_back(finding);

  const json report = json::parse(render_findings(analysis, ReportFormat::kJson));
  const json& location = report.at("findings").at(0).at("location");
  EXPECT_EQ(location.at("path"), document.path);
  EXPECT_EQ(location.at("text"), "He said \"no\"\tthen \\ left.\r\nÇa va.");
  ExpectPosition(location.at("start"), 2, 1, begin);
  ExpectPosition(location.at("end"), 3, 7, end);  // "Ça va." is 6 code points
  EXPECT_EQ(report["findings"][0].at("restates").at("text"), "Intro");
}

TEST(RenderFindingsJson, LocationsNameTheirOwnFileAcrossDocuments) {
  Analysis analysis;
  analysis.documents.push_back(NotesDocument());
  Document later;
  later.path = "later.md";
  later.bytes = "😀 " + kRepeat + "\n";
  later.paragraphs.resize(1);
  later.paragraphs[0].span = {1, 0, later.bytes.size() - 1};
  analysis.documents.push_back(later);
  Finding finding;
  finding.kind = FindingKind::kRestatedSentence;
  finding.score = 0.9;
  finding.location = {1, 5, 5 + kRepeat.size()};  // after "😀 ": 4 + 1 bytes, 2 code points
  finding.restates = {0, 3, 41};
  analysis.findings.push_back(finding);

  const json report = json::parse(render_findings(analysis, ReportFormat::kJson));
  ASSERT_EQ(report.at("files").size(), 2u);
  EXPECT_EQ(report["files"][1].at("path"), "later.md");
  const json& out = report.at("findings").at(0);
  EXPECT_EQ(out.at("location").at("path"), "later.md");
  ExpectPosition(out.at("location").at("start"), 1, 3, 5);
  EXPECT_EQ(out.at("location").at("text"), kRepeat);
  EXPECT_EQ(out.at("restates").at("path"), "notes.txt");
  ExpectPosition(out.at("restates").at("start"), 1, 1, 3);

  const std::string text = render_findings(analysis, ReportFormat::kText);
  EXPECT_EQ(text.rfind("later.md:1:3: warning: sentence restates notes.txt:1:1 ", 0), 0u) << text;
}

TEST(RenderFindingsJson, EmptyAnalysisStillListsFilesAndAnEmptyFindingsArray) {
  Analysis analysis;
  analysis.documents.push_back(NotesDocument());
  const json report = json::parse(render_findings(analysis, ReportFormat::kJson));
  EXPECT_EQ(report.at("schema"), "twice/1");
  EXPECT_EQ(report.at("files").size(), 1u);
  ASSERT_TRUE(report.at("findings").is_array());
  EXPECT_TRUE(report["findings"].empty());
}

TEST(RenderFindings, IsDeterministic) {
  const Analysis analysis = NotesAnalysis();
  EXPECT_EQ(render_findings(analysis, ReportFormat::kJson),
            render_findings(analysis, ReportFormat::kJson));
  EXPECT_EQ(render_findings(analysis, ReportFormat::kText),
            render_findings(analysis, ReportFormat::kText));
}

// --- segments ------------------------------------------------------------------------

TEST(RenderSegmentsJson, ListsParagraphsAndSentencesWithLocationsTextAndTokens) {
  const json report = json::parse(render_segments({NotesDocument()}, ReportFormat::kJson));
  EXPECT_EQ(report.at("schema"), "twice-segments/1");
  ASSERT_EQ(report.at("files").size(), 1u);
  const json& file = report["files"][0];
  EXPECT_EQ(file.at("path"), "notes.txt");
  ASSERT_EQ(file.at("paragraphs").size(), 2u);

  const json& first = file["paragraphs"][0];
  ExpectPosition(first.at("location").at("start"), 1, 1, 3);
  ExpectPosition(first.at("location").at("end"), 1, 37, 41);
  EXPECT_EQ(first.at("location").at("text"), kRepeat);
  ASSERT_EQ(first.at("sentences").size(), 2u);
  EXPECT_EQ(first["sentences"][1].at("text"), "Café closed late.");
  EXPECT_EQ(first["sentences"][1].at("tokens"), (json{"café", "closed", "late"}));
  ExpectPosition(first["sentences"][1].at("location").at("start"), 1, 20, 23);

  const json& second = file["paragraphs"][1];
  ExpectPosition(second.at("location").at("start"), 2, 1, 43);
  ExpectPosition(second.at("location").at("end"), 2, 46, 92);
  ExpectPosition(second["sentences"][1].at("location").at("start"), 2, 29, 74);
  EXPECT_TRUE(second["sentences"][1].at("tokens").is_array());
}

TEST(RenderSegmentsText, ShowsParagraphRangesSentencesAndTerms) {
  const std::string out = render_segments({NotesDocument()}, ReportFormat::kText);
  EXPECT_NE(out.find("notes.txt:1:1-1:37"), std::string::npos) << out;
  EXPECT_NE(out.find("notes.txt:2:1-2:46"), std::string::npos) << out;
  EXPECT_NE(out.find("1:20-1:37: Café closed late."), std::string::npos) << out;
  EXPECT_NE(out.find("café closed late"), std::string::npos) << out;
}

TEST(ParseReportFormat, KnowsTextAndJsonAndNamesUnknownFormats) {
  ASSERT_TRUE(parse_report_format("text").ok());
  EXPECT_EQ(parse_report_format("text").value(), ReportFormat::kText);
  ASSERT_TRUE(parse_report_format("json").ok());
  EXPECT_EQ(parse_report_format("json").value(), ReportFormat::kJson);
  const auto unknown = parse_report_format("yaml");
  ASSERT_FALSE(unknown.ok());
  EXPECT_NE(unknown.error().message.find("yaml"), std::string::npos);
}

// --- text with colour ----------------------------------------------------------

std::string WithoutEscapes(const std::string& text) {
  return std::regex_replace(text, std::regex("\033\\[[0-9;]*m"), "");
}

TEST(RenderFindingsTextInColour, OnlyAddsEscapesToThePlainReport) {
  ReportStyle colour;
  colour.color = true;
  const std::string plain = render_findings(NotesAnalysis(), ReportFormat::kText);
  const std::string coloured = render_findings(NotesAnalysis(), ReportFormat::kText, colour);
  EXPECT_EQ(plain.find('\033'), std::string::npos);
  EXPECT_EQ(plain, render_findings(NotesAnalysis(), ReportFormat::kText, ReportStyle()));
  EXPECT_NE(coloured, plain);
  EXPECT_EQ(WithoutEscapes(coloured), plain);
}

TEST(RenderFindingsTextInColour, EmphasisesSharedWordsAndColoursTheKindBySeverity) {
  ReportStyle colour;
  colour.color = true;
  // A warning paragraph and a sentence raised to an error.
  Analysis analysis = ParagraphAndSentenceAnalysis();
  analysis.findings[1].severity = Severity::kError;
  const std::string out = render_findings(analysis, ReportFormat::kText, colour);
  EXPECT_NE(out.find("\033[1mnotes.txt:2:10\033[0m: \033[1;33mwarning\033[0m: paragraph restates"),
            std::string::npos) << out;
  EXPECT_NE(out.find("\033[1;31merror\033[0m: sentence"), std::string::npos) << out;
  EXPECT_NE(out.find("\033[1;4mCafé\033[0m \033[1;4mclosed\033[0m \033[1;4mlate\033[0m."),
            std::string::npos) << out;
  // The summary closes its escape before the newline.
  // The paragraph's sentence counts too.
  EXPECT_NE(out.find("\033[1m1 restated paragraph, 2 restated sentences in 1 file"),
            std::string::npos) << out;
  EXPECT_EQ(out.back(), '\n');
  EXPECT_EQ(out.substr(out.size() - 5), "\033[0m\n");
}

}  // namespace
}  // namespace twice
