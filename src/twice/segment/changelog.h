// Changelogs: files whose entries share words by design.
//
// A release-notes file lists one change an entry, each in the words of the
// one before ("Bump X from 1.2 to 1.3", "Fixed a panic when ..."): compared
// as prose, every entry restates its neighbour. A file is a changelog when
// its name says so (CHANGELOG, CHANGES, HISTORY, RELEASES, release notes,
// in any case, and GNU's NEWS in capitals, with any extension or suffix:
// "CHANGELOG-1.x.md", "release_notes.md") or when its structure does: at least three headings
// naming a version ("1.2.3", "v2.0", "[1.4.0] - 2024-01-01", "Cargo 1.80
// (2024-07-25)"), and at least half of all its headings.
// A glossary restates by design too: each entry defines again, in a few
// words, a term a page of the site explains. A file is one when it or a
// folder on its path is named "glossary" ("glossary.md",
// "glossary/index.md", "reference/glossary/slice.md"), in any case.
// Complexity: O(text of the headings). Thread-safe.
#ifndef TWICE_SEGMENT_CHANGELOG_H_
#define TWICE_SEGMENT_CHANGELOG_H_

#include <string_view>
#include <vector>

#include "twice/segment/prose.h"

namespace twice::segmenter {

// True when the file's base name is a changelog's.
bool has_changelog_name(std::string_view path);

// True when `path` or the headings among `blocks` make the file a changelog.
bool is_changelog(std::string_view path, const std::vector<Block>& blocks);

// True when the file or a folder of `path` is named "glossary" (any case,
// any extension).
bool is_glossary(std::string_view path);

}  // namespace twice::segmenter

#endif  // TWICE_SEGMENT_CHANGELOG_H_
