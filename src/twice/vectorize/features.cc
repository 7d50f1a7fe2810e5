#include "twice/vectorize/features.h"

#include <cstddef>

namespace twice::vectorize {
namespace {

// Marks a character n-gram, so that " ab" never meets a term.
constexpr char kNgramMark = '\x1f';

bool continues_code_point(char byte) { return (static_cast<unsigned char>(byte) & 0xC0) == 0x80; }

// scikit-learn's _char_wb_ngrams on one word: n-grams of " word " for n in
// [low, high]; a padded word no longer than n is taken once, whole, and ends
// the sweep.
void add_char_ngrams(const std::string& term, int low, int high,
                     std::vector<std::string>* out) {
  const std::string padded = " " + term + " ";
  std::vector<std::size_t> starts;  // byte offset of each code point, then the end
  for (std::size_t at = 0; at < padded.size(); ++at) {
    if (!continues_code_point(padded[at])) starts.push_back(at);
  }
  const int length = static_cast<int>(starts.size());
  starts.push_back(padded.size());
  for (int n = low; n <= high; ++n) {
    if (length <= n) {
      out->push_back(kNgramMark + padded);
      break;
    }
    for (int first = 0; first + n <= length; ++first) {
      out->push_back(kNgramMark +
                     padded.substr(starts[first], starts[first + n] - starts[first]));
    }
  }
}

}  // namespace

std::vector<std::string> features(const std::vector<std::string>& terms, const Options& options) {
  std::vector<std::string> out(terms);
  if (options.word_bigrams) {
    for (std::size_t i = 1; i < terms.size(); ++i) out.push_back(terms[i - 1] + ' ' + terms[i]);
  }
  if (options.char_ngrams.low > 0) {
    for (const std::string& term : terms) {
      add_char_ngrams(term, options.char_ngrams.low, options.char_ngrams.high, &out);
    }
  }
  return out;
}

void add_features(const std::vector<std::string>& terms,
                  const std::vector<std::string>& stop_words, const Options& options,
                  Vocabulary* vocabulary, Bag* bag) {
  if (!options.word_bigrams && options.char_ngrams.low == 0) {
    for (const std::string& term : terms) bag->push_back(vocabulary->id(term));
  } else {
    for (const std::string& feature : features(terms, options)) {
      bag->push_back(vocabulary->id(feature));
    }
  }
  for (const std::string& word : stop_words) bag->push_back(vocabulary->stop_word_id(word));
}

}  // namespace twice::vectorize
