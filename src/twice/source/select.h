// File selection: which files under a directory twice reads.
//
// select_files() walks a directory tree and keeps the files that
// Options::include selects and neither Options::exclude nor (when
// Options::respect_gitignore) git's ignore rules leave out. It never runs
// git and never follows a symbolic link to a directory, so a link loop
// cannot trap it; a symbolic link to a file counts as that file. Entries
// named ".git" are always skipped.
//
// Include and exclude patterns are read as lines of a .gitignore
// (source/pattern.h: a name without '/' matches at any depth, a leading or
// inner '/' anchors, a trailing '/' means directories only, "**", '!'), the
// last matching pattern of a list deciding. They are anchored at
// Options::glob_root (the settings file's directory) when it holds the
// directory walked, and at the directory walked otherwise. A file is
// selected when the include list matches it (or a directory holding it) and
// the exclude list does not. A directory that the exclude list matches, or
// whose whole content a pattern ending in "**" excludes (when no '!'
// pattern follows), is not entered.
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

// The same, but a subdirectory that cannot be listed is left out and its
// error appended to *skipped instead of failing the whole walk.
Result<std::vector<std::string>> select_files(const std::string& directory,
                                              const Options& options,
                                              std::vector<Error>* skipped);

// True when pattern `pattern` matches the file at relative path `path`, or a
// directory holding it (rules above).
bool glob_matches(const std::string& pattern, const std::string& path);

// True when every path inside directory `path` matches `pattern`, or the
// directory itself does: the test that prunes excluded directories.
bool glob_covers_directory(const std::string& pattern, const std::string& path);

}  // namespace twice

#endif  // TWICE_SOURCE_SELECT_H_
