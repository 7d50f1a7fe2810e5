// Test helpers for files: reading samples, and a temporary directory that
// cleans up after itself.
#ifndef TWICE_TESTS_SUPPORT_FILES_H_
#define TWICE_TESTS_SUPPORT_FILES_H_

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include "twice/document.h"

namespace twice::testing {

inline std::string read_file(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream bytes;
  bytes << in.rdbuf();
  return bytes.str();
}

// samples/<name> as a Source named "samples/<name>".
inline Source sample(const std::string& name) {
  return {"samples/" + name,
          read_file(std::filesystem::path(TWICE_SOURCE_DIR) / "samples" / name)};
}

// A fresh directory under the system's temporary directory, named after the
// running test, removed with everything in it when the object goes.
class TempDir {
 public:
  TempDir() {
    const auto* test = ::testing::UnitTest::GetInstance()->current_test_info();
    path_ = std::filesystem::temp_directory_path() /
            ("twice-" + std::string(test != nullptr ? test->name() : "test") + "-" +
             std::to_string(::getpid()));
    std::filesystem::remove_all(path_);
    std::filesystem::create_directories(path_);
  }
  ~TempDir() {
    std::error_code ignored;
    std::filesystem::remove_all(path_, ignored);
  }
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;

  const std::filesystem::path& path() const { return path_; }

  // Writes `bytes` to path()/name (creating directories) and returns the path.
  std::filesystem::path write(const std::string& name, const std::string& bytes) const {
    const std::filesystem::path file = path_ / name;
    std::filesystem::create_directories(file.parent_path());
    std::ofstream(file, std::ios::binary) << bytes;
    return file;
  }

 private:
  std::filesystem::path path_;
};

}  // namespace twice::testing

#endif  // TWICE_TESTS_SUPPORT_FILES_H_
