// Deadline: the time budget of one library call (Options::timeout_seconds).
//
// Long stages ask passed() between units of work and, once it is true, stop
// and return error(): the budget is cooperative, so nothing is interrupted
// half-way and no thread is killed. passed() costs one clock read.
// Thread-safe: every method is const.
#ifndef TWICE_UTIL_DEADLINE_H_
#define TWICE_UTIL_DEADLINE_H_

#include <chrono>
#include <string>

#include "twice/status.h"

namespace twice::util {

class Deadline {
 public:
  // Starts now; `seconds` <= 0 never passes.
  explicit Deadline(double seconds)
      : seconds_(seconds), start_(std::chrono::steady_clock::now()) {}

  bool passed() const {
    return seconds_ > 0 &&
           std::chrono::duration<double>(std::chrono::steady_clock::now() - start_).count() >
               seconds_;
  }

  // "time budget exceeded while comparing sentences (timeout)". No number:
  // a caller that splits one budget over several calls (the CLI) gives each
  // what is left of it.
  Error error(const std::string& stage) const {
    Error error;
    error.message = "time budget exceeded while " + stage + " (timeout)";
    return error;
  }

 private:
  double seconds_;
  std::chrono::steady_clock::time_point start_;
};

}  // namespace twice::util

#endif  // TWICE_UTIL_DEADLINE_H_
