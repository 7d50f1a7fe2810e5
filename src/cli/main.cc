// The twice command: argv -> Options -> analyze() -> report -> exit code.
//
// Exit codes (DESIGN.md): 0 ran without findings, 1 ran with findings,
// 2 usage error (one message on stderr, nothing written) or bad input (each
// bad file named on stderr and in the report of the others, which is
// written; README "Exit codes").
#include <CLI/CLI.hpp>

#include <chrono>
#include <filesystem>
#include <functional>
#include <cstdio>
#include <cstdlib>
#include <iostream>
#include <sstream>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "atomic_write.h"
#include "messages.h"
#include "progress.h"
#include "show_config.h"
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
  std::string color = "auto";  // --color: auto (stdout a terminal, NO_COLOR unset), always, never
  std::string config;          // --config FILE; empty: look for .twice.toml
  bool no_config = false;      // --no-config
  std::string write_baseline;  // --write-baseline FILE
  std::vector<std::string> include;  // --include PATTERN..., replaces the settings file's
  std::vector<std::string> exclude;  // --exclude PATTERN..., replaces the settings file's
  bool no_gitignore = false;         // --no-gitignore
  std::string stdin_filename;        // --stdin-filename NAME: what "-" is called and read as
  // Set by resolve(): the settings file used (empty: none) and the keys it set.
  std::string config_file;
  std::vector<twice::ConfigKey> config_keys;
  twice::Options options;
};

template <typename Enum>
CLI::Option* add_choice(CLI::App* app, const std::string& name, Enum* target,
                        const std::vector<std::pair<std::string, Enum>>& choices, const std::string& help) {
  std::string names;
  std::string given;  // the default, by name
  for (const auto& choice : choices) {
    names += (names.empty() ? "" : "|") + choice.first;
    if (choice.second == *target) given = choice.first;
  }
  return app->add_option(name, *target, help)
      ->transform(twice::cli::enum_names(choices))
      ->type_name(names)
      ->default_str(given);
}

// A string option that takes one of `names`: "--color auto|always|never".
CLI::Option* add_name(CLI::App* app, const std::string& name, std::string* target,
                      const std::vector<std::string>& names, const std::string& help) {
  std::string shown;
  for (const std::string& choice : names) shown += (shown.empty() ? "" : "|") + choice;
  return app->add_option(name, *target, help)
      ->check(twice::cli::one_of(names))
      ->type_name(shown)
      ->capture_default_str();
}

// Which files directories contribute (README "Configuration").
void add_selection_options(CLI::App* app, Arguments* args) {
  app->add_option("--include", args->include,
                  "Files directories contribute, as .gitignore patterns (repeatable; replaces "
                  "the settings file's include)")
      ->type_name("PATTERN")
      ->allow_extra_args(false);
  app->add_option("--exclude", args->exclude,
                  "Files and directories left out, as .gitignore patterns (repeatable; replaces "
                  "the settings file's exclude)")
      ->type_name("PATTERN")
      ->allow_extra_args(false);
  app->add_flag("--no-gitignore", args->no_gitignore,
                "Read files that .gitignore ignores too");
  app->add_option("--stdin-filename", args->stdin_filename,
                  "Name standard input (-) as this path: its extension picks the format, "
                  "reports show it, its directory's .twice.toml applies")
      ->type_name("NAME");
}

// The settings file of a run: --config FILE, else the nearest .twice.toml
// from the paths ("-": from --stdin-filename's directory, else the working
// directory). One run has one set of settings: paths whose nearest files
// differ are a usage error.
twice::Result<std::string> settings_file(const Arguments& args) {
  if (args.no_config) return std::string();
  if (!args.config.empty()) return args.config;
  const std::vector<std::string> paths = args.paths.empty() ? std::vector<std::string>{"."}
                                                            : args.paths;
  std::string chosen;
  for (std::size_t i = 0; i < paths.size(); ++i) {
    const std::string& path = paths[i];
    const std::string from = path != "-" ? path
                             : args.stdin_filename.empty() ? "."
                                                           : args.stdin_filename;
    const std::string found = twice::find_config_for(from);
    if (i == 0) {
      chosen = found;
    } else if (found != chosen) {
      auto named = [](const std::string& file) { return file.empty() ? "none" : file; };
      twice::Error error;
      error.message = "'" + paths.front() + "' and '" + path +
                      "' have different settings files (" + named(chosen) + ", " +
                      named(found) + "); run them separately, or name one with --config";
      return error;
    }
  }
  return chosen;
}

