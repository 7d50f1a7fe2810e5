// read_sources(): paths -> bytes. Directories expand to the files that
// select_files() selects (source/select.h), in sorted order; files named
// explicitly and "-" (standard input) are always read.
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <iostream>

#include "twice/analyze.h"
#include "twice/source/decode.h"
#include "twice/source/select.h"
#include "twice/util/deadline.h"

namespace twice {
namespace {

namespace fs = std::filesystem;

Error path_error(const std::string& path, const std::string& message) {
  Error error;
  error.path = path;
  error.message = message;
  return error;
}

Error too_large(const std::string& path, long long max_bytes) {
  return path_error(path, "larger than the maximum file size (" + std::to_string(max_bytes) +
                              " bytes)");
}

// Everything `fd` holds, refusing more than `max_bytes` (0: no limit). A
// regular file is refused by its size before a byte is read; a pipe or a
// device (/dev/zero) is read until it passes the limit, never further.
Result<std::string> read_all(int fd, const std::string& path, long long max_bytes) {
  std::string bytes;
  struct stat info {};
  if (::fstat(fd, &info) == 0 && S_ISREG(info.st_mode)) {
    if (max_bytes > 0 && info.st_size > max_bytes) return too_large(path, max_bytes);
    bytes.reserve(static_cast<std::size_t>(info.st_size));
  }
  char buffer[1 << 16];
  for (;;) {
    const ssize_t got = ::read(fd, buffer, sizeof buffer);
    if (got == 0) break;
    if (got < 0) {
      if (errno == EINTR) continue;
      return path_error(path, std::string("cannot read: ") + std::strerror(errno));
    }
    if (max_bytes > 0 && bytes.size() + static_cast<std::size_t>(got) >
                             static_cast<unsigned long long>(max_bytes)) {
      return too_large(path, max_bytes);
    }
    bytes.append(buffer, static_cast<std::size_t>(got));
  }
  return bytes;
}

// Standard input through std::cin (which a caller may have redirected), with
// the same limit.
Result<std::string> read_standard_input(long long max_bytes) {
  std::string bytes;
  char buffer[1 << 16];
  while (std::cin.read(buffer, sizeof buffer) || std::cin.gcount() > 0) {
    const auto got = static_cast<std::size_t>(std::cin.gcount());
    if (max_bytes > 0 && bytes.size() + got > static_cast<unsigned long long>(max_bytes)) {
      return too_large("<stdin>", max_bytes);
    }
    bytes.append(buffer, got);
  }
  if (std::cin.bad()) return path_error("<stdin>", "cannot read standard input");
  return bytes;
}

// `listed`: the file came from a directory listing, so a missing file was
// removed after the listing.
Result<std::string> read_file(const std::string& path, long long max_bytes, bool listed) {
  const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) {
    const int error = errno;
    std::string message = std::string("cannot open: ") + std::strerror(error);
    if (listed && error == ENOENT) message += " (removed after its directory was listed)";
    return path_error(path, message);
  }
  auto bytes = read_all(fd, path, max_bytes);
  ::close(fd);
  return bytes;
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

// Reads every path into *inputs, an error per path or file that cannot be
// read (and, with `decode`, that is no text twice reads: source/decode.h).
// Only the time budget stops it early.
Status read_into(const std::vector<std::string>& paths, const Options& options, bool decode,
                 Inputs* inputs) {
  const util::Deadline deadline(options.timeout_seconds);
  long done = 0;  // files read or refused, for the progress display
  auto add = [&](std::string path, Result<std::string> bytes) {
    if (!bytes.ok()) {
      inputs->errors.push_back(bytes.error());
      return;
    }
    if (decode) {
      Status text = source::check_text(bytes.value(), path);
      if (text.ok()) {
        text = source::check_line_length(bytes.value(), path, options.max_line_bytes);
      }
      if (!text.ok()) {
        inputs->errors.push_back(text.error());
        return;
      }
    }
    inputs->sources.push_back({std::move(path), std::move(bytes).value()});
  };
  for (const std::string& path : paths) {
    if (deadline.passed()) return deadline.error("reading " + path);
    if (path == "-") {
      const std::string name =
          options.stdin_filename.empty() ? "<stdin>" : options.stdin_filename;
      auto bytes = read_standard_input(options.max_file_bytes);
      if (!bytes.ok()) {
        Error error = bytes.error();
        error.path = name;
        bytes = error;
      }
      add(name, std::move(bytes));
      continue;
    }
    std::error_code error;
    const fs::file_status status = fs::status(path, error);
    if (!fs::exists(status)) {
      const bool missing = !error || error == std::errc::no_such_file_or_directory;
      inputs->errors.push_back(
          path_error(path, missing ? "no such file or directory" : error.message()));
      continue;
    }
    std::vector<std::string> files;
    if (fs::is_directory(status)) {
      auto listed = select_files(path, options, &inputs->errors);
      if (!listed.ok()) {
        inputs->errors.push_back(listed.error());
        continue;
      }
      files = std::move(listed).value();
      if (files.empty()) {
        inputs->errors.push_back(path_error(
            path, "no text files in this directory (" + selection_rules(options) + ")"));
        continue;
      }
    } else {
      files.push_back(path);
    }
    const bool listed = fs::is_directory(status);
    std::size_t left = files.size();
    for (const std::string& file : files) {
      if (deadline.passed()) return deadline.error("reading " + file);
      add(file, read_file(file, options.max_file_bytes, listed));
      // The total grows as later paths are listed: it counts what is known.
      --left;
      ++done;
      if (options.progress) options.progress({"reading files", done, done + static_cast<long>(left)});
    }
  }
  return Status();
}

}  // namespace

Result<Inputs> read_inputs(const std::vector<std::string>& paths, const Options& options) {
  Inputs inputs;
  Status read = read_into(paths, options, /*decode=*/true, &inputs);
  if (!read.ok()) return read.error();
  return inputs;
}

Result<std::vector<Source>> read_sources(const std::vector<std::string>& paths,
                                         const Options& options) {
  Inputs inputs;
  Status read = read_into(paths, options, /*decode=*/false, &inputs);
  if (!read.ok()) return read.error();
  if (!inputs.errors.empty()) return inputs.errors.front();
  return std::move(inputs.sources);
}

}  // namespace twice
