// Background document frequencies for the idf (Options::idf_background).
//
// A run of a few paragraphs has too few sentences to tell a common word
// from a rare one; a background table (text/background.h) lends it the
// document frequencies of a large text. With one, fit() uses
//   n' = n + N,  df' = df + df_background
// (N the table's total units), so a short draft's weights come mostly from
// the background and a long run's mostly from itself.
//
// The table lists words; the run's features are stems, stop words and
// n-grams. Each listed word becomes features as a word of an English
// paragraph does (its stop list and stemmer under the run's options, the
// character n-grams of its stem when Options::char_ngrams asks); a
// feature's background frequency is the sum of the units of the words that
// make it, capped at N. Word bigrams get none. O(table words · n-grams).
#ifndef TWICE_VECTORIZE_BACKGROUND_IDF_H_
#define TWICE_VECTORIZE_BACKGROUND_IDF_H_

#include "twice/options.h"
#include "twice/status.h"
#include "twice/text/background.h"
#include "twice/vectorize/tfidf.h"

namespace twice::vectorize {

// The table Options::idf_background names: nullptr for "none", the shipped
// English table for "en", else the file (errors name it).
Result<const text::Background*> background_table(const Options& options,
                                                 text::Background* loaded);

// Sets weighting->background_df (by vocabulary id) and background_documents.
// Errors: those of the run's stop lists and stemmers (text/term_rules.h).
Status add_background(const text::Background& table, const Vocabulary& vocabulary,
                      const Options& options, Weighting* weighting);

}  // namespace twice::vectorize

#endif  // TWICE_VECTORIZE_BACKGROUND_IDF_H_