// The selection flags given, over the settings file's.
void apply_selection_flags(const Arguments& args, twice::Options* resolved) {
  if (!args.stdin_filename.empty()) resolved->stdin_filename = args.stdin_filename;
  if (!args.include.empty()) resolved->include = args.include;
  if (!args.exclude.empty()) resolved->exclude = args.exclude;
  if (args.no_gitignore) resolved->respect_gitignore = false;
}

// Options shared by `check` and `segment`: how text is read and tokenised.
// `formats`: the --format values the command writes.
void add_reading_options(CLI::App* app, Arguments* args, const std::vector<std::string>& formats) {
  add_selection_options(app, args);
  app->add_option("paths", args->paths, "Files, directories, or - for standard input")
      ->required()
      ->type_name("PATH");
  add_name(app, "--format", &args->format, formats, "Report format");
  app->add_option("--config", args->config,
                  "Settings file (default: the nearest .twice.toml from the working directory up)")
      ->type_name("FILE");
  app->add_flag("--no-config", args->no_config, "Read no settings file");
  app->add_option("-o,--output", args->output,
                  "Write the report to FILE (atomically) instead of standard output")
      ->type_name("FILE");
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
  app->add_option("--language", args->options.language,
                  "Language of the text: auto (detected per paragraph), none, or a code: "
                  "en, fr, de, ru, es, zh, ... (README \"Languages\")")
      ->type_name("auto|none|CODE")
      ->capture_default_str();
  app->add_option("--stemmer", args->options.stemmer,
                  "Snowball stemmer for terms: auto (the language's), none, english, french, "
                  "german, russian, ...")
      ->type_name("auto|none|NAME")
      ->capture_default_str();
  app->add_option("--stopwords", args->options.stopwords,
                  "Stop words: auto (the language's list), none, a language code (en, fr, ...), "
                  "or a file with one word a line")
      ->type_name("auto|none|CODE|FILE")
      ->capture_default_str();
  add_name(app, "--progress", &args->progress, {"auto", "always", "never"},
           "Progress line on stderr: auto (when stderr is a terminal), always, never");
  add_name(app, "--preset", &args->preset, {"default", "sensitive", "sklearn"},
           "default; sensitive (a lower bar of evidence, for one draft); or sklearn to "
           "reproduce scikit-learn's TfidfVectorizer()");
  app->add_option("--max-file-size", args->options.max_file_bytes,
                  "Refuse files larger than this (bytes, or 32MiB, 500kB; 0: no limit)")
      ->transform(twice::cli::size_value())
      ->type_name("SIZE")
      ->capture_default_str();
  app->add_option("--max-line-length", args->options.max_line_bytes,
                  "Refuse lines longer than this (bytes, or 1MiB, 200kB; 0: no limit)")
      ->transform(twice::cli::size_value())
      ->type_name("SIZE")
      ->capture_default_str();
  app->add_option("--timeout", args->options.timeout_seconds,
                  "Give up with exit code 2 after this many seconds (0: never)")
      ->check(twice::cli::at_least(0, false))
      ->capture_default_str();
}

