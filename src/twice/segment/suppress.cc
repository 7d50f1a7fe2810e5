#include "twice/segment/suppress.h"

#include <cctype>
#include <string>

namespace twice::segmenter {
namespace {

std::string lower_trimmed(std::string_view text) {
  std::size_t first = 0;
  std::size_t last = text.size();
  while (first < last && std::isspace(static_cast<unsigned char>(text[first]))) ++first;
  while (last > first && std::isspace(static_cast<unsigned char>(text[last - 1]))) --last;
  std::string out(text.substr(first, last - first));
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

Marker named(std::string_view name) {
  if (name == "twice-disable") return Marker::kDisable;
  if (name == "twice-enable") return Marker::kEnable;
  if (name == "twice-disable-next") return Marker::kDisableNext;
  return Marker::kNone;
}

}  // namespace

Marker html_marker(std::string_view html) {
  const std::string text = lower_trimmed(html);
  if (text.size() < 7 || text.compare(0, 4, "<!--") != 0 ||
      text.compare(text.size() - 3, 3, "-->") != 0) {
    return Marker::kNone;
  }
  return named(lower_trimmed(std::string_view(text).substr(4, text.size() - 7)));
}

Marker line_marker(std::string_view line) {
  const Marker html = html_marker(line);
  if (html != Marker::kNone) return html;
  std::string text = lower_trimmed(line);
  for (const char* leader : {"//", "--", "#", ";", "%"}) {
    const std::string_view prefix(leader);
    if (text.compare(0, prefix.size(), prefix) == 0) {
      text = lower_trimmed(std::string_view(text).substr(prefix.size()));
      break;
    }
  }
  if (text.compare(0, 6, "twice:") != 0) return Marker::kNone;
  const std::string word = lower_trimmed(std::string_view(text).substr(6));
  if (word == "ignore") return Marker::kDisableNext;
  if (word == "disable") return Marker::kDisable;
  if (word == "enable") return Marker::kEnable;
  return Marker::kNone;
}

void SuppressionState::see(Marker marker) {
  switch (marker) {
    case Marker::kDisable: region_ = true; break;
    case Marker::kEnable: region_ = false; next_ = false; break;
    case Marker::kDisableNext: next_ = true; break;
    case Marker::kNone: break;
  }
}

bool SuppressionState::next_block_suppressed() {
  const bool suppressed = region_ || next_;
  next_ = false;
  return suppressed;
}

}  // namespace twice::segmenter
