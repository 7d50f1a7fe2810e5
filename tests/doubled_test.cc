// Doubled words (repetition/doubled.h): "the the", and what is not one.
#include "twice/repetition/doubled.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "twice/analyze.h"

namespace twice {
namespace {

std::vector<std::string> doubled(const std::string& name, const std::string& text) {
  Options options;
  options.min_words = 0;
  const auto analysis = analyze({{name, text}}, options).value();
  std::vector<std::string> out;
  for (const Finding& finding : analysis.findings) {
    if (finding.kind != FindingKind::kDoubledWord) continue;
    EXPECT_EQ(finding.severity, Severity::kWarning);
    EXPECT_LT(finding.restates.begin, finding.location.begin);
    out.push_back(analysis.documents[0].bytes.substr(finding.restates.begin,
                                                     finding.location.end - finding.restates.begin));
  }
  return out;
}

using Strings = std::vector<std::string>;

TEST(Doubled, FindsTheTheAndWasWasAcrossALineBreakToo) {
  EXPECT_EQ(doubled("a.txt", "It was the the best of times.\n"), Strings{"the the"});
  EXPECT_EQ(doubled("a.md", "The cache was\nwas cleared before the build.\n"), Strings{"was\nwas"});
  EXPECT_EQ(doubled("a.txt", "Then The the end came.\n"), Strings{"The the"});
}

TEST(Doubled, MarkupPunctuationCodeAndGrammarAreNotDoubledWords) {
  EXPECT_TRUE(doubled("a.md", "It is **the** the best.\n").empty());
  EXPECT_TRUE(doubled("a.txt", "Well, well, what a day.\n").empty());
  EXPECT_TRUE(doubled("a.md", "Run `make make` to build it now.\n").empty());
  EXPECT_TRUE(doubled("a.txt", "He had had enough, and knew that that was it.\n").empty());
  EXPECT_TRUE(doubled("a.txt", "Version 2 2 was never released.\n").empty());
  // Regressions from the judged docs sample: a compound and operator names.
  EXPECT_TRUE(doubled("a.md", "Use kebab case in in-DOM templates of the page.\n").empty());
  EXPECT_TRUE(doubled("a.md", "Combine the terms with AND and OR in the query.\n").empty());
}

}  // namespace
}  // namespace twice
