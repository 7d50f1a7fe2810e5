#include "twice/report/shared_words.h"

#include "twice/text/stopwords.h"
#include "twice/text/terms.h"
#include "twice/text/tokenize.h"

namespace twice::report {
namespace {

constexpr const char* kStemmer = "english";

// Terms as a default run makes them. The extractor keeps stemmer state
// between calls, hence one per thread.
text::TermExtractor& extractor() {
  static const text::StopWords stop_words =
      text::StopWords::parse(text::shipped_stop_words("en"), TokenPattern::kWords);
  thread_local text::TermExtractor terms(stop_words, TokenPattern::kWords, kStemmer);
  return terms;
}

}  // namespace

TermSet content_terms(std::string_view text) {
  TermSet terms;
  for (std::string& term : extractor().terms(text)) terms.insert(std::move(term));
  return terms;
}

std::vector<WordRange> shared_words(std::string_view text, const TermSet& other) {
  std::vector<WordRange> shared;
  if (other.empty()) return shared;
  text::TermExtractor& terms = extractor();
  for (const text::Token& token : text::tokenize(text, TokenPattern::kWords)) {
    // A word alone gives its own term, or none when it is a stop word.
    const std::vector<std::string> term = terms.terms(text.substr(token.begin, token.end - token.begin));
    if (term.size() == 1 && other.count(term[0]) != 0) {
      shared.push_back(WordRange{token.begin, token.end});
    }
  }
  return shared;
}

}  // namespace twice::report
