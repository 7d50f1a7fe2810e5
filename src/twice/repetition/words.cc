#include "twice/repetition/words.h"

#include <algorithm>
#include <unordered_map>

#include "twice/text/languages.h"
#include "twice/text/term_rules.h"
#include "twice/text/terms.h"
#include "twice/text/tokenize.h"
#include "twice/util/unicode.h"

namespace twice::repetition {
namespace {

bool has_digit(const std::string& term) {
  for (const char c : term) {
    if (c >= '0' && c <= '9') return true;
  }
  return false;
}

}  // namespace

Result<Words> collect_words(std::vector<Document>* documents_in, const Options& options) {
  std::vector<Document>& documents = *documents_in;
  auto made = text::TermRules::make(options);
  if (!made.ok()) return made.error();
  const text::TermRules& rules = made.value();
  text::TermMaker makers(rules);

  Words run;
  std::unordered_map<std::string, int> term_ids;
  std::unordered_map<std::string, int> stem_ids;
  // A form's stem depends on its paragraph's language: keyed "code\x1fform".
  std::unordered_map<std::string, int> stem_of_form;
  int sentence_number = 0;
  for (std::size_t d = 0; d < documents.size(); ++d) {
    const std::size_t first = run.words.size();
    for (Paragraph& paragraph : documents[d].paragraphs) {
      const bool skipped = !is_prose(documents[d], paragraph, options) || paragraph.suppressed;
      const text::Language* found = text::find_language(paragraph.language);
      const text::Language& language = found != nullptr ? *found : text::no_language();
      const text::StopWords& stop_words = rules.stop_words(language);
      text::TermExtractor& extractor = makers.extractor(language);
      const bool english = paragraph.language == "en";
      for (Sentence& sentence : paragraph.sentences) {
        // Read once, then let go (collect_words owns the spans from here).
        const std::vector<Sentence::WordSpan> spans = std::move(sentence.words);
        sentence.words = {};
        if (skipped) continue;
        // As in the similarity pass, sentences too short to compare are
        // boilerplate ("Comments", "Read more"), not prose.
        if (sentence.content_words < options.min_words) continue;
        const std::vector<text::Token> tokens =
            text::tokenize(sentence.text, rules.tokens(), sentence.code);
        // The spans were made from this same tokenisation; a mismatch would
        // be a bug, and then the sentence is better left out than misplaced.
        if (tokens.size() != spans.size()) continue;
        ++sentence_number;
        for (std::size_t t = 0; t < tokens.size(); ++t) {
          // Inline code is never a word of prose: not a phrase's part (a
          // phrase never runs across it), an echo or an overused word.
          if (tokens[t].code) {
            ++sentence_number;
            continue;
          }
          const std::string& form = tokens[t].term;
          const auto [entry, added] = term_ids.emplace(form, static_cast<int>(run.terms.size()));
          if (added) run.terms.push_back(form);
          const auto [stem_of, stem_unknown] =
              stem_of_form.emplace(std::string(language.code) + '\x1f' + form, 0);
          if (stem_unknown) {
            const std::string stem = extractor.stem(form);
            const auto [stem_entry, stem_added] =
                stem_ids.emplace(stem, static_cast<int>(run.stems.size()));
            if (stem_added) run.stems.push_back(stem);
            stem_of->second = stem_entry->second;
          }
          Word word;
          word.document = static_cast<std::uint32_t>(d);
          word.begin = spans[t].begin;
          word.length = static_cast<std::uint32_t>(spans[t].end - spans[t].begin);
          word.term = entry->second;
          word.stem = stem_of->second;
          word.sentence = sentence_number;
          word.content = !stop_words.contains(form);
          word.counted = word.content && !has_digit(tokens[t].term);
          word.english = english;
          run.words.push_back(word);
        }
      }
    }
    run.document_words.emplace_back(first, run.words.size());
  }
  return run;
}

std::string as_written(const Document& document, std::size_t begin, std::size_t end) {
  const std::string_view bytes = document.bytes;
  begin = std::min(begin, bytes.size());
  return util::collapse_space(bytes.substr(begin, std::min(end, bytes.size()) - begin));
}

Finding word_finding(FindingKind kind, const Words& run, const std::vector<std::size_t>& uses,
                     const std::vector<Document>& documents) {
  Finding finding;
  finding.kind = kind;
  for (const std::size_t w : uses) {
    finding.occurrences.push_back({run.words[w].document, run.words[w].begin, run.words[w].end()});
  }
  finding.restates = finding.occurrences[0];
  finding.location = finding.occurrences[1];
  finding.subject =
      as_written(documents[finding.restates.document], finding.restates.begin, finding.restates.end);
  return finding;
}

}  // namespace twice::repetition
