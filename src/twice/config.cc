// .twice.toml: find it, read it with toml++, apply it onto Options.
//
// Every key is optional; a key that is absent leaves its field as it was.
// `preset` is applied first, whatever its place in the file, so that the
// other keys refine it.
//
//   key                    type              Options field / meaning
//   ---------------------  ----------------  ------------------------------------------
//   preset                 "default"|"sensitive"|"sklearn"  apply_preset(), before the other keys
//   threshold              number in (0, 1]  threshold
//   min_words              integer >= 0      min_words
//   paragraphs             "auto"|"blank-line"|"line"   paragraphs
//   input_format           "auto"|"text"|"markdown"     input_format
//   stopwords              "auto"|"none"|code|path  stopwords; a relative path is
//                                            relative to the directory of the config file
//   language               "auto"|"none"|code  language ("en", "fr", "zh", ...)
//   tf                     "raw"|"sublinear"|"bm25"   tf
//   idf_background         "none"|"en"|path  idf_background; a relative path is relative
//                                            to the directory of the config file
//   bm25_k1                number > 0        bm25_k1
//   bm25_b                 number in [0, 1]  bm25_b
//   stopword_weight        number in [0, 1]  stopword_weight
//   word_bigrams           boolean           word_bigrams
//   char_ngrams            "LOW-HIGH"|"N"|"0"   char_ngrams
//   idf                    "smooth"|"plain"  idf
//   paragraph_threshold    number in (0, 1]  paragraph_threshold
//   paragraph_coverage     number in [0, 1]  paragraph_coverage
//   paragraph_floor        number in (0, 1]  paragraph_floor
//   require_evidence       boolean           require_evidence
//   strict_sentences       boolean           strict_sentences
//   strict_threshold       number in (0, 1]  strict_threshold
//   min_shared_terms       integer >= 0      min_shared_terms
//   shared_terms_alone     integer >= 0      shared_terms_alone
//   copied_run             integer >= 1      copied_run
//   support_threshold      number in (0, 1]  support_threshold
//   support_run            integer >= 1      support_run
//   paragraph_min_outside_terms integer >= 0 paragraph_min_outside_terms
//   paragraph_min_outside_run integer >= 0   paragraph_min_outside_run
//   boilerplate_min_count  integer >= 3      boilerplate_min_count
//   mirror_min_sentences   integer >= 2      mirror_min_sentences
//   boilerplate_threshold  number in (0, 1]  boilerplate_threshold
//   compare_headings       boolean           compare_headings
//   compare_lists          boolean           compare_lists
//   compare_changelogs     boolean           compare_changelogs
//   compare_glossaries     boolean           compare_glossaries
//   compare_entries        boolean           compare_entries
//   all_pairs              boolean           all_pairs
//   suppressed_as_source   boolean           suppressed_as_source
//   baseline               path              baseline; relative to the file's directory
//   stemmer                "auto"|"none"|Snowball  stemmer ("english", "french", ...)
//   respect_gitignore      boolean           respect_gitignore
//   max_matches            integer >= 0      max_matches (0: all)
//   max_findings           integer >= 0      max_findings (0: all)
//   jobs                   integer >= 0      jobs (0: one per core)
//   max_file_size          integer >= 0      max_file_bytes, in bytes (0: no limit)
//   max_line_length        integer >= 0      max_line_bytes, in bytes (0: no limit)
//   timeout                number >= 0       timeout_seconds (0: none)
//   include                array of globs    include (replaces the default list)
//   exclude                array of globs    exclude (replaces the list)
//   code_shortcodes        array of names    code_shortcodes (added to the known ones)
//   prose_directives       array of names    prose_directives (added to the known ones)
//   fail_on                "error"|"warning"|"info"|"never"   fail_on
//   [rules.restated-paragraph]  enabled = boolean, severity = "error"|"warning"|"info"
//                                            restated_paragraph
//   [rules.restated-sentence]   same keys    restated_sentence
//   [rules.repeated-phrase]     same keys    repeated_phrase
//   [rules.echo]                same keys    echo
//   [rules.overused-word]       same keys    overused_word
//   [rules.boilerplate]         same keys    boilerplate
//   [rules.doubled-word]        same keys    doubled_word
//   [rules.mirrored-page]       same keys    mirrored_page
//   phrase_min_words       integer >= 2      phrase_min_words
//   phrase_min_content_words  integer >= 1   phrase_min_content_words
//   phrase_min_count       integer >= 2      phrase_min_count
//   echo_window            integer >= 1      echo_window
//   echo_min_length        integer >= 1      echo_min_length
//   echo_common_words      integer >= 0      echo_common_words
//   echo_topic_rate        number in (0, 1]  echo_topic_rate
//   overused_min_count     integer >= 2      overused_min_count
//   overused_min_ratio     number > 0        overused_min_ratio
//   overused_max           integer >= 0      overused_max_per_document (0: all)
//
// Numbers may be written as integers (threshold = 1). Ranges are those of
// check_options(). Errors carry the config file's path and the line of the
// offending key: unknown keys at any level, wrong types, bad values, and
// TOML syntax errors (toml++'s description and line).
#include "twice/config.h"

