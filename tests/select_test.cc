// select_files: include/exclude globs, gitignore rules and the directory walk.
#include "twice/source/select.h"

#include <gtest/gtest.h>
#include <stdlib.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <future>
#include <string>
#include <vector>

#include "twice/analyze.h"
#include "twice/source/pattern.h"

namespace twice {
namespace {

namespace fs = std::filesystem;

using Paths = std::vector<std::string>;

TEST(GlobMatches, DoubleStarSlashMatchesZeroOrMoreDirectories) {
  EXPECT_TRUE(glob_matches("**/*.md", "a.md"));
  EXPECT_TRUE(glob_matches("**/*.md", "x/a.md"));
  EXPECT_TRUE(glob_matches("**/*.md", "x/y/z/a.md"));
  EXPECT_TRUE(glob_matches("docs/**/a.md", "docs/a.md"));
  EXPECT_TRUE(glob_matches("docs/**/a.md", "docs/x/y/a.md"));
  EXPECT_FALSE(glob_matches("docs/**/a.md", "other/docs/a.md"));
  EXPECT_TRUE(glob_matches("**/drafts/**", "a/drafts/b/c.md"));
}

TEST(GlobMatches, PatternWithoutSlashMatchesTheNameAtAnyDepth) {
  EXPECT_TRUE(glob_matches("*.md", "a.md"));
  EXPECT_TRUE(glob_matches("*.md", "sub/a.md"));
  EXPECT_TRUE(glob_matches("notes.md", "drafts/notes.md"));
  // A directory that matches takes what it holds along, as in .gitignore.
  EXPECT_TRUE(glob_matches("docs*", "docs/a.md"));
  EXPECT_TRUE(glob_matches("drafts/", "book/drafts/a.md"));
  EXPECT_FALSE(glob_matches("drafts/", "book/drafts"));  // a file named drafts
}

TEST(GlobMatches, LeadingOrInnerSlashAnchors) {
  EXPECT_TRUE(glob_matches("/notes.md", "notes.md"));
  EXPECT_FALSE(glob_matches("/notes.md", "drafts/notes.md"));
  EXPECT_TRUE(glob_matches("drafts/*.md", "drafts/a.md"));
  EXPECT_FALSE(glob_matches("drafts/*.md", "book/drafts/a.md"));
}

TEST(GlobMatches, NegationInAListTakesBackWhatAnEarlierPatternMatched) {
  const source::PatternList list({"drafts/**", "!drafts/keep.md"});
  EXPECT_TRUE(list.matches_with_parents(source::split_path("drafts/old.md")));
  EXPECT_FALSE(list.matches_with_parents(source::split_path("drafts/keep.md")));
}

TEST(GlobMatches, StarAndQuestionMarkStayWithinOneSegment) {
  EXPECT_TRUE(glob_matches("*.md", "a.md"));
  EXPECT_FALSE(glob_matches("sub*a.md", "sub/a.md"));
  EXPECT_TRUE(glob_matches("ch?.txt", "ch1.txt"));
  EXPECT_FALSE(glob_matches("a?b", "a/b"));
  EXPECT_TRUE(glob_matches("[ab].md", "b.md"));
  EXPECT_TRUE(glob_matches("*.md", ".hidden.md"));
}

TEST(GlobMatches, TrailingDoubleStarOrSlashIsEverythingInside) {
  EXPECT_TRUE(glob_matches("drafts/**", "drafts/a.md"));
  EXPECT_TRUE(glob_matches("drafts/**", "drafts/x/a.md"));
  EXPECT_FALSE(glob_matches("drafts/**", "drafts"));
  EXPECT_TRUE(glob_matches("drafts/", "drafts/x/a.md"));
  EXPECT_FALSE(glob_matches("drafts/", "drafts.md"));
  EXPECT_TRUE(glob_matches("./notes/*.txt", "notes/a.txt"));
}

TEST(GlobCoversDirectory, PrunesDirectoryMatchedOrWhollyInside) {
  EXPECT_TRUE(glob_covers_directory("drafts/**", "drafts"));
  EXPECT_TRUE(glob_covers_directory("drafts/", "drafts"));
  EXPECT_TRUE(glob_covers_directory("drafts", "drafts"));
  EXPECT_TRUE(glob_covers_directory("**/drafts", "a/b/drafts"));
  EXPECT_TRUE(glob_covers_directory("**/drafts/**", "a/drafts"));
  EXPECT_FALSE(glob_covers_directory("drafts/*.md", "drafts"));
  EXPECT_FALSE(glob_covers_directory("drafts/**", "other"));
}

// A fresh, empty directory per test, removed afterwards.
class SelectFiles : public ::testing::Test {
 protected:
  void SetUp() override {
    std::string pattern = (fs::temp_directory_path() / "twice_select_test_XXXXXX").string();
    ASSERT_NE(::mkdtemp(pattern.data()), nullptr);
    root_ = pattern;
  }

