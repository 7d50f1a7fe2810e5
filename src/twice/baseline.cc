#include "twice/baseline.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <fstream>
#include <sstream>

#include "twice/document.h"

namespace twice {
namespace {

Error baseline_error(const std::string& path, const std::string& message, std::int64_t line = 0) {
  Error error;
  error.path = path;
  error.message = message;
  error.line = line;
  return error;
}

}  // namespace

std::string render_baseline(const Analysis& analysis) {
  // Positions are written for people reading the file; only fingerprints match.
  nlohmann::ordered_json findings = nlohmann::ordered_json::array();
  for (const Finding& finding : analysis.findings) {
    const Document& document = analysis.documents[finding.location.document];
    const Position start = LineIndex(document.bytes).position(finding.location.begin);
    findings.push_back({{"fingerprint", finding.fingerprint},
                        {"kind", finding_kind_name(finding.kind)},
                        {"path", document.path},
                        {"line", start.line}});
  }
  nlohmann::ordered_json baseline = {{"schema", "twice-baseline/1"},
                                     {"findings", std::move(findings)}};
  return baseline.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
}

Result<Baseline> read_baseline(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return baseline_error(path, "cannot read baseline file");
  std::ostringstream bytes;
  bytes << in.rdbuf();
  nlohmann::json json;
  try {
    json = nlohmann::json::parse(bytes.str());
  } catch (const nlohmann::json::parse_error& error) {
    const std::string text = bytes.str();
    const auto at = std::min<std::size_t>(error.byte > 0 ? error.byte - 1 : 0, text.size());
    const auto line = 1 + std::count(text.begin(), text.begin() + static_cast<long>(at), '\n');
    return baseline_error(path, "not valid JSON", line);
  }
  if (!json.is_object() || json.value("schema", "") != "twice-baseline/1" ||
      !json.contains("findings") || !json["findings"].is_array()) {
    return baseline_error(path, "not a twice baseline (expected schema twice-baseline/1)");
  }
  Baseline baseline;
  for (const auto& entry : json["findings"]) {
    if (!entry.is_object() || !entry.contains("fingerprint") || !entry["fingerprint"].is_string()) {
      return baseline_error(path, "a baseline entry has no fingerprint");
    }
    ++baseline.fingerprints[entry["fingerprint"].get<std::string>()];
  }
  return baseline;
}

BaselineCheck apply_baseline(const Baseline& baseline, Analysis* analysis) {
  std::map<std::string, std::size_t> left = baseline.fingerprints;
  BaselineCheck check;
  std::vector<Finding> kept;
  for (Finding& finding : analysis->findings) {
    auto entry = left.find(finding.fingerprint);
    if (entry != left.end() && entry->second > 0) {
      --entry->second;
      ++check.matched;
    } else {
      kept.push_back(std::move(finding));
    }
  }
  analysis->findings = std::move(kept);
  for (const auto& [print, count] : left) check.stale += count;
  return check;
}

}  // namespace twice
