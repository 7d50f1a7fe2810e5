#include "atomic_write.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <vector>

namespace twice::cli {
namespace {

Error write_error(const std::string& path, const char* what, int error_number) {
  Error error;
  error.path = path;
  error.message = std::string("cannot write output: ") + what;
  if (error_number != 0) error.message += std::string(": ") + std::strerror(error_number);
  return error;
}

// Flushes a closed file's data to disk.
int sync_file(const std::string& path) {
  const int fd = open(path.c_str(), O_RDONLY);
  if (fd < 0) return -1;
  const int synced = fsync(fd);
  close(fd);
  return synced;
}

// A device or a pipe (/dev/stdout, /dev/null, /dev/full) cannot be replaced,
// and must not be: the bytes go straight into it.
Status write_through(const std::string& path, const std::function<void(std::ostream&)>& write) {
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  if (!out) return write_error(path, "cannot open", errno);
  write(out);
  out.close();
  if (out.fail()) return write_error(path, "write failed", errno);
  return Status();
}

}  // namespace

Status write_atomically(const std::string& path,
                        const std::function<void(std::ostream&)>& write) {
  struct stat existing {};
  if (::stat(path.c_str(), &existing) == 0 && !S_ISREG(existing.st_mode) &&
      !S_ISDIR(existing.st_mode)) {
    return write_through(path, write);
  }
  // A symbolic link is followed, not replaced by the report.
  std::string target = path;
  if (::lstat(path.c_str(), &existing) == 0 && S_ISLNK(existing.st_mode)) {
    if (char* real = ::realpath(path.c_str(), nullptr)) {
      target = real;
      std::free(real);
    }
  }
  const auto slash = target.find_last_of('/');
  const std::string directory = slash == std::string::npos ? "" : target.substr(0, slash + 1);
  const std::string base = slash == std::string::npos ? target : target.substr(slash + 1);
  std::string pattern = directory + ".twice-" + base + ".XXXXXX";
  std::vector<char> name(pattern.begin(), pattern.end());
  name.push_back('\0');
  const int fd = mkstemp(name.data());
  if (fd < 0) return write_error(path, "cannot create a temporary file beside it", errno);
  close(fd);
  const std::string temporary(name.data());
  auto fail = [&](const char* what, int error_number) {
    unlink(temporary.c_str());
    return Status(write_error(path, what, error_number));
  };

  std::ofstream out(temporary, std::ios::binary | std::ios::trunc);
  if (!out) return fail("cannot open the temporary file", errno);
  write(out);
  out.close();
  if (out.fail()) return fail("write failed (disk full?)", errno);
  // mkstemp creates 0600; a report is an ordinary file.
  const mode_t mask = umask(0);
  umask(mask);
  if (chmod(temporary.c_str(), 0666 & ~mask) != 0) return fail("cannot set permissions", errno);
  if (sync_file(temporary) != 0) return fail("cannot flush to disk", errno);
  if (std::rename(temporary.c_str(), target.c_str()) != 0) {
    return fail("cannot rename the temporary file", errno);
  }
  return Status();
}

}  // namespace twice::cli
