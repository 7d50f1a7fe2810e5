// .twice.toml: finding the file, applying every key, and errors that name
// the file, the line and the key.
#include "twice/config.h"

#include <gtest/gtest.h>
#include <stdlib.h>

#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

namespace twice {
namespace {

namespace fs = std::filesystem;

// A fresh, empty directory per test, removed afterwards.
class ConfigTest : public ::testing::Test {
 protected:
  void SetUp() override {
    std::string pattern = (fs::temp_directory_path() / "twice_config_test_XXXXXX").string();
    ASSERT_NE(::mkdtemp(pattern.data()), nullptr);
    root_ = fs::canonical(pattern);
  }

  void TearDown() override {
    std::error_code ignored;
    fs::remove_all(root_, ignored);
  }

  // Writes `text` to root/relative (creating directories) and returns its path.
  std::string Write(const std::string& relative, const std::string& text) {
    const fs::path path = root_ / relative;
    fs::create_directories(path.parent_path());
    std::ofstream out(path, std::ios::binary);
    out << text;
    out.close();
    EXPECT_TRUE(out.good()) << path;
    return path.string();
  }

  // Applies `text` as a config file; the Status says how it went.
  Status Apply(const std::string& text, Options* options) {
    path_ = Write(".twice.toml", text);
    return apply_config(path_, options);
  }

  // Expects `text` to fail at `line` with a message containing `needle`,
  // leaving the options as they were.
  void ExpectError(const std::string& text, int line, const std::string& needle) {
    Options options;
    options.threshold = 0.7;
    options.include = {"x/**"};
    const Status status = Apply(text, &options);
    ASSERT_FALSE(status.ok()) << text;
    EXPECT_EQ(status.error().path, path_);
    EXPECT_EQ(status.error().line, line) << status.error().describe();
    EXPECT_NE(status.error().message.find(needle), std::string::npos)
        << status.error().describe();
    EXPECT_EQ(options.threshold, 0.7);
    EXPECT_EQ(options.include, std::vector<std::string>{"x/**"});
  }

