// CI report formats: SARIF 2.1.0, GitHub Actions workflow commands and
// reviewdog's rdjsonl, on Analyses built by hand.
#include "twice/report.h"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <set>
#include <string>
#include <vector>

namespace twice {
namespace {

using nlohmann::json;

// notes.txt, with a BOM, CRLF line ends and accented letters before the spans
// (the same text as report_test.cc):
//
//   byte  0: BOM (3 bytes)
//   byte  3: "Café opened early. Café closed late."  line 1, 36 code points, 38 bytes
//   byte 41: "\r\n"
//   byte 43: "Déjà vu: " (9 code points, 11 bytes)               line 2
//   byte 54: "Café opened early. Café closed late."  38 bytes, ends at 92
//   byte 92: "\r\n"
const std::string kBom = "\xEF\xBB\xBF";
const std::string kRepeat = "Café opened early. Café closed late.";

Document NotesDocument(const std::string& path = "notes.txt") {
  Document document;
  document.path = path;
  document.bytes = kBom + kRepeat + "\r\n" + "Déjà vu: " + kRepeat + "\r\n";
  Paragraph first;
  first.span = {0, 3, 41};
  Paragraph second;
  second.span = {0, 43, 92};
  document.paragraphs = {first, second};
  return document;
}

Finding SentenceFinding() {
  Finding sentence;
  sentence.kind = FindingKind::kRestatedSentence;
  sentence.severity = Severity::kWarning;
  sentence.score = 0.8;
  sentence.location = {0, 74, 92};  // line 2, second "Café closed late."
  sentence.restates = {0, 23, 41};  // line 1, first "Café closed late."
  sentence.fingerprint = "0123456789abcdef";
  return sentence;
}

Finding ParagraphFinding() {
  Finding paragraph;
  paragraph.kind = FindingKind::kRestatedParagraph;
  paragraph.severity = Severity::kError;
  paragraph.score = 0.49;
  paragraph.coverage = 0.5;
  paragraph.location = {0, 54, 92};  // line 2 after "Déjà vu: "
  paragraph.restates = {0, 3, 41};   // all of line 1
  paragraph.evidence = {SentenceFinding()};
  paragraph.fingerprint = "fedcba9876543210";
  return paragraph;
}

Analysis NotesAnalysis(const std::string& path = "notes.txt") {
  Analysis analysis;
  analysis.documents.push_back(NotesDocument(path));
  analysis.findings = {ParagraphFinding(), SentenceFinding()};
  return analysis;
}

std::vector<std::string> Lines(const std::string& text) {
  std::vector<std::string> lines;
  std::size_t start = 0;
  for (std::size_t end; (end = text.find('\n', start)) != std::string::npos; start = end + 1) {
    lines.push_back(text.substr(start, end - start));
  }
  if (start < text.size()) lines.push_back(text.substr(start));
  return lines;
}

json Sarif(const Analysis& analysis) {
  return json::parse(render_findings(analysis, ReportFormat::kSarif));
}

// --- format names ------------------------------------------------------------------

TEST(ParseReportFormat, AcceptsTheCiFormats) {
  EXPECT_EQ(parse_report_format("sarif").value(), ReportFormat::kSarif);
  EXPECT_EQ(parse_report_format("github").value(), ReportFormat::kGithub);
  EXPECT_EQ(parse_report_format("rdjsonl").value(), ReportFormat::kRdjsonl);
}

TEST(ParseReportFormat, ErrorListsEveryFormat) {
  const auto format = parse_report_format("junit");
  ASSERT_FALSE(format.ok());
  const std::string message = format.error().message;
  for (const char* name : {"'junit'", "text", "json", "sarif", "github", "rdjsonl"}) {
    EXPECT_NE(message.find(name), std::string::npos) << message;
  }
}

TEST(WriteSegments, WritesCiFormatsAsText) {
  const std::vector<Document> documents = {NotesDocument()};
  const std::string text = render_segments(documents, ReportFormat::kText);
  EXPECT_EQ(render_segments(documents, ReportFormat::kSarif), text);
  EXPECT_EQ(render_segments(documents, ReportFormat::kGithub), text);
  EXPECT_EQ(render_segments(documents, ReportFormat::kRdjsonl), text);
}

// --- SARIF -------------------------------------------------------------------------

TEST(Sarif, IsOneRunOfTwiceWithARulePerFindingKind) {
  const json log = Sarif(NotesAnalysis());
  EXPECT_EQ(log["version"], "2.1.0");
  EXPECT_EQ(log["$schema"], "https://json.schemastore.org/sarif-2.1.0.json");
  ASSERT_EQ(log["runs"].size(), 1u);
  const json& run = log["runs"][0];
  EXPECT_EQ(run["columnKind"], "unicodeCodePoints");
  const json& driver = run["tool"]["driver"];
  EXPECT_EQ(driver["name"], "twice");
  EXPECT_FALSE(driver["version"].get<std::string>().empty());
  // One rule per FindingKind, in its order: a result's ruleIndex is its kind.
  ASSERT_EQ(driver["rules"].size(), 8u);
  EXPECT_EQ(driver["rules"][0]["id"], "restated-paragraph");
  EXPECT_EQ(driver["rules"][1]["id"], "restated-sentence");
  EXPECT_EQ(driver["rules"][2]["id"], "repeated-phrase");
  EXPECT_EQ(driver["rules"][3]["id"], "echo");
  EXPECT_EQ(driver["rules"][4]["id"], "overused-word");
  EXPECT_EQ(driver["rules"][5]["id"], "boilerplate");
  EXPECT_EQ(driver["rules"][6]["id"], "doubled-word");
  EXPECT_EQ(driver["rules"][7]["id"], "mirrored-page");
  for (std::size_t kind = 0; kind < driver["rules"].size(); ++kind) {
    EXPECT_EQ(driver["rules"][kind]["id"], finding_kind_name(static_cast<FindingKind>(kind)));
  }
  EXPECT_EQ(driver["rules"][2]["defaultConfiguration"]["level"], "note");
  std::set<std::string> names;
  for (const json& rule : driver["rules"]) {
    EXPECT_FALSE(rule["name"].get<std::string>().empty());
    EXPECT_TRUE(names.insert(rule["name"].get<std::string>()).second) << rule["name"];
    EXPECT_FALSE(rule["shortDescription"]["text"].get<std::string>().empty());
    EXPECT_FALSE(rule["fullDescription"]["text"].get<std::string>().empty());
    EXPECT_FALSE(rule["help"]["text"].get<std::string>().empty());
    // The restatements and doubled words default to warning; the smaller
    // tics, boilerplate and mirrored pages to info (note).
    const bool warning = rule["id"] == "restated-paragraph" || rule["id"] == "restated-sentence" ||
                         rule["id"] == "doubled-word";
    EXPECT_EQ(rule["defaultConfiguration"]["level"], warning ? "warning" : "note") << rule["id"];
  }
}

TEST(Sarif, ResultsNameTheirRuleByIdAndIndex) {
  const json log = Sarif(NotesAnalysis());
  const json& run = log["runs"][0];
  const json& results = run["results"];
  ASSERT_EQ(results.size(), 2u);
  for (const json& result : results) {
    const std::size_t index = result["ruleIndex"].get<std::size_t>();
    ASSERT_LT(index, run["tool"]["driver"]["rules"].size());
    EXPECT_EQ(result["ruleId"], run["tool"]["driver"]["rules"][index]["id"]);
  }
  EXPECT_EQ(results[0]["ruleId"], "restated-paragraph");
  EXPECT_EQ(results[1]["ruleId"], "restated-sentence");
}

TEST(Sarif, MapsSeverityToLevel) {
  Analysis analysis = NotesAnalysis();
  Finding info = SentenceFinding();
  info.severity = Severity::kInfo;
  analysis.findings.push_back(info);
  const json results = Sarif(analysis)["runs"][0]["results"];
  ASSERT_EQ(results.size(), 3u);
  EXPECT_EQ(results[0]["level"], "error");
  EXPECT_EQ(results[1]["level"], "warning");
  EXPECT_EQ(results[2]["level"], "note");
}

TEST(Sarif, RegionColumnsCountCodePointsAfterTheBom) {
  const json result = Sarif(NotesAnalysis())["runs"][0]["results"][0];
  const json& region = result["locations"][0]["physicalLocation"]["region"];
  // Byte 54 follows "Déjà vu: " (9 code points, 11 bytes): column 10; the
  // span is 36 code points long and the end is exclusive.
  EXPECT_EQ(region["startLine"], 2);
  EXPECT_EQ(region["startColumn"], 10);
  EXPECT_EQ(region["endLine"], 2);
  EXPECT_EQ(region["endColumn"], 46);
  EXPECT_FALSE(region.contains("charOffset"));
  // Byte 3, just after the BOM, is column 1.
  const json& restated = result["relatedLocations"][0]["physicalLocation"]["region"];
  EXPECT_EQ(restated["startLine"], 1);
  EXPECT_EQ(restated["startColumn"], 1);
  EXPECT_EQ(restated["endColumn"], 37);
}

TEST(Sarif, RelatedLocationIsTheRestatedPassageAndTheMessageLinksToIt) {
  const json result = Sarif(NotesAnalysis())["runs"][0]["results"][1];
  ASSERT_EQ(result["relatedLocations"].size(), 1u);
  const json& related = result["relatedLocations"][0];
  EXPECT_EQ(related["id"], 1);
  EXPECT_EQ(related["message"]["text"], "restated here");
  EXPECT_EQ(related["physicalLocation"]["artifactLocation"]["uri"], "notes.txt");
  // Byte 23 is column 20 on line 1.
  EXPECT_EQ(related["physicalLocation"]["region"]["startColumn"], 20);
  const std::string message = result["message"]["text"];
  EXPECT_NE(message.find("[the one at notes.txt:1:20](1)"), std::string::npos) << message;
  EXPECT_NE(message.find("score 0.80"), std::string::npos) << message;
  EXPECT_NE(message.find("Café closed late."), std::string::npos) << message;
}

TEST(Sarif, PartialFingerprintIsTheFindingsFingerprint) {
  const json results = Sarif(NotesAnalysis())["runs"][0]["results"];
  EXPECT_EQ(results[0]["partialFingerprints"]["twice/v1"], "fedcba9876543210");
  EXPECT_EQ(results[1]["partialFingerprints"]["twice/v1"], "0123456789abcdef");
}

TEST(Sarif, LeavesOutAnEmptyFingerprint) {
  Analysis analysis = NotesAnalysis();
  analysis.findings[1].fingerprint.clear();
  const json result = Sarif(analysis)["runs"][0]["results"][1];
  EXPECT_FALSE(result.contains("partialFingerprints"));
}

TEST(Sarif, ParagraphResultsCarryScoreAndCoverage) {
  const json results = Sarif(NotesAnalysis())["runs"][0]["results"];
  EXPECT_DOUBLE_EQ(results[0]["properties"]["score"].get<double>(), 0.49);
  EXPECT_DOUBLE_EQ(results[0]["properties"]["coverage"].get<double>(), 0.5);
  EXPECT_DOUBLE_EQ(results[1]["properties"]["score"].get<double>(), 0.8);
  EXPECT_FALSE(results[1]["properties"].contains("coverage"));
}

TEST(Sarif, PercentEncodesRelativePathsUnderSrcRoot) {
  const json location = Sarif(NotesAnalysis("my notes/ça#1:a.txt"))["runs"][0]["results"][0]
                                                                    ["locations"][0]
                                                                    ["physicalLocation"]
                                                                    ["artifactLocation"];
  EXPECT_EQ(location["uri"], "my%20notes/%C3%A7a%231%3Aa.txt");
  EXPECT_EQ(location["uriBaseId"], "%SRCROOT%");
}

TEST(Sarif, GivesAbsolutePathsAsFileUris) {
  const json location = Sarif(NotesAnalysis("/tmp/drafts/a b.txt"))["runs"][0]["results"][0]
                                                                    ["locations"][0]
                                                                    ["physicalLocation"]
                                                                    ["artifactLocation"];
  EXPECT_EQ(location["uri"], "file:///tmp/drafts/a%20b.txt");
  EXPECT_FALSE(location.contains("uriBaseId"));
}

TEST(Sarif, EscapesLinkBracketsAndPlaceholderBracesInMessages) {
  Analysis analysis;
  Document document;
  document.path = "x[1].txt";
  document.bytes = "See {note} [1] here.\nSee {note} [1] here.\n";
  analysis.documents.push_back(document);
  Finding finding = SentenceFinding();
  finding.location = {0, 21, 41};
  finding.restates = {0, 0, 20};
  analysis.findings = {finding};
  const std::string message = Sarif(analysis)["runs"][0]["results"][0]["message"]["text"];
  EXPECT_NE(message.find("[the one at x\\[1\\].txt:1:1](1)"), std::string::npos) << message;
  EXPECT_NE(message.find("See {{note}} \\[1\\] here."), std::string::npos) << message;
}

TEST(Sarif, WritesAnEmptyResultListWhenNothingIsFound) {
  Analysis analysis;
  analysis.documents.push_back(NotesDocument());
  const json log = Sarif(analysis);
  ASSERT_TRUE(log["runs"][0]["results"].is_array());
  EXPECT_TRUE(log["runs"][0]["results"].empty());
}

// --- GitHub workflow commands --------------------------------------------------------

TEST(Github, WritesOneAnnotationPerFindingWithTheCommandForItsSeverity) {
  Analysis analysis = NotesAnalysis();
  Finding info = SentenceFinding();
  info.severity = Severity::kInfo;
  analysis.findings.push_back(info);
  const std::vector<std::string> lines =
      Lines(render_findings(analysis, ReportFormat::kGithub));
  ASSERT_EQ(lines.size(), 3u);
  EXPECT_EQ(lines[0].rfind("::error file=notes.txt,", 0), 0u) << lines[0];
  EXPECT_EQ(lines[1].rfind("::warning file=notes.txt,", 0), 0u) << lines[1];
  EXPECT_EQ(lines[2].rfind("::notice file=notes.txt,", 0), 0u) << lines[2];
}

TEST(Github, LocatesTheLaterPassageAndQuotesTheEarlierOne) {
  const std::vector<std::string> lines =
      Lines(render_findings(NotesAnalysis(), ReportFormat::kGithub));
  ASSERT_EQ(lines.size(), 2u);
  EXPECT_EQ(lines[0],
            "::error file=notes.txt,line=2,col=10,endLine=2,endColumn=46,"
            "title=twice restated-paragraph::paragraph restates notes.txt:1:1 "
            "(score 0.49, 50%25 in restated sentences): «" + kRepeat +
                "». Why: 1 sentence restates a sentence of it, the closest at 0.80");
  // The why comes from the finding's Support (none set in this hand-made one).
  EXPECT_EQ(lines[1],
            "::warning file=notes.txt,line=2,col=29,endLine=2,endColumn=46,"
            "title=twice restated-sentence::sentence restates notes.txt:1:20 "
            "(score 0.80): «Café closed late.». Why: 0 content words in common");
}

TEST(Github, EscapesCommaAndColonInPropertiesButNotInTheMessage) {
  const std::string out =
      render_findings(NotesAnalysis("drafts,v2:final.txt"), ReportFormat::kGithub);
  EXPECT_NE(out.find("file=drafts%2Cv2%3Afinal.txt,line=2,"), std::string::npos) << out;
  EXPECT_NE(out.find("::paragraph restates drafts,v2:final.txt:1:1 "), std::string::npos)
      << out;
}

TEST(Github, EscapesPercentAndLineBreaksEverywhere) {
  Analysis analysis;
  Document document;
  document.path = "100%\r\nodd.txt";
  document.bytes = "Costs rose 50% this year.\nCosts rose 50% this year.\n";
  analysis.documents.push_back(document);
  Finding finding = SentenceFinding();
  finding.location = {0, 26, 51};
  finding.restates = {0, 0, 25};
  analysis.findings = {finding};
  const std::string out = render_findings(analysis, ReportFormat::kGithub);
  const std::vector<std::string> lines = Lines(out);
  ASSERT_EQ(lines.size(), 1u) << out;
  EXPECT_NE(lines[0].find("file=100%25%0D%0Aodd.txt,line=2,col=1,"), std::string::npos)
      << lines[0];
  EXPECT_NE(lines[0].find("::sentence restates 100%25%0D%0Aodd.txt:1:1 (score 0.80): "
                          "«Costs rose 50%25 this year.»"),
            std::string::npos)
      << lines[0];
}

TEST(Github, SaysHowManyFindingsWereLeftOut) {
  Analysis analysis = NotesAnalysis();
  analysis.omitted_findings = 3;
  const std::vector<std::string> lines =
      Lines(render_findings(analysis, ReportFormat::kGithub));
  ASSERT_EQ(lines.size(), 3u);
  EXPECT_EQ(lines[2], "::notice title=twice::3 more findings not shown (--max-findings 2)");
}

TEST(Github, WritesNothingWhenNothingIsFound) {
  Analysis analysis;
  analysis.documents.push_back(NotesDocument());
  EXPECT_EQ(render_findings(analysis, ReportFormat::kGithub), "");
}

// --- reviewdog rdjsonl ---------------------------------------------------------------

std::vector<json> Rdjsonl(const Analysis& analysis) {
  std::vector<json> diagnostics;
  for (const std::string& line : Lines(render_findings(analysis, ReportFormat::kRdjsonl))) {
    diagnostics.push_back(json::parse(line));  // throws (fails the test) if not one object
  }
  return diagnostics;
}

TEST(Rdjsonl, WritesOneCompactJsonDiagnosticPerLine) {
  const std::string out = render_findings(NotesAnalysis(), ReportFormat::kRdjsonl);
  ASSERT_FALSE(out.empty());
  EXPECT_EQ(out.back(), '\n');
  const std::vector<std::string> lines = Lines(out);
  ASSERT_EQ(lines.size(), 2u);
  for (const std::string& line : lines) {
    EXPECT_TRUE(json::parse(line).is_object()) << line;
  }
}

TEST(Rdjsonl, NamesSeveritySourceAndRule) {
  const std::vector<json> diagnostics = Rdjsonl(NotesAnalysis());
  ASSERT_EQ(diagnostics.size(), 2u);
  EXPECT_EQ(diagnostics[0]["severity"], "ERROR");
  EXPECT_EQ(diagnostics[1]["severity"], "WARNING");
  EXPECT_EQ(diagnostics[0]["source"]["name"], "twice");
  EXPECT_EQ(diagnostics[0]["code"]["value"], "restated-paragraph");
  EXPECT_EQ(diagnostics[1]["code"]["value"], "restated-sentence");
  EXPECT_EQ(diagnostics[1]["message"],
            "sentence restates notes.txt:1:20 (score 0.80): «Café closed late.». "
            "Why: 0 content words in common");

  Analysis analysis = NotesAnalysis();
  analysis.findings[1].severity = Severity::kInfo;
  EXPECT_EQ(Rdjsonl(analysis)[1]["severity"], "INFO");
}

TEST(Rdjsonl, ColumnsCountUtf8BytesFromTheLineStartWithoutTheBom) {
  const std::vector<json> diagnostics = Rdjsonl(NotesAnalysis());
  ASSERT_EQ(diagnostics.size(), 2u);
  // "Déjà vu: " is 11 bytes: the paragraph starts at byte column 12 and ends
  // (exclusive) 38 bytes later.
  const json& range = diagnostics[0]["location"]["range"];
  EXPECT_EQ(diagnostics[0]["location"]["path"], "notes.txt");
  EXPECT_EQ(range["start"]["line"], 2);
  EXPECT_EQ(range["start"]["column"], 12);
  EXPECT_EQ(range["end"]["line"], 2);
  EXPECT_EQ(range["end"]["column"], 50);
  // The earlier paragraph starts right after the BOM: column 1, and ends
  // 38 bytes later.
  const json& related = diagnostics[0]["related_locations"][0];
  EXPECT_EQ(related["message"], "restated here");
  EXPECT_EQ(related["location"]["path"], "notes.txt");
  EXPECT_EQ(related["location"]["range"]["start"]["line"], 1);
  EXPECT_EQ(related["location"]["range"]["start"]["column"], 1);
  EXPECT_EQ(related["location"]["range"]["end"]["column"], 39);
}

TEST(Rdjsonl, CountsAFourByteCharacterAsFourColumnsLikeReviewdogsExample) {
  // reviewdog.proto: in "a𐐀b" the column of b is 6.
  Analysis analysis;
  Document document;
  document.path = "a.txt";
  document.bytes = "a\xF0\x90\x90\x80" "b repeats here.\nb repeats here.\n";
  analysis.documents.push_back(document);
  Finding finding = SentenceFinding();
  finding.location = {0, 21, 36};  // line 2
  finding.restates = {0, 5, 20};   // "b repeats here." on line 1
  analysis.findings = {finding};
  const std::vector<json> diagnostics = Rdjsonl(analysis);
  ASSERT_EQ(diagnostics.size(), 1u);
  const json& restated = diagnostics[0]["related_locations"][0]["location"]["range"];
  EXPECT_EQ(restated["start"]["column"], 6);
  EXPECT_EQ(restated["end"]["column"], 21);
  EXPECT_EQ(diagnostics[0]["location"]["range"]["start"]["column"], 1);
}

TEST(Rdjsonl, WritesNothingWhenNothingIsFound) {
  Analysis analysis;
  analysis.documents.push_back(NotesDocument());
  EXPECT_EQ(render_findings(analysis, ReportFormat::kRdjsonl), "");
}

}  // namespace
}  // namespace twice
