// JSON reports: "twice/1" (findings) and "twice-segments/1" (segmentation).
#include <nlohmann/json.hpp>

#include "twice/report.h"
#include "twice/report/locate.h"

namespace twice::report {
namespace {

using Json = nlohmann::ordered_json;

Json position_json(const Position& position) {
  return Json{{"line", position.line}, {"column", position.column}, {"offset", position.offset}};
}

Json location_json(Locator& locator, const Span& span) {
  return Json{{"path", locator.path(span)},
              {"start", position_json(locator.start(span))},
              {"end", position_json(locator.end(span))},
              {"text", std::string(locator.text(span))}};
}

Json finding_json(Locator& locator, const Finding& finding) {
  Json out{{"kind", finding_kind_name(finding.kind)},
           {"score", rounded_score(finding.score)},
           {"location", location_json(locator, finding.location)},
           {"restates", location_json(locator, finding.restates)}};
  if (finding.kind == FindingKind::kRestatedParagraph) {
    out["coverage"] = rounded_score(finding.coverage);
    Json evidence = Json::array();
    for (const Finding& pair : finding.evidence) {
      evidence.push_back(Json{{"score", rounded_score(pair.score)},
                              {"location", location_json(locator, pair.location)},
                              {"restates", location_json(locator, pair.restates)}});
    }
    out["evidence"] = std::move(evidence);
  }
  return out;
}

std::size_t sentence_count(const Document& document) {
  std::size_t count = 0;
  for (const Paragraph& paragraph : document.paragraphs) count += paragraph.sentences.size();
  return count;
}

// Invalid UTF-8 cannot reach a report (sources are checked), but a dump
// must never throw: replace rather than abort.
std::string dump(const Json& json) {
  return json.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
}

}  // namespace

std::string findings_json(const Analysis& analysis) {
  Locator locator(analysis.documents);
  Json files = Json::array();
  for (const Document& document : analysis.documents) {
    files.push_back(Json{{"path", document.path},
                         {"paragraphs", document.paragraphs.size()},
                         {"sentences", sentence_count(document)}});
  }
  Json findings = Json::array();
  for (const Finding& finding : analysis.findings) findings.push_back(finding_json(locator, finding));
  return dump(Json{{"schema", "twice/1"}, {"files", std::move(files)}, {"findings", std::move(findings)}});
}

std::string segments_json(const std::vector<Document>& documents) {
  Locator locator(documents);
  Json files = Json::array();
  for (const Document& document : documents) {
    Json paragraphs = Json::array();
    for (const Paragraph& paragraph : document.paragraphs) {
      Json sentences = Json::array();
      for (const Sentence& sentence : paragraph.sentences) {
        sentences.push_back(Json{{"location", location_json(locator, sentence.span)},
                                 {"text", sentence.text},
                                 {"tokens", sentence.terms}});
      }
      paragraphs.push_back(Json{{"location", location_json(locator, paragraph.span)},
                                {"heading", paragraph.heading},
                                {"sentences", std::move(sentences)}});
    }
    files.push_back(Json{{"path", document.path}, {"paragraphs", std::move(paragraphs)}});
  }
  return dump(Json{{"schema", "twice-segments/1"}, {"files", std::move(files)}});
}

}  // namespace twice::report
