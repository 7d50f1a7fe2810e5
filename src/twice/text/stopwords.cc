#include "twice/text/stopwords.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "twice/source/decode.h"
#include "twice/text/tokenize.h"

namespace twice::text {
namespace {

std::string_view trim(std::string_view s) {
  const auto first = s.find_first_not_of(" \t\r\n");
  if (first == std::string_view::npos) return {};
  const auto last = s.find_last_not_of(" \t\r\n");
  return s.substr(first, last - first + 1);
}

std::string normalize_for(std::string_view word, TokenPattern pattern) {
  // scikit-learn compares its stop list with the tokens exactly as written.
  if (pattern == TokenPattern::kSklearn) return std::string(word);
  return normalize_term(word);
}

}  // namespace

StopWords StopWords::parse(std::string_view list, TokenPattern pattern) {
  StopWords stop_words;
  while (!list.empty()) {
    const auto newline = list.find('\n');
    std::string_view line = list.substr(0, newline);
    list = newline == std::string_view::npos ? std::string_view() : list.substr(newline + 1);
    line = trim(line.substr(0, line.find('#')));
    if (!line.empty()) stop_words.words_.insert(normalize_for(line, pattern));
  }
  return stop_words;
}

Result<StopWords> StopWords::load(const std::string& spec, TokenPattern pattern) {
  if (spec == "none" || spec.empty()) return StopWords();
  if (const char* shipped = shipped_stop_words(spec)) return parse(shipped, pattern);
  std::error_code ignored;
  std::ifstream in;
  if (std::filesystem::is_regular_file(spec, ignored)) in.open(spec, std::ios::binary);
  if (!in.is_open()) {
    Error error;
    error.path = spec;
    std::string codes;
    for (const std::string& code : shipped_stop_word_languages()) codes += code + ", ";
    error.message = "cannot read stop-word file (expected " + codes + "none or a file path)";
    return error;
  }
  std::ostringstream bytes;
  bytes << in.rdbuf();
  if (in.bad()) {
    Error error;
    error.path = spec;
    error.message = "cannot read stop-word file";
    return error;
  }
  const std::string list = bytes.str();
  Status valid = source::check_text(list, spec);
  if (!valid.ok()) return valid.error();
  return parse(list, pattern);
}

bool negates(std::string_view term) {
  static constexpr std::string_view kWords[] = {"not",     "no",     "never",  "cannot",
                                                "none",    "nor",    "neither", "nothing",
                                                "nobody",  "nowhere"};
  for (std::string_view word : kWords) {
    if (term == word) return true;
  }
  constexpr std::string_view kSuffix = "n't";
  return term.size() > kSuffix.size() &&
         term.compare(term.size() - kSuffix.size(), kSuffix.size(), kSuffix) == 0;
}

bool opens_case(std::string_view term) {
  static constexpr std::string_view kWords[] = {"if", "when", "whenever", "unless", "on",
                                                "in", "for",  "with",     "where"};
  return std::find(std::begin(kWords), std::end(kWords), term) != std::end(kWords);
}

}  // namespace twice::text