  fs::path root_;
  std::string path_;
};

TEST_F(ConfigTest, FindConfigWalksUpToTheNearestFile) {
  Write("project/.twice.toml", "threshold = 0.6\n");
  const fs::path deep = root_ / "project" / "docs" / "guide";
  fs::create_directories(deep);
  const std::string found = find_config(deep.string());
  ASSERT_FALSE(found.empty());
  EXPECT_TRUE(fs::equivalent(found, root_ / "project" / ".twice.toml")) << found;
  // With a trailing slash, and from the directory holding the file.
  EXPECT_TRUE(fs::equivalent(find_config(deep.string() + "/"), found));
  EXPECT_TRUE(fs::equivalent(find_config((root_ / "project").string()), found));

  Write("project/docs/.twice.toml", "threshold = 0.8\n");
  EXPECT_TRUE(fs::equivalent(find_config(deep.string()),
                             root_ / "project" / "docs" / ".twice.toml"));
}

TEST_F(ConfigTest, FindConfigReturnsEmptyWhenThereIsNone) {
  for (fs::path at = root_;; at = at.parent_path()) {
    if (fs::exists(at / ".twice.toml")) GTEST_SKIP() << "a .twice.toml exists above the test";
    if (at == at.root_path()) break;
  }
  fs::create_directories(root_ / "a" / "b");
  EXPECT_EQ(find_config((root_ / "a" / "b").string()), "");
}

TEST_F(ConfigTest, FindConfigIgnoresADirectoryNamedLikeTheFile) {
  fs::create_directories(root_ / "p" / ".twice.toml");
  Write(".twice.toml", "");
  EXPECT_TRUE(fs::equivalent(find_config((root_ / "p").string()), root_ / ".twice.toml"));
}

TEST_F(ConfigTest, AppliesEveryKey) {
  Options options;
  const Status status = Apply(R"(# all keys
threshold = 0.62
min_words = 3
paragraphs = "blank-line"
input_format = "markdown"
stopwords = "none"
language = "fr"
tf = "raw"
idf = "plain"
paragraph_threshold = 0.5
paragraph_coverage = 0
paragraph_floor = 0.3
compare_headings = true
all_pairs = true
suppressed_as_source = true
respect_gitignore = false
max_matches = 7
max_findings = 0
jobs = 2
include = ["docs/**/*.md", "*.txt"]
exclude = ["docs/drafts/"]
fail_on = "error"
)",
                              &options);
  ASSERT_TRUE(status.ok()) << status.error().describe();
  EXPECT_EQ(options.threshold, 0.62);
  EXPECT_EQ(options.min_words, 3);
  EXPECT_EQ(options.paragraphs, ParagraphMode::kBlankLine);
  EXPECT_EQ(options.input_format, InputFormat::kMarkdown);
  EXPECT_EQ(options.stopwords, "none");
  EXPECT_EQ(options.language, "fr");
  EXPECT_EQ(options.tf, TermFrequency::kRaw);
  EXPECT_EQ(options.idf, InverseDocumentFrequency::kPlain);
  EXPECT_EQ(options.paragraph_threshold, 0.5);
  EXPECT_EQ(options.paragraph_coverage, 0.0);
  EXPECT_EQ(options.paragraph_floor, 0.3);
  EXPECT_TRUE(options.compare_headings);
  EXPECT_TRUE(options.all_pairs);
  EXPECT_TRUE(options.suppressed_as_source);
  EXPECT_FALSE(options.respect_gitignore);
  EXPECT_EQ(options.max_matches, 7);
  EXPECT_EQ(options.max_findings, 0);
  EXPECT_EQ(options.jobs, 2);
  EXPECT_EQ(options.include, (std::vector<std::string>{"docs/**/*.md", "*.txt"}));
  EXPECT_EQ(options.exclude, std::vector<std::string>{"docs/drafts/"});
  EXPECT_EQ(options.fail_on, FailOn::kError);
}

TEST_F(ConfigTest, AppliesASitesOwnDialectNames) {
  Options options;
  ASSERT_TRUE(Apply("code_shortcodes = [\"terminal\", \"snippet\"]\n"
                    "prose_directives = [\"exercise\"]\n",
                    &options)
                  .ok());
  EXPECT_EQ(options.code_shortcodes, (std::vector<std::string>{"terminal", "snippet"}));
  EXPECT_EQ(options.prose_directives, std::vector<std::string>{"exercise"});
}

TEST_F(ConfigTest, AppliesTheFeatureAndWeightingKeys) {
  Options options;
  const Status status = Apply(R"(word_bigrams = true
char_ngrams = "2-4"
stopword_weight = 0.25
idf_background = "tables/docs.tsv"
tf = "bm25"
bm25_k1 = 2
bm25_b = 0.5
)",
                              &options);
  ASSERT_TRUE(status.ok()) << status.error().describe();
  EXPECT_TRUE(options.word_bigrams);
  EXPECT_EQ(options.stopword_weight, 0.25);
  // Relative to the settings file, like a stop-word list.
  EXPECT_EQ(options.idf_background, (root_ / "tables" / "docs.tsv").generic_string());
  EXPECT_EQ(options.char_ngrams.low, 2);
  EXPECT_EQ(options.char_ngrams.high, 4);
  EXPECT_EQ(options.tf, TermFrequency::kBm25);
  EXPECT_EQ(options.bm25_k1, 2.0);
  EXPECT_EQ(options.bm25_b, 0.5);
  ExpectError("char_ngrams = \"5-2\"\n", 1, "'char_ngrams' must be \"LOW-HIGH\"");
  ExpectError("char_ngrams = 3\n", 1, "'char_ngrams' must be");
  ExpectError("bm25_b = 1.5\n", 1, "'bm25_b' must be a number in [0, 1], not 1.5");
  ExpectError("bm25_k1 = 0\n", 1, "'bm25_k1' must be a number in (0, inf)");
  ExpectError("stopword_weight = -1\n", 1, "'stopword_weight' must be a number in [0, 1]");
}

