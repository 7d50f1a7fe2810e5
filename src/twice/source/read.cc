// read_sources(): paths -> bytes. Directories expand to the files that
// select_files() selects (source/select.h), in sorted order; files named
// explicitly and "-" (standard input) are always read.
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <sstream>

#include "twice/analyze.h"
#include "twice/source/select.h"

namespace twice {
namespace {

namespace fs = std::filesystem;

Error path_error(const std::string& path, const std::string& message) {
  Error error;
  error.path = path;
  error.message = message;
  return error;
}

Result<std::string> read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return path_error(path, std::string("cannot open: ") + std::strerror(errno));
  std::ostringstream bytes;
  bytes << in.rdbuf();
  if (in.bad()) return path_error(path, std::string("cannot read: ") + std::strerror(errno));
  return bytes.str();
}

// "include: **/*.txt, **/*.md; exclude: drafts/**; .gitignore respected"
std::string selection_rules(const Options& options) {
  auto join = [](const std::vector<std::string>& globs) {
    std::string out;
    for (const std::string& glob : globs) out += (out.empty() ? "" : ", ") + glob;
    return out;
  };
  std::string rules = "include: " + join(options.include);
  if (!options.exclude.empty()) rules += "; exclude: " + join(options.exclude);
  if (options.respect_gitignore) rules += "; .gitignore respected";
  return rules;
}

}  // namespace

Result<std::vector<Source>> read_sources(const std::vector<std::string>& paths,
                                         const Options& options) {
  std::vector<Source> sources;
  for (const std::string& path : paths) {
    if (path == "-") {
      std::string bytes{std::istreambuf_iterator<char>(std::cin),
                        std::istreambuf_iterator<char>()};
      if (std::cin.bad()) return path_error("<stdin>", "cannot read standard input");
      sources.push_back({"<stdin>", std::move(bytes)});
      continue;
    }
    std::error_code error;
    const fs::file_status status = fs::status(path, error);
    if (error || !fs::exists(status)) return path_error(path, "no such file or directory");
    std::vector<std::string> files;
    if (fs::is_directory(status)) {
      auto listed = select_files(path, options);
      if (!listed.ok()) return listed.error();
      files = std::move(listed).value();
      if (files.empty()) {
        return path_error(path, "no text files in this directory (" +
                                    selection_rules(options) + ")");
      }
    } else {
      files.push_back(path);
    }
    for (const std::string& file : files) {
      auto bytes = read_file(file);
      if (!bytes.ok()) return bytes.error();
      sources.push_back({file, std::move(bytes).value()});
    }
  }
  return sources;
}

}  // namespace twice
