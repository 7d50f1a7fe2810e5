#include "twice/text/term_rules.h"

#include <libstemmer.h>

#include <cstring>

namespace twice::text {
namespace {

std::size_t index_of(const Language& language) {
  return static_cast<std::size_t>(&language - languages().data());
}

bool libstemmer_has(const char* algorithm) {
  for (const char** known = sb_stemmer_list(); *known != nullptr; ++known) {
    if (std::strcmp(*known, algorithm) == 0) return true;
  }
  return false;
}

}  // namespace

Result<TermRules> TermRules::make(const Options& options) {
  Status language = check_language(options.language);
  if (!language.ok()) return language.error();
  Status stemmer = check_stemmer(options.stemmer);
  if (!stemmer.ok()) return stemmer.error();
  TermRules rules;
  rules.tokens_ = options.tokens;
  rules.stemmer_ = options.stemmer;
  if (options.language != "auto") rules.language_ = find_language(options.language);
  if (options.stopwords != "auto") {
    auto list = StopWords::load(options.stopwords, options.tokens);
    if (!list.ok()) return list.error();
    rules.override_ = std::move(list).value();
  } else {
    auto lists = std::make_shared<std::vector<StopWords>>(languages().size());
    for (std::size_t l = 0; l < languages().size(); ++l) {
      if (const char* words = shipped_stop_words(languages()[l].code)) {
        (*lists)[l] = StopWords::parse(words, options.tokens);
      }
    }
    rules.lists_ = std::move(lists);
  }
  return rules;
}

std::vector<const Language*> TermRules::languages_of(
    const std::vector<std::string_view>& texts) const {
  if (language_ != nullptr) return std::vector<const Language*>(texts.size(), language_);
  std::vector<const Language*> found(texts.size());
  std::vector<std::size_t> weights(texts.size());
  std::vector<bool> confident(texts.size());
  for (std::size_t t = 0; t < texts.size(); ++t) {
    bool sure = false;
    found[t] = detect_language(texts[t], &sure);
    confident[t] = sure;
    weights[t] = texts[t].size();
  }
  resolve_languages(&found, weights, confident);
  return found;
}

const StopWords& TermRules::stop_words(const Language& language) const {
  if (override_) return *override_;
  return (*lists_)[index_of(language)];
}

std::string TermRules::stemmer(const Language& language) const {
  if (stemmer_ != "auto") return stemmer_;
  return language.stemmer != nullptr && libstemmer_has(language.stemmer) ? language.stemmer
                                                                         : "none";
}

TermExtractor& TermMaker::extractor(const Language& language) {
  const std::size_t index = index_of(language);
  if (extractors_.size() <= index) extractors_.resize(languages().size());
  if (!extractors_[index]) {
    extractors_[index] = std::make_unique<TermExtractor>(
        rules_->stop_words(language), rules_->tokens(), rules_->stemmer(language));
  }
  return *extractors_[index];
}

}  // namespace twice::text
