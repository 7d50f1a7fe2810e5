// parallel_for: runs fn(i) for i in [0, count) on up to `jobs` threads.
//
// Workers take indices in order from a shared counter; fn must write only
// to slot i of its output, so the result does not depend on the number of
// threads or on scheduling. jobs <= 0 means one thread per core. The
// calling thread works too; the call returns when every fn(i) has.
#ifndef TWICE_UTIL_PARALLEL_H_
#define TWICE_UTIL_PARALLEL_H_

#include <algorithm>
#include <atomic>
#include <cstddef>
#include <thread>
#include <vector>

namespace twice::util {

inline int worker_count(int jobs) {
  if (jobs > 0) return jobs;
  return static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
}

// As parallel_for, with scratch space: each worker calls make_state() once
// and passes the result to every fn(state, i) it runs.
template <typename MakeState, typename Fn>
void parallel_for_with_state(std::size_t count, int jobs, const MakeState& make_state,
                             const Fn& fn) {
  std::atomic<std::size_t> next{0};
  auto work = [&] {
    auto state = make_state();
    for (std::size_t i; (i = next.fetch_add(1)) < count;) fn(state, i);
  };
  const auto threads =
      static_cast<std::size_t>(std::min<std::size_t>(worker_count(jobs), count));
  std::vector<std::thread> workers;
  for (std::size_t w = 1; w < threads; ++w) workers.emplace_back(work);
  if (count > 0) work();
  for (std::thread& worker : workers) worker.join();
}

template <typename Fn>
void parallel_for(std::size_t count, int jobs, const Fn& fn) {
  parallel_for_with_state(count, jobs, [] { return 0; }, [&](int, std::size_t i) { fn(i); });
}

}  // namespace twice::util

#endif  // TWICE_UTIL_PARALLEL_H_