TEST_F(ConfigTest, PhraseEchoAndOverusedKeysAndRulesRoundTrip) {
  Options options;
  options.overused_word.enabled = true;  // as a command line might have; the file turns it off
  const Status status = Apply(R"(phrase_min_words = 4
phrase_min_content_words = 3
phrase_min_count = 3
echo_window = 30
echo_min_length = 5
echo_common_words = 200
echo_topic_rate = 0.01
overused_min_count = 6
overused_min_ratio = 8.5
overused_max = 0
[rules.repeated-phrase]
enabled = true
severity = "warning"
[rules.echo]
enabled = true
[rules.overused-word]
enabled = false
severity = "error"
)",
                              &options);
  ASSERT_TRUE(status.ok()) << status.error().describe();
  EXPECT_EQ(options.phrase_min_words, 4);
  EXPECT_EQ(options.phrase_min_content_words, 3);
  EXPECT_EQ(options.phrase_min_count, 3);
  EXPECT_EQ(options.echo_window, 30);
  EXPECT_EQ(options.echo_min_length, 5);
  EXPECT_EQ(options.echo_common_words, 200);
  EXPECT_EQ(options.echo_topic_rate, 0.01);
  EXPECT_EQ(options.overused_min_count, 6);
  EXPECT_EQ(options.overused_min_ratio, 8.5);
  EXPECT_EQ(options.overused_max_per_document, 0);
  EXPECT_TRUE(options.repeated_phrase.enabled);
  EXPECT_EQ(options.repeated_phrase.severity, Severity::kWarning);
  EXPECT_TRUE(options.echo.enabled);
  EXPECT_EQ(options.echo.severity, Severity::kInfo);
  EXPECT_FALSE(options.overused_word.enabled);
  EXPECT_EQ(options.overused_word.severity, Severity::kError);
}

TEST_F(ConfigTest, PhrasesEchoesAndOverusedWordsAreOffAndInfoByDefault) {
  const Options options;
  for (const RuleSettings* rule : {&options.repeated_phrase, &options.echo, &options.overused_word}) {
    EXPECT_FALSE(rule->enabled);
    EXPECT_EQ(rule->severity, Severity::kInfo);
  }
  // Turned on in the file, they stay info.
  Options on;
  const Status status = Apply(
      "[rules.repeated-phrase]\nenabled = true\n[rules.echo]\nenabled = true\n"
      "[rules.overused-word]\nenabled = true\n",
      &on);
  ASSERT_TRUE(status.ok()) << status.error().describe();
  for (const RuleSettings* rule : {&on.repeated_phrase, &on.echo, &on.overused_word}) {
    EXPECT_TRUE(rule->enabled);
    EXPECT_EQ(rule->severity, Severity::kInfo);
  }
}

TEST_F(ConfigTest, BoilerplateAndMirroredPagesAreInfoAndDoubledWordsWarningsByDefault) {
  const Options options;
  EXPECT_TRUE(options.boilerplate.enabled);
  EXPECT_EQ(options.boilerplate.severity, Severity::kInfo);
  EXPECT_TRUE(options.mirrored_page.enabled);
  EXPECT_EQ(options.mirrored_page.severity, Severity::kInfo);
  EXPECT_TRUE(options.doubled_word.enabled);
  EXPECT_EQ(options.doubled_word.severity, Severity::kWarning);
  Options off;
  const Status status = Apply(
      "[rules.boilerplate]\nenabled = false\n[rules.mirrored-page]\nseverity = \"warning\"\n"
      "[rules.doubled-word]\nseverity = \"error\"\n",
      &off);
  ASSERT_TRUE(status.ok()) << status.error().describe();
  EXPECT_FALSE(off.boilerplate.enabled);
  EXPECT_EQ(off.mirrored_page.severity, Severity::kWarning);
  EXPECT_EQ(off.doubled_word.severity, Severity::kError);
}

