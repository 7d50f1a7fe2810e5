#include "progress.h"

#include <unistd.h>

#include <cstdio>

namespace twice::cli {

bool stderr_is_terminal() { return isatty(STDERR_FILENO) == 1; }
bool stdout_is_terminal() { return isatty(STDOUT_FILENO) == 1; }

TerminalProgress::TerminalProgress(bool enabled)
    : enabled_(enabled), start_(std::chrono::steady_clock::now()), last_draw_(start_) {}

void TerminalProgress::finish() {
  std::lock_guard<std::mutex> lock(mutex_);
  if (drawn_) std::fprintf(stderr, "\r\033[K");
  drawn_ = false;
  enabled_ = false;
}

ProgressReporter TerminalProgress::reporter() {
  if (!enabled_) return {};
  return [this](const Progress& progress) { draw(progress); };
}

void TerminalProgress::draw(const Progress& progress) {
  using std::chrono::milliseconds;
  const auto now = std::chrono::steady_clock::now();
  std::lock_guard<std::mutex> lock(mutex_);
  if (!enabled_) return;
  // A new stage is always shown; within one, at most ten redraws a second.
  const bool new_stage = progress.stage != stage_;
  stage_ = progress.stage;
  if (now - start_ < milliseconds(500) || (!new_stage && now - last_draw_ < milliseconds(100))) {
    return;
  }
  last_draw_ = now;
  drawn_ = true;
  if (progress.total <= 0) {
    std::fprintf(stderr, "\r\033[Ktwice: %s ...", progress.stage);
  } else {
    const long percent = 100 * progress.done / progress.total;
    std::fprintf(stderr, "\r\033[Ktwice: %s %ld%% (%ld/%ld)", progress.stage, percent,
                 progress.done, progress.total);
  }
  std::fflush(stderr);
}

}  // namespace twice::cli
