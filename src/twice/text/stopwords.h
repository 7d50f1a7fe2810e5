// Stop words: the words that carry no content in a restatement.
//
// A list is the code of a shipped language ("en", "fr", "de", "ru", ...:
// data/stopwords/<code>.txt, compiled in), "none", or a file with one word
// a line ('#' starts a comment). Words are normalised
// as the token pattern normalises tokens, so the list matches the terms.
// Immutable after load; contains() is thread-safe.
#ifndef TWICE_TEXT_STOPWORDS_H_
#define TWICE_TEXT_STOPWORDS_H_

#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "twice/options.h"
#include "twice/status.h"

namespace twice::text {

// The compiled-in list of a language code ("en", "fr", ...), nullptr when
// none ships.
const char* shipped_stop_words(std::string_view code);
// The codes of the shipped lists, in alphabetical order.
std::vector<std::string> shipped_stop_word_languages();

// An English word that negates what its sentence says, normalised
// (normalize_term): not, no, never, cannot, none, nor, neither, nothing,
// nobody, nowhere, or a word ending in "n't" ("don't", "isn't"). Not
// "without": it as often restates "avoid" or "skip" ("prefer to avoid a
// build step" / "without a build step").
bool negates(std::string_view term);

// An English word that, first in a sentence, makes it one case of several
// ("If only `http_proxy` is set, ...", "On Windows platforms ...", "In a
// worker, ..."), normalised: if, when, whenever, unless, on, in, for, with,
// where.
bool opens_case(std::string_view term);

class StopWords {
 public:
  // Errors name the file when it cannot be read or is not UTF-8.
  static Result<StopWords> load(const std::string& spec, TokenPattern pattern);
  // Parses a list in the file format above.
  static StopWords parse(std::string_view list, TokenPattern pattern);

  bool contains(std::string_view term) const {
    return words_.count(std::string(term)) != 0;
  }
  std::size_t size() const { return words_.size(); }
  const std::unordered_set<std::string>& words() const { return words_; }

 private:
  std::unordered_set<std::string> words_;
};

}  // namespace twice::text

#endif  // TWICE_TEXT_STOPWORDS_H_
