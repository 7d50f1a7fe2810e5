// The HTML report: one self-contained page for a writer and an editor.
//
// Summary figures, the paragraph heat map (html_map.cc), each finding with
// its two passages side by side and their shared words marked, then the
// documents with every restating passage marked and linked to what it
// restates. Nothing is loaded from anywhere: inline CSS, a few lines of
// inline script, system fonts, and a Content-Security-Policy that forbids
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

constexpr const char* kStyle = R"css(
:root{--fg:#1f2328;--muted:#59636e;--line:#d1d9e0;--panel:#f6f8fa;--later:#cf222e;
--later-bg:#fff1f0;--earlier:#0969da;--earlier-bg:#eef5ff;--mark:#ffe58f;--link:#0969da}
*{box-sizing:border-box}
body{margin:0;color:var(--fg);background:#fff;
font:15px/1.55 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans","Liberation Sans",Arial,sans-serif}
a{color:var(--link);text-decoration:none}a:hover{text-decoration:underline}
.top{background:var(--panel);border-bottom:1px solid var(--line);padding:16px 32px}
.top h1{margin:0;font-size:22px}.top p{margin:2px 0 0;color:var(--muted)}
.top nav{margin-top:8px}.top nav a{margin-right:16px;font-weight:600}
main{max-width:1240px;margin:0 auto;padding:8px 32px 64px}
h2{font-size:19px;margin:28px 0 12px;padding-bottom:6px;border-bottom:1px solid var(--line)}
.figures{display:grid;grid-template-columns:repeat(auto-fit,minmax(150px,1fr));gap:12px;margin:0}
.figure{border:1px solid var(--line);border-radius:8px;padding:10px 14px;margin:0}
.figure dt{color:var(--muted);font-size:13px}.figure dd{margin:0;font-size:26px;font-weight:600}
.figure.hot dd{color:var(--later)}
.note{color:var(--muted);font-style:italic}
.map{display:flex;gap:28px;flex-wrap:wrap;align-items:flex-start}
.heat{max-width:100%;height:auto;font-size:11px;fill:var(--muted)}
.heat .tri{fill:#f3f4f6}.heat .doc-edge{fill:none;stroke:#8c959f;stroke-dasharray:4 3}
.heat .cell rect{stroke:#fff;cursor:pointer}.heat .cell:hover rect{stroke:#1f2328;stroke-width:2}
.heat .axis{font-size:12px;fill:var(--fg)}
.map-legend{flex:1;min-width:260px;max-width:520px;color:var(--muted);font-size:14px}
.scale{display:flex;gap:10px;font-size:12px}.scale i{display:inline-block;width:22px;height:14px;
margin-right:4px;vertical-align:-2px;border-radius:2px}
.tip{color:var(--fg);font-weight:600;min-height:3em}
.finding{border:1px solid var(--line);border-radius:8px;margin:0 0 16px;padding:12px 16px;
content-visibility:auto;contain-intrinsic-size:auto 16em}
.finding:target{outline:3px solid var(--link);outline-offset:2px}
.finding header{display:flex;flex-wrap:wrap;gap:6px 14px;align-items:baseline;margin-bottom:8px}
.finding .num{font-weight:700}.finding .kind{font-weight:600}
.finding .score{font-variant-numeric:tabular-nums}
.sev{font-size:12px;border-radius:10px;padding:0 8px;border:1px solid}
.sev-error{color:#cf222e}.sev-warning{color:#9a6700}.sev-info{color:#0969da}
.pair{display:grid;grid-template-columns:1fr 1fr;gap:14px}
.side{border-left:4px solid;padding:6px 12px;border-radius:4px}
.side h3{margin:0 0 4px;font-size:13px;font-weight:600;color:var(--muted)}
.side p{margin:0}
.side.later{border-color:var(--later);background:var(--later-bg)}
.side.earlier{border-color:var(--earlier);background:var(--earlier-bg)}
.side .ev{box-shadow:inset 0 -2px 0 currentColor}.later .ev{color:#82071e}.earlier .ev{color:#0a3069}
mark{background:var(--mark);color:inherit;border-radius:2px;padding:0 1px}
.evidence{margin:8px 0 0;padding-left:22px;font-size:13px;color:var(--muted)}
.doc h3{font-size:16px;margin:20px 0 8px}
.para{position:relative;margin:0 0 10px;padding:4px 8px 4px 52px;border-left:4px solid transparent;
content-visibility:auto;contain-intrinsic-size:auto 4.5em}
.para .ln{position:absolute;left:8px;top:4px;width:36px;text-align:right;color:var(--muted);
font-size:12px;font-variant-numeric:tabular-nums}
.para.heading{font-weight:700}
.para.restated{border-left-color:var(--earlier)}
.para.restating{border-left-color:var(--later);background:var(--later-bg)}
.para:target,.s:target{outline:2px solid var(--link);outline-offset:1px}
.s.restating{background:#ffd8d3}.s.restated{text-decoration:underline dotted var(--earlier);
text-decoration-thickness:2px}
.ref{font-size:12px;font-weight:600;white-space:nowrap;margin-left:4px}
.ref.fid{color:var(--muted)}
.gap{color:var(--muted);margin:0 0 10px 52px}
@media (max-width:800px){.pair{grid-template-columns:1fr}main{padding:8px 12px}}
)css";

// Hover on a map square names the pair; the attribute tells tests that
// scripts run (so a planted script that did not run means escaping worked).
constexpr const char* kScript = R"js(
(function () {
  "use strict";
  document.documentElement.setAttribute("data-twice-script", "ran");
  var tip = document.getElementById("map-tip");
  var cells = document.querySelectorAll("a.cell");
  for (var i = 0; i < cells.length; i++) {
    cells[i].addEventListener("mouseenter", function (event) {
      if (tip) tip.textContent = event.currentTarget.getAttribute("data-tip");
    });
  }
})();
)js";

struct SentenceMarks {
  std::vector<std::size_t> restates;  // sentence findings whose later passage it is
  bool restated = false;              // the earlier passage of a finding
  bool anchored = false;              // a finding links to it
};

struct ParagraphMarks {
  std::vector<std::size_t> restates;  // paragraph findings whose later passage it is
  bool restated = false;
  std::map<std::size_t, SentenceMarks> sentences;
};

// Everything the findings mark, by paragraph: O(findings), not O(text).
class Marks {
 public:
  Marks(const Analysis& analysis, const Passages& passages) : passages_(passages) {
    for (std::size_t index = 0; index < analysis.findings.size(); ++index) {
      const Finding& finding = analysis.findings[index];
      const std::size_t later = passages.paragraph_of(finding.location);
      const std::size_t earlier = passages.paragraph_of(finding.restates);
      if (later == Passages::kNone || earlier == Passages::kNone) continue;
      if (finding.kind == FindingKind::kRestatedParagraph) {
        marks_[later].restates.push_back(index);
        marks_[earlier].restated = true;
        for (const Finding& pair : finding.evidence) {
          anchor(pair.location);
          anchor(pair.restates);
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

  const ParagraphMarks* find(std::size_t paragraph) const {
    const auto found = marks_.find(paragraph);
    return found == marks_.end() ? nullptr : &found->second;
  }

  // "#s3-1" for a sentence span, "#p3" for any other span.
  std::string href(const Span& span) const {
    const std::size_t paragraph = passages_.paragraph_of(span);
    const std::size_t sentence = passages_.sentence_of(paragraph, span);
    const bool whole = passages_.paragraph(paragraph).span.begin == span.begin &&
                       passages_.paragraph(paragraph).span.end == span.end;
    if (whole || sentence == Passages::kNone) return "#" + Passages::paragraph_id(paragraph);
    return "#" + Passages::sentence_id(paragraph, sentence);
  }

 private:
  SentenceMarks* mark(const Span& span) {
    const std::size_t paragraph = passages_.paragraph_of(span);
    const std::size_t sentence = passages_.sentence_of(paragraph, span);
    if (sentence == Passages::kNone) return nullptr;
    SentenceMarks* marks = &marks_[paragraph].sentences[sentence];
    marks->anchored = true;
    return marks;
  }
  void anchor(const Span& span) { mark(span); }

  const Passages& passages_;
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

// A passage for the side-by-side view: its words shared with `other`
// marked, and the sentences in `tinted` (spans inside it) underlined.
std::string passage_html(const Locator& locator, const Span& span, const TermSet& other,
                         std::vector<Span> tinted) {
  std::string_view text = locator.text(span);
  bool cut = false;
  if (text.size() > kMaxPassageBytes) {
    std::size_t end = kMaxPassageBytes;
    while (end > 0 && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80) --end;
    text = text.substr(0, end);
    cut = true;
  }
  std::sort(tinted.begin(), tinted.end(),
            [](const Span& a, const Span& b) { return a.begin < b.begin; });
  std::string out;
  std::size_t at = 0;  // relative to span.begin
  for (const Span& piece : tinted) {
    if (piece.begin < span.begin + at || piece.end > span.end) continue;
    const std::size_t begin = std::min(piece.begin - span.begin, text.size());
    const std::size_t end = std::min(piece.end - span.begin, text.size());
    marked(text.substr(at, begin - at), other, &out);
    out += "<span class=\"ev\">";
    marked(text.substr(begin, end - begin), other, &out);
    out += "</span>";
    at = end;
  }
  marked(text.substr(at), other, &out);
  if (cut) out += "… <em class=\"note\">(cut here; the whole passage is in the document)</em>";
  return out;
}

void write_finding(const Analysis& analysis, const Locator& locator, const Marks& marks,
                   std::size_t index, std::ostream& out) {
  const Finding& finding = analysis.findings[index];
  const bool paragraph = finding.kind == FindingKind::kRestatedParagraph;
  const std::string later = start_text(locator, finding.location);
  const std::string earlier = start_text(locator, finding.restates);
  const std::string later_text(locator.text(finding.location));
  const std::string earlier_text(locator.text(finding.restates));
  std::vector<Span> later_tint;
  std::vector<Span> earlier_tint;
  for (const Finding& pair : finding.evidence) {
    later_tint.push_back(pair.location);
    if (std::none_of(earlier_tint.begin(), earlier_tint.end(),
                     [&](const Span& s) { return s.begin == pair.restates.begin; })) {
      earlier_tint.push_back(pair.restates);
    }
  }
  const std::string id = std::to_string(index + 1);
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
      << passage_html(locator, finding.location, content_terms(earlier_text), later_tint)
      << "</p></div>\n";
  out << "<div class=\"side earlier\"><h3>restates: <a class=\"to-earlier\" href=\""
      << marks.href(finding.restates) << "\">" << escape(earlier) << "</a></h3><p>"
      << passage_html(locator, finding.restates, content_terms(later_text), earlier_tint)
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
  out << "</article>\n";
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
      *out += "<a class=\"ref fid\" href=\"#f" + std::to_string(index + 1) + "\">#" +
              std::to_string(index + 1) + "</a>";
    }
  }
}

void write_paragraph(const Analysis& analysis, const Locator& locator, const Passages& passages,
                     const Marks& marks, std::size_t index, std::size_t shown,
                     std::ostream& out) {
  const Paragraph& paragraph = passages.paragraph(index);
  const ParagraphMarks* mark = marks.find(index);
  const std::string_view text = locator.text(paragraph.span);
  const std::size_t line = locator.start(paragraph.span).line;
  std::string html = "<p class=\"para";
  if (paragraph.heading) html += " heading";
  if (mark != nullptr && mark->restated) html += " restated";
  if (mark != nullptr && !mark->restates.empty()) html += " restating";
  html += "\" id=\"" + Passages::paragraph_id(index) + "\" data-line=\"" + std::to_string(line) +
          "\"><a class=\"ln\" href=\"#" + Passages::paragraph_id(index) + "\">" +
          std::to_string(line) + "</a>";
  std::size_t at = 0;  // relative to the paragraph's first byte
  if (mark != nullptr) {
    for (const auto& [number, sentence_marks] : mark->sentences) {
      const Span& span = paragraph.sentences[number].span;
      if (span.begin < paragraph.span.begin + at || span.end > paragraph.span.end) continue;
      const std::size_t begin = span.begin - paragraph.span.begin;
      const std::size_t end = span.end - paragraph.span.begin;
      escape(text.substr(at, begin - at), &html);
      html += "<span class=\"s";
      if (!sentence_marks.restates.empty()) html += " restating";
      if (sentence_marks.restated) html += " restated";
      html += "\" id=\"" + Passages::sentence_id(index, number) + "\">";
      escape(text.substr(begin, end - begin), &html);
      html += "</span>";
      write_refs(analysis, locator, marks, span, sentence_marks.restates, shown, &html);
      at = end;
    }
  }
  escape(text.substr(at), &html);
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
  std::size_t paragraph_findings = 0;
  for (const Finding& finding : analysis.findings) {
    if (finding.kind == FindingKind::kRestatedParagraph) ++paragraph_findings;
  }
  auto figure = [&](const char* name, const std::string& value, bool hot) {
    out << "<div class=\"figure" << (hot ? " hot" : "") << "\"><dt>" << name << "</dt><dd>"
        << value << "</dd></div>";
  };
  out << "<dl class=\"figures\">";
  figure("files", std::to_string(analysis.documents.size()), false);
  figure("paragraphs", std::to_string(passages.size()), false);
  figure("sentences", std::to_string(sentences), false);
  figure("restated paragraphs", std::to_string(paragraph_findings), paragraph_findings > 0);
  figure("restated sentences", std::to_string(analysis.findings.size() - paragraph_findings),
         analysis.findings.size() > paragraph_findings);
  figure("of the text restates", percent(restating_bytes, prose_bytes), restating_bytes > 0);
  out << "</dl>\n<p class=\"note\">The share counts the bytes of sentences inside a restating "
         "passage (a restated paragraph counts whole) against all sentences.";
  if (analysis.omitted_findings > 0) {
    out << " " << analysis.omitted_findings
        << " more findings are not listed (--max-findings) and not counted here.";
  }
  if (analysis.baseline_matched + analysis.baseline_stale > 0) {
    out << " Baseline: " << analysis.baseline_matched << " findings accepted, "
        << analysis.baseline_stale << " entries no longer matching.";
  }
  out << "</p>\n";
}

}  // namespace

void findings_html(const Analysis& analysis, std::ostream& out) {
  const Locator locator(analysis.documents);
  const Passages passages(analysis.documents);
  const Marks marks(analysis, passages);
  const std::size_t shown = std::min(analysis.findings.size(), kMaxSideBySide);

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
      << kTwiceVersion << "\">\n<title>" << escape(title) << "</title>\n<style>" << kStyle
      << "</style>\n</head>\n<body>\n";
  out << "<header class=\"top\"><h1>" << escape(title) << "</h1><p>";
  out << (analysis.findings.empty() ? "No passage restates an earlier one."
                                    : "Passages that restate earlier ones, with what they share.")
      << "</p>\n<nav><a href=\"#summary\">Summary</a><a href=\"#map\">Map</a>"
         "<a href=\"#findings\">Findings</a><a href=\"#documents\">Documents</a></nav></header>\n"
         "<main>\n";

  out << "<section id=\"summary\"><h2>Summary</h2>\n";
  write_summary(analysis, passages, marks, out);
  out << "</section>\n<section id=\"map\"><h2>Where the text repeats itself</h2>\n"
         "<div class=\"map\">\n";
  html::write_heat_map(analysis, locator, passages, shown, out);
  out << "</div>\n</section>\n";

  out << "<section id=\"findings\"><h2>Findings</h2>\n";
  if (analysis.findings.empty()) out << "<p class=\"note\">No findings.</p>\n";
  for (std::size_t index = 0; index < shown; ++index) {
    write_finding(analysis, locator, marks, index, out);
  }
  if (shown < analysis.findings.size()) {
    out << "<p class=\"note\">The first " << shown << " of " << analysis.findings.size()
        << " findings are shown side by side; every finding is marked in the documents below "
           "and in the map.</p>\n";
  }
  out << "</section>\n";

  out << "<section id=\"documents\"><h2>Documents</h2>\n";
  const bool only_marked = passages.size() > kMaxDocumentParagraphs;
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
  out << "</section>\n</main>\n<script>" << kScript << "</script>\n</body>\n</html>\n";
}

}  // namespace twice::report
