// Repeated phrases (repetition/phrases.h): maximal runs, stop words,
// sentence bounds, exact source spans in Unicode and Markdown text.
#include "twice/repetition/phrases.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "twice/analyze.h"
#include "twice/repetition/words.h"

namespace twice::repetition {
namespace {

struct Checked {
  std::vector<Document> documents;
  Phrases phrases;
};

Checked phrases_of(std::vector<Source> sources, Options options = Options()) {
  options.min_words = 0;  // short test sentences are prose too
  Checked run;
  run.documents = segment(std::move(sources), options).value();
  const Words words = collect_words(&run.documents, options).value();
  run.phrases = find_phrases(words, run.documents, options);
  return run;
}

Checked phrases_of(const std::string& text, Options options = Options()) {
  return phrases_of({{"t.txt", text}}, options);
}

std::string text_of(const Checked& run, const Span& span) {
  return run.documents[span.document].bytes.substr(span.begin, span.end - span.begin);
}

std::vector<std::string> subjects(const Checked& run) {
  std::vector<std::string> out;
  for (const Finding& finding : run.phrases.findings) out.push_back(finding.subject);
  return out;
}

TEST(Phrases, SixWordRunRepeatedIsOneFindingNotFour) {
  const Checked run = phrases_of(
      "Old men harvest golden wheat under autumn skies every year.\n"
      "Poets say we harvest golden wheat under autumn skies too.\n");
  ASSERT_EQ(run.phrases.findings.size(), 1u);
  const Finding& phrase = run.phrases.findings[0];
  EXPECT_EQ(phrase.kind, FindingKind::kRepeatedPhrase);
  EXPECT_EQ(phrase.subject, "harvest golden wheat under autumn skies");
  ASSERT_EQ(phrase.occurrences.size(), 2u);
  EXPECT_EQ(text_of(run, phrase.occurrences[1]), "harvest golden wheat under autumn skies");
  // "later restates earlier": location is the repeat, restates the first use.
  EXPECT_EQ(phrase.location.begin, phrase.occurrences[1].begin);
  EXPECT_EQ(phrase.restates.begin, phrase.occurrences[0].begin);
}

TEST(Phrases, ThreeOccurrencesAreOneFindingListingAllInOrder) {
  const Checked run = phrases_of(
      "The national security team met.\nLater the national security team left.\n"
      "Nobody saw the national security team again.\n");
  ASSERT_EQ(run.phrases.findings.size(), 1u);
  const Finding& phrase = run.phrases.findings[0];
  EXPECT_EQ(phrase.subject, "national security team");
  ASSERT_EQ(phrase.occurrences.size(), 3u);
  EXPECT_LT(phrase.occurrences[0].begin, phrase.occurrences[1].begin);
  EXPECT_LT(phrase.occurrences[1].begin, phrase.occurrences[2].begin);
  for (const Span& span : phrase.occurrences) {
    EXPECT_EQ(text_of(run, span), "national security team");
  }
}

TEST(Phrases, ShorterRunUsedMoreOftenIsItsOwnFindingNextToTheLongerRun) {
  // "national security team" three times; the longer run twice.
  const Checked run = phrases_of(
      "Its national security team met on Monday.\n"
      "The national security team worked hard to support this diplomatic initiative.\n"
      "The national security team worked hard to support this diplomatic initiative again.\n");
  const std::vector<std::string> expected = {
      "national security team",
      // The leading stop word is trimmed.
      "national security team worked hard to support this diplomatic initiative"};
  std::vector<std::string> found = subjects(run);
  std::sort(found.begin(), found.end());
  EXPECT_EQ(found, expected);
  for (const Finding& phrase : run.phrases.findings) {
    EXPECT_EQ(phrase.occurrences.size(), phrase.subject.size() < 30 ? 3u : 2u) << phrase.subject;
  }
}

TEST(Phrases, OverlappingRepeatsMergeIntoTheMaximalRun) {
  // Two windows of the same run ("red brick garden wall" and "brick garden
  // wall stands") would be two phrases if runs were not merged.
  const Checked run = phrases_of("A red brick garden wall stands here.\nA red brick garden wall stands there.\n");
  EXPECT_EQ(subjects(run), std::vector<std::string>{"red brick garden wall stands"});
}

TEST(Phrases, StopWordOnlyRunsAreNeverReported) {
  const Checked run = phrases_of(
      "Some of them are here.\nSome of them are there.\nOne of the best, one of the worst.\n");
  EXPECT_TRUE(run.phrases.findings.empty()) << subjects(run).front();
}

TEST(Phrases, RunsNeedTheContentWordsOptionsAsks) {
  // "in the mill" holds one content word: not a phrase by default.
  const std::string text = "They met in the mill.\nWe ate in the mill.\n";
  EXPECT_TRUE(phrases_of(text).phrases.findings.empty());
  Options one;
  one.phrase_min_content_words = 1;
  EXPECT_EQ(subjects(phrases_of(text, one)), std::vector<std::string>{"in the mill"});
}

TEST(Phrases, LeadingAndTrailingStopWordsAreTrimmedDownToTheMinimumLength) {
  const Checked run = phrases_of(
      "They said the quiet harbour town was asleep.\nWe knew the quiet harbour town was awake.\n");
  EXPECT_EQ(subjects(run), std::vector<std::string>{"quiet harbour town"});
}

TEST(Phrases, NeverCrossASentenceBoundary) {
  // "... golden wheat. Autumn skies ..." joined would repeat across the period.
  const Checked run = phrases_of(
      "We grow golden wheat. Autumn skies are grey.\nThey sell golden wheat. Autumn skies turn blue.\n");
  EXPECT_TRUE(run.phrases.findings.empty()) << subjects(run).front();
}

TEST(Phrases, NeverCrossAParagraphOrAFile) {
  const Checked run = phrases_of({{"a.txt", "We grow golden\nwheat under skies.\n"},
                              {"b.txt", "They grow golden wheat under skies.\n"}},
                             [] {
                               Options options;
                               options.paragraphs = ParagraphMode::kLine;
                               return options;
                             }());
  for (const Finding& phrase : run.phrases.findings) {
    for (const Span& span : phrase.occurrences) {
      EXPECT_EQ(text_of(run, span).find('\n'), std::string::npos) << phrase.subject;
    }
  }
}

TEST(Phrases, MinCountAsksForMoreOccurrences) {
  Options three;
  three.phrase_min_count = 3;
  const std::string text = "Blue copper kettles shine.\nBlue copper kettles rust.\n";
  EXPECT_EQ(phrases_of(text).phrases.findings.size(), 1u);
  EXPECT_TRUE(phrases_of(text, three).phrases.findings.empty());
}

TEST(Phrases, SelfOverlappingOccurrencesCountOnce) {
  // "tick tock tick" occurs at 0 and 2 of "tick tock tick tock tick": they
  // share a word, so only the first counts and it is not repeated.
  Options one;
  one.phrase_min_content_words = 1;
  EXPECT_TRUE(phrases_of("Tick tock tick tock tick.\n", one).phrases.findings.empty());
}

TEST(Phrases, AccentedAndCyrillicWordsHaveExactSpansAndColumns) {
  const std::string text =
      "Ça va: l'élan vital français renaît.\n"
      "Ici l'élan vital français meurt.\n"
      "Наша национальная команда безопасности работает.\n"
      "Вчера национальная команда безопасности отдыхала.\n";
  const Checked run = phrases_of(text);
  ASSERT_EQ(run.phrases.findings.size(), 2u) << ::testing::PrintToString(subjects(run));
  const Finding& french = run.phrases.findings[0];
  const Finding& russian = run.phrases.findings[1];
  EXPECT_EQ(french.subject, "l'élan vital français");
  EXPECT_EQ(russian.subject, "национальная команда безопасности");
  const LineIndex index(run.documents[0].bytes);
  // Columns count code points: "Ça va: " is 7 of them, "Ici " 4, "Наша " 5, "Вчера " 6.
  EXPECT_EQ(index.position(french.occurrences[0].begin).column, 8u);
  EXPECT_EQ(index.position(french.occurrences[1].begin).column, 5u);
  EXPECT_EQ(index.position(russian.occurrences[0].begin).column, 6u);
  EXPECT_EQ(index.position(russian.occurrences[1].begin).line, 4u);
  EXPECT_EQ(index.position(russian.occurrences[1].begin).column, 7u);
  EXPECT_EQ(index.position(russian.occurrences[1].end).column, 7u + 33u);
  EXPECT_EQ(text_of(run, russian.occurrences[1]), "национальная команда безопасности");
}

TEST(Phrases, CaseAndUnicodeFormsMatchAfterNormalisation) {
  // NFKC + case folding: "ﬁne" (ligature) and "FINE" are one word.
  const Checked run = phrases_of("The ﬁne Grain Mill stood.\nThe FINE grain mill fell.\n");
  ASSERT_EQ(run.phrases.findings.size(), 1u);
  EXPECT_EQ(run.phrases.findings[0].subject, "ﬁne Grain Mill");  // as first written
  EXPECT_EQ(text_of(run, run.phrases.findings[0].location), "FINE grain mill");
}

TEST(Phrases, MarkdownSpansAreSourceBytesMarkupIncluded) {
  const Checked run = phrases_of({{"t.md",
                               "# Title\n\nOur **national** security team met.\n\n"
                               "Their national security team *left* early.\n"}});
  ASSERT_EQ(run.phrases.findings.size(), 1u);
  const Finding& phrase = run.phrases.findings[0];
  EXPECT_EQ(text_of(run, phrase.occurrences[0]), "national** security team");
  EXPECT_EQ(text_of(run, phrase.occurrences[1]), "national security team");
  const LineIndex index(run.documents[0].bytes);
  EXPECT_EQ(index.position(phrase.occurrences[0].begin).column, 7u);
  EXPECT_EQ(index.position(phrase.occurrences[1].begin).column, 7u);
}

TEST(Phrases, CoveredMarksEveryWordOfEveryOccurrence) {
  const Checked run = phrases_of("Blue copper kettles shine.\nBlue copper kettles rust.\n");
  int covered = 0;
  for (const char c : run.phrases.covered) covered += c;
  EXPECT_EQ(covered, 6);
}

TEST(Phrases, DegenerateRepetitionStaysBounded) {
  // One word a hundred thousand times in one sentence: runs are cut at
  // kMaxPhraseWords, so the work is O(64 n), and every length is reported
  // at most once (each is maximal: the one after the last use cannot follow).
  std::string text;
  for (int i = 0; i < 100000; ++i) text += "buffalo ";
  const Checked run = phrases_of(text + ".\n");
  ASSERT_FALSE(run.phrases.findings.empty());
  EXPECT_LE(run.phrases.findings.size(), static_cast<std::size_t>(kMaxPhraseWords));
  std::size_t longest = 0;
  for (const Finding& phrase : run.phrases.findings) {
    longest = std::max(longest, phrase.subject.size());
    // Occurrences never overlap.
    for (std::size_t i = 1; i < phrase.occurrences.size(); ++i) {
      EXPECT_GE(phrase.occurrences[i].begin, phrase.occurrences[i - 1].end);
    }
  }
  EXPECT_EQ(longest, std::string("buffalo ").size() * kMaxPhraseWords - 1);
}

}  // namespace
}  // namespace twice::repetition
