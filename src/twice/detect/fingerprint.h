// Fingerprints: a finding's identity by content, for baselines and SARIF.
//
// 16 hex digits of a 64-bit FNV-1a hash over the kind and the two passages'
// text with every whitespace run read as one space. Positions are not part
// of it, so edits elsewhere in a file, moving a passage, or re-wrapping its
// lines leave it unchanged; changing a word of either passage changes it.
#ifndef TWICE_DETECT_FINGERPRINT_H_
#define TWICE_DETECT_FINGERPRINT_H_

#include <string>
#include <string_view>

#include "twice/analyze.h"

namespace twice::detect {

std::string fingerprint(FindingKind kind, std::string_view later, std::string_view earlier);

}  // namespace twice::detect

#endif  // TWICE_DETECT_FINGERPRINT_H_
