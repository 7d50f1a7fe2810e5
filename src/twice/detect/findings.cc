#include "twice/detect/findings.h"

#include <algorithm>
#include <map>
#include <set>
#include <tuple>
#include <utility>

#include "twice/detect/boilerplate.h"
#include "twice/detect/evidence.h"

namespace twice::detect {
namespace {

using similarity::ScoredPair;

Finding sentence_finding(const Passages& passages, const ScoredPair& pair,
                         const Evidence& evidence) {
  Finding finding;
  finding.kind = FindingKind::kRestatedSentence;
  finding.score = pair.score;
  const PairEvidence found = evidence.of(pair.later, pair.earlier);
  finding.support = {found.shared, found.run, found.later_terms, found.earlier_terms};
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
                                       const Evidence& evidence,
                                       const Boilerplate& boilerplate,
                                       const Options& options) {
  // Each paragraph's sentences: [first_sentence[p], first_sentence[p + 1]).
  std::vector<int> first_sentence(passages.paragraphs.size() + 1, 0);
  for (const SentenceRef& sentence : passages.sentences) ++first_sentence[sentence.paragraph + 1];
  for (std::size_t p = 1; p < first_sentence.size(); ++p) first_sentence[p] += first_sentence[p - 1];
  // Two paragraphs that open with one sentence, its subject swapped ("The CPU
  // manager is a kubelet component ..." under "CPU manager", "The memory
  // manager is ..." under "Memory manager"), go on about their own subjects:
  // "It consults with the topology manager ..." in both describes two things
  // alike (Evidence::swaps_subject).
  std::set<std::pair<int, int>> open_in_parallel;
  const auto opens = [&](int sentence) {
    return first_sentence[passages.sentences[sentence].paragraph] == sentence;
  };
  // Nothing in a suppressed paragraph is reported as restating, no formula
  // is, and no pair without evidence: a sentence on its own needs strong
  // evidence, a pair of a paragraph supporting evidence (detect/evidence.h).
  // Each pair's level is worked out once (a byte a pair); the pairs
  // themselves are filtered as they are read, not copied: on degenerate input
  // they are most of the run's memory.
  const auto level_of = [&](const ScoredPair& pair) {
    if (passages.paragraphs[passages.sentences[pair.later].paragraph].suppressed) {
      return EvidenceLevel::kNone;
    }
    if (boilerplate.in_formula(pair.later) || boilerplate.in_formula(pair.earlier)) {
      return EvidenceLevel::kNone;
    }
    if (!options.require_evidence) return EvidenceLevel::kStrong;
    if (evidence.parallel(pair.later, pair.earlier)) {
      if (opens(pair.later) && opens(pair.earlier) &&
          evidence.swaps_subject(pair.later, pair.earlier)) {
        open_in_parallel.emplace(passages.sentences[pair.later].paragraph,
                                 passages.sentences[pair.earlier].paragraph);
      }
      return EvidenceLevel::kNone;
    }
    const bool same_document = passages.sentences[pair.later].span.document ==
                               passages.sentences[pair.earlier].span.document;
    return Evidence::level(pair.score, evidence.of(pair.later, pair.earlier), same_document,
                           options);
  };
  std::vector<EvidenceLevel> levels;
  levels.reserve(sentence_pairs.size());
  for (const ScoredPair& pair : sentence_pairs) levels.push_back(level_of(pair));
  if (!open_in_parallel.empty()) {
    for (std::size_t i = 0; i < sentence_pairs.size(); ++i) {
      const std::pair<int, int> paragraphs{passages.sentences[sentence_pairs[i].later].paragraph,
                                           passages.sentences[sentence_pairs[i].earlier].paragraph};
      if (open_in_parallel.count(paragraphs) > 0) levels[i] = EvidenceLevel::kNone;
    }
  }
  // REQUIRES: `pair` is an element of sentence_pairs.
  const auto level = [&](const ScoredPair& pair) { return levels[&pair - sentence_pairs.data()]; };
  const EvidenceLevel alone =
      options.strict_sentences ? EvidenceLevel::kStrong : EvidenceLevel::kSupporting;
  const auto reportable = [&](const ScoredPair& pair) { return level(pair) >= alone; };
  const auto supporting = [&](const ScoredPair& pair) { return level(pair) != EvidenceLevel::kNone; };
  const std::vector<ScoredPair> best =
      options.all_pairs ? std::vector<ScoredPair>() : best_per_later(sentence_pairs, reportable);
  const std::vector<ScoredPair>& reported = options.all_pairs ? sentence_pairs : best;

  // Sentence pairs grouped by (later paragraph, earlier paragraph).
  std::map<std::pair<int, int>, ParagraphEvidence> linked;
  for (const ScoredPair& pair : sentence_pairs) {
    if (!supporting(pair)) continue;
    const int later = passages.sentences[pair.later].paragraph;
    const int earlier = passages.sentences[pair.earlier].paragraph;
    if (later == earlier || !passages.paragraphs[later].compared ||
        !passages.paragraphs[earlier].compared) {
      continue;
    }
    ParagraphEvidence& group = linked[{later, earlier}];
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
  for (const auto& [key, group] : linked) {
    if (cosine.count(key) == 0) cosine[key] = paragraph_cosine(key.first, key.second);
  }

  // The rule, pair by pair (the map runs by later, then earlier paragraph).
  struct Restated {
    std::pair<int, int> key;
    double score;
    double coverage;
    PairEvidence outside;
  };
  std::vector<Restated> restated;
  for (const auto& [key, score] : cosine) {
    const ParagraphRef& later = passages.paragraphs[key.first];
    const auto group = linked.find(key);
    // Close as a whole is not enough: some sentence must restate (README).
    if (group == linked.end()) continue;
    const ParagraphEvidence& pairs = group->second;
    const double coverage =
        later.content_words == 0 ? 0.0
                                 : static_cast<double>(pairs.covered_words) / later.content_words;
    if (score < options.paragraph_threshold &&
        (coverage < options.paragraph_coverage || score < options.paragraph_floor)) {
      continue;
    }
    // One restated sentence is reported as the sentence it is, unless the
    // rest of the paragraph takes up the earlier one's words too.
    std::vector<int> linked_later, linked_earlier;
    for (const ScoredPair& pair : pairs.pairs) {
      linked_later.push_back(pair.later);
      linked_earlier.push_back(pair.earlier);
    }
    std::sort(linked_later.begin(), linked_later.end());
    std::sort(linked_earlier.begin(), linked_earlier.end());
    const PairEvidence outside =
        evidence.outside(first_sentence[key.first], first_sentence[key.first + 1],
                         first_sentence[key.second], first_sentence[key.second + 1],
                         linked_later, linked_earlier);
    if (options.require_evidence && pairs.pairs.size() < 2 &&
        (outside.shared < options.paragraph_min_outside_terms ||
         outside.run < options.paragraph_min_outside_run)) {
      continue;
    }
    // Like sentences, a paragraph is reported against its closest earlier
    // paragraph (ties: the earliest) unless every pair is asked for.
    if (!options.all_pairs && !restated.empty() && restated.back().key.first == key.first) {
      if (score > restated.back().score) restated.back() = {key, score, coverage, outside};
      continue;
    }
    restated.push_back({key, score, coverage, outside});
  }

  // A restated paragraph lists its restated sentences; they are not
  // reported again on their own.
  // (With all_pairs every pair is reported, these too.)
  std::set<std::pair<int, int>> in_paragraphs;
  for (const Restated& pair : options.all_pairs ? std::vector<Restated>() : restated) {
    for (const ScoredPair& sentence : linked.find(pair.key)->second.pairs) {
      in_paragraphs.emplace(sentence.later, sentence.earlier);
    }
  }
  std::vector<Finding> findings;
  findings.reserve(reported.size() + restated.size());
  for (const ScoredPair& pair : reported) {
    if (in_paragraphs.count({pair.later, pair.earlier}) > 0) continue;
    // `best` holds reportable pairs only; with all_pairs every pair is asked.
    if (options.all_pairs && !reportable(pair)) continue;
    findings.push_back(sentence_finding(passages, pair, evidence));
  }
  for (const Restated& pair : restated) {
    Finding finding;
    finding.kind = FindingKind::kRestatedParagraph;
    finding.score = pair.score;
    finding.coverage = std::min(1.0, pair.coverage);
    finding.support = {pair.outside.shared, pair.outside.run, pair.outside.later_terms,
                       pair.outside.earlier_terms};
    finding.location = passages.paragraphs[pair.key.first].span;
    finding.restates = passages.paragraphs[pair.key.second].span;
    const auto group = linked.find(pair.key);
    if (group != linked.end()) {
      for (const ScoredPair& sentence : group->second.pairs) {
        finding.evidence.push_back(sentence_finding(passages, sentence, evidence));
      }
    }
    findings.push_back(std::move(finding));
  }

  std::sort(findings.begin(), findings.end(), finding_order);
  return findings;
}

}  // namespace twice::detect
