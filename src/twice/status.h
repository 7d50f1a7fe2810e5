// Errors as values at the library boundary.
//
// Every fallible public function returns a Status or a Result<T>. An Error
// says what went wrong and where: the file, and when it is known the 1-based
// line and the byte offset. The library never prints or exits; the CLI turns
// an Error into one message on stderr and exit code 2.
#ifndef TWICE_STATUS_H_
#define TWICE_STATUS_H_

#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <variant>

namespace twice {

struct Error {
  std::string path;        // the file concerned; empty when none is
  std::string message;     // what is wrong, without the location
  std::int64_t line = 0;   // 1-based line, 0 when unknown
  std::int64_t byte = -1;  // byte offset in the file, -1 when unknown

  // "path:line: message at byte N" with the parts that are known.
  std::string describe() const;
};

class Status {
 public:
  Status() = default;  // success
  Status(Error error) : error_(std::move(error)) {}  // NOLINT: implicit on purpose

  bool ok() const { return !error_.has_value(); }
  const Error& error() const { return *error_; }

 private:
  std::optional<Error> error_;
};

template <typename T>
class Result {
 public:
  Result(T value) : state_(std::move(value)) {}      // NOLINT: implicit on purpose
  Result(Error error) : state_(std::move(error)) {}  // NOLINT: implicit on purpose

  bool ok() const { return std::holds_alternative<T>(state_); }
  const T& value() const& { return std::get<T>(state_); }
  T& value() & { return std::get<T>(state_); }
  T&& value() && { return std::get<T>(std::move(state_)); }
  const Error& error() const { return std::get<Error>(state_); }
  Status status() const { return ok() ? Status() : Status(error()); }

 private:
  std::variant<T, Error> state_;
};

}  // namespace twice

#endif  // TWICE_STATUS_H_