#include <toml++/toml.h>

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <functional>
#include <limits>
#include <sstream>
#include <string_view>
#include <utility>
#include <vector>

#include "twice/text/terms.h"
#include "twice/text/languages.h"
#include "twice/text/stopwords.h"

namespace twice {
namespace {

namespace fs = std::filesystem;

constexpr const char* kConfigName = ".twice.toml";

// What a key's value is written as in messages: strings quoted, scalars as
// TOML writes them, containers by their kind.
std::string describe_value(const toml::node& node) {
  if (const auto* text = node.as_string()) return "\"" + text->get() + "\"";
  if (node.is_array()) return "an array";
  if (node.is_table()) return "a table";
  std::ostringstream out;
  node.visit([&out](const auto& value) { out << value; });
  return out.str();
}

// "min-words" and "min_words", "Threshold" and "threshold" are near misses.
std::string fold_key(std::string_view key) {
  std::string folded;
  for (char c : key) {
    folded += c == '-' ? '_' : static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  }
  return folded;
}

template <typename T>
struct Choice {
  const char* name;
  T value;
};

// One key of a table: its name, what it expects (for messages) and how it
// applies a value. `apply` returns false when the value does not fit.
struct KeySpec {
  std::string name;
  std::string expects;  // "a number in (0, 1]"
  std::function<bool(const toml::node&, Options*)> apply;
  // When set, says what is wrong instead of "'name' must be <expects>".
  std::function<std::string(const toml::node&)> explain = nullptr;
};

KeySpec number_key(std::string name, std::string range, double Options::*field) {
  return {std::move(name), "a number in " + std::move(range),
          [field](const toml::node& node, Options* options) {
            if (!node.is_number()) return false;
            options->*field = node.value<double>().value_or(0);
            return true;
          }};
}

template <typename Integer>
KeySpec integer_key(std::string name, Integer Options::*field, Integer least = 0) {
  return {std::move(name), "an integer >= " + std::to_string(least),
          [field, least](const toml::node& node, Options* options) {
            const auto* integer = node.as_integer();
            if (integer == nullptr || integer->get() < least ||
                integer->get() > std::numeric_limits<Integer>::max()) {
              return false;
            }
            options->*field = static_cast<Integer>(integer->get());
            return true;
          }};
}

// A file, relative to the settings file's directory unless absolute, or a
// name `is_name` accepts ("none", "en", ...), kept as it is.
KeySpec path_key(std::string name, std::string expects, std::string Options::*field,
                 const fs::path& directory, std::function<bool(const std::string&)> is_name) {
  return {std::move(name), std::move(expects),
          [field, directory, is_name](const toml::node& node, Options* options) {
            const auto* text = node.as_string();
            if (text == nullptr || text->get().empty()) return false;
            const std::string& value = text->get();
            const fs::path path = value;
            options->*field = is_name(value) || path.is_absolute() || directory.empty()
                                  ? value
                                  : (directory / path).generic_string();
            return true;
          }};
}

KeySpec bool_key(std::string name, bool Options::*field) {
  return {std::move(name), "true or false", [field](const toml::node& node, Options* options) {
            const auto* boolean = node.as_boolean();
            if (boolean == nullptr) return false;
            options->*field = boolean->get();
            return true;
          }};
}

template <typename T>
std::string list_choices(const std::vector<Choice<T>>& choices) {
  std::string out = "one of ";
  for (std::size_t i = 0; i < choices.size(); ++i) {
    out += (i == 0 ? "\"" : ", \"") + std::string(choices[i].name) + "\"";
  }
  return out;
}

template <typename T>
KeySpec choice_key(std::string name, std::vector<Choice<T>> choices,
                   std::function<void(T, Options*)> set) {
  std::string expects = list_choices(choices);
  return {std::move(name), std::move(expects),
          [choices = std::move(choices), set = std::move(set)](const toml::node& node,
                                                                Options* options) {
            const auto* text = node.as_string();
            if (text == nullptr) return false;
            for (const Choice<T>& choice : choices) {
              if (text->get() == choice.name) {
                set(choice.value, options);
                return true;
              }
            }
            return false;
          }};
}

template <typename T>
KeySpec enum_key(std::string name, std::vector<Choice<T>> choices, T Options::*field) {
  return choice_key<T>(std::move(name), std::move(choices),
                       [field](T value, Options* options) { options->*field = value; });
}

class ConfigReader {
 public:
  ConfigReader(std::string path, Options options)
      : path_(std::move(path)), directory_(fs::path(path_).parent_path()),
        options_(std::move(options)) {}

