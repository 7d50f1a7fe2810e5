// The HTML report's paragraph heat map, and the span -> element id index.
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <map>
#include <ostream>
#include <string>
#include <utility>
#include <vector>

#include "twice/report/html.h"
#include "twice/report/locate.h"

namespace twice::report::html {
namespace {

constexpr double kMaxGrid = 480;  // px, the square the cells fill
constexpr double kMinGrid = 240;
constexpr double kMaxCellSize = 32;  // px: a short draft gets a small map
constexpr double kLeft = 56;   // px, room for the row labels
constexpr double kTop = 8;
constexpr double kBottom = 44;  // px, room for the column labels and title
constexpr double kRight = 8;
constexpr double kFileLabels = 160;  // px right of the grid for file names (multi-file runs)
constexpr double kCharWidth = 6.5;  // px, about one character of a label, to keep labels apart

std::string number(double value) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.2f", value);
  return buffer;
}

// Scores from 0.2 (pale yellow) through orange to 1.0 (dark red): findings
// start near the paragraph floor (0.25), and a near-copy should shout.
std::string colour(double score) {
  struct Stop {
    double at;
    int r, g, b;
  };
  static constexpr Stop kStops[] = {{0.0, 254, 224, 139}, {0.5, 244, 109, 67}, {1.0, 165, 0, 38}};
  const double t = std::clamp((score - 0.2) / 0.8, 0.0, 1.0);
  const Stop& low = t <= 0.5 ? kStops[0] : kStops[1];
  const Stop& high = t <= 0.5 ? kStops[1] : kStops[2];
  const double f = (t - low.at) / (high.at - low.at);
  auto mix = [f](int a, int b) { return std::to_string(static_cast<int>(std::lround(a + (b - a) * f))); };
  return "rgb(" + mix(low.r, high.r) + "," + mix(low.g, high.g) + "," + mix(low.b, high.b) + ")";
}

struct Cell {
  double best = 0;                     // best score of any finding or evidence pair here
  std::size_t findings = 0;            // findings whose two passages fall in this cell
  std::size_t link = Passages::kNone;  // finding the cell opens
  bool link_is_paragraph = false;
  double link_score = 0;
};

// Consecutive paragraphs grouped into at most kMaxCells buckets.
class Buckets {
 public:
  explicit Buckets(std::size_t paragraphs)
      : paragraphs_(paragraphs), count_(std::min(paragraphs, kMaxCells)) {}
  std::size_t count() const { return count_; }
  std::size_t of(std::size_t paragraph) const { return paragraph * count_ / paragraphs_; }
  std::size_t first(std::size_t bucket) const {
    return (bucket * paragraphs_ + count_ - 1) / count_;
  }
  std::size_t last(std::size_t bucket) const { return first(bucket + 1) - 1; }

 private:
  std::size_t paragraphs_;
  std::size_t count_;
};

// "path:5", or "path:5–9" / "path:5 – other:2" for a bucket.
std::string describe(const Locator& locator, const Passages& passages, const Buckets& buckets,
                     std::size_t bucket) {
  const Span& first = passages.paragraph(buckets.first(bucket)).span;
  const Span& last = passages.paragraph(buckets.last(bucket)).span;
  std::string out = locator.path(first) + ":" + std::to_string(locator.start(first).line);
  if (buckets.last(bucket) == buckets.first(bucket)) return out;
  if (first.document == last.document) return out + "–" + std::to_string(locator.start(last).line);
  return out + " – " + locator.path(last) + ":" + std::to_string(locator.start(last).line);
}

std::map<std::pair<std::size_t, std::size_t>, Cell> cells(const Analysis& analysis,
                                                         const Passages& passages,
                                                         const Buckets& buckets) {
  std::map<std::pair<std::size_t, std::size_t>, Cell> out;
  for (std::size_t index = 0; index < analysis.findings.size(); ++index) {
    const Finding& finding = analysis.findings[index];
    if (!is_restatement(finding.kind)) continue;  // the map shows restatements only
    const std::size_t later = passages.paragraph_of(finding.location);
    const std::size_t earlier = passages.paragraph_of(finding.restates);
    if (later == Passages::kNone || earlier == Passages::kNone) continue;
    Cell& cell = out[{buckets.of(later), buckets.of(earlier)}];
    ++cell.findings;
    cell.best = std::max(cell.best, finding.score);
    for (const Finding& pair : finding.evidence) cell.best = std::max(cell.best, pair.score);
    const bool paragraph = finding.kind == FindingKind::kRestatedParagraph;
    const bool better = cell.link == Passages::kNone ||
                        (paragraph && !cell.link_is_paragraph) ||
                        (paragraph == cell.link_is_paragraph && finding.score > cell.link_score);
    if (better) {
      cell.link = index;
      cell.link_is_paragraph = paragraph;
      cell.link_score = finding.score;
    }
  }
  return out;
}

// A file's name where its paragraphs start along both axes; a label that
// would overlap the one before is left out (the tooltips still name files).
template <typename X, typename Y>
void write_file_labels(const Analysis& analysis, const Passages& passages, const Buckets& buckets,
                       const X& x, const Y& y, double top, double grid_right,
                       std::ostream& out) {
  double free_x = 0;
  double free_y = 0;
  for (std::uint32_t document = 0; document < analysis.documents.size(); ++document) {
    const std::size_t first = passages.first_of(document);
    if (first >= passages.size() || (document + 1 < analysis.documents.size() &&
                                     passages.first_of(document + 1) == first)) {
      continue;  // no paragraphs
    }
    std::string name = analysis.documents[document].path;
    if (name.size() > 24) {
      std::size_t from = name.size() - 23;
      while (from < name.size() && (static_cast<unsigned char>(name[from]) & 0xC0) == 0x80) ++from;
      name = "…" + name.substr(from);
    }
    const std::size_t bucket = buckets.of(first);
    const double column = std::stod(x(bucket));
    const double row = std::stod(y(bucket));
    if (column >= free_x) {
      out << "<text class=\"file\" x=\"" << x(bucket) << "\" y=\"" << number(top - 6)
          << "\">" << escape(name) << "</text>";
      free_x = column + kCharWidth * static_cast<double>(name.size()) + 8;
    }
    if (row >= free_y) {
      out << "<text class=\"file\" x=\"" << number(grid_right + 6) << "\" y=\""
          << number(row + 11) << "\">" << escape(name) << "</text>";
      free_y = row + 14;
    }
    out << "\n";
  }
}

}  // namespace

