// Pieces of the HTML report: html.cc writes the page, html_map.cc the
// paragraph heat map and the index that maps spans to element ids.
//
// Element ids, stable for links and tests: "f7" is the 7th finding (1-based,
// report order), "p12" the 13th paragraph of the run (0-based, documents in
// run order), "s12-3" its 4th sentence.
#ifndef TWICE_REPORT_HTML_H_
#define TWICE_REPORT_HTML_H_

#include <cstddef>
#include <cstdint>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "twice/analyze.h"
#include "twice/document.h"
#include "twice/report/locate.h"

namespace twice::report::html {

// Appends `text` with & < > " ' as entities: safe as element content and as
// a quoted attribute value. Nothing else is changed.
void escape(std::string_view text, std::string* out);
std::string escape(std::string_view text);

// The run's paragraphs under one numbering, and spans located in them.
// O(paragraphs) to build; lookups O(log paragraphs + log sentences).
class Passages {
 public:
  static constexpr std::size_t kNone = static_cast<std::size_t>(-1);

  explicit Passages(const std::vector<Document>& documents);

  std::size_t size() const { return paragraphs_.size(); }
  const Paragraph& paragraph(std::size_t index) const { return *paragraphs_[index]; }
  std::uint32_t document_of(std::size_t index) const { return documents_[index]; }
  // The index of the document's first paragraph (size() when it has none).
  std::size_t first_of(std::uint32_t document) const { return firsts_[document]; }

  // The paragraph that holds the span's first byte (the nearest before it
  // when the span lies between paragraphs); kNone when its document has none.
  std::size_t paragraph_of(const Span& span) const;
  // The sentence of `paragraph` that holds the span's first byte; kNone if none.
  std::size_t sentence_of(std::size_t paragraph, const Span& span) const;

  static std::string paragraph_id(std::size_t paragraph);
  static std::string sentence_id(std::size_t paragraph, std::size_t sentence);

 private:
  std::vector<const Paragraph*> paragraphs_;
  std::vector<std::uint32_t> documents_;
  std::vector<std::size_t> firsts_;  // one per document, plus size() at the end
};

// The paragraph-by-paragraph similarity map as an inline <svg> plus its
// legend and hover line. A cell is the best score of the findings between
// two paragraphs (paragraph findings, sentence findings and evidence pairs,
// aggregated by the paragraphs that hold them); the analysis has no full
// matrix, so pairs without a finding are blank. Above kMaxCells paragraphs
// a cell is a bucket of consecutive paragraphs. Each cell links to the
// pair's paragraph finding, else its best sentence finding; to the later
// paragraph when that finding is not shown side by side (index >= shown).
inline constexpr std::size_t kMaxCells = 120;
void write_heat_map(const Analysis& analysis, const Locator& locator, const Passages& passages,
                    std::size_t shown, std::ostream& out);

// The page's inline CSS and script (html_style.cc). The script marks
// <html data-twice-script="ran"> so that tests can tell scripts run.
extern const char* const kStyle;
extern const char* const kScript;

// Score as the text report prints it: two decimals.
std::string score_text(double score);

}  // namespace twice::report::html

#endif  // TWICE_REPORT_HTML_H_
