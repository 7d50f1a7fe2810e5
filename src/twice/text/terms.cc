#include "twice/text/terms.h"

#include <libstemmer.h>

#include "twice/text/tokenize.h"

namespace twice::text {

Status check_stemmer(const std::string& name) {
  if (name == "none") return Status();
  std::string known = "none";
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

std::vector<std::string> TermExtractor::terms(std::string_view text) {
  return terms(tokenize(text, pattern_));
}

std::string TermExtractor::stem(const std::string& term) {
  if (stemmer_ == nullptr) return term;
  const sb_symbol* stem = sb_stemmer_stem(
      stemmer_, reinterpret_cast<const sb_symbol*>(term.data()), static_cast<int>(term.size()));
  if (stem == nullptr) return term;  // out of memory inside libstemmer: keep the word
  return std::string(reinterpret_cast<const char*>(stem),
                     static_cast<std::size_t>(sb_stemmer_length(stemmer_)));
}

std::vector<std::string> TermExtractor::terms(std::vector<Token> tokens) {
  std::vector<char> content(tokens.size());
  std::size_t kept = 0;
  for (std::size_t t = 0; t < tokens.size(); ++t) {
    content[t] = !stop_words_->contains(tokens[t].term);
    kept += content[t];
  }
  // Exactly sized: on large runs the terms are most of segmentation's memory.
  std::vector<std::string> terms;
  terms.reserve(kept);
  for (std::size_t t = 0; t < tokens.size(); ++t) {
    if (!content[t]) continue;
    if (stemmer_ == nullptr) {
      terms.push_back(std::move(tokens[t].term));
      continue;
    }
    const std::string& term = tokens[t].term;
    const sb_symbol* stem = sb_stemmer_stem(
        stemmer_, reinterpret_cast<const sb_symbol*>(term.data()), static_cast<int>(term.size()));
    if (stem == nullptr) {  // out of memory inside libstemmer: keep the word
      terms.push_back(term);
    } else {
      terms.emplace_back(reinterpret_cast<const char*>(stem),
                         static_cast<std::size_t>(sb_stemmer_length(stemmer_)));
    }
  }
  return terms;
}

}  // namespace twice::text