// Features and term weights: shared by `check` and `similarity`.
void add_weight_options(CLI::App* app, Arguments* args) {
  twice::Options& o = args->options;
  app->add_option("--stopword-weight", o.stopword_weight,
                  "Weight of stop words in the vectors, in [0, 1] (0: left out)")
      ->check(twice::cli::unit_interval(true))
      ->capture_default_str();
  app->add_flag("--word-bigrams,!--no-word-bigrams", o.word_bigrams,
                "Adjacent terms as features too");
  app->add_option_function<std::string>(
         "--char-ngrams",
         [&o](const std::string& text) { twice::parse_ngram_range(text, &o.char_ngrams); },
         "Character n-grams within words: LOW-HIGH or N code points (0: none)")
      ->check(CLI::Validator(
          [](std::string& text) {
            twice::NgramRange range;
            return twice::parse_ngram_range(text, &range)
                       ? std::string()
                       : "expected 0, N or LOW-HIGH with 1 <= LOW <= HIGH <= 10";
          },
          "", "N-GRAM RANGE"))
      ->type_name("LOW-HIGH");
  add_choice(app, "--tf", &o.tf,
             {{"raw", twice::TermFrequency::kRaw},
              {"sublinear", twice::TermFrequency::kSublinear},
              {"bm25", twice::TermFrequency::kBm25}},
             "Term frequency: raw, sublinear or bm25");
  app->add_option("--idf-background", o.idf_background,
                  "Background for the idf: none, en (WordNet's glosses) or a table FILE")
      ->type_name("none|en|FILE")
      ->capture_default_str();
  app->add_option("--bm25-k1", o.bm25_k1, "BM25 saturation (--tf bm25)")
      ->check(twice::cli::above(0))
      ->capture_default_str();
  app->add_option("--bm25-b", o.bm25_b, "BM25 length normalisation in [0, 1] (--tf bm25)")
      ->check(twice::cli::unit_interval(true))
      ->capture_default_str();
  add_choice(app, "--idf", &args->options.idf,
             {{"smooth", twice::InverseDocumentFrequency::kSmooth},
              {"plain", twice::InverseDocumentFrequency::kPlain}},
             "Inverse document frequency: smooth or plain");
}

