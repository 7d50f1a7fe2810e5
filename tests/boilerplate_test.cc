// Boilerplate (detect/boilerplate.h) through analyze(): formulas once, at info.
#include "twice/detect/boilerplate.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "twice/analyze.h"

namespace twice {
namespace {

std::vector<Finding> of_kind(const Analysis& analysis, FindingKind kind) {
  std::vector<Finding> out;
  for (const Finding& finding : analysis.findings) {
    if (finding.kind == kind) out.push_back(finding);
  }
  return out;
}

std::string page(const std::string& name, const std::string& formula) {
  return "The " + name + " method returns the width of an image resource in pixels. " +
         formula + "\n";
}

TEST(Boilerplate, AFormulaOnThreePagesIsOneInfoFindingWithEveryOccurrence) {
  const std::string formula = "Access this value from a template using the method on a Page object.";
  const auto analysis = analyze({{"a.md", "Width tells how wide it is, for layout and design.\n\n" + formula + "\n"},
                                 {"b.md", "Height tells how tall it is, and helps with cropping.\n\n" + formula + "\n"},
                                 {"c.md", "Colors lists the dominant colours of the picture here.\n\n" + formula + "\n"}},
                                Options())
                            .value();
  const auto formulas = of_kind(analysis, FindingKind::kBoilerplate);
  ASSERT_EQ(formulas.size(), 1u);
  EXPECT_EQ(formulas[0].severity, Severity::kInfo);
  ASSERT_EQ(formulas[0].occurrences.size(), 3u);
  EXPECT_EQ(formulas[0].restates.document, 0u);
  EXPECT_EQ(formulas[0].location.document, 1u);
  EXPECT_TRUE(of_kind(analysis, FindingKind::kRestatedSentence).empty());
}

TEST(Boilerplate, AParagraphCopiedToThreePagesIsOneFindingSpanningIt) {
  const std::string copied =
      "Enable running a command in the context of the configured workspaces. "
      "Valid values for this setting are the names of workspaces or their folders. "
      "This value is not exported to the environment for child processes.";
  const std::string own[] = {"Install adds a package to the project and its lock file.",
                             "Update moves every package of the project to its latest version.",
                             "Audit looks for known vulnerabilities in the installed packages."};
  std::vector<Source> sources;
  for (int p = 0; p < 3; ++p) {
    sources.push_back({"cmd" + std::to_string(p) + ".md", own[p] + "\n\n" + copied + "\n"});
  }
  const auto analysis = analyze(sources, Options()).value();
  const auto formulas = of_kind(analysis, FindingKind::kBoilerplate);
  ASSERT_EQ(formulas.size(), 1u);
  ASSERT_EQ(formulas[0].occurrences.size(), 3u);
  for (std::size_t i = 0; i < 3; ++i) {
    const Span& span = formulas[0].occurrences[i];
    EXPECT_EQ(sources[span.document].bytes.substr(span.begin, span.end - span.begin), copied);
  }
  // The last sentence alone on a fourth page: it no longer follows the
  // others everywhere, so it is a formula of its own.
  sources.push_back(
      {"cmd3.md", "This value is not exported to the environment for child processes.\n"});
  EXPECT_EQ(of_kind(analyze(sources, Options()).value(), FindingKind::kBoilerplate).size(), 2u);
}

TEST(Boilerplate, TwoCopiesAreStillARestatement) {
  const std::string text =
      "The development server redirects every missing page to the error page by default.\n\n"
      "Something else entirely is said in this paragraph about the build cache.\n\n"
      "The development server redirects every missing page to the error page by default.\n";
  const auto analysis = analyze({{"a.md", text}}, Options()).value();
  EXPECT_TRUE(of_kind(analysis, FindingKind::kBoilerplate).empty());
  EXPECT_EQ(of_kind(analysis, FindingKind::kRestatedSentence).size(), 1u);
}

TEST(Boilerplate, SentencesThatDifferOnlyInInlineCodeShareAFrame) {
  std::vector<Source> sources;
  for (const char* name : {"Width", "Height", "Colors", "Exif"}) {
    sources.push_back({std::string(name) + ".md",
                       "Use the `" + std::string(name) +
                           "` method on an image resource to read its metadata quickly.\n"});
  }
  const auto analysis = analyze(sources, Options()).value();
  const auto formulas = of_kind(analysis, FindingKind::kBoilerplate);
  ASSERT_EQ(formulas.size(), 1u);
  EXPECT_EQ(formulas[0].occurrences.size(), 4u);
}

TEST(Boilerplate, SentencesOneWordApartOnThreePagesAreAFormula) {
  std::vector<Source> sources;
  for (const char* command : {"build", "check", "test"}) {
    sources.push_back({std::string("cargo-") + command + ".md",
                       "When no target selection options are given, cargo will " +
                           std::string(command) +
                           " all binary and library targets of the selected packages.\n"});
  }
  const auto analysis = analyze(sources, Options()).value();
  EXPECT_EQ(of_kind(analysis, FindingKind::kBoilerplate).size(), 1u);
  EXPECT_TRUE(of_kind(analysis, FindingKind::kRestatedSentence).empty());
}

TEST(Boilerplate, OneLineRepeatedTenThousandTimesIsOneFinding) {
  std::string text;
  for (int i = 0; i < 10000; ++i) text += "Stay ahead of the market with our daily newsletter today.\n";
  const auto analysis = analyze({{"spam.txt", text}}, Options()).value();
  ASSERT_EQ(analysis.findings.size(), 1u);
  EXPECT_EQ(analysis.findings[0].kind, FindingKind::kBoilerplate);
  EXPECT_EQ(analysis.findings[0].occurrences.size(), 10000u);
}

TEST(Boilerplate, OffComparesTheCopiesLikeAnySentence) {
  Options options;
  options.boilerplate.enabled = false;
  const std::string formula = "Access this value from a template using the method on a Page object.";
  const auto analysis = analyze({{"a.md", formula + "\n"}, {"b.md", formula + "\n"},
                                 {"c.md", formula + "\n"}},
                                options)
                            .value();
  EXPECT_TRUE(of_kind(analysis, FindingKind::kBoilerplate).empty());
  // Three pages, one sentence each: each later copy restates the first
  // (mirrored pages need two sentences a page).
  EXPECT_EQ(of_kind(analysis, FindingKind::kRestatedSentence).size(), 2u);
}

}  // namespace
}  // namespace twice
