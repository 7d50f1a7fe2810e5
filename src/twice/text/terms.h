// Terms: a text's words as its vector sees them.
//
// Tokens (tokenize.h), minus stop words, stemmed by a Snowball stemmer
// (libstemmer) when Options::stemmer names one, in text order. One extractor
// per thread: the stemmer keeps state between calls.
#ifndef TWICE_TEXT_TERMS_H_
#define TWICE_TEXT_TERMS_H_

#include <string>
#include <string_view>
#include <vector>

#include "twice/options.h"
#include "twice/status.h"
#include "twice/text/stopwords.h"
#include "twice/text/tokenize.h"

struct sb_stemmer;

namespace twice::text {

// OK for "none", "auto" (the language's stemmer, see languages.h) and for
// every Snowball algorithm libstemmer has ("english", "french", "german",
// "russian", ...); an error listing them otherwise.
Status check_stemmer(const std::string& name);

class TermExtractor {
 public:
  // REQUIRES: check_stemmer(stemmer).ok() and not "auto"; stop_words
  // outlives the extractor.
  TermExtractor(const StopWords& stop_words, TokenPattern pattern, const std::string& stemmer);
  ~TermExtractor();
  TermExtractor(TermExtractor&& other) noexcept;
  TermExtractor(const TermExtractor&) = delete;
  TermExtractor& operator=(const TermExtractor&) = delete;
  TermExtractor& operator=(TermExtractor&&) = delete;

  // The terms of `text`. *content_words, when given, gets the number of
  // content words: tokens that are not stop words, except that a run of n
  // characters of an unspaced script (n - 1 bigram tokens) counts as
  // ceil(n / 2) words, two characters being about one Chinese word.
  // *stop_words, when given, gets the stop words, normalised, not stemmed.
  std::vector<std::string> terms(std::string_view text, int* content_words = nullptr,
                                 std::vector<std::string>* stop_words = nullptr);
  // The same, from the tokens of a text (tokenize() with this pattern).
  std::vector<std::string> terms(std::vector<Token> tokens, int* content_words = nullptr,
                                 std::vector<std::string>* stop_words = nullptr);
  // A normalised word's stem; the word itself without a stemmer.
  std::string stem(const std::string& term);

 private:
  const StopWords* stop_words_;
  TokenPattern pattern_;
  sb_stemmer* stemmer_ = nullptr;
};

}  // namespace twice::text

#endif  // TWICE_TEXT_TERMS_H_
