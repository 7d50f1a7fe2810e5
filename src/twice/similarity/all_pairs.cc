#include "twice/similarity/all_pairs.h"

#include "twice/similarity/duplicates.h"
#include "twice/util/parallel.h"

#include <algorithm>
#include <atomic>
#include <cmath>
#include <numeric>

namespace twice::similarity {
namespace {

// Bounds are compared with this much slack, so that rounding can only make
// the search index or accept more, never miss a pair.
constexpr double kSlack = 1e-9;

// The eligible rows with their terms renumbered by rank (0 = the term in
// most rows), each row sorted by rank, and the index over their suffixes.
struct Prepared {
  std::vector<double> max_weight;  // by rank: the largest weight of the term
  std::vector<long> row_start;     // size rows + 1, into rank_of / weight_of
  std::vector<int> rank_of;
  std::vector<double> weight_of;
  std::vector<long> indexed_from;  // per row: first entry that is indexed
  std::vector<double> prefix_norm;  // per row: L2 norm of the unindexed entries
  // Inverted index by rank: rows (ascending) and weights.
  std::vector<long> posting_start;  // size terms + 1
  std::vector<int> posting_row;
  std::vector<double> posting_weight;
  // L2 norm of the row's entries up to and including this one (by rank).
  std::vector<double> posting_norm;
};

Prepared prepare(const vectorize::SparseRows& rows, const std::vector<bool>& eligible,
                 double threshold) {
  const int n = static_cast<int>(rows.rows());
  const int terms = static_cast<int>(rows.cols());
  std::vector<int> frequency(static_cast<std::size_t>(terms), 0);
  std::vector<double> max_weight(static_cast<std::size_t>(terms), 0.0);
  for (int r = 0; r < n; ++r) {
    if (!eligible[r]) continue;
    for (vectorize::SparseRows::InnerIterator it(rows, r); it; ++it) {
      ++frequency[it.col()];
      max_weight[it.col()] = std::max(max_weight[it.col()], it.value());
    }
  }
  std::vector<int> by_rank(static_cast<std::size_t>(terms));
  std::iota(by_rank.begin(), by_rank.end(), 0);
  std::stable_sort(by_rank.begin(), by_rank.end(),
                   [&](int a, int b) { return frequency[a] > frequency[b]; });
  std::vector<int> rank(static_cast<std::size_t>(terms));
  for (int r = 0; r < terms; ++r) rank[by_rank[r]] = r;

  Prepared p;
  p.max_weight.resize(static_cast<std::size_t>(terms));
  for (int t = 0; t < terms; ++t) p.max_weight[rank[t]] = max_weight[t];
  p.row_start.assign(static_cast<std::size_t>(n) + 1, 0);
  p.indexed_from.resize(static_cast<std::size_t>(n));
  p.prefix_norm.assign(static_cast<std::size_t>(n), 0.0);
  std::vector<std::pair<int, double>> entries;
  std::vector<long> postings_per_rank(static_cast<std::size_t>(terms) + 1, 0);
  for (int r = 0; r < n; ++r) {
    p.row_start[r] = static_cast<long>(p.rank_of.size());
    p.indexed_from[r] = p.row_start[r];
    if (!eligible[r]) continue;
    entries.clear();
    for (vectorize::SparseRows::InnerIterator it(rows, r); it; ++it) {
      entries.emplace_back(rank[it.col()], it.value());
    }
    std::sort(entries.begin(), entries.end());
    // Entries up to the one where the bound reaches the threshold stay
    // unindexed: against any row they add at most `bound` < threshold. The
    // bound is the tighter of two: each term at most its largest weight
    // (All-Pairs), and the prefix's L2 norm, as every row has norm 1 (L2AP).
    double by_max_weight = 0;
    double squares = 0;
    long first_indexed = static_cast<long>(entries.size());
    for (std::size_t e = 0; e < entries.size(); ++e) {
      by_max_weight += entries[e].second * p.max_weight[entries[e].first];
      squares += entries[e].second * entries[e].second;
      if (std::min(by_max_weight, std::sqrt(squares)) >= threshold - kSlack) {
        first_indexed = static_cast<long>(e);
        break;
      }
    }
    p.indexed_from[r] = p.row_start[r] + first_indexed;
    double prefix_squares = 0;
    for (long e = 0; e < first_indexed; ++e) prefix_squares += entries[e].second * entries[e].second;
    p.prefix_norm[r] = std::sqrt(prefix_squares);
    for (std::size_t e = 0; e < entries.size(); ++e) {
      p.rank_of.push_back(entries[e].first);
      p.weight_of.push_back(entries[e].second);
      if (static_cast<long>(e) >= first_indexed) ++postings_per_rank[entries[e].first + 1];
    }
  }
  p.row_start[n] = static_cast<long>(p.rank_of.size());

  std::partial_sum(postings_per_rank.begin(), postings_per_rank.end(), postings_per_rank.begin());
  p.posting_start = postings_per_rank;
  p.posting_row.resize(static_cast<std::size_t>(p.posting_start.back()));
  p.posting_weight.resize(p.posting_row.size());
  p.posting_norm.resize(p.posting_row.size());
  std::vector<long> fill(p.posting_start.begin(), p.posting_start.end() - 1);
  for (int r = 0; r < n; ++r) {
    double squares = 0;
    for (long e = p.row_start[r]; e < p.row_start[r + 1]; ++e) {
      squares += p.weight_of[e] * p.weight_of[e];
      if (e < p.indexed_from[r]) continue;
      const long slot = fill[p.rank_of[e]]++;
      p.posting_row[slot] = r;
      p.posting_weight[slot] = p.weight_of[e];
      p.posting_norm[slot] = std::sqrt(squares);
    }
  }
  return p;
}

// One worker's scratch space, reset after each row at the cost of what the
// row used.
class Prober {
 public:
  Prober(const Prepared& p, std::size_t rows, std::size_t terms)
      : p_(p), score_(rows, 0.0), touched_flag_(rows, false), dense_row_(terms, 0.0) {}