TEST_F(ConfigTest, OutOfRangePhraseKnobNamesTheKeyAndLine) {
  Options options;
  const Status status = Apply("threshold = 0.5\nphrase_min_words = 1\n", &options);
  ASSERT_FALSE(status.ok());
  EXPECT_EQ(status.error().line, 2);
  EXPECT_NE(status.error().message.find("phrase_min_words"), std::string::npos)
      << status.error().message;
  const Status rate = Apply("echo_topic_rate = 0\n", &options);
  ASSERT_FALSE(rate.ok());
  EXPECT_NE(rate.error().message.find("echo_topic_rate"), std::string::npos);
  const Status rule = Apply("[rules.echoes]\nenabled = false\n", &options);
  ASSERT_FALSE(rule.ok());
  EXPECT_NE(rule.error().message.find("echo"), std::string::npos) << rule.error().message;
}

TEST_F(ConfigTest, KeysItDoesNotSetKeepTheirValues) {
  Options options;
  options.min_words = 9;
  options.exclude = {"a"};
  const Status status = Apply("threshold = 0.8\n", &options);
  ASSERT_TRUE(status.ok()) << status.error().describe();
  EXPECT_EQ(options.threshold, 0.8);
  EXPECT_EQ(options.min_words, 9);
  EXPECT_EQ(options.exclude, std::vector<std::string>{"a"});
  EXPECT_EQ(options.include, Options().include);
}

TEST_F(ConfigTest, EmptyFileChangesNothing) {
  Options options;
  ASSERT_TRUE(Apply("", &options).ok());
  EXPECT_EQ(options.threshold, Options().threshold);
}

TEST_F(ConfigTest, IntegerIsAcceptedForANumber) {
  Options options;
  const Status status = Apply("threshold = 1\nparagraph_floor = 1\n", &options);
  ASSERT_TRUE(status.ok()) << status.error().describe();
  EXPECT_EQ(options.threshold, 1.0);
  EXPECT_EQ(options.paragraph_floor, 1.0);
}

TEST_F(ConfigTest, ResourceGuardsAreSettings) {
  Options options;
  const Status status =
      Apply("max_file_size = 5000000000\nmax_line_length = 0\ntimeout = 2.5\n", &options);
  ASSERT_TRUE(status.ok()) << status.error().describe();
  EXPECT_EQ(options.max_file_bytes, 5000000000LL);  // beyond 32 bits
  EXPECT_EQ(options.max_line_bytes, 0);
  EXPECT_EQ(options.timeout_seconds, 2.5);
  ExpectError("max_line_length = -1\n", 1, "max_line_length");
  ExpectError("timeout = -3\n", 1, "timeout");
}

TEST_F(ConfigTest, PresetAppliesFirstWhereverItIsWritten) {
  Options options;
  const Status status = Apply("min_words = 2\ntf = \"sublinear\"\npreset = \"sklearn\"\n", &options);
  ASSERT_TRUE(status.ok()) << status.error().describe();
  EXPECT_EQ(options.tokens, TokenPattern::kSklearn);  // from the preset
  EXPECT_EQ(options.stopwords, "none");               // from the preset
  EXPECT_EQ(options.min_words, 2);                    // the key refines it
  EXPECT_EQ(options.tf, TermFrequency::kSublinear);   // the key refines it
}

TEST_F(ConfigTest, RuleTablesSetEnabledAndSeverity) {
  Options options;
  const Status status = Apply(R"(fail_on = "info"

[rules.restated-paragraph]
enabled = false
severity = "error"

[rules.restated-sentence]
severity = "info"
)",
                              &options);
  ASSERT_TRUE(status.ok()) << status.error().describe();
  EXPECT_FALSE(options.restated_paragraph.enabled);
  EXPECT_EQ(options.restated_paragraph.severity, Severity::kError);
  EXPECT_TRUE(options.restated_sentence.enabled);
  EXPECT_EQ(options.restated_sentence.severity, Severity::kInfo);
  EXPECT_EQ(options.fail_on, FailOn::kInfo);
}