Passages::Passages(const std::vector<Document>& documents) {
  for (std::uint32_t document = 0; document < documents.size(); ++document) {
    firsts_.push_back(paragraphs_.size());
    for (const Paragraph& paragraph : documents[document].paragraphs) {
      paragraphs_.push_back(&paragraph);
      documents_.push_back(document);
    }
  }
  firsts_.push_back(paragraphs_.size());
}

std::size_t Passages::paragraph_of(const Span& span) const {
  if (span.document + 1 >= firsts_.size()) return kNone;
  const std::size_t first = firsts_[span.document];
  const std::size_t end = firsts_[span.document + 1];
  if (first == end) return kNone;
  const auto begin = paragraphs_.begin();
  const auto after = std::upper_bound(
      begin + first, begin + end, span.begin,
      [](std::size_t offset, const Paragraph* paragraph) { return offset < paragraph->span.begin; });
  if (after == begin + first) return first;
  return static_cast<std::size_t>(after - begin) - 1;
}

std::size_t Passages::sentence_of(std::size_t paragraph, const Span& span) const {
  const std::vector<Sentence>& sentences = paragraphs_[paragraph]->sentences;
  const auto after = std::upper_bound(
      sentences.begin(), sentences.end(), span.begin,
      [](std::size_t offset, const Sentence& sentence) { return offset < sentence.span.begin; });
  if (after == sentences.begin()) return kNone;
  const std::size_t index = static_cast<std::size_t>(after - sentences.begin()) - 1;
  return span.begin < sentences[index].span.end ? index : kNone;
}

std::string Passages::paragraph_id(std::size_t paragraph) {
  return "p" + std::to_string(paragraph);
}

std::string Passages::sentence_id(std::size_t paragraph, std::size_t sentence) {
  return "s" + std::to_string(paragraph) + "-" + std::to_string(sentence);
}

std::string score_text(double score) { return number(score); }

