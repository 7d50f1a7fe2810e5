#include "twice/text/tokenize.h"

#include "twice/util/unicode.h"

#include <utf8proc.h>

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <cstring>
#include <memory>

namespace twice::text {
namespace {

struct CodePoint {
  utf8proc_int32_t value = -1;
  std::size_t begin = 0;
  std::size_t end = 0;
};

// Decodes the code point at `at`. REQUIRES: valid UTF-8, at < text.size().
CodePoint decode(std::string_view text, std::size_t at) {
  CodePoint cp;
  cp.begin = at;
  cp.end = at + util::decode_at(text, at, &cp.value);
  return cp;
}

bool is_letter(utf8proc_int32_t c) {
  switch (util::category(c)) {
    case UTF8PROC_CATEGORY_LU: case UTF8PROC_CATEGORY_LL: case UTF8PROC_CATEGORY_LT:
    case UTF8PROC_CATEGORY_LM: case UTF8PROC_CATEGORY_LO:
      return true;
    default:
      return false;
  }
}

bool is_mark(utf8proc_int32_t c) {
  const auto category = util::category(c);
  return category == UTF8PROC_CATEGORY_MN || category == UTF8PROC_CATEGORY_MC ||
         category == UTF8PROC_CATEGORY_ME;
}

bool is_number(utf8proc_int32_t c) {
  const auto category = util::category(c);
  return category == UTF8PROC_CATEGORY_ND || category == UTF8PROC_CATEGORY_NL ||
         category == UTF8PROC_CATEGORY_NO;
}

bool is_apostrophe(utf8proc_int32_t c) { return c == '\'' || c == 0x2019; }

// Python's \w for str patterns: alphanumerics and '_'.
bool is_python_word(utf8proc_int32_t c) { return is_letter(c) || is_number(c) || c == '_'; }

// --- kWords ------------------------------------------------------------------

class WordScanner {
 public:
  explicit WordScanner(std::string_view text) : text_(text) {}

  std::vector<Token> run() {
    std::vector<Token> tokens;
    std::size_t at = 0;
    while (at < text_.size()) {
      const CodePoint cp = decode(text_, at);
      if (!is_letter(cp.value) && !is_number(cp.value)) {
        at = cp.end;
        continue;
      }
      if (is_unspaced_letter(cp.value)) {
        at = bigrams(cp.begin, &tokens);
        continue;
      }
      std::size_t end = acronym_end(cp.begin);
      if (end == 0) end = word_end(cp.begin);
      Token token;
      token.begin = cp.begin;
      token.end = end;
      token.term = normalize_term(text_.substr(cp.begin, end - cp.begin));
      tokens.push_back(std::move(token));
      at = end;
    }
    return tokens;
  }

 private:
  static bool is_unspaced_letter(utf8proc_int32_t c) {
    return util::is_unspaced(c) && is_letter(c);
  }

  // The run of unspaced-script characters from `at` as bigrams (or one
  // unigram); returns the end of the run.
  std::size_t bigrams(std::size_t at, std::vector<Token>* tokens) const {
    std::size_t first_begin = at;
    std::size_t first_end = letter_end(at);
    std::size_t count = 1;
    for (std::size_t end = first_end; end < text_.size();) {
      const CodePoint next = decode(text_, end);
      if (!is_unspaced_letter(next.value)) break;
      const std::size_t next_end = letter_end(end);
      Token token;
      token.begin = first_begin;
      token.end = next_end;
      token.term = normalize_term(text_.substr(first_begin, next_end - first_begin));
      token.bigram = true;
      tokens->push_back(std::move(token));
      first_begin = end;
      first_end = end = next_end;
      ++count;
    }
    if (count == 1) {
      Token token;
      token.begin = at;
      token.end = first_end;
      token.term = normalize_term(text_.substr(at, first_end - at));
      tokens->push_back(std::move(token));
    }
    return first_end;
  }

