// Spans -> what reports show: paths, positions and excerpts.
//
// Indexes every document's lines up front (O(bytes)); after that every
// method is const and safe to call from several threads.
#ifndef TWICE_REPORT_LOCATE_H_
#define TWICE_REPORT_LOCATE_H_

#include <array>
#include <cstddef>
#include <ostream>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "twice/analyze.h"
#include "twice/document.h"
#include "twice/report.h"

namespace twice::report {

class Locator {
 public:
  explicit Locator(const std::vector<Document>& documents);

  const std::string& path(const Span& span) const { return documents_[span.document].path; }
  Position start(const Span& span) const { return indexes_[span.document].position(span.begin); }
  Position end(const Span& span) const { return indexes_[span.document].position(span.end); }
  // The span's bytes as they are in the file.
  std::string_view text(const Span& span) const;
  // The span as twice read it: the text of the sentences inside it (Markdown
  // markup removed), joined by spaces; its bytes when it holds no sentence
  // or cuts one.
  std::string read_text(const Span& span) const;

 private:
  const std::vector<Document>& documents_;
  std::vector<LineIndex> indexes_;
};

// At most `max_code_points` of `text` with each whitespace run shown as one
// space, ending in "…" when cut. Cuts only between code points, and at the
// end of a word when one ends in the last quarter.
std::string excerpt(std::string_view text, std::size_t max_code_points);

// Excerpts of two passages for showing one under the other. When both
// are cut and their excerpts would read the same, both start a few words
// before the first word where they differ, after a leading "…", so the
// reader sees the difference.
std::pair<std::string, std::string> excerpt_pair(std::string_view later, std::string_view earlier,
                                                 std::size_t max_code_points);

// Rounds a score for output so that reports stay byte-stable: 10 decimals.
double rounded_score(double score);

// The tool version that machine-readable reports name (SARIF's
// tool.driver.version). Keep equal to project(VERSION) in CMakeLists.txt.
inline constexpr const char* kTwiceVersion = "0.1.0";

// "path:line:col" of a span's start, as compilers print it.
std::string start_text(const Locator& locator, const Span& span);

// A finding in one line, for CI annotations: "paragraph restates
// path:line:col (score 0.49, 30% in restated sentences)", 'phrase "national
// security team" repeated 3 times (first at path:2:241)'.
std::string finding_summary(const Locator& locator, const Finding& finding);

// Why a restatement was reported, in a writer's words: "9 content words in
// common, 6 of them in the same order" (sentences: its Support); "2
// sentences restate sentences of it, the closest at 0.91" (paragraphs).
// Empty for other kinds.
std::string why_text(const Finding& finding);

// Every finding of the run by kind, listed or left out by --max-findings (a
// hand-built Analysis may leave its totals unset: never fewer than listed).
struct Totals {
  std::array<std::size_t, kFindingKinds> by_kind = {};
  std::size_t failing = 0;
  std::size_t all = 0;
  // Restated sentences listed as the evidence of restated paragraphs.
  std::size_t in_paragraphs = 0;
};

Totals totals_of(const Analysis& analysis);

// What to do about a finding of this kind, and which options tune it (the
// SARIF rules' help, the HTML report's advice).
const char* finding_advice(FindingKind kind);

// Restated paragraphs and sentences (the kinds with a pair of passages and
// a score), as opposed to phrases, echoes and overused words.
bool is_restatement(FindingKind kind);

// "line:col" of a span's start, or "path:line:col" when it is in another
// document than `here`.
std::string short_start(const Locator& locator, const Span& span, const Span& here);

// All occurrences of a phrase, echo or overused word: "2:241, 3:712, 5:304"
// when they all lie in the finding's file; "a.md:2:241, b.md:3:712" (every
// one with its path) when they lie in several.
std::string occurrence_list(const Locator& locator, const Finding& finding);

// The phrases grouped into a restated finding (its own and its evidence's).
std::vector<const Finding*> grouped_phrases(const Finding& finding);

// An input left out of the run (Analysis::input_errors): "path:line" (the
// parts known) and "message at byte N".
std::string error_where(const Error& error);
std::string error_what(const Error& error);

// The writers behind write_findings() and write_segments().
void findings_text(const Analysis& analysis, std::ostream& out);
void findings_text(const Analysis& analysis, const ReportStyle& style, std::ostream& out);
void findings_json(const Analysis& analysis, std::ostream& out);
void segments_text(const std::vector<Document>& documents, std::ostream& out);
void segments_json(const std::vector<Document>& documents, std::ostream& out);
// CI formats, findings only: SARIF 2.1.0 (one run), GitHub Actions workflow
// commands, reviewdog's rdjsonl. See each .cc for the contract it follows.
void findings_sarif(const Analysis& analysis, std::ostream& out);
void findings_github(const Analysis& analysis, std::ostream& out);
void findings_rdjsonl(const Analysis& analysis, std::ostream& out);
// One self-contained HTML page (html.cc): no network, every document byte
// escaped, side-by-side views capped and the heat map bucketed so that a
// 300-page document stays usable.
void findings_html(const Analysis& analysis, std::ostream& out);

}  // namespace twice::report

#endif  // TWICE_REPORT_LOCATE_H_