  void probe(int row, double threshold, int max_matches, std::vector<ScoredPair>* out) {
    const long begin = p_.row_start[row];
    const long end = p_.row_start[row + 1];
    // Bounds on what the terms not yet probed can add to any score: by the
    // terms' largest weights, and by their L2 norm (all rows have norm 1).
    double by_max_weight = 0;
    double squares = 0;
    for (long e = begin; e < end; ++e) {
      dense_row_[p_.rank_of[e]] = p_.weight_of[e];
      by_max_weight += p_.weight_of[e] * p_.max_weight[p_.rank_of[e]];
      squares += p_.weight_of[e] * p_.weight_of[e];
    }
    // Rarest terms first: a row first met once `remaining` is below the
    // threshold shares nothing rarer with this one, so it cannot reach it.
    // From there on no posting list is read (the frequent terms' lists are
    // the long ones): the candidates' scores are completed from their rows.
    int unprobed_rank = -1;  // terms of this row up to this rank were not probed
    double unprobed_norm = 0;
    for (long e = end - 1; e >= begin; --e) {
      const int rank = p_.rank_of[e];
      if (std::min(by_max_weight, std::sqrt(std::max(0.0, squares))) < threshold - kSlack) {
        unprobed_rank = rank;
        unprobed_norm = std::sqrt(std::max(0.0, squares));
        break;
      }
      const double weight = p_.weight_of[e];
      // A row first met here shares nothing rarer with this one, so its score
      // is at most |this row's terms up to here| · |its terms up to here|
      // (L2AP). The bound only shrinks as probing goes on, so a row turned
      // away here is turned away at every later term too.
      const double norm_so_far = std::sqrt(std::max(0.0, squares));
      for (long slot = p_.posting_start[rank]; slot < p_.posting_start[rank + 1]; ++slot) {
        const int earlier = p_.posting_row[slot];
        if (earlier >= row) break;  // postings ascend: the rest are later rows
        if (!touched_flag_[earlier]) {
          if (norm_so_far * p_.posting_norm[slot] < threshold - kSlack) continue;
          touched_flag_[earlier] = true;
          touched_.push_back(earlier);
        }
        score_[earlier] += weight * p_.posting_weight[slot];
      }
      by_max_weight -= weight * p_.max_weight[rank];
      squares -= weight * weight;
    }
    const std::size_t first_found = out->size();
    for (const int earlier : touched_) {
      // Complete the score with what the postings did not carry: the earlier
      // row's unindexed prefix, and every term this row did not probe.
      double score = score_[earlier];
      score_[earlier] = 0.0;
      touched_flag_[earlier] = false;
      // What is missing is at most |earlier's prefix| + |unprobed terms| (unit rows).
      if (score + p_.prefix_norm[earlier] + unprobed_norm < threshold - kSlack) continue;
      for (long e = p_.row_start[earlier]; e < p_.row_start[earlier + 1]; ++e) {
        const int rank = p_.rank_of[e];
        // Entries ascend by rank: once one is indexed and probed, all are.
        if (e >= p_.indexed_from[earlier] && rank > unprobed_rank) break;
        score += dense_row_[rank] * p_.weight_of[e];
      }
      if (score >= threshold) out->push_back({row, earlier, std::min(1.0, score)});
    }
    touched_.clear();
    for (long e = begin; e < end; ++e) dense_row_[p_.rank_of[e]] = 0.0;
    // Candidates came in probing order; only the few that passed are sorted.
    keep_best_matches(out, first_found, max_matches);
  }