  // Past a letter and the marks that follow it, or 0 when `at` holds no letter.
  std::size_t letter_end(std::size_t at) const {
    if (at >= text_.size()) return 0;
    CodePoint cp = decode(text_, at);
    if (!is_letter(cp.value)) return 0;
    std::size_t end = cp.end;
    while (end < text_.size()) {
      cp = decode(text_, end);
      if (!is_mark(cp.value)) break;
      end = cp.end;
    }
    return end;
  }

  // "U.S." / "e.g.": two or more single letters each followed by '.', the
  // whole not followed by another letter. Returns the end, or 0.
  std::size_t acronym_end(std::size_t at) const {
    int letters = 0;
    std::size_t end = at;
    for (;;) {
      const std::size_t after_letter = letter_end(end);
      if (after_letter == 0 || after_letter >= text_.size() || text_[after_letter] != '.') break;
      ++letters;
      end = after_letter + 1;
    }
    if (letters < 2) return 0;
    if (end < text_.size()) {
      const CodePoint next = decode(text_, end);
      if (is_letter(next.value) || is_number(next.value)) return 0;
    }
    return end;
  }

  std::size_t word_end(std::size_t at) const {
    std::size_t end = at;
    utf8proc_int32_t previous = -1;
    while (end < text_.size()) {
      const CodePoint cp = decode(text_, end);
      if (is_unspaced_letter(cp.value)) break;  // bigrams from here
      if (is_letter(cp.value) || is_number(cp.value) || is_mark(cp.value)) {
        // A mark belongs to the letter before it: "é" decomposed is still a letter.
        if (!is_mark(cp.value)) previous = cp.value;
        end = cp.end;
        continue;
      }
      // Joiners count only between two word characters of the right kind.
      if (cp.end >= text_.size()) break;
      const CodePoint next = decode(text_, cp.end);
      const bool joins =
          (is_apostrophe(cp.value) && is_letter(previous) && is_letter(next.value)) ||
          ((cp.value == '.' || cp.value == ',') && is_number(previous) && is_number(next.value));
      if (!joins) break;
      end = cp.end;
    }
    return end;
  }

