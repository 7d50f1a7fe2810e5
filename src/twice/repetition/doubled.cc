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

// Equal bytes, but for the case of the first ASCII letter.
bool same_but_first_letter(std::string_view a, std::string_view b) {
  if (a.size() != b.size() || a.empty()) return false;
  const auto lower = [](char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c; };
  return lower(a[0]) == lower(b[0]) && a.substr(1) == b.substr(1);
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
    const std::string_view bytes = documents[first.document].bytes;
    if (!only_space(bytes.substr(first.end(), second.begin - first.end()))) continue;
    // "in in-DOM", "a a-b": the second is part of a compound, not a repeat.
    if (second.end() < bytes.size() && bytes[second.end()] == '-') continue;
    if (first.begin > 0 && bytes[first.begin - 1] == '-') continue;
    // "AND and OR": written differently, the two are names, not a slip. A
    // capital that starts a sentence ("The the") is the one difference allowed.
    if (!same_but_first_letter(bytes.substr(first.begin, first.length),
                               bytes.substr(second.begin, second.length))) {
      continue;
    }
    out.push_back(word_finding(FindingKind::kDoubledWord, run, {w - 1, w}, documents));
  }
  return out;
}

}  // namespace twice::repetition
