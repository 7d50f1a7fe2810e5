// GitHub Actions workflow commands: one annotation line a finding,
//
//   ::warning file=PATH,line=L,col=C,endLine=EL,endColumn=EC,title=twice KIND::MESSAGE
//
// the command chosen by severity (error, warning, notice for info), placed on
// the later passage; the message names the earlier one and quotes it.
// Columns count code points, end exclusive, as in every twice report.
// Escaping follows the runner's rules: in the message '%', CR and LF become
// %25, %0D, %0A; in property values ':' and ',' also become %3A and %2C.
#include <ostream>
#include <string>
#include <string_view>

#include "twice/report.h"
#include "twice/report/locate.h"

namespace twice::report {
namespace {

constexpr std::size_t kExcerptLength = 90;

const char* command(Severity severity) {
  switch (severity) {
    case Severity::kInfo: return "notice";
    case Severity::kWarning: return "warning";
    case Severity::kError: return "error";
  }
  return "warning";
}

std::string escape_data(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (const char c : text) {
    switch (c) {
      case '%': out += "%25"; break;
      case '\r': out += "%0D"; break;
      case '\n': out += "%0A"; break;
      default: out += c;
    }
  }
  return out;
}

std::string escape_property(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (const char c : text) {
    switch (c) {
      case ':': out += "%3A"; break;
      case ',': out += "%2C"; break;
      default: out += escape_data(std::string_view(&c, 1));
    }
  }
  return out;
}

}  // namespace

void findings_github(const Analysis& analysis, std::ostream& out) {
  Locator locator(analysis.documents);
  for (const Error& error : analysis.input_errors) {
    out << "::error file=" << escape_property(error.path);
    if (error.line > 0) out << ",line=" << error.line;
    out << ",title=twice input error::" << escape_data(error_what(error) + " (not analysed)")
        << "\n";
  }
  for (const Finding& finding : analysis.findings) {
    const Position start = locator.start(finding.location);
    const Position end = locator.end(finding.location);
    out << "::" << command(finding.severity)
        << " file=" << escape_property(locator.path(finding.location))
        << ",line=" << start.line << ",col=" << start.column << ",endLine=" << end.line
        << ",endColumn=" << end.column
        << ",title=" << escape_property(std::string("twice ") + finding_kind_name(finding.kind))
        << "::"
        << escape_data(is_restatement(finding.kind)
                           ? finding_summary(locator, finding) + ": «" +
                                 excerpt(locator.read_text(finding.restates), kExcerptLength) +
                                 "». Why: " + why_text(finding)
                           : finding_summary(locator, finding))
        << "\n";
  }
  if (analysis.omitted_findings > 0) {
    const std::size_t omitted = analysis.omitted_findings;
    out << "::notice title=twice::" << omitted << " more finding" << (omitted == 1 ? "" : "s")
        << " not shown (--max-findings " << analysis.findings.size() << ")\n";
  }
}

}  // namespace twice::report
