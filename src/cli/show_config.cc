#include "show_config.h"

#include <cstdint>
#include <map>

namespace twice::cli {

std::string flag_of_key(const std::string& key) {
  static const std::map<std::string, std::string> kSpecial = {
      {"respect_gitignore", "--no-gitignore"},
      {"require_evidence", "--evidence"},
      {"rules.repeated-phrase.enabled", "--phrases"},
      {"rules.echo.enabled", "--echoes"},
      {"rules.overused-word.enabled", "--overused"},
      {"rules.boilerplate.enabled", "--boilerplate"},
      {"rules.doubled-word.enabled", "--doubled-words"},
      {"rules.mirrored-page.enabled", "--mirrored-pages"},
  };
  if (const auto special = kSpecial.find(key); special != kSpecial.end()) return special->second;
  std::string flag = "--" + key;
  for (char& c : flag) c = c == '_' ? '-' : c;
  return flag;
}

void write_settings(const Options& options, const SettingSources& sources, std::ostream& out) {
  std::map<std::string, std::int64_t> line_of;
  for (const ConfigKey& key : sources.config_keys) line_of[key.key] = key.line;
  std::map<std::string, std::string> default_value;
  for (const Setting& setting : describe_settings(Options())) {
    default_value[setting.key] = setting.value;
  }
  // A value neither given nor in the file that differs from the default
  // is the preset's.
  const auto origin = [&](const Setting& setting) {
    const std::string flag = flag_of_key(setting.key);
    if (sources.given_flag(flag)) return "command line (" + flag + ")";
    const auto line = line_of.find(setting.key);
    if (line != line_of.end()) return sources.config_file + ":" + std::to_string(line->second);
    return std::string(setting.value == default_value[setting.key] ? "default" : "preset");
  };
  out << "# settings file: " << (sources.config_file.empty() ? "none" : sources.config_file)
      << "\n";
  if (!options.glob_root.empty()) {
    out << "# include/exclude patterns with a '/' are anchored at: " << options.glob_root << "\n";
  }
  if (sources.given_flag("--preset")) {
    out << "# preset \"" << sources.preset << "\" applied (command line (--preset))\n";
  } else if (line_of.count("preset") > 0) {
    out << "# preset applied (" << sources.config_file << ":" << line_of["preset"] << ")\n";
  }
  std::string table;
  for (const Setting& setting : describe_settings(options)) {
    std::string key = setting.key;
    if (key.rfind("rules.", 0) == 0) {  // [rules.<kind>] tables, after the plain keys
      const std::size_t dot = key.rfind('.');
      if (key.substr(0, dot) != table) {
        table = key.substr(0, dot);
        out << "\n[" << table << "]\n";
      }
      key = key.substr(dot + 1);
    }
    std::string line = setting.value.empty() ? "# " + key + " (none)" : key + " = " + setting.value;
    if (line.size() < 39) line.resize(39, ' ');
    out << line << " # " << origin(setting) << "\n";
  }
}

}  // namespace twice::cli
