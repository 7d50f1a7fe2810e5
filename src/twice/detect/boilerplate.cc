#include "twice/detect/boilerplate.h"

#include <algorithm>
#include <cstdint>
#include <map>
#include <numeric>

namespace twice::detect {

Boilerplate::Boilerplate(const std::vector<vectorize::Bag>& bags, const std::vector<int>& content,
                         const std::vector<bool>& compared, const std::vector<bool>& code_term,
                         const Options& options)
    : enabled_(options.boilerplate.enabled),
      threshold_(options.boilerplate_threshold),
      min_count_(options.boilerplate_min_count),
      parent_(compared.size()),
      size_(compared.size(), 1),
      repeat_(compared.size(), false) {
  std::iota(parent_.begin(), parent_.end(), 0);
  if (!options.boilerplate.enabled) return;  // no formulas: every pair is a pair
  // (hash of a frame with one term left out, sentence), sorted afterwards.
  std::vector<std::pair<std::uint64_t, int>> neighbours;
  // Whole frames as keys of an ordered map: deterministic, and a run's
  // distinct frames are few next to its terms.
  std::map<std::vector<int>, int> first_with;
  for (std::size_t s = 0; s < compared.size(); ++s) {
    if (!compared[s]) continue;
    const vectorize::Bag& bag = bags[s];
    std::vector<int> frame;
    for (int t = 0; t < content[s]; ++t) {
      if (!code_term[bag[t]]) frame.push_back(bag[t]);
    }
    if (frame.size() < 2) continue;  // "Returns `x`.": nothing but the code varies
    const int sentence = static_cast<int>(s);
    if (frame.size() >= kMinNeighbourTerms && frame.size() <= kMaxNeighbourTerms) {
      // The whole frame is a neighbour of the frames one term longer.
      neighbours.emplace_back(hash(frame, frame.size()), sentence);
      for (std::size_t left_out = 0; left_out < frame.size(); ++left_out) {
        neighbours.emplace_back(hash(frame, left_out), sentence);
      }
    }
    const auto [entry, added] = first_with.emplace(std::move(frame), sentence);
    if (added) continue;
    const int root = find(entry->second);
    // The group is large enough already: this copy adds only an occurrence.
    repeat_[s] = size_[root] >= options.boilerplate_min_count - 1;
    join(entry->second, sentence);
  }
  std::sort(neighbours.begin(), neighbours.end());
  for (std::size_t i = 1; i < neighbours.size(); ++i) {
    if (neighbours[i].first == neighbours[i - 1].first) {
      join(neighbours[i - 1].second, neighbours[i].second);
    }
  }
}

std::uint64_t Boilerplate::hash(const std::vector<int>& frame, std::size_t left_out) {
  // FNV-1a over the term ids, with the left-out position's id skipped; the
  // length goes in too, so that leaving out different terms of one frame
  // never gives the whole frame's hash by accident.
  std::uint64_t h = 1469598103934665603ull;
  const auto mix = [&h](std::uint64_t value) {
    for (int byte = 0; byte < 8; ++byte) {
      h ^= (value >> (8 * byte)) & 0xFF;
      h *= 1099511628211ull;
    }
  };
  mix(left_out < frame.size() ? frame.size() - 1 : frame.size());
  for (std::size_t i = 0; i < frame.size(); ++i) {
    if (i != left_out) mix(static_cast<std::uint64_t>(frame[i]));
  }
  return h;
}

int Boilerplate::find(int sentence) const {
  while (parent_[sentence] != sentence) {
    parent_[sentence] = parent_[parent_[sentence]];
    sentence = parent_[sentence];
  }
  return sentence;
}

void Boilerplate::join(int a, int b) {
  a = find(a);
  b = find(b);
  if (a == b) return;
  if (a > b) std::swap(a, b);  // the earliest sentence is the root: deterministic
  parent_[b] = a;
  size_[a] += size_[b];
}

void Boilerplate::add_pairs(const std::vector<similarity::ScoredPair>& pairs) {
  formula_.assign(parent_.size(), false);
  if (!enabled_) return;
  for (const similarity::ScoredPair& pair : pairs) {
    if (pair.score >= threshold_) join(pair.later, pair.earlier);
  }
  for (std::size_t s = 0; s < parent_.size(); ++s) {
    formula_[s] = size_[find(static_cast<int>(s))] >= min_count_;
  }
}

bool Boilerplate::in_formula(int sentence) const { return formula_[sentence]; }

std::vector<Finding> Boilerplate::findings(const Passages& passages) const {
  std::map<int, std::vector<int>> groups;  // root -> sentences, in order
  for (std::size_t s = 0; s < formula_.size(); ++s) {
    if (formula_[s]) groups[find(static_cast<int>(s))].push_back(static_cast<int>(s));
  }
  // A group whose every occurrence is the sentence right after one of
  // another group's, in the same document and in the same order, goes on
  // that group's passage: a paragraph copied to ten pages is one formula.
  std::map<int, int> continues;  // first sentence of a group -> root of the group before
  {
    std::map<int, int> root_of_first;  // first sentence -> its group's root
    for (const auto& [root, sentences] : groups) root_of_first[sentences.front()] = root;
    for (const auto& [root, sentences] : groups) {
      const auto before = root_of_first.find(sentences.front() - 1);
      if (before == root_of_first.end()) continue;
      const std::vector<int>& previous = groups.at(before->second);
      bool follows = previous.size() == sentences.size();
      for (std::size_t i = 0; follows && i < sentences.size(); ++i) {
        follows = sentences[i] == previous[i] + 1 &&
                  passages.sentences[sentences[i]].span.document ==
                      passages.sentences[previous[i]].span.document;
      }
      if (follows) continues[sentences.front()] = before->second;
    }
  }
  std::vector<Finding> out;
  for (const auto& [root, sentences] : groups) {
    if (continues.count(sentences.front()) != 0) continue;  // part of an earlier passage
    Finding finding;
    finding.kind = FindingKind::kBoilerplate;
    finding.score = 1;
    for (int s : sentences) finding.occurrences.push_back(passages.sentences[s].span);
    // Each occurrence runs on over the groups that follow its group.
    for (int first = sentences.front(); continues.count(first + 1) != 0; ++first) {
      const std::vector<int>& following = groups.at(find(first + 1));
      for (std::size_t i = 0; i < following.size(); ++i) {
        finding.occurrences[i].end = passages.sentences[following[i]].span.end;
      }
    }
    finding.restates = finding.occurrences[0];
    finding.location = finding.occurrences[1];
    out.push_back(std::move(finding));
  }
  return out;
}

}  // namespace twice::detect
