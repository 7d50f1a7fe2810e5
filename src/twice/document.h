// The segmented text: documents, paragraphs, sentences and the spans that tie
// them to the bytes they came from.
//
// A Span is a half-open byte range [begin, end) in one source file's bytes
// (the file as read, BOM and CRLF included). Lines and columns are derived
// from a span only at the edge, by LineIndex, so nothing upstream can get
// them out of step with the bytes.
#ifndef TWICE_DOCUMENT_H_
#define TWICE_DOCUMENT_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace twice {

// One input: a path as the user named it ("-" for stdin) and its bytes.
struct Source {
  std::string path;
  std::string bytes;
};

struct Span {
  std::uint32_t document = 0;  // index into the run's documents
  std::size_t begin = 0;       // first byte
  std::size_t end = 0;         // one past the last byte
};

// A byte range [begin, end) of some text held elsewhere (a sentence's text).
struct ByteRange {
  std::size_t begin = 0;
  std::size_t end = 0;
};

struct Sentence {
  Span span;
  // The sentence as twice reads it: Markdown markup removed, each line break
  // inside it shown as one space. Not normalised.
  std::string text;
  // The terms that enter its vector, in order: normalised, stop words removed.
  std::vector<std::string> terms;
  // Its stop words, normalised, when Options::stopword_weight lets them into
  // its vector (empty otherwise).
  std::vector<std::string> stop_words;
  // Number of tokens that are not stop words (min_words counts these); an
  // inline code span is one.
  int content_words = 0;
  // Inline code spans (Markdown `code`): byte ranges of `text`, in order.
  // Each is one opaque term, never split into words (text/tokenize.h).
  std::vector<ByteRange> code;
  // Per inline code span, in the order of `code`: the terms of the words it
  // is made of (`Permalink`: permalink; `http.proxy-cainfo`: http, proxi,
  // cainfo), so that it can name a page's or a section's subject
  // (detect/evidence.h, Evidence::parallel). Not in its vector.
  std::vector<std::vector<std::string>> code_words;
  // In English: it holds a negation (text::negates: "not", "never",
  // "don't"). Two sentences alike but for a negation state opposite cases
  // ("List content that is not draft, future, or expired." / "List all
  // content including draft, future, and expired."; detect/evidence.h).
  bool negated = false;
  // In English: its first word opens one case of several (text::opens_case:
  // "If ...", "When ...", "On Windows ..."). Two such sentences in one
  // section are cases of one rule (detect/evidence.h).
  bool opens_case = false;
  // Where its links point (segment/prose.h, link_target()), sorted, each
  // once: two sentences in the same words pointing to different places are
  // parallel pointers (detect/evidence.h).
  std::vector<std::string> links;
  // The content terms found only in its link texts, in order ("bigger
  // applic multipl" of "Bigger Applications - Multiple Files" in "... a
  // file as you saw in [Bigger Applications - Multiple
  // Files](bigger-applications.md)"): two sentences that cite one page
  // share its title, not a claim (detect/evidence.h).
  std::vector<std::string> link_terms;
  // Where each token of `text` (text::tokenize with Options::tokens, stop
  // words included, in order) lies in the source: byte range [begin, end).
  // Markdown markup inside a token's range is part of it. Filled only when a
  // repetition rule (repeated phrases, echoes, overused words) is on.
  struct WordSpan {
    std::size_t begin = 0;
    std::size_t end = 0;
  };
  std::vector<WordSpan> words;
};

