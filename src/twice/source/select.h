// File selection: which files under a directory twice reads.
//
// select_files() walks a directory tree and keeps the files that
// Options::include selects and neither Options::exclude nor (when
// Options::respect_gitignore) git's ignore rules leave out. It never runs
// git and never follows a symbolic link to a directory, so a link loop
// cannot trap it; a symbolic link to a file counts as that file. Entries
// named ".git" are always skipped.
//
// Globs (include and exclude) are matched against the path relative to the
// directory walked, '/'-separated, without a leading "./":
//   - the pattern and the path are cut at '/' and matched segment by
//     segment with fnmatch(3) (FNM_PATHNAME): '*', '?' and "[...]" never
//     cross a '/'; a leading '.' needs no explicit match; '\' escapes;
//   - a segment that is exactly "**" matches zero or more whole segments
//     ("**/*.md" matches "a.md" and "x/y/a.md"), except at the end, where
//     it matches one or more: "drafts/**" is everything inside drafts;
//   - a trailing '/' means the same as a trailing "/**";
//   - globs are anchored at the directory walked: "*.md" matches "a.md",
//     not "sub/a.md" (write "**/*.md" for any depth).
// A file is selected when it matches some include glob and no exclude glob.
// A directory that an exclude glob matches, or whose whole content it
// matches ("drafts", "drafts/", "drafts/**", "**/drafts"), is not entered.
//
// Ignore rules follow gitignore(5): .gitignore files in the directory
// walked and below, each applying to its own directory and below; when the
// directory lies in a git work tree, also the .gitignore files between the
// work tree's top and the directory, and .git/info/exclude (lowest
// priority). Blank lines and '#' comments, "\#" and "\!", trailing spaces,
// '!' negation (the last matching rule wins, deeper files win over higher
// ones), a trailing '/' (directories only), a leading or inner '/'
// (anchored at the .gitignore's directory; otherwise the pattern matches
// the name at any depth), and "**" as above. As in git, an ignored
// directory is not entered, so no rule can re-include a file inside it.
// The directory named is never itself ignored (it was asked for), but rules
// from above it apply to what it holds. The global core.excludesFile is
// not read.
//
// Complexity: one directory listing per directory entered; each path is
// matched against every glob and rule in scope, O(segments^2) fnmatch
// calls per glob at worst.
#ifndef TWICE_SOURCE_SELECT_H_
#define TWICE_SOURCE_SELECT_H_

#include <string>
#include <vector>

#include "twice/options.h"
#include "twice/status.h"

namespace twice {

// The selected files under `directory`, sorted by their relative path (byte
// order) and joined to `directory` as given ("docs" -> "docs/a/b.md").
// Empty when nothing is selected. Errors name the directory or the
// .gitignore that cannot be read.
Result<std::vector<std::string>> select_files(const std::string& directory,
                                              const Options& options);

// True when glob `pattern` matches the relative path `path` (rules above).
bool glob_matches(const std::string& pattern, const std::string& path);

// True when every path inside directory `path` matches `pattern`, or the
// directory itself does: the test that prunes excluded directories.
bool glob_covers_directory(const std::string& pattern, const std::string& path);

}  // namespace twice

#endif  // TWICE_SOURCE_SELECT_H_
