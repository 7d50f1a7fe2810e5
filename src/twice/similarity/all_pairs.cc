#include "twice/similarity/all_pairs.h"

#include <algorithm>
#include <atomic>
#include <thread>

namespace twice::similarity {
namespace {

// Column-major copy of the eligible rows: for each term, the rows holding it
// in ascending order with their weights.
struct InvertedIndex {
  std::vector<int> starts;  // size terms + 1
  std::vector<int> row_of;
  std::vector<double> weight_of;
};

InvertedIndex build_index(const vectorize::SparseRows& rows,
                          const std::vector<bool>& eligible) {
  InvertedIndex index;
  const int terms = static_cast<int>(rows.cols());
  index.starts.assign(static_cast<std::size_t>(terms) + 1, 0);
  for (int r = 0; r < rows.rows(); ++r) {
    if (!eligible[r]) continue;
    for (vectorize::SparseRows::InnerIterator it(rows, r); it; ++it) ++index.starts[it.col() + 1];
  }
  for (int t = 0; t < terms; ++t) index.starts[t + 1] += index.starts[t];
  index.row_of.resize(static_cast<std::size_t>(index.starts.back()));
  index.weight_of.resize(index.row_of.size());
  std::vector<int> fill(index.starts.begin(), index.starts.end() - 1);
  for (int r = 0; r < rows.rows(); ++r) {
    if (!eligible[r]) continue;
    for (vectorize::SparseRows::InnerIterator it(rows, r); it; ++it) {
      const int slot = fill[it.col()]++;
      index.row_of[slot] = r;
      index.weight_of[slot] = it.value();
    }
  }
  return index;
}

// One worker's scratch space: a dense accumulator over rows and the list of
// rows it touched, so resetting costs what was used.
class Accumulator {
 public:
  explicit Accumulator(std::size_t rows) : score_(rows, 0.0), touched_flag_(rows, false) {}

  void score_row(const vectorize::SparseRows& rows, const InvertedIndex& index, int row,
                 double threshold, std::vector<ScoredPair>* out) {
    for (vectorize::SparseRows::InnerIterator it(rows, row); it; ++it) {
      const int term = static_cast<int>(it.col());
      for (int slot = index.starts[term]; slot < index.starts[term + 1]; ++slot) {
        const int earlier = index.row_of[slot];
        if (earlier >= row) break;  // postings ascend: the rest are later rows
        if (!touched_flag_[earlier]) {
          touched_flag_[earlier] = true;
          touched_.push_back(earlier);
        }
        score_[earlier] += it.value() * index.weight_of[slot];
      }
    }
    std::sort(touched_.begin(), touched_.end());
    for (const int earlier : touched_) {
      if (score_[earlier] >= threshold) {
        out->push_back({row, earlier, std::min(1.0, score_[earlier])});
      }
      score_[earlier] = 0.0;
      touched_flag_[earlier] = false;
    }
    touched_.clear();
  }

 private:
  std::vector<double> score_;
  std::vector<bool> touched_flag_;
  std::vector<int> touched_;
};

}  // namespace

std::vector<ScoredPair> similar_pairs(const vectorize::SparseRows& rows,
                                      const std::vector<bool>& eligible,
                                      double threshold, int jobs) {
  const int n = static_cast<int>(rows.rows());
  const InvertedIndex index = build_index(rows, eligible);

  // Rows go out in fixed blocks; each block's pairs land in its own slot, and
  // the slots are joined in order, so any number of workers gives one result.
  constexpr int kBlock = 512;
  const int blocks = (n + kBlock - 1) / kBlock;
  std::vector<std::vector<ScoredPair>> found(static_cast<std::size_t>(blocks));
  std::atomic<int> next_block{0};
  auto work = [&] {
    Accumulator accumulator(static_cast<std::size_t>(n));
    for (int block; (block = next_block.fetch_add(1)) < blocks;) {
      const int end = std::min(n, (block + 1) * kBlock);
      for (int row = block * kBlock; row < end; ++row) {
        if (eligible[row]) accumulator.score_row(rows, index, row, threshold, &found[block]);
      }
    }
  };
  if (jobs <= 0) jobs = static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
  jobs = std::max(1, std::min(jobs, blocks));
  std::vector<std::thread> workers;
  for (int w = 1; w < jobs; ++w) workers.emplace_back(work);
  work();
  for (std::thread& worker : workers) worker.join();

  std::vector<ScoredPair> pairs;
  for (auto& block : found) pairs.insert(pairs.end(), block.begin(), block.end());
  return pairs;
}

}  // namespace twice::similarity