void add_analysis_options(CLI::App* app, Arguments* args) {
  twice::Options& o = args->options;
  app->add_option("--threshold", o.threshold,
                  "Sentence cosine at or above which a sentence restates another")
      ->check(twice::cli::unit_interval(false))
      ->capture_default_str();
  app->add_option("--min-words", o.min_words,
                  "Sentences with fewer content words are not compared")
      ->check(twice::cli::at_least(0))
      ->capture_default_str();
  app->add_flag("--compare-headings", o.compare_headings,
                "Compare Markdown headings too (they are skipped by default)");
  app->add_flag("--compare-lists", o.compare_lists,
                "Compare Markdown list items too (they are skipped by default)");
  app->add_flag("--compare-changelogs", o.compare_changelogs,
                "Compare changelogs and release notes too (they are skipped by default)");
  app->add_flag("--compare-glossaries", o.compare_glossaries,
                "Compare glossaries too (they are skipped by default)");
  app->add_flag("--compare-entries", o.compare_entries,
                "Compare the entries of a reference with one another too (by default each "
                "only with itself and with prose)");
  app->add_flag("--all-pairs", o.all_pairs,
                "Report every sentence pair above the threshold, not only the best match");
  app->add_option("--paragraph-threshold", o.paragraph_threshold,
                  "Paragraph cosine at or above which a paragraph restates another")
      ->check(twice::cli::unit_interval(false))
      ->capture_default_str();
  app->add_option("--paragraph-coverage", o.paragraph_coverage,
                  "Share of a paragraph's words in restated sentences that makes it restated")
      ->check(twice::cli::unit_interval(true))
      ->capture_default_str();
  app->add_option("--paragraph-floor", o.paragraph_floor,
                  "Paragraph cosine below which coverage alone does not count")
      ->check(twice::cli::unit_interval(false))
      ->capture_default_str();
  add_weight_options(app, args);
  app->add_option("--max-matches", o.max_matches,
                  "Earlier matches kept per sentence, its best (0: all)")
      ->check(twice::cli::at_least(0))
      ->capture_default_str();
  app->add_option("--max-findings", o.max_findings,
                  "Findings listed in the report; the rest are counted (0: all)")
      ->check(twice::cli::at_least(0))
      ->capture_default_str();
  add_choice(app, "--fail-on", &o.fail_on,
             {{"error", twice::FailOn::kError},
              {"warning", twice::FailOn::kWarning},
              {"info", twice::FailOn::kInfo},
              {"never", twice::FailOn::kNever}},
             "Exit 1 on findings of this severity or more");
  app->add_option("--baseline", o.baseline,
                  "Accept the findings listed in this baseline file; report only new ones")
      ->type_name("FILE");
  app->add_option("--write-baseline", args->write_baseline,
                  "Record every finding of this run in a baseline file (written atomically)")
      ->type_name("FILE");
  app->add_flag("--suppressed-as-source", o.suppressed_as_source,
                "Still report passages that restate suppressed ones");
  // Repeated phrases, echoes and overused words (README): on/off and knobs.
  app->add_flag("--phrases,!--no-phrases", o.repeated_phrase.enabled,
                "Report repeated phrases (default off)");
  app->add_flag("--echoes,!--no-echoes", o.echo.enabled,
                "Report echoes: an uncommon word used again within --echo-window words (default off)");
  app->add_flag("--overused,!--no-overused", o.overused_word.enabled,
                "Report words used far above their expected rate (default off)");
  app->add_flag("--boilerplate,!--no-boilerplate", o.boilerplate.enabled,
                "Report sentences recurring in --boilerplate-min-count places once (default on)");
  app->add_flag("--doubled-words,!--no-doubled-words", o.doubled_word.enabled,
                "Report a word written twice in a row (default on)");
  app->add_flag("--mirrored-pages,!--no-mirrored-pages", o.mirrored_page.enabled,
                "Report a page restating another sentence by sentence once (default on)");
  app->add_option("--mirror-min-sentences", o.mirror_min_sentences,
                  "Places (restated sentences or paragraphs) of one other page that make a "
                  "page its mirror")
      ->capture_default_str();
  app->add_option("--boilerplate-min-count", o.boilerplate_min_count,
                  "Places a sentence must recur in to be boilerplate, not a restatement")
      ->capture_default_str();
  app->add_flag("--evidence,!--no-evidence", o.require_evidence,
                "Report a pair only with evidence beyond shared topic words (default on)");
  app->add_option("--strict-threshold", o.strict_threshold,
                  "Sentence cosine that is evidence enough on its own")
      ->capture_default_str();
  app->add_option("--min-shared-terms", o.min_shared_terms,
                  "Content words a restated sentence pair must share")
      ->capture_default_str();
  app->add_option("--shared-terms-alone", o.shared_terms_alone,
                  "Content words a pair below --strict-threshold must share")
      ->capture_default_str();
  app->add_option("--copied-run", o.copied_run,
                  "Content words in a row that make a pair a copy whatever its score")
      ->capture_default_str();
  app->add_option("--support-threshold", o.support_threshold,
                  "Sentence cosine that lets a pair support a restated paragraph")
      ->capture_default_str();
  app->add_option("--support-run", o.support_run,
                  "Content words in a row that let a pair support a restated paragraph")
      ->capture_default_str();
  app->add_option("--paragraph-min-outside-terms", o.paragraph_min_outside_terms,
                  "Content words a restated paragraph shares beyond its one sentence pair")
      ->capture_default_str();
  app->add_option("--paragraph-min-outside-run", o.paragraph_min_outside_run,
                  "Content words in a row a restated paragraph shares beyond its sentence pair")
      ->capture_default_str();
  app->add_option("--phrase-min-words", o.phrase_min_words,
                  "Words in the shortest repeated phrase reported")
      ->check(twice::cli::at_least(2))
      ->capture_default_str();
  app->add_option("--phrase-min-content-words", o.phrase_min_content_words,
                  "Words that are not stop words a repeated phrase must hold")
      ->check(twice::cli::at_least(1))
      ->capture_default_str();
  app->add_option("--phrase-min-count", o.phrase_min_count,
                  "Occurrences that make a phrase repeated")
      ->check(twice::cli::at_least(2))
      ->capture_default_str();
  app->add_option("--echo-window", o.echo_window,
                  "A word used again within this many words is an echo")
      ->check(twice::cli::at_least(1))
      ->capture_default_str();
  app->add_option("--echo-min-length", o.echo_min_length,
                  "Shorter words (in characters) are never echoes")
      ->check(twice::cli::at_least(1))
      ->capture_default_str();
  app->add_option("--echo-common-words", o.echo_common_words,
                  "The this many most frequent background words are never echoes")
      ->check(twice::cli::at_least(0))
      ->capture_default_str();
  app->add_option("--echo-topic-rate", o.echo_topic_rate,
                  "A word making up this share of a document is its topic, not an echo")
      ->check(twice::cli::unit_interval(false))
      ->capture_default_str();
  app->add_option("--overused-min-count", o.overused_min_count,
                  "Uses a word needs in a document to be overused")
      ->check(twice::cli::at_least(2))
      ->capture_default_str();
  app->add_option("--overused-min-ratio", o.overused_min_ratio,
                  "Times its expected rate a word needs to be overused")
      ->check(twice::cli::above(0))
      ->capture_default_str();
  app->add_option("--overused-max", o.overused_max_per_document,
                  "Overused words reported per document, the most overused (0: all)")
      ->check(twice::cli::at_least(0))
      ->capture_default_str();
  app->add_option("-j,--jobs", o.jobs, "Worker threads (0: one per core)")
      ->check(twice::cli::at_least(0))
      ->capture_default_str();
  add_name(app, "--color", &args->color, {"auto", "always", "never"},
           "Colour in the text report: auto (stdout is a terminal and NO_COLOR is unset), "
           "always, never");
}

