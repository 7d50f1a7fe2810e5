#include "twice/text/languages.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <unordered_map>

#include "twice/text/stopwords.h"
#include "twice/text/tokenize.h"
#include "twice/util/unicode.h"

namespace twice::text {
namespace {

using util::Script;

// Ordered by code; "none" first. The Latin languages with a shipped stop
// list are the ones the stop-word method chooses between.
const std::vector<Language> kLanguages = {
    {"none", "no language", nullptr},  {"ar", "Arabic", "arabic"},
    {"ca", "Catalan", "catalan"},      {"da", "Danish", "danish"},
    {"de", "German", "german"},        {"el", "Greek", "greek"},
    {"en", "English", "english"},      {"es", "Spanish", "spanish"},
    {"eu", "Basque", "basque"},        {"fi", "Finnish", "finnish"},
    {"fr", "French", "french"},        {"ga", "Irish", "irish"},
    {"he", "Hebrew", nullptr},         {"hi", "Hindi", "hindi"},
    {"hu", "Hungarian", "hungarian"},  {"hy", "Armenian", "armenian"},
    {"id", "Indonesian", "indonesian"}, {"it", "Italian", "italian"},
    {"ja", "Japanese", nullptr},       {"km", "Khmer", nullptr},
    {"ko", "Korean", nullptr},         {"lo", "Lao", nullptr},
    {"lt", "Lithuanian", "lithuanian"}, {"my", "Burmese", nullptr},
    {"ne", "Nepali", "nepali"},        {"nl", "Dutch", "dutch"},
    {"no", "Norwegian", "norwegian"},  {"pt", "Portuguese", "portuguese"},
    {"ro", "Romanian", "romanian"},    {"ru", "Russian", "russian"},
    {"sr", "Serbian", "serbian"},      {"sv", "Swedish", "swedish"},
    {"ta", "Tamil", "tamil"},          {"th", "Thai", nullptr},
    {"tr", "Turkish", "turkish"},      {"yi", "Yiddish", "yiddish"},
    {"zh", "Chinese", nullptr},
};

// The one language a script names (Latin, Devanagari and Han/kana need more).
const char* language_of_script(Script script) {
  switch (script) {
    case Script::kCyrillic: return "ru";
    case Script::kGreek: return "el";
    case Script::kArmenian: return "hy";
    case Script::kHebrew: return "he";
    case Script::kArabic: return "ar";
    case Script::kTamil: return "ta";
    case Script::kHangul: return "ko";
    case Script::kThai: return "th";
    case Script::kLao: return "lo";
    case Script::kKhmer: return "km";
    case Script::kMyanmar: return "my";
    default: return nullptr;
  }
}

constexpr const char* kLatinWithLists[] = {"da", "de", "en", "es", "fi", "fr", "hu",
                                           "it", "nl", "no", "pt", "sv", "tr"};
constexpr std::size_t kLatinCount = std::size(kLatinWithLists);

// Each stop word of the Latin lists -> the set of those lists (a bit each).
const std::unordered_map<std::string, std::uint32_t>& latin_stop_index() {
  static const auto index = [] {
    std::unordered_map<std::string, std::uint32_t> words;
    for (std::size_t l = 0; l < kLatinCount; ++l) {
      const StopWords list =
          StopWords::parse(shipped_stop_words(kLatinWithLists[l]), TokenPattern::kWords);
      for (const std::string& word : list.words()) words[word] |= 1u << l;
    }
    return words;
  }();
  return index;
}

const StopWords& nepali_stop_words() {
  static const StopWords list = StopWords::parse(shipped_stop_words("ne"), TokenPattern::kWords);
  return list;
}

// `text` cut to at most kDetectBytes, on a code point boundary.
std::string_view head(std::string_view text) {
  if (text.size() <= kDetectBytes) return text;
  std::size_t end = kDetectBytes;
  while (end > 0 && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80) --end;
  return text.substr(0, end);
}

const Language* detect_latin(std::string_view text, bool* confident) {
  const auto& index = latin_stop_index();
  std::array<double, kLatinCount> score{};
  for (const Token& token : tokenize(text, TokenPattern::kWords)) {
    const auto found = index.find(token.term);
    if (found == index.end()) continue;
    const std::uint32_t lists = found->second;
    const double share = 1.0 / __builtin_popcount(lists);
    for (std::size_t l = 0; l < kLatinCount; ++l) {
      if (lists & (1u << l)) score[l] += share;
    }
  }
  std::size_t best = 0;
  for (std::size_t l = 1; l < kLatinCount; ++l) {
    if (score[l] > score[best]) best = l;  // ties: the first code
  }
  double second = 0;
  for (std::size_t l = 0; l < kLatinCount; ++l) {
    if (l != best) second = std::max(second, score[l]);
  }
  if (score[best] < kMinStopWords || score[best] < kMargin * second) return nullptr;
  *confident = score[best] >= kConfidentStopWords;
  return find_language(kLatinWithLists[best]);
}

const Language* detect_devanagari(std::string_view text) {
  const std::vector<Token> tokens = tokenize(text, TokenPattern::kWords);
  std::size_t stop = 0;
  for (const Token& token : tokens) stop += nepali_stop_words().contains(token.term);
  return find_language(stop * 5 >= tokens.size() ? "ne" : "hi");
}

}  // namespace

const std::vector<Language>& languages() { return kLanguages; }

const Language& no_language() { return kLanguages.front(); }

const Language* find_language(std::string_view code) {
  for (const Language& language : kLanguages) {
    if (code == language.code) return &language;
  }
  return nullptr;
}

Status check_language(const std::string& name) {
  if (name == "auto" || find_language(name) != nullptr) return Status();
  std::string known = "auto";
  for (const Language& language : kLanguages) known += std::string(", ") + language.code;
  Error error;
  error.message = "unknown language '" + name + "' (expected " + known + ")";
  return error;
}

const Language* detect_language(std::string_view text, bool* confident) {
  bool ignored = false;
  if (confident == nullptr) confident = &ignored;
  *confident = false;
  text = head(text);
  std::array<int, static_cast<std::size_t>(Script::kMyanmar) + 1> letters{};
  for (std::size_t at = 0; at < text.size();) {
    utf8proc_int32_t cp;
    at += util::decode_at(text, at, &cp);
    const utf8proc_category_t category = util::category(cp);
    if (category < UTF8PROC_CATEGORY_LU || category > UTF8PROC_CATEGORY_LO) continue;
    ++letters[static_cast<std::size_t>(util::script_of(cp))];
  }
  // Japanese mixes Han and kana: the two count as one script here.
  const int han = letters[static_cast<std::size_t>(Script::kHan)];
  const int kana = letters[static_cast<std::size_t>(Script::kKana)];
  letters[static_cast<std::size_t>(Script::kHan)] = han + kana;
  letters[static_cast<std::size_t>(Script::kKana)] = 0;
  std::size_t best = 1;  // kOther never decides
  for (std::size_t s = 2; s < letters.size(); ++s) {
    if (letters[s] > letters[best]) best = s;
  }
  if (letters[best] < kMinScriptLetters) return nullptr;
  const auto script = static_cast<Script>(best);
  if (script != Script::kLatin) *confident = true;
  switch (script) {
    case Script::kLatin: return detect_latin(text, confident);
    case Script::kDevanagari: return detect_devanagari(text);
    case Script::kHan: return find_language(kana * 5 >= han + kana ? "ja" : "zh");
    default: {
      const char* code = language_of_script(script);
      return code != nullptr ? find_language(code) : nullptr;
    }
  }
}

void resolve_languages(std::vector<const Language*>* languages,
                       const std::vector<std::size_t>& weights,
                       const std::vector<bool>& confident) {
  const auto is_confident = [&](std::size_t p) { return confident.empty() || confident[p]; };
  bool any_confident = false;
  for (std::size_t p = 0; p < languages->size(); ++p) {
    any_confident = any_confident || ((*languages)[p] != nullptr && is_confident(p));
  }
  std::vector<std::size_t> total(kLanguages.size());
  for (std::size_t p = 0; p < languages->size(); ++p) {
    if ((*languages)[p] == nullptr || (any_confident && !is_confident(p))) continue;
    total[(*languages)[p] - kLanguages.data()] += weights[p];
  }
  std::size_t dominant = 0;
  for (std::size_t l = 1; l < total.size(); ++l) {
    if (total[l] > total[dominant]) dominant = l;
  }
  const Language* fallback = total[dominant] > 0 ? &kLanguages[dominant] : find_language("en");
  // A weak call is always between Latin languages with stop lists (script
  // calls are confident): it yields only to one of them.
  const bool fallback_is_latin =
      std::find_if(std::begin(kLatinWithLists), std::end(kLatinWithLists), [&](const char* code) {
        return std::string_view(code) == fallback->code;
      }) != std::end(kLatinWithLists);
  for (std::size_t p = 0; p < languages->size(); ++p) {
    const Language*& language = (*languages)[p];
    if (language == nullptr || (any_confident && !is_confident(p) && fallback_is_latin)) {
      language = fallback;
    }
  }
}

}  // namespace twice::text
