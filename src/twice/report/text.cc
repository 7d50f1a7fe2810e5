// Text reports: one "path:line:col: ..." line a finding, compiler style, so
// editors and terminals can jump to it, then short excerpts. With
// ReportStyle::color, the same bytes plus ANSI SGR escapes: stripping the
// escapes gives the plain report back.
#include <algorithm>
#include <array>
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

// An excerpt, its words shared with `other` emphasised.
std::string shown_excerpt(const std::string& shown, std::string_view other, const Paint& paint) {
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

// "path:4:1: warning: ", the severity coloured, as compilers and linters write it.
std::string finding_head(const Locator& locator, const Finding& finding, const Paint& paint) {
  return paint(where(locator, finding.location), kBold) + ": " +
         paint(severity_name(finding.severity), severity_colour(finding.severity)) + ": ";
}

// Findings by kind and those reaching --fail-on, listed or not. An
// Analysis put together by hand may leave the totals unset: never fewer
// than are listed.
// "2 restated paragraphs, 1 restated sentence, 3 repeated phrases".
std::string counted_kinds(const Totals& totals) {
  const auto count = [&](FindingKind kind) {
    return totals.by_kind[static_cast<std::size_t>(kind)];
  };
  const std::size_t restated_paragraphs = count(FindingKind::kRestatedParagraph);
  // A restated paragraph's sentences are restated sentences too.
  const std::size_t restated_sentences = count(FindingKind::kRestatedSentence) + totals.in_paragraphs;
  std::string out = restated_paragraphs + restated_sentences == 0
                        ? std::string("no restatements")
                        : plural(restated_paragraphs, "restated paragraph") + ", " +
                              plural(restated_sentences, "restated sentence");
  if (count(FindingKind::kRepeatedPhrase) > 0) {
    out += ", " + plural(count(FindingKind::kRepeatedPhrase), "repeated phrase");
  }
  if (const std::size_t echoes = count(FindingKind::kEcho); echoes > 0) {
    out += ", " + (echoes == 1 ? std::string("1 echo") : std::to_string(echoes) + " echoes");
  }
  if (count(FindingKind::kOverusedWord) > 0) {
    out += ", " + plural(count(FindingKind::kOverusedWord), "overused word");
  }
  if (count(FindingKind::kBoilerplate) > 0) {
    out += ", " + plural(count(FindingKind::kBoilerplate), "boilerplate passage");
  }
  if (count(FindingKind::kDoubledWord) > 0) {
    out += ", " + plural(count(FindingKind::kDoubledWord), "doubled word");
  }
  if (count(FindingKind::kMirroredPage) > 0) {
    out += ", " + plural(count(FindingKind::kMirroredPage), "mirrored page");
  }
  return out;
}

// Why the run passes or fails: how many findings reach --fail-on.
std::string verdict(const Analysis& analysis, const Totals& totals) {
  // A file left out fails the run (exit code 2) whatever was found.
  if (!analysis.input_errors.empty()) {
    return plural(analysis.input_errors.size(), "input") +
           " not analysed (named above): the run fails";
  }
  const std::string level = fail_on_name(analysis.fail_on);
  if (analysis.fail_on == FailOn::kNever) return "--fail-on never: the run passes";
  const std::string reach = analysis.fail_on == FailOn::kError ? "error" : level + " or above";
  if (totals.failing == 0) {
    return "no finding at " + reach + " (--fail-on " + level + "): the run passes";
  }
  return std::to_string(totals.failing) + " of " + plural(totals.all, "finding") + " at " +
         reach + " (--fail-on " + level + "): the run fails";
}

// "notes.txt:2: error: invalid UTF-8: ... at byte 18 (not analysed)", one
// line for each input left out, before the findings.
void write_input_errors(const Analysis& analysis, const Paint& paint, std::ostream& out) {
  for (const Error& error : analysis.input_errors) {
    out << paint(error_where(error), kBold) << ": " << paint("error", severity_colour(Severity::kError))
        << ": " << error_what(error) << " (not analysed)\n";
  }
}

}  // namespace

