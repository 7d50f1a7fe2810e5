// JSON reports: "twice/1" (findings) and "twice-segments/1" (segmentation).
#include <nlohmann/json.hpp>

#include <algorithm>
#include <ostream>
#include <string>

#include "twice/report.h"
#include "twice/report/locate.h"
#include "twice/util/parallel.h"

namespace twice::report {
namespace {

using Json = nlohmann::ordered_json;

Json position_json(const Position& position) {
  return Json{{"line", position.line}, {"column", position.column}, {"offset", position.offset}};
}

Json location_json(const Locator& locator, const Span& span) {
  return Json{{"path", locator.path(span)},
              {"start", position_json(locator.start(span))},
              {"end", position_json(locator.end(span))},
              {"text", std::string(locator.text(span))}};
}

Json finding_json(const Locator& locator, const Finding& finding);

// Why a restated sentence pair was reported (detect/evidence.h), with the
// same words as the text report.
Json support_json(const Finding& pair) {
  return Json{{"shared_terms", pair.support.shared_terms},
              {"shared_run", pair.support.shared_run},
              {"later_terms", pair.support.later_terms},
              {"earlier_terms", pair.support.earlier_terms},
              {"why", why_text(pair)}};
}

// "phrases": the repeated phrases grouped into a restated sentence; absent when none.
void add_phrases(const Locator& locator, const Finding& finding, Json* out) {
  if (finding.phrases.empty()) return;
  Json phrases = Json::array();
  for (const Finding& phrase : finding.phrases) phrases.push_back(finding_json(locator, phrase));
  (*out)["phrases"] = std::move(phrases);
}

Json finding_json(const Locator& locator, const Finding& finding) {
  Json out{{"kind", finding_kind_name(finding.kind)},
           {"severity", severity_name(finding.severity)},
           {"fingerprint", finding.fingerprint},
           {"score", rounded_score(finding.score)},
           {"location", location_json(locator, finding.location)},
           {"restates", location_json(locator, finding.restates)}};
  if (finding.kind == FindingKind::kRestatedParagraph ||
      finding.kind == FindingKind::kMirroredPage) {
    if (finding.kind == FindingKind::kRestatedParagraph) out["coverage"] = rounded_score(finding.coverage);
    if (finding.kind == FindingKind::kRestatedParagraph) {
      out["support"] = Json{{"shared_terms", finding.support.shared_terms},
                            {"shared_run", finding.support.shared_run},
                            {"why", why_text(finding)}};
    }
    Json evidence = Json::array();
    for (const Finding& pair : finding.evidence) {
      Json entry{{"score", rounded_score(pair.score)},
                 {"location", location_json(locator, pair.location)},
                 {"restates", location_json(locator, pair.restates)},
                 {"support", support_json(pair)}};
      add_phrases(locator, pair, &entry);
      evidence.push_back(std::move(entry));
    }
    out["evidence"] = std::move(evidence);
  }
  add_phrases(locator, finding, &out);
  if (finding.kind == FindingKind::kRestatedSentence) out["support"] = support_json(finding);
  if (!is_restatement(finding.kind)) {
    if (finding.kind != FindingKind::kBoilerplate && finding.kind != FindingKind::kMirroredPage) {
      out[finding.kind == FindingKind::kRepeatedPhrase ? "phrase" : "word"] = finding.subject;
    }
    out["count"] = finding.occurrences.size();
    Json occurrences = Json::array();
    for (const Span& span : finding.occurrences) occurrences.push_back(location_json(locator, span));
    out["occurrences"] = std::move(occurrences);
  }
  if (finding.kind == FindingKind::kOverusedWord) {
    out["words"] = finding.rate.words;
    out["rate"] = rounded_score(static_cast<double>(finding.rate.count) /
                                static_cast<double>(std::max<std::size_t>(1, finding.rate.words)));
    out["expected_rate"] = rounded_score(finding.rate.expected_rate);
    out["expected_count"] =
        rounded_score(finding.rate.expected_rate * static_cast<double>(finding.rate.words));
    out["ratio"] = rounded_score(finding.rate.ratio);
    out["g2"] = rounded_score(finding.rate.g2);
    out["background"] = finding.rate.background;
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
  return json.dump(2, ' ', false, nlohmann::json::error_handler_t::replace);
}

// Pretty-printed to stand `depth` spaces in: every line after the first
// is indented by that much more.
std::string dump_at(const Json& json, std::size_t depth) {
  const std::string text = dump(json);
  const std::string margin(depth, ' ');
  std::string indented;
  indented.reserve(text.size() + text.size() / 4);
  for (const char c : text) {
    indented += c;
    if (c == '\n') indented += margin;
  }
  return indented;
}

// Writes `"key": [elements]` as a member of a pretty-printed top-level
// object, a batch of elements at a time, so that a report of any size never
// exists as one tree in memory. Elements of a batch are rendered in parallel
// (each into its own slot); the bytes equal dumping the whole tree at once.
template <typename Element, typename ToJson>
void write_array_member(std::ostream& out, const char* key,
                        const std::vector<Element>& elements, const ToJson& to_json,
                        bool last) {
  constexpr std::size_t kBatch = 4096;
  out << "  \"" << key << "\": [";
  std::vector<std::string> rendered;
  for (std::size_t first = 0; first < elements.size(); first += kBatch) {
    const std::size_t count = std::min(kBatch, elements.size() - first);
    rendered.assign(count, std::string());
    util::parallel_for(count, 0, [&](std::size_t i) {
      rendered[i] = dump_at(to_json(elements[first + i]), 4);  // a top-level array's element
    });
    for (std::size_t i = 0; i < count; ++i) {
      out << (first + i == 0 ? "\n    " : ",\n    ") << rendered[i];
    }
  }
  out << (elements.empty() ? "]" : "\n  ]") << (last ? "\n" : ",\n");
}

}  // namespace

void findings_json(const Analysis& analysis, std::ostream& out) {
  Locator locator(analysis.documents);
  out << "{\n  \"schema\": \"twice/1\",\n";
  write_array_member(out, "files", analysis.documents, [](const Document& document) {
    return Json{{"path", document.path},
                {"paragraphs", document.paragraphs.size()},
                {"sentences", sentence_count(document)}};
  }, false);
  // Inputs left out of the run, only when there are some: the run failed
  // (exit code 2) though it reports.
  if (!analysis.input_errors.empty()) {
    write_array_member(out, "errors", analysis.input_errors, [](const Error& error) {
      Json json{{"path", error.path}, {"message", error.message}};
      if (error.line > 0) json["line"] = error.line;
      if (error.byte >= 0) json["byte"] = error.byte;
      return json;
    }, false);
  }
  write_array_member(out, "findings", analysis.findings, [&](const Finding& finding) {
    return finding_json(locator, finding);
  }, false);
  out << "  \"omitted_findings\": " << analysis.omitted_findings << ",\n";
  out << "  \"baseline\": {\"matched\": " << analysis.baseline_matched
      << ", \"stale\": " << analysis.baseline_stale << "}\n";
  out << "}\n";
}

void segments_json(const std::vector<Document>& documents, std::ostream& out) {
  Locator locator(documents);
  const auto paragraph_json = [&locator](const Paragraph& paragraph) {
    Json sentences = Json::array();
    for (const Sentence& sentence : paragraph.sentences) {
      sentences.push_back(Json{{"location", location_json(locator, sentence.span)},
                               {"text", sentence.text},
                               {"tokens", sentence.terms}});
    }
    return Json{{"location", location_json(locator, paragraph.span)},
                {"heading", paragraph.heading},
                {"entry", paragraph.entry},
                {"list_item", paragraph.list_item},
                {"suppressed", paragraph.suppressed},
                {"language", paragraph.language},
                {"sentences", std::move(sentences)}};
  };
  // Written a batch of paragraphs at a time, not as one tree a document:
  // the tree of one large file is a hundred times its size. The bytes equal
  // dumping the whole tree at once.
  constexpr std::size_t kBatch = 4096;
  out << "{\n  \"schema\": \"twice-segments/1\",\n  \"files\": [";
  std::vector<std::string> rendered;
  for (std::size_t d = 0; d < documents.size(); ++d) {
    const std::vector<Paragraph>& paragraphs = documents[d].paragraphs;
    out << (d == 0 ? "\n    " : ",\n    ") << "{\n      \"path\": " << dump(Json(documents[d].path))
        << ",\n      \"changelog\": " << (documents[d].changelog ? "true" : "false")
        << ",\n      \"glossary\": " << (documents[d].glossary ? "true" : "false")
        << ",\n      \"paragraphs\": [";
    for (std::size_t first = 0; first < paragraphs.size(); first += kBatch) {
      const std::size_t count = std::min(kBatch, paragraphs.size() - first);
      rendered.assign(count, std::string());
      util::parallel_for(count, 0, [&](std::size_t i) {
        rendered[i] = dump_at(paragraph_json(paragraphs[first + i]), 8);  // a file's paragraph
      });
      for (std::size_t i = 0; i < count; ++i) {
        out << (first + i == 0 ? "\n        " : ",\n        ") << rendered[i];
      }
    }
    out << (paragraphs.empty() ? "]" : "\n      ]");
    // What a Markdown reader did not read as prose, and why.
    const std::vector<Skipped>& skipped = documents[d].skipped;
    out << ",\n      \"skipped\": [";
    for (std::size_t i = 0; i < skipped.size(); ++i) {
      const Json entry{{"location", location_json(locator, skipped[i].span)},
                       {"reason", skipped[i].reason}};
      out << (i == 0 ? "\n        " : ",\n        ") << dump_at(entry, 8);
    }
    out << (skipped.empty() ? "]" : "\n      ]") << "\n    }";
  }
  out << (documents.empty() ? "]" : "\n  ]") << "\n}\n";
}

}  // namespace twice::report
