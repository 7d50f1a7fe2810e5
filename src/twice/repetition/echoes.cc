#include "twice/repetition/echoes.h"

#include <algorithm>
#include <tuple>
#include <unordered_map>

namespace twice::repetition {
namespace {

std::size_t code_points(const std::string& text) {
  std::size_t count = 0;
  for (const char c : text) count += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  return count;
}

}  // namespace

std::vector<Finding> find_echoes(const Words& run, const std::vector<char>& covered,
                                 const std::vector<Document>& documents,
                                 const text::Background& background, const Options& options) {
  // Per term: long enough and not common. Computed once per distinct form.
  std::vector<char> eligible(run.terms.size());
  for (std::size_t t = 0; t < run.terms.size(); ++t) {
    const std::size_t rank = background.rank(run.terms[t]);
    const bool common = rank > 0 && rank <= static_cast<std::size_t>(options.echo_common_words);
    eligible[t] = !common &&
                  code_points(run.terms[t]) >= static_cast<std::size_t>(options.echo_min_length);
  }
  std::vector<Finding> findings;
  const auto emit = [&](const std::vector<std::size_t>& uses) {
    if (uses.size() < 2) return;
    Finding finding = word_finding(FindingKind::kEcho, run, uses, documents);
    finding.score = 1;
    findings.push_back(std::move(finding));
  };
  for (const auto& [first, last] : run.document_words) {
    const std::size_t size = last - first;
    std::unordered_map<int, std::size_t> uses_of_stem;
    for (std::size_t w = first; w < last; ++w) {
      if (run.words[w].counted) ++uses_of_stem[run.words[w].stem];
    }
    const auto topic = [&](int stem) {
      const std::size_t uses = uses_of_stem[stem];
      return uses >= 3 && static_cast<double>(uses) >= options.echo_topic_rate * size;
    };
    std::unordered_map<int, std::vector<std::size_t>> cluster;  // stem -> current cluster
    for (std::size_t w = first; w < last; ++w) {
      const Word& word = run.words[w];
      if (!word.counted || !eligible[static_cast<std::size_t>(word.term)]) continue;
      if (!covered.empty() && covered[w]) continue;
      if (topic(word.stem)) continue;
      std::vector<std::size_t>& uses = cluster[word.stem];
      if (!uses.empty() && w - uses.back() > static_cast<std::size_t>(options.echo_window)) {
        emit(uses);
        uses.clear();
      }
      uses.push_back(w);
    }
    // The clusters left open, in the order of their first use.
    std::vector<std::vector<std::size_t>> open;
    for (auto& [stem, uses] : cluster) {
      if (uses.size() >= 2) open.push_back(std::move(uses));
    }
    std::sort(open.begin(), open.end());
    for (const auto& uses : open) emit(uses);
  }
  std::sort(findings.begin(), findings.end(), [](const Finding& a, const Finding& b) {
    return std::make_tuple(a.location.document, a.location.begin) <
           std::make_tuple(b.location.document, b.location.begin);
  });
  return findings;
}

}  // namespace twice::repetition
