// Languages: which stop-word list and Snowball stemmer a text gets, and
// which language a paragraph is written in.
//
// The table holds every language libstemmer stems, the languages whose
// script alone names them, and the unspaced scripts (Chinese, Japanese,
// Thai, ...; no stemmer, character bigrams from the tokenizer). A language
// has a stop-word list when one ships (data/stopwords/<code>.txt).
//
// detect_language() names a paragraph's language, or nullptr when it cannot:
//   1. Letters are counted by script (util::script_of) over the first
//      kDetectBytes bytes. The script with most letters decides when it
//      belongs to one language: Cyrillic -> ru, Greek -> el, Han -> zh
//      (ja when at least a fifth of the Han and kana letters are kana),
//      Hangul -> ko, Thai -> th, Arabic -> ar, ... (kMinScriptLetters letters
//      at least).
//   2. Devanagari: ne when at least a fifth of the words are on the Nepali
//      stop list, hi otherwise.
//   3. Latin: the stop-word method. Each word on the stop lists of k of the
//      Latin languages that have one adds 1/k to each of them (a word many
//      lists share says little); the language with the highest score wins
//      when it has at least kMinStopWords such words and beats the
//      runner-up by kMargin. Latin languages without a stop list (Catalan,
//      Basque, Irish, Indonesian, Lithuanian, Romanian, Serbian) are never
//      detected: name them with --language.
// A Latin-script call is confident when its winner has at least
// kConfidentStopWords stop-word points; script calls always are.
// resolve_languages() gives the paragraphs nobody could call the
// document's dominant language (most bytes among confident calls, or among
// all calls when none is confident), or English when none was called; and a
// call that is not confident yields to that dominant language too, when
// some call is and the dominant language is a Latin one with a stop list:
// "A man is opening a door." (stop words that Dutch shares with English)
// stays English in an English document, and a short French line stays
// French in a Russian one.
// Deterministic; O(n) in the text, capped at kDetectBytes. Thread-safe.
#ifndef TWICE_TEXT_LANGUAGES_H_
#define TWICE_TEXT_LANGUAGES_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "twice/status.h"

namespace twice::text {

struct Language {
  const char* code;     // ISO 639-1: what --language takes and reports show
  const char* name;     // English name, for messages and the README
  const char* stemmer;  // libstemmer algorithm, or nullptr: no stemming
};

// Every language of the table, ordered by code; the first is "none" (no
// stop list, no stemmer: what --language none gives).
const std::vector<Language>& languages();
const Language& no_language();
// The language of a code; nullptr when the table has none.
const Language* find_language(std::string_view code);

// OK for "auto", "none" and the codes of the table; an error listing them
// otherwise.
Status check_language(const std::string& name);

constexpr std::size_t kDetectBytes = 4096;
constexpr int kMinScriptLetters = 2;
constexpr double kMinStopWords = 1.5;
constexpr double kMargin = 1.2;
constexpr double kConfidentStopWords = 3.0;

// The language of a paragraph, or nullptr when it is too short or too
// ambiguous to call; *confident, when given, says whether the call is.
// REQUIRES: text is valid UTF-8.
const Language* detect_language(std::string_view text, bool* confident = nullptr);

// Fills the nullptr entries of one document's paragraph languages (weights:
// the paragraphs' sizes) with its dominant language, or English, and turns
// the calls that are not confident (confident[p] false; empty: all are) to
// it when some call is.
void resolve_languages(std::vector<const Language*>* languages,
                       const std::vector<std::size_t>& weights,
                       const std::vector<bool>& confident = {});

}  // namespace twice::text

#endif  // TWICE_TEXT_LANGUAGES_H_
