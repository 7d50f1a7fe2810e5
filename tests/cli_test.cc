// The twice executable: exit codes, error messages, output files, stdin.
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <set>
#include <string>

#include "support/files.h"

namespace {

namespace fs = std::filesystem;

struct Outcome {
  int exit_code = -1;
  std::string out;
  std::string err;
};

using twice::testing::read_file;

class Cli : public ::testing::Test {
 protected:
  // Runs twice from the repository root with `args` (shell words).
  // `environment` ("NAME=value ...") is set for twice alone.
  Outcome run(const std::string& args, const std::string& stdin_file = "",
              const std::string& environment = "") {
    const fs::path err = dir_ / "stderr";
    std::string command = "cd '" + std::string(TWICE_SOURCE_DIR) + "' && " + environment +
                          " '" TWICE_BINARY "' " + args + " 2>'" + err.string() + "'";
    if (!stdin_file.empty()) command += " <'" + stdin_file + "'";
    Outcome result;
    FILE* pipe = ::popen(command.c_str(), "r");
    char buffer[4096];
    for (std::size_t n; (n = std::fread(buffer, 1, sizeof buffer, pipe)) > 0;) {
      result.out.append(buffer, n);
    }
    const int status = ::pclose(pipe);
    result.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    result.err = read_file(err);
    return result;
  }

  fs::path write(const std::string& name, const std::string& bytes) {
    return temp_.write(name, bytes);
  }

