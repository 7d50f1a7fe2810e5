// select_files(): include/exclude globs and gitignore rules over a directory
// walk. The matching rules are in select.h.
#include "twice/source/select.h"

#include <fnmatch.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string_view>
#include <utility>

namespace twice {
namespace {

namespace fs = std::filesystem;

using Segments = std::vector<std::string>;

// "a//b/" -> {"a", "b"}: empty segments carry no meaning in a relative path.
Segments split(std::string_view path) {
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

// A glob cut at '/', with a trailing '/' already turned into a trailing "**".
Segments compile_glob(std::string_view pattern) {
  while (pattern.substr(0, 2) == "./") pattern.remove_prefix(2);
  const bool trailing_slash = !pattern.empty() && pattern.back() == '/';
  Segments segments = split(pattern);
  if (trailing_slash && !segments.empty()) segments.push_back("**");
  return segments;
}

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

bool segments_match(const Segments& pattern, const Segments& path) {
  if (pattern.empty()) return false;
  return SegmentMatcher(pattern, path, pattern.size()).matches();
}

// Every path inside `directory` matches: the pattern is "<P>/**" and <P>
// matches the directory itself.
bool segments_cover(const Segments& pattern, const Segments& directory) {
  if (segments_match(pattern, directory)) return true;
  if (pattern.size() < 2 || pattern.back() != "**") return false;
  return SegmentMatcher(pattern, directory, pattern.size() - 1).matches();
}

// One line of a gitignore file.
struct IgnoreRule {
  // Anchored: matched against the whole path relative to the file's
  // directory. Otherwise one segment, matched against the name alone.
  Segments pattern;
  bool anchored = false;
  bool negated = false;
  bool directories_only = false;
};

// The rules of one ignore file, and how to turn a path relative to the walk
// root into one relative to the file's directory: drop `strip` leading
// characters (a .gitignore below the root), or prepend `lead` (one above).
struct IgnoreFrame {
  std::vector<IgnoreRule> rules;
  std::string lead;
  std::size_t strip = 0;
};

std::vector<IgnoreRule> parse_ignore_file(const std::string& text) {
  std::vector<IgnoreRule> rules;
  std::istringstream lines(text);
  std::string line;
  while (std::getline(lines, line)) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    // Trailing spaces go unless escaped with a backslash.
    while (!line.empty() && line.back() == ' ' &&
           !(line.size() >= 2 && line[line.size() - 2] == '\\')) {
      line.pop_back();
    }
    if (line.empty() || line[0] == '#') continue;
    IgnoreRule rule;
    std::string_view pattern = line;
    if (pattern[0] == '!') {
      rule.negated = true;
      pattern.remove_prefix(1);
    }
    if (!pattern.empty() && pattern.back() == '/') {
      rule.directories_only = true;
      while (!pattern.empty() && pattern.back() == '/') pattern.remove_suffix(1);
    }
    // "\#" and "\!" stay as they are: fnmatch reads them as '#' and '!'.
    rule.anchored = pattern.find('/') != std::string_view::npos;
    rule.pattern = split(pattern);
    if (rule.pattern.empty()) continue;
    if (!rule.anchored) rule.pattern.resize(1);
    rules.push_back(std::move(rule));
  }
  return rules;
}

bool rule_matches(const IgnoreRule& rule, const Segments& path, bool is_directory) {
  if (rule.directories_only && !is_directory) return false;
  if (path.empty()) return false;
  if (rule.anchored) return segments_match(rule.pattern, path);
  return ::fnmatch(rule.pattern[0].c_str(), path.back().c_str(), FNM_PATHNAME) == 0;
}

// Reads `path` into *text; a missing file is no error and leaves *text empty.
Status read_if_present(const fs::path& path, std::string* text) {
  std::error_code error;
  if (!fs::is_regular_file(path, error)) return Status();
  std::ifstream in(path, std::ios::binary);
  Error failure;
  failure.path = path.generic_string();
  if (!in) {
    failure.message = std::string("cannot open: ") + std::strerror(errno);
    return failure;
  }
  std::ostringstream bytes;
  bytes << in.rdbuf();
  if (in.bad()) {
    failure.message = std::string("cannot read: ") + std::strerror(errno);
    return failure;
  }
  *text = bytes.str();
  return Status();
}

// The repository's git directory for a ".git" entry: the directory itself,
// or where a "gitdir: <path>" file (worktrees, submodules) points.
fs::path git_directory(const fs::path& dot_git) {
  std::error_code error;
  if (fs::is_directory(dot_git, error)) return dot_git;
  std::ifstream in(dot_git);
  std::string line;
  if (!std::getline(in, line) || line.rfind("gitdir:", 0) != 0) return {};
  std::string target = line.substr(7);
  target.erase(0, target.find_first_not_of(" \t"));
  while (!target.empty() && (target.back() == '\r' || target.back() == ' ')) target.pop_back();
  fs::path directory = target;
  return directory.is_absolute() ? directory : dot_git.parent_path() / directory;
}

class Selector {
 public:
  explicit Selector(const Options& options) : options_(options) {
    for (const std::string& glob : options.include) include_.push_back(compile_glob(glob));
    for (const std::string& glob : options.exclude) exclude_.push_back(compile_glob(glob));
  }

