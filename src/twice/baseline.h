// Baselines: accept today's findings, fail only on new ones.
//
// A baseline file lists findings by fingerprint (content, not position: see
// Finding::fingerprint), so it survives edits elsewhere in a file. Applied
// to a run, it removes the findings it lists (as many of each fingerprint as
// it recorded) and counts its entries that no longer match anything.
#ifndef TWICE_BASELINE_H_
#define TWICE_BASELINE_H_

#include <cstddef>
#include <map>
#include <string>

#include "twice/analyze.h"
#include "twice/status.h"

namespace twice {

struct Baseline {
  std::map<std::string, std::size_t> fingerprints;  // fingerprint -> occurrences
};

struct BaselineCheck {
  std::size_t matched = 0;  // findings the baseline removed
  std::size_t stale = 0;    // baseline entries that matched nothing
};

// The "twice-baseline/1" JSON for every finding of the run.
std::string render_baseline(const Analysis& analysis);

// Errors name the file (and the line for malformed JSON).
Result<Baseline> read_baseline(const std::string& path);

// Removes the baselined findings from analysis->findings (analyze() does this
// for Options::baseline, before Options::max_findings applies).
BaselineCheck apply_baseline(const Baseline& baseline, Analysis* analysis);

}  // namespace twice

#endif  // TWICE_BASELINE_H_
