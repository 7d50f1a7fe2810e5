// Reports: an Analysis or a segmentation rendered for people or programs.
//
// Rendering is pure: same analysis, same bytes. Positions are derived here,
// once, from spans (see LineIndex). JSON follows the "twice/1" and
// "twice-segments/1" contracts in DESIGN.md.
#ifndef TWICE_REPORT_H_
#define TWICE_REPORT_H_

#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "twice/analyze.h"
#include "twice/document.h"
#include "twice/status.h"

namespace twice {

enum class ReportFormat {
  kText,     // path:line:col: paragraph restates path:line:col (score 0.49), excerpts
  kJson,     // machine-readable, schema "twice/1" / "twice-segments/1"
  kSarif,    // SARIF 2.1.0, for code scanning (findings only)
  kGithub,   // GitHub Actions workflow commands (::warning file=...), findings only
  kRdjsonl,  // reviewdog diagnostic format, JSON lines (findings only)
  kHtml,     // one self-contained page: summary, heat map, findings side by
             // side, the documents with restating passages marked (findings only)
};

// "text" | "json" | "sarif" | "github" | "rdjsonl" | "html"; an error names
// the unknown format. Segments can be shown as text or json only.
Result<ReportFormat> parse_report_format(std::string_view name);

// How a report for people looks; formats for programs ignore it.
struct ReportStyle {
  // Text findings: ANSI SGR escapes for a terminal (locations bold, the kind
  // coloured by severity, shared words bold and underlined in the excerpts,
  // the summary bold). Default false: plain text, byte-stable for goldens
  // and pipes. The CLI sets it from --color and NO_COLOR.
  bool color = false;
};

// Write a report to `out` as it is rendered: memory stays bounded by one
// finding (or one document, for segments), not by the size of the report;
// html also keeps an index of the passages findings mark, O(findings).
// Segments support text and json only: write_segments() writes any other
// format as text.
void write_findings(const Analysis& analysis, ReportFormat format, std::ostream& out,
                    const ReportStyle& style = ReportStyle());
void write_segments(const std::vector<Document>& documents, ReportFormat format,
                    std::ostream& out);

// The same, as a string.
std::string render_findings(const Analysis& analysis, ReportFormat format,
                            const ReportStyle& style = ReportStyle());
std::string render_segments(const std::vector<Document>& documents,
                            ReportFormat format);

}  // namespace twice

#endif  // TWICE_REPORT_H_
