#include "twice/repetition/phrases.h"

#include <algorithm>
#include <cstdint>
#include <map>
#include <tuple>

namespace twice::repetition {
namespace {

using Group = std::vector<int>;  // start positions, ascending

std::uint64_t mix(std::uint64_t hash, std::uint64_t value) {
  hash ^= value + 0x9e3779b97f4a7c15ull + (hash << 6) + (hash >> 2);
  return hash * 0xff51afd7ed558ccdull;
}

class Finder {
 public:
  Finder(const Words& run, const Options& options) : w_(run.words), options_(options) {}

  // Groups of the first length: windows of min_words tokens in one sentence.
  // The windows are sorted by (hash, position), not bucketed in a map: one
  // flat array instead of a vector per distinct window (most windows of
  // prose are distinct, and their allocations were most of the cost).
  std::vector<Group> seed() const {
    const int k = options_.phrase_min_words;
    const int n = static_cast<int>(w_.size());
    std::vector<std::pair<std::uint64_t, int>> windows;  // (hash, start)
    windows.reserve(static_cast<std::size_t>(std::max(0, n - k + 1)));
    for (int p = 0; p + k <= n; ++p) {
      if (w_[p].sentence != w_[p + k - 1].sentence) continue;
      std::uint64_t hash = 0;
      for (int i = 0; i < k; ++i) hash = mix(hash, static_cast<std::uint64_t>(w_[p + i].term));
      windows.emplace_back(hash, p);
    }
    std::sort(windows.begin(), windows.end());
    std::vector<Group> groups;
    std::vector<Group> same_hash;  // one group per distinct window among equal hashes
    for (std::size_t i = 0; i < windows.size();) {
      std::size_t j = i + 1;
      while (j < windows.size() && windows[j].first == windows[i].first) ++j;
      if (j - i >= 2) {
        // Hash collisions are told apart by comparing the words.
        same_hash.clear();
        for (std::size_t at = i; at < j; ++at) {
          const int p = windows[at].second;
          auto same = std::find_if(same_hash.begin(), same_hash.end(),
                                   [&](const Group& group) { return equal(group.front(), p, k); });
          if (same == same_hash.end()) {
            same_hash.push_back({p});
          } else {
            same->push_back(p);
          }
        }
        for (Group& group : same_hash) {
          if (group.size() >= 2) groups.push_back(std::move(group));
        }
      }
      i = j;
    }
    // Positions, not hashes, give the order.
    std::sort(groups.begin(), groups.end());
    return groups;
  }

  bool has_next(int p, int length) const {
    const std::size_t at = static_cast<std::size_t>(p + length);
    return at < w_.size() && w_[at].sentence == w_[static_cast<std::size_t>(p)].sentence;
  }

  bool left_maximal(const Group& group) const {
    int previous = -1;
    for (const int p : group) {
      if (p == 0 || w_[p - 1].sentence != w_[p].sentence) return true;
      if (previous >= 0 && w_[p - 1].term != previous) return true;
      previous = w_[p - 1].term;
    }
    return false;
  }

  // Splits a group by the token after it; children of two or more.
  std::vector<Group> children(const Group& group, int length, bool* right_maximal) const {
    std::vector<std::pair<int, int>> next;  // (next term, position)
    for (const int p : group) {
      if (has_next(p, length)) next.emplace_back(w_[p + length].term, p);
    }
    std::sort(next.begin(), next.end());
    std::vector<Group> out;
    *right_maximal = true;
    for (std::size_t i = 0; i < next.size();) {
      std::size_t j = i;
      Group child;
      while (j < next.size() && next[j].first == next[i].first) child.push_back(next[j++].second);
      if (child.size() == group.size()) *right_maximal = false;
      if (child.size() >= 2) out.push_back(std::move(child));
      i = j;
    }
    return out;
  }

  // A maximal run, trimmed and checked; adds its occurrences to `merged`.
  void accept(const Group& group, int length,
              std::map<std::vector<int>, std::vector<int>>* merged) const {
    int first = 0;
    int last = length;  // [first, last) within the run
    const auto stop = [&](int offset) { return !w_[group.front() + offset].content; };
    while (last - first > options_.phrase_min_words && stop(first)) ++first;
    while (last - first > options_.phrase_min_words && stop(last - 1)) --last;
    int content = 0;
    for (int i = first; i < last; ++i) content += !stop(i);
    if (content < options_.phrase_min_content_words) return;
    std::vector<int> key;
    for (int i = first; i < last; ++i) key.push_back(w_[group.front() + i].term);
    std::vector<int>& starts = (*merged)[key];
    for (const int p : group) starts.push_back(p + first);
  }

  bool equal(int a, int b, int length) const {
    for (int i = 0; i < length; ++i) {
      if (w_[a + i].term != w_[b + i].term) return false;
    }
    return true;
  }

 private:
  const std::vector<Word>& w_;
  const Options& options_;
};

}  // namespace

Phrases find_phrases(const Words& run, const std::vector<Document>& documents,
                     const Options& options) {
  Phrases out;
  out.covered.assign(run.words.size(), 0);
  if (options.phrase_min_words > kMaxPhraseWords) return out;
  const Finder finder(run, options);
  std::map<std::vector<int>, std::vector<int>> merged;  // words -> starts
  std::vector<Group> level = finder.seed();
  for (int length = options.phrase_min_words; !level.empty(); ++length) {
    std::vector<Group> next_level;
    for (const Group& group : level) {
      bool right_maximal = true;
      std::vector<Group> children;
      if (length < kMaxPhraseWords) children = finder.children(group, length, &right_maximal);
      if (right_maximal && finder.left_maximal(group)) finder.accept(group, length, &merged);
      for (Group& child : children) next_level.push_back(std::move(child));
    }
    level = std::move(next_level);
  }

  for (auto& [key, starts] : merged) {
    const int length = static_cast<int>(key.size());
    std::sort(starts.begin(), starts.end());
    starts.erase(std::unique(starts.begin(), starts.end()), starts.end());
    std::vector<int> kept;  // no occurrence overlaps the one before it
    for (const int p : starts) {
      if (kept.empty() || p >= kept.back() + length) kept.push_back(p);
    }
    if (static_cast<int>(kept.size()) < options.phrase_min_count) continue;
    Finding finding;
    finding.kind = FindingKind::kRepeatedPhrase;
    finding.score = 1;
    for (const int p : kept) {
      const Word& first = run.words[static_cast<std::size_t>(p)];
      const Word& last = run.words[static_cast<std::size_t>(p + length - 1)];
      finding.occurrences.push_back({first.document, first.begin, last.end()});
      for (int i = p; i < p + length; ++i) out.covered[static_cast<std::size_t>(i)] = 1;
    }
    finding.restates = finding.occurrences[0];
    finding.location = finding.occurrences[1];
    finding.subject = as_written(documents[finding.restates.document], finding.restates.begin,
                                 finding.restates.end);
    out.findings.push_back(std::move(finding));
  }
  std::sort(out.findings.begin(), out.findings.end(), [](const Finding& a, const Finding& b) {
    return std::make_tuple(a.location.document, a.location.begin, a.location.end) <
           std::make_tuple(b.location.document, b.location.begin, b.location.end);
  });
  return out;
}

}  // namespace twice::repetition
