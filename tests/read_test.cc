// read_sources: paths -> Source bytes, directories expanded in sorted order.
#include <gtest/gtest.h>
#include <sys/stat.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <future>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

#include "twice/analyze.h"

namespace twice {
namespace {

namespace fs = std::filesystem;
using namespace std::string_literals;

// A fresh, empty directory per test, removed afterwards.
class ReadSources : public ::testing::Test {
 protected:
  void SetUp() override {
    std::string pattern = (fs::temp_directory_path() / "twice_read_test_XXXXXX").string();
    ASSERT_NE(::mkdtemp(pattern.data()), nullptr);
    root_ = pattern;
  }

  void TearDown() override {
    std::error_code ignored;
    // Give back permissions a test may have taken away, so removal works.
    fs::permissions(root_, fs::perms::owner_all, fs::perm_options::add, ignored);
    for (auto it = fs::recursive_directory_iterator(root_, ignored);
         !ignored && it != fs::recursive_directory_iterator(); it.increment(ignored)) {
      if (!it->is_symlink()) {
        fs::permissions(it->path(), fs::perms::owner_all, fs::perm_options::add, ignored);
      }
    }
    fs::remove_all(root_, ignored);
  }

  // Writes `bytes` to root/relative (creating directories) and returns its path.
  std::string Write(const std::string& relative, const std::string& bytes) {
    const fs::path path = root_ / relative;
    fs::create_directories(path.parent_path());
    std::ofstream out(path, std::ios::binary);
    out << bytes;
    out.close();
    EXPECT_TRUE(out.good()) << path;
    return path.generic_string();
  }

  std::string Dir(const std::string& relative) {
    const fs::path path = root_ / relative;
    fs::create_directories(path);
    return path.generic_string();
  }

  static std::vector<std::string> Paths(const std::vector<Source>& sources) {
    std::vector<std::string> paths;
    for (const Source& source : sources) paths.push_back(source.path);
    return paths;
  }