  Status apply(const toml::table& table) {
    // Anchored include/exclude patterns are relative to this file's directory.
    options_.glob_root = directory_.empty() ? "." : directory_.generic_string();
    // The preset first: the keys after it refine what it sets.
    if (auto preset = table.find("preset"); preset != table.end()) {
      const toml::node& node = preset->second;
      const auto* name = node.as_string();
      if (name == nullptr || !apply_preset(name->get(), &options_).ok()) {
        return error_at(preset->first, "'preset' must be one of \"default\", \"sklearn\", not " +
                                           describe_value(node));
      }
      keys_.push_back({"preset", preset->first.source().begin.line});
    }
    const std::vector<KeySpec> specs = top_level_keys();
    for (const auto& [key, node] : in_file_order(table)) {
      if (key->str() == "preset") continue;
      Status status = key->str() == "rules" ? apply_rules(*key, *node)
                                            : apply_key(specs, *key, *node, "");
      if (!status.ok()) return status;
      if (key->str() != "rules") keys_.push_back({std::string(key->str()), key->source().begin.line});
    }
    Status valid = check_options(options_);
    if (!valid.ok()) {
      Error error = valid.error();
      error.path = path_;
      return error;
    }
    return Status();
  }

  const Options& options() const { return options_; }
  const std::vector<ConfigKey>& keys() const { return keys_; }

 private:
  using Entry = std::pair<const toml::key*, const toml::node*>;

  // toml::table iterates by key; messages should come in the file's order.
  static std::vector<Entry> in_file_order(const toml::table& table) {
    std::vector<Entry> entries;
    for (const auto& [key, node] : table) entries.emplace_back(&key, &node);
    std::stable_sort(entries.begin(), entries.end(), [](const Entry& a, const Entry& b) {
      const auto& x = a.first->source().begin;
      const auto& y = b.first->source().begin;
      return std::make_pair(x.line, x.column) < std::make_pair(y.line, y.column);
    });
    return entries;
  }

  Error error_at(const toml::key& key, std::string message) const {
    Error error;
    error.path = path_;
    error.line = key.source().begin.line;
    error.message = std::move(message);
    return error;
  }

  Error unknown_key(const std::vector<KeySpec>& specs, const toml::key& key,
                    const std::string& where) const {
    std::string message = "unknown key '" + std::string(key.str()) + "'" + where;
    for (const KeySpec& spec : specs) {
      if (fold_key(spec.name) == fold_key(key.str())) {
        message += " (did you mean '" + spec.name + "'?)";
        break;
      }
    }
    return error_at(key, message);
  }

  // Applies one key through its spec. A value that breaks check_options()
  // (and did not before) is this key's fault: report it here, at its line.
  Status apply_key(const std::vector<KeySpec>& specs, const toml::key& key,
                   const toml::node& node, const std::string& where) {
    const auto spec = std::find_if(specs.begin(), specs.end(),
                                   [&key](const KeySpec& s) { return s.name == key.str(); });
    if (spec == specs.end()) return unknown_key(specs, key, where);
    // On failure options_ may be half-written; apply_config() drops it.
    const bool was_valid = check_options(options_).ok();
    if (!spec->apply(node, &options_) || (was_valid && !check_options(options_).ok())) {
      if (spec->explain) return error_at(key, spec->explain(node));
      return error_at(key, "'" + spec->name + "' must be " + spec->expects + ", not " +
                               describe_value(node));
    }
    return Status();
  }