void write_heat_map(const Analysis& analysis, const Locator& locator, const Passages& passages,
                    std::size_t shown, std::ostream& out) {
  if (passages.size() == 0) {
    out << "<p class=\"note\">No paragraphs to map.</p>\n";
    return;
  }
  // On a multi-file run the files are named along the top (columns) and
  // the right (rows), at their first paragraph, beside the dashed edges.
  const bool files = analysis.documents.size() > 1;
  const double top = files ? kTop + 16 : kTop;
  const double right = files ? kRight + kFileLabels : kRight;
  const Buckets buckets(passages.size());
  const std::size_t n = buckets.count();
  const double grid = std::clamp(kMaxCellSize * static_cast<double>(n), kMinGrid, kMaxGrid);
  const double cell = grid / static_cast<double>(n);
  auto x = [&](std::size_t bucket) { return number(kLeft + cell * static_cast<double>(bucket)); };
  auto y = [&](std::size_t bucket) { return number(top + cell * static_cast<double>(bucket)); };

  out << "<svg class=\"heat\" role=\"img\" aria-label=\"Paragraph similarity map\" viewBox=\"0 0 "
      << number(kLeft + grid + right) << " " << number(top + grid + kBottom) << "\" width=\""
      << number(kLeft + grid + right) << "\" height=\"" << number(top + grid + kBottom)
      << "\">\n";
  // The lower triangle, diagonal included: where a later paragraph meets an earlier one.
  out << "<path class=\"tri\" d=\"M" << x(0) << " " << y(0);
  for (std::size_t bucket = 0; bucket < n; ++bucket) out << "H" << x(bucket + 1) << "V" << y(bucket + 1);
  out << "H" << x(0) << "Z\"/>\n";
  for (std::uint32_t document = 1; document < analysis.documents.size(); ++document) {
    const std::size_t first = passages.first_of(document);
    if (first >= passages.size()) continue;
    const std::size_t bucket = buckets.of(first);
    out << "<path class=\"doc-edge\" d=\"M" << x(0) << " " << y(bucket) << "H" << x(bucket) << "V"
        << y(n) << "\"/>\n";
  }

  // Cards are numbered among the restatements, #1 first (html.cc's Marks).
  std::vector<std::size_t> card(analysis.findings.size(), 0);
  for (std::size_t index = 0, number = 0; index < analysis.findings.size(); ++index) {
    if (is_restatement(analysis.findings[index].kind)) card[index] = ++number;
  }
  const double gap = std::min(1.0, cell * 0.08);
  for (const auto& [where, value] : cells(analysis, passages, buckets)) {
    const auto [row, column] = where;
    const Finding& target = analysis.findings[value.link];
    std::string tip = describe(locator, passages, buckets, row) + " restates " +
                      describe(locator, passages, buckets, column) + ": best score " +
                      number(value.best) + ", " + std::to_string(value.findings) +
                      (value.findings == 1 ? " finding" : " findings");
    const std::string href =
        value.link < shown ? "#f" + std::to_string(card[value.link])
                           : "#" + Passages::paragraph_id(passages.paragraph_of(target.location));
    out << "<a class=\"cell\" href=\"" << href << "\" data-tip=\"" << escape(tip) << "\"><rect x=\""
        << x(column) << "\" y=\"" << y(row) << "\" width=\"" << number(cell) << "\" height=\""
        << number(cell) << "\" fill=\"" << colour(value.best) << "\" stroke-width=\""
        << number(gap) << "\"><title>" << escape(tip) << "</title></rect></a>\n";
  }

  const std::size_t step = std::max<std::size_t>(1, (n + 11) / 12);
  for (std::size_t bucket = 0; bucket < n; bucket += step) {
    const std::string line =
        std::to_string(locator.start(passages.paragraph(buckets.first(bucket)).span).line);
    out << "<text class=\"tick\" x=\"" << number(kLeft - 6) << "\" y=\""
        << number(top + cell * (static_cast<double>(bucket) + 0.5) + 4)
        << "\" text-anchor=\"end\">" << line << "</text>";
    out << "<text class=\"tick\" x=\"" << number(kLeft + cell * (static_cast<double>(bucket) + 0.5))
        << "\" y=\"" << number(top + grid + 14) << "\" text-anchor=\"middle\">" << line
        << "</text>\n";
  }
  if (files) write_file_labels(analysis, passages, buckets, x, y, top, kLeft + grid, out);
  out << "<text class=\"axis\" x=\"" << number(kLeft + grid / 2) << "\" y=\""
      << number(top + grid + 36) << "\" text-anchor=\"middle\">" << (files ? "earlier paragraph (line; files above)" : "earlier paragraph (line)") << "</text>\n";
  out << "<text class=\"axis\" transform=\"translate(14 " << number(top + grid / 2)
      << ") rotate(-90)\" text-anchor=\"middle\">" << (files ? "later paragraph (line; files right)" : "later paragraph (line)") << "</text>\n";
  out << "</svg>\n";

  out << "<div class=\"map-legend\">\n<div class=\"scale\">";
  for (const double score : {0.2, 0.4, 0.6, 0.8, 1.0}) {
    out << "<span><i style=\"background:" << colour(score) << "\"></i>" << number(score)
        << "</span>";
  }
  out << "</div>\n<p>A square is a pair of paragraphs: the row restates the column. Its colour "
         "is the best score among the findings between the two (paragraph and sentence "
         "findings, and the sentence pairs behind a paragraph finding). The map is computed "
         "from the findings alone, so pairs without a finding stay blank; dashed lines separate "
         "files.</p>\n";
  if (n < passages.size()) {
    out << "<p class=\"note\">" << passages.size() << " paragraphs, grouped into " << n
        << " runs of consecutive paragraphs: a square covers every pair between two runs.</p>\n";
  }
  out << "<p id=\"map-tip\" class=\"tip\" aria-live=\"polite\">Point at a square to see the pair; "
         "click it to open the finding.</p>\n</div>\n";
}

}  // namespace twice::report::html
