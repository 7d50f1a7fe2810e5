#include "twice/text/background.h"

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <sstream>
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
  return parse_lines(table, nullptr, nullptr);
}

Result<Background> Background::load(const std::string& path) {
  Error error;
  error.path = path;
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    error.message = std::string("cannot open background table: ") + std::strerror(errno);
    return error;
  }
  std::ostringstream bytes;
  bytes << in.rdbuf();
  int line = 0;
  Background background = parse_lines(bytes.str(), &error.message, &line);
  if (!error.message.empty()) {
    error.line = line;
    return error;
  }
  if (background.total_units_ == 0) {
    error.message = "background table has no \"# total units: N\" header";
    return error;
  }
  if (background.words_.empty()) {
    error.message = "background table lists no words";
    return error;
  }
  return background;
}

Background Background::parse_lines(std::string_view table, std::string* error, int* error_line) {
  Background background;
  std::uint64_t sum = 0;
  constexpr std::string_view kTotal = "# total tokens: ";
  constexpr std::string_view kUnits = "# total units: ";
  auto is_number = [](std::string_view text) {
    if (text.empty() || text.size() > 18) return false;
    for (const char c : text) {
      if (c < '0' || c > '9') return false;
    }
    return true;
  };
  int number = 0;
  while (!table.empty()) {
    const auto newline = table.find('\n');
    std::string_view line = table.substr(0, newline);
    table = newline == std::string_view::npos ? std::string_view() : table.substr(newline + 1);
    ++number;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty()) continue;
    if (line.front() == '#') {
      if (line.substr(0, kTotal.size()) == kTotal) {
        background.total_ = parse_number(line.substr(kTotal.size()));
      } else if (line.substr(0, kUnits.size()) == kUnits) {
        background.total_units_ = parse_number(line.substr(kUnits.size()));
      }
      continue;
    }
    const auto tab = line.find('\t');
    const auto second_tab = tab == std::string_view::npos ? tab : line.find('\t', tab + 1);
    const bool well_formed = tab != std::string_view::npos && tab > 0 &&
                             second_tab != std::string_view::npos &&
                             is_number(line.substr(tab + 1, second_tab - tab - 1)) &&
                             is_number(line.substr(second_tab + 1));
    if (!well_formed) {
      if (error == nullptr) continue;
      *error = "expected word<TAB>count<TAB>units";
      *error_line = number;
      return background;
    }
    Entry entry;
    entry.count = parse_number(line.substr(tab + 1));
    entry.units = parse_number(line.substr(second_tab + 1));
    entry.rank = background.words_.size() + 1;
    if (error != nullptr && background.total_units_ > 0 && entry.units > background.total_units_) {
      *error = "a word's units exceed the total units of the header";
      *error_line = number;
      return background;
    }
    if (background.words_.emplace(std::string(line.substr(0, tab)), entry).second) {
      sum += entry.count;
    }
  }
  if (background.total_ < sum) background.total_ = sum;
  return background;
}

std::uint64_t Background::units(std::string_view word) const {
  const auto it = words_.find(std::string(word));
  return it == words_.end() ? 0 : it->second.units;
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
