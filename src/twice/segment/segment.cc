// segment(): the source -> segment -> tokens stages for a whole run.
#include <algorithm>
#include <atomic>
#include <cctype>

#include "twice/analyze.h"
#include "twice/segment/changelog.h"
#include "twice/segment/readers.h"
#include "twice/segment/sentences.h"
#include "twice/source/decode.h"
#include "twice/text/languages.h"
#include "twice/text/stopwords.h"
#include "twice/text/term_rules.h"
#include "twice/util/deadline.h"
#include "twice/util/parallel.h"

namespace twice {
namespace {

bool has_markdown_extension(const std::string& path) {
  const auto dot = path.find_last_of('.');
  if (dot == std::string::npos || path.find('/', dot) != std::string::npos) return false;
  std::string extension = path.substr(dot + 1);
  std::transform(extension.begin(), extension.end(), extension.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return extension == "md" || extension == "markdown" || extension == "mdx";
}

// The words naming a page: its file name's (its folder's for an index or
// README) and its front matter's title.
std::string subject_text(const Source& source, bool markdown) {
  std::string_view path = source.path;
  std::string_view name;
  for (int level = 0; level < 2 && !path.empty() && path != "-"; ++level) {
    const std::size_t slash = path.find_last_of('/');
    name = slash == std::string_view::npos ? path : path.substr(slash + 1);
    path = slash == std::string_view::npos ? std::string_view() : path.substr(0, slash);
    if (level == 0) name = name.substr(0, name.find('.'));
    std::string lower(name);
    std::transform(lower.begin(), lower.end(), lower.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    if (lower != "index" && lower != "_index" && lower != "readme") break;
    name = {};
  }
  std::string text = text::identifier_words(name);
  if (markdown) {
    text += ' ';
    text += segmenter::front_matter_title(source.bytes);
  }
  return text;
}

bool is_markdown(const Source& source, const Options& options) {
  return options.input_format == InputFormat::kMarkdown ||
         (options.input_format == InputFormat::kAuto && has_markdown_extension(source.path));
}

// The file's blocks; what a Markdown reader did not read goes to `skipped`,
// what the suppression markers want said to `warnings`.
std::vector<segmenter::Block> read_blocks(const Source& source, const Options& options,
                                          std::uint32_t document,
                                          std::vector<Skipped>* skipped,
                                          std::vector<Warning>* warnings) {
  if (!is_markdown(source, options)) {
    return segmenter::read_plain_text(source.bytes, options.paragraphs, warnings);
  }
  std::vector<segmenter::Masked> masked;
  const segmenter::DialectNames names{options.code_shortcodes, options.prose_directives};
  std::vector<segmenter::Block> blocks =
      segmenter::read_markdown(source.bytes, &masked, warnings, names);
  skipped->reserve(masked.size());
  for (const segmenter::Masked& m : masked) {
    skipped->push_back({{document, m.begin, m.end}, std::string(m.reason)});
  }
  return blocks;
}

// What a sentence keeps beside its terms, only when a later stage needs it:
// its stop words (when they enter the vectors) and its words' source spans
// (for the repetition rules).
struct Keep {
  bool stop_words = false;
  bool word_spans = false;

  explicit Keep(const Options& options)
      : stop_words(options.stopword_weight > 0),
        word_spans(options.repeated_phrase.enabled || options.echo.enabled ||
                   options.overused_word.enabled || options.doubled_word.enabled) {}
};

Sentence make_sentence(const segmenter::ProseText& prose, const segmenter::TextRange& range,
                       const segmenter::Block& block, std::uint32_t document,
                       text::TermExtractor* extractor, bool english, TokenPattern pattern,
                       const Keep& keep) {
  const std::vector<text::TextSpan>& code_spans = block.code;
  Sentence sentence;
  sentence.span = {document, prose.source_begin(range.begin), prose.source_end(range.end)};
  sentence.text = prose.text().substr(range.begin, range.end - range.begin);
  for (const text::TextSpan& code : code_spans) {
    // A span cut by a sentence end keeps its part in each sentence.
    const std::size_t begin = std::max(code.begin, range.begin);
    const std::size_t end = std::min(code.end, range.end);
    if (begin < end) sentence.code.push_back({begin - range.begin, end - range.begin});
  }
  std::vector<ByteRange> link_texts;  // of the sentence's text
  for (const segmenter::Block::Link& link : block.links) {
    if (link.begin < range.end && range.begin < link.end) {
      sentence.links.push_back(link.target);
      link_texts.push_back({std::max(link.begin, range.begin) - range.begin,
                            std::min(link.end, range.end) - range.begin});
    }
  }
  std::sort(sentence.links.begin(), sentence.links.end());
  sentence.links.erase(std::unique(sentence.links.begin(), sentence.links.end()),
                       sentence.links.end());
  std::vector<text::Token> tokens = text::tokenize(sentence.text, pattern, sentence.code);
  sentence.negated = english && std::any_of(tokens.begin(), tokens.end(), [](const text::Token& t) {
                       return !t.code && text::negates(t.term);
                     });
  sentence.opens_case = english && !tokens.empty() && !tokens.front().code &&
                        text::opens_case(tokens.front().term);
  // Tokens are ranges of the prose text; the phrase rules need the source's.
  if (keep.word_spans) {
    sentence.words.reserve(tokens.size());
    for (const text::Token& token : tokens) {
      sentence.words.push_back({prose.source_begin(range.begin + token.begin),
                                prose.source_end(range.begin + token.end)});
    }
  }
  if (!link_texts.empty()) {
    std::vector<text::Token> linked, unlinked;
    for (const text::Token& token : tokens) {
      const bool in_link =
          std::any_of(link_texts.begin(), link_texts.end(), [&](const ByteRange& link) {
            return link.begin <= token.begin && token.end <= link.end;
          });
      (in_link ? linked : unlinked).push_back(token);
    }
    std::vector<std::string> outside = extractor->terms(std::move(unlinked));
    std::sort(outside.begin(), outside.end());
    for (std::string& term : extractor->terms(std::move(linked))) {
      if (!std::binary_search(outside.begin(), outside.end(), term)) {
        sentence.link_terms.push_back(std::move(term));
      }
    }
  }
  sentence.terms = extractor->terms(std::move(tokens), &sentence.content_words,
                                    keep.stop_words ? &sentence.stop_words : nullptr);
  for (const ByteRange& code : sentence.code) {
    const std::string_view span(sentence.text.data() + code.begin, code.end - code.begin);
    sentence.code_words.push_back(extractor->terms(text::identifier_words(span)));
  }
  return sentence;
}

Paragraph make_paragraph(const segmenter::Block& block, std::uint32_t document,
                         const text::Language& language, text::TermMaker* terms,
                         TokenPattern pattern, const Keep& keep) {
  const segmenter::ProseText& prose = block.prose;
  text::TermExtractor* extractor = &terms->extractor(language);
  Paragraph paragraph;
  paragraph.language = language.code;
  paragraph.heading = block.heading > 0;
  paragraph.heading_level = block.heading;
  paragraph.entry = block.heading > 0 && segmenter::names_entry(prose.text(), block.code);
  paragraph.list_item = block.list_item;
  paragraph.before_code = block.before_code;
  paragraph.suppressed = block.suppressed;
  paragraph.span = {document, prose.source_begin(0), prose.source_end(prose.text().size())};
  if (block.heading) paragraph.subject = extractor->terms(text::identifier_words(prose.text()));
  for (const segmenter::TextRange& range : segmenter::split_sentences(prose.text())) {
    paragraph.sentences.push_back(
        make_sentence(prose, range, block, document, extractor,
                      std::string_view(language.code) == "en", pattern, keep));
  }
  return paragraph;
}

}  // namespace

// Two parallel passes, each writing only its own slots, so the result does
// not depend on the thread count: files are checked and cut into blocks,
// then blocks (of all files at once, so one big file is shared out too)
// become paragraphs.
Result<std::vector<Document>> segment(std::vector<Source> sources, const Options& options) {
  auto made = text::TermRules::make(options);
  if (!made.ok()) return made.error();
  const text::TermRules& rules = made.value();

  const util::Deadline deadline(options.timeout_seconds);
  std::atomic<bool> late{false};
  std::vector<Status> checked(sources.size());
  std::vector<std::vector<segmenter::Block>> blocks(sources.size());
  std::vector<std::vector<Skipped>> skipped(sources.size());
  std::vector<std::vector<Warning>> warnings(sources.size());
  std::atomic<long> read{0};
  util::parallel_for(sources.size(), options.jobs, [&](std::size_t d) {
    if (late || deadline.passed()) {
      late = true;
      return;
    }
    checked[d] = source::check_text(sources[d].bytes, sources[d].path);
    if (checked[d].ok()) {
      checked[d] = source::check_line_length(sources[d].bytes, sources[d].path,
                                             options.max_line_bytes);
    }
    if (checked[d].ok()) {
      blocks[d] = read_blocks(sources[d], options, static_cast<std::uint32_t>(d), &skipped[d],
                              &warnings[d]);
    }
    const long done = ++read;
    if (options.progress) options.progress({"checking text", done, static_cast<long>(sources.size())});
  });
  for (const Status& status : checked) {
    if (!status.ok()) return status.error();  // the first bad file in command-line order
  }
  if (late) return deadline.error("reading files");

  std::vector<Document> documents(sources.size());
  std::vector<std::pair<std::uint32_t, std::size_t>> work;  // (document, block)
  for (std::size_t d = 0; d < sources.size(); ++d) {
    documents[d].paragraphs.resize(blocks[d].size());
    for (std::size_t b = 0; b < blocks[d].size(); ++b) {
      work.emplace_back(static_cast<std::uint32_t>(d), b);
    }
  }
  constexpr std::size_t kChunk = 64;  // blocks per task: enough to amortise the hand-off
  const std::size_t chunks = (work.size() + kChunk - 1) / kChunk;
  // Languages: detected block by block in parallel, then each document's
  // undecided blocks take its dominant language.
  std::vector<const text::Language*> language(work.size(), rules.fixed_language());
  std::vector<char> confident(work.size(), 0);  // not vector<bool>: written in parallel
  // Progress counts chunks of paragraphs: each finished chunk reports.
  std::atomic<long> chunks_done{0};
  const auto report = [&](const char* stage) {
    const long done = ++chunks_done;
    if (options.progress) options.progress({stage, done, static_cast<long>(chunks)});
  };
  if (rules.fixed_language() == nullptr) {
    util::parallel_for(chunks, options.jobs, [&](std::size_t chunk) {
      if (late || deadline.passed()) {
        late = true;
        return;
      }
      const std::size_t end = std::min(work.size(), (chunk + 1) * kChunk);
      for (std::size_t w = chunk * kChunk; w < end; ++w) {
        bool sure = false;
        language[w] =
            text::detect_language(blocks[work[w].first][work[w].second].prose.text(), &sure);
        confident[w] = sure;
      }
      report("detecting languages");
    });
    if (late) return deadline.error("detecting languages");
    for (std::size_t first = 0; first < work.size();) {
      std::size_t last = first;
      while (last < work.size() && work[last].first == work[first].first) ++last;
      std::vector<const text::Language*> one(language.begin() + first, language.begin() + last);
      std::vector<std::size_t> weights;
      std::vector<bool> sure;
      for (std::size_t w = first; w < last; ++w) {
        weights.push_back(blocks[work[w].first][work[w].second].prose.text().size());
        sure.push_back(confident[w] != 0);
      }
      text::resolve_languages(&one, weights, sure);
      std::copy(one.begin(), one.end(), language.begin() + first);
      first = last;
    }
  }
  const Keep keep(options);
  chunks_done = 0;
  util::parallel_for_with_state(
      chunks, options.jobs, [&] { return text::TermMaker(rules); },
      [&](text::TermMaker& terms, std::size_t chunk) {
        if (late || deadline.passed()) {
          late = true;
          return;
        }
        const std::size_t end = std::min(work.size(), (chunk + 1) * kChunk);
        for (std::size_t w = chunk * kChunk; w < end; ++w) {
          const auto [d, b] = work[w];
          documents[d].paragraphs[b] = make_paragraph(blocks[d][b], d, *language[w], &terms,
                                                      rules.tokens(), keep);
        }
        report("splitting sentences");
      });
  if (late) return deadline.error("splitting sentences");
  text::TermMaker subject_terms(rules);
  for (std::size_t d = 0, w = 0; d < sources.size(); w += blocks[d].size(), ++d) {
    if (!blocks[d].empty()) {
      documents[d].subject = subject_terms.extractor(*language[w])
                                 .terms(subject_text(sources[d], is_markdown(sources[d], options)));
    }
    documents[d].changelog = segmenter::is_changelog(sources[d].path, blocks[d]);
    documents[d].glossary = segmenter::is_glossary(sources[d].path);
    documents[d].path = std::move(sources[d].path);
    documents[d].bytes = std::move(sources[d].bytes);
    documents[d].skipped = std::move(skipped[d]);
    documents[d].warnings = std::move(warnings[d]);
  }
  return documents;
}

}  // namespace twice
