// `twice config`: the settings of a run as .twice.toml lines, each with
// where its value came from.
#ifndef TWICE_CLI_SHOW_CONFIG_H_
#define TWICE_CLI_SHOW_CONFIG_H_

#include <functional>
#include <ostream>
#include <string>
#include <vector>

#include "twice/config.h"
#include "twice/options.h"

namespace twice::cli {

// What a run's settings were made of.
struct SettingSources {
  std::string config_file;                // the settings file read; empty: none
  std::vector<ConfigKey> config_keys;     // the keys it set, with their lines
  std::string preset;                     // --preset's value, when given_flag("--preset")
  // Whether the command line gave this flag ("--threshold").
  std::function<bool(const std::string& flag)> given_flag;
};

// The command-line flag that sets a settings key: "min_words" ->
// "--min-words", "rules.echo.enabled" -> "--echoes".
std::string flag_of_key(const std::string& key);

// Writes every setting of `options` (describe_settings()) as a TOML line,
// padded, then "# default", "# FILE:LINE", "# command line (--flag)" or
// "# preset" (a value the preset set); a comment header names the settings
// file, the patterns' anchor and a preset.
void write_settings(const Options& options, const SettingSources& sources, std::ostream& out);

}  // namespace twice::cli

#endif  // TWICE_CLI_SHOW_CONFIG_H_
