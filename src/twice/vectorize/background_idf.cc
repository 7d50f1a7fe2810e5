#include "twice/vectorize/background_idf.h"

#include <algorithm>
#include <string>
#include <vector>

#include "twice/text/languages.h"
#include "twice/text/term_rules.h"
#include "twice/vectorize/features.h"

namespace twice::vectorize {

Result<const text::Background*> background_table(const Options& options,
                                                 text::Background* loaded) {
  if (options.idf_background == "none") return static_cast<const text::Background*>(nullptr);
  if (options.idf_background == "en") return &text::Background::english();
  auto table = text::Background::load(options.idf_background);
  if (!table.ok()) return table.error();
  *loaded = std::move(table).value();
  return static_cast<const text::Background*>(loaded);
}

Status add_background(const text::Background& table, const Vocabulary& vocabulary,
                      const Options& options, Weighting* weighting) {
  auto rules = text::TermRules::make(options);
  if (!rules.ok()) return rules.error();
  const text::Language& english = *text::find_language("en");
  const text::StopWords& stop_words = rules.value().stop_words(english);
  text::TermMaker makers(rules.value());
  text::TermExtractor& stemmer = makers.extractor(english);
  Options stems_only = options;
  stems_only.word_bigrams = false;

  const double documents = static_cast<double>(table.total_units());
  std::vector<double> df(static_cast<std::size_t>(vocabulary.size()), 0.0);
  table.for_each_units([&](const std::string& word, std::uint64_t units) {
    auto add = [&](int id) {
      if (id >= 0) df[static_cast<std::size_t>(id)] += static_cast<double>(units);
    };
    if (stop_words.contains(word)) {
      add(vocabulary.find_stop_word(word));
      return;
    }
    std::vector<std::string> made = features({stemmer.stem(word)}, stems_only);
    // A word's n-grams repeat ("banana": "ana" twice); each counts once.
    std::sort(made.begin(), made.end());
    made.erase(std::unique(made.begin(), made.end()), made.end());
    for (const std::string& feature : made) add(vocabulary.find(feature));
  });
  for (double& value : df) value = std::min(value, documents);
  weighting->background_df = std::move(df);
  weighting->background_documents = documents;
  return Status();
}

}  // namespace twice::vectorize