  // The ignore files above `root` that apply inside it: the work tree's
  // info/exclude, then each .gitignore from the top of the work tree down
  // to root's parent.
  Status load_outer_rules(const fs::path& root) {
    std::error_code error;
    fs::path real = fs::canonical(root, error);
    if (error) return Status();
    std::vector<fs::path> ancestors;  // root's parents, nearest first
    fs::path top;
    for (fs::path at = real;; at = at.parent_path()) {
      if (at != real) ancestors.push_back(at);
      if (fs::exists(at / ".git", error)) {
        top = at;
        break;
      }
      if (at == at.root_path() || at.parent_path() == at) return Status();
    }
    auto lead_from = [&real](const fs::path& base) {
      const std::string relative = real.lexically_relative(base).generic_string();
      return relative == "." ? std::string() : relative + "/";
    };
    fs::path git_dir = git_directory(top / ".git");
    if (!git_dir.empty()) {
      std::string common;
      if (!read_if_present(git_dir / "commondir", &common).ok()) common.clear();
      while (!common.empty() && (common.back() == '\n' || common.back() == '\r')) {
        common.pop_back();
      }
      if (!common.empty()) {
        const fs::path common_dir = common;
        git_dir = common_dir.is_absolute() ? common_dir : git_dir / common_dir;
      }
      Status status = push_frame(git_dir / "info" / "exclude", lead_from(top), 0);
      if (!status.ok()) return status;
    }
    for (auto it = ancestors.rbegin(); it != ancestors.rend(); ++it) {
      Status status = push_frame(*it / ".gitignore", lead_from(*it), 0);
      if (!status.ok()) return status;
    }
    return Status();
  }

  // Walks `directory` (path relative to the root: `relative`, "" or ending
  // in '/'), adding the selected files' relative paths to *selected.
  Status walk(const fs::path& directory, const std::string& relative,
              std::vector<std::string>* selected) {
    const std::size_t frames = frames_.size();
    if (options_.respect_gitignore) {
      Status status = push_frame(directory / ".gitignore", "", relative.size());
      if (!status.ok()) return status;
    }
    std::vector<std::pair<std::string, fs::path>> entries;
    std::error_code error;
    fs::directory_iterator it(directory, error);
    for (; !error && it != fs::directory_iterator(); it.increment(error)) {
      entries.emplace_back(it->path().filename().string(), it->path());
    }
    if (error) {
      Error failure;
      failure.path = directory.generic_string();
      failure.message = "cannot list directory: " + error.message();
      return failure;
    }
    for (const auto& [name, path] : entries) {
      if (name == ".git") continue;
      const std::string child = relative + name;
      std::error_code type_error;
      const fs::file_status link = fs::symlink_status(path, type_error);
      if (fs::is_directory(link)) {
        if (!enters(child)) continue;
        Status status = walk(path, child + "/", selected);
        if (!status.ok()) return status;
      } else if (fs::is_regular_file(fs::status(path, type_error)) && selects(child)) {
        // A regular file, or a symbolic link to one; links to directories
        // are neither entered nor selected.
        selected->push_back(child);
      }
    }
    frames_.resize(frames);
    return Status();
  }

 private:
  Status push_frame(const fs::path& file, std::string lead, std::size_t strip) {
    std::string text;
    Status status = read_if_present(file, &text);
    if (!status.ok()) return status;
    std::vector<IgnoreRule> rules = parse_ignore_file(text);
    if (!rules.empty()) frames_.push_back({std::move(rules), std::move(lead), strip});
    return Status();
  }

  bool enters(const std::string& directory) const {
    const Segments path = split(directory);
    for (const Segments& glob : exclude_) {
      if (segments_cover(glob, path)) return false;
    }
    return !ignored(directory, true);
  }

  bool selects(const std::string& file) const {
    const Segments path = split(file);
    const auto matches = [&path](const Segments& glob) { return segments_match(glob, path); };
    return std::any_of(include_.begin(), include_.end(), matches) &&
           std::none_of(exclude_.begin(), exclude_.end(), matches) && !ignored(file, false);
  }

  // The last matching rule decides; frames are in rising priority.
  bool ignored(const std::string& relative, bool is_directory) const {
    if (!options_.respect_gitignore) return false;
    bool ignored = false;
    for (const IgnoreFrame& frame : frames_) {
      const Segments path = split(frame.lead + relative.substr(frame.strip));
      for (const IgnoreRule& rule : frame.rules) {
        if (rule_matches(rule, path, is_directory)) ignored = !rule.negated;
      }
    }
    return ignored;
  }

  const Options& options_;
  std::vector<Segments> include_;
  std::vector<Segments> exclude_;
  std::vector<IgnoreFrame> frames_;
};

}  // namespace

bool glob_matches(const std::string& pattern, const std::string& path) {
  return segments_match(compile_glob(pattern), split(path));
}

bool glob_covers_directory(const std::string& pattern, const std::string& path) {
  return segments_cover(compile_glob(pattern), split(path));
}

Result<std::vector<std::string>> select_files(const std::string& directory,
                                              const Options& options) {
  Selector selector(options);
  if (options.respect_gitignore) {
    Status status = selector.load_outer_rules(directory);
    if (!status.ok()) return status.error();
  }
  std::vector<std::string> relative;
  Status status = selector.walk(directory, "", &relative);
  if (!status.ok()) return status.error();
  std::sort(relative.begin(), relative.end());
  const std::string prefix =
      !directory.empty() && directory.back() == '/' ? directory : directory + "/";
  std::vector<std::string> files;
  files.reserve(relative.size());
  for (const std::string& path : relative) files.push_back(prefix + path);
  return files;
}

}  // namespace twice
