// read_sources(): paths -> bytes. Directories expand to their text files in
// sorted order; symbolic links to directories are not followed, so a link
// loop cannot trap the walk.
#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <sstream>

#include "twice/analyze.h"

namespace twice {
namespace {

namespace fs = std::filesystem;

Error path_error(const std::string& path, const std::string& message) {
  Error error;
  error.path = path;
  error.message = message;
  return error;
}

bool is_text_file_name(const fs::path& path) {
  std::string extension = path.extension().string();
  std::transform(extension.begin(), extension.end(), extension.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return extension == ".txt" || extension == ".md" || extension == ".markdown";
}

Result<std::string> read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return path_error(path, std::string("cannot open: ") + std::strerror(errno));
  std::ostringstream bytes;
  bytes << in.rdbuf();
  if (in.bad()) return path_error(path, std::string("cannot read: ") + std::strerror(errno));
  return bytes.str();
}

Result<std::vector<std::string>> text_files_under(const std::string& directory) {
  std::vector<std::string> files;
  std::error_code error;
  fs::recursive_directory_iterator it(directory, fs::directory_options::none, error);
  for (; !error && it != fs::recursive_directory_iterator(); it.increment(error)) {
    std::error_code type_error;
    if (it->is_regular_file(type_error) && is_text_file_name(it->path())) {
      files.push_back(it->path().generic_string());
    }
  }
  if (error) return path_error(directory, "cannot list directory: " + error.message());
  if (files.empty()) {
    return path_error(directory, "no text files (*.txt, *.md, *.markdown) in this directory");
  }
  std::sort(files.begin(), files.end());
  return files;
}

}  // namespace

Result<std::vector<Source>> read_sources(const std::vector<std::string>& paths) {
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
      auto listed = text_files_under(path);
      if (!listed.ok()) return listed.error();
      files = std::move(listed).value();
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