  Status apply_rules(const toml::key& rules_key, const toml::node& node) {
    const toml::table* rules = node.as_table();
    if (rules == nullptr) {
      return error_at(rules_key, "'rules' must be a table, not " + describe_value(node));
    }
    const std::vector<KeySpec> names = {{"restated-paragraph", "", {}},
                                        {"restated-sentence", "", {}},
                                        {"repeated-phrase", "", {}},
                                        {"echo", "", {}},
                                        {"overused-word", "", {}},
                                        {"boilerplate", "", {}},
                                        {"doubled-word", "", {}},
                                        {"mirrored-page", "", {}}};
    for (const auto& [key, rule_node] : in_file_order(*rules)) {
      RuleSettings* settings = nullptr;
      if (key->str() == "restated-paragraph") settings = &options_.restated_paragraph;
      if (key->str() == "restated-sentence") settings = &options_.restated_sentence;
      if (key->str() == "repeated-phrase") settings = &options_.repeated_phrase;
      if (key->str() == "echo") settings = &options_.echo;
      if (key->str() == "overused-word") settings = &options_.overused_word;
      if (key->str() == "boilerplate") settings = &options_.boilerplate;
      if (key->str() == "doubled-word") settings = &options_.doubled_word;
      if (key->str() == "mirrored-page") settings = &options_.mirrored_page;
      if (settings == nullptr) {
        return unknown_key(names, *key,
                           " in [rules] (rules: restated-paragraph, restated-sentence, "
                           "repeated-phrase, echo, overused-word, boilerplate, doubled-word, "
                           "mirrored-page)");
      }
      const std::string table_name = "rules." + std::string(key->str());
      const toml::table* rule = rule_node->as_table();
      if (rule == nullptr) {
        return error_at(*key, "'" + table_name + "' must be a table, not " +
                                  describe_value(*rule_node));
      }
      const std::vector<KeySpec> specs = rule_keys(settings);
      for (const auto& [rule_key, value] : in_file_order(*rule)) {
        Status status = apply_key(specs, *rule_key, *value,
                                  " in [" + table_name + "] (keys: enabled, severity)");
        if (!status.ok()) return status;
        keys_.push_back({table_name + "." + std::string(rule_key->str()),
                         rule_key->source().begin.line});
      }
    }
    return Status();
  }

  static std::vector<KeySpec> rule_keys(RuleSettings* settings) {
    return {
        {"enabled", "true or false",
         [settings](const toml::node& node, Options*) {
           const auto* boolean = node.as_boolean();
           if (boolean == nullptr) return false;
           settings->enabled = boolean->get();
           return true;
         }},
        {"severity", "one of \"error\", \"warning\", \"info\"",
         [settings](const toml::node& node, Options*) {
           const auto* name = node.as_string();
           return name != nullptr && parse_severity(name->get(), &settings->severity);
         }},
    };
  }

  // A list of non-empty strings (`what`: "glob strings", "names"), each
  // checked where it stands.
  static KeySpec strings_key(std::string name, std::string what,
                             std::vector<std::string> Options::*field) {
    return {name, "an array of " + what,
            [field](const toml::node& node, Options* options) {
              const toml::array* array = node.as_array();
              if (array == nullptr) return false;
              std::vector<std::string> globs;
              for (const toml::node& element : *array) {
                const auto* text = element.as_string();
                if (text == nullptr || text->get().empty()) return false;
                globs.push_back(text->get());
              }
              options->*field = std::move(globs);
              return true;
            },
            [name, what](const toml::node& node) {
              if (const toml::array* array = node.as_array()) {
                for (const toml::node& element : *array) {
                  const auto* text = element.as_string();
                  if (text == nullptr || text->get().empty()) {
                    return "'" + name + "' must hold non-empty " + what + ", not " +
                           describe_value(element);
                  }
                }
              }
              return "'" + name + "' must be an array of " + what + ", not " + describe_value(node);
            }};
  }

