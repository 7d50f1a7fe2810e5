// What the command line says to people: help that fits 100 columns, value
// checks whose messages name the option, and parse errors in plain words
// ("invalid value 'warn' for --fail-on: expected error, warning, info or
// never", "unknown option '--thresold': did you mean --threshold?").
//
// CLI11 reports a failed check as "NAME: MESSAGE"; the checks here write
// MESSAGE so that error_message() can turn it into one sentence.
#ifndef TWICE_CLI_MESSAGES_H_
#define TWICE_CLI_MESSAGES_H_

#include <CLI/CLI.hpp>

#include <string>
#include <utility>
#include <vector>

namespace twice::cli {

// Help no wider than kHelpWidth: descriptions wrapped under one another,
// negatable flags shown as "--phrases, --no-phrases" (CLI11 prints
// "--no-phrases{false}", which reads as off by default), the top-level
// usage naming the default command.
constexpr std::size_t kHelpWidth = 100;
class HelpFormatter : public CLI::Formatter {
 public:
  HelpFormatter();
  std::string make_option(const CLI::Option* option, bool is_positional) const override;
  std::string make_usage(const CLI::App* app, std::string name) const override;
};

// Accepts one of `names` (any case; passed on in lower case). Numbers are
// refused like any other word that is not a name.
CLI::Validator one_of(const std::vector<std::string>& names);

// For options bound to an enum: accepts a name of `choices` (any case) and
// passes its value on; anything else, numbers included, is refused.
template <typename Enum>
CLI::Validator enum_names(const std::vector<std::pair<std::string, Enum>>& choices) {
  std::vector<std::string> names;
  for (const auto& choice : choices) names.push_back(choice.first);
  CLI::Validator names_only = one_of(names);
  return CLI::Validator(
      [names_only, choices](std::string& text) {
        std::string message = names_only(text);
        for (const auto& [name, value] : choices) {
          if (message.empty() && name == text) text = std::to_string(static_cast<int>(value));
        }
        return message;
      },
      "");
}

// Number checks: "must be in (0, 1]" (zero_allowed: "[0, 1]"), "must be >=
// LOW", "must be > LOW"; `integer` also refuses fractions.
CLI::Validator unit_interval(bool zero_allowed);
CLI::Validator at_least(long low, bool integer = true);
CLI::Validator above(double low);
// A size in bytes, or with a unit (500kB is 500,000, 32MiB 33,554,432),
// passed on in bytes.
CLI::Validator size_value();

// One plain sentence for a parse error of `command` (the subcommand that was
// being parsed, or the top-level app): the option named first, the nearest
// known option suggested for an unknown one.
std::string error_message(const CLI::App& command, const CLI::ParseError& error,
                          const std::vector<std::string>& words);

// What `twice` with nothing to check says before its help.
inline constexpr const char* kNoPaths =
    "no PATH given: name the files or directories to check, or - for standard input";

// The end of each command's help: exit codes and two examples. `command`:
// "check" (and the top level), "segment" or "similarity".
std::string help_footer(const std::string& command);

}  // namespace twice::cli

#endif  // TWICE_CLI_MESSAGES_H_
