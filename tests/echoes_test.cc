// Echoes (repetition/echoes.h): window, frequency thresholds, clusters.
#include "twice/repetition/echoes.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "twice/analyze.h"
#include "twice/repetition/phrases.h"
#include "twice/repetition/words.h"

namespace twice::repetition {
namespace {

struct Checked {
  std::vector<Document> documents;
  std::vector<Finding> echoes;
};

// Topic words are left to the tests that ask for them.
Options base() {
  Options options;
  options.min_words = 0;
  options.echo_topic_rate = 1;
  return options;
}

Checked echoes_of(const std::string& text, const Options& options = base(), bool with_phrases = false) {
  Checked run;
  run.documents = segment({{"t.txt", text}}, options).value();
  const Words words = collect_words(&run.documents, options).value();
  const Phrases phrases = with_phrases ? find_phrases(words, run.documents, options) : Phrases();
  run.echoes = find_echoes(words, phrases.covered, run.documents, text::Background::english(),
                           options);
  return run;
}

std::string text_of(const Checked& run, const Span& span) {
  return run.documents[span.document].bytes.substr(span.begin, span.end - span.begin);
}

// `count` filler words that are stop words (never echoes themselves).
std::string filler(int count) {
  std::string out;
  for (int i = 0; i < count; ++i) out += i % 2 == 0 ? "and " : "then ";
  return out;
}

TEST(Echoes, SameUncommonWordWithinTheWindowIsAnEcho) {
  const Checked run = echoes_of("The lighthouse stood tall and the lighthouse shone.\n");
  ASSERT_EQ(run.echoes.size(), 1u);
  const Finding& echo = run.echoes[0];
  EXPECT_EQ(echo.kind, FindingKind::kEcho);
  EXPECT_EQ(echo.subject, "lighthouse");
  // The later use is reported, pointing at the earlier one.
  EXPECT_EQ(text_of(run, echo.location), "lighthouse");
  EXPECT_GT(echo.location.begin, echo.restates.begin);
  EXPECT_EQ(echo.restates.begin, 4u);
}

TEST(Echoes, MatchesByStem) {
  const Checked run = echoes_of("Lanterns glowed; one lantern flickered.\n");
  ASSERT_EQ(run.echoes.size(), 1u);
  EXPECT_EQ(run.echoes[0].subject, "Lanterns");
  EXPECT_EQ(text_of(run, run.echoes[0].location), "lantern");
}

TEST(Echoes, TheWindowCountsEveryWord) {
  // 50 words apart (the default window) is an echo; 51 is not.
  const std::string near = "lighthouse " + filler(49) + "lighthouse.\n";
  const std::string far = "lighthouse " + filler(50) + "lighthouse.\n";
  EXPECT_EQ(echoes_of(near).echoes.size(), 1u);
  EXPECT_TRUE(echoes_of(far).echoes.empty());
  Options wide = base();
  wide.echo_window = 60;
  EXPECT_EQ(echoes_of(far, wide).echoes.size(), 1u);
}

TEST(Echoes, CommonWordsAreNeverEchoes) {
  // "people" ranks among the background's most frequent words.
  const std::string text = "People came and people went.\n";
  EXPECT_TRUE(echoes_of(text).echoes.empty());
  Options none_common = base();
  none_common.echo_common_words = 0;
  EXPECT_EQ(echoes_of(text, none_common).echoes.size(), 1u);
}

TEST(Echoes, StopWordsShortWordsAndNumbersAreNeverEchoes) {
  EXPECT_TRUE(echoes_of("The ox and the ox met 1984 men in 1984.\n").echoes.empty());
  Options short_words = base();
  short_words.echo_min_length = 2;
  EXPECT_EQ(echoes_of("The ox and the ox met.\n", short_words).echoes.size(), 1u);
}

TEST(Echoes, ATopicWordUsedThroughoutIsNotAnEcho) {
  Options options = base();
  options.echo_topic_rate = 0.005;
  // Three uses in 11 words: the document's topic.
  EXPECT_TRUE(echoes_of("Lighthouse lore: the lighthouse keeper loved his lighthouse dearly.\n", options)
                  .echoes.empty());
  // Twice is not enough to be a topic.
  EXPECT_EQ(echoes_of("Lighthouse lore: the keeper loved his lighthouse dearly.\n", options)
                .echoes.size(),
            1u);
}

TEST(Echoes, AClusterOfUsesIsOneFinding) {
  Options options = base();
  const Checked run = echoes_of("Gleaming lanterns, lanterns everywhere, lanterns at dusk.\n", options);
  ASSERT_EQ(run.echoes.size(), 1u);
  EXPECT_EQ(run.echoes[0].occurrences.size(), 3u);
}

TEST(Echoes, UsesFarApartStartANewCluster) {
  const Checked run = echoes_of("lantern lantern " + filler(60) + "lantern lantern.\n");
  ASSERT_EQ(run.echoes.size(), 2u);
  EXPECT_EQ(run.echoes[0].occurrences.size(), 2u);
  EXPECT_EQ(run.echoes[1].occurrences.size(), 2u);
}

TEST(Echoes, WordsInsideARepeatedPhraseAreLeftToThePhrase) {
  const std::string text = "The copper lantern glowed. The copper lantern dimmed.\n";
  EXPECT_FALSE(echoes_of(text).echoes.empty());
  EXPECT_TRUE(echoes_of(text, base(), true).echoes.empty());
}

TEST(Echoes, CyrillicWordsAreEchoesWithExactSpans) {
  Options options = base();
  options.stemmer = "russian";
  const Checked run = echoes_of("Маяк светил, и маяк молчал.\n", options);
  ASSERT_EQ(run.echoes.size(), 1u);
  EXPECT_EQ(text_of(run, run.echoes[0].location), "маяк");
  EXPECT_EQ(LineIndex(run.documents[0].bytes).position(run.echoes[0].location.begin).column, 16u);
}

}  // namespace
}  // namespace twice::repetition
