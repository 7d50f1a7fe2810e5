#include "twice/detect/mirrors.h"

#include <map>
#include <utility>

namespace twice::detect {

void fold_mirrors(std::vector<Finding>* findings, const Options& options) {
  using DocumentPair = std::pair<std::uint32_t, std::uint32_t>;  // (later, earlier)
  std::map<DocumentPair, int> sentences;
  for (const Finding& finding : *findings) {
    if (finding.kind == FindingKind::kRestatedSentence &&
        finding.location.document != finding.restates.document) {
      ++sentences[{finding.location.document, finding.restates.document}];
    }
  }
  std::map<DocumentPair, Finding> mirrors;
  for (const auto& [pair, count] : sentences) {
    if (count >= options.mirror_min_sentences) mirrors[pair].kind = FindingKind::kMirroredPage;
  }
  if (mirrors.empty()) return;
  std::vector<Finding> kept;
  kept.reserve(findings->size());
  for (Finding& finding : *findings) {
    const bool restatement = finding.kind == FindingKind::kRestatedSentence ||
                             finding.kind == FindingKind::kRestatedParagraph;
    const auto mirror = restatement
                            ? mirrors.find({finding.location.document, finding.restates.document})
                            : mirrors.end();
    if (mirror == mirrors.end()) {
      kept.push_back(std::move(finding));
    } else if (finding.kind == FindingKind::kRestatedSentence) {
      mirror->second.evidence.push_back(std::move(finding));
    }
  }
  for (auto& [pair, mirror] : mirrors) {
    // Findings arrive ordered by location, so the evidence is in order too.
    mirror.location = mirror.evidence.front().location;
    mirror.restates = mirror.evidence.front().restates;
    double total = 0;
    for (const Finding& sentence : mirror.evidence) {
      mirror.occurrences.push_back(sentence.location);
      total += sentence.score;
    }
    mirror.score = total / static_cast<double>(mirror.evidence.size());
    kept.push_back(std::move(mirror));
  }
  *findings = std::move(kept);
}

}  // namespace twice::detect