struct Paragraph {
  Span span;
  std::vector<Sentence> sentences;
  // A Markdown heading. Headings name what follows, so they are shown but
  // never compared: a section that repeats its title's words restates nothing.
  bool heading = false;
  // A heading's level, 1 to 6 (0 for other paragraphs).
  int heading_level = 0;
  // A heading that names one entry of a reference rather than a topic
  // (segmenter::names_entry: "`fs.open(path)`", "Class: `fs.Dir`"). Sibling
  // entries repeat their notes by design (the same caveat for fs.mkdtemp()
  // and fsPromises.mkdtemp(), the same sentence for readInt32BE() and
  // readInt32LE() with one word changed), so two entries are not compared
  // with one another unless Options::compare_entries says so: what lies
  // under one entry heading (down to the next heading of its level or
  // above) is compared with its own entry, the entries it is nested in or
  // holds, and prose.
  bool entry = false;
  // A heading's words as the subject of its section: its text with
  // identifiers taken apart (text::identifier_words: "resolveComponent()"
  // -> resolv, compon), as terms. Empty for other paragraphs.
  std::vector<std::string> subject;
  // A Markdown list item's own text (in a loose list, its paragraphs), a
  // definition-list entry, or a link list (a paragraph that is mostly link
  // text: "See also: [...]"). Items of a list are parallel by design (one
  // option, one step, one link each), so they are compared only with
  // Options::compare_lists.
  bool list_item = false;
  // A code block follows it directly: its last sentence, unless a full
  // statement (a full stop, "?" or "!"), introduces an example as one ending
  // with a colon does ("Example of sending a UDP packet to a port on
  // `localhost`;", detect/evidence.h: lead-ins).
  bool before_code = false;
  // Inside <!-- twice-disable --> ... <!-- twice-enable -->, right after
  // <!-- twice-disable-next -->, or after a "twice: ignore" line in text:
  // never reported as restating anything.
  bool suppressed = false;
  // The language its terms were made in: a code of README "Languages" ("en",
  // "fr", "zh", ...), detected or as Options::language says; "none" with
  // language "none".
  std::string language;
};

// A stretch of a file that twice did not read as prose although md4c would
// have (Markdown only): docs-generator syntax blanked before parsing
// (includes, admonition and container markers, shortcodes, template tags,
// heading attributes, API-doc directives, MDX imports and comments, HTML
// comments, captions) and front matter. Code blocks, tables and HTML blocks are not
// listed: they are visibly not prose.
struct Skipped {
  Span span;
  // A few words: "include directive", "admonition marker", "Hugo shortcode",
  // "template tag", "attribute list", "front matter", ...
  std::string reason;
};

// Something worth telling the writer that does not stop the run: an unknown
// suppression marker, a twice-disable never closed. The CLI prints these.
struct Warning {
  std::size_t offset = 0;  // first byte it concerns in the document
  std::string message;
};

struct Document {
  std::string path;
  std::string bytes;  // the file's bytes, unchanged
  std::vector<Paragraph> paragraphs;
  // A changelog or release notes (segment/changelog.h says how it is told):
  // its entries share words by design, so it is compared only with
  // Options::compare_changelogs.
  bool changelog = false;
  // A glossary (segment/changelog.h says how it is told): its entries define
  // again what the pages explain, so it is compared only with
  // Options::compare_glossaries.
  bool glossary = false;
  // What the page is about, as terms (made as its first paragraph's are):
  // the words of its file name (its folder's for index.md, _index.md and
  // README.md) and of its front matter's title. The evidence rule reads them
  // (detect/evidence.h, Evidence::parallel).
  std::vector<std::string> subject;
  std::vector<Skipped> skipped;  // in source order, not overlapping
  std::vector<Warning> warnings;  // in offset order
};

// 1-based line, 1-based column in code points, 0-based byte offset.
struct Position {
  std::size_t line = 1;
  std::size_t column = 1;
  std::size_t offset = 0;
};

// Maps byte offsets of one text to lines and columns. Lines end at "\n"
// ("\r\n" counts as one end); a UTF-8 BOM at the start is not a column.
// Construction O(n); position() O(log lines + 4 KiB), however long the line
// (a 50 MB single-line file must not make every column cost 50 MB).
// REQUIRES: bytes is valid UTF-8 and outlives the index.
class LineIndex {
 public:
  explicit LineIndex(std::string_view bytes);
  Position position(std::size_t offset) const;

 private:
  // Code points in bytes_[begin, end).
  std::size_t code_points(std::size_t begin, std::size_t end) const;

  std::string_view bytes_;
  std::vector<std::size_t> line_starts_;
  // Code points before each multiple of kStride bytes: [i] counts bytes_[0, i * kStride).
  static constexpr std::size_t kStride = 4096;
  std::vector<std::size_t> code_points_before_;
};

}  // namespace twice

#endif  // TWICE_DOCUMENT_H_
