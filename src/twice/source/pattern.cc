// gitignore-style patterns; the rules are in pattern.h.
#include "twice/source/pattern.h"

#include <fnmatch.h>

#include <utility>

namespace twice::source {
namespace {

// Segment-by-segment matching; "**" spans whole segments (zero or more,
// one or more at the end). Memoised on (pattern index, path index), so a
// pattern with several "**" stays O(|pattern| * |path|) fnmatch calls.
class SegmentMatcher {
 public:
  SegmentMatcher(const Segments& pattern, const Segments& path, std::size_t pattern_size)
      : pattern_(pattern), path_(path), pattern_size_(pattern_size),
        memo_((pattern_size + 1) * (path.size() + 1), kUnknown) {}

  bool matches() { return match(0, 0); }

 private:
  static constexpr char kUnknown = 2;

  bool match(std::size_t p, std::size_t s) {
    char& known = memo_[p * (path_.size() + 1) + s];
    if (known != kUnknown) return known != 0;
    bool result;
    if (p == pattern_size_) {
      result = s == path_.size();
    } else if (pattern_[p] == "**") {
      result = p + 1 == pattern_size_
                   ? s < path_.size()
                   : match(p + 1, s) || (s < path_.size() && match(p, s + 1));
    } else {
      result = s < path_.size() &&
               ::fnmatch(pattern_[p].c_str(), path_[s].c_str(), FNM_PATHNAME) == 0 &&
               match(p + 1, s + 1);
    }
    known = result ? 1 : 0;
    return result;
  }

  const Segments& pattern_;
  const Segments& path_;
  std::size_t pattern_size_;
  std::vector<char> memo_;
};

}  // namespace

Segments split_path(std::string_view path) {
  Segments segments;
  std::size_t begin = 0;
  while (begin <= path.size()) {
    std::size_t end = path.find('/', begin);
    if (end == std::string_view::npos) end = path.size();
    if (end > begin) segments.emplace_back(path.substr(begin, end - begin));
    begin = end + 1;
  }
  return segments;
}

std::optional<Pattern> parse_pattern(std::string_view line) {
  if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
  // Trailing spaces go unless escaped with a backslash.
  while (!line.empty() && line.back() == ' ' &&
         !(line.size() >= 2 && line[line.size() - 2] == '\\')) {
    line.remove_suffix(1);
  }
  if (line.empty() || line[0] == '#') return std::nullopt;
  Pattern pattern;
  if (line[0] == '!') {
    pattern.negated = true;
    line.remove_prefix(1);
  }
  if (!line.empty() && line.back() == '/') {
    pattern.directories_only = true;
    while (!line.empty() && line.back() == '/') line.remove_suffix(1);
  }
  // "\#" and "\!" stay as they are: fnmatch reads them as '#' and '!'.
  pattern.anchored = line.find('/') != std::string_view::npos;
  pattern.segments = split_path(line);
  if (pattern.segments.empty()) return std::nullopt;
  if (!pattern.anchored) pattern.segments.resize(1);
  return pattern;
}

bool pattern_matches(const Pattern& pattern, const Segments& path, bool is_directory) {
  if (pattern.directories_only && !is_directory) return false;
  if (path.empty()) return false;
  if (pattern.anchored) {
    return SegmentMatcher(pattern.segments, path, pattern.segments.size()).matches();
  }
  return ::fnmatch(pattern.segments[0].c_str(), path.back().c_str(), FNM_PATHNAME) == 0;
}

PatternList::PatternList(const std::vector<std::string>& lines) {
  for (const std::string& line : lines) {
    std::string_view text = line;
    while (text.substr(0, 2) == "./") text.remove_prefix(2);
    if (auto pattern = parse_pattern(text)) {
      has_negation_ = has_negation_ || pattern->negated;
      patterns_.push_back(std::move(*pattern));
    }
  }
}

PatternList::Verdict PatternList::decide(const Segments& path, bool is_directory) const {
  Verdict verdict = Verdict::kNoMatch;
  for (const Pattern& pattern : patterns_) {
    if (pattern_matches(pattern, path, is_directory)) {
      verdict = pattern.negated ? Verdict::kNegated : Verdict::kMatched;
    }
  }
  return verdict;
}

bool PatternList::matches_with_parents(const Segments& path) const {
  Segments prefix = path;
  for (bool is_directory = false; !prefix.empty(); is_directory = true) {
    const Verdict verdict = decide(prefix, is_directory);
    if (verdict != Verdict::kNoMatch) return verdict == Verdict::kMatched;
    prefix.pop_back();
  }
  return false;
}

bool PatternList::covers_directory(const Segments& path) const {
  for (const Pattern& pattern : patterns_) {
    const Segments& segments = pattern.segments;
    if (pattern.negated || !pattern.anchored || segments.size() < 2 || segments.back() != "**") {
      continue;
    }
    if (SegmentMatcher(segments, path, segments.size() - 1).matches()) return true;
  }
  return false;
}

}  // namespace twice::source
