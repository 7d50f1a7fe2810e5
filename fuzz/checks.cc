#include "checks.h"

#include <nlohmann/json.hpp>

#include <cmath>
#include <cstddef>
#include <exception>
#include <sstream>
#include <vector>

#include "twice/segment/readers.h"
#include "twice/segment/sentences.h"
#include "twice/source/decode.h"
#include "twice/text/stopwords.h"
#include "twice/text/terms.h"
#include "twice/text/tokenize.h"
#include "twice/twice.h"
#include "twice/util/unicode.h"

// Returns what broke, with the condition as written, from the check.
#define TWICE_REQUIRE(condition, detail)                                                  \
  do {                                                                                    \
    if (!(condition)) {                                                                   \
      return std::string(__func__) + ": " #condition " (" + std::string(detail) + ")"; \
    }                                                                                     \
  } while (false)

#define TWICE_RETURN_IF_FAILED(expression) \
  do {                                     \
    std::string failed = (expression);    \
    if (!failed.empty()) return failed;   \
  } while (false)

namespace twice::fuzz {
namespace {

constexpr std::size_t kNone = std::string_view::npos;

// The reference decoder: Unicode's table 3-7 of well-formed UTF-8 byte
// sequences, written out. The offset of the first byte that starts an
// ill-formed sequence or is NUL; kNone when the text is clean.
std::size_t first_bad_byte(std::string_view s) {
  for (std::size_t at = 0; at < s.size();) {
    const auto byte = static_cast<unsigned char>(s[at]);
    if (byte == 0) return at;
    if (byte < 0x80) {
      ++at;
      continue;
    }
    std::size_t length = 0;
    unsigned char low = 0x80;
    unsigned char high = 0xBF;
    if (byte >= 0xC2 && byte <= 0xDF) {
      length = 2;
    } else if (byte == 0xE0) {
      length = 3, low = 0xA0;
    } else if ((byte >= 0xE1 && byte <= 0xEC) || byte == 0xEE || byte == 0xEF) {
      length = 3;
    } else if (byte == 0xED) {
      length = 3, high = 0x9F;
    } else if (byte == 0xF0) {
      length = 4, low = 0x90;
    } else if (byte >= 0xF1 && byte <= 0xF3) {
      length = 4;
    } else if (byte == 0xF4) {
      length = 4, high = 0x8F;
    } else {
      return at;
    }
    if (at + length > s.size()) return at;
    const auto second = static_cast<unsigned char>(s[at + 1]);
    if (second < low || second > high) return at;
    for (std::size_t k = 2; k < length; ++k) {
      const auto next = static_cast<unsigned char>(s[at + k]);
      if (next < 0x80 || next > 0xBF) return at;
    }
    at += length;
  }
  return kNone;
}

bool is_boundary(std::string_view s, std::size_t at) {
  return at == 0 || at >= s.size() || (static_cast<unsigned char>(s[at]) & 0xC0) != 0x80;
}

std::size_t count_newlines(std::string_view s, std::size_t end) {
  std::size_t count = 0;
  for (std::size_t at = 0; at < end; ++at) count += s[at] == '\n';
  return count;
}

// The first line longer than `max` bytes ("\r\n" not counted) as (line,
// first byte); line 0 when none. The obvious walk, for check_line_length().
std::pair<std::int64_t, std::int64_t> first_long_line(std::string_view s, long long max) {
  if (max <= 0) return {0, -1};
  std::int64_t line = 1;
  std::size_t start = 0;
  for (std::size_t at = 0; at <= s.size(); ++at) {
    if (at == s.size() || s[at] == '\n') {
      std::size_t length = at - start;
      if (at < s.size() && length > 0 && s[at - 1] == '\r') --length;
      if (length > static_cast<std::size_t>(max)) return {line, static_cast<std::int64_t>(start)};
      ++line;
      start = at + 1;
    }
  }
  return {0, -1};
}

// LineIndex::position(offset) against counting from the start of the text.
std::string check_position(const LineIndex& index, std::string_view s, std::size_t offset) {
  const Position position = index.position(offset);
  const std::size_t line = 1 + count_newlines(s, offset);
  std::size_t start = offset;
  while (start > 0 && s[start - 1] != '\n') --start;
  if (start == 0) start = source::bom_length(s);
  std::size_t column = 1;
  for (std::size_t at = start; at < offset; ++at) column += is_boundary(s, at);
  const std::string where = "offset " + std::to_string(offset);
  TWICE_REQUIRE(position.offset == offset, where);
  TWICE_REQUIRE(position.line == line, where + ", line " + std::to_string(position.line) +
                                           " instead of " + std::to_string(line));
  TWICE_REQUIRE(position.column == column, where + ", column " +
                                               std::to_string(position.column) +
                                               " instead of " + std::to_string(column));
  return "";
}

// Up to about `samples` offsets spread over [0, size], ends included.
std::vector<std::size_t> sample_offsets(std::size_t size, std::size_t samples) {
  std::vector<std::size_t> offsets;
  const std::size_t step = size / samples + 1;
  for (std::size_t at = 0; at < size; at += step) offsets.push_back(at);
  offsets.push_back(size);
  return offsets;
}

bool all_space(std::string_view s, std::size_t begin, std::size_t end) {
  for (std::size_t at = begin; at < end;) {
    utf8proc_int32_t cp = 0;
    at += util::decode_at(s, at, &cp);
    if (!util::is_space(cp)) return false;
  }
  return true;
}

utf8proc_int32_t first_code_point(std::string_view s) {
  utf8proc_int32_t cp = 0;
  util::decode_at(s, 0, &cp);
  return cp;
}

utf8proc_int32_t last_code_point(std::string_view s) {
  std::size_t at = s.size() - 1;
  while (at > 0 && !is_boundary(s, at)) --at;
  utf8proc_int32_t cp = 0;
  util::decode_at(s, at, &cp);
  return cp;
}

std::string check_span(const Span& span, std::string_view bytes, const std::string& what) {
  TWICE_REQUIRE(span.document == 0, what);
  TWICE_REQUIRE(span.begin < span.end, what + " [" + std::to_string(span.begin) + ", " +
                                            std::to_string(span.end) + ")");
  TWICE_REQUIRE(span.end <= bytes.size(), what);
  TWICE_REQUIRE(span.begin >= source::bom_length(bytes), what);
  TWICE_REQUIRE(is_boundary(bytes, span.begin) && is_boundary(bytes, span.end), what);
  return "";
}

// Sentence ranges of one prose text (the sentences.h contract).
std::string check_sentence_ranges(std::string_view text) {
  std::size_t covered = 0;
  for (const segmenter::TextRange& range : segmenter::split_sentences(text)) {
    const std::string where = "[" + std::to_string(range.begin) + ", " +
                              std::to_string(range.end) + ")";
    TWICE_REQUIRE(range.begin < range.end && range.end <= text.size(), where);
    TWICE_REQUIRE(range.begin >= covered, where + " overlaps the sentence before");
    TWICE_REQUIRE(is_boundary(text, range.begin) && is_boundary(text, range.end), where);
    const std::string_view sentence = text.substr(range.begin, range.end - range.begin);
    TWICE_REQUIRE(!util::is_space(first_code_point(sentence)), where);
    TWICE_REQUIRE(!util::is_space(last_code_point(sentence)), where);
    TWICE_REQUIRE(all_space(text, covered, range.begin), where + " leaves text out before it");
    covered = range.end;
  }
  TWICE_REQUIRE(all_space(text, covered, text.size()), "text left out at the end");
  return "";
}

// Blocks from a reader (the readers.h and prose.h contracts).
std::string check_blocks(const std::vector<segmenter::Block>& blocks, std::string_view source) {
  std::size_t previous_end = source::bom_length(source);
  for (std::size_t b = 0; b < blocks.size(); ++b) {
    const segmenter::ProseText& prose = blocks[b].prose;
    const std::string& text = prose.text();
    const std::string where = "block " + std::to_string(b);
    TWICE_REQUIRE(!text.empty(), where);
    TWICE_REQUIRE(first_bad_byte(text) == kNone, where + " is not clean UTF-8");
    TWICE_REQUIRE(!util::is_space(first_code_point(text)), where + " starts with whitespace");
    TWICE_REQUIRE(!util::is_space(last_code_point(text)), where + " ends with whitespace");
    std::size_t last_begin = 0;
    std::size_t last_end = 0;
    for (std::size_t at = 0; at < text.size();) {
      utf8proc_int32_t cp = 0;
      const std::size_t next = at + util::decode_at(text, at, &cp);
      const std::size_t begin = prose.source_begin(at);
      const std::size_t end = prose.source_end(next);
      const std::string character = where + ", text offset " + std::to_string(at) + " -> [" +
                                    std::to_string(begin) + ", " + std::to_string(end) + ")";
      TWICE_REQUIRE(begin < end && end <= source.size(), character);
      TWICE_REQUIRE(begin >= previous_end, character + " overlaps the block before");
      TWICE_REQUIRE(begin >= last_begin && end >= last_end, character + " goes backwards");
      TWICE_REQUIRE(is_boundary(source, begin) && is_boundary(source, end), character);
      last_begin = begin;
      last_end = end;
      at = next;
    }
    previous_end = prose.source_end(text.size());
    TWICE_RETURN_IF_FAILED(check_sentence_ranges(text));
  }
  return "";
}

// One report format, chosen by `knob` (all of them each time would make the
// target five times slower): it must render without throwing, and the JSON
// formats must parse.
std::string check_report(const Analysis& analysis, unsigned knob) {
  const char* const names[] = {"text", "json", "sarif", "github", "rdjsonl", "html"};
  const std::string name = names[knob % 6];
  const auto format = parse_report_format(name);
  if (!format.ok()) return "";
  ReportStyle style;
  style.color = (knob / 6) % 2 == 1;
  std::string rendered;
  try {
    rendered = render_findings(analysis, format.value(), style);
  } catch (const std::exception& error) {
    return "check_report: " + name + " threw: " + error.what();
  }
  if (name == "json" || name == "sarif") {
    TWICE_REQUIRE(nlohmann::json::accept(rendered), name + " does not parse");
  } else if (name == "rdjsonl") {
    std::istringstream lines(rendered);
    for (std::string line; std::getline(lines, line);) {
      TWICE_REQUIRE(nlohmann::json::accept(line), "rdjsonl line does not parse");
    }
  }
  return "";
}

std::string check_finding(const Finding& finding, std::string_view bytes) {
  const std::string kind = finding_kind_name(finding.kind);
  TWICE_RETURN_IF_FAILED(check_span(finding.location, bytes, kind + " location"));
  TWICE_RETURN_IF_FAILED(check_span(finding.restates, bytes, kind + " restates"));
  TWICE_REQUIRE(std::isfinite(finding.score) && finding.score >= 0 && finding.score <= 1,
                kind + " score " + std::to_string(finding.score));
  TWICE_REQUIRE(finding.coverage >= 0 && finding.coverage <= 1, kind);
  TWICE_REQUIRE(finding.restates.begin < finding.location.begin,
                kind + " points at itself or forward");
  TWICE_REQUIRE(finding.fingerprint.size() == 16 &&
                    finding.fingerprint.find_first_not_of("0123456789abcdef") == kNone,
                "fingerprint '" + finding.fingerprint + "'");
  // Every kind but the restatements lists its occurrences; mirrored pages
  // list their later sentences (the first is the location), the others
  // every use (the first is what the second, the location, repeats).
  const bool mirror = finding.kind == FindingKind::kMirroredPage;
  const bool tic = finding.kind != FindingKind::kRestatedParagraph &&
                   finding.kind != FindingKind::kRestatedSentence;
  TWICE_REQUIRE(tic == !finding.occurrences.empty(), kind + " occurrences");
  if (tic && !mirror) {
    TWICE_REQUIRE(finding.occurrences.size() >= 2, kind + " with fewer than two occurrences");
    TWICE_REQUIRE(finding.occurrences[0].begin == finding.restates.begin &&
                      finding.occurrences[1].begin == finding.location.begin,
                  kind + " location is not its second occurrence");
  }
  if (mirror) {
    TWICE_REQUIRE(finding.occurrences[0].begin == finding.location.begin,
                  kind + " location is not its first sentence");
    TWICE_REQUIRE(finding.occurrences.size() == finding.evidence.size(),
                  kind + " occurrences and pairs differ");
  }
  if (tic) {
    TWICE_REQUIRE(!finding.subject.empty() || finding.kind == FindingKind::kBoilerplate || mirror,
                  kind + " without a subject");
    for (std::size_t i = 0; i < finding.occurrences.size(); ++i) {
      TWICE_RETURN_IF_FAILED(check_span(finding.occurrences[i], bytes, kind + " occurrence"));
      TWICE_REQUIRE(i == 0 || finding.occurrences[i].begin >= finding.occurrences[i - 1].end,
                    kind + " occurrences overlap or are out of order");
    }
  }
  for (const Finding& phrase : finding.phrases) {
    TWICE_REQUIRE(finding.kind == FindingKind::kRestatedSentence, "phrases on a non-sentence");
    TWICE_RETURN_IF_FAILED(check_finding(phrase, bytes));
  }
  for (const Finding& pair : finding.evidence) {
    TWICE_REQUIRE(finding.kind == FindingKind::kRestatedParagraph || mirror,
                  "evidence on a sentence");
    TWICE_REQUIRE(pair.kind == FindingKind::kRestatedSentence, "evidence kind");
    TWICE_RETURN_IF_FAILED(check_span(pair.location, bytes, "evidence location"));
    TWICE_RETURN_IF_FAILED(check_span(pair.restates, bytes, "evidence restates"));
    if (mirror) continue;  // a mirror's pairs lie anywhere in its two documents
    TWICE_REQUIRE(pair.location.begin >= finding.location.begin &&
                      pair.location.end <= finding.location.end,
                  "evidence outside its paragraph");
    TWICE_REQUIRE(pair.restates.begin >= finding.restates.begin &&
                      pair.restates.end <= finding.restates.end,
                  "evidence outside the restated paragraph");
    TWICE_REQUIRE(std::isfinite(pair.score) && pair.score >= 0 && pair.score <= 1,
                  "evidence score " + std::to_string(pair.score));
  }
  return "";
}

std::string check_documents(const std::vector<Document>& documents, const std::string& path,
                            std::string_view bytes) {
  TWICE_REQUIRE(documents.size() == 1, std::to_string(documents.size()) + " documents");
  const Document& document = documents[0];
  TWICE_REQUIRE(document.path == path, document.path);
  TWICE_REQUIRE(document.bytes == bytes, "the input bytes were changed");
  std::size_t previous_end = 0;
  const LineIndex index(bytes);
  std::size_t positions = 0;
  for (const Paragraph& paragraph : document.paragraphs) {
    TWICE_RETURN_IF_FAILED(check_span(paragraph.span, bytes, "paragraph"));
    TWICE_REQUIRE(paragraph.span.begin >= previous_end, "paragraphs overlap");
    previous_end = paragraph.span.end;
    std::size_t sentence_end = paragraph.span.begin;
    for (const Sentence& sentence : paragraph.sentences) {
      TWICE_RETURN_IF_FAILED(check_span(sentence.span, bytes, "sentence"));
      TWICE_REQUIRE(sentence.span.begin >= sentence_end, "sentences overlap");
      TWICE_REQUIRE(sentence.span.end <= paragraph.span.end, "sentence outside its paragraph");
      TWICE_REQUIRE(!sentence.text.empty(), "empty sentence");
      TWICE_REQUIRE(sentence.content_words >= 0, "content words");
      sentence_end = sentence.span.end;
      if (positions++ < 64) {
        TWICE_RETURN_IF_FAILED(check_position(index, bytes, sentence.span.begin));
        TWICE_RETURN_IF_FAILED(check_position(index, bytes, sentence.span.end));
      }
    }
  }
  return "";
}

const text::StopWords& english_stop_words(TokenPattern pattern) {
  static const text::StopWords words = text::StopWords::load("en", TokenPattern::kWords).value();
  static const text::StopWords sklearn_words =
      text::StopWords::load("en", TokenPattern::kSklearn).value();
  return pattern == TokenPattern::kWords ? words : sklearn_words;
}

}  // namespace

std::string check_decode(std::string_view data) {
  const std::string path = "fuzz.txt";
  const Status status = source::check_text(data, path);
  const std::size_t bad = first_bad_byte(data);
  TWICE_REQUIRE(status.ok() == (bad == kNone),
                "check_text says " + std::string(status.ok() ? "valid" : "invalid") +
                    ", the reference says the first bad byte is " +
                    (bad == kNone ? std::string("none") : std::to_string(bad)));
  if (!status.ok()) {
    const Error& error = status.error();
    TWICE_REQUIRE(error.path == path, error.path);
    TWICE_REQUIRE(error.byte == static_cast<std::int64_t>(bad),
                  "byte " + std::to_string(error.byte) + " instead of " + std::to_string(bad));
    TWICE_REQUIRE(error.line == static_cast<std::int64_t>(1 + count_newlines(data, bad)),
                  "line " + std::to_string(error.line));
    const bool nul = data[bad] == '\0';
    TWICE_REQUIRE(error.message.find(nul ? "NUL" : "invalid UTF-8") != std::string::npos,
                  error.message);
  }
  const long long max_line = data.empty() ? 0 : static_cast<unsigned char>(data[0]) % 64;
  const Status lines = source::check_line_length(data, path, max_line);
  const auto [long_line, long_line_start] = first_long_line(data, max_line);
  TWICE_REQUIRE(lines.ok() == (long_line == 0), "check_line_length with a limit of " +
                                                    std::to_string(max_line));
  if (!lines.ok()) {
    TWICE_REQUIRE(lines.error().line == long_line && lines.error().byte == long_line_start,
                  lines.error().describe());
  }
  if (status.ok()) {
    const LineIndex index(data);
    for (const std::size_t offset : sample_offsets(data.size(), 256)) {
      TWICE_RETURN_IF_FAILED(check_position(index, data, offset));
    }
  }
  return "";
}

std::string check_markdown(std::string_view data) {
  if (first_bad_byte(data) != kNone) return "";
  return check_blocks(segmenter::read_markdown(data), data);
}

std::string check_plain_text(std::string_view data) {
  if (first_bad_byte(data) != kNone) return "";
  const ParagraphMode chosen = segmenter::choose_paragraph_mode(data);
  TWICE_REQUIRE(chosen != ParagraphMode::kAuto, "choose_paragraph_mode answered kAuto");
  for (const ParagraphMode mode :
       {ParagraphMode::kAuto, ParagraphMode::kBlankLine, ParagraphMode::kLine}) {
    TWICE_RETURN_IF_FAILED(check_blocks(segmenter::read_plain_text(data, mode), data));
  }
  return "";
}

std::string check_sentences(std::string_view data) {
  if (first_bad_byte(data) != kNone) return "";
  return check_sentence_ranges(data);
}

std::string check_tokenize(std::string_view data) {
  if (first_bad_byte(data) != kNone) return "";
  for (const TokenPattern pattern : {TokenPattern::kWords, TokenPattern::kSklearn}) {
    std::size_t previous_begin = 0, previous_end = 0;
    bool previous_bigram = false, first = true;
    for (const text::Token& token : text::tokenize(data, pattern)) {
      const std::string where = "token [" + std::to_string(token.begin) + ", " +
                                std::to_string(token.end) + ")";
      TWICE_REQUIRE(token.begin < token.end && token.end <= data.size(), where);
      // Character bigrams of one run overlap by a character; nothing else overlaps.
      TWICE_REQUIRE(!token.bigram || pattern == TokenPattern::kWords, where + " bigram");
      if (token.bigram && previous_bigram && token.begin < previous_end) {
        TWICE_REQUIRE(first || token.begin > previous_begin, where + " does not move on");
      } else {
        TWICE_REQUIRE(token.begin >= previous_end, where + " overlaps the token before");
      }
      previous_begin = token.begin;
      previous_bigram = token.bigram;
      first = false;
      TWICE_REQUIRE(is_boundary(data, token.begin) && is_boundary(data, token.end), where);
      TWICE_REQUIRE(!token.term.empty(), where + " has an empty term");
      TWICE_REQUIRE(first_bad_byte(token.term) == kNone, where + " term is not clean UTF-8");
      previous_end = token.end;
    }
    for (const char* stemmer : {"english", "none"}) {
      text::TermExtractor extractor(english_stop_words(pattern), pattern, stemmer);
      for (const std::string& term : extractor.terms(data)) {
        TWICE_REQUIRE(!term.empty(), std::string("empty term with stemmer ") + stemmer);
        TWICE_REQUIRE(first_bad_byte(term) == kNone, "term '" + term + "' is not clean UTF-8");
      }
    }
  }
  return "";
}

std::string check_analyze(std::string_view data) {
  const unsigned char knobs = data.empty() ? 0 : static_cast<unsigned char>(data[0]);
  const unsigned char more = data.size() < 2 ? 0 : static_cast<unsigned char>(data[1]);
  const unsigned char report = data.size() < 3 ? 0 : static_cast<unsigned char>(data[2]);
  const unsigned char features = data.size() < 4 ? 0 : static_cast<unsigned char>(data[3]);
  Options options;
  options.jobs = 1;
  options.input_format = (knobs & 1) != 0 ? InputFormat::kMarkdown : InputFormat::kText;
  options.paragraphs = static_cast<ParagraphMode>((knobs >> 1) % 3);
  options.all_pairs = (knobs & 0x08) != 0;
  options.min_words = (knobs >> 4) & 3;
  options.compare_headings = (knobs & 0x40) != 0;
  options.stemmer = (knobs & 0x80) != 0 ? "none" : "english";
  options.threshold = 0.2 + 0.1 * (more % 9);
  options.paragraph_threshold = 0.2 + 0.1 * ((more / 9) % 9);
  options.max_matches = 1 + more % 4;
  options.max_line_bytes = (more & 0x80) != 0 ? 40 : 0;
  options.word_bigrams = (features & 1) != 0;
  const NgramRange ngram_ranges[] = {{0, 0}, {3, 5}, {1, 2}, {2, 4}};
  options.char_ngrams = ngram_ranges[(features >> 1) & 3];
  options.tf = static_cast<TermFrequency>(((features >> 3) & 3) % 3);
  const std::string path = options.input_format == InputFormat::kMarkdown ? "fuzz.md" : "fuzz.txt";

  const bool valid = first_bad_byte(data) == kNone &&
                     first_long_line(data, options.max_line_bytes).first == 0;
  auto analysis = analyze({{path, std::string(data)}}, options);
  if (!analysis.ok()) {
    const Error& error = analysis.error();
    TWICE_REQUIRE(!valid, "valid input refused: " + error.describe());
    TWICE_REQUIRE(error.path == path, error.describe());
    TWICE_REQUIRE(error.byte >= 0 && error.byte < static_cast<std::int64_t>(data.size()),
                  error.describe());
    return "";
  }
  TWICE_REQUIRE(valid, "invalid input accepted");
  const Analysis& result = analysis.value();
  TWICE_RETURN_IF_FAILED(check_documents(result.documents, path, data));
  TWICE_REQUIRE(result.findings.size() <= static_cast<std::size_t>(options.max_findings),
                "more findings than max_findings");
  TWICE_REQUIRE(result.has_findings == (result.findings.size() + result.omitted_findings > 0),
                "has_findings");
  for (const Finding& finding : result.findings) {
    TWICE_RETURN_IF_FAILED(check_finding(finding, data));
  }
  TWICE_RETURN_IF_FAILED(check_report(result, report));
  if (report % 4 != 0) return "";

  // A quarter of the time: what `twice segment` shows.
  auto documents = segment({{path, std::string(data)}}, options);
  TWICE_REQUIRE(documents.ok(), "segment() refused what analyze() took");
  TWICE_RETURN_IF_FAILED(check_documents(documents.value(), path, data));
  const ReportFormat format = report % 8 == 0 ? ReportFormat::kJson : ReportFormat::kText;
  const std::string rendered = render_segments(documents.value(), format);
  if (format == ReportFormat::kJson) {
    TWICE_REQUIRE(nlohmann::json::accept(rendered), "segments JSON does not parse");
  }
  return "";
}

}  // namespace twice::fuzz
