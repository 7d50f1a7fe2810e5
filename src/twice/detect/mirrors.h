// Mirrored pages: a later document that restates an earlier one sentence by
// sentence.
//
// Docs sites write parallel pages on purpose: one per API style (the
// Options API and the Composition API reference), one per command
// (`cargo build`, `cargo check`), one per platform. Each page says again
// much of what its sibling said; reported pair by pair, one page pair fills
// a report. When one document restates one other in at least
// Options::mirror_min_sentences places (a restated sentence, or a restated
// paragraph with its sentence pairs), they become one finding (info by
// default) that lists every sentence pair, the paragraphs' included.
// Complexity: O(findings · log findings). Deterministic.
#ifndef TWICE_DETECT_MIRRORS_H_
#define TWICE_DETECT_MIRRORS_H_

#include <vector>

#include "twice/analyze.h"
#include "twice/options.h"

namespace twice::detect {

// Replaces the restatements of each mirrored document pair in *findings by
// one kMirroredPage finding: location the first restated sentence of the
// later document, restates its earlier counterpart, evidence every sentence
// pair in order, occurrences their later sentences. Order is not kept.
void fold_mirrors(std::vector<Finding>* findings, const Options& options);

}  // namespace twice::detect

#endif  // TWICE_DETECT_MIRRORS_H_
