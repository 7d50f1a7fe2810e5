#include "twice/repetition/overused.h"

#include <algorithm>
#include <cmath>
#include <tuple>
#include <unordered_map>

#include "twice/text/languages.h"
#include "twice/text/term_rules.h"
#include "twice/text/terms.h"

namespace twice::repetition {
namespace {

double x_log(double x, double expected) { return x > 0 ? x * std::log(x / expected) : 0; }

}  // namespace

double log_likelihood(double a, double n, double b, double m) {
  const double e1 = n * (a + b) / (n + m);
  const double e2 = m * (a + b) / (n + m);
  return 2 * (x_log(a, e1) + x_log(b, e2));
}

Result<std::vector<Finding>> find_overused(const Words& run,
                                           const std::vector<Document>& documents,
                                           const text::Background& background,
                                           const Options& options) {
  // The background is English: its words are stemmed and stopped as an
  // English paragraph's are.
  auto made = text::TermRules::make(options);
  if (!made.ok()) return made.error();
  const text::Language& english = *text::find_language("en");
  text::TermMaker makers(made.value());
  text::TermExtractor& stemmer = makers.extractor(english);
  const text::StopWords& stop_words = made.value().stop_words(english);
  // The background by the run's stems, only for stems the run has.
  std::unordered_map<std::string, int> stem_id;
  for (std::size_t s = 0; s < run.stems.size(); ++s) stem_id.emplace(run.stems[s], static_cast<int>(s));
  std::vector<double> background_count(run.stems.size(), 0);
  double background_words = static_cast<double>(background.total());
  background.for_each([&](const std::string& word, std::uint64_t count) {
    if (stop_words.contains(word)) {
      background_words -= static_cast<double>(count);
      return;
    }
    const auto it = stem_id.find(stemmer.stem(word));
    if (it != stem_id.end()) background_count[static_cast<std::size_t>(it->second)] += count;
  });
  background_words = std::max(background_words, 1.0);

  // Uses of each stem in each document, and in the whole run.
  std::vector<double> run_count(run.stems.size(), 0);
  double run_words = 0;
  for (const Word& word : run.words) {
    if (!word.counted) continue;
    ++run_count[static_cast<std::size_t>(word.stem)];
    ++run_words;
  }

  std::vector<Finding> findings;
  for (const auto& [first, last] : run.document_words) {
    std::unordered_map<int, std::vector<std::size_t>> uses;
    double words = 0;
    for (std::size_t w = first; w < last; ++w) {
      // Only English words can be measured against the English background.
      if (!run.words[w].counted || !run.words[w].english) continue;
      uses[run.words[w].stem].push_back(w);
      ++words;
    }
    const double rest_words = run_words - words;
    const bool use_run = rest_words >= static_cast<double>(kMinRunWords);
    std::vector<Finding> candidates;
    for (const auto& [stem, at] : uses) {
      const double count = static_cast<double>(at.size());
      if (count < options.overused_min_count) continue;
      const double b = background_count[static_cast<std::size_t>(stem)] + 0.5;
      const double expected_background = b / (background_words + 0.5);
      double expected = expected_background;
      double other = b;
      double other_words = background_words + 0.5;
      const char* source = "wordnet";
      if (use_run) {
        const double r = run_count[static_cast<std::size_t>(stem)] - count + 0.5;
        const double expected_run = r / (rest_words + 0.5);
        if (expected_run > expected) {
          expected = expected_run;
          other = r;
          other_words = rest_words + 0.5;
          source = "run";
        }
      }
      const double ratio = (count / words) / expected;
      if (ratio < options.overused_min_ratio) continue;
      Finding finding = word_finding(FindingKind::kOverusedWord, run, at, documents);
      finding.score = 0;
      finding.rate.count = at.size();
      finding.rate.words = static_cast<std::size_t>(words);
      finding.rate.expected_rate = expected;
      finding.rate.ratio = ratio;
      finding.rate.g2 = log_likelihood(count, words, other, other_words);
      finding.rate.background = source;
      candidates.push_back(std::move(finding));
    }
    std::sort(candidates.begin(), candidates.end(), [&](const Finding& a, const Finding& b) {
      if (a.rate.g2 != b.rate.g2) return a.rate.g2 > b.rate.g2;
      return a.location.begin < b.location.begin;  // one stem per first use
    });
    const auto cap = static_cast<std::size_t>(options.overused_max_per_document);
    if (cap > 0 && candidates.size() > cap) candidates.resize(cap);
    for (Finding& finding : candidates) findings.push_back(std::move(finding));
  }
  std::sort(findings.begin(), findings.end(), [](const Finding& a, const Finding& b) {
    return std::make_tuple(a.location.document, a.location.begin) <
           std::make_tuple(b.location.document, b.location.begin);
  });
  return findings;
}

}  // namespace twice::repetition
