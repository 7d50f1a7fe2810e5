// Text reports: one "path:line:col: ..." line a finding, compiler style, so
// editors and terminals can jump to it, then short excerpts. With
// ReportStyle::color, the same bytes plus ANSI SGR escapes: stripping the
// escapes gives the plain report back.
#include <cstdio>
#include <ostream>
#include <string>

#include "twice/report.h"
#include "twice/report/locate.h"
#include "twice/report/shared_words.h"

namespace twice::report {
namespace {

constexpr std::size_t kExcerptLength = 90;

std::string where(const Locator& locator, const Span& span) {
  const Position start = locator.start(span);
  return locator.path(span) + ":" + std::to_string(start.line) + ":" +
         std::to_string(start.column);
}

std::string fixed(double value, int decimals) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.*f", decimals, value);
  return buffer;
}

std::string plural(std::size_t count, const char* noun) {
  const std::string word(noun);
  if (count == 1) return "1 " + word;
  if (word.size() > 1 && word.back() == 'y') return std::to_string(count) + " " + word.substr(0, word.size() - 1) + "ies";
  return std::to_string(count) + " " + word + "s";
}

// Wraps text in an SGR escape when colour is on; the identity otherwise.
class Paint {
 public:
  explicit Paint(bool on) : on_(on) {}
  std::string operator()(const std::string& text, const char* sgr) const {
    return on_ ? "\033[" + std::string(sgr) + "m" + text + "\033[0m" : text;
  }
  bool on() const { return on_; }

 private:
  bool on_;
};

constexpr const char* kBold = "1";
constexpr const char* kDim = "2";
constexpr const char* kSharedWord = "1;4";  // bold, underlined

const char* severity_colour(Severity severity) {
  switch (severity) {
    case Severity::kError: return "1;31";    // bold red
    case Severity::kWarning: return "1;33";  // bold yellow
    case Severity::kInfo: return "1;36";     // bold cyan
  }
  return kBold;
}

// The excerpt of `passage`, its words shared with `other` emphasised.
std::string shown_excerpt(std::string_view passage, std::string_view other, const Paint& paint) {
  const std::string shown = excerpt(passage, kExcerptLength);
  if (!paint.on()) return shown;
  std::string out;
  std::size_t at = 0;
  for (const WordRange& word : shared_words(shown, content_terms(other))) {
    out += shown.substr(at, word.begin - at);
    out += paint(shown.substr(word.begin, word.end - word.begin), kSharedWord);
    at = word.end;
  }
  return out + shown.substr(at);
}

}  // namespace

void findings_text(const Analysis& analysis, std::ostream& out) {
  findings_text(analysis, ReportStyle(), out);
}