TEST_F(ConfigTest, RuleSettingsAsDottedKeysAndInlineTables) {
  Options options;
  const Status status = Apply(
      "rules.restated-sentence.enabled = false\n"
      "rules.restated-paragraph = { severity = \"error\" }\n",
      &options);
  ASSERT_TRUE(status.ok()) << status.error().describe();
  EXPECT_FALSE(options.restated_sentence.enabled);
  EXPECT_EQ(options.restated_paragraph.severity, Severity::kError);
}

TEST_F(ConfigTest, RelativeStopwordsPathResolvesAgainstTheConfigDirectory) {
  Options options;
  ASSERT_TRUE(Apply("stopwords = \"lists/words.txt\"\n", &options).ok());
  EXPECT_EQ(fs::path(options.stopwords), root_ / "lists" / "words.txt");

  ASSERT_TRUE(Apply("stopwords = \"/etc/words.txt\"\n", &options).ok());
  EXPECT_EQ(options.stopwords, "/etc/words.txt");

  ASSERT_TRUE(Apply("stopwords = \"en\"\n", &options).ok());
  EXPECT_EQ(options.stopwords, "en");
  // Every shipped list and "auto" are names, not paths.
  ASSERT_TRUE(Apply("stopwords = \"ru\"\n", &options).ok());
  EXPECT_EQ(options.stopwords, "ru");
  ASSERT_TRUE(Apply("stopwords = \"auto\"\n", &options).ok());
  EXPECT_EQ(options.stopwords, "auto");

  // A list literally named "en" is still reachable as "./en".
  ASSERT_TRUE(Apply("stopwords = \"./en\"\n", &options).ok());
  EXPECT_EQ(fs::path(options.stopwords).lexically_normal(), root_ / "en");
}

TEST_F(ConfigTest, UnknownTopLevelKeyNamesItAndItsLine) {
  ExpectError("threshold = 0.6\n\nthreshhold = 0.5\n", 3, "unknown key 'threshhold'");
}

TEST_F(ConfigTest, UnknownKeyNearMissSuggestsTheKey) {
  ExpectError("min-words = 3\n", 1, "did you mean 'min_words'?");
}

TEST_F(ConfigTest, UnknownKeyInsideARuleTableNamesItAndItsLine) {
  ExpectError("[rules.restated-paragraph]\nenabled = true\nseverity = \"error\"\nlevel = 2\n", 4,
              "unknown key 'level'");
}

TEST_F(ConfigTest, UnknownRuleNamesIt) {
  ExpectError("threshold = 0.6\n[rules.restated-word]\nenabled = false\n", 2,
              "unknown key 'restated-word'");
}

TEST_F(ConfigTest, UnknownTableNamesIt) {
  ExpectError("threshold = 0.6\n[output]\nformat = \"json\"\n", 2, "unknown key 'output'");
}

TEST_F(ConfigTest, FirstErrorInFileOrderIsReported) {
  // toml::table orders keys by name; errors must follow the file.
  ExpectError("zeta = 1\nalpha = 2\n", 1, "unknown key 'zeta'");
}

TEST_F(ConfigTest, WrongTypeNamesTheKeyAndWhatItExpects) {
  ExpectError("threshold = \"high\"\n", 1, "'threshold' must be a number in (0, 1], not \"high\"");
  ExpectError("all_pairs = 1\n", 1, "'all_pairs' must be true or false");
  ExpectError("min_words = 2.5\n", 1, "'min_words' must be an integer >= 0");
  ExpectError("include = \"*.md\"\n", 1, "'include' must be an array of glob strings");
  ExpectError("include = [\"*.md\", 3]\n", 1, "'include' must hold non-empty glob strings, not 3");
  ExpectError("exclude = [\"\"]\n", 1, "'exclude' must hold non-empty glob strings, not \"\"");
  ExpectError("code_shortcodes = \"terminal\"\n", 1, "'code_shortcodes' must be an array of names");
  ExpectError("prose_directives = [\"exercise\", 1]\n", 1,
              "'prose_directives' must hold non-empty names, not 1");
  ExpectError("rules = 3\n", 1, "'rules' must be a table");
  ExpectError("[rules]\nrestated-sentence = true\n", 2, "'rules.restated-sentence' must be a table");
  ExpectError("[rules.restated-sentence]\nenabled = \"no\"\n", 2, "'enabled' must be true or false");
}

