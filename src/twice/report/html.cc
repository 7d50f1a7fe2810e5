// The HTML report: one self-contained page for a writer and an editor.
//
// Summary figures, the paragraph heat map (html_map.cc), each finding with
// its two passages side by side and their shared words marked, then the
// documents with every restating passage marked and linked to what it
// restates. Nothing is loaded from anywhere: inline CSS, a few lines of
// inline script (html_style.cc), system fonts, and a Content-Security-Policy that forbids
// any fetch. Every byte of document text goes through html::escape().
//
// Size guards, so that a 300-page document opens without freezing a tab:
// at most kMaxSideBySide findings side by side (all stay marked in the
// documents and the map), passages cut at kMaxPassageBytes there, the map
// bucketed (html_map.cc), off-screen paragraphs and findings left unrendered
// by the browser (CSS content-visibility), and past kMaxDocumentParagraphs
// only the paragraphs findings mark are shown.
#include <algorithm>
#include <map>
#include <ostream>
#include <string>
#include <unordered_map>
#include <vector>

#include "twice/report/html.h"
#include "twice/report/locate.h"
#include "twice/report/shared_words.h"

namespace twice::report {
namespace html {

void escape(std::string_view text, std::string* out) {
  for (const char c : text) {
    switch (c) {
      case '&': *out += "&amp;"; break;
      case '<': *out += "&lt;"; break;
      case '>': *out += "&gt;"; break;
      case '"': *out += "&quot;"; break;
      case '\'': *out += "&#39;"; break;
      default: *out += c;
    }
  }
}

std::string escape(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  escape(text, &out);
  return out;
}

}  // namespace html

namespace {

using html::escape;
using html::Passages;

constexpr std::size_t kMaxSideBySide = 500;
constexpr std::size_t kMaxPassageBytes = 6000;
constexpr std::size_t kMaxDocumentParagraphs = 20000;

struct SentenceMarks {
  std::vector<std::size_t> restates;  // sentence findings whose later passage it is
  bool restated = false;              // the earlier passage of a finding
};

struct ParagraphMarks {
  std::vector<std::size_t> restates;  // paragraph findings whose later passage it is
  bool restated = false;
  std::map<std::size_t, SentenceMarks> sentences;
};

// Everything the findings mark, by paragraph: O(findings), not O(text).
class Marks {
 public:
  Marks(const Analysis& analysis, const Passages& passages)
      : passages_(passages), numbers_(analysis.findings.size(), 0) {
    std::size_t restatements = 0;
    for (std::size_t index = 0; index < analysis.findings.size(); ++index) {
      const Finding& finding = analysis.findings[index];
      // Phrases, echoes and overused words are listed in their own section.
      if (!is_restatement(finding.kind)) continue;
      numbers_[index] = ++restatements;
      const std::size_t later = passages.paragraph_of(finding.location);
      const std::size_t earlier = passages.paragraph_of(finding.restates);
      if (later == Passages::kNone || earlier == Passages::kNone) continue;
      if (finding.kind == FindingKind::kRestatedParagraph) {
        marks_[later].restates.push_back(index);
        marks_[earlier].restated = true;
        for (const Finding& pair : finding.evidence) {
          mark(pair.location);
          mark(pair.restates);
        }
      } else {
        SentenceMarks* sentence = mark(finding.location);
        if (sentence != nullptr) sentence->restates.push_back(index);
        sentence = mark(finding.restates);
        if (sentence != nullptr) sentence->restated = true;
        marks_[earlier].restated = true;
      }
    }
  }

  // A restatement's number among the cards, #1 first, in the order shown
  // (phrases and words are not cards); 0 for the others.
  std::size_t number(std::size_t finding) const { return numbers_[finding]; }

  const ParagraphMarks* find(std::size_t paragraph) const {
    const auto found = marks_.find(paragraph);
    return found == marks_.end() ? nullptr : &found->second;
  }

  // "#s3-1" for a sentence span, "#p3" for any other span.
  std::string href(const Span& span) const {
    const std::size_t paragraph = passages_.paragraph_of(span);
    if (paragraph == Passages::kNone) return "#d" + std::to_string(span.document);
    const std::size_t sentence = passages_.sentence_of(paragraph, span);
    const bool whole = passages_.paragraph(paragraph).span.begin == span.begin &&
                       passages_.paragraph(paragraph).span.end == span.end;
    if (whole || sentence == Passages::kNone) return "#" + Passages::paragraph_id(paragraph);
    return "#" + Passages::sentence_id(paragraph, sentence);
  }

