#include "twice/report/shared_words.h"

#include "twice/text/stopwords.h"
#include "twice/text/tokenize.h"

namespace twice::report {
namespace {

const text::StopWords& english_stop_words() {
  static const text::StopWords words =
      text::StopWords::parse(text::kEnglishStopWords, TokenPattern::kWords);
  return words;
}

}  // namespace

TermSet content_terms(std::string_view text) {
  const text::StopWords& stop_words = english_stop_words();
  TermSet terms;
  for (text::Token& token : text::tokenize(text, TokenPattern::kWords)) {
    if (!stop_words.contains(token.term)) terms.insert(std::move(token.term));
  }
  return terms;
}

std::vector<WordRange> shared_words(std::string_view text, const TermSet& other) {
  std::vector<WordRange> shared;
  if (other.empty()) return shared;
  // A stop word never enters `other` through content_terms(), so no check here.
  for (const text::Token& token : text::tokenize(text, TokenPattern::kWords)) {
    if (other.count(token.term) != 0) shared.push_back(WordRange{token.begin, token.end});
  }
  return shared;
}

}  // namespace twice::report
