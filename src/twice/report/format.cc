#include <algorithm>
#include <cmath>
#include <cstdio>
#include <sstream>

#include "twice/report.h"
#include "twice/report/locate.h"
#include "twice/util/unicode.h"

namespace twice {

Result<ReportFormat> parse_report_format(std::string_view name) {
  if (name == "text") return ReportFormat::kText;
  if (name == "json") return ReportFormat::kJson;
  if (name == "sarif") return ReportFormat::kSarif;
  if (name == "github") return ReportFormat::kGithub;
  if (name == "rdjsonl") return ReportFormat::kRdjsonl;
  if (name == "html") return ReportFormat::kHtml;
  Error error;
  error.message = "unknown format '" + std::string(name) +
             "' (expected text, json, sarif, github, rdjsonl or html)";
  return error;
}

void write_findings(const Analysis& analysis, ReportFormat format, std::ostream& out,
                    const ReportStyle& style) {
  switch (format) {
    case ReportFormat::kText: report::findings_text(analysis, style, out); return;
    case ReportFormat::kJson: report::findings_json(analysis, out); return;
    case ReportFormat::kSarif: report::findings_sarif(analysis, out); return;
    case ReportFormat::kGithub: report::findings_github(analysis, out); return;
    case ReportFormat::kRdjsonl: report::findings_rdjsonl(analysis, out); return;
    case ReportFormat::kHtml: report::findings_html(analysis, out); return;
  }
  report::findings_text(analysis, out);
}

// The CI formats describe findings only; a segmentation in any format but
// json is shown as text (the CLI rejects them for `segment` before this).
void write_segments(const std::vector<Document>& documents, ReportFormat format,
                    std::ostream& out) {
  if (format == ReportFormat::kJson) {
    report::segments_json(documents, out);
  } else {
    report::segments_text(documents, out);
  }
}

std::string render_findings(const Analysis& analysis, ReportFormat format,
                            const ReportStyle& style) {
  std::ostringstream out;
  write_findings(analysis, format, out, style);
  return out.str();
}

std::string render_segments(const std::vector<Document>& documents, ReportFormat format) {
  std::ostringstream out;
  write_segments(documents, format, out);
  return out.str();
}

namespace report {

std::string_view Locator::text(const Span& span) const {
  return std::string_view(documents_[span.document].bytes).substr(span.begin, span.end - span.begin);
}

std::string Locator::read_text(const Span& span) const {
  const std::vector<Paragraph>& paragraphs = documents_[span.document].paragraphs;
  // The paragraph holding the span's first byte: the last that starts at or before it.
  auto after = std::upper_bound(
      paragraphs.begin(), paragraphs.end(), span.begin,
      [](std::size_t begin, const Paragraph& paragraph) { return begin < paragraph.span.begin; });
  std::string out;
  for (auto paragraph = after == paragraphs.begin() ? after : after - 1;
       paragraph != paragraphs.end() && paragraph->span.begin < span.end; ++paragraph) {
    for (const Sentence& sentence : paragraph->sentences) {
      if (sentence.span.end <= span.begin || sentence.span.begin >= span.end) continue;
      // A sentence cut by the span: its text cannot be cut the same way.
      if (sentence.span.begin < span.begin || sentence.span.end > span.end) {
        return std::string(text(span));
      }
      if (!out.empty()) out += ' ';
      out += sentence.text;
    }
  }
  return out.empty() ? std::string(text(span)) : out;
}

Locator::Locator(const std::vector<Document>& documents) : documents_(documents) {
  indexes_.reserve(documents.size());
  for (const Document& document : documents) indexes_.emplace_back(document.bytes);
}

std::string excerpt(std::string_view text, std::size_t max_code_points) {
  std::string out;
  std::size_t code_points = 0;
  bool pending_space = false;
  for (std::size_t at = 0; at < text.size(); ++at) {
    const unsigned char byte = static_cast<unsigned char>(text[at]);
    if (byte == ' ' || byte == '\t' || byte == '\n' || byte == '\r') {
      pending_space = !out.empty();
      continue;
    }
    const bool starts_code_point = (byte & 0xC0) != 0x80;
    if (starts_code_point) {
      if (code_points + (pending_space ? 1 : 0) >= max_code_points) {
        // Cutting inside a word: prefer ending on the previous word if it is near.
        const auto space = out.rfind(' ');
        if (!pending_space && space != std::string::npos && space >= out.size() * 3 / 4) {
          out.resize(space);
        }
        return out + "…";
      }
      if (pending_space) {
        out += ' ';
        ++code_points;
        pending_space = false;
      }
      ++code_points;
    }
    out += static_cast<char>(byte);
  }
  return out;
}

std::pair<std::string, std::string> excerpt_pair(std::string_view later, std::string_view earlier,
                                                 std::size_t max_code_points) {
  std::pair<std::string, std::string> out{excerpt(later, max_code_points),
                                          excerpt(earlier, max_code_points)};
  if (out.first != out.second) return out;
  const std::string a = util::collapse_space(later);
  const std::string b = util::collapse_space(earlier);
  if (a == b) return out;  // the same words: nothing to show apart
  std::size_t differ = 0;
  while (differ < a.size() && differ < b.size() && a[differ] == b[differ]) ++differ;
  // Back to the start of the word three words before the difference, but
  // no more than 30 bytes back (then forward to the next word start).
  constexpr std::size_t kContext = 30;
  std::size_t from = differ;
  for (int spaces = 0; from > 0 && differ - from < kContext; --from) {
    if (a[from - 1] == ' ' && ++spaces == 3) break;
  }
  while (from > 0 && from < differ && a[from - 1] != ' ') ++from;
  if (from == 0) return out;
  const std::string ellipsis = "…";
  out.first = ellipsis + excerpt(std::string_view(a).substr(from), max_code_points - 1);
  out.second = ellipsis + excerpt(std::string_view(b).substr(from), max_code_points - 1);
  return out;
}

double rounded_score(double score) { return std::round(score * 1e10) / 1e10; }

std::string error_where(const Error& error) {
  return error.line > 0 ? error.path + ":" + std::to_string(error.line) : error.path;
}

std::string error_what(const Error& error) {
  return error.byte >= 0 ? error.message + " at byte " + std::to_string(error.byte)
                         : error.message;
}

std::string start_text(const Locator& locator, const Span& span) {
  const Position start = locator.start(span);
  return locator.path(span) + ":" + std::to_string(start.line) + ":" +
         std::to_string(start.column);
}

const char* finding_advice(FindingKind kind) {
  switch (kind) {
    case FindingKind::kRestatedParagraph:
      return "Merge the two paragraphs, cut the later one, or make it add something the "
             "earlier one does not say. Tune with --paragraph-threshold, "
             "--paragraph-coverage and --paragraph-floor.";
    case FindingKind::kRestatedSentence:
      return "Cut the later sentence or say something new in it. Tune with --threshold, "
             "--min-words, --min-shared-terms and --strict-threshold.";
    case FindingKind::kRepeatedPhrase:
      return "Reword one of the occurrences or cut it. Tune with --phrase-min-words, "
             "--phrase-min-content-words and --phrase-min-count; --no-phrases turns it off.";
    case FindingKind::kEcho:
      return "Use another word, or rephrase. Tune with --echo-window, --echo-min-length, "
             "--echo-common-words and --echo-topic-rate; --no-echoes turns it off.";
    case FindingKind::kOverusedWord:
      return "Vary the wording. Tune with --overused-min-count, --overused-min-ratio and "
             "--overused-max; --no-overused turns it off.";
    case FindingKind::kBoilerplate:
      return "Keep it if the formula is deliberate; otherwise say it once and link to it. "
             "Tune with --boilerplate-min-count; --no-boilerplate turns it off.";
    case FindingKind::kDoubledWord:
      return "Delete one of the two. --no-doubled-words turns it off.";
    case FindingKind::kMirroredPage:
      return "Keep the pages parallel if that is the design; otherwise move what they share "
             "to one page and link to it. Tune with --mirror-min-sentences; "
             "--no-mirrored-pages reports the pairs one by one.";
  }
  return "";
}

bool is_restatement(FindingKind kind) {
  return kind == FindingKind::kRestatedParagraph || kind == FindingKind::kRestatedSentence;
}

std::string short_start(const Locator& locator, const Span& span, const Span& here) {
  if (span.document != here.document) return start_text(locator, span);
  const Position start = locator.start(span);
  return std::to_string(start.line) + ":" + std::to_string(start.column);
}

std::string occurrence_list(const Locator& locator, const Finding& finding) {
  // A bare line:col after another file's path would read as in that file:
  // once two files are involved, every occurrence names its own.
  bool one_file = true;
  for (const Span& span : finding.occurrences) {
    one_file = one_file && span.document == finding.location.document;
  }
  std::string out;
  for (const Span& span : finding.occurrences) {
    out += (out.empty() ? "" : ", ") +
           (one_file ? short_start(locator, span, finding.location) : start_text(locator, span));
  }
  return out;
}

std::vector<const Finding*> grouped_phrases(const Finding& finding) {
  std::vector<const Finding*> out;
  for (const Finding& phrase : finding.phrases) out.push_back(&phrase);
  for (const Finding& pair : finding.evidence) {
    for (const Finding& phrase : pair.phrases) out.push_back(&phrase);
  }
  return out;
}

Totals totals_of(const Analysis& analysis) {
  Totals listed;
  for (const Finding& finding : analysis.findings) {
    ++listed.by_kind[static_cast<std::size_t>(finding.kind)];
    listed.failing += reaches(finding.severity, analysis.fail_on);
    if (finding.kind == FindingKind::kRestatedParagraph) {
      listed.in_paragraphs += finding.evidence.size();
    }
  }
  Totals out;
  for (std::size_t kind = 0; kind < kFindingKinds; ++kind) {
    out.by_kind[kind] = std::max(listed.by_kind[kind], analysis.found[kind]);
  }
  out.failing = std::max(listed.failing, analysis.failing_findings);
  out.all = analysis.findings.size() + analysis.omitted_findings;
  out.in_paragraphs = std::max(listed.in_paragraphs, analysis.sentences_in_paragraphs);
  return out;
}

std::string why_text(const Finding& finding) {
  if (finding.kind == FindingKind::kRestatedSentence) {
    const Support& support = finding.support;
    std::string out = std::to_string(support.shared_terms) + " content word" +
                      (support.shared_terms == 1 ? "" : "s") + " in common";
    // A run can count a word twice ("the cache ... the cache"): past the
    // shared words it is "all of them".
    if (support.shared_run >= support.shared_terms && support.shared_terms >= 2) {
      out += ", all in the same order";
    } else if (support.shared_run >= 2) {
      out += ", " + std::to_string(support.shared_run) + " of them in the same order";
    }
    return out;
  }
  if (finding.kind == FindingKind::kRestatedParagraph && !finding.evidence.empty()) {
    double best = 0;
    for (const Finding& pair : finding.evidence) best = std::max(best, pair.score);
    char score[32];
    std::snprintf(score, sizeof score, "%.2f", best);
    const std::size_t n = finding.evidence.size();
    std::string out = std::to_string(n) +
                      (n == 1 ? " sentence restates a sentence" : " sentences restate sentences") +
                      " of it, the closest at " + score;
    if (finding.support.shared_run >= 2) {
      out += "; the rest shares " + std::to_string(finding.support.shared_terms) +
             " content words with it, " + std::to_string(finding.support.shared_run) +
             " in a row";
    }
    return out;
  }
  return "";
}

std::string finding_summary(const Locator& locator, const Finding& finding) {
  const std::string quoted = "\"" + finding.subject + "\"";
  switch (finding.kind) {
    case FindingKind::kRepeatedPhrase:
      return "phrase " + quoted + " repeated " + std::to_string(finding.occurrences.size()) +
             " times: " + occurrence_list(locator, finding);
    case FindingKind::kEcho:
      return "echo " + quoted + " used " + std::to_string(finding.occurrences.size()) +
             " times close together: " + occurrence_list(locator, finding);
    case FindingKind::kBoilerplate:
      return "boilerplate: one formula in " + std::to_string(finding.occurrences.size()) +
             " places: " + occurrence_list(locator, finding);
    case FindingKind::kDoubledWord:
      return "doubled word " + quoted;
    case FindingKind::kMirroredPage:
      return "mirrored page: " + std::to_string(finding.evidence.size()) +
             " sentences restate " + locator.path(finding.restates) + ": " +
             occurrence_list(locator, finding);
    case FindingKind::kOverusedWord: {
      char ratio[32];
      std::snprintf(ratio, sizeof ratio, "%.1f", finding.rate.ratio);
      return "overused word " + quoted + ": " + std::to_string(finding.rate.count) +
             " times in " + std::to_string(finding.rate.words) + " words, " + ratio +
             "x the expected rate (" + finding.rate.background + ")";
    }
    default: break;
  }
  const bool paragraph = finding.kind == FindingKind::kRestatedParagraph;
  char score[32];
  std::snprintf(score, sizeof score, "%.2f", finding.score);
  std::string out = std::string(paragraph ? "paragraph" : "sentence") + " restates " +
                    start_text(locator, finding.restates) + " (score " + score;
  if (paragraph) {
    out += ", " + std::to_string(static_cast<int>(finding.coverage * 100 + 0.5)) +
           "% in restated sentences";
  }
  return out + ")";
}

}  // namespace report
}  // namespace twice
