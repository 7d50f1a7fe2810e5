#include "atomic_write.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
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

}  // namespace

Status write_atomically(const std::string& path,
                        const std::function<void(std::ostream&)>& write) {
  const auto slash = path.find_last_of('/');
  const std::string directory = slash == std::string::npos ? "" : path.substr(0, slash + 1);
  const std::string base = slash == std::string::npos ? path : path.substr(slash + 1);
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
  if (std::rename(temporary.c_str(), path.c_str()) != 0) {
    return fail("cannot rename the temporary file", errno);
  }
  return Status();
}

}  // namespace twice::cli