  fs::path root_;
};

TEST_F(ReadSources, ReadsAFile) {
  const std::string path = Write("draft.txt", "First paragraph.\n\nSecond one.\n");
  const auto result = read_sources({path});
  ASSERT_TRUE(result.ok()) << result.error().describe();
  ASSERT_EQ(result.value().size(), 1u);
  EXPECT_EQ(result.value()[0].path, path);
  EXPECT_EQ(result.value()[0].bytes, "First paragraph.\n\nSecond one.\n");
}

TEST_F(ReadSources, ReadsAnEmptyFileAsNoBytes) {
  const std::string path = Write("empty.txt", "");
  const auto result = read_sources({path});
  ASSERT_TRUE(result.ok()) << result.error().describe();
  ASSERT_EQ(result.value().size(), 1u);
  EXPECT_EQ(result.value()[0].bytes, "");
}

TEST_F(ReadSources, ReturnsBytesUnchanged) {
  // BOM, CRLF, a lone CR, a trailing space, no final newline, and bytes
  // that are not UTF-8: reading must not decode or convert anything.
  const std::string bytes =
      "\xEF\xBB\xBF" "Caf\xC3\xA9 line one\r\nline two \r\rthree\xFF\x80" "end";
  const std::string path = Write("raw.txt", bytes);
  const auto result = read_sources({path});
  ASSERT_TRUE(result.ok()) << result.error().describe();
  ASSERT_EQ(result.value().size(), 1u);
  EXPECT_EQ(result.value()[0].bytes, bytes);
}

TEST_F(ReadSources, KeepsNulBytesAndLargeFilesWhole) {
  std::string bytes(1 << 20, 'x');
  bytes[10] = '\0';
  bytes[bytes.size() - 1] = '\n';
  const std::string path = Write("big.txt", bytes);
  const auto result = read_sources({path});
  ASSERT_TRUE(result.ok()) << result.error().describe();
  EXPECT_EQ(result.value()[0].bytes.size(), bytes.size());
  EXPECT_TRUE(result.value()[0].bytes == bytes);
}

TEST_F(ReadSources, ExpandsDirectoryToTextFilesInSortedOrderRecursively) {
  const std::string dir = Dir("docs");
  // Written out of order so that creation order cannot pass for sorting.
  Write("docs/sub/a.txt", "sub a");
  Write("docs/b.txt", "b");
  Write("docs/sub/deeper/z.markdown", "z");
  Write("docs/a.md", "a");
  Write("docs/notes.rst", "skipped");
  Write("docs/image.png", "skipped");
  Write("docs/README", "skipped");
  Write("docs/sub/data.json", "skipped");
  Write("docs/txt", "skipped: no extension");

  const auto result = read_sources({dir});
  ASSERT_TRUE(result.ok()) << result.error().describe();
  const fs::path base = dir;
  const std::vector<std::string> expected = {
      (base / "a.md").generic_string(),
      (base / "b.txt").generic_string(),
      (base / "sub" / "a.txt").generic_string(),
      (base / "sub" / "deeper" / "z.markdown").generic_string(),
  };
  EXPECT_EQ(Paths(result.value()), expected);
  ASSERT_EQ(result.value().size(), 4u);
  EXPECT_EQ(result.value()[0].bytes, "a");
  EXPECT_EQ(result.value()[1].bytes, "b");
  EXPECT_EQ(result.value()[2].bytes, "sub a");
  EXPECT_EQ(result.value()[3].bytes, "z");
}

TEST_F(ReadSources, KeepsCommandLineOrderAcrossPaths) {
  // Files are ordered as given, not sorted: a later file can restate an
  // earlier one only if "earlier" means what the user said.
  const std::string second = Write("b-second.txt", "second");
  const std::string first = Write("z-first.txt", "first");
  const std::string dir = Dir("middle");
  Write("middle/m.md", "middle");
  const auto result = read_sources({first, dir, second});
  ASSERT_TRUE(result.ok()) << result.error().describe();
  ASSERT_EQ(result.value().size(), 3u);
  EXPECT_EQ(result.value()[0].bytes, "first");
  EXPECT_EQ(result.value()[1].bytes, "middle");
  EXPECT_EQ(result.value()[2].bytes, "second");
}

TEST_F(ReadSources, ReadsExplicitlyNamedFileWithAnyExtension) {
  const std::string rst = Write("notes.rst", "reStructuredText is prose too.");
  const std::string bare = Write("NOTES", "No extension at all.");
  const auto result = read_sources({rst, bare});
  ASSERT_TRUE(result.ok()) << result.error().describe();
  EXPECT_EQ(Paths(result.value()), (std::vector<std::string>{rst, bare}));
  EXPECT_EQ(result.value()[0].bytes, "reStructuredText is prose too.");
}

TEST_F(ReadSources, MissingPathIsAnErrorNamingIt) {
  const std::string present = Write("here.txt", "here");
  const std::string missing = (root_ / "not-there.txt").generic_string();
  const auto result = read_sources({present, missing});
  ASSERT_FALSE(result.ok());
  EXPECT_EQ(result.error().path, missing);
  EXPECT_FALSE(result.error().message.empty());
  EXPECT_NE(result.error().describe().find(missing), std::string::npos);
}

TEST_F(ReadSources, DirectoryWithoutTextFilesIsAnErrorNamingIt) {
  const std::string dir = Dir("pictures");
  Write("pictures/photo.jpg", "jpeg");
  Write("pictures/notes.rst", "rst is not picked up from a directory");
  const auto result = read_sources({dir});
  ASSERT_FALSE(result.ok());
  EXPECT_EQ(result.error().path, dir);
  EXPECT_FALSE(result.error().message.empty());
}

TEST_F(ReadSources, EmptyDirectoryIsAnErrorNamingIt) {
  const std::string dir = Dir("empty");
  const auto result = read_sources({dir});
  ASSERT_FALSE(result.ok());
  EXPECT_EQ(result.error().path, dir);
}

TEST_F(ReadSources, SymlinkLoopDoesNotHangOrDuplicateFiles) {
  const std::string dir = Dir("loop");
  Write("loop/a.txt", "a");
  std::error_code error;
  fs::create_directory_symlink(dir, fs::path(dir) / "link", error);
  if (error) GTEST_SKIP() << "cannot create symlinks here: " << error.message();
  fs::create_directory_symlink("..", fs::path(dir) / "up", error);
  ASSERT_FALSE(error) << error.message();

  auto pending = std::async(std::launch::async, [dir] { return read_sources({dir}); });
  if (pending.wait_for(std::chrono::seconds(30)) != std::future_status::ready) {
    std::fprintf(stderr, "read_sources did not return within 30 s on a symlink loop\n");
    std::fflush(stderr);
    std::_Exit(1);  // the worker cannot be cancelled; do not wait for it
  }
  const auto result = pending.get();
  ASSERT_TRUE(result.ok()) << result.error().describe();
  EXPECT_EQ(Paths(result.value()),
            (std::vector<std::string>{(fs::path(dir) / "a.txt").generic_string()}));
}

TEST_F(ReadSources, UnreadableFileIsAnErrorNamingIt) {
  if (::geteuid() == 0) GTEST_SKIP() << "running as root: chmod 000 does not stop reads";
  const std::string path = Write("secret.txt", "cannot read me");
  ASSERT_EQ(::chmod(path.c_str(), 0), 0);
  const auto result = read_sources({path});
  ASSERT_FALSE(result.ok());
  EXPECT_EQ(result.error().path, path);
  EXPECT_FALSE(result.error().message.empty());
}

TEST_F(ReadSources, UnreadableFileInsideDirectoryIsAnErrorNamingTheFile) {
  if (::geteuid() == 0) GTEST_SKIP() << "running as root: chmod 000 does not stop reads";
  const std::string dir = Dir("mixed");
  Write("mixed/a.txt", "fine");
  const std::string locked = Write("mixed/b.txt", "locked");
  ASSERT_EQ(::chmod(locked.c_str(), 0), 0);
  const auto result = read_sources({dir});
  ASSERT_FALSE(result.ok());
  EXPECT_EQ(result.error().path, locked);
}

TEST_F(ReadSources, DashReadsStandardInput) {
  const std::string bytes = "\xEF\xBB\xBF" "from stdin\r\nline two";
  std::istringstream fake_stdin(bytes);
  std::streambuf* const saved = std::cin.rdbuf(fake_stdin.rdbuf());
  const auto result = read_sources({"-"});
  std::cin.rdbuf(saved);
  ASSERT_TRUE(result.ok()) << result.error().describe();
  ASSERT_EQ(result.value().size(), 1u);
  EXPECT_EQ(result.value()[0].bytes, bytes);
  EXPECT_FALSE(result.value()[0].path.empty());
}

TEST_F(ReadSources, ReadInputsGoesOnPastBadFilesAndNamesEachOne) {
  const std::string docs = Dir("docs");
  Write("docs/a.txt", "good text\n");
  Write("docs/b.txt", "caf\xE9\n");
  Write("docs/c.txt", "nul\0byte"s);
  Write("docs/d.txt", "also good\n");
  const auto result = read_inputs({docs, (root_ / "missing.md").generic_string()});
  ASSERT_TRUE(result.ok()) << result.error().describe();
  EXPECT_EQ(Paths(result.value().sources),
            (std::vector<std::string>{docs + "/a.txt", docs + "/d.txt"}));
  const std::vector<Error>& errors = result.value().errors;
  ASSERT_EQ(errors.size(), 3u);
  EXPECT_EQ(errors[0].path, docs + "/b.txt");
  EXPECT_EQ(errors[0].line, 1);
  EXPECT_EQ(errors[0].byte, 3);
  EXPECT_EQ(errors[1].path, docs + "/c.txt");
  EXPECT_NE(errors[1].message.find("NUL"), std::string::npos) << errors[1].message;
  EXPECT_EQ(errors[2].message, "no such file or directory");
}

TEST_F(ReadSources, ReadInputsRefusesLongLinesAndLargeFilesAsErrorsNotAborts) {
  Write("long.txt", std::string(100, 'x') + "\n");
  Write("large.txt", std::string(2000, 'y'));
  Write("fine.txt", "short\n");
  Options options;
  options.max_line_bytes = 50;
  options.max_file_bytes = 1000;
  const auto result = read_inputs(
      {Write("long.txt", std::string(100, 'x') + "\n"), Write("large.txt", std::string(2000, 'y')),
       Write("fine.txt", "short\n")},
      options);
  ASSERT_TRUE(result.ok());
  EXPECT_EQ(result.value().sources.size(), 1u);
  ASSERT_EQ(result.value().errors.size(), 2u);
  EXPECT_NE(result.value().errors[0].message.find("longer"), std::string::npos)
      << result.value().errors[0].message;
  EXPECT_NE(result.value().errors[1].message.find("maximum file size"), std::string::npos);
}

TEST_F(ReadSources, ReadInputsSkipsAnUnlistableSubdirectoryAndReadsTheRest) {
  if (::geteuid() == 0) GTEST_SKIP() << "running as root: chmod 000 does not stop listing";
  const std::string dir = Dir("tree");
  Write("tree/a.txt", "fine\n");
  Write("tree/locked/b.txt", "hidden\n");
  Write("tree/z.txt", "fine too\n");
  const std::string locked = dir + "/locked";
  ASSERT_EQ(::chmod(locked.c_str(), 0), 0);
  const auto result = read_inputs({dir});
  ASSERT_TRUE(result.ok());
  EXPECT_EQ(Paths(result.value().sources),
            (std::vector<std::string>{dir + "/a.txt", dir + "/z.txt"}));
  ASSERT_EQ(result.value().errors.size(), 1u);
  EXPECT_EQ(result.value().errors[0].path, locked);
}

TEST_F(ReadSources, StdinFilenameNamesStandardInput) {
  std::istringstream fake_stdin("# Title\n");
  std::streambuf* const saved = std::cin.rdbuf(fake_stdin.rdbuf());
  Options options;
  options.stdin_filename = "docs/draft.md";
  const auto result = read_inputs({"-"}, options);
  std::cin.rdbuf(saved);
  ASSERT_TRUE(result.ok());
  ASSERT_EQ(result.value().sources.size(), 1u);
  EXPECT_EQ(result.value().sources[0].path, "docs/draft.md");
}

}  // namespace
}  // namespace twice
