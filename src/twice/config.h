// The configuration file: .twice.toml.
//
// A project keeps its settings in .twice.toml, found by walking up from the
// working directory, or names a file with --config. Every key maps to a
// field of Options (README "Configuration" lists them with their defaults);
// command-line options win over the file. Unknown keys and bad values are
// errors naming the file, the line and the key.
#ifndef TWICE_CONFIG_H_
#define TWICE_CONFIG_H_

#include <cstdint>
#include <string>
#include <vector>

#include "twice/options.h"
#include "twice/status.h"

namespace twice {

// The nearest .twice.toml in `directory` or one of its parents; empty when
// there is none.
std::string find_config(const std::string& directory);

// The settings file for a path given on the command line: the nearest
// .twice.toml in the directory itself (a directory) or in the file's
// directory, or in one of their parents. Relative to the working directory
// when it lies inside it ("samples/docs-site/.twice.toml"), absolute
// otherwise; empty when there is none.
std::string find_config_for(const std::string& path);

// Applies the file's settings onto *options (fields it does not set keep
// their values) and sets Options::glob_root to the file's directory. On
// error *options is unchanged.
Status apply_config(const std::string& path, Options* options);

// A key the file set, and its line: "threshold", "rules.echo.severity".
struct ConfigKey {
  std::string key;
  std::int64_t line = 0;
};

// The same, also listing the keys the file set, in file order.
Status apply_config(const std::string& path, Options* options, std::vector<ConfigKey>* keys);

// One setting as .twice.toml writes it: key and TOML value ("0.5",
// "\"auto\"", "[\"**/*.md\"]"); the value is empty for an unset path
// (baseline).
struct Setting {
  std::string key;
  std::string value;
};

// Every key of README "Configuration" with its value in `options`, in the
// README's order; rule keys last, as "rules.<kind>.enabled" / ".severity".
std::vector<Setting> describe_settings(const Options& options);

}  // namespace twice

#endif  // TWICE_CONFIG_H_
