#include "twice/text/terms.h"

#include <libstemmer.h>

#include "twice/text/tokenize.h"

namespace twice::text {

Status check_stemmer(const std::string& name) {
  if (name == "none" || name == "auto") return Status();
  std::string known = "auto, none";
  for (const char** algorithm = sb_stemmer_list(); *algorithm != nullptr; ++algorithm) {
    if (name == *algorithm) return Status();
    known += std::string(", ") + *algorithm;
  }
  Error error;
  error.message = "unknown stemmer '" + name + "' (expected " + known + ")";
  return error;
}

TermExtractor::TermExtractor(const StopWords& stop_words, TokenPattern pattern,
                             const std::string& stemmer)
    : stop_words_(&stop_words), pattern_(pattern) {
  if (stemmer != "none") stemmer_ = sb_stemmer_new(stemmer.c_str(), "UTF_8");
}

TermExtractor::~TermExtractor() {
  if (stemmer_ != nullptr) sb_stemmer_delete(stemmer_);
}

TermExtractor::TermExtractor(TermExtractor&& other) noexcept
    : stop_words_(other.stop_words_), pattern_(other.pattern_), stemmer_(other.stemmer_) {
  other.stemmer_ = nullptr;
}

std::vector<std::string> TermExtractor::terms(std::string_view text, int* content_words,
                                              std::vector<std::string>* stop_words) {
  return terms(tokenize(text, pattern_), content_words, stop_words);
}

std::string TermExtractor::stem(const std::string& term) {
  if (stemmer_ == nullptr) return term;
  const sb_symbol* stem = sb_stemmer_stem(
      stemmer_, reinterpret_cast<const sb_symbol*>(term.data()), static_cast<int>(term.size()));
  if (stem == nullptr) return term;  // out of memory inside libstemmer: keep the word
  return std::string(reinterpret_cast<const char*>(stem),
                     static_cast<std::size_t>(sb_stemmer_length(stemmer_)));
}

std::vector<std::string> TermExtractor::terms(std::vector<Token> tokens, int* content_words,
                                              std::vector<std::string>* stop_words) {
  std::vector<char> content(tokens.size());
  std::size_t kept = 0;
  int words = 0;
  int run_bigrams = 0;          // bigrams so far in the current run
  std::size_t run_end = 0;      // end of the run's last bigram
  for (std::size_t t = 0; t < tokens.size(); ++t) {
    content[t] = tokens[t].code || !stop_words_->contains(tokens[t].term);
    kept += content[t];
    if (!content[t]) continue;
    if (!tokens[t].bigram) {
      ++words;
      continue;
    }
    // Bigrams of one run overlap; a run of b bigrams counts b / 2 + 1 words.
    run_bigrams = run_bigrams > 0 && tokens[t].begin < run_end ? run_bigrams + 1 : 1;
    run_end = tokens[t].end;
    if (run_bigrams == 1 || run_bigrams % 2 == 0) ++words;
  }
  if (content_words != nullptr) *content_words = words;
  // Exactly sized: on large runs the terms are most of segmentation's memory.
  std::vector<std::string> terms;
  terms.reserve(kept);
  if (stop_words != nullptr) {
    stop_words->clear();
    stop_words->reserve(tokens.size() - kept);
    for (std::size_t t = 0; t < tokens.size(); ++t) {
      if (!content[t]) stop_words->push_back(tokens[t].term);
    }
  }
  for (std::size_t t = 0; t < tokens.size(); ++t) {
    if (!content[t]) continue;
    const bool as_is = stemmer_ == nullptr || tokens[t].code;
    terms.push_back(as_is ? std::move(tokens[t].term) : stem(tokens[t].term));
  }
  return terms;
}

}  // namespace twice::text
