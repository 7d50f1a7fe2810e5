// Changelogs (segment/changelog.h): told by name or by version headings;
// glossaries, by name; reference entries, by their headings.
#include "twice/segment/changelog.h"

#include <gtest/gtest.h>

#include "twice/analyze.h"
#include "twice/segment/readers.h"

namespace twice::segmenter {
namespace {

TEST(Changelog, KnownNamesInAnyCaseWithAnyExtensionOrSuffix) {
  for (const char* path : {"CHANGELOG.md", "docs/changelog.txt", "HISTORY.rst", "NEWS",
                           "release-notes.md", "Release_Notes.md", "CHANGES-1.x.md",
                           "src/RELEASES.md", "whats-new.md"}) {
    EXPECT_TRUE(has_changelog_name(path)) << path;
  }
  for (const char* path : {"news.txt", "samples/news-ukraine-talks.txt", "newsletters.md",
                           "NewScratch.md", "changing-things.md",
                           "history-mode.md.bak/guide.md", "guide.md"}) {
    EXPECT_FALSE(has_changelog_name(path)) << path;
  }
}

TEST(Changelog, VersionHeadingsMakeAChangelogWhateverItsName) {
  const std::string notes =
      "# Notes\n\n## Cargo 1.80 (2024-07-25)\n\nFixed a panic.\n\n## v1.79.0\n\nAdded a flag.\n\n"
      "## [1.78.1] - 2024-05-02\n\nBumped a dependency.\n";
  EXPECT_TRUE(is_changelog("notes.md", read_markdown(notes)));
  const std::string guide =
      "# Guide\n\n## Install\n\nRun it.\n\n## Rust 1.70 and later\n\nWorks.\n\n## Usage\n\nUse it.\n";
  EXPECT_FALSE(is_changelog("guide.md", read_markdown(guide)));
}

TEST(Changelog, EntriesAreComparedOnlyWhenAskedFor) {
  const std::string entries =
      "## 1.2.0\n\nBump the serde dependency from version 1.0.1 to version 1.0.2 in the lock file.\n\n"
      "## 1.1.0\n\nBump the serde dependency from version 1.0.0 to version 1.0.1 in the lock file.\n\n"
      "## 1.0.0\n\nFirst release of the crate.\n";
  const auto skipped = analyze({{"CHANGELOG.md", entries}}, Options()).value();
  EXPECT_TRUE(skipped.documents[0].changelog);
  EXPECT_TRUE(skipped.findings.empty());
  Options options;
  options.compare_changelogs = true;
  EXPECT_FALSE(analyze({{"CHANGELOG.md", entries}}, options).value().findings.empty());
}

TEST(Glossary, AFileOrAFolderNamedGlossary) {
  for (const char* path : {"glossary.md", "docs/Glossary.md", "src/glossary/index.md",
                           "content/en/quick-reference/glossary/slice.md", "GLOSSARY"}) {
    EXPECT_TRUE(is_glossary(path)) << path;
  }
  for (const char* path : {"glossaries-are-fun.md", "docs/guide.md", "my-glossary.md",
                           "glossary-terms/guide.md"}) {
    EXPECT_FALSE(is_glossary(path)) << path;
  }
}

TEST(Glossary, EntriesAreComparedOnlyWhenAskedFor) {
  const std::string page =
      "A leaf bundle is a directory that contains an index file and zero or more resources.\n";
  const std::string entry =
      "A leaf bundle is a directory that contains an index file and zero or more resources.\n";
  const std::vector<Source> sources = {{"guide/bundles.md", page}, {"glossary/leaf.md", entry}};
  const auto skipped = analyze(sources, Options()).value();
  EXPECT_TRUE(skipped.documents[1].glossary);
  EXPECT_FALSE(skipped.documents[0].glossary);
  EXPECT_TRUE(skipped.findings.empty());
  Options options;
  options.compare_glossaries = true;
  EXPECT_FALSE(analyze(sources, options).value().findings.empty());
}

TEST(ReferenceEntries, SiblingEntriesAreComparedOnlyWhenAskedFor) {
  const std::string note =
      "The file descriptor will not be closed automatically when the stream is destroyed.";
  const std::string reference = "# File system\n\n## `fs.open(path)`\n\nOpens a file. " + note +
                                "\n\n## `fsPromises.open(path)`\n\nOpens a file too. " + note +
                                "\n";
  const auto skipped = analyze({{"fs.md", reference}}, Options()).value();
  EXPECT_FALSE(skipped.documents[0].paragraphs[0].entry);  // "File system"
  EXPECT_TRUE(skipped.documents[0].paragraphs[1].entry);
  EXPECT_TRUE(skipped.findings.empty());
  Options options;
  options.compare_entries = true;
  EXPECT_FALSE(analyze({{"fs.md", reference}}, options).value().findings.empty());
  // A class and its method, or an entry and prose, are compared.
  const std::string nested = "## Class: `fs.Dir`\n\nA directory stream. " + note +
                             "\n\n### `dir.close()`\n\nCloses the stream. " + note + "\n";
  EXPECT_FALSE(analyze({{"fs.md", nested}}, Options()).value().findings.empty());
  const std::string prose = "## Streams\n\nAbout streams. " + note +
                            "\n\n## `fs.open(path)`\n\nOpens a file. " + note + "\n";
  EXPECT_FALSE(analyze({{"fs.md", prose}}, Options()).value().findings.empty());
}

}  // namespace
}  // namespace twice::segmenter