// Layers the settings: defaults, then the settings file, then the preset;
// then `parse_again` reads the command line over them, so that a flag the
// user gave wins. REQUIRES: the command line was parsed once (paths,
// --config and --preset are known).
twice::Status resolve(const CLI::App& command, Arguments* args,
                      const std::function<twice::Status()>& parse_again) {
  twice::Options resolved;
  auto config = settings_file(*args);
  if (!config.ok()) return config.error();
  args->config_file = config.value();
  if (!args->config_file.empty()) {
    twice::Status applied = twice::apply_config(args->config_file, &resolved, &args->config_keys);
    if (!applied.ok()) return applied;
  }
  const CLI::Option* preset = command.get_option_no_throw("--preset");
  if (preset != nullptr && preset->count() > 0) {
    twice::Status applied = twice::apply_preset(args->preset, &resolved);
    if (!applied.ok()) return applied;
  }
  args->options = resolved;
  twice::Status parsed = parse_again();
  if (!parsed.ok()) return parsed;
  apply_selection_flags(*args, &args->options);
  return twice::check_options(args->options);
}

// --color auto follows the NO_COLOR convention: a non-empty NO_COLOR turns it off.
bool use_color(const Arguments& args) {
  if (args.color != "auto") return args.color == "always";
  const char* no_color = std::getenv("NO_COLOR");
  if (no_color != nullptr && no_color[0] != '\0') return false;
  return args.output.empty() && twice::cli::stdout_is_terminal();
}

bool show_progress(const Arguments& args) {
  return args.progress == "always" || (args.progress == "auto" && twice::cli::stderr_is_terminal());
}

// --timeout is one budget for the whole run: each library call gets what the
// calls before it left.
class Budget {
 public:
  explicit Budget(double seconds) : seconds_(seconds) {}
  // Sets options->timeout_seconds to what is left; false when nothing is.
  bool share(twice::Options* options) const {
    if (seconds_ <= 0) return true;
    const double left =
        seconds_ - std::chrono::duration<double>(std::chrono::steady_clock::now() - start_).count();
    options->timeout_seconds = left;
    return left > 0;
  }

 private:
  double seconds_;
  std::chrono::steady_clock::time_point start_ = std::chrono::steady_clock::now();
};

// A report or a baseline must never replace a file it was made from.
twice::Status check_not_an_input(const std::string& output,
                                 const std::vector<twice::Source>& sources) {
  std::error_code error;
  if (output.empty() || !std::filesystem::is_regular_file(output, error)) return twice::Status();
  for (const twice::Source& source : sources) {
    if (source.path != "<stdin>" && std::filesystem::equivalent(output, source.path, error)) {
      twice::Error clash;
      clash.path = output;
      clash.message = "refusing to write the output over an input file";
      return clash;
    }
  }
  return twice::Status();
}

// Names every input left out of the run on stderr, one line each; the run
// then exits 2 whatever it found (README "Exit codes").
void print_input_errors(const std::vector<twice::Error>& errors) {
  for (const twice::Error& error : errors) std::cerr << "twice: error: " << error.describe() << "\n";
}

// What segmentation noticed (unknown suppression markers, an unclosed
// twice-disable), one "twice: warning: path:line: message" each. Warnings
// never change the exit code.
void print_warnings(const std::vector<twice::Document>& documents) {
  for (const twice::Document& document : documents) {
    if (document.warnings.empty()) continue;
    const twice::LineIndex lines(document.bytes);
    for (const twice::Warning& warning : document.warnings) {
      std::cerr << "twice: warning: " << document.path << ":"
                << lines.position(warning.offset).line << ": " << warning.message << "\n";
    }
  }
}

