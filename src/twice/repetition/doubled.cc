#include "twice/repetition/doubled.h"

#include <string_view>

namespace twice::repetition {
namespace {

// Words that grammar doubles (lower case, normalised).
bool doubled_on_purpose(std::string_view term) {
  static constexpr std::string_view kWords[] = {
      "had", "that", "is", "bye", "no", "so", "very", "really", "ha", "knock", "tut", "tsk",
      "nous", "vous", "die", "der", "das", "den", "dem"};
  for (const std::string_view word : kWords) {
    if (term == word) return true;
  }
  return false;
}

bool only_space(std::string_view bytes) {
  for (const char c : bytes) {
    if (c != ' ' && c != '\t' && c != '\n' && c != '\r') return false;
  }
  return !bytes.empty();
}

bool has_letter(std::string_view term) {
  for (const unsigned char c : term) {
    // Any byte of a multi-byte code point counts: non-ASCII words are words.
    if (c >= 0x80 || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) return true;
  }
  return false;
}

}  // namespace

std::vector<Finding> find_doubled(const Words& run, const std::vector<Document>& documents) {
  std::vector<Finding> out;
  for (std::size_t w = 1; w < run.words.size(); ++w) {
    const Word& first = run.words[w - 1];
    const Word& second = run.words[w];
    if (first.sentence != second.sentence || first.term != second.term) continue;
    const std::string& term = run.terms[first.term];
    if (term.size() < 2 || !has_letter(term) || doubled_on_purpose(term)) continue;
    const std::string& bytes = documents[first.document].bytes;
    if (!only_space(std::string_view(bytes).substr(first.end(), second.begin - first.end()))) {
      continue;
    }
    out.push_back(word_finding(FindingKind::kDoubledWord, run, {w - 1, w}, documents));
  }
  return out;
}

}  // namespace twice::repetition