 private:
  const Prepared& p_;
  std::vector<double> score_;
  std::vector<bool> touched_flag_;
  std::vector<int> touched_;
  std::vector<double> dense_row_;  // the probing row's weights by rank
};

// The search proper, over rows that are all distinct.
std::vector<ScoredPair> search(const vectorize::SparseRows& rows,
                               const std::vector<bool>& eligible, double threshold, int jobs,
                               int max_matches, const ProgressCallback& progress,
                               const StopCallback& stop) {
  const int n = static_cast<int>(rows.rows());
  const Prepared prepared = prepare(rows, eligible, threshold);

  // Rows go out in fixed blocks; each block's pairs land in its own slot, and
  // the slots are joined in order, so any number of workers gives one result.
  constexpr int kBlock = 256;
  const int blocks = (n + kBlock - 1) / kBlock;
  std::vector<std::vector<ScoredPair>> found(static_cast<std::size_t>(blocks));
  std::atomic<long> rows_done{0};
  util::parallel_for_with_state(
      static_cast<std::size_t>(blocks), jobs,
      [&] {
        return Prober(prepared, static_cast<std::size_t>(n), static_cast<std::size_t>(rows.cols()));
      },
      [&](Prober& prober, std::size_t block) {
        const int begin = static_cast<int>(block) * kBlock;
        const int end = std::min(n, begin + kBlock);
        for (int row = begin; row < end; ++row) {
          if (stop && stop()) return;
          if (eligible[row]) prober.probe(row, threshold, max_matches, &found[block]);
        }
        const long done = rows_done += end - begin;
        if (progress) progress(done, n);
      });

  std::size_t total = 0;
  for (const auto& block : found) total += block.size();
  std::vector<ScoredPair> pairs;
  pairs.reserve(total);
  for (auto& block : found) {
    pairs.insert(pairs.end(), block.begin(), block.end());
    std::vector<ScoredPair>().swap(block);
  }
  return pairs;
}

}  // namespace

std::vector<ScoredPair> similar_pairs(const vectorize::SparseRows& rows,
                                      const std::vector<bool>& eligible, double threshold,
                                      int jobs, int max_matches,
                                      const ProgressCallback& progress,
                                      const StopCallback& stop) {
  const DuplicateGroups groups = group_identical_rows(rows, eligible);
  if (!groups.any_duplicate) {
    return search(rows, eligible, threshold, jobs, max_matches, progress, stop);
  }
  const std::vector<ScoredPair> pairs =
      search(rows, groups.representatives(), threshold, jobs, max_matches, progress, stop);
  if (stop && stop()) return {};
  return expand_duplicates(groups, rows, pairs, threshold, max_matches);
}

}  // namespace twice::similarity