  // Every key here is also in describe_settings() (settings.cc), for `twice config`.
  std::vector<KeySpec> top_level_keys() const {
    const fs::path directory = directory_;
    return {
        number_key("threshold", "(0, 1]", &Options::threshold),
        integer_key("min_words", &Options::min_words),
        enum_key<ParagraphMode>("paragraphs",
                                {{"auto", ParagraphMode::kAuto},
                                 {"blank-line", ParagraphMode::kBlankLine},
                                 {"line", ParagraphMode::kLine}},
                                &Options::paragraphs),
        enum_key<InputFormat>("input_format",
                              {{"auto", InputFormat::kAuto},
                               {"text", InputFormat::kText},
                               {"markdown", InputFormat::kMarkdown}},
                              &Options::input_format),
        path_key("stopwords", "\"auto\", \"none\", a language code or the path of a word list",
                 &Options::stopwords, directory,
                 [](const std::string& value) {
                   return value == "auto" || value == "none" ||
                          text::shipped_stop_words(value) != nullptr;
                 }),
        {"stemmer", "\"auto\", \"none\" or a Snowball stemmer (english, french, german, ...)",
         [](const toml::node& node, Options* options) {
           const auto* text = node.as_string();
           if (text == nullptr || !text::check_stemmer(text->get()).ok()) return false;
           options->stemmer = text->get();
           return true;
         }},
        path_key("baseline", "the path of a baseline file", &Options::baseline, directory,
                 [](const std::string&) { return false; }),
        {"language", "\"auto\", \"none\" or a language code",
         [](const toml::node& node, Options* options) {
           const auto* text = node.as_string();
           if (text == nullptr || !text::check_language(text->get()).ok()) return false;
           options->language = text->get();
           return true;
         },
         [](const toml::node& node) {
           const auto* text = node.as_string();
           if (text == nullptr) return "'language' must be a string, not " + describe_value(node);
           return "language " + describe_value(node) + ": " +
                  text::check_language(text->get()).error().message;
         }},
        enum_key<TermFrequency>("tf",
                                {{"raw", TermFrequency::kRaw},
                                 {"sublinear", TermFrequency::kSublinear},
                                 {"bm25", TermFrequency::kBm25}},
                                &Options::tf),
        path_key("idf_background", "\"none\", \"en\" or the path of a background table",
                 &Options::idf_background, directory,
                 [](const std::string& value) { return value == "none" || value == "en"; }),
        number_key("bm25_k1", "(0, inf)", &Options::bm25_k1),
        number_key("bm25_b", "[0, 1]", &Options::bm25_b),
        number_key("stopword_weight", "[0, 1]", &Options::stopword_weight),
        bool_key("word_bigrams", &Options::word_bigrams),
        {"char_ngrams", "\"LOW-HIGH\", \"N\" or \"0\" (code points, 1 <= LOW <= HIGH <= 10)",
         [](const toml::node& node, Options* options) {
           const auto* text = node.as_string();
           return text != nullptr && parse_ngram_range(text->get(), &options->char_ngrams);
         }},
        enum_key<InverseDocumentFrequency>("idf",
                                           {{"smooth", InverseDocumentFrequency::kSmooth},
                                            {"plain", InverseDocumentFrequency::kPlain}},
                                           &Options::idf),
        number_key("paragraph_threshold", "(0, 1]", &Options::paragraph_threshold),
        number_key("paragraph_coverage", "[0, 1]", &Options::paragraph_coverage),
        number_key("paragraph_floor", "(0, 1]", &Options::paragraph_floor),
        bool_key("require_evidence", &Options::require_evidence),
        bool_key("strict_sentences", &Options::strict_sentences),
        number_key("strict_threshold", "(0, 1]", &Options::strict_threshold),
        integer_key("min_shared_terms", &Options::min_shared_terms),
        integer_key("shared_terms_alone", &Options::shared_terms_alone),
        integer_key("copied_run", &Options::copied_run, 1),
        number_key("support_threshold", "(0, 1]", &Options::support_threshold),
        integer_key("support_run", &Options::support_run, 1),
        integer_key("paragraph_min_outside_terms", &Options::paragraph_min_outside_terms),
        integer_key("paragraph_min_outside_run", &Options::paragraph_min_outside_run),
        integer_key("boilerplate_min_count", &Options::boilerplate_min_count, 3),
        integer_key("mirror_min_sentences", &Options::mirror_min_sentences, 2),
        number_key("boilerplate_threshold", "(0, 1]", &Options::boilerplate_threshold),
        bool_key("compare_headings", &Options::compare_headings),
        bool_key("compare_lists", &Options::compare_lists),
        bool_key("compare_changelogs", &Options::compare_changelogs),
        bool_key("compare_glossaries", &Options::compare_glossaries),
        bool_key("compare_entries", &Options::compare_entries),
        bool_key("all_pairs", &Options::all_pairs),
        bool_key("suppressed_as_source", &Options::suppressed_as_source),
        bool_key("respect_gitignore", &Options::respect_gitignore),
        integer_key("max_matches", &Options::max_matches),
        integer_key("max_findings", &Options::max_findings),
        integer_key("jobs", &Options::jobs),
        integer_key("max_file_size", &Options::max_file_bytes),
        integer_key("max_line_length", &Options::max_line_bytes),
        number_key("timeout", "[0, inf) (seconds)", &Options::timeout_seconds),
        integer_key("phrase_min_words", &Options::phrase_min_words, 2),
        integer_key("phrase_min_content_words", &Options::phrase_min_content_words, 1),
        integer_key("phrase_min_count", &Options::phrase_min_count, 2),
        integer_key("echo_window", &Options::echo_window, 1),
        integer_key("echo_min_length", &Options::echo_min_length, 1),
        integer_key("echo_common_words", &Options::echo_common_words),
        number_key("echo_topic_rate", "(0, 1]", &Options::echo_topic_rate),
        integer_key("overused_min_count", &Options::overused_min_count, 2),
        number_key("overused_min_ratio", "(0, inf)", &Options::overused_min_ratio),
        integer_key("overused_max", &Options::overused_max_per_document),
        strings_key("include", "glob strings", &Options::include),
        strings_key("exclude", "glob strings", &Options::exclude),
        strings_key("code_shortcodes", "names", &Options::code_shortcodes),
        strings_key("prose_directives", "names", &Options::prose_directives),
        enum_key<FailOn>("fail_on",
                         {{"error", FailOn::kError},
                          {"warning", FailOn::kWarning},
                          {"info", FailOn::kInfo},
                          {"never", FailOn::kNever}},
                         &Options::fail_on),
        // Listed so that near misses ("Preset") get a suggestion; apply()
        // handles both before this table is consulted.
        {"preset", "", {}},
        {"rules", "", {}},
    };
  }