  void TearDown() override {
    std::error_code ignored;
    fs::remove_all(root_, ignored);
  }

  void Write(const std::string& relative, const std::string& bytes = "text") {
    const fs::path path = root_ / relative;
    fs::create_directories(path.parent_path());
    std::ofstream out(path, std::ios::binary);
    out << bytes;
    out.close();
    ASSERT_TRUE(out.good()) << path;
  }

  // The selected paths relative to root_/directory, in the order returned.
  Paths Select(const Options& options = Options(), const std::string& directory = "") {
    const std::string base =
        (directory.empty() ? root_ : root_ / directory).generic_string();
    const auto result = select_files(base, options);
    EXPECT_TRUE(result.ok()) << result.error().describe();
    if (!result.ok()) return {};
    Paths relative;
    for (const std::string& path : result.value()) {
      EXPECT_EQ(path.rfind(base + "/", 0), 0u) << path;
      relative.push_back(path.substr(base.size() + 1));
    }
    return relative;
  }

  fs::path root_;
};

TEST_F(SelectFiles, DefaultIncludePicksTextAndMarkdownAtAnyDepthSorted) {
  Write("z.txt");
  Write("b/deep/er/c.markdown");
  Write("a.md");
  Write("b/a.txt");
  Write("notes.rst");
  Write("b/image.png");
  Write("README");
  Write("b/txt");
  Write("docs/intro.mdx");
  EXPECT_EQ(Select(),
            (Paths{"a.md", "b/a.txt", "b/deep/er/c.markdown", "docs/intro.mdx", "z.txt"}));
}

TEST_F(SelectFiles, SortsByRelativePathBytes) {
  Write("a/b.md");
  Write("a.md");
  Write("B.md");
  Write("a-b.md");
  // '-' (0x2D) < '.' (0x2E) < '/' (0x2F) < 'B' (0x42) < 'a' (0x61).
  EXPECT_EQ(Select(), (Paths{"B.md", "a-b.md", "a.md", "a/b.md"}));
}

TEST_F(SelectFiles, JoinsToTheDirectoryAsWritten) {
  Write("docs/a/b.md");
  const std::string with_slash = (root_ / "docs").generic_string() + "/";
  const auto result = select_files(with_slash, Options());
  ASSERT_TRUE(result.ok()) << result.error().describe();
  EXPECT_EQ(result.value(), (Paths{with_slash + "a/b.md"}));
}

TEST_F(SelectFiles, IncludeGlobsReplaceTheDefaults) {
  Write("a.md");
  Write("notes.rst");
  Write("sub/deep.rst");
  Options options;
  options.include = {"/*.rst"};
  EXPECT_EQ(Select(options), (Paths{"notes.rst"}));
  options.include = {"**/*.rst", "a.*"};
  EXPECT_EQ(Select(options), (Paths{"a.md", "notes.rst", "sub/deep.rst"}));
}

TEST_F(SelectFiles, ExcludeGlobsDropFilesAndPruneDirectories) {
  Write("keep.md");
  Write("CHANGELOG.md");
  Write("drafts/old.md");
  Write("drafts/deep/older.md");
  Write("book/drafts/x.md");
  Write("book/ch1.md");
  Write("archive/a.md");
  Write("vendor/lib/readme.md");
  Options options;
  options.exclude = {"CHANGELOG.md", "drafts/**", "**/drafts/", "archive", "vendor/"};
  EXPECT_EQ(Select(options), (Paths{"book/ch1.md", "keep.md"}));
}

TEST_F(SelectFiles, IncludeNameWithoutSlashSelectsAtAnyDepth) {
  Write("index.md");
  Write("pages/install.md");
  Write("pages/notes.txt");
  Options options;
  options.include = {"*.md"};
  EXPECT_EQ(Select(options), (Paths{"index.md", "pages/install.md"}));
}

TEST_F(SelectFiles, ExcludeNameWithoutSlashDropsItAtAnyDepth) {
  Write("index.md");
  Write("notes.md");
  Write("drafts/notes.md");
  Options options;
  options.exclude = {"notes.md"};
  EXPECT_EQ(Select(options), (Paths{"index.md"}));
  options.exclude = {"/notes.md"};
  EXPECT_EQ(Select(options), (Paths{"drafts/notes.md", "index.md"}));
}

TEST_F(SelectFiles, ExcludeTrailingSlashMatchesDirectoriesOnly) {
  Write("drafts/a.md");
  Write("book/drafts/b.md");
  Write("book/drafts.md");
  Options options;
  options.include = {"**"};
  options.exclude = {"drafts/", "drafts.md/"};
  EXPECT_EQ(Select(options), (Paths{"book/drafts.md"}));
}

TEST_F(SelectFiles, ExcludeNegationReincludesAFileInsideAnExcludedTree) {
  Write("drafts/old.md");
  Write("drafts/keep.md");
  Write("index.md");
  Options options;
  options.exclude = {"drafts/**", "!drafts/keep.md"};
  EXPECT_EQ(Select(options), (Paths{"drafts/keep.md", "index.md"}));
}

TEST_F(SelectFiles, AnchoredPatternsAreRelativeToTheGlobRootAboveTheDirectoryWalked) {
  Write("pages/old.md");
  Write("pages/new.md");
  Write("pages/sub/pages/old.md");
  Options options;
  options.glob_root = root_.generic_string();
  options.exclude = {"/pages/old.md"};
  EXPECT_EQ(Select(options, "pages"), (Paths{"new.md", "sub/pages/old.md"}));
  // A root that does not hold the directory walked: anchored at the walk.
  options.glob_root = (root_ / "elsewhere").generic_string();
  options.exclude = {"/old.md"};
  EXPECT_EQ(Select(options, "pages"), (Paths{"new.md", "sub/pages/old.md"}));
}

TEST_F(SelectFiles, ExcludedDirectoryIsNotEntered) {
  // An unlistable directory would be an error if the walk entered it.
  if (::geteuid() == 0) GTEST_SKIP() << "running as root: chmod 000 does not stop listing";
  Write("a.md");
  Write("secret/b.md");
  const fs::path secret = root_ / "secret";
  fs::permissions(secret, fs::perms::none);
  Options options;
  options.exclude = {"secret/"};
  EXPECT_EQ(Select(options), (Paths{"a.md"}));
  fs::permissions(secret, fs::perms::owner_all);
}

TEST_F(SelectFiles, GitignoreCommentsBlankLinesAndNameAtAnyDepth) {
  Write(".gitignore",
        "# build output\n"
        "\n"
        "*.generated.md\n"
        "   \n"
        "\\#notes.md\n"
        "tmp\n");
  Write("a.md");
  Write("b.generated.md");
  Write("sub/c.generated.md");
  Write("#notes.md");
  Write("# build output");
  Write("sub/tmp/x.md");
  Write("tmp");
  Options options;
  options.include = {"**"};
  // The comment line is no pattern: a file of that name is kept.
  EXPECT_EQ(Select(options), (Paths{"# build output", ".gitignore", "a.md"}));
}

TEST_F(SelectFiles, GitignoreNegationLastMatchWins) {
  Write(".gitignore", "*.md\n!keep.md\n!*.txt.md\nagain.txt.md\n");
  Write("drop.md");
  Write("keep.md");
  Write("sub/keep.md");
  Write("other.txt.md");
  Write("again.txt.md");
  Write("plain.txt");
  EXPECT_EQ(Select(), (Paths{"keep.md", "other.txt.md", "plain.txt", "sub/keep.md"}));
}

TEST_F(SelectFiles, GitignoreLeadingSlashAnchorsAtItsDirectory) {
  Write(".gitignore", "/top.md\n/docs/*.md\n");
  Write("top.md");
  Write("sub/top.md");
  Write("docs/a.md");
  Write("docs/deeper/b.md");
  EXPECT_EQ(Select(), (Paths{"docs/deeper/b.md", "sub/top.md"}));
}

TEST_F(SelectFiles, GitignoreTrailingSlashMatchesDirectoriesOnly) {
  Write(".gitignore", "build/\n");
  Write("build/a.md");
  Write("src/build/b.md");
  Write("build.md");
  Write("other/build", "a file named build");
  Options options;
  options.include = {"**"};
  EXPECT_EQ(Select(options), (Paths{".gitignore", "build.md", "other/build"}));
}

TEST_F(SelectFiles, GitignoreDoubleStar) {
  Write(".gitignore", "**/cache/**\nnotes/**/*.txt\n!notes/**/keep.txt\n");
  Write("cache/a.md");
  Write("x/cache/b.md");
  Write("notes/a.txt");
  Write("notes/x/y/b.txt");
  Write("notes/x/keep.txt");
  Write("notes/c.md");
  EXPECT_EQ(Select(), (Paths{"notes/c.md", "notes/x/keep.txt"}));
}

TEST_F(SelectFiles, IgnoredDirectoryCannotBeReincluded) {
  // gitignore(5): "It is not possible to re-include a file if a parent
  // directory of that file is excluded."
  Write(".gitignore", "out/\n!out/keep.md\n");
  Write("out/keep.md");
  Write("a.md");
  EXPECT_EQ(Select(), (Paths{"a.md"}));
}

TEST_F(SelectFiles, DirectoryContentIgnoredButFileReincluded) {
  Write(".gitignore", "out/**\n!out/keep.md\n");
  Write("out/keep.md");
  Write("out/drop.md");
  EXPECT_EQ(Select(), (Paths{"out/keep.md"}));
}

TEST_F(SelectFiles, NestedGitignoreAppliesBelowItsDirectoryAndWins) {
  Write(".gitignore", "*.txt\n");
  Write("a.txt");
  Write("a.md");
  Write("sub/.gitignore", "!*.txt\n/local.md\n");
  Write("sub/b.txt");
  Write("sub/local.md");
  Write("sub/deeper/local.md");
  Write("other/c.txt");
  Write("other/local.md");
  EXPECT_EQ(Select(), (Paths{"a.md", "other/local.md", "sub/b.txt", "sub/deeper/local.md"}));
}

TEST_F(SelectFiles, GitignoreWithCrlfAndTrailingSpaces) {
  Write(".gitignore", "drop.md  \r\nalso.md\r\n");
  Write("drop.md");
  Write("also.md");
  Write("keep.md");
  EXPECT_EQ(Select(), (Paths{"keep.md"}));
}

TEST_F(SelectFiles, RespectGitignoreFalseReadsIgnoredFiles) {
  Write(".gitignore", "*.md\n");
  Write("a.md");
  Options options;
  options.respect_gitignore = false;
  EXPECT_EQ(Select(options), (Paths{"a.md"}));
  EXPECT_EQ(Select(), Paths{});
}

TEST_F(SelectFiles, GitDirectoryIsSkipped) {
  Write(".git/description.txt");
  Write(".git/info/notes.md");
  Write("sub/.git", "gitdir: ../.git/modules/sub\n");
  Write("a.md");
  Options options;
  options.include = {"**"};
  options.respect_gitignore = false;
  EXPECT_EQ(Select(options), (Paths{"a.md"}));
}

TEST_F(SelectFiles, GitInfoExcludeAppliesInsideTheWorkTree) {
  fs::create_directories(root_ / ".git" / "info");
  Write(".git/info/exclude", "# local only\nprivate.md\n/docs/internal/\n");
  Write(".gitignore", "!shared/private.md\n");
  Write("private.md");
  Write("docs/private.md");
  Write("shared/private.md");
  Write("docs/internal/a.md");
  Write("docs/public.md");
  EXPECT_EQ(Select(), (Paths{"docs/public.md", "shared/private.md"}));
  // Walking a subdirectory: the rules are still relative to the work tree.
  EXPECT_EQ(Select(Options(), "docs"), (Paths{"public.md"}));
}

TEST_F(SelectFiles, GitignoreAboveTheDirectoryAppliesInsideAWorkTree) {
  fs::create_directories(root_ / ".git");
  Write(".gitignore", "*.draft.md\n/docs/generated/\n");
  Write("docs/a.md");
  Write("docs/b.draft.md");
  Write("docs/generated/api.md");
  EXPECT_EQ(Select(Options(), "docs"), (Paths{"a.md"}));
}

TEST_F(SelectFiles, GitignoreAboveTheDirectoryIgnoredOutsideAWorkTree) {
  // Without a work tree there is no "above": only the tree walked counts.
  Write(".gitignore", "*.md\n");
  Write("docs/a.md");
  EXPECT_EQ(Select(Options(), "docs"), (Paths{"a.md"}));
}

TEST_F(SelectFiles, SymlinkLoopDoesNotHang) {
  Write("loop/a.txt");
  Write("real.md");
  std::error_code error;
  fs::create_directory_symlink(root_ / "loop", root_ / "loop" / "self", error);
  if (error) GTEST_SKIP() << "cannot create symlinks here: " << error.message();
  fs::create_directory_symlink("..", root_ / "loop" / "up", error);
  ASSERT_FALSE(error) << error.message();
  fs::create_symlink(root_ / "real.md", root_ / "loop" / "link.md", error);
  ASSERT_FALSE(error) << error.message();

  auto pending = std::async(std::launch::async, [this] { return Select(); });
  if (pending.wait_for(std::chrono::seconds(30)) != std::future_status::ready) {
    std::fprintf(stderr, "select_files did not return within 30 s on a symlink loop\n");
    std::fflush(stderr);
    std::_Exit(1);  // the worker cannot be cancelled; do not wait for it
  }
  // A link to a file counts as that file; links to directories are skipped.
  EXPECT_EQ(pending.get(), (Paths{"loop/a.txt", "loop/link.md", "real.md"}));
}

TEST_F(SelectFiles, NothingSelectedIsAnEmptyListNotAnError) {
  Write("a.rst");
  EXPECT_EQ(Select(), Paths{});
}

TEST_F(SelectFiles, ReadSourcesReadsAnExplicitFileOutsideTheGlobs) {
  Write(".gitignore", "*.rst\n");
  Write("notes.rst", "explicit");
  Write("a.md", "from the directory");
  Options options;
  options.exclude = {"**/*.md"};
  const std::string file = (root_ / "notes.rst").generic_string();
  const auto result = read_sources({file}, options);
  ASSERT_TRUE(result.ok()) << result.error().describe();
  ASSERT_EQ(result.value().size(), 1u);
  EXPECT_EQ(result.value()[0].path, file);
  EXPECT_EQ(result.value()[0].bytes, "explicit");
}

TEST_F(SelectFiles, ReadSourcesExpandsDirectoriesThroughTheGlobs) {
  Write("a.md", "a");
  Write("drafts/b.md", "b");
  Write("c.rst", "c");
  Options options;
  options.include = {"**/*.md", "**/*.rst"};
  options.exclude = {"drafts/"};
  const std::string directory = root_.generic_string();
  const auto result = read_sources({directory}, options);
  ASSERT_TRUE(result.ok()) << result.error().describe();
  ASSERT_EQ(result.value().size(), 2u);
  EXPECT_EQ(result.value()[0].path, directory + "/a.md");
  EXPECT_EQ(result.value()[1].path, directory + "/c.rst");
}

TEST_F(SelectFiles, ReadSourcesDirectoryWithNothingSelectedNamesIt) {
  Write("drafts/a.md");
  Options options;
  options.exclude = {"drafts/"};
  const std::string directory = root_.generic_string();
  const auto result = read_sources({directory}, options);
  ASSERT_FALSE(result.ok());
  EXPECT_EQ(result.error().path, directory);
  EXPECT_NE(result.error().message.find("no text files"), std::string::npos)
      << result.error().message;
}

}  // namespace
}  // namespace twice