// A settings file deeper in a directory walked is not read (one run, one
// settings file, as with ESLint's flat config): say so once for each, so
// that nobody wonders why its keys do nothing.
void warn_unread_settings_files(const Arguments& args, const std::vector<twice::Source>& sources) {
  if (args.no_config || !args.config.empty()) return;
  std::map<std::string, std::string> nearest;  // directory -> its nearest settings file
  std::set<std::string> unread;
  for (const twice::Source& source : sources) {
    if (source.path == args.options.stdin_filename || source.path == "<stdin>") continue;
    const std::string directory = std::filesystem::path(source.path).parent_path().string();
    auto found = nearest.find(directory);
    if (found == nearest.end()) {
      found = nearest.emplace(directory, twice::find_config_for(source.path)).first;
    }
    if (found->second != args.config_file) unread.insert(found->second);
  }
  for (const std::string& file : unread) {
    std::cerr << "twice: warning: " << file << " is not read: a run has one settings file ("
              << (args.config_file.empty() ? "none" : args.config_file)
              << " here); run its directory on its own to use it\n";
  }
}

// Reads the run's inputs with the progress line on from the first file
// (reading a large tree takes seconds too), refuses an output file that is
// one of them, and says which files were not read and which settings files
// are not used. Returns kClean, or the exit code of a failure it printed.
int read_run_inputs(Arguments* args, const std::vector<std::string>& outputs,
                    twice::cli::TerminalProgress* progress, twice::Inputs* inputs) {
  args->options.progress = progress->reporter();
  auto read = twice::read_inputs(args->paths, args->options);
  if (!read.ok()) {
    progress->finish();
    return fail(read.error().describe());
  }
  *inputs = std::move(read).value();
  for (const std::string& output : outputs) {
    twice::Status apart = check_not_an_input(output, inputs->sources);
    if (!apart.ok()) return fail(apart.error().describe());
  }
  progress->finish();  // the line is drawn again as the run goes on
  print_input_errors(inputs->errors);
  warn_unread_settings_files(*args, inputs->sources);
  return kClean;
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
  if (!args->write_baseline.empty()) {
    // A baseline records every finding the run has, listed or not, and only
    // those: it replaces any baseline in use.
    args->options.max_findings = 0;
    args->options.baseline.clear();
  }
  const Budget budget(args->options.timeout_seconds);
  twice::cli::TerminalProgress progress(show_progress(*args));
  twice::Inputs inputs;
  const int read = read_run_inputs(args, {args->output, args->write_baseline}, &progress, &inputs);
  if (read != kClean) return read;
  std::vector<twice::Source>& sources = inputs.sources;
  const std::vector<twice::Error>& input_errors = inputs.errors;
  if (!input_errors.empty() && !args->write_baseline.empty()) {
    return fail("not writing a baseline of an incomplete run (" +
                std::to_string(input_errors.size()) + " input(s) not analysed)");
  }
  if (!budget.share(&args->options)) {
    return fail("time budget exceeded while reading files (timeout)");
  }
  auto analysis = twice::analyze(std::move(sources), args->options);
  progress.finish();
  if (!analysis.ok()) return fail(analysis.error().describe());
  analysis.value().input_errors = input_errors;
  const twice::Analysis& result = analysis.value();
  print_warnings(result.documents);
  if (!args->write_baseline.empty()) {
    twice::Status written = twice::cli::write_atomically(
        args->write_baseline, [&](std::ostream& out) { out << twice::render_baseline(result); });
    if (!written.ok()) return fail(written.error().describe());
    std::cerr << "twice: wrote " << result.findings.size() << " findings to "
              << args->write_baseline << "\n";
    return kClean;
  }
  const auto format = twice::parse_report_format(args->format);
  twice::ReportStyle style;
  style.color = use_color(*args);
  const int written = emit(*args, [&](std::ostream& out) {
    twice::write_findings(result, format.value(), out, style);
  });
  if (written != kClean) return written;
  if (!input_errors.empty()) return kBadInput;
  return twice::fails(result, args->options) ? kFindings : kClean;
}