TEST_F(ConfigTest, BadValuesNameTheKey) {
  ExpectError("paragraphs = \"lines\"\n", 1,
              "'paragraphs' must be one of \"auto\", \"blank-line\", \"line\", not \"lines\"");
  ExpectError("input_format = \"rst\"\n", 1, "'input_format' must be one of");
  ExpectError("tf = \"log\"\n", 1, "'tf' must be one of");
  ExpectError("idf = \"none\"\n", 1, "'idf' must be one of");
  ExpectError("fail_on = \"always\"\n", 1, "'fail_on' must be one of");
  ExpectError("preset = \"spacy\"\n", 1, "'preset' must be one of \"default\", \"sklearn\"");
  ExpectError("[rules.restated-sentence]\nseverity = \"fatal\"\n", 2, "'severity' must be one of");
  ExpectError("stopwords = \"\"\n", 1, "'stopwords' must be");
  ExpectError("language = \"klingon\"\n", 1,
              "language \"klingon\": unknown language 'klingon' (expected auto, none, ar,");
  ExpectError("language = 3\n", 1, "'language' must be a string, not");
  ExpectError("stemmer = \"martian\"\n", 1, "'stemmer' must be");
}

TEST_F(ConfigTest, OutOfRangeValuesNameTheKeyAndTheRange) {
  ExpectError("min_words = 2\nthreshold = 1.5\n", 2, "'threshold' must be a number in (0, 1], not 1.5");
  ExpectError("threshold = 0\n", 1, "'threshold' must be a number in (0, 1]");
  ExpectError("paragraph_coverage = -0.1\n", 1, "'paragraph_coverage' must be a number in [0, 1]");
  ExpectError("paragraph_threshold = nan\n", 1, "'paragraph_threshold' must be a number");
  ExpectError("min_words = -1\n", 1, "'min_words' must be an integer >= 0, not -1");
  ExpectError("jobs = 99999999999\n", 1, "'jobs' must be an integer >= 0");
}

TEST_F(ConfigTest, SyntaxErrorReportsTheLine) {
  ExpectError("threshold = 0.6\nmin_words = \n", 2, "invalid TOML");
  ExpectError("# comment\n\n[rules.restated-sentence\n", 3, "invalid TOML");
  ExpectError("threshold = 0.6\nthreshold = 0.7\n", 2, "invalid TOML");
}

TEST_F(ConfigTest, MissingFileIsAnErrorNamingIt) {
  Options options;
  const std::string missing = (root_ / "nope.toml").string();
  const Status status = apply_config(missing, &options);
  ASSERT_FALSE(status.ok());
  EXPECT_EQ(status.error().path, missing);
  EXPECT_EQ(options.threshold, Options().threshold);
}

TEST_F(ConfigTest, OptionsUnchangedWhenALaterKeyFails) {
  Options options;
  options.min_words = 5;
  options.exclude = {"keep"};
  const Status status = Apply(
      "preset = \"sklearn\"\nmin_words = 1\nexclude = [\"drafts/\"]\n"
      "[rules.restated-paragraph]\nenabled = false\n"
      "[rules.restated-sentence]\nseverity = \"loud\"\n",
      &options);
  ASSERT_FALSE(status.ok());
  EXPECT_EQ(status.error().line, 7);
  EXPECT_EQ(options.min_words, 5);
  EXPECT_EQ(options.tokens, TokenPattern::kWords);
  EXPECT_EQ(options.stopwords, "auto");
  EXPECT_EQ(options.exclude, std::vector<std::string>{"keep"});
  EXPECT_TRUE(options.restated_paragraph.enabled);
  EXPECT_EQ(options.restated_sentence.severity, Severity::kWarning);
}

