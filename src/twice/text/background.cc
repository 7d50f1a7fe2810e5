#include "twice/text/background.h"

#include <cstdlib>
#include <string>

namespace twice::text {
namespace {

std::uint64_t parse_number(std::string_view text) {
  std::uint64_t value = 0;
  for (const char c : text) {
    if (c < '0' || c > '9') break;
    value = value * 10 + static_cast<std::uint64_t>(c - '0');
  }
  return value;
}

}  // namespace

const Background& Background::english() {
  static const Background table = parse(kEnglishBackground);
  return table;
}

Background Background::parse(std::string_view table) {
  Background background;
  std::uint64_t sum = 0;
  constexpr std::string_view kTotal = "# total tokens: ";
  while (!table.empty()) {
    const auto newline = table.find('\n');
    std::string_view line = table.substr(0, newline);
    table = newline == std::string_view::npos ? std::string_view() : table.substr(newline + 1);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty()) continue;
    if (line.front() == '#') {
      if (line.substr(0, kTotal.size()) == kTotal) {
        background.total_ = parse_number(line.substr(kTotal.size()));
      }
      continue;
    }
    const auto tab = line.find('\t');
    if (tab == std::string_view::npos || tab == 0) continue;
    Entry entry;
    entry.count = parse_number(line.substr(tab + 1));
    entry.rank = background.words_.size() + 1;
    if (background.words_.emplace(std::string(line.substr(0, tab)), entry).second) {
      sum += entry.count;
    }
  }
  if (background.total_ < sum) background.total_ = sum;
  return background;
}

std::uint64_t Background::count(std::string_view word) const {
  const auto it = words_.find(std::string(word));
  return it == words_.end() ? 0 : it->second.count;
}

std::size_t Background::rank(std::string_view word) const {
  const auto it = words_.find(std::string(word));
  return it == words_.end() ? 0 : it->second.rank;
}

}  // namespace twice::text
