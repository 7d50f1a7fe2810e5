// SARIF 2.1.0 reports, for code scanning (GitHub, GitLab, IDE viewers).
//
// One run; one rule per finding kind; one result per finding, located at the
// later passage. Restatements have the earlier passage as relatedLocations[0]
// (id 1), linked from the message ("[the one at path:3:1](1)", SARIF 3.11.6);
// repeated phrases, echoes and overused words have every other occurrence
// (ids 1..n-1), and the grouped phrases of a restated sentence are listed in
// properties.phrases.
// Columns count Unicode code points (run.columnKind "unicodeCodePoints"),
// regions end exclusive, like every twice report. charOffset/charLength are
// left out: SARIF counts them in characters from the start of the file, and
// whether a BOM is one is not something consumers agree on.
// partialFingerprints["twice/v1"] is the finding's content fingerprint, so a
// result keeps its identity when text around it moves.
#include <nlohmann/json.hpp>

#include <cstdio>
#include <ostream>
#include <string>
#include <string_view>

#include "twice/report.h"
#include "twice/report/locate.h"

namespace twice::report {
namespace {

using Json = nlohmann::ordered_json;

constexpr std::size_t kExcerptLength = 90;
constexpr const char* kFingerprintKey = "twice/v1";

const char* sarif_level(Severity severity) {
  switch (severity) {
    case Severity::kInfo: return "note";
    case Severity::kWarning: return "warning";
    case Severity::kError: return "error";
  }
  return "warning";
}

constexpr FindingKind kKinds[] = {FindingKind::kRestatedParagraph, FindingKind::kRestatedSentence,
                                  FindingKind::kRepeatedPhrase, FindingKind::kEcho,
                                  FindingKind::kOverusedWord, FindingKind::kBoilerplate,
                                  FindingKind::kDoubledWord, FindingKind::kMirroredPage};

// Rules, in the order of FindingKind: a result's ruleIndex is its kind.
std::size_t rule_index(FindingKind kind) { return static_cast<std::size_t>(kind); }

struct RuleText {
  const char* name;
  const char* short_description;
  const char* full_description;
  const char* help;
  Severity level;  // the default severity (Options)
};

RuleText rule_text(FindingKind kind) {
  switch (kind) {
    case FindingKind::kRestatedParagraph:
      return {"RestatedParagraph", "A paragraph restates an earlier paragraph.",
              "A later paragraph says again what an earlier paragraph said: their TF-IDF "
              "vectors are close, or restated sentences cover enough of the later one's "
              "content words.",
              finding_advice(FindingKind::kRestatedParagraph),
              Options().restated_paragraph.severity};
    case FindingKind::kRestatedSentence:
      return {"RestatedSentence", "A sentence restates an earlier sentence.",
              "A later sentence says again what an earlier sentence said: the cosine of their "
              "TF-IDF vectors reaches the sentence threshold.",
              finding_advice(FindingKind::kRestatedSentence),
              Options().restated_sentence.severity};
    case FindingKind::kRepeatedPhrase:
      return {"RepeatedPhrase", "A phrase is used again word for word.",
              "A run of three or more words, at least two of them not stop words, occurs "
              "again in the same sentence-bounded wording elsewhere in the run.",
              finding_advice(FindingKind::kRepeatedPhrase),
              Options().repeated_phrase.severity};
    case FindingKind::kEcho:
      return {"Echo", "An uncommon word is used again within a few words.",
              "The same uncommon word (by stem) comes back within the echo window; common "
              "words and the document's topic words are not counted.",
              finding_advice(FindingKind::kEcho),
              Options().echo.severity};
    case FindingKind::kOverusedWord:
      return {"OverusedWord", "A word is used far above its expected rate in a document.",
              "A content word's rate in the document is many times its rate in the "
              "background table (WordNet glosses) and, in multi-file runs, the rest of the run.",
              finding_advice(FindingKind::kOverusedWord),
              Options().overused_word.severity};
    case FindingKind::kBoilerplate:
      return {"Boilerplate", "A sentence recurs near-identically in several places.",
              "The same sentence, or one that differs only in its inline code, occurs in "
              "three or more places: a formula of the docs, reported once with every "
              "occurrence instead of as restatements.",
              finding_advice(FindingKind::kBoilerplate), Options().boilerplate.severity};
    case FindingKind::kDoubledWord:
      return {"DoubledWord", "A word is written twice in a row.",
              "The same word twice in a row, with only white space (a line break too) "
              "between them, outside code (\"the the\").",
              finding_advice(FindingKind::kDoubledWord), Options().doubled_word.severity};
    case FindingKind::kMirroredPage:
      return {"MirroredPage", "A page restates another page sentence by sentence.",
              "Several sentences of this document restate sentences of one other document: "
              "parallel pages (one per API style, command or platform), reported once with "
              "every sentence pair.",
              finding_advice(FindingKind::kMirroredPage), Options().mirrored_page.severity};
  }
  return rule_text(FindingKind::kRestatedSentence);
}

Json rule_json(FindingKind kind) {
  const RuleText text = rule_text(kind);
  return Json{{"id", finding_kind_name(kind)},
              {"name", text.name},
              {"shortDescription", Json{{"text", text.short_description}}},
              {"fullDescription", Json{{"text", text.full_description}}},
              {"help", Json{{"text", text.help}}},
              {"defaultConfiguration", Json{{"level", sarif_level(text.level)}}},
              {"properties", Json{{"tags", Json::array({"prose", "redundancy"})}}}};
}

// A path as a URI reference (RFC 3986): bytes other than unreserved
// characters and '/' are %-encoded, so spaces, '%', '#', ':' and non-ASCII
// letters survive. Absolute paths become file:// URIs; relative ones are
// relative to %SRCROOT%, the directory twice ran in.
Json artifact_location_json(const std::string& path) {
  static const char kHex[] = "0123456789ABCDEF";
  std::string encoded;
  for (const char c : path) {
    const unsigned char byte = static_cast<unsigned char>(c);
    const bool keep = (byte >= 'A' && byte <= 'Z') || (byte >= 'a' && byte <= 'z') ||
                      (byte >= '0' && byte <= '9') || byte == '-' || byte == '.' ||
                      byte == '_' || byte == '~' || byte == '/';
    if (keep) {
      encoded += c;
    } else {
      encoded += '%';
      encoded += kHex[byte >> 4];
      encoded += kHex[byte & 0xF];
    }
  }
  if (!path.empty() && path[0] == '/') return Json{{"uri", "file://" + encoded}};
  return Json{{"uri", encoded}, {"uriBaseId", "%SRCROOT%"}};
}

Json physical_location_json(const Locator& locator, const Span& span) {
  const Position start = locator.start(span);
  const Position end = locator.end(span);
  return Json{{"artifactLocation", artifact_location_json(locator.path(span))},
              {"region", Json{{"startLine", start.line},
                              {"startColumn", start.column},
                              {"endLine", end.line},
                              {"endColumn", end.column}}}};
}

// Plain text for a SARIF message: '[', ']' and '\' would read as embedded
// link syntax (3.11.6), '{' and '}' as placeholders (3.11.5).
std::string message_escaped(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (const char c : text) {
    switch (c) {
      case '\\': out += "\\\\"; break;
      case '[': out += "\\["; break;
      case ']': out += "\\]"; break;
      case '{': out += "{{"; break;
      case '}': out += "}}"; break;
      default: out += c;
    }
  }
  return out;
}

std::string message_text(const Locator& locator, const Finding& finding) {
  if (!is_restatement(finding.kind)) {
    // relatedLocations id 1 is the first occurrence (what the finding restates).
    return message_escaped(finding_summary(locator, finding)) + ". First use: [" +
           message_escaped(start_text(locator, finding.restates)) + "](1).";
  }
  const bool paragraph = finding.kind == FindingKind::kRestatedParagraph;
  char score[32];
  std::snprintf(score, sizeof score, "%.2f", finding.score);
  std::string text = std::string("This ") + (paragraph ? "paragraph" : "sentence") +
                     " restates [the one at " +
                     message_escaped(start_text(locator, finding.restates)) + "](1) (score " +
                     score;
  if (paragraph) {
    text += ", " + std::to_string(static_cast<int>(finding.coverage * 100 + 0.5)) +
            "% in restated sentences";
  }
  const auto [here, before] = excerpt_pair(locator.read_text(finding.location),
                                           locator.read_text(finding.restates), kExcerptLength);
  text += "; " + message_escaped(why_text(finding)) + "). Here: «" + message_escaped(here) +
          "» Earlier: «" + message_escaped(before) + "»";
  return text;
}

Json result_json(const Locator& locator, const Finding& finding) {
  Json result{{"ruleId", finding_kind_name(finding.kind)},
              {"ruleIndex", rule_index(finding.kind)},
              {"level", sarif_level(finding.severity)},
              {"message", Json{{"text", message_text(locator, finding)}}},
              {"locations",
               Json::array({Json{{"physicalLocation",
                                  physical_location_json(locator, finding.location)}}})}};
  Json related = Json::array();
  if (is_restatement(finding.kind)) {
    related.push_back(Json{{"id", 1},
                           {"physicalLocation", physical_location_json(locator, finding.restates)},
                           {"message", Json{{"text", "restated here"}}}});
  } else {
    int id = 0;
    for (const Span& span : finding.occurrences) {
      if (span.document == finding.location.document && span.begin == finding.location.begin) {
        continue;
      }
      related.push_back(Json{{"id", ++id},
                             {"physicalLocation", physical_location_json(locator, span)},
                             {"message", Json{{"text", "also here"}}}});
    }
  }
  if (!related.empty()) result["relatedLocations"] = std::move(related);
  // An empty fingerprint would make every such result one and the same.
  if (!finding.fingerprint.empty()) {
    result["partialFingerprints"] = Json{{kFingerprintKey, finding.fingerprint}};
  }
  Json properties{{"score", rounded_score(finding.score)}};
  if (finding.kind == FindingKind::kRestatedParagraph) {
    properties["coverage"] = rounded_score(finding.coverage);
  }
  if (!is_restatement(finding.kind)) {
    properties["subject"] = finding.subject;
    properties["count"] = finding.occurrences.size();
  }
  if (finding.kind == FindingKind::kOverusedWord) {
    properties["expectedRate"] = rounded_score(finding.rate.expected_rate);
    properties["ratio"] = rounded_score(finding.rate.ratio);
    properties["background"] = finding.rate.background;
  }
  Json grouped = Json::array();
  for (const Finding* phrase : grouped_phrases(finding)) grouped.push_back(phrase->subject);
  if (!grouped.empty()) properties["phrases"] = std::move(grouped);
  result["properties"] = std::move(properties);
  return result;
}

// The run's invocation: unsuccessful when inputs were left out, each named
// in a notification (SARIF 3.20.21, 3.58).
Json invocation_json(const Analysis& analysis) {
  Json notifications = Json::array();
  for (const Error& error : analysis.input_errors) {
    Json physical{{"artifactLocation", artifact_location_json(error.path)}};
    Json region = Json::object();
    if (error.line > 0) region["startLine"] = error.line;
    if (error.byte >= 0) region["byteOffset"] = error.byte;
    if (!region.empty()) physical["region"] = std::move(region);
    notifications.push_back(
        Json{{"level", "error"},
             {"message", Json{{"text", message_escaped(error_what(error))}}},
             {"locations", Json::array({Json{{"physicalLocation", std::move(physical)}}})}});
  }
  Json invocation{{"executionSuccessful", analysis.input_errors.empty()}};
  if (!notifications.empty()) invocation["toolExecutionNotifications"] = std::move(notifications);
  return invocation;
}

}  // namespace

void findings_sarif(const Analysis& analysis, std::ostream& out) {
  Locator locator(analysis.documents);
  Json results = Json::array();
  for (const Finding& finding : analysis.findings) {
    results.push_back(result_json(locator, finding));
  }
  Json driver{{"name", "twice"},
              {"version", kTwiceVersion},
              {"semanticVersion", kTwiceVersion},
              {"rules", [] {
                 Json rules = Json::array();
                 for (const FindingKind kind : kKinds) rules.push_back(rule_json(kind));
                 return rules;
               }()}};
  Json run{{"tool", Json{{"driver", std::move(driver)}}},
           {"invocations", Json::array({invocation_json(analysis)})},
           {"columnKind", "unicodeCodePoints"},
           {"results", std::move(results)},
           // Findings left out by --max-findings: the log lists the others.
           {"properties", Json{{"omittedFindings", analysis.omitted_findings}}}};
  const Json log{{"$schema", "https://json.schemastore.org/sarif-2.1.0.json"},
                 {"version", "2.1.0"},
                 {"runs", Json::array({std::move(run)})}};
  // Invalid UTF-8 cannot reach a report (sources are checked), but a dump
  // must never throw: replace rather than abort.
  out << log.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) << "\n";
}

}  // namespace twice::report