  std::string path_;
  fs::path directory_;
  Options options_;
  std::vector<ConfigKey> keys_;
};

}  // namespace

std::string find_config(const std::string& directory) {
  std::error_code error;
  fs::path at = fs::absolute(directory, error).lexically_normal();
  if (error) return std::string();
  if (!at.has_filename() && at.has_relative_path()) at = at.parent_path();  // "a/b/" -> "a/b"
  for (;;) {
    const fs::path candidate = at / kConfigName;
    if (fs::is_regular_file(candidate, error)) return candidate.string();
    if (!at.has_relative_path()) return std::string();  // at the root
    at = at.parent_path();
  }
}

std::string find_config_for(const std::string& path) {
  std::error_code error;
  const fs::path given = path.empty() ? fs::path(".") : fs::path(path);
  const fs::path directory =
      fs::is_directory(given, error) ? given : given.parent_path().empty() ? "." : given.parent_path();
  const std::string found = find_config(directory.string());
  if (found.empty()) return found;
  const fs::path cwd = fs::current_path(error);
  if (error) return found;
  const fs::path relative = fs::path(found).lexically_relative(cwd);
  if (relative.empty() || *relative.begin() == "..") return found;
  return relative.generic_string();
}

Status apply_config(const std::string& path, Options* options) {
  return apply_config(path, options, nullptr);
}

Status apply_config(const std::string& path, Options* options, std::vector<ConfigKey>* keys) {
  std::ifstream in(path, std::ios::binary);
  Error error;
  error.path = path;
  if (!in) {
    error.message = std::string("cannot open: ") + std::strerror(errno);
    return error;
  }
  std::ostringstream bytes;
  bytes << in.rdbuf();
  if (in.bad()) {
    error.message = std::string("cannot read: ") + std::strerror(errno);
    return error;
  }
  toml::table table;
  try {
    table = toml::parse(bytes.str(), std::string(path));
  } catch (const toml::parse_error& parse_error) {
    error.line = parse_error.source().begin.line;
    error.message = "invalid TOML: " + std::string(parse_error.description());
    return error;
  }
  ConfigReader reader(path, *options);
  Status status = reader.apply(table);
  if (!status.ok()) return status;
  *options = reader.options();
  if (keys != nullptr) *keys = reader.keys();
  return Status();
}

}  // namespace twice