TEST_F(ConfigTest, DescribeNamesFileLineAndKey) {
  Options options;
  const Status status = Apply("threshold = 0.5\nbogus = true\n", &options);
  ASSERT_FALSE(status.ok());
  EXPECT_EQ(status.error().describe(), path_ + ":2: unknown key 'bogus'");
}

TEST_F(ConfigTest, FindConfigForAFileLooksInItsDirectoryFirst) {
  Write("site/.twice.toml", "threshold = 0.6\n");
  Write(".twice.toml", "threshold = 0.7\n");
  const std::string page = Write("site/pages/a.md", "text");
  EXPECT_TRUE(fs::equivalent(find_config_for(page), root_ / "site" / ".twice.toml"));
  EXPECT_TRUE(fs::equivalent(find_config_for((root_ / "site").string()),
                             root_ / "site" / ".twice.toml"));
  EXPECT_TRUE(fs::equivalent(find_config_for((root_ / "other" / "x.md").string()),
                             root_ / ".twice.toml"));
}

TEST_F(ConfigTest, FindConfigForIsRelativeToTheWorkingDirectoryInsideIt) {
  Write("site/.twice.toml", "threshold = 0.6\n");
  const fs::path saved = fs::current_path();
  fs::current_path(root_);
  const std::string found = find_config_for("site");
  fs::current_path(saved);
  EXPECT_EQ(found, "site/.twice.toml");
}

TEST_F(ConfigTest, ApplyConfigListsTheKeysItSetWithTheirLines) {
  path_ = Write(".twice.toml",
                "# comment\nthreshold = 0.6\n\n[rules.echo]\nseverity = \"warning\"\n");
  Options options;
  std::vector<ConfigKey> keys;
  ASSERT_TRUE(apply_config(path_, &options, &keys).ok());
  ASSERT_EQ(keys.size(), 2u);
  EXPECT_EQ(keys[0].key, "threshold");
  EXPECT_EQ(keys[0].line, 2);
  EXPECT_EQ(keys[1].key, "rules.echo.severity");
  EXPECT_EQ(keys[1].line, 5);
}

TEST_F(ConfigTest, ApplyConfigAnchorsPatternsAtTheFilesDirectory) {
  Options options;
  ASSERT_TRUE(Apply("exclude = [\"/drafts/\"]\n", &options).ok());
  EXPECT_EQ(options.glob_root, root_.generic_string());
}

TEST_F(ConfigTest, DescribeSettingsWritesWhatApplyConfigReadsBack) {
  Options options;
  options.threshold = 0.6;
  options.include = {"*.md", "docs/\"quoted\".md"};
  options.char_ngrams = {3, 5};
  options.echo.severity = Severity::kError;
  options.baseline = "base.json";
  options.support_threshold = 0.7;  // once missing from the description
  options.support_run = 9;
  std::string toml;
  std::string table;
  for (const Setting& setting : describe_settings(options)) {
    std::string key = setting.key;
    if (key.rfind("rules.", 0) == 0) {
      const std::size_t dot = key.rfind('.');
      if (key.substr(0, dot) != table) toml += "[" + (table = key.substr(0, dot)) + "]\n";
      key = key.substr(dot + 1);
    }
    toml += key + " = " + setting.value + "\n";
  }
  Options read;
  ASSERT_TRUE(Apply(toml, &read).ok()) << Apply(toml, &read).error().describe() << "\n" << toml;
  EXPECT_EQ(read.threshold, 0.6);
  EXPECT_EQ(read.include, options.include);
  EXPECT_EQ(read.char_ngrams.low, 3);
  EXPECT_EQ(read.char_ngrams.high, 5);
  EXPECT_EQ(read.echo.severity, Severity::kError);
  EXPECT_EQ(fs::path(read.baseline).filename(), "base.json");
  EXPECT_EQ(read.support_threshold, 0.7);
  EXPECT_EQ(read.support_run, 9);
}

}  // namespace
}  // namespace twice