void findings_text(const Analysis& analysis, std::ostream& out) {
  findings_text(analysis, ReportStyle(), out);
}

void findings_text(const Analysis& analysis, const ReportStyle& style, std::ostream& out) {
  const Paint paint(style.color);
  Locator locator(analysis.documents);
  write_input_errors(analysis, paint, out);
  for (const Finding& finding : analysis.findings) {
    if (!is_restatement(finding.kind)) {
      // One line: "phrase "..." repeated 3 times: 2:241, 3:712, 5:304".
      out << finding_head(locator, finding, paint) + finding_summary(locator, finding) + "\n";
      continue;
    }
    const bool paragraph = finding.kind == FindingKind::kRestatedParagraph;
    out << finding_head(locator, finding, paint) + (paragraph ? "paragraph" : "sentence") +
           " restates " + paint(where(locator, finding.restates), kBold) + " (score " +
           fixed(finding.score, 2);
    if (paragraph) {
      out << ", " + std::to_string(static_cast<int>(finding.coverage * 100 + 0.5)) +
             "% in restated sentences";
    }
    out << ")\n";
    const std::string later = locator.read_text(finding.location);
    const std::string earlier = locator.read_text(finding.restates);
    const auto [later_shown, earlier_shown] = excerpt_pair(later, earlier, kExcerptLength);
    out << "    " + paint("later:", kDim) + "   " + shown_excerpt(later_shown, earlier, paint) +
           "\n";
    out << "    " + paint("earlier:", kDim) + " " + shown_excerpt(earlier_shown, later, paint) +
           "\n";
    out << "    " + paint("why:", kDim) + "     " + why_text(finding) + "\n";
    // A paragraph's restated sentences are listed with it, not on their own.
    for (const Finding& pair : finding.evidence) {
      out << "    " + paint("sentence:", kDim) + " " +
             short_start(locator, pair.location, finding.location) + " restates " +
             short_start(locator, pair.restates, finding.location) + " (score " +
             fixed(pair.score, 2) + "; " + why_text(pair) + ")\n";
      const std::string pair_later = locator.read_text(pair.location);
      const std::string pair_earlier = locator.read_text(pair.restates);
      const auto [pair_later_shown, pair_earlier_shown] =
          excerpt_pair(pair_later, pair_earlier, kExcerptLength);
      out << "      " + paint("later:", kDim) + "   " +
             shown_excerpt(pair_later_shown, pair_earlier, paint) + "\n";
      out << "      " + paint("earlier:", kDim) + " " +
             shown_excerpt(pair_earlier_shown, pair_later, paint) + "\n";
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
  const Totals totals = totals_of(analysis);
  out << paint(counted_kinds(totals) + scope, kBold) << "\n";
  if (totals.all == 0 && analysis.input_errors.empty()) return;
  if (analysis.omitted_findings > 0) {
    out << "the first " << analysis.findings.size() << " of " << plural(totals.all, "finding")
        << " listed (--max-findings " << analysis.findings.size() << ")\n";
  }
  out << paint(verdict(analysis, totals), kBold) << "\n";
}

void segments_text(const std::vector<Document>& documents, std::ostream& out) {
  Locator locator(documents);
  for (const Document& document : documents) {
    if (document.changelog) {
      out << document.path << ": a changelog (compared only with --compare-changelogs)\n";
    }
    if (document.glossary) {
      out << document.path << ": a glossary (compared only with --compare-glossaries)\n";
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
      const char* kind = paragraph.entry       ? ": heading (reference entry) "
                         : paragraph.heading   ? ": heading "
                         : paragraph.list_item ? ": list item "
                                               : ": paragraph ";
      out << where(locator, paragraph.span) + "-" + std::to_string(end.line) + ":" +
             std::to_string(end.column) + kind +
             std::to_string(++number) + ", " +
             plural(paragraph.sentences.size(), "sentence") + ", language " +
             paragraph.language + (paragraph.suppressed ? ", suppressed" : "") + "\n";
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