void findings_text(const Analysis& analysis, const ReportStyle& style, std::ostream& out) {
  const Paint paint(style.color);
  Locator locator(analysis.documents);
  std::size_t paragraphs_found = 0;
  std::size_t sentences_found = 0;
  // By kind: phrases, echoes, overused words, boilerplate, doubled words,
  // mirrored pages.
  std::size_t counts[6] = {0, 0, 0, 0, 0, 0};
  for (const Finding& finding : analysis.findings) {
    if (!is_restatement(finding.kind)) {
      // One line: "phrase "..." repeated 3 times: 2:241, 3:712, 5:304".
      const std::string summary = finding_summary(locator, finding);
      // The label: "phrase", "echo", "overused word", "doubled word", "boilerplate".
      const std::size_t label = std::min(summary.find(" \""), summary.find(':'));
      counts[finding.kind == FindingKind::kRepeatedPhrase ? 0
             : finding.kind == FindingKind::kEcho         ? 1
             : finding.kind == FindingKind::kOverusedWord ? 2
             : finding.kind == FindingKind::kBoilerplate  ? 3
             : finding.kind == FindingKind::kDoubledWord  ? 4
                                                          : 5]++;
      out << paint(where(locator, finding.location), kBold) + ": " +
             paint(summary.substr(0, label), severity_colour(finding.severity)) +
             summary.substr(label) + "\n";
      continue;
    }
    const bool paragraph = finding.kind == FindingKind::kRestatedParagraph;
    // A paragraph's restated sentences count as restated sentences too.
    (paragraph ? paragraphs_found : sentences_found)++;
    sentences_found += finding.evidence.size();
    out << paint(where(locator, finding.location), kBold) + ": " +
           paint(paragraph ? "paragraph" : "sentence", severity_colour(finding.severity)) +
           " restates " + paint(where(locator, finding.restates), kBold) + " (score " +
           fixed(finding.score, 2);
    if (paragraph) {
      out << ", " + std::to_string(static_cast<int>(finding.coverage * 100 + 0.5)) +
             "% in restated sentences";
    }
    out << ")\n";
    const std::string_view later = locator.text(finding.location);
    const std::string_view earlier = locator.text(finding.restates);
    out << "    " + paint("later:", kDim) + "   " + shown_excerpt(later, earlier, paint) + "\n";
    out << "    " + paint("earlier:", kDim) + " " + shown_excerpt(earlier, later, paint) + "\n";
    out << "    " + paint("why:", kDim) + "     " + why_text(finding) + "\n";
    // A paragraph's restated sentences are listed with it, not on their own.
    for (const Finding& pair : finding.evidence) {
      out << "    " + paint("sentence:", kDim) + " " + short_start(locator, pair.location, finding.location) +
             " restates " + short_start(locator, pair.restates, finding.location) + " (score " +
             fixed(pair.score, 2) + "; " + why_text(pair) + ")\n";
      out << "      " + paint("later:", kDim) + "   " +
             shown_excerpt(locator.text(pair.location), locator.text(pair.restates), paint) + "\n";
      out << "      " + paint("earlier:", kDim) + " " +
             shown_excerpt(locator.text(pair.restates), locator.text(pair.location), paint) + "\n";
    }
    const std::vector<const Finding*> phrases = grouped_phrases(finding);
    if (!phrases.empty()) {
      std::string list;
      for (const Finding* phrase : phrases) {
        list += (list.empty() ? "\"" : "; \"") + phrase->subject + "\" (" +
                occurrence_list(locator, *phrase) + ")";
      }
      out << "    " + paint("phrases:", kDim) + " " + list + "\n";
    }
  }
  std::size_t paragraphs = 0;
  std::size_t sentences = 0;
  for (const Document& document : analysis.documents) {
    paragraphs += document.paragraphs.size();
    for (const Paragraph& paragraph : document.paragraphs) sentences += paragraph.sentences.size();
  }
  const std::string scope = " in " + plural(analysis.documents.size(), "file") + " (" +
                            plural(paragraphs, "paragraph") + ", " +
                            plural(sentences, "sentence") + ")";
  if (analysis.baseline_matched + analysis.baseline_stale > 0) {
    out << "baseline: " << plural(analysis.baseline_matched, "finding") << " accepted, "
        << plural(analysis.baseline_stale, "entry") << " no longer matching\n";
  }
  std::string tics;
  if (counts[0] > 0) tics += ", " + plural(counts[0], "repeated phrase");
  if (counts[1] > 0) tics += ", " + (counts[1] == 1 ? std::string("1 echo") : std::to_string(counts[1]) + " echoes");
  if (counts[2] > 0) tics += ", " + plural(counts[2], "overused word");
  if (counts[3] > 0) tics += ", " + plural(counts[3], "boilerplate sentence");
  if (counts[4] > 0) tics += ", " + plural(counts[4], "doubled word");
  if (counts[5] > 0) tics += ", " + plural(counts[5], "mirrored page");
  const std::string summary =
      (paragraphs_found + sentences_found == 0
           ? std::string("no restatements")
           : plural(paragraphs_found, "restated paragraph") + ", " +
                 plural(sentences_found, "restated sentence")) +
      tics + scope;
  out << paint(summary, kBold) << "\n";
  if (analysis.findings.empty()) return;
  if (analysis.omitted_findings > 0) {
    out << plural(analysis.omitted_findings, "more finding") << " not shown (--max-findings "
        << analysis.findings.size() << ")\n";
  }
}

void segments_text(const std::vector<Document>& documents, std::ostream& out) {
  Locator locator(documents);
  for (const Document& document : documents) {
    if (document.changelog) {
      out << document.path << ": a changelog (compared only with --compare-changelogs)\n";
    }
    std::size_t number = 0;
    // What was not read comes in source order among the paragraphs, one line each.
    std::size_t next_skipped = 0;
    const auto skipped_before = [&](std::size_t offset) {
      for (; next_skipped < document.skipped.size() &&
             document.skipped[next_skipped].span.begin < offset;
           ++next_skipped) {
        const Skipped& skipped = document.skipped[next_skipped];
        const Position end = locator.end(skipped.span);
        out << where(locator, skipped.span) + "-" + std::to_string(end.line) + ":" +
               std::to_string(end.column) + ": not read, " + skipped.reason + ": " +
               excerpt(locator.text(skipped.span), kExcerptLength) + "\n";
      }
    };
    for (const Paragraph& paragraph : document.paragraphs) {
      skipped_before(paragraph.span.begin);
      const Position end = locator.end(paragraph.span);
      const char* kind = paragraph.heading     ? ": heading "
                         : paragraph.list_item ? ": list item "
                                               : ": paragraph ";
      out << where(locator, paragraph.span) + "-" + std::to_string(end.line) + ":" +
             std::to_string(end.column) + kind +
             std::to_string(++number) + ", " +
             plural(paragraph.sentences.size(), "sentence") + ", language " +
             paragraph.language + "\n";
      for (const Sentence& sentence : paragraph.sentences) {
        const Position start = locator.start(sentence.span);
        const Position stop = locator.end(sentence.span);
        out << "  " + std::to_string(start.line) + ":" + std::to_string(start.column) + "-" +
               std::to_string(stop.line) + ":" + std::to_string(stop.column) + ": " +
               sentence.text + "\n";
        out << "    terms:";
        for (const std::string& term : sentence.terms) out << " " + term;
        out << "\n";
      }
    }
    skipped_before(document.bytes.size() + 1);
  }
}

}  // namespace twice::report
