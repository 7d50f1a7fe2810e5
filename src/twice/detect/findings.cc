#include "twice/detect/findings.h"

#include <algorithm>
#include <map>
#include <tuple>
#include <utility>

namespace twice::detect {
namespace {

using similarity::ScoredPair;

Finding sentence_finding(const Passages& passages, const ScoredPair& pair) {
  Finding finding;
  finding.kind = FindingKind::kRestatedSentence;
  finding.score = pair.score;
  finding.location = passages.sentences[pair.later].span;
  finding.restates = passages.sentences[pair.earlier].span;
  return finding;
}

// For each later sentence, its best pair among those `keep` accepts (pairs
// arrive sorted by later).
template <typename Keep>
std::vector<ScoredPair> best_per_later(const std::vector<ScoredPair>& pairs, const Keep& keep) {
  std::vector<ScoredPair> best;
  for (const ScoredPair& pair : pairs) {
    if (!keep(pair)) continue;
    if (!best.empty() && best.back().later == pair.later) {
      if (pair.score > best.back().score) best.back() = pair;
    } else {
      best.push_back(pair);
    }
  }
  return best;
}

struct ParagraphEvidence {
  std::vector<ScoredPair> pairs;  // best pair per later sentence, in order
  int covered_words = 0;
};

std::tuple<std::uint32_t, std::size_t, std::size_t> key(const Span& span) {
  return {span.document, span.begin, span.end};
}

// By where the later passage starts; at the same place the paragraph comes
// first, so a report reads as a paragraph followed by its sentences.
bool finding_order(const Finding& a, const Finding& b) {
  const auto a_start = std::make_pair(a.location.document, a.location.begin);
  const auto b_start = std::make_pair(b.location.document, b.location.begin);
  if (a_start != b_start) return a_start < b_start;
  if (a.kind != b.kind) return a.kind == FindingKind::kRestatedParagraph;
  return std::make_pair(key(a.location), key(a.restates)) <
         std::make_pair(key(b.location), key(b.restates));
}

}  // namespace

std::vector<Finding> find_restatements(const Passages& passages,
                                       const std::vector<ScoredPair>& sentence_pairs,
                                       const std::vector<ScoredPair>& close_paragraphs,
                                       const ParagraphCosine& paragraph_cosine,
                                       const Options& options) {
  // Nothing in a suppressed paragraph is reported as restating. The pairs
  // are filtered as they are read, not copied: on degenerate input (one
  // sentence a million times) they are most of the run's memory.
  const auto reportable = [&passages](const ScoredPair& pair) {
    return !passages.paragraphs[passages.sentences[pair.later].paragraph].suppressed;
  };
  const std::vector<ScoredPair> best =
      options.all_pairs ? std::vector<ScoredPair>() : best_per_later(sentence_pairs, reportable);
  const std::vector<ScoredPair>& reported = options.all_pairs ? sentence_pairs : best;

  // Sentence pairs grouped by (later paragraph, earlier paragraph).
  std::map<std::pair<int, int>, ParagraphEvidence> evidence;
  for (const ScoredPair& pair : sentence_pairs) {
    if (!reportable(pair)) continue;
    const int later = passages.sentences[pair.later].paragraph;
    const int earlier = passages.sentences[pair.earlier].paragraph;
    if (later == earlier || !passages.paragraphs[later].compared ||
        !passages.paragraphs[earlier].compared) {
      continue;
    }
    ParagraphEvidence& group = evidence[{later, earlier}];
    if (!group.pairs.empty() && group.pairs.back().later == pair.later) {
      if (pair.score > group.pairs.back().score) group.pairs.back() = pair;
      continue;
    }
    group.pairs.push_back(pair);
    group.covered_words += passages.sentences[pair.later].content_words;
  }

  // Candidates: paragraphs close as a whole, and paragraphs linked by evidence.
  std::map<std::pair<int, int>, double> cosine;
  for (const ScoredPair& pair : close_paragraphs) {
    if (!passages.paragraphs[pair.later].suppressed) cosine[{pair.later, pair.earlier}] = pair.score;
  }
  for (const auto& [key, group] : evidence) {
    if (cosine.count(key) == 0) cosine[key] = paragraph_cosine(key.first, key.second);
  }

  // The rule, pair by pair (the map runs by later, then earlier paragraph).
  struct Restated {
    std::pair<int, int> key;
    double score;
    double coverage;
  };
  std::vector<Restated> restated;
  for (const auto& [key, score] : cosine) {
    const ParagraphRef& later = passages.paragraphs[key.first];
    const auto group = evidence.find(key);
    const double coverage =
        group == evidence.end() || later.content_words == 0
            ? 0.0
            : static_cast<double>(group->second.covered_words) / later.content_words;
    if (score < options.paragraph_threshold &&
        (coverage < options.paragraph_coverage || score < options.paragraph_floor)) {
      continue;
    }
    // Like sentences, a paragraph is reported against its closest earlier
    // paragraph (ties: the earliest) unless every pair is asked for.
    if (!options.all_pairs && !restated.empty() && restated.back().key.first == key.first) {
      if (score > restated.back().score) restated.back() = {key, score, coverage};
      continue;
    }
    restated.push_back({key, score, coverage});
  }

  std::vector<Finding> findings;
  findings.reserve(reported.size() + restated.size());
  for (const ScoredPair& pair : reported) {
    if (reportable(pair)) findings.push_back(sentence_finding(passages, pair));
  }
  for (const Restated& pair : restated) {
    Finding finding;
    finding.kind = FindingKind::kRestatedParagraph;
    finding.score = pair.score;
    finding.coverage = std::min(1.0, pair.coverage);
    finding.location = passages.paragraphs[pair.key.first].span;
    finding.restates = passages.paragraphs[pair.key.second].span;
    const auto group = evidence.find(pair.key);
    if (group != evidence.end()) {
      for (const ScoredPair& sentence : group->second.pairs) {
        finding.evidence.push_back(sentence_finding(passages, sentence));
      }
    }
    findings.push_back(std::move(finding));
  }

  std::sort(findings.begin(), findings.end(), finding_order);
  return findings;
}

}  // namespace twice::detect
