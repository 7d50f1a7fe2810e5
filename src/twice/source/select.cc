// select_files(): include/exclude globs and gitignore rules over a directory
// walk. The matching rules are in select.h.
#include "twice/source/select.h"

#include "twice/source/pattern.h"

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

using source::Pattern;
using source::PatternList;
using source::Segments;
using source::split_path;

// One ignore file's rules, and how to turn a path relative to the walk root
// into one relative to the file's directory: drop `strip` leading
// characters (a .gitignore below the root), or prepend `lead` (one above).
struct IgnoreFrame {
  std::vector<Pattern> rules;
  std::string lead;
  std::size_t strip = 0;
};

std::vector<Pattern> parse_ignore_file(const std::string& text) {
  std::vector<Pattern> rules;
  std::istringstream lines(text);
  std::string line;
  while (std::getline(lines, line)) {
    if (auto rule = source::parse_pattern(line)) rules.push_back(std::move(*rule));
  }
  return rules;
}

// Where include/exclude patterns are anchored, as a prefix of paths relative
// to `directory`: "pages/" when the run's glob root is two levels up and
// holds it, "" when it is the directory itself, is unset, or does not hold it.
std::string glob_lead(const std::string& directory, const Options& options) {
  if (options.glob_root.empty()) return std::string();
  std::error_code error;
  const fs::path root = fs::weakly_canonical(options.glob_root, error);
  if (error) return std::string();
  const fs::path walked = fs::weakly_canonical(directory, error);
  if (error) return std::string();
  const std::string relative = walked.lexically_relative(root).generic_string();
  if (relative.empty() || relative == ".") return std::string();
  if (relative == ".." || relative.rfind("../", 0) == 0) return std::string();
  return relative + "/";
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
  Selector(const Options& options, std::string glob_lead, std::vector<Error>* skipped)
      : options_(options), include_(options.include), exclude_(options.exclude),
        glob_lead_(std::move(glob_lead)), skipped_(skipped) {}

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
      if (skipped_ == nullptr || relative.empty()) return failure;
      // A subdirectory that cannot be listed costs only itself.
      skipped_->push_back(std::move(failure));
      frames_.resize(frames);
      return Status();
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
    std::vector<Pattern> rules = parse_ignore_file(text);
    if (!rules.empty()) frames_.push_back({std::move(rules), std::move(lead), strip});
    return Status();
  }

  // An excluded directory is not entered; nor is one whose whole content an
  // exclude pattern matches ("drafts/**"), unless a '!' pattern might take
  // something back.
  bool enters(const std::string& directory) const {
    const Segments path = split_path(glob_lead_ + directory);
    if (exclude_.decide(path, true) == PatternList::Verdict::kMatched) return false;
    if (!exclude_.has_negation() && exclude_.covers_directory(path)) return false;
    return !ignored(directory, true);
  }

  bool selects(const std::string& file) const {
    const Segments path = split_path(glob_lead_ + file);
    return include_.matches_with_parents(path) && !exclude_.matches_with_parents(path) &&
           !ignored(file, false);
  }

  // The last matching rule decides; frames are in rising priority.
  bool ignored(const std::string& relative, bool is_directory) const {
    if (!options_.respect_gitignore) return false;
    bool ignored = false;
    for (const IgnoreFrame& frame : frames_) {
      const Segments path = split_path(frame.lead + relative.substr(frame.strip));
      for (const Pattern& rule : frame.rules) {
        if (source::pattern_matches(rule, path, is_directory)) ignored = !rule.negated;
      }
    }
    return ignored;
  }

  const Options& options_;
  PatternList include_;
  PatternList exclude_;
  std::string glob_lead_;  // prepended to walk-relative paths before include/exclude
  std::vector<Error>* skipped_;  // subdirectories that could not be listed; null: fail
  std::vector<IgnoreFrame> frames_;
};

}  // namespace

bool glob_matches(const std::string& pattern, const std::string& path) {
  return PatternList({pattern}).matches_with_parents(split_path(path));
}

bool glob_covers_directory(const std::string& pattern, const std::string& path) {
  const PatternList list({pattern});
  const Segments directory = split_path(path);
  return list.decide(directory, true) == PatternList::Verdict::kMatched ||
         list.covers_directory(directory);
}

Result<std::vector<std::string>> select_files(const std::string& directory,
                                              const Options& options) {
  return select_files(directory, options, nullptr);
}

Result<std::vector<std::string>> select_files(const std::string& directory,
                                              const Options& options,
                                              std::vector<Error>* skipped) {
  Selector selector(options, glob_lead(directory, options), skipped);
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
