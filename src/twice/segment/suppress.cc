#include "twice/segment/suppress.h"

#include <algorithm>
#include <cctype>
#include <string>
#include <utility>

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
  if (name.substr(0, 6) == "twice-") return Marker::kUnknown;
  return Marker::kNone;
}

// "<!-- twice-disable-nxt -->" as one line, at most 60 bytes, for a message.
std::string shown(std::string_view text) {
  std::string out;
  for (const char c : text) {
    if (c == '\n' || c == '\r' || c == '\t') {
      if (!out.empty() && out.back() != ' ') out += ' ';
    } else {
      out += c;
    }
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  if (out.size() > 60) {
    std::size_t cut = 57;
    while (cut > 0 && (static_cast<unsigned char>(out[cut]) & 0xC0) == 0x80) --cut;
    out = out.substr(0, cut) + "...";
  }
  return out;
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
  // "twice: ignroe" is a misspelt marker; "Twice: we tried again." is prose.
  const bool one_word = !word.empty() && std::all_of(word.begin(), word.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || c == '-';
  });
  return one_word ? Marker::kUnknown : Marker::kNone;
}

void SuppressionState::see(Marker marker, std::size_t offset, std::string_view text) {
  switch (marker) {
    case Marker::kDisable:
      if (!region_) region_offset_ = offset;
      region_ = true;
      break;
    case Marker::kEnable: region_ = false; next_ = false; break;
    case Marker::kDisableNext: next_ = true; break;
    case Marker::kUnknown:
      warnings_.push_back({offset, "unknown suppression marker '" + shown(text) +
                                       "' (markers: twice-disable, twice-enable, "
                                       "twice-disable-next; in text twice: disable, enable, "
                                       "ignore); nothing is suppressed"});
      break;
    case Marker::kNone: break;
  }
}

std::vector<Warning> SuppressionState::finish() {
  if (region_) {
    warnings_.push_back({region_offset_,
                         "twice-disable is never closed by twice-enable: everything after it "
                         "is suppressed"});
    region_ = false;
  }
  std::stable_sort(warnings_.begin(), warnings_.end(),
                   [](const Warning& a, const Warning& b) { return a.offset < b.offset; });
  return std::move(warnings_);
}

bool SuppressionState::next_block_suppressed() {
  const bool suppressed = region_ || next_;
  next_ = false;
  return suppressed;
}

}  // namespace twice::segmenter
