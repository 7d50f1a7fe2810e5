// A one-line progress display on stderr for long runs.
//
// Shown only when stderr is a terminal (never in CI logs or pipes), only
// once a run has lasted half a second, from reading the files on, and
// redrawn at most ten times a second within a stage (at once on a new one). The reporter is thread-safe: workers call it concurrently.
#ifndef TWICE_CLI_PROGRESS_H_
#define TWICE_CLI_PROGRESS_H_

#include <chrono>
#include <mutex>

#include "twice/options.h"

namespace twice::cli {

class TerminalProgress {
 public:
  // enabled = false gives a display that never prints.
  explicit TerminalProgress(bool enabled);
  ~TerminalProgress() { finish(); }

  // Clears the line if anything was drawn; call before writing a report.
  void finish();

  // Empty when disabled, so the library skips reporting altogether.
  ProgressReporter reporter();

 private:
  void draw(const Progress& progress);

  bool enabled_;
  bool drawn_ = false;
  const char* stage_ = nullptr;  // the stage last reported (stages are static strings)
  std::mutex mutex_;
  std::chrono::steady_clock::time_point start_;
  std::chrono::steady_clock::time_point last_draw_;
};

// True when stderr is a terminal.
bool stderr_is_terminal();
// True when stdout is a terminal (for --color auto).
bool stdout_is_terminal();

}  // namespace twice::cli

#endif  // TWICE_CLI_PROGRESS_H_
