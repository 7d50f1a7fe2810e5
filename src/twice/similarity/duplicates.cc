#include "twice/similarity/duplicates.h"

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <unordered_map>

namespace twice::similarity {
namespace {

std::uint64_t row_hash(const vectorize::SparseRows& rows, int row) {
  std::uint64_t hash = 1469598103934665603ull;  // FNV-1a over (term, weight bits)
  auto mix = [&hash](std::uint64_t value) {
    hash ^= value;
    hash *= 1099511628211ull;
  };
  for (vectorize::SparseRows::InnerIterator it(rows, row); it; ++it) {
    std::uint64_t bits;
    const double weight = it.value();
    std::memcpy(&bits, &weight, sizeof bits);
    mix(static_cast<std::uint64_t>(it.col()));
    mix(bits);
  }
  return hash;
}

bool same_row(const vectorize::SparseRows& rows, int a, int b) {
  vectorize::SparseRows::InnerIterator x(rows, a);
  vectorize::SparseRows::InnerIterator y(rows, b);
  for (; x && y; ++x, ++y) {
    if (x.col() != y.col() || x.value() != y.value()) return false;
  }
  return !x && !y;
}

}  // namespace

std::vector<bool> DuplicateGroups::representatives() const {
  std::vector<bool> chosen(group_of.size(), false);
  for (const auto& group : members) chosen[group.front()] = true;
  return chosen;
}

DuplicateGroups group_identical_rows(const vectorize::SparseRows& rows,
                                     const std::vector<bool>& eligible) {
  DuplicateGroups groups;
  const int n = static_cast<int>(rows.rows());
  groups.group_of.assign(static_cast<std::size_t>(n), -1);
  std::unordered_multimap<std::uint64_t, int> by_hash;  // hash -> group
  for (int row = 0; row < n; ++row) {
    if (!eligible[row] || rows.row(row).nonZeros() == 0) continue;
    const std::uint64_t hash = row_hash(rows, row);
    int group = -1;
    const auto range = by_hash.equal_range(hash);
    for (auto it = range.first; it != range.second; ++it) {
      if (same_row(rows, groups.members[it->second].front(), row)) {
        group = it->second;
        break;
      }
    }
    if (group < 0) {
      group = static_cast<int>(groups.members.size());
      groups.members.emplace_back();
      by_hash.emplace(hash, group);
    } else {
      groups.any_duplicate = true;
    }
    groups.members[group].push_back(row);
    groups.group_of[row] = group;
  }
  return groups;
}

void keep_best_matches(std::vector<ScoredPair>* pairs, std::size_t first, int max_matches) {
  const auto begin = pairs->begin() + static_cast<long>(first);
  if (max_matches > 0 && pairs->end() - begin > max_matches) {
    const auto better = [](const ScoredPair& a, const ScoredPair& b) {
      return a.score != b.score ? a.score > b.score : a.earlier < b.earlier;
    };
    std::nth_element(begin, begin + max_matches, pairs->end(), better);
    pairs->resize(first + static_cast<std::size_t>(max_matches));
  }
  std::sort(pairs->begin() + static_cast<long>(first), pairs->end(),
            [](const ScoredPair& a, const ScoredPair& b) { return a.earlier < b.earlier; });
}

std::vector<ScoredPair> expand_duplicates(const DuplicateGroups& groups,
                                          const vectorize::SparseRows& rows,
                                          const std::vector<ScoredPair>& representative_pairs,
                                          double threshold, int max_matches) {
  // Which groups each group's representative was paired with, both ways.
  std::vector<std::vector<std::pair<int, double>>> neighbours(groups.members.size());
  for (const ScoredPair& pair : representative_pairs) {
    const int later = groups.group_of[pair.later];
    const int earlier = groups.group_of[pair.earlier];
    neighbours[later].emplace_back(earlier, pair.score);
    neighbours[earlier].emplace_back(later, pair.score);
  }
  std::vector<double> self_score(groups.members.size());
  for (std::size_t g = 0; g < groups.members.size(); ++g) {
    const int row = groups.members[g].front();
    self_score[g] = std::min(1.0, rows.row(row).dot(rows.row(row)));
  }

  std::vector<ScoredPair> pairs;
  // Only the first `max_matches` earlier rows of any one group can be kept.
  const auto limit = [max_matches](std::size_t available) {
    return max_matches > 0 ? std::min(available, static_cast<std::size_t>(max_matches))
                           : available;
  };
  auto earlier_members = [&](int row, int group) {
    const auto& members = groups.members[group];
    return limit(static_cast<std::size_t>(
        std::lower_bound(members.begin(), members.end(), row) - members.begin()));
  };
  auto add_earlier_members = [&](int row, int group, double score) {
    const std::size_t count = earlier_members(row, group);
    for (std::size_t m = 0; m < count; ++m) pairs.push_back({row, groups.members[group][m], score});
  };
  // Sized exactly first: with one sentence repeated a million times the
  // pairs are most of the run's memory, and growing them would double it.
  std::size_t kept = 0;
  std::size_t most_dropped = 0;  // a row's pairs before keep_best_matches trims them
  for (int row = 0; row < static_cast<int>(groups.group_of.size()); ++row) {
    const int group = groups.group_of[row];
    if (group < 0) continue;
    std::size_t count = self_score[group] >= threshold ? earlier_members(row, group) : 0;
    for (const auto& neighbour : neighbours[group]) count += earlier_members(row, neighbour.first);
    const std::size_t row_kept = limit(count);
    kept += row_kept;
    most_dropped = std::max(most_dropped, count - row_kept);
  }
  pairs.reserve(kept + most_dropped);
  for (int row = 0; row < static_cast<int>(groups.group_of.size()); ++row) {
    const int group = groups.group_of[row];
    if (group < 0) continue;
    const std::size_t first = pairs.size();
    if (self_score[group] >= threshold) add_earlier_members(row, group, self_score[group]);
    for (const auto& [other, score] : neighbours[group]) add_earlier_members(row, other, score);
    keep_best_matches(&pairs, first, max_matches);
  }
  return pairs;
}

}  // namespace twice::similarity
