// Sentence splitting: rule-based, one left-to-right pass over code points.
//
// A candidate end is a run of terminators plus the closing quotes and
// brackets right after it. Whether it is a boundary depends on what follows
// (whitespace and a plausible sentence start, or the end of the text) and,
// for a single '.', on the word before it (abbreviations, initials, dotted
// acronyms). Unicode categories come from utf8proc; only the punctuation
// that ends sentences and the abbreviation lists are ours.
#include "twice/segment/sentences.h"

#include <utf8proc.h>

#include <algorithm>
#include <iterator>
#include <string>

#include "twice/util/unicode.h"

namespace twice::segmenter {
namespace {

struct CodePoint {
  utf8proc_int32_t cp;
  std::size_t begin;  // byte offsets in the text
  std::size_t end;
};

std::vector<CodePoint> decode(std::string_view text) {
  std::vector<CodePoint> cps;
  cps.reserve(text.size());
  for (std::size_t at = 0; at < text.size();) {
    utf8proc_int32_t cp;
    const std::size_t n = util::decode_at(text, at, &cp);
    cps.push_back({cp, at, at + n});
    at += n;
  }
  return cps;
}

using util::category;
using util::is_space;

// CJK and full-width terminators end a sentence even with no space after
// them: those scripts do not put spaces between sentences.
bool is_cjk_terminator(utf8proc_int32_t cp) {
  return cp == 0x3002 || cp == 0xFF01 || cp == 0xFF1F || cp == 0xFF61;  // 。！？｡
}

bool is_terminator(utf8proc_int32_t cp) {
  switch (cp) {
    case '.': case '!': case '?':
    case 0x2026:                                          // …
    case 0x203C: case 0x2047: case 0x2048: case 0x2049:  // ‼ ⁇ ⁈ ⁉
    case 0x037E:                                          // Greek question mark
    case 0x061F: case 0x06D4:                             // Arabic ؟ ۔
    case 0x0964: case 0x0965:                             // Devanagari danda । ॥
      return true;
    default:
      return is_cjk_terminator(cp);
  }
}

bool is_letter(utf8proc_int32_t cp) {
  const utf8proc_category_t c = category(cp);
  return c >= UTF8PROC_CATEGORY_LU && c <= UTF8PROC_CATEGORY_LO;
}

bool is_upper(utf8proc_int32_t cp) {
  const utf8proc_category_t c = category(cp);
  return c == UTF8PROC_CATEGORY_LU || c == UTF8PROC_CATEGORY_LT;
}

// ASCII quotes have no direction, so they count both as closers (after a
// terminator) and as openers (at a sentence start).
bool is_closer(utf8proc_int32_t cp) {
  if (cp == '"' || cp == '\'') return true;
  const utf8proc_category_t c = category(cp);
  return c == UTF8PROC_CATEGORY_PE || c == UTF8PROC_CATEGORY_PF;
}

bool is_opener(utf8proc_int32_t cp) {
  if (cp == '"' || cp == '\'' || cp == 0x00BF || cp == 0x00A1) return true;  // ¿ ¡
  const utf8proc_category_t c = category(cp);
  return c == UTF8PROC_CATEGORY_PS || c == UTF8PROC_CATEGORY_PI;
}

// Upper-case letters, digits, opening punctuation, and letters of scripts
// without case (CJK, Arabic, Hebrew, Devanagari ...: anything but Ll).
bool is_sentence_start(utf8proc_int32_t cp) {
  if (is_opener(cp)) return true;
  const utf8proc_category_t c = category(cp);
  return c == UTF8PROC_CATEGORY_ND || (is_letter(cp) && c != UTF8PROC_CATEGORY_LL);
}

template <std::size_t N>
bool contains(const std::string_view (&list)[N], std::string_view word) {
  return std::find(std::begin(list), std::end(list), word) != std::end(list);
}

// Abbreviations that practically never end a sentence: titles before a
// name, and "e.g."-like words that always introduce something.
constexpr std::string_view kNeverFinal[] = {
    "mr", "mrs", "ms", "dr", "prof", "st", "vs", "cf", "e.g", "i.e",
    "approx", "fig", "vol", "ch", "sec", "pp", "dept", "gen", "gov", "sen",
    "rep", "rev", "col", "lt", "sgt", "capt", "mt", "ft"};

// Abbreviations that often end a sentence too ("... Apple Inc. The
// company"): a boundary only before a common sentence starter.
constexpr std::string_view kSometimesFinal[] = {
    "sr", "jr", "al", "no", "inc", "ltd", "co", "corp", "est",
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct",
    "nov", "dec"};

// Capitalised words that start sentences far more often than they follow an
// abbreviation inside one: "the U.S. The talks" splits, "U.S. President"
// does not. Kept short on purpose; each word here is a bet.
constexpr std::string_view kStarters[] = {
    "The", "This", "That", "These", "Those", "It", "Its", "In", "A", "An",
    "He", "She", "They", "We", "I", "But", "And", "However", "Meanwhile",
    "Currently", "There", "Then", "If", "When", "While"};

// cps[from, to) lower-cased; "" if not all ASCII (our lists are ASCII).
std::string ascii_lower(const std::vector<CodePoint>& cps, std::size_t from,
                        std::size_t to) {
  std::string s;
  for (std::size_t i = from; i < to; ++i) {
    if (cps[i].cp >= 0x80) return std::string();
    char c = static_cast<char>(cps[i].cp);
    s.push_back(c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c);
  }
  return s;
}

// "U.S", "e.g", "a.m", "Ph.D": letter groups of one or two joined by dots,
// at least one dot, at least one single letter.
bool is_dotted_acronym(const std::vector<CodePoint>& cps, std::size_t from,
                       std::size_t to) {
  std::size_t group = 0, dots = 0;
  bool single = false;
  for (std::size_t i = from; i <= to; ++i) {
    if (i == to || cps[i].cp == '.') {
      if (group == 0 || group > 2) return false;
      single = single || group == 1;
      if (i < to) ++dots;
      group = 0;
    } else if (is_letter(cps[i].cp)) {
      ++group;
    } else {
      return false;
    }
  }
  return dots > 0 && single;
}

// The letters starting at `at` form a whole word from kStarters (and not an
// initial such as the "A" of "A. A. Milne").
bool starts_with_starter(const std::vector<CodePoint>& cps, std::size_t at) {
  std::size_t end = at;
  while (end < cps.size() && is_letter(cps[end].cp)) ++end;
  if (end < cps.size() && cps[end].cp == '.') return false;
  const std::string word = [&] {
    std::string s;
    for (std::size_t i = at; i < end; ++i) {
      if (cps[i].cp >= 0x80) return std::string();
      s.push_back(static_cast<char>(cps[i].cp));
    }
    return s;
  }();
  return !word.empty() && contains(kStarters, word);
}

// A lone '.' at `dot`, followed by whitespace and a sentence start at `next`.
bool period_ends_sentence(const std::vector<CodePoint>& cps, std::size_t dot,
                          std::size_t next) {
  std::size_t from = dot;
  while (from > 0 && !is_space(cps[from - 1].cp)) --from;
  while (from < dot && is_opener(cps[from].cp)) ++from;
  if (from == dot) return true;
  const std::string word = ascii_lower(cps, from, dot);
  if (contains(kNeverFinal, word)) return false;
  // "etc." closes lists, and often sentences: a capital after it decides.
  if (word == "etc") return is_upper(cps[next].cp);
  const bool initial = dot - from == 1 && is_letter(cps[from].cp);
  if (initial || contains(kSometimesFinal, word) || is_dotted_acronym(cps, from, dot)) {
    return starts_with_starter(cps, next);
  }
  return true;
}

}  // namespace

std::vector<TextRange> split_sentences(std::string_view text) {
  const std::vector<CodePoint> cps = decode(text);
  const std::size_t n = cps.size();
  std::vector<TextRange> sentences;
  std::size_t start = 0;
  while (start < n && is_space(cps[start].cp)) ++start;
  std::size_t i = start;
  while (i < n) {
    if (!is_terminator(cps[i].cp)) {
      ++i;
      continue;
    }
    // The candidate end: terminators and closers, e.g. `?!"` or `.)`.
    std::size_t j = i, terminators = 0, last_terminator = i;
    while (j < n && (is_terminator(cps[j].cp) || is_closer(cps[j].cp))) {
      if (is_terminator(cps[j].cp)) {
        ++terminators;
        last_terminator = j;
      }
      ++j;
    }
    std::size_t next = j;
    while (next < n && is_space(cps[next].cp)) ++next;

    bool boundary;
    if (next == n || is_cjk_terminator(cps[last_terminator].cp)) {
      boundary = true;
    } else if (next == j) {
      boundary = false;  // "3.5", "example.com", "?!" inside a word
    } else if (!is_sentence_start(cps[next].cp)) {
      boundary = false;  // "Wait... what", "e.g. this", "\"Stop!\" he said"
    } else if (terminators == 1 && cps[i].cp == '.') {
      boundary = period_ends_sentence(cps, i, next);
    } else {
      boundary = true;
    }
    if (boundary) {
      sentences.push_back({cps[start].begin, cps[j - 1].end});
      start = next;
    }
    i = j;
  }
  if (start < n) {
    std::size_t last = n;
    while (last > start && is_space(cps[last - 1].cp)) --last;
    sentences.push_back({cps[start].begin, cps[last - 1].end});
  }
  return sentences;
}

}  // namespace twice::segmenter
