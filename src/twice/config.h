// The configuration file: .twice.toml.
//
// A project keeps its settings in .twice.toml, found by walking up from the
// working directory, or names a file with --config. Every key maps to a
// field of Options (README "Configuration" lists them with their defaults);
// command-line options win over the file. Unknown keys and bad values are
// errors naming the file, the line and the key.
#ifndef TWICE_CONFIG_H_
#define TWICE_CONFIG_H_

#include <string>

#include "twice/options.h"
#include "twice/status.h"

namespace twice {

// The nearest .twice.toml in `directory` or one of its parents; empty when
// there is none.
std::string find_config(const std::string& directory);

// Applies the file's settings onto *options (fields it does not set keep
// their values). On error *options is unchanged.
Status apply_config(const std::string& path, Options* options);

}  // namespace twice

#endif  // TWICE_CONFIG_H_
