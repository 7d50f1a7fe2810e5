// Text reports: one "path:line:col: ..." line a finding, compiler style, so
// editors and terminals can jump to it, then short excerpts.
#include <cstdio>
#include <ostream>
#include <string>

#include "twice/report.h"
#include "twice/report/locate.h"

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

}  // namespace

void findings_text(const Analysis& analysis, std::ostream& out) {
  Locator locator(analysis.documents);
  std::size_t paragraphs_found = 0;
  std::size_t sentences_found = 0;
  for (const Finding& finding : analysis.findings) {
    const bool paragraph = finding.kind == FindingKind::kRestatedParagraph;
    (paragraph ? paragraphs_found : sentences_found)++;
    out << where(locator, finding.location) + ": " + (paragraph ? "paragraph" : "sentence") +
           " restates " + where(locator, finding.restates) + " (score " +
           fixed(finding.score, 2);
    if (paragraph) {
      out << ", " + std::to_string(static_cast<int>(finding.coverage * 100 + 0.5)) +
             "% in restated sentences";
    }
    out << ")\n";
    out << "    later:   " + excerpt(locator.text(finding.location), kExcerptLength) + "\n";
    out << "    earlier: " + excerpt(locator.text(finding.restates), kExcerptLength) + "\n";
  }
  std::size_t paragraphs = 0;
  std::size_t sentences = 0;
  for (const Document& document : analysis.documents) {
    paragraphs += document.paragraphs.size();
    for (const Paragraph& paragraph : document.paragraphs) sentences += paragraph.sentences.size();
  }
  const std::string scope = " in " + plural(analysis.documents.size(), "file") + " (" +
                            plural(paragraphs, "paragraph") + ", " +
                            plural(sentences, "sentence") + ")\n";
  if (analysis.baseline_matched + analysis.baseline_stale > 0) {
    out << "baseline: " << plural(analysis.baseline_matched, "finding") << " accepted, "
        << plural(analysis.baseline_stale, "entry") << " no longer matching\n";
  }
  if (analysis.findings.empty()) {
    out << "no restatements" << scope;
    return;
  }
  out << plural(paragraphs_found, "restated paragraph") << ", " <<
         plural(sentences_found, "restated sentence") + scope;
  if (analysis.omitted_findings > 0) {
    out << plural(analysis.omitted_findings, "more finding") << " not shown (--max-findings "
        << analysis.findings.size() << ")\n";
  }
}

void segments_text(const std::vector<Document>& documents, std::ostream& out) {
  Locator locator(documents);
  for (const Document& document : documents) {
    std::size_t number = 0;
    for (const Paragraph& paragraph : document.paragraphs) {
      const Position end = locator.end(paragraph.span);
      out << where(locator, paragraph.span) + "-" + std::to_string(end.line) + ":" +
             std::to_string(end.column) + (paragraph.heading ? ": heading " : ": paragraph ") +
             std::to_string(++number) + ", " +
             plural(paragraph.sentences.size(), "sentence") + "\n";
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
  }
}

}  // namespace twice::report
