// reviewdog's rdjsonl: one Diagnostic (proto/rdf/reviewdog.proto) a line,
// compact JSON, located at the later passage, with the earlier passage as a
// related location.
//
// Columns here are NOT code points: reviewdog's Position.column is "starting
// at 1 (byte count in UTF-8)", so a column is 1 + the bytes between the start
// of the line and the position. A UTF-8 BOM is not text and is not counted
// (as in every twice report); "\r" only ever ends a line, so it never shifts
// a column either. Lines are 1-based; ranges end exclusive, like reviewdog's.
#include <nlohmann/json.hpp>

#include <ostream>
#include <string>
#include <string_view>

#include "twice/report.h"
#include "twice/report/locate.h"
#include "twice/source/decode.h"

namespace twice::report {
namespace {

using Json = nlohmann::ordered_json;

constexpr std::size_t kExcerptLength = 90;

const char* rdf_severity(Severity severity) {
  switch (severity) {
    case Severity::kInfo: return "INFO";
    case Severity::kWarning: return "WARNING";
    case Severity::kError: return "ERROR";
  }
  return "WARNING";
}

// 1 + UTF-8 bytes from the start of the line (after a BOM on line 1) to
// `offset`. O(line length), like LineIndex::position().
std::size_t byte_column(std::string_view bytes, std::size_t offset) {
  const std::size_t newline = offset == 0 ? std::string_view::npos : bytes.rfind('\n', offset - 1);
  std::size_t line_start = newline == std::string_view::npos ? 0 : newline + 1;
  if (line_start == 0) line_start = source::bom_length(bytes);
  return 1 + (offset > line_start ? offset - line_start : 0);
}

Json position_json(const Analysis& analysis, const Position& position, std::size_t document) {
  return Json{{"line", position.line},
              {"column", byte_column(analysis.documents[document].bytes, position.offset)}};
}

Json location_json(const Analysis& analysis, const Locator& locator, const Span& span) {
  return Json{{"path", locator.path(span)},
              {"range", Json{{"start", position_json(analysis, locator.start(span), span.document)},
                             {"end", position_json(analysis, locator.end(span), span.document)}}}};
}

}  // namespace

void findings_rdjsonl(const Analysis& analysis, std::ostream& out) {
  Locator locator(analysis.documents);
  for (const Error& error : analysis.input_errors) {
    Json location{{"path", error.path}};
    if (error.line > 0) {
      location["range"] = Json{{"start", Json{{"line", error.line}}}};
    }
    const Json diagnostic{{"message", error_what(error) + " (not analysed)"},
                          {"location", std::move(location)},
                          {"severity", "ERROR"},
                          {"source", Json{{"name", "twice"}}},
                          {"code", Json{{"value", "input-error"}}}};
    out << diagnostic.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) << "\n";
  }
  for (const Finding& finding : analysis.findings) {
    const bool restatement = is_restatement(finding.kind);
    // Restatements relate to the passage restated; phrases, echoes and
    // overused words to their other occurrences.
    Json related = Json::array();
    if (restatement) {
      related.push_back(Json{{"message", "restated here"},
                             {"location", location_json(analysis, locator, finding.restates)}});
    } else {
      for (const Span& span : finding.occurrences) {
        if (span.document == finding.location.document && span.begin == finding.location.begin) {
          continue;
        }
        related.push_back(Json{{"message", "also here"},
                               {"location", location_json(analysis, locator, span)}});
      }
    }
    const Json diagnostic{
        {"message", restatement ? finding_summary(locator, finding) + ": «" +
                                      excerpt(locator.read_text(finding.restates), kExcerptLength) +
                                      "». Why: " + why_text(finding)
                                : finding_summary(locator, finding)},
        {"location", location_json(analysis, locator, finding.location)},
        {"severity", rdf_severity(finding.severity)},
        {"source", Json{{"name", "twice"}}},
        {"code", Json{{"value", finding_kind_name(finding.kind)}}},
        {"related_locations", std::move(related)}};
    // Invalid UTF-8 cannot reach a report (sources are checked), but a dump
    // must never throw: replace rather than abort.
    out << diagnostic.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) << "\n";
  }
}

}  // namespace twice::report
