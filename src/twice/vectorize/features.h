// Features: what enters a vector, made from a text's terms.
//
// Always the terms themselves; as Options asks, also
//   word bigrams      adjacent terms joined by a space ("security team"), as
//                     scikit-learn's ngram_range=(1, 2) makes them;
//   character n-grams within each term, padded with a space on both sides
//                     (" team " -> " te", "tea", "eam", "am "), as
//                     scikit-learn's analyzer='char_wb' makes them: robust
//                     to inflection and typos. Lengths count code points; a
//                     padded term no longer than n gives itself once.
// Every feature is one id in the run's Vocabulary; kinds never collide:
// n-grams carry a leading U+001F, and no term holds a space or a control
// character. Complexity O(terms · characters · lengths). Thread-safe.
#ifndef TWICE_VECTORIZE_FEATURES_H_
#define TWICE_VECTORIZE_FEATURES_H_

#include <string>
#include <vector>

#include "twice/options.h"
#include "twice/vectorize/tfidf.h"

namespace twice::vectorize {

// The features of one text, in order: terms, then bigrams, then n-grams.
std::vector<std::string> features(const std::vector<std::string>& terms, const Options& options);

// Appends the ids of features(terms, options) to *bag, then those of the
// stop words (Vocabulary::stop_word_id; no bigrams or n-grams of them).
void add_features(const std::vector<std::string>& terms,
                  const std::vector<std::string>& stop_words, const Options& options,
                  Vocabulary* vocabulary, Bag* bag);

}  // namespace twice::vectorize

#endif  // TWICE_VECTORIZE_FEATURES_H_