int run_segment(CLI::App* command, Arguments* args) {
  if (args->format != "text" && args->format != "json") {
    return fail("twice segment writes text or json, not " + args->format);
  }
  const Budget budget(args->options.timeout_seconds);
  twice::cli::TerminalProgress progress(show_progress(*args));
  twice::Inputs inputs;
  const int read = read_run_inputs(args, {args->output}, &progress, &inputs);
  if (read != kClean) return read;
  std::vector<twice::Source>& sources = inputs.sources;
  const std::vector<twice::Error>& input_errors = inputs.errors;
  if (!budget.share(&args->options)) {
    return fail("time budget exceeded while reading files (timeout)");
  }
  auto documents = twice::segment(std::move(sources), args->options);
  progress.finish();
  if (!documents.ok()) return fail(documents.error().describe());
  print_warnings(documents.value());
  const auto format = twice::parse_report_format(args->format);
  const int written = emit(*args, [&](std::ostream& out) {
    twice::write_segments(documents.value(), format.value(), out);
  });
  return written == kClean && !input_errors.empty() ? kBadInput : written;
}

// Reads the pair file: one pair a line, fields separated by tabs; `columns`
// are 1-based. Errors name the file and the line.
twice::Result<std::vector<std::pair<std::string, std::string>>> read_pairs(
    const std::string& path, const std::vector<int>& columns) {
  auto sources = twice::read_sources({path});
  if (!sources.ok()) return sources.error();
  std::vector<std::pair<std::string, std::string>> pairs;
  std::istringstream in(sources.value().front().bytes);
  std::size_t number = 0;
  for (std::string line; std::getline(in, line);) {
    ++number;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty()) continue;
    std::vector<std::string> fields;
    std::istringstream split(line);
    for (std::string field; std::getline(split, field, '\t');) fields.push_back(field);
    const auto needed = static_cast<std::size_t>(std::max(columns[0], columns[1]));
    if (fields.size() < needed) {
      twice::Error error;
      error.path = sources.value().front().path;
      error.line = static_cast<std::int64_t>(number);
      error.message = "expected at least " + std::to_string(needed) + " tab-separated fields";
      return error;
    }
    pairs.emplace_back(fields[columns[0] - 1], fields[columns[1] - 1]);
  }
  return pairs;
}

// One score a line, or {"schema": "twice-similarity/1", "scores": [...]}.
void write_scores(const std::vector<double>& scores, const std::string& format, std::ostream& out) {
  const bool json = format == "json";
  if (json) out << "{\"schema\": \"twice-similarity/1\", \"scores\": [";
  char text[32];
  for (std::size_t i = 0; i < scores.size(); ++i) {
    std::snprintf(text, sizeof text, "%.10f", scores[i]);
    out << (json ? (i == 0 ? "" : ", ") : "") << text << (json ? "" : "\n");
  }
  if (json) out << "]}\n";
}

int run_similarity(CLI::App* command, Arguments* args, const std::vector<int>& columns) {
  if (args->paths.size() != 1) return fail("twice similarity takes one pair file");
  auto pairs = read_pairs(args->paths.front(), columns);
  if (!pairs.ok()) return fail(pairs.error().describe());
  auto scores = twice::score_pairs(pairs.value(), args->options);
  if (!scores.ok()) return fail(scores.error().describe());
  return emit(*args, [&](std::ostream& out) { write_scores(scores.value(), args->format, out); });
}

// `twice config [PATH...]`: the settings a run over PATH would use, as
// .twice.toml lines, each with where its value came from.
int run_config(CLI::App* command, Arguments* args) {
  twice::cli::SettingSources sources;
  sources.config_file = args->config_file;
  sources.config_keys = args->config_keys;
  sources.preset = args->preset;
  sources.given_flag = [command](const std::string& flag) {
    const CLI::Option* option = command->get_option_no_throw(flag);
    return option != nullptr && option->count() > 0;
  };
  return emit(*args, [&](std::ostream& out) {
    twice::cli::write_settings(args->options, sources, out);
  });
}

