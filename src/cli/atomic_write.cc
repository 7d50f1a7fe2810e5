#include "atomic_write.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <vector>

namespace twice::cli {
namespace {

Error write_error(const std::string& path, const char* what) {
  Error error;
  error.path = path;
  error.message = std::string("cannot write output: ") + what + ": " + std::strerror(errno);
  return error;
}

}  // namespace

Status write_atomically(const std::string& path, std::string_view bytes) {
  const auto slash = path.find_last_of('/');
  const std::string directory = slash == std::string::npos ? "." : path.substr(0, slash + 1);
  std::string pattern = (slash == std::string::npos ? std::string() : directory) + ".twice-" +
                        path.substr(slash == std::string::npos ? 0 : slash + 1) + ".XXXXXX";
  std::vector<char> name(pattern.begin(), pattern.end());
  name.push_back('\0');
  const int fd = mkstemp(name.data());
  if (fd < 0) return write_error(path, "cannot create a temporary file beside it");
  const std::string temporary(name.data());
  auto fail = [&](const char* what) {
    Error error = write_error(path, what);
    close(fd);
    unlink(temporary.c_str());
    return Status(error);
  };
  std::size_t written = 0;
  while (written < bytes.size()) {
    const ssize_t n = write(fd, bytes.data() + written, bytes.size() - written);
    if (n < 0) {
      if (errno == EINTR) continue;
      return fail("write failed");
    }
    written += static_cast<std::size_t>(n);
  }
  // mkstemp creates 0600; a report is an ordinary file.
  const mode_t mask = umask(0);
  umask(mask);
  if (fchmod(fd, 0666 & ~mask) != 0) return fail("cannot set permissions");
  if (fsync(fd) != 0) return fail("cannot flush to disk");
  if (close(fd) != 0) {
    const Error error = write_error(path, "close failed");
    unlink(temporary.c_str());
    return error;
  }
  if (std::rename(temporary.c_str(), path.c_str()) != 0) {
    const Error error = write_error(path, "cannot rename the temporary file");
    unlink(temporary.c_str());
    return error;
  }
  return Status();
}

}  // namespace twice::cli
