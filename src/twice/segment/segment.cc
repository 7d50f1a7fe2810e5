// segment(): the source -> segment -> tokens stages for a whole run.
#include <algorithm>
#include <cctype>

#include "twice/analyze.h"
#include "twice/segment/readers.h"
#include "twice/segment/sentences.h"
#include "twice/source/decode.h"
#include "twice/text/stopwords.h"
#include "twice/text/tokenize.h"

namespace twice {
namespace {

bool has_markdown_extension(const std::string& path) {
  const auto dot = path.find_last_of('.');
  if (dot == std::string::npos || path.find('/', dot) != std::string::npos) return false;
  std::string extension = path.substr(dot + 1);
  std::transform(extension.begin(), extension.end(), extension.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return extension == "md" || extension == "markdown";
}

std::vector<segmenter::Block> read_blocks(const Source& source, const Options& options) {
  const bool markdown = options.input_format == InputFormat::kMarkdown ||
                        (options.input_format == InputFormat::kAuto &&
                         has_markdown_extension(source.path));
  return markdown ? segmenter::read_markdown(source.bytes)
                  : segmenter::read_plain_text(source.bytes, options.paragraphs);
}

Sentence make_sentence(const segmenter::ProseText& prose, const segmenter::TextRange& range,
                       std::uint32_t document, const text::StopWords& stop_words,
                       TokenPattern pattern) {
  Sentence sentence;
  sentence.span = {document, prose.source_begin(range.begin), prose.source_end(range.end)};
  sentence.text = prose.text().substr(range.begin, range.end - range.begin);
  for (text::Token& token : text::tokenize(sentence.text, pattern)) {
    if (stop_words.contains(token.term)) continue;
    sentence.terms.push_back(std::move(token.term));
  }
  sentence.content_words = static_cast<int>(sentence.terms.size());
  return sentence;
}

}  // namespace

Result<std::vector<Document>> segment(std::vector<Source> sources, const Options& options) {
  auto stop_words = text::StopWords::load(options.stopwords, options.tokens);
  if (!stop_words.ok()) return stop_words.error();

  std::vector<Document> documents;
  documents.reserve(sources.size());
  for (Source& source : sources) {
    Status valid = source::check_text(source.bytes, source.path);
    if (!valid.ok()) return valid.error();
    const auto index = static_cast<std::uint32_t>(documents.size());
    Document document;
    for (const segmenter::Block& block : read_blocks(source, options)) {
      const segmenter::ProseText& prose = block.prose;
      Paragraph paragraph;
      paragraph.heading = block.heading;
      paragraph.span = {index, prose.source_begin(0), prose.source_end(prose.text().size())};
      for (const segmenter::TextRange& range : segmenter::split_sentences(prose.text())) {
        paragraph.sentences.push_back(
            make_sentence(prose, range, index, stop_words.value(), options.tokens));
      }
      document.paragraphs.push_back(std::move(paragraph));
    }
    document.path = std::move(source.path);
    document.bytes = std::move(source.bytes);
    documents.push_back(std::move(document));
    if (options.progress) {
      options.progress({"reading", static_cast<long>(documents.size()),
                        static_cast<long>(sources.size())});
    }
  }
  return documents;
}

}  // namespace twice
