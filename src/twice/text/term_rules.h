// Term rules: Options::language, stopwords and stemmer resolved into the
// stop-word list and stemmer of each language, and the language of each
// paragraph.
//
//   language "auto"  each paragraph's own (languages.h: detected, or the
//                    document's dominant language); "none": no list, no
//                    stemmer; a code: that language everywhere.
//   stopwords "auto" the paragraph language's shipped list (none when it has
//                    none); anything else ("none", a code, a file) applies to
//                    every paragraph whatever its language.
//   stemmer "auto"   the paragraph language's Snowball stemmer (none when
//                    libstemmer has none); anything else applies everywhere.
// TermRules is immutable once made and shared by threads; TermMaker holds
// the stemmers and belongs to one thread.
#ifndef TWICE_TEXT_TERM_RULES_H_
#define TWICE_TEXT_TERM_RULES_H_

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "twice/options.h"
#include "twice/status.h"
#include "twice/text/languages.h"
#include "twice/text/stopwords.h"
#include "twice/text/terms.h"

namespace twice::text {

class TermRules {
 public:
  // Errors: an unknown language or stemmer, an unreadable stop-word file.
  static Result<TermRules> make(const Options& options);

  // The language every paragraph gets, or nullptr for "auto".
  const Language* fixed_language() const { return language_; }
  // The language of each text of one document, in order (see above).
  std::vector<const Language*> languages_of(const std::vector<std::string_view>& texts) const;

  const StopWords& stop_words(const Language& language) const;
  // "none" or a libstemmer algorithm.
  std::string stemmer(const Language& language) const;
  TokenPattern tokens() const { return tokens_; }

 private:
  TokenPattern tokens_ = TokenPattern::kWords;
  const Language* language_ = nullptr;  // nullptr: auto
  std::string stemmer_;                 // "auto", "none" or an algorithm
  std::optional<StopWords> override_;   // set unless stopwords is "auto"
  // Index: the language's place in languages(); shared so moves are cheap.
  std::shared_ptr<const std::vector<StopWords>> lists_;
};

class TermMaker {
 public:
  // REQUIRES: rules outlives the maker.
  explicit TermMaker(const TermRules& rules) : rules_(&rules) {}
  // The extractor for text in `language`, made on first use.
  TermExtractor& extractor(const Language& language);

 private:
  const TermRules* rules_;
  std::vector<std::unique_ptr<TermExtractor>> extractors_;  // by language index
};

}  // namespace twice::text

#endif  // TWICE_TEXT_TERM_RULES_H_
