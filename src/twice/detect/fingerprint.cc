#include "twice/detect/fingerprint.h"

#include <cstdint>
#include <cstdio>

namespace twice::detect {
namespace {

class Fnv1a {
 public:
  void add(unsigned char byte) {
    hash_ ^= byte;
    hash_ *= 1099511628211ull;
  }
  // Adds text with whitespace runs as one space, leading and trailing ones dropped.
  void add_text(std::string_view text) {
    bool pending_space = false;
    bool started = false;
    for (const char c : text) {
      if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v') {
        pending_space = started;
        continue;
      }
      if (pending_space) add(' ');
      pending_space = false;
      started = true;
      add(static_cast<unsigned char>(c));
    }
  }
  std::uint64_t value() const { return hash_; }

 private:
  std::uint64_t hash_ = 1469598103934665603ull;
};

}  // namespace

std::string fingerprint(FindingKind kind, std::string_view later, std::string_view earlier) {
  Fnv1a hash;
  for (const char* c = finding_kind_name(kind); *c != '\0'; ++c) hash.add(static_cast<unsigned char>(*c));
  hash.add(0);
  hash.add_text(later);
  hash.add(0);
  hash.add_text(earlier);
  char hex[17];
  std::snprintf(hex, sizeof hex, "%016llx", static_cast<unsigned long long>(hash.value()));
  return hex;
}

}  // namespace twice::detect