  std::string_view text_;
};

// --- kSklearn ----------------------------------------------------------------

// Python's str.lower() differs from code-point-wise lowercasing in two
// language-independent places (Unicode SpecialCasing): İ lowers to "i" +
// U+0307, and Σ at the end of a word lowers to ς (Final_Sigma).

bool is_cased(utf8proc_int32_t c) {
  const auto category = util::category(c);
  return category == UTF8PROC_CATEGORY_LU || category == UTF8PROC_CATEGORY_LL ||
         category == UTF8PROC_CATEGORY_LT;
}

// Case_Ignorable: marks, format characters, modifiers and the word-internal
// punctuation of Word_Break MidLetter/MidNumLet/Single_Quote.
bool is_case_ignorable(utf8proc_int32_t c) {
  switch (util::category(c)) {
    case UTF8PROC_CATEGORY_MN: case UTF8PROC_CATEGORY_ME: case UTF8PROC_CATEGORY_CF:
    case UTF8PROC_CATEGORY_LM: case UTF8PROC_CATEGORY_SK:
      return true;
    default:
      break;
  }
  switch (c) {
    case '\'': case '.': case ':': case 0x00B7: case 0x0387: case 0x05F4: case 0x2018:
    case 0x2019: case 0x2024: case 0x2027: case 0xFE13: case 0xFE52: case 0xFE55:
    case 0xFF07: case 0xFF0E: case 0xFF1A:
      return true;
    default:
      return false;
  }
}

std::size_t previous_start(std::string_view text, std::size_t at) {
  do {
    --at;
  } while (at > 0 && (static_cast<unsigned char>(text[at]) & 0xC0) == 0x80);
  return at;
}

// Final_Sigma: a cased letter before (skipping case-ignorables), none after.
bool is_final_sigma(std::string_view text, const CodePoint& sigma) {
  bool cased_before = false;
  for (std::size_t at = sigma.begin; at > 0;) {
    at = previous_start(text, at);
    const utf8proc_int32_t c = decode(text, at).value;
    if (is_case_ignorable(c)) continue;
    cased_before = is_cased(c);
    break;
  }
  if (!cased_before) return false;
  for (std::size_t at = sigma.end; at < text.size();) {
    const CodePoint cp = decode(text, at);
    if (!is_case_ignorable(cp.value)) return !is_cased(cp.value);
    at = cp.end;
  }
  return true;
}

void append_code_point(utf8proc_int32_t c, std::string* out) {
  utf8proc_uint8_t encoded[4];
  const auto n = utf8proc_encode_char(c, encoded);
  out->append(reinterpret_cast<const char*>(encoded), static_cast<std::size_t>(n));
}

std::vector<Token> sklearn_tokens(std::string_view text) {
  constexpr utf8proc_int32_t kCapitalIWithDot = 0x0130;
  constexpr utf8proc_int32_t kCapitalSigma = 0x03A3;
  std::vector<Token> tokens;
  std::size_t at = 0;
  while (at < text.size()) {
    CodePoint cp = decode(text, at);
    if (!is_python_word(cp.value)) {
      at = cp.end;
      continue;
    }
    Token token;
    token.begin = cp.begin;
    int length = 0;
    std::size_t end = cp.begin;
    while (end < text.size()) {
      cp = decode(text, end);
      if (!is_python_word(cp.value)) break;
      end = cp.end;
      ++length;
      if (cp.value == kCapitalIWithDot) {
        token.term += 'i';  // the U+0307 that follows in Python is not \w
        break;
      }
      const bool final_sigma = cp.value == kCapitalSigma && is_final_sigma(text, cp);
      append_code_point(final_sigma ? 0x03C2 : utf8proc_tolower(cp.value), &token.term);
    }
    token.end = end;
    at = end;
    if (length >= 2) tokens.push_back(std::move(token));
  }
  return tokens;
}

Token code_token(std::string_view text, const TextSpan& range) {
  Token token;
  token.begin = range.begin;
  token.end = range.end;
  token.term = "`";
  token.term.append(text.substr(range.begin, range.end - range.begin));
  token.term += '`';
  token.code = true;
  return token;
}

// A chunk of text between spaces that is a path or a URL, with a letter
// and a '/': "://" in it, a start at the root, here, above or home ("/usr",
// "./x", "../x", "~/x"), or a file extension after the last '/'
// ("src/main.rs", "lib/index.d.ts:20"). Not "and/or", "TCP/IP",
// "plugin/theme/preset", "1/2" or "24/7".
bool is_path(std::string_view chunk) {
  const auto letter = [](char c) { return std::isalpha(static_cast<unsigned char>(c)) != 0; };
  const std::size_t slash = chunk.rfind('/');
  if (slash == std::string_view::npos || std::none_of(chunk.begin(), chunk.end(), letter)) {
    return false;
  }
  const auto starts = [&](std::string_view prefix) {
    return chunk.substr(0, prefix.size()) == prefix;
  };
  if (chunk.find("://") != std::string_view::npos || starts("/") || starts("./") ||
      starts("../") || starts("~/")) {
    return true;
  }
  const std::size_t dot = chunk.find('.', slash);
  return dot != std::string_view::npos && dot + 1 < chunk.size() && letter(chunk[dot + 1]);
}

// The paths and URLs of `text` outside the `code` ranges, as ranges of their
// own, merged with `code` in order: each is one opaque token, as inline code
// is. A chunk loses the brackets, quotes and punctuation around it.
std::vector<TextSpan> with_bare_paths(std::string_view text, const std::vector<TextSpan>& code) {
  std::vector<TextSpan> out;
  std::size_t c = 0;
  std::size_t at = 0;
  const auto space = [](char ch) { return std::isspace(static_cast<unsigned char>(ch)) != 0; };
  while (at < text.size()) {
    if (c < code.size() && at >= code[c].begin) {
      out.push_back(code[c]);
      at = std::max(at, code[c].end);
      ++c;
      continue;
    }
    if (space(text[at])) {
      ++at;
      continue;
    }
    std::size_t end = at;
    const std::size_t limit = c < code.size() ? code[c].begin : text.size();
    while (end < limit && !space(text[end])) ++end;
    std::size_t first = at, last = end;
    const auto around = [](char ch) { return std::strchr("([{<\"'*_", ch) != nullptr; };
    const auto after = [](char ch) { return std::strchr(".,;:!?)]}>\"'*_", ch) != nullptr; };
    while (first < last && around(text[first])) ++first;
    while (last > first && after(text[last - 1])) --last;
    if (last > first && is_path(text.substr(first, last - first))) out.push_back({first, last});
    at = end;
  }
  for (; c < code.size(); ++c) out.push_back(code[c]);
  return out;
}

}  // namespace

std::string normalize_term(std::string_view word) {
  // ASCII is its own NFKC form and case-folds to lower case: skip utf8proc
  // for the common case (same result, a tenth of the time).
  bool ascii = true;
  for (const char c : word) ascii = ascii && static_cast<unsigned char>(c) < 0x80;
  if (ascii) {
    std::string term(word);
    for (char& c : term) {
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    }
    return term;
  }
  utf8proc_uint8_t* mapped = nullptr;
  const auto length = utf8proc_map(
      reinterpret_cast<const utf8proc_uint8_t*>(word.data()),
      static_cast<utf8proc_ssize_t>(word.size()), &mapped,
      static_cast<utf8proc_option_t>(UTF8PROC_STABLE | UTF8PROC_COMPOSE |
                                     UTF8PROC_COMPAT | UTF8PROC_CASEFOLD));
  if (length < 0) return std::string(word);  // cannot happen on valid UTF-8
  std::unique_ptr<utf8proc_uint8_t, decltype(&std::free)> owned(mapped, &std::free);
  std::string term(reinterpret_cast<const char*>(mapped), static_cast<std::size_t>(length));
  // The typographic apostrophe reads as the typewriter one.
  for (std::size_t at; (at = term.find("\xE2\x80\x99")) != std::string::npos;) {
    term.replace(at, 3, "'");
  }
  return term;
}

std::vector<Token> tokenize(std::string_view text, TokenPattern pattern,
                            const std::vector<TextSpan>& code_spans) {
  if (pattern == TokenPattern::kSklearn) return sklearn_tokens(text);
  std::vector<Token> words = WordScanner(text).run();
  const std::vector<TextSpan> code = with_bare_paths(text, code_spans);
  if (code.empty()) return words;
  // Words inside a code range give way to one token for the whole range.
  std::vector<Token> tokens;
  tokens.reserve(words.size());
  std::size_t c = 0;
  for (Token& word : words) {
    while (c < code.size() && code[c].end <= word.begin) {
      tokens.push_back(code_token(text, code[c]));
      ++c;
    }
    if (c < code.size() && word.end > code[c].begin) continue;  // overlaps the code
    tokens.push_back(std::move(word));
  }
  for (; c < code.size(); ++c) tokens.push_back(code_token(text, code[c]));
  return tokens;
}

std::string identifier_words(std::string_view identifier) {
  std::string words;
  words.reserve(identifier.size() + 4);
  for (std::size_t i = 0; i < identifier.size(); ++i) {
    const unsigned char c = identifier[i];
    const bool lower_before = i > 0 && identifier[i - 1] >= 'a' && identifier[i - 1] <= 'z';
    if (c >= 'A' && c <= 'Z' && lower_before) words += ' ';
    words += c == '_' || c == '-' || c == '.' || c == '/' ? ' ' : static_cast<char>(c);
  }
  return words;
}

}  // namespace twice::text
