#include "twice/segment/changelog.h"

#include <algorithm>
#include <cctype>
#include <string>

namespace twice::segmenter {
namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }

// A version number: digits '.' digits, not inside a longer word ("1.80",
// "v2.0.1"; not "utf8.rs" or "a1.2").
bool names_version(std::string_view heading) {
  for (std::size_t i = 0; i + 2 < heading.size(); ++i) {
    if (!is_digit(heading[i])) continue;
    std::size_t start = i;
    if (start > 0 && (heading[start - 1] == 'v' || heading[start - 1] == 'V')) --start;
    const bool word_start =
        start == 0 || !std::isalnum(static_cast<unsigned char>(heading[start - 1]));
    std::size_t j = i;
    while (j < heading.size() && is_digit(heading[j])) ++j;
    if (word_start && j + 1 < heading.size() && heading[j] == '.' && is_digit(heading[j + 1])) {
      return true;
    }
    i = j;
  }
  return false;
}

}  // namespace

bool has_changelog_name(std::string_view path) {
  const std::size_t slash = path.find_last_of("/\\");
  std::string name(slash == std::string_view::npos ? path : path.substr(slash + 1));
  // GNU's NEWS, in capitals: a "news.txt" is more often an article.
  if (name.compare(0, 4, "NEWS") == 0 &&
      (name.size() == 4 || !std::isalpha(static_cast<unsigned char>(name[4])))) {
    return true;
  }
  std::transform(name.begin(), name.end(), name.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  // Separators do not matter: "release-notes", "release_notes", "releasenotes".
  name.erase(std::remove_if(name.begin(), name.end(),
                            [](char c) { return c == '-' || c == '_' || c == ' '; }),
             name.end());
  static constexpr std::string_view kNames[] = {"changelog", "changes", "history",
                                                "releasenotes", "releases", "whatsnew"};
  for (const std::string_view known : kNames) {
    if (name.compare(0, known.size(), known) != 0) continue;
    // The name alone, or followed by an extension or a suffix ("-1.x").
    if (name.size() == known.size() || !std::isalpha(static_cast<unsigned char>(name[known.size()]))) {
      return true;
    }
  }
  return false;
}

bool is_changelog(std::string_view path, const std::vector<Block>& blocks) {
  if (has_changelog_name(path)) return true;
  int headings = 0, versions = 0;
  for (const Block& block : blocks) {
    if (!block.heading) continue;
    ++headings;
    if (names_version(block.prose.text())) ++versions;
  }
  return versions >= 3 && 2 * versions >= headings;
}

bool is_glossary(std::string_view path) {
  for (std::size_t begin = 0; begin <= path.size();) {
    std::size_t end = path.find_first_of("/\\", begin);
    if (end == std::string_view::npos) end = path.size();
    std::string name(path.substr(begin, end - begin));
    name = name.substr(0, name.find('.'));
    std::transform(name.begin(), name.end(), name.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    if (name == "glossary") return true;
    begin = end + 1;
  }
  return false;
}

}  // namespace twice::segmenter
