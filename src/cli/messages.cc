#include "messages.h"

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <regex>
#include <sstream>

namespace twice::cli {
namespace {

std::string lower(std::string text) {
  for (char& c : text) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return text;
}

// "a, b or c"
std::string listed(const std::vector<std::string>& names) {
  std::string out;
  for (std::size_t i = 0; i < names.size(); ++i) {
    out += (i == 0 ? "" : i + 1 == names.size() ? " or " : ", ") + names[i];
  }
  return out;
}

// `text` cut into lines of at most `width` characters at spaces (a longer
// word keeps its own line).
std::vector<std::string> wrapped(const std::string& text, std::size_t width) {
  std::vector<std::string> lines;
  std::istringstream paragraphs(text);
  for (std::string paragraph; std::getline(paragraphs, paragraph);) {
    std::istringstream words(paragraph);
    std::string line;
    for (std::string word; words >> word;) {
      if (!line.empty() && line.size() + 1 + word.size() > width) {
        lines.push_back(line);
        line.clear();
      }
      line += (line.empty() ? "" : " ") + word;
    }
    lines.push_back(line);
  }
  return lines;
}

// Levenshtein distance, for suggesting the option a typo meant.
std::size_t distance(const std::string& a, const std::string& b) {
  std::vector<std::size_t> row(b.size() + 1);
  for (std::size_t j = 0; j <= b.size(); ++j) row[j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    std::size_t diagonal = row[0];
    row[0] = i;
    for (std::size_t j = 1; j <= b.size(); ++j) {
      const std::size_t above = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
      diagonal = above;
    }
  }
  return row[b.size()];
}

// The option of `command` nearest to `word` ("--thresold" -> "--threshold"),
// or "" when none is close: at most 2 edits, and fewer than a third of it.
std::string nearest_option(const CLI::App& command, const std::string& word) {
  std::string best;
  std::size_t best_distance = 3;
  for (const CLI::Option* option : command.get_options()) {
    std::vector<std::string> names;
    for (const std::string& name : option->get_lnames()) names.push_back("--" + name);
    for (const std::string& name : option->get_fnames()) names.push_back("--" + name);
    for (const std::string& name : names) {
      const std::size_t edits = distance(word, name);
      if (edits < best_distance && edits * 3 < word.size()) {
        best = name;
        best_distance = edits;
      }
    }
  }
  return best;
}

bool known_option(const CLI::App& command, const std::string& word) {
  for (const CLI::Option* option : command.get_options()) {
    if (option->check_name(word)) return true;
  }
  return false;
}

}  // namespace

HelpFormatter::HelpFormatter() { column_width(30); }

std::string HelpFormatter::make_option(const CLI::Option* option, bool is_positional) const {
  static const std::regex kFlagValue(R"(\{(true|false)\})");
  // "-o,--output" -> "-o, --output"; only the names, not the value's description.
  std::string name = std::regex_replace(make_option_name(option, is_positional), kFlagValue, "");
  name = "  " + std::regex_replace(name, std::regex(","), ", ") + make_option_opts(option);
  const std::size_t indent = get_column_width();
  std::string out = name;
  std::vector<std::string> lines = wrapped(make_option_desc(option), kHelpWidth - indent);
  if (lines.empty() || lines.front().empty()) return out + "\n";
  if (name.size() >= indent) {
    out += "\n" + std::string(indent, ' ');
  } else {
    out += std::string(indent - name.size(), ' ');
  }
  for (std::size_t i = 0; i < lines.size(); ++i) {
    out += (i == 0 ? "" : std::string(indent, ' ')) + lines[i] + "\n";
  }
  return out;
}

std::string HelpFormatter::make_usage(const CLI::App* app, std::string name) const {
  if (app->get_parent() != nullptr) return CLI::Formatter::make_usage(app, std::move(name));
  return "Usage: twice [check] [OPTIONS] PATH...    (check is the default command)\n"
         "       twice segment [OPTIONS] PATH...\n"
         "       twice similarity [OPTIONS] PAIRS.tsv\n";
}

std::string help_footer(const std::string& command) {
  if (command == "segment") {
    return "Exit codes:\n"
           "  0  ran\n"
           "  2  usage error, or an unreadable or invalid input file\n"
           "\n"
           "Examples:\n"
           "  twice segment draft.md                  paragraphs, sentences and terms as text\n"
           "  twice segment --format json draft.md    the same as JSON (twice-segments/1)";
  }
  if (command == "similarity") {
    return "Exit codes:\n"
           "  0  ran\n"
           "  2  usage error, or an unreadable or invalid pair file\n"
           "\n"
           "Examples:\n"
           "  twice similarity pairs.tsv                    one score a line\n"
           "  twice similarity --columns 2 3 pairs.tsv      compare the 2nd and 3rd fields";
  }
  return "Exit codes:\n"
         "  0  ran; no finding at or above --fail-on (default: warning)\n"
         "  1  ran; findings at or above --fail-on\n"
         "  2  usage error, or an unreadable or invalid input file\n"
         "\n"
         "Examples:\n"
         "  twice draft.md                               report restatements in one draft\n"
         "  twice --format sarif -o twice.sarif docs/    a docs tree, as SARIF for code scanning";
}

CLI::Validator one_of(const std::vector<std::string>& names) {
  return CLI::Validator(
      [names](std::string& text) {
        const std::string name = lower(text);
        if (std::find(names.begin(), names.end(), name) != names.end()) {
          text = name;
          return std::string();
        }
        return "invalid value '" + text + "': expected " + listed(names);
      },
      "");
}

CLI::Validator unit_interval(bool zero_allowed) {
  return CLI::Validator(
      [zero_allowed](std::string& text) {
        char* end = nullptr;
        const double value = std::strtod(text.c_str(), &end);
        const bool number = !text.empty() && *end == '\0';
        if (number && (zero_allowed ? value >= 0 : value > 0) && value <= 1) return std::string();
        return std::string(zero_allowed ? "must be in [0, 1]" : "must be in (0, 1]") +
               ", not '" + text + "'";
      },
      "");
}

CLI::Validator at_least(long low, bool integer) {
  return CLI::Validator(
      [low, integer](std::string& text) {
        char* end = nullptr;
        const double value = integer ? static_cast<double>(std::strtol(text.c_str(), &end, 10))
                                     : std::strtod(text.c_str(), &end);
        const bool number = !text.empty() && *end == '\0';
        if (number && value >= static_cast<double>(low)) return std::string();
        return std::string("must be ") + (integer ? "an integer " : "") +
               ">= " + std::to_string(low) + ", not '" + text + "'";
      },
      "");
}

CLI::Validator above(double low) {
  return CLI::Validator(
      [low](std::string& text) {
        char* end = nullptr;
        const double value = std::strtod(text.c_str(), &end);
        if (!text.empty() && *end == '\0' && value > low) return std::string();
        std::ostringstream bound;
        bound << low;
        return "must be > " + bound.str() + ", not '" + text + "'";
      },
      "");
}

CLI::Validator size_value() {
  const CLI::AsSizeValue bytes(true);
  return CLI::Validator(
      [bytes](std::string& text) {
        const std::string given = text;
        try {
          if (bytes(text).empty()) return std::string();
        } catch (const CLI::Error&) {
          // CLI11 throws for an unknown unit: say it our way below.
        }
        text = given;
        return "invalid value '" + given +
               "': expected a size in bytes, or with a unit (500kB, 32MiB)";
      },
      "");
}

std::string error_message(const CLI::App& command, const CLI::ParseError& error,
                          const std::vector<std::string>& words) {
  const std::string what = error.what();
  if (dynamic_cast<const CLI::ExtrasError*>(&error) != nullptr) {
    for (const std::string& word : words) {
      const bool option_like = word.size() >= 2 && word[0] == '-' &&
                               !std::isdigit(static_cast<unsigned char>(word[1])) &&
                               word[1] != '.';
      if (!option_like) continue;
      const std::string name = word.substr(0, word.find('='));
      if (known_option(command, name)) continue;
      const std::string suggestion = nearest_option(command, name);
      return "unknown option '" + name + "'" +
             (suggestion.empty() ? std::string() : ": did you mean " + suggestion + "?");
    }
    return what;
  }
  if (dynamic_cast<const CLI::RequiredError*>(&error) != nullptr &&
      what.rfind("paths is required", 0) == 0) {
    return kNoPaths;
  }
  // CLI11 writes a failed check as "--name: MESSAGE".
  static const std::regex kInvalid(R"(^(-[-\w]+): invalid value '(.*)': (expected .*)$)");
  static const std::regex kRange(R"(^(-[-\w]+): (must be .*)$)");
  std::smatch match;
  if (std::regex_match(what, match, kInvalid)) {
    return "invalid value '" + match[2].str() + "' for " + match[1].str() + ": " + match[3].str();
  }
  if (std::regex_match(what, match, kRange)) return match[1].str() + " " + match[2].str();
  return what;
}

}  // namespace twice::cli
