// The fuzz corpus replayed through the fuzzers' invariant checks (fuzz/checks.h)
// in the ordinary build: the seeds (fuzz/corpus/<target>/), every input that
// once broke an invariant (fuzz/regressions/<target>/) and the samples. A bug
// a fuzzer found stays fixed on machines without clang.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <string>
#include <vector>

#include "checks.h"
#include "support/files.h"

namespace twice {
namespace {

namespace fs = std::filesystem;

using Check = std::string (*)(std::string_view);

// Every file under fuzz/corpus/<target>, fuzz/regressions/<target> and samples/.
std::vector<fs::path> inputs(const std::string& target) {
  const fs::path root(TWICE_SOURCE_DIR);
  std::vector<fs::path> files;
  for (const fs::path& directory :
       {root / "fuzz" / "corpus" / target, root / "fuzz" / "regressions" / target,
        root / "samples"}) {
    if (!fs::is_directory(directory)) continue;
    for (const auto& entry : fs::recursive_directory_iterator(directory)) {
      if (entry.is_regular_file()) files.push_back(entry.path());
    }
  }
  std::sort(files.begin(), files.end());
  return files;
}

void replay(const std::string& target, Check check) {
  const std::vector<fs::path> files = inputs(target);
  ASSERT_FALSE(files.empty()) << "no corpus for " << target;
  for (const fs::path& file : files) {
    EXPECT_EQ(check(testing::read_file(file)), "") << file;
  }
}

TEST(FuzzRegressions, DecoderCorpusHoldsItsInvariants) {
  replay("decode", fuzz::check_decode);
}

TEST(FuzzRegressions, MarkdownCorpusHoldsItsInvariants) {
  replay("markdown", fuzz::check_markdown);
}

TEST(FuzzRegressions, PlainTextCorpusHoldsItsInvariants) {
  replay("plain_text", fuzz::check_plain_text);
}

TEST(FuzzRegressions, SentencesCorpusHoldsItsInvariants) {
  replay("sentences", fuzz::check_sentences);
}

TEST(FuzzRegressions, TokenizeCorpusHoldsItsInvariants) {
  replay("tokenize", fuzz::check_tokenize);
}

TEST(FuzzRegressions, AnalyzeCorpusHoldsItsInvariants) {
  replay("analyze", fuzz::check_analyze);
}

}  // namespace
}  // namespace twice