// `twice PATH...` means `twice check PATH...`.
std::vector<std::string> with_default_command(int argc, char** argv) {
  std::vector<std::string> words(argv + 1, argv + argc);
  const bool names_command =
      !words.empty() &&
      (words[0] == "check" || words[0] == "segment" || words[0] == "similarity" ||
       words[0] == "config");
  const bool top_level_flag =
      !words.empty() && (words[0] == "-h" || words[0] == "--help" || words[0] == "--version");
  if (!names_command && !top_level_flag && !words.empty()) words.insert(words.begin(), "check");
  return words;
}

}  // namespace

// The subcommand `words` name (after with_default_command), for messages.
const CLI::App& named_command(const CLI::App& app, const std::vector<std::string>& words) {
  for (const CLI::App* command : app.get_subcommands({})) {
    if (!words.empty() && command->get_name() == words.front()) return *command;
  }
  return app;
}

int main(int argc, char** argv) {
  CLI::App app{"twice: finds prose that says the same thing twice", "twice"};
  app.formatter(std::make_shared<twice::cli::HelpFormatter>());
  app.footer(twice::cli::help_footer("check"));
  app.set_version_flag("--version", std::string("twice ") + TWICE_VERSION);
  app.require_subcommand(1);
  Arguments check_args;
  Arguments segment_args;
  CLI::App* check = app.add_subcommand("check", "Report passages that restate earlier ones (default)");
  check->footer(twice::cli::help_footer("check"));
  add_reading_options(check, &check_args, {"text", "json", "sarif", "github", "rdjsonl", "html"});
  add_analysis_options(check, &check_args);
  CLI::App* segment = app.add_subcommand("segment", "Show paragraphs and sentences as twice sees them");
  segment->footer(twice::cli::help_footer("segment"));
  add_reading_options(segment, &segment_args, {"text", "json"});
  Arguments similarity_args;
  std::vector<int> columns = {1, 2};
  CLI::App* similarity = app.add_subcommand(
      "similarity", "Score the text pairs of a TSV file, one score a line (for benchmarks)");
  similarity->footer(twice::cli::help_footer("similarity"));
  add_reading_options(similarity, &similarity_args, {"text", "json"});
  similarity->add_option("--columns", columns, "The two tab-separated fields to compare (1-based)")
      ->expected(2)
      ->check(CLI::PositiveNumber)
      ->capture_default_str();
  add_weight_options(similarity, &similarity_args);
  Arguments config_args;
  CLI::App* config = app.add_subcommand(
      "config", "Print the settings a run would use, and where each comes from");
  add_reading_options(config, &config_args, {"text"});
  add_analysis_options(config, &config_args);
  config->get_option("paths")->required(false);

  std::vector<std::string> words = with_default_command(argc, argv);
  if (words.empty()) {
    std::cerr << "twice: error: " << twice::cli::kNoPaths << "\n\n" << app.help();
    return kBadInput;
  }
  const std::vector<std::string> given = words;
  std::reverse(words.begin(), words.end());  // CLI11 takes them last-first
  const std::vector<std::string> reversed = words;  // parse() consumes its words
  try {
    app.parse(words);
  } catch (const CLI::CallForHelp& help) {
    return app.exit(help);
  } catch (const CLI::CallForAllHelp& help) {
    return app.exit(help);
  } catch (const CLI::CallForVersion& version) {
    return app.exit(version);
  } catch (const CLI::ParseError& error) {
    return fail(twice::cli::error_message(named_command(app, given), error, given) +
                " (see twice --help)");
  }
  CLI::App* command = check->parsed()        ? check
                      : similarity->parsed() ? similarity
                      : config->parsed()     ? config
                                             : segment;
  Arguments* args = command == check        ? &check_args
                    : command == similarity ? &similarity_args
                    : command == config     ? &config_args
                                            : &segment_args;
  // The same words again, over the settings file and the preset.
  twice::Status resolved = resolve(*command, args, [&]() -> twice::Status {
    std::vector<std::string> again = reversed;
    app.clear();
    try {
      app.parse(again);
    } catch (const CLI::ParseError& error) {
      twice::Error failed;
      failed.message = twice::cli::error_message(named_command(app, given), error, given);
      return failed;
    }
    return twice::Status();
  });
  if (!resolved.ok()) return fail(resolved.error().describe());
  if (command == check) return run_check(check, args);
  if (command == similarity) return run_similarity(similarity, args, columns);
  if (command == config) return run_config(config, args);
  return run_segment(segment, args);
}
