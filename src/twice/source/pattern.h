// Patterns as gitignore(5) reads them: the one matcher behind .gitignore
// files and the include/exclude settings (source/select.h says where each
// is anchored).
//
// A pattern is one line of a .gitignore:
//   - blank lines and lines starting with '#' are no pattern ("\#" is a
//     literal '#'); trailing spaces go unless escaped with '\';
//   - a leading '!' negates: in a list the last matching pattern decides;
//   - a trailing '/' matches directories only;
//   - a '/' at the start or in the middle anchors the pattern at its base
//     directory and it is matched against the whole relative path; without
//     one it is matched against the name alone, at any depth ("*.md"
//     matches "a.md" and "x/y/a.md", "drafts" any file or directory named
//     drafts);
//   - segments are matched with fnmatch(3) (FNM_PATHNAME): '*', '?' and
//     "[...]" never cross a '/'; a segment "**" matches zero or more whole
//     segments, one or more at the end ("drafts/**" is everything inside).
// Matching is case-sensitive, as in git. A pattern that matches a directory
// applies to everything inside it (PatternList::matches_with_parents).
// Complexity: O(|pattern| * |path|) fnmatch calls a match at worst.
#ifndef TWICE_SOURCE_PATTERN_H_
#define TWICE_SOURCE_PATTERN_H_

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace twice::source {

using Segments = std::vector<std::string>;

// "a//b/" -> {"a", "b"}: empty segments carry no meaning in a relative path.
Segments split_path(std::string_view path);

struct Pattern {
  Segments segments;  // anchored: the whole pattern; otherwise one segment
  bool anchored = false;
  bool negated = false;
  bool directories_only = false;
};

// The pattern a line holds; nullopt for a blank line or a comment.
std::optional<Pattern> parse_pattern(std::string_view line);

// Whether `pattern` matches `path` (relative to its base, cut at '/')
// itself; what lies inside a matched directory is the caller's business.
bool pattern_matches(const Pattern& pattern, const Segments& path, bool is_directory);

// An ordered list of patterns with one base; the last match decides.
class PatternList {
 public:
  enum class Verdict { kNoMatch, kMatched, kNegated };

  PatternList() = default;
  // Lines as in a .gitignore; a leading "./" is dropped (a glob habit).
  explicit PatternList(const std::vector<std::string>& lines);

  bool empty() const { return patterns_.empty(); }
  bool has_negation() const { return has_negation_; }

  // The last pattern matching `path` itself.
  Verdict decide(const Segments& path, bool is_directory) const;
  // `path` is a file: the file's own verdict, else the nearest enclosing
  // directory that some pattern decides; false when none matches.
  bool matches_with_parents(const Segments& path) const;
  // Every path inside directory `path` matches some positive pattern that
  // ends in "**" (so "drafts/**" prunes drafts/ unless a '!' follows).
  bool covers_directory(const Segments& path) const;

 private:
  std::vector<Pattern> patterns_;
  bool has_negation_ = false;
};

}  // namespace twice::source

#endif  // TWICE_SOURCE_PATTERN_H_
