// The twice command: argv -> Options -> analyze() -> report -> exit code.
//
// Exit codes (DESIGN.md): 0 ran without findings, 1 ran with findings,
// 2 usage error or bad input (one message on stderr, nothing written).
#include <CLI/CLI.hpp>

#include <functional>
#include <iostream>
#include <map>
#include <string>
#include <vector>

#include "atomic_write.h"
#include "progress.h"
#include "twice/twice.h"

namespace {

constexpr int kClean = 0;
constexpr int kFindings = 1;
constexpr int kBadInput = 2;

int fail(const std::string& message) {
  std::cerr << "twice: error: " << message << "\n";
  return kBadInput;
}

// What the command line said, before presets and defaults are resolved.
struct Arguments {
  std::vector<std::string> paths;
  std::string format = "text";
  std::string output;
  std::string preset = "default";
  std::string progress = "auto";
  twice::Options options;
};

template <typename Enum>
CLI::Option* add_choice(CLI::App* app, const std::string& name, Enum* target,
                        const std::map<std::string, Enum>& choices, const std::string& help) {
  std::string names;
  for (const auto& choice : choices) names += (names.empty() ? "" : "|") + choice.first;
  return app->add_option(name, *target, help)
      ->transform(CLI::CheckedTransformer(choices, CLI::ignore_case).description(""))
      ->type_name(names);
}

// Options shared by `check` and `segment`: how text is read and tokenised.
void add_reading_options(CLI::App* app, Arguments* args) {
  app->add_option("paths", args->paths, "Files, directories, or - for standard input")
      ->required();
  app->add_option("--format", args->format, "Report format: text or json")
      ->check(CLI::IsMember({"text", "json"}))
      ->capture_default_str();
  app->add_option("-o,--output", args->output,
                  "Write the report to FILE (atomically) instead of standard output");
  add_choice(app, "--input-format", &args->options.input_format,
             {{"auto", twice::InputFormat::kAuto},
              {"text", twice::InputFormat::kText},
              {"markdown", twice::InputFormat::kMarkdown}},
             "auto (by extension), text or markdown");
  add_choice(app, "--paragraphs", &args->options.paragraphs,
             {{"auto", twice::ParagraphMode::kAuto},
              {"blank-line", twice::ParagraphMode::kBlankLine},
              {"line", twice::ParagraphMode::kLine}},
             "Plain-text paragraphs: auto, blank-line or line");
  app->add_option("--stopwords", args->options.stopwords,
                  "Stop words: en, none, or a file with one word a line")
      ->capture_default_str();
  app->add_option("--progress", args->progress,
                  "Progress line on stderr: auto (when stderr is a terminal), always, never")
      ->check(CLI::IsMember({"auto", "always", "never"}))
      ->capture_default_str();
  app->add_option("--preset", args->preset,
                  "default, or sklearn to reproduce scikit-learn's TfidfVectorizer()")
      ->capture_default_str();
}

void add_analysis_options(CLI::App* app, Arguments* args) {
  twice::Options& o = args->options;
  app->add_option("--threshold", o.threshold,
                  "Sentence cosine at or above which a sentence restates another")
      ->capture_default_str();
  app->add_option("--min-words", o.min_words,
                  "Sentences with fewer content words are not compared")
      ->capture_default_str();
  app->add_flag("--compare-headings", o.compare_headings,
                "Compare Markdown headings too (they are skipped by default)");
  app->add_flag("--all-pairs", o.all_pairs,
                "Report every sentence pair above the threshold, not only the best match");
  app->add_option("--paragraph-threshold", o.paragraph_threshold,
                  "Paragraph cosine at or above which a paragraph restates another")
      ->capture_default_str();
  app->add_option("--paragraph-coverage", o.paragraph_coverage,
                  "Share of a paragraph's words in restated sentences that makes it restated")
      ->capture_default_str();
  app->add_option("--paragraph-floor", o.paragraph_floor,
                  "Paragraph cosine below which coverage alone does not count")
      ->capture_default_str();
  add_choice(app, "--tf", &o.tf,
             {{"raw", twice::TermFrequency::kRaw},
              {"sublinear", twice::TermFrequency::kSublinear}},
             "Term frequency: raw or sublinear");
  add_choice(app, "--idf", &o.idf,
             {{"smooth", twice::InverseDocumentFrequency::kSmooth},
              {"plain", twice::InverseDocumentFrequency::kPlain}},
             "Inverse document frequency: smooth or plain");
  app->add_option("--max-matches", o.max_matches,
                  "Earlier matches kept per sentence, its best (0: all)")
      ->capture_default_str();
  app->add_option("--max-findings", o.max_findings,
                  "Findings listed in the report; the rest are counted (0: all)")
      ->capture_default_str();
  app->add_option("-j,--jobs", o.jobs, "Worker threads (0: one per core)")
      ->capture_default_str();
}

// Resolves the preset under the explicit options: a flag the user gave wins
// over the preset, the preset wins over the defaults.
twice::Status resolve(CLI::App* command, Arguments* args) {
  twice::Options resolved;
  twice::Status preset = twice::apply_preset(args->preset, &resolved);
  if (!preset.ok()) return preset;
  const twice::Options& given = args->options;
  auto given_flag = [&](const char* name) {
    const CLI::Option* option = command->get_option_no_throw(name);
    return option != nullptr && option->count() > 0;
  };
  if (given_flag("--input-format")) resolved.input_format = given.input_format;
  if (given_flag("--paragraphs")) resolved.paragraphs = given.paragraphs;
  if (given_flag("--stopwords")) resolved.stopwords = given.stopwords;
  if (given_flag("--threshold")) resolved.threshold = given.threshold;
  if (given_flag("--min-words")) resolved.min_words = given.min_words;
  if (given_flag("--all-pairs")) resolved.all_pairs = given.all_pairs;
  if (given_flag("--compare-headings")) resolved.compare_headings = given.compare_headings;
  if (given_flag("--paragraph-threshold")) resolved.paragraph_threshold = given.paragraph_threshold;
  if (given_flag("--paragraph-coverage")) resolved.paragraph_coverage = given.paragraph_coverage;
  if (given_flag("--paragraph-floor")) resolved.paragraph_floor = given.paragraph_floor;
  if (given_flag("--tf")) resolved.tf = given.tf;
  if (given_flag("--idf")) resolved.idf = given.idf;
  if (given_flag("--jobs")) resolved.jobs = given.jobs;
  if (given_flag("--max-matches")) resolved.max_matches = given.max_matches;
  if (given_flag("--max-findings")) resolved.max_findings = given.max_findings;
  args->options = resolved;
  return twice::check_options(resolved);
}

bool show_progress(const Arguments& args) {
  return args.progress == "always" || (args.progress == "auto" && twice::cli::stderr_is_terminal());
}

// Streams the report to standard output or, atomically, to --output.
int emit(const Arguments& args, const std::function<void(std::ostream&)>& write) {
  if (args.output.empty()) {
    write(std::cout);
    std::cout.flush();
    return std::cout ? kClean : fail("cannot write to standard output");
  }
  twice::Status written = twice::cli::write_atomically(args.output, write);
  return written.ok() ? kClean : fail(written.error().describe());
}

int run_check(CLI::App* command, Arguments* args) {
  twice::Status resolved = resolve(command, args);
  if (!resolved.ok()) return fail(resolved.error().describe());
  auto sources = twice::read_sources(args->paths);
  if (!sources.ok()) return fail(sources.error().describe());
  twice::cli::TerminalProgress progress(show_progress(*args));
  args->options.progress = progress.reporter();
  auto analysis = twice::analyze(std::move(sources).value(), args->options);
  progress.finish();
  if (!analysis.ok()) return fail(analysis.error().describe());
  const auto format = twice::parse_report_format(args->format);
  const int written = emit(*args, [&](std::ostream& out) {
    twice::write_findings(analysis.value(), format.value(), out);
  });
  if (written != kClean) return written;
  const twice::Analysis& result = analysis.value();
  return result.findings.empty() && result.omitted_findings == 0 ? kClean : kFindings;
}

int run_segment(CLI::App* command, Arguments* args) {
  twice::Status resolved = resolve(command, args);
  if (!resolved.ok()) return fail(resolved.error().describe());
  auto sources = twice::read_sources(args->paths);
  if (!sources.ok()) return fail(sources.error().describe());
  twice::cli::TerminalProgress progress(show_progress(*args));
  args->options.progress = progress.reporter();
  auto documents = twice::segment(std::move(sources).value(), args->options);
  progress.finish();
  if (!documents.ok()) return fail(documents.error().describe());
  const auto format = twice::parse_report_format(args->format);
  return emit(*args, [&](std::ostream& out) {
    twice::write_segments(documents.value(), format.value(), out);
  });
}

// `twice PATH...` means `twice check PATH...`.
std::vector<std::string> with_default_command(int argc, char** argv) {
  std::vector<std::string> words(argv + 1, argv + argc);
  const bool names_command = !words.empty() && (words[0] == "check" || words[0] == "segment");
  const bool top_level_flag =
      !words.empty() && (words[0] == "-h" || words[0] == "--help" || words[0] == "--version");
  if (!names_command && !top_level_flag && !words.empty()) words.insert(words.begin(), "check");
  return words;
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{"twice: finds prose that says the same thing twice", "twice"};
  app.set_version_flag("--version", std::string("twice ") + TWICE_VERSION);
  app.require_subcommand(1);
  Arguments check_args;
  Arguments segment_args;
  CLI::App* check = app.add_subcommand("check", "Report passages that restate earlier ones (default)");
  add_reading_options(check, &check_args);
  add_analysis_options(check, &check_args);
  CLI::App* segment = app.add_subcommand("segment", "Show paragraphs and sentences as twice sees them");
  add_reading_options(segment, &segment_args);

  std::vector<std::string> words = with_default_command(argc, argv);
  std::reverse(words.begin(), words.end());  // CLI11 takes them last-first
  try {
    app.parse(words);
  } catch (const CLI::CallForHelp& help) {
    return app.exit(help);
  } catch (const CLI::CallForAllHelp& help) {
    return app.exit(help);
  } catch (const CLI::CallForVersion& version) {
    return app.exit(version);
  } catch (const CLI::ParseError& error) {
    return fail(error.what() + std::string(" (see twice --help)"));
  }
  if (check->parsed()) return run_check(check, &check_args);
  return run_segment(segment, &segment_args);
}
