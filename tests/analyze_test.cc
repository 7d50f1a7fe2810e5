// analyze() end to end through the library API.
#include "twice/analyze.h"

#include <gtest/gtest.h>

#include <mutex>
#include <string>
#include <vector>


#include "support/files.h"
#include "twice/document.h"

namespace twice {
namespace {

using testing::sample;

std::size_t line_of(const Analysis& analysis, const Span& span, std::size_t offset) {
  return LineIndex(analysis.documents[span.document].bytes).position(offset).line;
}

std::string text_of(const Analysis& analysis, const Span& span) {
  return analysis.documents[span.document].bytes.substr(span.begin, span.end - span.begin);
}

TEST(Analyze, FindsBothRestatedParagraphsOfTheNewsSample) {
  auto result = analyze({sample("news-ukraine-talks.txt")}, Options());
  ASSERT_TRUE(result.ok()) << result.error().describe();
  const Analysis& analysis = result.value();
  std::vector<std::pair<std::size_t, std::size_t>> restated;  // (later line, earlier line)
  for (const Finding& finding : analysis.findings) {
    if (finding.kind != FindingKind::kRestatedParagraph) continue;
    restated.emplace_back(line_of(analysis, finding.location, finding.location.begin),
                          line_of(analysis, finding.restates, finding.restates.begin));
  }
  const std::vector<std::pair<std::size_t, std::size_t>> expected = {{4, 2}, {5, 3}};
  EXPECT_EQ(restated, expected);
}

TEST(Analyze, NationalSecurityTeamSentenceIsEvidenceOfTheLine5Finding) {
  const Analysis analysis = analyze({sample("news-ukraine-talks.txt")}, Options()).value();
  bool found = false;
  for (const Finding& finding : analysis.findings) {
    if (finding.kind != FindingKind::kRestatedParagraph ||
        line_of(analysis, finding.location, finding.location.begin) != 5) {
      continue;
    }
    for (const Finding& pair : finding.evidence) {
      const std::string later = text_of(analysis, pair.location);
      const std::string earlier = text_of(analysis, pair.restates);
      if (later.rfind("The U.S. national security team is working diligently", 0) == 0 &&
          earlier.rfind("The U.S. national security team is actively working", 0) == 0) {
        found = true;
        EXPECT_GT(pair.score, 0.85);
        EXPECT_LT(pair.score, 0.95);
      }
    }
  }
  EXPECT_TRUE(found);
}

TEST(Analyze, SiteBoilerplateAfterTheArticleIsNeverAFinding) {
  const Analysis analysis = analyze({sample("news-ukraine-talks.txt")}, Options()).value();
  for (const Finding& finding : analysis.findings) {
    EXPECT_LE(line_of(analysis, finding.location, finding.location.begin), 6u);
    EXPECT_LE(line_of(analysis, finding.restates, finding.restates.begin), 6u);
  }
}

// The paragraph rule must not flip on edits elsewhere in the draft: the
// expected findings survive edits that only move the shared idf weights.
TEST(Analyze, EditsElsewhereDoNotFlipTheSampleFindings) {
  const std::string original = sample("news-ukraine-talks.txt").bytes;
  const std::string title = "Russia Ukraine Presidents Agree to Negotiations\n";
  ASSERT_EQ(original.rfind(title, 0), 0u);
  const std::vector<std::string> edits = {
      original.substr(title.size()),  // title deleted: every line moves up one
      original + "\nThe weather in Kyiv stayed cold and grey for most of the week, "
                 "and the forecast promised snow by Sunday.\n",
      original + "\nAnalysts said the talks could reshape European security, and "
                 "markets in Moscow rose sharply on the news.\n",
      "Officials in Brussels declined to comment on the reported plans for the summit.\n" +
          original,
  };
  const std::vector<std::size_t> shift = {1, 0, 0, 0};  // lines removed before the article
  const std::vector<std::size_t> extra = {0, 0, 0, 1};  // lines added before it
  for (std::size_t e = 0; e < edits.size(); ++e) {
    SCOPED_TRACE("edit " + std::to_string(e));
    const Analysis analysis = analyze({{"edited.txt", edits[e]}}, Options()).value();
    std::vector<std::pair<std::size_t, std::size_t>> restated;
    for (const Finding& finding : analysis.findings) {
      if (finding.kind != FindingKind::kRestatedParagraph) continue;
      restated.emplace_back(
          line_of(analysis, finding.location, finding.location.begin) + shift[e] - extra[e],
          line_of(analysis, finding.restates, finding.restates.begin) + shift[e] - extra[e]);
    }
    const std::vector<std::pair<std::size_t, std::size_t>> expected = {{4, 2}, {5, 3}};
    EXPECT_EQ(restated, expected);
  }
}

TEST(Analyze, ALaterFileCanRestateAnEarlierOne) {
  const std::string paragraph =
      "The committee approved the new budget for road maintenance after a long debate. "
      "Funding for the northern bridge repairs was doubled.\n";
  const std::string other =
      "Volunteers planted four hundred oak trees along the river during the spring festival.\n";
  auto result = analyze({{"a.txt", paragraph}, {"b.txt", other + paragraph}}, Options());
  ASSERT_TRUE(result.ok());
  const auto& findings = result.value().findings;
  ASSERT_FALSE(findings.empty());
  EXPECT_EQ(findings[0].kind, FindingKind::kRestatedParagraph);
  EXPECT_EQ(findings[0].location.document, 1u);
  EXPECT_EQ(findings[0].restates.document, 0u);
  EXPECT_NEAR(findings[0].score, 1.0, 1e-12);
}

TEST(Analyze, FindingsNeverPointAtThemselvesOrForward) {
  for (const char* name : {"news-ukraine-talks.txt", "release-notes-draft.md",
                           "multilingual-notes.txt"}) {
    const Analysis analysis = analyze({sample(name)}, Options()).value();
    for (const Finding& finding : analysis.findings) {
      EXPECT_LE(finding.restates.end, finding.location.begin) << name;
      EXPECT_GE(finding.score, 0.0);
      EXPECT_LE(finding.score, 1.0);
    }
  }
}

TEST(Analyze, SameFindingsForAnyNumberOfJobs) {
  Options one;
  one.jobs = 1;
  Options many;
  many.jobs = 4;
  const auto a = analyze({sample("news-ukraine-talks.txt"), sample("release-notes-draft.md")}, one);
  const auto b = analyze({sample("news-ukraine-talks.txt"), sample("release-notes-draft.md")}, many);
  ASSERT_EQ(a.value().findings.size(), b.value().findings.size());
  for (std::size_t i = 0; i < a.value().findings.size(); ++i) {
    EXPECT_EQ(a.value().findings[i].score, b.value().findings[i].score);
    EXPECT_EQ(a.value().findings[i].location.begin, b.value().findings[i].location.begin);
  }
}

TEST(Analyze, ShortSentencesAreNotCompared) {
  const std::string text = "Comments are closed.\nNo comments yet.\nComments are closed.\n";
  EXPECT_TRUE(analyze({{"short.txt", text}}, Options()).value().findings.empty());
  // Two content words can never be the evidence min_shared_terms asks for:
  // without that rule, min_words alone keeps the copies apart ...
  Options no_evidence_rule;
  no_evidence_rule.min_shared_terms = 0;
  EXPECT_TRUE(analyze({{"short.txt", text}}, no_evidence_rule).value().findings.empty());
  // ... and without it they are compared and found.
  Options everything = no_evidence_rule;
  everything.min_words = 0;
  EXPECT_FALSE(analyze({{"short.txt", text}}, everything).value().findings.empty());
}

TEST(Analyze, MarkdownHeadingsAreShownButNeverCompared) {
  // The heading's six content words are all in the sentence: evidence
  // enough (detect/evidence.h) were the heading compared.
  const std::string draft =
      "# Replacing the northern bridge bearings in early summer\n\n"
      "Replacing the northern bridge bearings in early summer will close the road for a week.\n";
  auto result = analyze({{"draft.md", draft}}, Options());
  ASSERT_TRUE(result.ok());
  ASSERT_EQ(result.value().documents[0].paragraphs.size(), 2u);
  EXPECT_TRUE(result.value().documents[0].paragraphs[0].heading);
  EXPECT_TRUE(result.value().findings.empty());
  // The same two lines as plain text are two paragraphs that say the same.
  auto plain = analyze({{"draft.txt", draft}}, Options());
  EXPECT_FALSE(plain.value().findings.empty());
}

TEST(Analyze, TwoLeadInsAreAlikeBecauseTheirExamplesAreNotAFinding) {
  const std::string page =
      "To update all modules of the project to the latest version, run:\n\n"
      "```\nhugo mod get -u ./...\n```\n\n"
      "To update all modules of the project to the latest patch version, run:\n\n"
      "```\nhugo mod get -u=patch ./...\n```\n";
  EXPECT_TRUE(analyze({{"modules.md", page}}, Options()).value().findings.empty());
  // Without the colons they are two statements, one restating the other.
  std::string statements = page;
  for (std::size_t at; (at = statements.find(", run:")) != std::string::npos;) {
    statements.replace(at, 6, ".");
  }
  EXPECT_FALSE(analyze({{"modules.md", statements}}, Options()).value().findings.empty());
  // One lead-in copied word for word is a copy, not a parallel.
  std::string copied = page;
  copied.replace(copied.find(" patch version"), 14, " version");
  EXPECT_EQ(analyze({{"modules.md", copied}}, Options()).value().findings.size(), 1u);
}

TEST(Analyze, SentencesNamingTheirOwnSectionsSubjectAreParallelNotRestated) {
  // Under "The test field", the test field; under "The bench field", the
  // bench field: the same description of two fields.
  const std::string page =
      "## The test field\n\n"
      "The test field indicates whether or not the target is checked by default by the build "
      "tool when it runs.\n\n"
      "## The bench field\n\n"
      "The bench field indicates whether or not the target is checked by default by the build "
      "tool when it runs.\n";
  const Analysis parallel = analyze({{"targets.md", page}}, Options()).value();
  EXPECT_TRUE(parallel.findings.empty());
  // Under one heading about neither, the second says the first again but
  // for one word: a near copy, reported.
  std::string one_section = page;
  one_section.erase(one_section.find("## The bench field\n\n"), 20);
  one_section.replace(0, 18, "## Target fields\n");
  const Analysis restated = analyze({{"targets.md", one_section}}, Options()).value();
  ASSERT_EQ(restated.findings.size(), 1u);
  EXPECT_EQ(restated.findings[0].kind, FindingKind::kRestatedSentence);
}

TEST(Analyze, ParagraphsThatOpenInParallelGoOnAboutTheirOwnSubjects) {
  // The second sentences are one sentence twice, but "It" is the CPU manager
  // in one section and the memory manager in the other.
  const std::string page =
      "## CPU manager\n\n"
      "The CPU manager is a kubelet component that provides exclusive resource allocation for "
      "CPU resources. It consults with the topology manager to make resource assignment "
      "decisions before any container of the pod starts.\n\n"
      "## Memory manager\n\n"
      "The memory manager is a kubelet component that provides exclusive resource allocation "
      "for memory resources. It consults with the topology manager to make resource assignment "
      "decisions before any container of the pod starts.\n";
  EXPECT_TRUE(analyze({{"managers.md", page}}, Options()).value().findings.empty());
  // Under headings that name neither, the same paragraphs are a near copy.
  std::string neutral = page;
  neutral.replace(neutral.find("## CPU manager"), 14, "## First part");
  neutral.replace(neutral.find("## Memory manager"), 17, "## Other part");
  const Analysis copied = analyze({{"managers.md", neutral}}, Options()).value();
  ASSERT_EQ(copied.findings.size(), 1u);
  EXPECT_EQ(copied.findings[0].kind, FindingKind::kRestatedParagraph);
  // Openings that are one sentence again (only a link differs) open no
  // parallel: the paragraph is a copy.
  const std::string linked =
      "## Host keys\n\nCargo comes with the host keys for [GitHub](https://github.com) built in. "
      "If those keys ever change, you can add the new keys to the config or the known hosts "
      "file.\n\n## Git authentication\n\nCargo comes with the host keys for "
      "[GitHub](https://docs.github.com/keys) built in. If those keys ever change, you can add "
      "the new keys to the config or the known hosts file.\n";
  const Analysis copy = analyze({{"config.md", linked}}, Options()).value();
  ASSERT_EQ(copy.findings.size(), 1u);
  EXPECT_EQ(copy.findings[0].kind, FindingKind::kRestatedParagraph);
}

TEST(Analyze, InlineCodeNamingEachPagesSubjectMakesParallelPages) {
  // Publish.md and Permalink.md describe their methods in the same words.
  const std::string publish =
      "The `Publish` method on a `Resource` object writes the resource to the publish directory, "
      "typically the public folder of the project.\n";
  std::string permalink = publish;
  permalink.replace(permalink.find("`Publish`"), 9, "`Permalink`");
  const auto analysis =
      analyze({{"methods/Permalink.md", permalink}, {"methods/Publish.md", publish}}, Options())
          .value();
  EXPECT_TRUE(analysis.findings.empty());
  // Under names that are not theirs, the same two are a near copy.
  const auto copied =
      analyze({{"methods/a.md", permalink}, {"methods/b.md", publish}}, Options()).value();
  EXPECT_EQ(copied.findings.size(), 1u);
}

TEST(Analyze, AHeadingsIdentifiersNameItsSectionWordByWord) {
  // "resolveComponent()" and "resolveDirective()" head two sections that
  // describe their functions in the same words.
  const std::string page =
      "# Render functions\n\n## resolveComponent()\n\n"
      "For manually resolving a registered component by name inside the render function of an "
      "application.\n\n## resolveDirective()\n\n"
      "For manually resolving a registered directive by name inside the render function of an "
      "application.\n";
  EXPECT_TRUE(analyze({{"render.md", page}}, Options()).value().findings.empty());
  std::string plain = page;
  plain.replace(plain.find("## resolveDirective()"), 21, "## Second");
  plain.replace(plain.find("## resolveComponent()"), 21, "## First");
  EXPECT_EQ(analyze({{"render.md", plain}}, Options()).value().findings.size(), 1u);
}

TEST(Analyze, PointersToDifferentPlacesInTheSameWordsAreNotRestatements) {
  const std::string page =
      "Stripping removes the symbols from the final binary of the package when it is built. "
      "See the [profiles chapter](profiles.md#strip) for more information on the setting.\n\n"
      "Custom profiles let a workspace define its own build settings for special builds. "
      "See the [profiles chapter](profiles.md#custom-profiles) for more information on the "
      "setting.\n";
  EXPECT_TRUE(analyze({{"unstable.md", page}}, Options()).value().findings.empty());
  // Pointing to the same place, the second pointer says the first again.
  std::string same = page;
  same.replace(same.find("#custom-profiles"), 16, "#strip");
  EXPECT_EQ(analyze({{"unstable.md", same}}, Options()).value().findings.size(), 1u);
}

TEST(Analyze, APagesSubjectIsItsFileNameAndItsTitle) {
  const auto analysis =
      analyze({{"content/methods/PublishDate.md", "---\ntitle: Page dates\n---\nSome text.\n"},
               {"docs/snake_case-name/index.md", "Some text.\n"}},
              Options())
          .value();
  EXPECT_EQ(analysis.documents[0].subject,
            (std::vector<std::string>{"publish", "date", "page", "date"}));
  EXPECT_EQ(analysis.documents[1].subject, (std::vector<std::string>{"snake", "case", "name"}));
}

// The restatement rules alone, for tests whose counts are restatements.
Options restatements_only() {
  Options options;
  options.repeated_phrase.enabled = options.echo.enabled = options.overused_word.enabled = false;
  return options;
}

TEST(Analyze, MaxFindingsKeepsTheFirstAndCountsTheRest) {
  // Three restated paragraphs: two in the news sample, one in the release notes.
  const std::vector<Source> sources = {sample("news-ukraine-talks.txt"),
                                       sample("release-notes-draft.md")};
  Options all = restatements_only();
  all.max_findings = 0;
  const Analysis full = analyze(sources, all).value();
  ASSERT_EQ(full.findings.size(), 3u);
  Options two = restatements_only();
  two.max_findings = 2;
  const Analysis cut = analyze(sources, two).value();
  ASSERT_EQ(cut.findings.size(), 2u);
  EXPECT_EQ(cut.omitted_findings, 1u);
  EXPECT_EQ(cut.findings[1].location.begin, full.findings[1].location.begin);
  EXPECT_EQ(cut.findings[1].location.document, full.findings[1].location.document);
}

TEST(Analyze, RepeatedBoilerplateIsFoundOnceAgainstItsFirstCopy) {
  const std::string line = "Subscribe to our newsletter for weekly product updates and tips.\n";
  std::string text;
  for (int i = 0; i < 5000; ++i) text += line;
  const Analysis analysis = analyze({{"spam.txt", text}}, restatements_only()).value();
  // One boilerplate finding with every copy, not 4999 restatements.
  ASSERT_EQ(analysis.findings.size(), 1u);
  EXPECT_EQ(analysis.omitted_findings, 0u);
  const Finding& finding = analysis.findings[0];
  EXPECT_EQ(finding.kind, FindingKind::kBoilerplate);
  EXPECT_EQ(finding.severity, Severity::kInfo);
  EXPECT_EQ(finding.restates.begin, 0u);
  EXPECT_EQ(finding.location.begin, line.size());
  ASSERT_EQ(finding.occurrences.size(), 5000u);
  for (std::size_t i = 0; i < finding.occurrences.size(); ++i) {
    EXPECT_EQ(finding.occurrences[i].begin, i * line.size()) << i;
  }
}

TEST(Analyze, MaxFindingsCountsTheNewKindsToo) {
  // Phrases, echoes and overused words are off by default: turn them on.
  Options tics;
  tics.repeated_phrase.enabled = tics.echo.enabled = tics.overused_word.enabled = true;
  Options all = tics;
  all.max_findings = 0;
  const Analysis full = analyze({sample("news-ukraine-talks.txt")}, all).value();
  ASSERT_GT(full.findings.size(), 5u);
  bool tic = false;
  for (const Finding& finding : full.findings) {
    tic = tic || finding.kind == FindingKind::kRepeatedPhrase ||
          finding.kind == FindingKind::kOverusedWord || finding.kind == FindingKind::kEcho;
  }
  EXPECT_TRUE(tic);
  Options five = tics;
  five.max_findings = 5;
  const Analysis cut = analyze({sample("news-ukraine-talks.txt")}, five).value();
  EXPECT_EQ(cut.findings.size(), 5u);
  EXPECT_EQ(cut.findings.size() + cut.omitted_findings, full.findings.size());
}

TEST(Analyze, OutputDoesNotDependOnJobs) {
  Options one;
  one.jobs = 1;
  Options four;
  four.jobs = 4;
  const Analysis a = analyze({sample("news-ukraine-talks.txt")}, one).value();
  const Analysis b = analyze({sample("news-ukraine-talks.txt")}, four).value();
  ASSERT_EQ(a.findings.size(), b.findings.size());
  for (std::size_t i = 0; i < a.findings.size(); ++i) {
    EXPECT_EQ(a.findings[i].fingerprint, b.findings[i].fingerprint);
    EXPECT_EQ(a.findings[i].location.begin, b.findings[i].location.begin);
  }
}

TEST(Analyze, InvalidUtf8IsAnErrorNamingFileLineAndByte) {
  auto result = analyze({{"bad.txt", "fine line\nbroken \xC3\x28 here\n"}}, Options());
  ASSERT_FALSE(result.ok());
  EXPECT_EQ(result.error().path, "bad.txt");
  EXPECT_EQ(result.error().line, 2);
  EXPECT_EQ(result.error().byte, 17);
}

TEST(Analyze, OutOfRangeOptionsAreAnError) {
  Options options;
  options.threshold = 0;
  EXPECT_FALSE(analyze({{"a.txt", "text"}}, options).ok());
  options.threshold = 1.5;
  EXPECT_FALSE(analyze({{"a.txt", "text"}}, options).ok());
}

TEST(Analyze, UnreadableStopWordFileIsAnErrorNamingIt) {
  Options options;
  options.stopwords = "/nonexistent/stop.txt";
  auto result = analyze({{"a.txt", "text"}}, options);
  ASSERT_FALSE(result.ok());
  EXPECT_EQ(result.error().path, "/nonexistent/stop.txt");
}

TEST(Analyze, EmptyInputHasNoParagraphsAndNoFindings) {
  auto result = analyze({{"empty.txt", ""}, {"blank.txt", "\n  \n\t\n"}}, Options());
  ASSERT_TRUE(result.ok());
  EXPECT_TRUE(result.value().documents[0].paragraphs.empty());
  EXPECT_TRUE(result.value().documents[1].paragraphs.empty());
  EXPECT_TRUE(result.value().findings.empty());
}

TEST(Analyze, ASentenceAndItsNegationAreOppositeCasesNotARestatement) {
  const std::string copied =
      "The publish step uploads the archive to the registry and records the new version.\n\n"
      "Later the publish step uploads the archive to the registry and records the new version.\n";
  const std::string opposite =
      "The publish step uploads the archive to the registry and records the new version.\n\n"
      "The publish step never uploads the archive to the registry or records the new version.\n";
  EXPECT_FALSE(analyze({{"a.md", copied}}, Options()).value().findings.empty());
  const auto result = analyze({{"a.md", opposite}}, Options()).value();
  EXPECT_TRUE(result.documents[0].paragraphs[1].sentences[0].negated);
  EXPECT_FALSE(result.documents[0].paragraphs[0].sentences[0].negated);
  EXPECT_TRUE(result.findings.empty());
}

TEST(Analyze, ASentenceKeepsTheTermsOfItsLinkTexts) {
  // Only the words not also outside its links: "module" is in both.
  const auto documents = segment({{"a.md", "You could put them in a module as you saw in [Bigger "
                                           "Applications - Modules](bigger.md) and `x`.\n"}},
                                 Options());
  ASSERT_TRUE(documents.ok());
  const Sentence& sentence = documents.value()[0].paragraphs[0].sentences[0];
  EXPECT_EQ(sentence.links, (std::vector<std::string>{"bigger.md"}));
  EXPECT_EQ(sentence.link_terms, (std::vector<std::string>{"bigger", "applic"}));
}

TEST(Analyze, CaptionsOfTwoExamplesAreLeadInsNotRestatements) {
  // Right before a code block, a sentence without a full stop introduces it.
  const auto captions = [](const char* end) {
    return std::string("Example of sending a UDP packet to a port on the local host") + end +
           "\n\n```js\nsend();\n```\n\nExample of sending a UDP packet through a connected "
           "socket to a port on the local host" + end + "\n\n```js\nconnect();\n```\n";
  };
  EXPECT_TRUE(analyze({{"a.md", captions(";")}}, Options()).value().findings.empty());
  EXPECT_TRUE(analyze({{"a.md", captions("")}}, Options()).value().findings.empty());
  // Full statements before code are compared as any sentence.
  EXPECT_FALSE(analyze({{"a.md", captions(".")}}, Options()).value().findings.empty());
}

TEST(Analyze, TwoCasesOfOneRuleInOneSectionAreNotARestatement) {
  // The same words but for the case each opens with.
  const auto page = [](const char* first, const char* second) {
    const std::string rest =
        " the project is built with the shared library option by adding the flag to the build "
        "command line of the configure step.\n\n";
    return first + rest + second + rest;
  };
  const auto cases =
      analyze({{"a.md", page("On Windows platforms,", "On other platforms,")}}, Options()).value();
  EXPECT_TRUE(cases.documents[0].paragraphs[0].sentences[0].opens_case);
  EXPECT_TRUE(cases.findings.empty());
  // In two sections the two are compared as any sentences.
  EXPECT_FALSE(analyze({{"a.md", "# Building\n\n" + page("On Windows platforms,",
                                                          "# Notes\n\nOn other platforms,")}},
                       Options())
                   .value()
                   .findings.empty());
}

TEST(Analyze, MdxFilesAreReadAsMarkdown) {
  // Docusaurus pages: an import line, an admonition and a heading.
  const std::string page =
      "import Tabs from '@theme/Tabs';\n\n# Install\n\n:::tip\n\nRun the installer first.\n\n:::\n";
  const auto result = analyze({{"docs/install.mdx", page}}, Options()).value();
  ASSERT_EQ(result.documents[0].paragraphs.size(), 2u);
  EXPECT_TRUE(result.documents[0].paragraphs[0].heading);
  EXPECT_EQ(result.documents[0].paragraphs[1].sentences[0].text, "Run the installer first.");
}

TEST(Presets, SklearnPresetOwnsTokensWeightsAndStopWordsOnly) {
  Options options;
  options.threshold = 0.7;
  ASSERT_TRUE(apply_preset("sklearn", &options).ok());
  EXPECT_EQ(options.tokens, TokenPattern::kSklearn);
  EXPECT_EQ(options.tf, TermFrequency::kRaw);
  EXPECT_EQ(options.idf, InverseDocumentFrequency::kSmooth);
  EXPECT_EQ(options.stopwords, "none");
  EXPECT_EQ(options.min_words, 0);
  EXPECT_TRUE(options.compare_headings);
  EXPECT_EQ(options.threshold, 0.7);
  EXPECT_FALSE(apply_preset("spacy", &options).ok());
}

// Regression: on a large tree the progress line appeared only when comparing
// began (3.5 s in): reading and segmenting said nothing.
TEST(Analyze, ReportsProgressFromReadingTheFilesOn) {
  std::vector<std::string> stages;
  std::mutex mutex;
  Options options;
  options.jobs = 2;
  options.progress = [&](const Progress& progress) {
    const std::lock_guard<std::mutex> lock(mutex);
    if (stages.empty() || stages.back() != progress.stage) stages.push_back(progress.stage);
  };
  const std::string samples = std::string(TWICE_SOURCE_DIR) + "/samples";
  auto sources = read_sources({samples + "/news-ukraine-talks.txt", samples + "/french-draft.txt"},
                              options);
  ASSERT_TRUE(sources.ok()) << sources.error().describe();
  ASSERT_TRUE(analyze(std::move(sources).value(), options).ok());
  const std::vector<std::string> expected = {
      "reading files",        "checking text",           "detecting languages",
      "splitting sentences",  "weighting terms",         "finding repeated phrases",
      "comparing sentences",  "comparing paragraphs"};
  EXPECT_EQ(stages, expected);
}

}  // namespace
}  // namespace twice
