#include "twice/status.h"

namespace twice {

std::string Error::describe() const {
  std::string out = path;
  if (line > 0) out += ":" + std::to_string(line);
  if (!out.empty()) out += ": ";
  out += message;
  if (byte >= 0) out += " at byte " + std::to_string(byte);
  return out;
}

}  // namespace twice
