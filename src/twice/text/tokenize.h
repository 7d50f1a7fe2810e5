// Tokens: words found in prose text, normalised for comparison.
//
// kWords: a word is a run of letters, marks and digits. It may hold an inner
// apostrophe between letters ("don't"), a '.' or ',' between digits ("3.5",
// "1,000"), and single letters joined by dots form one acronym ("U.S.",
// "e.g."). Terms are NFKC + case folded with utf8proc; ’ reads as '.
// Scripts written without spaces between words (Han, Hiragana, Katakana,
// Thai, Lao, Khmer, Myanmar: util::is_unspaced) have no words to find, so a
// run of their characters (a letter and the marks on it) gives overlapping
// character bigrams instead, "很好用" -> "很好" "好用", each spanning its two
// characters; a run of one character gives that character. Such a run also
// ends a word: "iPhone手机" is "iphone" and "手机".
// Inline code: each range in `code` (a code span of Markdown) is one opaque
// token whatever it holds, its term the code as written between backticks
// ("`deliver_order`"), flagged `code`: never split into words, never a stop
// word, never stemmed. So is a path or a URL written without backticks, a
// chunk between spaces with "://", two '/' or a '/' and a file extension
// ("src/main.rs", "https://example.org/a", "/404.html": the same term as
// `` `/404.html` ``); not "and/or" or "TCP/IP". kSklearn ignores all this (it
// reproduces scikit-learn, which knows no markup).
// kSklearn: scikit-learn's (?u)\b\w\w+\b: runs of letters, digits and '_'
// of two or more code points, lower-cased code point by code point.
// Complexity: O(n). Thread-safe.
#ifndef TWICE_TEXT_TOKENIZE_H_
#define TWICE_TEXT_TOKENIZE_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "twice/document.h"
#include "twice/options.h"

namespace twice::text {

struct Token {
  std::size_t begin = 0;  // byte range in the tokenised text
  std::size_t end = 0;
  std::string term;       // normalised form
  bool bigram = false;    // two characters of an unspaced script (kWords only)
  bool code = false;      // one inline code span as a whole (kWords only)
};

using TextSpan = ByteRange;

// REQUIRES: text is valid UTF-8.
// REQUIRES: code ranges are in order, disjoint, inside text.
std::vector<Token> tokenize(std::string_view text, TokenPattern pattern,
                            const std::vector<TextSpan>& code = {});

// The normalisation applied to kWords terms (and to stop-word lists).
std::string normalize_term(std::string_view word);

// An identifier or file name as words, for tokenize(): camelCase taken
// apart and '_', '-', '.', '/' read as spaces ("PathEscape" -> "Path
// Escape", "http.proxy-cainfo" -> "http proxy cainfo").
std::string identifier_words(std::string_view identifier);

}  // namespace twice::text

#endif  // TWICE_TEXT_TOKENIZE_H_
