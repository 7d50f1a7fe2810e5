#include "twice/detect/grouping.h"

#include <algorithm>
#include <map>
#include <tuple>
#include <utility>

namespace twice::detect {
namespace {

using Key = std::pair<std::uint32_t, std::size_t>;  // (document, begin)

bool inside(const Span& inner, const Span& outer) {
  return inner.document == outer.document && inner.begin >= outer.begin &&
         inner.end <= outer.end;
}

}  // namespace

std::vector<Finding> attach_phrases(std::vector<Finding> phrases,
                                    std::vector<Finding>* restatements) {
  // Every pair, in preference order, and the sentences that start each one.
  std::vector<Finding*> pairs;
  for (Finding& finding : *restatements) {
    if (finding.kind == FindingKind::kRestatedSentence) pairs.push_back(&finding);
  }
  for (Finding& finding : *restatements) {
    for (Finding& pair : finding.evidence) pairs.push_back(&pair);
  }
  std::map<Key, std::vector<std::size_t>> by_start;  // sentence start -> pairs holding it
  for (std::size_t i = 0; i < pairs.size(); ++i) {
    by_start[{pairs[i]->location.document, pairs[i]->location.begin}].push_back(i);
    by_start[{pairs[i]->restates.document, pairs[i]->restates.begin}].push_back(i);
  }
  std::vector<Finding> alone;
  for (Finding& phrase : phrases) {
    Finding* home = nullptr;
    const Span& first = phrase.occurrences.front();
    // Sentences do not overlap: the one holding `first` starts last at or before it.
    auto it = by_start.upper_bound({first.document, first.begin});
    if (it != by_start.begin()) {
      --it;
      std::vector<std::size_t> candidates = it->second;
      std::sort(candidates.begin(), candidates.end());
      for (const std::size_t i : candidates) {
        const Finding& pair = *pairs[i];
        const bool all_in = std::all_of(
            phrase.occurrences.begin(), phrase.occurrences.end(), [&](const Span& span) {
              return inside(span, pair.location) || inside(span, pair.restates);
            });
        if (all_in) {
          home = pairs[i];
          break;
        }
      }
    }
    if (home != nullptr) {
      home->phrases.push_back(std::move(phrase));
    } else {
      alone.push_back(std::move(phrase));
    }
  }
  return alone;
}

void order_findings(std::vector<Finding>* findings) {
  const auto key = [](const Span& span) {
    return std::make_tuple(span.document, span.begin, span.end);
  };
  std::stable_sort(findings->begin(), findings->end(), [&](const Finding& a, const Finding& b) {
    const auto a_start = std::make_pair(a.location.document, a.location.begin);
    const auto b_start = std::make_pair(b.location.document, b.location.begin);
    if (a_start != b_start) return a_start < b_start;
    if (a.kind != b.kind) return static_cast<int>(a.kind) < static_cast<int>(b.kind);
    return std::make_tuple(key(a.location), key(a.restates), a.subject) <
           std::make_tuple(key(b.location), key(b.restates), b.subject);
  });
}

}  // namespace twice::detect