 private:
  // The marks of the sentence the span starts in, created: a sentence in
  // the map gets an id, so links can point at it. Null when there is none.
  SentenceMarks* mark(const Span& span) {
    const std::size_t paragraph = passages_.paragraph_of(span);
    if (paragraph == Passages::kNone) return nullptr;
    const std::size_t sentence = passages_.sentence_of(paragraph, span);
    if (sentence == Passages::kNone) return nullptr;
    return &marks_[paragraph].sentences[sentence];
  }

  const Passages& passages_;
  std::vector<std::size_t> numbers_;  // by finding: its card number, 0 for none
  std::unordered_map<std::size_t, ParagraphMarks> marks_;
};

std::string line_text(const Locator& locator, const Span& span) {
  const Position start = locator.start(span);
  return std::to_string(start.line) + ":" + std::to_string(start.column);
}

std::string percent(std::size_t part, std::size_t whole) {
  if (whole == 0) return "0%";
  return std::to_string(static_cast<int>(100.0 * static_cast<double>(part) /
                                             static_cast<double>(whole) + 0.5)) + "%";
}

// Escaped text with the words shared with `other` in <mark>.
void marked(std::string_view text, const TermSet& other, std::string* out) {
  std::size_t at = 0;
  for (const WordRange& word : shared_words(text, other)) {
    escape(text.substr(at, word.begin - at), out);
    *out += "<mark>";
    escape(text.substr(word.begin, word.end - word.begin), out);
    *out += "</mark>";
    at = word.end;
  }
  escape(text.substr(at), out);
}

// The longest prefix of `text` of at most `bytes` bytes that ends between
// code points.
std::string_view utf8_prefix(std::string_view text, std::size_t bytes) {
  if (text.size() <= bytes) return text;
  while (bytes > 0 && (static_cast<unsigned char>(text[bytes]) & 0xC0) == 0x80) --bytes;
  return text.substr(0, bytes);
}

// The sentences a span overlaps, in order. Pages show sentences as twice
// read them (Markdown markup removed, line breaks as spaces) rather than raw
// bytes: a list item's "**" or a link's URL is not what the writer wrote.
std::vector<const Sentence*> covered(const Passages& passages, const Span& span) {
  std::vector<const Sentence*> sentences;
  const std::size_t paragraph = passages.paragraph_of(span);
  if (paragraph == Passages::kNone) return sentences;
  for (const Sentence& sentence : passages.paragraph(paragraph).sentences) {
    if (sentence.span.begin < span.end && sentence.span.end > span.begin) {
      sentences.push_back(&sentence);
    }
  }
  return sentences;
}

// A passage's text as the page shows it; its bytes when no sentence covers it.
std::string passage_text(const Passages& passages, const Locator& locator, const Span& span) {
  const std::vector<const Sentence*> sentences = covered(passages, span);
  if (sentences.empty()) return std::string(locator.text(span));
  std::string text;
  for (const Sentence* sentence : sentences) {
    if (!text.empty()) text += ' ';
    text += sentence->text;
  }
  return text;
}

// A passage for the side-by-side view: its words shared with `other`
// marked, and the sentences that start where a `tinted` span starts
// underlined. At most kMaxPassageBytes of text.
std::string passage_html(const Passages& passages, const Locator& locator, const Span& span,
                         const TermSet& other, const std::vector<Span>& tinted) {
  const std::vector<const Sentence*> sentences = covered(passages, span);
  std::string out;
  const char* const kCut = "… <em class=\"note\">(cut here; the whole passage is in the document)</em>";
  if (sentences.empty()) {
    const std::string_view text = utf8_prefix(locator.text(span), kMaxPassageBytes);
    marked(text, other, &out);
    if (text.size() < span.end - span.begin) out += kCut;
    return out;
  }
  std::size_t budget = kMaxPassageBytes;
  for (const Sentence* sentence : sentences) {
    if (sentence != sentences.front()) out += ' ';
    const std::string_view text = utf8_prefix(sentence->text, budget);
    const bool tint = std::any_of(tinted.begin(), tinted.end(), [&](const Span& piece) {
      return piece.begin == sentence->span.begin;
    });
    if (tint) out += "<span class=\"ev\">";
    marked(text, other, &out);
    if (tint) out += "</span>";
    if (text.size() < sentence->text.size()) {
      out += kCut;
      break;
    }
    budget -= text.size();
  }
  return out;
}

void write_finding(const Analysis& analysis, const Locator& locator, const Passages& passages,
                   const Marks& marks, std::size_t index, std::ostream& out) {
  const Finding& finding = analysis.findings[index];
  const bool paragraph = finding.kind == FindingKind::kRestatedParagraph;
  const std::string later = start_text(locator, finding.location);
  const std::string earlier = start_text(locator, finding.restates);
  const std::string later_text = passage_text(passages, locator, finding.location);
  const std::string earlier_text = passage_text(passages, locator, finding.restates);
  std::vector<Span> later_tint;
  std::vector<Span> earlier_tint;
  for (const Finding& pair : finding.evidence) {
    later_tint.push_back(pair.location);
    earlier_tint.push_back(pair.restates);
  }
  const std::string id = std::to_string(marks.number(index));
  out << "<article class=\"finding\" id=\"f" << id << "\" data-kind=\""
      << finding_kind_name(finding.kind) << "\" data-location=\"" << escape(later)
      << "\" data-restates=\"" << escape(earlier) << "\" data-score=\""
      << html::score_text(finding.score) << "\">\n<header><span class=\"num\">#" << id
      << "</span><span class=\"kind\">" << (paragraph ? "Restated paragraph" : "Restated sentence")
      << "</span><span class=\"score\">score " << html::score_text(finding.score) << "</span>";
  if (paragraph) {
    out << "<span>" << static_cast<int>(finding.coverage * 100 + 0.5)
        << "% of its words in restated sentences</span>";
  }
  out << "<span class=\"sev sev-" << severity_name(finding.severity) << "\">"
      << severity_name(finding.severity) << "</span></header>\n<div class=\"pair\">\n";
  out << "<div class=\"side later\"><h3>later: <a class=\"to-later\" href=\""
      << marks.href(finding.location) << "\">" << escape(later) << "</a></h3><p>"
      << passage_html(passages, locator, finding.location, content_terms(earlier_text), later_tint)
      << "</p></div>\n";
  out << "<div class=\"side earlier\"><h3>restates: <a class=\"to-earlier\" href=\""
      << marks.href(finding.restates) << "\">" << escape(earlier) << "</a></h3><p>"
      << passage_html(passages, locator, finding.restates, content_terms(later_text), earlier_tint)
      << "</p></div>\n</div>\n";
  if (!finding.evidence.empty()) {
    out << "<ol class=\"evidence\">";
    for (const Finding& pair : finding.evidence) {
      out << "<li>sentence <a href=\"" << marks.href(pair.location) << "\">"
          << line_text(locator, pair.location) << "</a> restates <a href=\""
          << marks.href(pair.restates) << "\">" << line_text(locator, pair.restates)
          << "</a>, score " << html::score_text(pair.score) << "</li>";
    }
    out << "</ol>\n";
  }
  const std::vector<const Finding*> phrases = grouped_phrases(finding);
  if (!phrases.empty()) {
    out << "<p class=\"phrases\">repeated phrases:";
    for (const Finding* phrase : phrases) {
      out << " <q>" << escape(phrase->subject) << "</q> (" << escape(occurrence_list(locator, *phrase))
          << ")";
    }
    out << "</p>\n";
  }
  if (const std::string why = why_text(finding); !why.empty()) {
    out << "<p class=\"why\">Why: " << escape(why) << "</p>\n";
  }
  out << "<p class=\"advice\">What to do: " << escape(finding_advice(finding.kind)) << "</p>\n";
  out << "</article>\n";
}

// Where the document view shows a span's paragraph: its anchor, or the
// document's when a long view leaves the paragraph out.
std::string paragraph_href(const Passages& passages, const Marks& marks, bool only_marked,
                           const Span& span) {
  const std::size_t paragraph = passages.paragraph_of(span);
  if (paragraph == Passages::kNone || (only_marked && marks.find(paragraph) == nullptr)) {
    return "#d" + std::to_string(span.document);
  }
  return "#" + Passages::paragraph_id(paragraph);
}

// Repeated phrases, echoes and overused words: one row each, in report
// order, every occurrence a link into the document view.
void write_tics(const Analysis& analysis, const Locator& locator, const Passages& passages,
                const Marks& marks, bool only_marked, std::ostream& out) {
  std::size_t rows = 0;
  for (const Finding& finding : analysis.findings) rows += !is_restatement(finding.kind);
  if (rows == 0) {
    out << "<p class=\"note\">None.</p>\n";
    return;
  }
  out << "<table class=\"tics\"><thead><tr><th>kind</th><th>where</th><th>what</th>"
         "<th>severity</th></tr></thead><tbody>\n";
  for (const Finding& finding : analysis.findings) {
    if (is_restatement(finding.kind)) continue;
    // The summary ends with the occurrence list for phrases and echoes:
    // that part becomes links; overused words get theirs after a colon.
    std::string summary = finding_summary(locator, finding);
    const std::string list = occurrence_list(locator, finding);
    if (summary.size() >= list.size() &&
        summary.compare(summary.size() - list.size(), list.size(), list) == 0) {
      summary.resize(summary.size() - list.size());
    } else {
      summary += "; used at ";
    }
    std::string links;
    for (const Span& span : finding.occurrences) {
      links += (links.empty() ? "" : ", ") + std::string("<a href=\"") +
               paragraph_href(passages, marks, only_marked, span) + "\">" +
               escape(short_start(locator, span, finding.location)) + "</a>";
    }
    out << "<tr data-kind=\"" << finding_kind_name(finding.kind) << "\"><td>"
        << finding_kind_name(finding.kind) << "</td><td><a href=\""
        << paragraph_href(passages, marks, only_marked, finding.location) << "\">"
        << escape(start_text(locator, finding.location)) << "</a></td><td>" << escape(summary)
        << links << "</td><td>" << severity_name(finding.severity) << "</td></tr>\n";
  }
  out << "</tbody></table>\n";
}

// Links after a restating passage: to what it restates, and to its finding.
void write_refs(const Analysis& analysis, const Locator& locator, const Marks& marks,
                const Span& here, const std::vector<std::size_t>& findings, std::size_t shown,
                std::string* out) {
  for (const std::size_t index : findings) {
    const Finding& finding = analysis.findings[index];
    const std::string where = finding.restates.document == here.document
                                  ? "line " + std::to_string(locator.start(finding.restates).line)
                                  : start_text(locator, finding.restates);
    *out += "<a class=\"ref restates\" href=\"" + marks.href(finding.restates) + "\" title=\"" +
            escape(std::string(finding_kind_name(finding.kind)) + ", score " +
                   html::score_text(finding.score)) +
            "\">" + (finding.kind == FindingKind::kRestatedParagraph ? "¶" : "↑") +
            " restates " + escape(where) + "</a>";
    if (index < shown) {
      *out += "<a class=\"ref fid\" href=\"#f" + std::to_string(marks.number(index)) + "\">#" +
              std::to_string(marks.number(index)) + "</a>";
    }
  }
}

void write_paragraph(const Analysis& analysis, const Locator& locator, const Passages& passages,
                     const Marks& marks, std::size_t index, std::size_t shown,
                     std::ostream& out) {
  const Paragraph& paragraph = passages.paragraph(index);
  const ParagraphMarks* mark = marks.find(index);
  const std::size_t line = locator.start(paragraph.span).line;
  std::string html = "<p class=\"para";
  if (paragraph.heading) html += " heading";
  if (mark != nullptr && mark->restated) html += " restated";
  if (mark != nullptr && !mark->restates.empty()) html += " restating";
  html += "\" id=\"" + Passages::paragraph_id(index) + "\" data-line=\"" + std::to_string(line) +
          "\"><a class=\"ln\" href=\"#" + Passages::paragraph_id(index) + "\">" +
          std::to_string(line) + "</a>";
  if (paragraph.sentences.empty()) escape(locator.text(paragraph.span), &html);
  for (std::size_t number = 0; number < paragraph.sentences.size(); ++number) {
    const Sentence& sentence = paragraph.sentences[number];
    if (number > 0) html += ' ';
    const SentenceMarks* sentence_marks = nullptr;
    if (mark != nullptr) {
      const auto found = mark->sentences.find(number);
      if (found != mark->sentences.end()) sentence_marks = &found->second;
    }
    if (sentence_marks == nullptr) {
      escape(sentence.text, &html);
      continue;
    }
    html += "<span class=\"s";
    if (!sentence_marks->restates.empty()) html += " restating";
    if (sentence_marks->restated) html += " restated";
    html += "\" id=\"" + Passages::sentence_id(index, number) + "\">";
    escape(sentence.text, &html);
    html += "</span>";
    write_refs(analysis, locator, marks, sentence.span, sentence_marks->restates, shown, &html);
  }
  if (mark != nullptr) write_refs(analysis, locator, marks, paragraph.span, mark->restates, shown, &html);
  out << html << "</p>\n";
}

void write_summary(const Analysis& analysis, const Passages& passages, const Marks& marks,
                   std::ostream& out) {
  std::size_t sentences = 0;
  std::size_t prose_bytes = 0;
  std::size_t restating_bytes = 0;
  for (std::size_t index = 0; index < passages.size(); ++index) {
    const Paragraph& paragraph = passages.paragraph(index);
    const ParagraphMarks* mark = marks.find(index);
    const bool whole = mark != nullptr && !mark->restates.empty();
    for (std::size_t number = 0; number < paragraph.sentences.size(); ++number) {
      const Span& span = paragraph.sentences[number].span;
      ++sentences;
      prose_bytes += span.end - span.begin;
      bool restating = whole;
      if (!restating && mark != nullptr) {
        const auto found = mark->sentences.find(number);
        restating = found != mark->sentences.end() && !found->second.restates.empty();
      }
      if (restating) restating_bytes += span.end - span.begin;
    }
  }
  // Every finding of the run, also those --max-findings leaves out; a
  // restated paragraph's sentences are restated sentences too (as the text
  // report counts them).
  const Totals totals = totals_of(analysis);
  const auto count = [&](FindingKind kind) {
    return totals.by_kind[static_cast<std::size_t>(kind)];
  };
  const std::size_t paragraph_findings = count(FindingKind::kRestatedParagraph);
  const std::size_t sentence_findings =
      count(FindingKind::kRestatedSentence) + totals.in_paragraphs;
  auto figure = [&](const char* name, const std::string& value, bool hot) {
    out << "<div class=\"figure" << (hot ? " hot" : "") << "\"><dt>" << name << "</dt><dd>"
        << value << "</dd></div>";
  };
  out << "<dl class=\"figures\">";
  figure("files", std::to_string(analysis.documents.size()), false);
  figure("paragraphs", std::to_string(passages.size()), false);
  figure("sentences", std::to_string(sentences), false);
  figure("restated paragraphs", std::to_string(paragraph_findings), paragraph_findings > 0);
  figure("restated sentences", std::to_string(sentence_findings), sentence_findings > 0);
  figure("repeated phrases", std::to_string(count(FindingKind::kRepeatedPhrase)), false);
  figure("echoes", std::to_string(count(FindingKind::kEcho)), false);
  figure("overused words", std::to_string(count(FindingKind::kOverusedWord)), false);
  figure("boilerplate", std::to_string(count(FindingKind::kBoilerplate)), false);
  figure("doubled words", std::to_string(count(FindingKind::kDoubledWord)),
         count(FindingKind::kDoubledWord) > 0);
  figure("mirrored pages", std::to_string(count(FindingKind::kMirroredPage)), false);
  figure("of the text restates", percent(restating_bytes, prose_bytes), restating_bytes > 0);
  out << "</dl>\n<p class=\"note\">The share counts the bytes of sentences inside a restating "
         "passage (a restated paragraph counts whole) against all sentences.";
  if (analysis.omitted_findings > 0) {
    out << " " << analysis.omitted_findings
        << " more findings are not listed (--max-findings): they are counted above but not "
           "marked below, nor in the share.";
  }
  if (analysis.baseline_matched + analysis.baseline_stale > 0) {
    out << " Baseline: " << analysis.baseline_matched << " findings accepted, "
        << analysis.baseline_stale << " entries no longer matching.";
  }
  out << "</p>\n";
}

// The inputs left out of the run, before everything else: the report is
// incomplete without them.
void write_input_errors(const Analysis& analysis, std::ostream& out) {
  if (analysis.input_errors.empty()) return;
  out << "<section id=\"errors\"><h2>Files not analysed</h2>\n<ul>\n";
  for (const Error& error : analysis.input_errors) {
    out << "<li><code>" << escape(error_where(error)) << "</code>: " << escape(error_what(error))
        << "</li>\n";
  }
  out << "</ul>\n</section>\n";
}

}  // namespace

void findings_html(const Analysis& analysis, std::ostream& out) {
  const Locator locator(analysis.documents);
  const Passages passages(analysis.documents);
  const Marks marks(analysis, passages);
  // Findings [0, shown) are those side by side: the first kMaxSideBySide restatements.
  std::size_t shown = 0;
  for (std::size_t side_by_side = 0;
       shown < analysis.findings.size() && side_by_side < kMaxSideBySide; ++shown) {
    side_by_side += is_restatement(analysis.findings[shown].kind);
  }
  std::size_t restatements = 0;
  for (const Finding& finding : analysis.findings) restatements += is_restatement(finding.kind);

  std::string title = "twice report";
  if (!analysis.documents.empty()) {
    title += ": " + analysis.documents.front().path;
    if (analysis.documents.size() > 1) {
      title += " and " + std::to_string(analysis.documents.size() - 1) + " more";
    }
  }
  out << "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
         "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
         "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
         "style-src 'unsafe-inline'; script-src 'unsafe-inline'\">\n"
         "<meta name=\"generator\" content=\"twice "
      << kTwiceVersion << "\">\n<title>" << escape(title) << "</title>\n<style>" << html::kStyle
      << "</style>\n</head>\n<body>\n";
  out << "<header class=\"top\"><h1>" << escape(title) << "</h1><p>";
  out << (restatements == 0 ? "No passage restates an earlier one."
                                    : "Passages that restate earlier ones, with what they share.")
      << "</p>\n<nav><a href=\"#summary\">Summary</a><a href=\"#map\">Map</a>"
         "<a href=\"#findings\">Findings</a><a href=\"#tics\">Phrases and words</a>"
         "<a href=\"#documents\">Documents</a></nav></header>\n"
         "<main>\n";

  write_input_errors(analysis, out);
  out << "<section id=\"summary\"><h2>Summary</h2>\n";
  write_summary(analysis, passages, marks, out);
  out << "</section>\n<section id=\"map\"><h2>Where the text repeats itself</h2>\n"
         "<div class=\"map\">\n";
  html::write_heat_map(analysis, locator, passages, shown, out);
  out << "</div>\n</section>\n";

  out << "<section id=\"findings\"><h2>Findings</h2>\n";
  if (restatements == 0) out << "<p class=\"note\">No findings.</p>\n";
  std::size_t side_by_side = 0;
  for (std::size_t index = 0; index < shown; ++index) {
    if (!is_restatement(analysis.findings[index].kind)) continue;
    write_finding(analysis, locator, passages, marks, index, out);
    ++side_by_side;
  }
  if (side_by_side < restatements) {
    out << "<p class=\"note\">The first " << side_by_side << " of " << restatements
        << " findings are shown side by side; every finding is marked in the documents below "
           "and in the map.</p>\n";
  }
  out << "</section>\n";
  const bool only_marked = passages.size() > kMaxDocumentParagraphs;
  out << "<section id=\"tics\"><h2>Repeated phrases, echoes and overused words</h2>\n";
  write_tics(analysis, locator, passages, marks, only_marked, out);
  out << "</section>\n";

  out << "<section id=\"documents\"><h2>Documents</h2>\n";
  if (only_marked) {
    out << "<p class=\"note\">" << passages.size() << " paragraphs: only those that restate or "
        << "are restated are shown.</p>\n";
  }
  for (std::uint32_t document = 0; document < analysis.documents.size(); ++document) {
    out << "<section class=\"doc\" id=\"d" << document << "\"><h3>"
        << escape(analysis.documents[document].path) << "</h3>\n";
    const std::size_t end = document + 1 < analysis.documents.size()
                                ? passages.first_of(document + 1)
                                : passages.size();
    bool skipped = false;
    for (std::size_t index = passages.first_of(document); index < end; ++index) {
      if (only_marked && marks.find(index) == nullptr) {
        skipped = true;
        continue;
      }
      if (skipped) out << "<p class=\"gap\">…</p>\n";
      skipped = false;
      write_paragraph(analysis, locator, passages, marks, index, shown, out);
    }
    if (skipped) out << "<p class=\"gap\">…</p>\n";
    out << "</section>\n";
  }
  out << "</section>\n</main>\n<script>" << html::kScript << "</script>\n</body>\n</html>\n";
}

}  // namespace twice::report
