#include "twice/detect/mirrors.h"

#include <algorithm>
#include <map>
#include <set>
#include <tuple>
#include <utility>

namespace twice::detect {
namespace {

using DocumentPair = std::pair<std::uint32_t, std::uint32_t>;  // (later, earlier)

std::tuple<std::size_t, std::size_t, std::size_t, std::size_t> key(const Finding& pair) {
  return {pair.location.begin, pair.location.end, pair.restates.begin, pair.restates.end};
}

// The restated sentence pairs a finding stands for: a sentence itself, a
// paragraph its evidence (with --all-pairs those are listed on their own too).
template <typename Visit>
void sentence_pairs(const Finding& finding, const Visit& visit) {
  if (finding.kind == FindingKind::kRestatedSentence) visit(finding);
  if (finding.kind != FindingKind::kRestatedParagraph) return;
  for (const Finding& pair : finding.evidence) visit(pair);
}

}  // namespace

void fold_mirrors(std::vector<Finding>* findings, const Options& options) {
  // Places of the later document that restate the earlier: restated
  // paragraphs, and restated sentences outside them.
  struct Places {
    int paragraphs = 0;
    std::set<std::pair<std::size_t, std::size_t>> in_paragraphs, sentences;
  };
  std::map<DocumentPair, Places> places;
  for (const Finding& finding : *findings) {
    if (finding.location.document == finding.restates.document) continue;
    Places& of = places[{finding.location.document, finding.restates.document}];
    if (finding.kind == FindingKind::kRestatedSentence) {
      of.sentences.insert({finding.location.begin, finding.location.end});
    } else if (finding.kind == FindingKind::kRestatedParagraph) {
      ++of.paragraphs;
      for (const Finding& pair : finding.evidence) {
        of.in_paragraphs.insert({pair.location.begin, pair.location.end});
      }
    }
  }
  std::map<DocumentPair, Finding> mirrors;
  for (const auto& [pair, of] : places) {
    int count = of.paragraphs;
    for (const auto& sentence : of.sentences) count += of.in_paragraphs.count(sentence) == 0;
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
      continue;
    }
    sentence_pairs(finding, [&](const Finding& pair) {
      Finding sentence = pair;
      sentence.evidence.clear();
      mirror->second.evidence.push_back(std::move(sentence));
    });
  }
  for (auto& [pair, mirror] : mirrors) {
    std::vector<Finding>& pairs = mirror.evidence;
    std::stable_sort(pairs.begin(), pairs.end(),
                     [](const Finding& a, const Finding& b) { return key(a) < key(b); });
    pairs.erase(std::unique(pairs.begin(), pairs.end(),
                            [](const Finding& a, const Finding& b) { return key(a) == key(b); }),
                pairs.end());
    mirror.location = pairs.front().location;
    mirror.restates = pairs.front().restates;
    double total = 0;
    for (const Finding& sentence : pairs) {
      mirror.occurrences.push_back(sentence.location);
      total += sentence.score;
    }
    mirror.score = total / static_cast<double>(pairs.size());
    kept.push_back(std::move(mirror));
  }
  *findings = std::move(kept);
}

}  // namespace twice::detect