  twice::testing::TempDir temp_;
  const fs::path& dir_ = temp_.path();
};

TEST_F(Cli, ExitsOneWithFindingsOnTheSample) {
  const Outcome outcome = run("samples/news-ukraine-talks.txt");
  EXPECT_EQ(outcome.exit_code, 1);
  EXPECT_NE(outcome.out.find("samples/news-ukraine-talks.txt:5:1: warning: paragraph restates "
                                "samples/news-ukraine-talks.txt:3:1"),
            std::string::npos);
  EXPECT_TRUE(outcome.err.empty());
}

TEST_F(Cli, ExitsZeroWithoutFindings) {
  const Outcome result = run("samples/no-redundancy.txt");
  EXPECT_EQ(result.exit_code, 0);
  EXPECT_NE(result.out.find("no restatements"), std::string::npos);
}

TEST_F(Cli, PhraseEchoAndOverusedFlagsTurnKindsOffAndOn) {
  const auto kinds = [&](const std::string& flags) {
    const Outcome result = run("samples/news-ukraine-talks.txt --format json " + flags);
    std::set<std::string> out;
    const auto report = nlohmann::json::parse(result.out);  // named: the loop must not dangle
    for (const auto& finding : report["findings"]) {
      out.insert(finding["kind"].get<std::string>());
    }
    return out;
  };
  // Off by default: the sample's two restated paragraphs alone (their
  // restated sentences are their evidence, not findings of their own).
  const std::set<std::string> by_default = kinds("");
  EXPECT_EQ(by_default, (std::set<std::string>{"restated-paragraph"}));
  EXPECT_EQ(kinds("--no-phrases --no-echoes --no-overused"), by_default);
  const std::set<std::string> on = kinds("--phrases --echoes --overused");
  EXPECT_EQ(on.count("repeated-phrase"), 1u);
  EXPECT_EQ(on.count("overused-word"), 1u);
  EXPECT_EQ(on.count("restated-paragraph"), 1u);
  EXPECT_EQ(kinds("--phrases").count("overused-word"), 0u);
  EXPECT_EQ(kinds("--overused").count("repeated-phrase"), 0u);
  // A flag given on the command line wins over the settings file, both ways.
  write("off.toml", "[rules.repeated-phrase]\nenabled = false\n");
  const std::string off = "--config '" + (dir_ / "off.toml").string() + "' ";
  EXPECT_EQ(kinds(off).count("repeated-phrase"), 0u);
  EXPECT_EQ(kinds(off + "--phrases").count("repeated-phrase"), 1u);
  write("on.toml", "[rules.repeated-phrase]\nenabled = true\n");
  const std::string on_file = "--config '" + (dir_ / "on.toml").string() + "' ";
  EXPECT_EQ(kinds(on_file).count("repeated-phrase"), 1u);
  EXPECT_EQ(kinds(on_file + "--no-phrases").count("repeated-phrase"), 0u);
}

TEST_F(Cli, PhraseKnobsTuneWhatIsFound) {
  const auto phrases = [&](const std::string& flags) {
    const Outcome result = run("samples/news-ukraine-talks.txt --format json --phrases " + flags);
    EXPECT_EQ(result.exit_code, 1) << result.err;
    std::size_t count = 0;
    const auto report = nlohmann::json::parse(result.out);  // named: the loop must not dangle
    for (const auto& finding : report["findings"]) {
      count += finding["kind"] == "repeated-phrase";
    }
    return count;
  };
  const std::size_t by_default = phrases("");
  EXPECT_GT(by_default, 0u);
  // "national security team" is the only standalone phrase used three times.
  EXPECT_EQ(phrases("--phrase-min-count 3"), 2u);  // it and "Russia and Ukraine" (4 times)
  EXPECT_LT(phrases("--phrase-min-words 4"), by_default);
}

TEST_F(Cli, OutOfRangeKnobIsAUsageError) {
  const Outcome result = run("samples/news-ukraine-talks.txt --phrase-min-words 1");
  EXPECT_EQ(result.exit_code, 2);
  EXPECT_NE(result.err.find("--phrase-min-words must be an integer >= 2"), std::string::npos)
      << result.err;
  EXPECT_EQ(run("samples/news-ukraine-talks.txt --echo-window 0").exit_code, 2);
  EXPECT_EQ(run("samples/news-ukraine-talks.txt --overused-min-ratio 0").exit_code, 2);
}

TEST_F(Cli, TheNewKindsAreInfoAndDoNotFailTheDefaultGate) {
  // no-redundancy.txt has no restatement; the tics it has, turned on, are info.
  const Outcome result =
      run("samples/no-redundancy.txt --format json --phrases --echoes --overused");
  EXPECT_EQ(result.exit_code, 0);
  const auto report = nlohmann::json::parse(result.out);  // named: the loop must not dangle
  EXPECT_FALSE(report["findings"].empty());
  for (const auto& finding : report["findings"]) {
    EXPECT_EQ(finding["severity"], "info") << finding["kind"];
  }
  // A formula in three places is one boilerplate finding, info: exit 0.
  const std::string formula =
      "Restart the build server after changing any of the settings described on this page.\n\n";
  const fs::path formulas = write("formulas.md", "# Settings\n\n" + formula +
                                                     "Cache size limits the disk space.\n\n" +
                                                     formula + "Timeouts are in seconds.\n\n" +
                                                     formula);
  const Outcome boilerplate = run("'" + formulas.string() + "' --format json");
  EXPECT_EQ(boilerplate.exit_code, 0) << boilerplate.out;
  const auto formula_report = nlohmann::json::parse(boilerplate.out);  // named, as above
  ASSERT_EQ(formula_report["findings"].size(), 1u) << boilerplate.out;
  EXPECT_EQ(formula_report["findings"][0]["kind"], "boilerplate");
  EXPECT_EQ(formula_report["findings"][0]["severity"], "info");
  // On the news sample with the restatement rules off and the tics on, only
  // info is left: exit 0; raised to warning in the settings file, phrases
  // fail the run.
  const std::string off =
      "[rules.restated-paragraph]\nenabled = false\n[rules.restated-sentence]\nenabled = false\n"
      "[rules.echo]\nenabled = true\n[rules.overused-word]\nenabled = true\n";
  write("info.toml", off + "[rules.repeated-phrase]\nenabled = true\n");
  write("warning.toml",
        off + "[rules.repeated-phrase]\nenabled = true\nseverity = \"warning\"\n");
  const Outcome info =
      run("samples/news-ukraine-talks.txt --format json --config '" + (dir_ / "info.toml").string() + "'");
  EXPECT_EQ(info.exit_code, 0);
  EXPECT_FALSE(nlohmann::json::parse(info.out)["findings"].empty()) << info.out;
  EXPECT_EQ(run("samples/news-ukraine-talks.txt --config '" + (dir_ / "warning.toml").string() + "'")
                .exit_code,
            1);
}

TEST_F(Cli, BoilerplateMirrorDoubledListAndChangelogFlagsChangeWhatIsReported) {
  // The kinds of the findings on `files` (shell words) with `flags`, each
  // as often as found, and the exit code.
  const auto kinds = [&](const std::string& files, const std::string& flags) {
    const Outcome result = run(files + " --format json " + flags);
    std::multiset<std::string> out;
    const auto report = nlohmann::json::parse(result.out);  // named: the loop must not dangle
    for (const auto& finding : report["findings"]) out.insert(finding["kind"].get<std::string>());
    return std::make_pair(out, result.exit_code);
  };
  using Kinds = std::multiset<std::string>;
  const auto quoted = [](const fs::path& path) { return "'" + path.string() + "' "; };

  // A sentence in three places: one boilerplate finding (info, exit 0), or
  // with --no-boilerplate the copies restate the first, pair by pair.
  const std::string formula =
      "Restart the build server after changing any of the settings described on this page.\n\n";
  const std::string formulas =
      quoted(write("formulas.md", "# Settings\n\n" + formula + "Cache size limits the disk space.\n\n" +
                                      formula + "Timeouts are in seconds.\n\n" + formula));
  EXPECT_EQ(kinds(formulas, ""), std::make_pair(Kinds{"boilerplate"}, 0));
  EXPECT_EQ(kinds(formulas, "--no-boilerplate"),
            std::make_pair(Kinds{"restated-sentence", "restated-sentence"}, 1));

  // One install page per platform, sentence by sentence: one mirrored page
  // (info), or with --no-mirrored-pages its three restated sentences.
  // Long runs of shared words in the same order: copied clauses, whatever
  // the cosine.
  const std::string steps[] = {
      "Download the signed archive of the latest stable release from the release page and "
      "unpack it into a %s of your choice.\n\n",
      "Add the full path of the installed twice binary to the PATH variable of your login "
      "shell.%s\n\n",
      "Run twice with the version flag to check that the installed binary starts%s.\n"};
  const auto page = [&](const std::string& title, const std::string& folder,
                        const std::string& tail) {
    std::string out = "# Installing on " + title + "\n\n";
    for (const std::string& step : steps) {
      const std::size_t hole = step.find("%s");
      const std::string fill = &step == &steps[0] ? folder : &step == &steps[2] ? tail : "";
      out += step.substr(0, hole) + fill + step.substr(hole + 2);
    }
    return out;
  };
  const std::string pages = quoted(write("linux.md", page("Linux", "directory", " correctly"))) +
                            quoted(write("macos.md", page("macOS", "folder", "")));
  EXPECT_EQ(kinds(pages, ""), std::make_pair(Kinds{"mirrored-page"}, 0));
  EXPECT_EQ(kinds(pages, "--no-mirrored-pages"),
            std::make_pair(Kinds{"restated-sentence", "restated-sentence", "restated-sentence"}, 1));

  // "the the": a warning, gone with --no-doubled-words.
  const std::string doubled = quoted(
      write("doubled.txt", "The build server keeps the the cache of every module on its disk.\n"));
  EXPECT_EQ(kinds(doubled, ""), std::make_pair(Kinds{"doubled-word"}, 1));
  EXPECT_EQ(kinds(doubled, "--no-doubled-words"), std::make_pair(Kinds{}, 0));

  // Two list items saying the same: compared only with --compare-lists.
  const std::string list = quoted(write(
      "list.md",
      "# Options\n\n"
      "- Restart the build server after you change the cache size, the timeout or the log level.\n"
      "- Restart the build server after you change the cache size, the timeout or the log "
      "format.\n"));
  EXPECT_EQ(kinds(list, ""), std::make_pair(Kinds{}, 0));
  EXPECT_EQ(kinds(list, "--compare-lists"), std::make_pair(Kinds{"restated-sentence"}, 1));

  // Two changelog entries in the same words: compared only with
  // --compare-changelogs (told by its name here, by its version headings
  // too: segment/changelog.h).
  const std::string entries =
      "# Changelog\n\n## 1.2.0\n\n"
      "Fixed a crash of the build server when the cache directory of a remote worker was removed "
      "during a build.\n\n"
      "## 1.1.0\n\n"
      "Fixed a crash of the build server when the cache directory of a remote worker was renamed "
      "during a build.\n\n"
      "## 1.0.0\n\nFirst release.\n";
  const std::string changelog = quoted(write("CHANGELOG.md", entries));
  EXPECT_EQ(kinds(changelog, ""), std::make_pair(Kinds{}, 0));
  EXPECT_EQ(kinds(changelog, "--compare-changelogs"), std::make_pair(Kinds{"restated-sentence"}, 1));
  const std::string versions = quoted(write("versions.md", entries));
  EXPECT_EQ(kinds(versions, ""), std::make_pair(Kinds{}, 0));
  EXPECT_EQ(kinds(versions, "--compare-changelogs"), std::make_pair(Kinds{"restated-sentence"}, 1));
}

TEST_F(Cli, CheckIsTheDefaultCommand) {
  EXPECT_EQ(run("samples/news-ukraine-talks.txt --format json").out,
            run("check samples/news-ukraine-talks.txt --format json").out);
}

TEST_F(Cli, InvalidUtf8ExitsTwoNamingFileLineAndByte) {
  const fs::path bad = write("bad.txt", "first line\nsecond \xFF line\n");
  const Outcome result = run("'" + bad.string() + "'");
  EXPECT_EQ(result.exit_code, 2);
  EXPECT_NE(result.err.find(bad.string() + ":2: invalid UTF-8"), std::string::npos) << result.err;
  EXPECT_NE(result.err.find("byte 18"), std::string::npos) << result.err;
  // The report names it too, and has nothing else to say.
  EXPECT_EQ(result.out.find(bad.string() + ":2: error: invalid UTF-8"), 0u) << result.out;
}

TEST_F(Cli, NulByteExitsTwo) {
  const fs::path bad = write("nul.txt", std::string("text\0more", 9));
  const Outcome result = run("'" + bad.string() + "'");
  EXPECT_EQ(result.exit_code, 2);
  EXPECT_NE(result.err.find("NUL byte"), std::string::npos);
}

TEST_F(Cli, MissingPathAndEmptyDirectoryExitTwo) {
  Outcome result = run("'" + (dir_ / "absent.txt").string() + "'");
  EXPECT_EQ(result.exit_code, 2);
  EXPECT_NE(result.err.find("absent.txt"), std::string::npos);
  fs::create_directories(dir_ / "empty");
  result = run("'" + (dir_ / "empty").string() + "'");
  EXPECT_EQ(result.exit_code, 2);
  EXPECT_NE(result.err.find("no text files"), std::string::npos);
}

TEST_F(Cli, UsageErrorsExitTwo) {
  EXPECT_EQ(run("--no-such-flag samples/news-ukraine-talks.txt").exit_code, 2);
  EXPECT_EQ(run("--threshold 0 samples/news-ukraine-talks.txt").exit_code, 2);
  EXPECT_EQ(run("--format xml samples/news-ukraine-talks.txt").exit_code, 2);
  EXPECT_EQ(run("--paragraphs sometimes samples/news-ukraine-talks.txt").exit_code, 2);
  EXPECT_EQ(run("--preset spacy samples/news-ukraine-talks.txt").exit_code, 2);
  EXPECT_EQ(run("check").exit_code, 2);
}

TEST_F(Cli, ReadsStandardInput) {
  const Outcome result = run("- --format json", std::string(TWICE_SOURCE_DIR) +
                                               "/samples/news-ukraine-talks.txt");
  EXPECT_EQ(result.exit_code, 1);
  const auto json = nlohmann::json::parse(result.out);
  EXPECT_EQ(json["files"][0]["path"], "<stdin>");
  EXPECT_EQ(json["files"][0]["paragraphs"], 11);
}

TEST_F(Cli, OutputFileIsWrittenWholeAndNothingElseIsLeft) {
  const fs::path report = dir_ / "report.json";
  const Outcome result = run("--format json -o '" + report.string() + "' samples/news-ukraine-talks.txt");
  EXPECT_EQ(result.exit_code, 1);
  EXPECT_TRUE(result.out.empty());
  EXPECT_EQ(read_file(report), run("--format json samples/news-ukraine-talks.txt").out);
  int files = 0;
  for ([[maybe_unused]] const auto& entry : fs::directory_iterator(dir_)) ++files;
  EXPECT_EQ(files, 2);  // report.json and the captured stderr, no temporary
}

TEST_F(Cli, OutputIntoMissingDirectoryExitsTwoAndWritesNothing) {
  const fs::path report = dir_ / "missing" / "report.json";
  const Outcome result = run("-o '" + report.string() + "' samples/news-ukraine-talks.txt");
  EXPECT_EQ(result.exit_code, 2);
  EXPECT_NE(result.err.find(report.string()), std::string::npos);
  EXPECT_FALSE(fs::exists(report));
}

TEST_F(Cli, FailedAnalysisLeavesAnExistingOutputUntouched) {
  const fs::path report = write("report.txt", "previous report\n");
  const fs::path good = write("good.txt", "Some text to read here.\n");
  EXPECT_EQ(run("-o '" + report.string() + "' --stopwords '" + (dir_ / "absent").string() +
                "' '" + good.string() + "'")
                .exit_code,
            2);
  EXPECT_EQ(read_file(report), "previous report\n");
}

TEST_F(Cli, BadInputStillReplacesTheOutputWithAReportNamingIt) {
  const fs::path report = write("report.json", "previous report\n");
  const fs::path bad = write("bad.txt", "\xC0\xAF");
  EXPECT_EQ(run("--format json -o '" + report.string() + "' '" + bad.string() + "'").exit_code, 2);
  const auto json = nlohmann::json::parse(read_file(report));
  EXPECT_EQ(json["errors"][0]["path"], bad.string());
  EXPECT_TRUE(json["files"].empty());
}

TEST_F(Cli, InputFilesAreNeverModified) {
  const std::string before = read_file(fs::path(TWICE_SOURCE_DIR) / "samples/news-ukraine-talks.txt");
  run("samples/news-ukraine-talks.txt -o '" + (dir_ / "r.txt").string() + "'");
  EXPECT_EQ(read_file(fs::path(TWICE_SOURCE_DIR) / "samples/news-ukraine-talks.txt"), before);
}

TEST_F(Cli, OutputIsByteIdenticalForAnyJobCount) {
  const std::string args = "--format json samples/news-ukraine-talks.txt samples/release-notes-draft.md";
  EXPECT_EQ(run("--jobs 1 " + args).out, run("--jobs 2 " + args).out);
  EXPECT_EQ(run("--jobs 1 " + args).out, run("--jobs 7 " + args).out);
}

TEST_F(Cli, SegmentShowsSentencesWithTokens) {
  const Outcome result = run("segment --format json samples/news-ukraine-talks.txt");
  EXPECT_EQ(result.exit_code, 0);
  const auto json = nlohmann::json::parse(result.out);
  EXPECT_EQ(json["schema"], "twice-segments/1");
  const auto& paragraph = json["files"][0]["paragraphs"][2];  // line 3
  EXPECT_EQ(paragraph["location"]["start"]["line"], 3);
  EXPECT_EQ(paragraph["sentences"].size(), 7u);
  const auto& last = paragraph["sentences"][6];
  EXPECT_EQ(last["text"].get<std::string>().rfind("The U.S. national security team", 0), 0u);
  EXPECT_EQ(last["tokens"][0], "u.s.");
}

TEST_F(Cli, PresetFlagsCanBeOverridden) {
  // The preset turns stop words off; an explicit --stopwords wins.
  const auto with_list = nlohmann::json::parse(
      run("segment --preset sklearn --stopwords en --format json samples/news-ukraine-talks.txt").out);
  const auto without = nlohmann::json::parse(
      run("segment --preset sklearn --format json samples/news-ukraine-talks.txt").out);
  const auto& first_with = with_list["files"][0]["paragraphs"][1]["sentences"][0]["tokens"];
  const auto& first_without = without["files"][0]["paragraphs"][1]["sentences"][0]["tokens"];
  EXPECT_LT(first_with.size(), first_without.size());
  EXPECT_EQ(first_without[0], "the");
}

TEST_F(Cli, FeatureFlagsChangeScoresAndSklearnPresetDropsThem) {
  const std::string pairs =
      write("pairs.tsv",
            "The negotiators met in Geneva, and Geneva hosted the peace talks again.\t"
            "Negotiations on peace resumed in Geneva on Monday.\n")
          .string();
  auto score = [&](const std::string& flags) {
    const bool own_config = flags.find("--config") != std::string::npos;
    const Outcome result = run("similarity --stemmer none " +
                               std::string(own_config ? "" : "--no-config ") + flags + " '" +
                               pairs + "'");
    EXPECT_EQ(result.exit_code, 0) << result.err;
    return std::stod(result.out);
  };
  // "negotiators" and "negotiations" share character n-grams, not a word.
  EXPECT_GT(score("--char-ngrams 3-5"), score(""));
  EXPECT_NE(score("--word-bigrams"), score(""));
  EXPECT_NE(score("--tf bm25 --bm25-b 1"), score("--tf bm25 --bm25-b 0"));
  // The two texts share "the" and "in" but not "and" and "on".
  EXPECT_NE(score("--stopword-weight 1"), score("--stopword-weight 0"));
  EXPECT_EQ(score(""), score("--stopword-weight 0.5"));
  // A preset given on the command line overrides the settings file; flags
  // after it override both.
  const std::string config =
      write("features.toml", "char_ngrams = \"3-5\"\nword_bigrams = true\n").string();
  const std::string with_config = "--config '" + config + "' ";
  EXPECT_NE(score(with_config), score(""));
  EXPECT_EQ(score(with_config + "--preset sklearn"), score("--preset sklearn"));
  EXPECT_EQ(score(with_config + "--no-word-bigrams --char-ngrams 0"), score(""));
  EXPECT_NE(score("--idf-background en"), score(""));
  const Outcome missing = run("similarity --idf-background absent.tsv '" + pairs + "'");
  EXPECT_EQ(missing.exit_code, 2);
  EXPECT_EQ(missing.err, "twice: error: absent.tsv: cannot open background table: No such file "
                         "or directory\n");
  const Outcome bad = run("similarity --char-ngrams 2-1 '" + pairs + "'");
  EXPECT_EQ(bad.exit_code, 2);
  EXPECT_NE(bad.err.find("--char-ngrams"), std::string::npos) << bad.err;
}

TEST_F(Cli, ColourIsOffWhenPipedAndOnlyAlwaysForcesIt) {
  const std::string plain = run("samples/news-ukraine-talks.txt").out;
  EXPECT_EQ(plain.find('\033'), std::string::npos);
  EXPECT_EQ(run("--color auto samples/news-ukraine-talks.txt").out, plain);  // a pipe
  EXPECT_EQ(run("--color never samples/news-ukraine-talks.txt").out, plain);
  const Outcome always = run("--color always samples/news-ukraine-talks.txt");
  EXPECT_EQ(always.exit_code, 1);
  EXPECT_NE(always.out.find("\033[1;4m"), std::string::npos);
  // NO_COLOR only turns off auto: an explicit --color always still wins.
  EXPECT_EQ(run("--color always samples/news-ukraine-talks.txt", "", "NO_COLOR=1").out,
            always.out);
  EXPECT_EQ(run("--color always --format json samples/news-ukraine-talks.txt").out,
            run("--format json samples/news-ukraine-talks.txt").out);
  EXPECT_EQ(run("--color sometimes samples/news-ukraine-talks.txt").exit_code, 2);
}

TEST_F(Cli, WritesTheHtmlReport) {
  const fs::path report = dir_ / "report.html";
  const Outcome outcome =
      run("--format html -o '" + report.string() + "' samples/news-ukraine-talks.txt");
  EXPECT_EQ(outcome.exit_code, 1);
  const std::string html = read_file(report);
  EXPECT_EQ(html.rfind("<!DOCTYPE html>", 0), 0u);
  EXPECT_NE(html.find("data-location=\"samples/news-ukraine-talks.txt:5:1\""), std::string::npos);
  EXPECT_EQ(run("segment --format html samples/news-ukraine-talks.txt").exit_code, 2);
}

TEST_F(Cli, LanguageFlagLabelsEveryParagraphAndWinsOverTheConfig) {
  const fs::path config = write("lang.toml", "language = \"fr\"\n");
  const auto from_config = nlohmann::json::parse(
      run("segment --format json --config '" + config.string() + "' samples/no-redundancy.txt").out);
  EXPECT_EQ(from_config["files"][0]["paragraphs"][0]["language"], "fr");
  const auto from_flag = nlohmann::json::parse(
      run("segment --format json --config '" + config.string() +
          "' --language de samples/no-redundancy.txt").out);
  for (const auto& paragraph : from_flag["files"][0]["paragraphs"]) {
    EXPECT_EQ(paragraph["language"], "de");
  }
}

// The command line is read again over the settings file and the preset:
// every flag given wins over both, whatever kind of value it takes.
TEST_F(Cli, FlagsWinOverTheSettingsFileAndThePreset) {
  const fs::path config = write("layers.toml",
                                "threshold = 0.6\nmin_words = 6\ncompare_entries = false\n"
                                "tf = \"raw\"\nsupport_run = 5\nexclude = [\"a\"]\n"
                                "[rules.echo]\nenabled = false\n");
  const std::string out =
      run("config --config '" + config.string() +
          "' --preset sensitive --threshold 0.7 --min-words 3 --compare-entries --tf bm25 "
          "--support-run 9 --exclude b --echoes --min-shared-terms 5 samples")
          .out;
  for (const char* line :
       {"threshold = 0.7", "min_words = 3", "compare_entries = true", "tf = \"bm25\"",
        "support_run = 9", "exclude = [\"b\"]", "min_shared_terms = 5"}) {
    const std::size_t at = out.find(std::string("\n") + line);
    ASSERT_NE(at, std::string::npos) << line << "\n" << out;
    const std::string whole = out.substr(at + 1, out.find('\n', at + 1) - at - 1);
    EXPECT_NE(whole.find("# command line (--"), std::string::npos) << whole;
  }
  EXPECT_NE(out.find("enabled = true                          # command line (--echoes)"),
            std::string::npos) << out;
  // What no flag gave keeps the preset's value over the file's.
  EXPECT_NE(out.find("shared_terms_alone = 5                  # preset"), std::string::npos) << out;
}

TEST_F(Cli, UnknownLanguageIsAUsageErrorNamingTheAcceptedOnes) {
  const Outcome outcome = run("--language klingon samples/no-redundancy.txt");
  EXPECT_EQ(outcome.exit_code, 2);
  EXPECT_NE(outcome.err.find("unknown language 'klingon' (expected auto, none, ar,"),
            std::string::npos) << outcome.err;
  EXPECT_EQ(outcome.out, "");
}

TEST_F(Cli, DetectedLanguageIsShownInTextSegments) {
  const Outcome outcome = run("segment samples/russian-draft.txt");
  EXPECT_EQ(outcome.exit_code, 0);
  EXPECT_NE(outcome.out.find("paragraph 1, 2 sentences, language ru"), std::string::npos)
      << outcome.out;
}

// --- messages, help and the summary (issue 14) -----------------------------------

TEST_F(Cli, SummaryCountsEveryFindingWhenMaxFindingsCutsTheList) {
  // Two restated paragraphs, a restated sentence in each (listed under it):
  // the second paragraph and its sentence are cut, and still counted.
  const Outcome all = run("samples/news-ukraine-talks.txt");
  const Outcome cut = run("samples/news-ukraine-talks.txt --max-findings 1");
  const std::string counts = "2 restated paragraphs, 2 restated sentences";
  EXPECT_NE(all.out.find(counts), std::string::npos) << all.out;
  EXPECT_NE(cut.out.find(counts), std::string::npos) << cut.out;
  EXPECT_NE(cut.out.find("the first 1 of 2 findings listed (--max-findings 1)\n"),
            std::string::npos)
      << cut.out;
  EXPECT_EQ(cut.exit_code, 1);
}

TEST_F(Cli, TextReportShowsEachFindingsSeverityAsLintersDo) {
  write("error.toml", "[rules.restated-paragraph]\nseverity = \"error\"\n");
  // Paragraphs raised to error, a doubled word (warning), phrases (info).
  const fs::path doubled = write("doubled.txt", "The build keeps the the cache of every module.\n");
  const Outcome result = run("samples/news-ukraine-talks.txt '" + doubled.string() +
                             "' --phrases --config '" + (dir_ / "error.toml").string() + "'");
  EXPECT_NE(result.out.find("samples/news-ukraine-talks.txt:4:1: error: paragraph restates "),
            std::string::npos) << result.out;
  EXPECT_NE(result.out.find(doubled.string() + ":1:21: warning: doubled word \"the\""),
            std::string::npos) << result.out;
  EXPECT_NE(result.out.find(": info: phrase \""), std::string::npos) << result.out;
  // A paragraph's restated sentence is listed under it, with no severity of its own.
  EXPECT_NE(result.out.find("\n    sentence: 4:361 restates 2:490 (score "), std::string::npos)
      << result.out;
}

TEST_F(Cli, SummarySaysHowManyFindingsReachFailOn) {
  // The two restated paragraphs reach it; the phrases (info) do not.
  const Outcome warning = run("samples/news-ukraine-talks.txt --phrases");
  EXPECT_NE(warning.out.find("\n2 of 12 findings at warning or above"), std::string::npos)
      << warning.out;
  EXPECT_NE(warning.out.find(" findings at warning or above (--fail-on warning): the run fails\n"),
            std::string::npos) << warning.out;
  const Outcome error = run("samples/news-ukraine-talks.txt --fail-on error");
  EXPECT_EQ(error.exit_code, 0);
  EXPECT_NE(error.out.find("no finding at error (--fail-on error): the run passes\n"),
            std::string::npos) << error.out;
}

TEST_F(Cli, NoArgumentsPrintsUsageAndExitsTwo) {
  const Outcome result = run("");
  EXPECT_EQ(result.exit_code, 2);
  EXPECT_TRUE(result.out.empty());
  EXPECT_EQ(result.err.rfind("twice: error: no PATH given", 0), 0u) << result.err;
  EXPECT_NE(result.err.find("Usage: twice [check] [OPTIONS] PATH..."), std::string::npos)
      << result.err;
  EXPECT_EQ(result.err.find("A subcommand is required"), std::string::npos) << result.err;
  EXPECT_NE(run("check").err.find("no PATH given"), std::string::npos);
}

TEST_F(Cli, InvalidNameForAnEnumOptionListsTheNamesInOrder) {
  const Outcome result = run("--fail-on warn samples/no-redundancy.txt");
  EXPECT_EQ(result.exit_code, 2);
  EXPECT_EQ(result.err,
            "twice: error: invalid value 'warn' for --fail-on: expected error, warning, info or "
            "never (see twice --help)\n");
  EXPECT_NE(run("--color sometimes samples/no-redundancy.txt")
                .err.find("invalid value 'sometimes' for --color: expected auto, always or never"),
            std::string::npos);
}

// Regression: CLI11's transformer took an enum's number ("--fail-on 3" was never).
TEST_F(Cli, NumbersAreRefusedWhereNamesAreExpected) {
  for (const std::string option : {"--fail-on 3", "--tf 0", "--idf 1", "--paragraphs 2",
                                   "--input-format 1"}) {
    const Outcome result = run(option + " samples/news-ukraine-talks.txt");
    EXPECT_EQ(result.exit_code, 2) << option;
    EXPECT_NE(result.err.find("invalid value '"), std::string::npos) << option << result.err;
  }
  EXPECT_EQ(run("--fail-on NEVER samples/news-ukraine-talks.txt").exit_code, 0);
}

TEST_F(Cli, RangeErrorsNameTheOption) {
  EXPECT_NE(run("--threshold 1.5 samples/no-redundancy.txt")
                .err.find("twice: error: --threshold must be in (0, 1], not '1.5'"),
            std::string::npos);
  EXPECT_NE(run("--stopword-weight -1 samples/no-redundancy.txt")
                .err.find("--stopword-weight must be in [0, 1]"),
            std::string::npos);
  EXPECT_NE(run("--jobs -2 samples/no-redundancy.txt").err.find("--jobs must be an integer >= 0"),
            std::string::npos);
}

TEST_F(Cli, MisspelledOptionSuggestsTheNearest) {
  const Outcome result = run("--thresold 0.4 samples/no-redundancy.txt");
  EXPECT_EQ(result.exit_code, 2);
  EXPECT_NE(result.err.find("unknown option '--thresold': did you mean --threshold?"),
            std::string::npos) << result.err;
  EXPECT_NE(run("--no-phrase samples/no-redundancy.txt").err.find("did you mean --no-phrases?"),
            std::string::npos);
  EXPECT_EQ(run("--zzzzzzzz samples/no-redundancy.txt").err.find("did you mean"),
            std::string::npos);
}

TEST_F(Cli, HelpFitsInOneHundredColumnsAndEndsWithExitCodesAndExamples) {
  for (const std::string command : {"--help", "check --help", "segment --help",
                                    "similarity --help", "config --help"}) {
    const Outcome result = run(command);
    EXPECT_EQ(result.exit_code, 0) << command;
    std::istringstream lines(result.out);
    for (std::string line; std::getline(lines, line);) {
      EXPECT_LE(line.size(), 100u) << command << ": " << line;
    }
  }
  const std::string help = run("check --help").out;
  EXPECT_NE(help.find("Exit codes:\n  0  "), std::string::npos) << help;
  EXPECT_NE(help.find("Examples:\n  twice draft.md"), std::string::npos) << help;
}

// Regression: "--phrases,--no-phrases{false}" read as off by default.
TEST_F(Cli, HelpShowsNegatableFlagsWithoutAFalseDefault) {
  const std::string help = run("check --help").out;
  EXPECT_EQ(help.find("{false}"), std::string::npos) << help;
  EXPECT_NE(help.find("--phrases, --no-phrases"), std::string::npos) << help;
}

TEST_F(Cli, HelpShowsTheDefaultOfEveryNamedChoice) {
  const std::string help = run("check --help").out;
  EXPECT_NE(help.find("--fail-on error|warning|info|never=warning"), std::string::npos) << help;
  EXPECT_NE(help.find("--tf raw|sublinear|bm25=sublinear"), std::string::npos) << help;
  EXPECT_NE(help.find("--max-file-size SIZE=33554432\n"), std::string::npos) << help;
}

TEST_F(Cli, SizeErrorsSayWhatASizeIs) {
  const Outcome result = run("--max-file-size 2x samples/no-redundancy.txt");
  EXPECT_EQ(result.exit_code, 2);
  EXPECT_EQ(result.err,
            "twice: error: invalid value '2x' for --max-file-size: expected a size in bytes, or "
            "with a unit (500kB, 32MiB) (see twice --help)\n");
  EXPECT_EQ(run("--max-file-size 2MiB samples/no-redundancy.txt").exit_code, 0);
}

TEST_F(Cli, SegmentHelpListsOnlyTheFormatsItWrites) {
  const std::string help = run("segment --help").out;
  EXPECT_NE(help.find("--format text|json"), std::string::npos) << help;
  EXPECT_EQ(help.find("sarif"), std::string::npos) << help;
}

// Regression: `similarity --format json` printed text.
TEST_F(Cli, SimilarityWritesJsonWhenAsked) {
  const fs::path pairs = write("pairs.tsv", "the cat sat\tthe cat sat\nthe cat sat\ta dog ran\n");
  const Outcome result = run("similarity --format json '" + pairs.string() + "'");
  ASSERT_EQ(result.exit_code, 0) << result.err;
  const auto report = nlohmann::json::parse(result.out);
  EXPECT_EQ(report["schema"], "twice-similarity/1");
  ASSERT_EQ(report["scores"].size(), 2u);
  EXPECT_NEAR(report["scores"][0].get<double>(), 1.0, 1e-9);
  EXPECT_EQ(run("similarity --format sarif '" + pairs.string() + "'").exit_code, 2);
}

}  // namespace
