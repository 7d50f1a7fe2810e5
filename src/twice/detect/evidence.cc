#include "twice/detect/evidence.h"

#include <algorithm>
#include <iterator>

namespace twice::detect {
namespace {

// The sorted terms of `a` that sorted `b` lacks.
std::vector<int> minus(const std::vector<int>& a, const std::vector<int>& b) {
  std::vector<int> out;
  std::set_difference(a.begin(), a.end(), b.begin(), b.end(), std::back_inserter(out));
  return out;
}

}  // namespace

std::vector<int> Evidence::distinct(int sentence) const {
  const vectorize::Bag& bag = bags_[sentence];
  std::vector<int> terms(bag.begin(), bag.begin() + content_[sentence]);
  std::sort(terms.begin(), terms.end());
  terms.erase(std::unique(terms.begin(), terms.end()), terms.end());
  return terms;
}

// Longest common run of content terms, none of them in `skipped` (sorted):
// dynamic programming over the two (short) sequences, one row at a time.
int Evidence::run(int later, int earlier, const std::vector<int>& skipped) const {
  const vectorize::Bag& a = bags_[later];
  const vectorize::Bag& b = bags_[earlier];
  const int a_n = content_[later], b_n = content_[earlier];
  std::vector<int> previous(b_n + 1, 0), current(b_n + 1, 0);
  int longest = 0;
  for (int i = 1; i <= a_n; ++i) {
    const bool counts =
        skipped.empty() || !std::binary_search(skipped.begin(), skipped.end(), a[i - 1]);
    for (int j = 1; j <= b_n; ++j) {
      current[j] = counts && a[i - 1] == b[j - 1] ? previous[j - 1] + 1 : 0;
      longest = std::max(longest, current[j]);
    }
    std::swap(previous, current);
  }
  return longest;
}

std::vector<int> Evidence::cited_by_both(int later, int earlier) const {
  if (static_cast<std::size_t>(std::max(later, earlier)) >= roles_.link_terms.size() ||
      roles_.link_terms[later].empty() || roles_.link_terms[earlier].empty()) {
    return {};
  }
  const std::vector<std::string>& a = roles_.links[later];
  const std::vector<std::string>& b = roles_.links[earlier];
  std::vector<std::string> targets;
  std::set_intersection(a.begin(), a.end(), b.begin(), b.end(), std::back_inserter(targets));
  if (targets.empty()) return {};
  std::vector<int> cited;
  std::set_intersection(roles_.link_terms[later].begin(), roles_.link_terms[later].end(),
                        roles_.link_terms[earlier].begin(), roles_.link_terms[earlier].end(),
                        std::back_inserter(cited));
  return cited;
}

PairEvidence Evidence::of(int later, int earlier) const {
  const std::vector<int> a = distinct(later), b = distinct(earlier);
  // Unless one is the other again ("See the [conversion table](...) for a
  // summary ..." on two pages).
  const std::vector<int> cited =
      bags_[later] == bags_[earlier] ? std::vector<int>() : cited_by_both(later, earlier);
  std::vector<int> shared;
  std::set_intersection(a.begin(), a.end(), b.begin(), b.end(), std::back_inserter(shared));
  if (!cited.empty()) shared = minus(shared, cited);
  return {static_cast<int>(shared.size()), run(later, earlier, cited), static_cast<int>(a.size()),
          static_cast<int>(b.size())};
}

bool Evidence::within(int inner, int outer) const {
  for (int entry = inner; entry >= 0; entry = roles_.entry_parent[entry]) {
    if (entry == outer) return true;
  }
  return false;
}

bool Evidence::parallel(int later, int earlier) const {
  // Whether a role was computed for both sentences (a caller may give none).
  const auto covers = [&](const auto& role) {
    return static_cast<std::size_t>(std::max(later, earlier)) < role.size();
  };
  if (covers(roles_.negated) && roles_.negated[later] != roles_.negated[earlier]) return true;
  if (covers(roles_.entry)) {
    const int a = roles_.entry[later], b = roles_.entry[earlier];
    if (a >= 0 && b >= 0 && !within(a, b) && !within(b, a)) return true;
  }
  const auto lead_in = [&](int s) {
    return static_cast<std::size_t>(s) < roles_.lead_in.size() && roles_.lead_in[s];
  };
  const auto cases = [&]() {
    return covers(roles_.opens_case) && roles_.opens_case[later] && roles_.opens_case[earlier] &&
           roles_.section[later] == roles_.section[earlier];
  };
  // Unless one is the other again, word for word ("Lists support the
  // following constraints:" copied under Tuples).
  if ((lead_in(later) && lead_in(earlier)) || cases()) return bags_[later] != bags_[earlier];
  if (covers(roles_.links)) {
    const std::vector<std::string>& a = roles_.links[later];
    const std::vector<std::string>& b = roles_.links[earlier];
    std::vector<std::string> common;
    std::set_intersection(a.begin(), a.end(), b.begin(), b.end(), std::back_inserter(common));
    if (!a.empty() && !b.empty() && common.empty()) return true;
  }
  if (!in_sections(later, earlier)) return false;
  // Some term of one that the other lacks names its own section and not the
  // other's.
  const std::vector<int> a = distinct(later), b = distinct(earlier);
  const std::vector<int> only_a = minus(a, b), only_b = minus(b, a);
  return std::any_of(only_a.begin(), only_a.end(),
                     [&](int term) { return names(term, later, earlier); }) ||
         std::any_of(only_b.begin(), only_b.end(),
                     [&](int term) { return names(term, earlier, later); });
}

bool Evidence::swaps_subject(int later, int earlier) const {
  if (!in_sections(later, earlier)) return false;
  const std::vector<int> a = distinct(later), b = distinct(earlier);
  const std::vector<int> only_a = minus(a, b), only_b = minus(b, a);
  return !only_a.empty() && !only_b.empty() &&
         std::all_of(only_a.begin(), only_a.end(),
                     [&](int term) { return names(term, later, earlier); }) &&
         std::all_of(only_b.begin(), only_b.end(),
                     [&](int term) { return names(term, earlier, later); });
}

bool Evidence::in_sections(int later, int earlier) const {
  return static_cast<std::size_t>(std::max(later, earlier)) < roles_.section.size() &&
         roles_.section[later] != roles_.section[earlier];
}

// Some word of the term (the term itself, or for inline code a word it is
// made of: `https_proxy` under `https-proxy`, against `proxy`) is in the
// subject of sentence `own`'s section and not in that of sentence `other`'s.
bool Evidence::names(int term, int own, int other) const {
  const auto in = [&](int id, int sentence) {
    const std::vector<int>& subject = roles_.subjects[roles_.section[sentence]];
    return std::binary_search(subject.begin(), subject.end(), id);
  };
  const auto word = [&](int id) { return in(id, own) && !in(id, other); };
  if (word(term)) return true;
  if (static_cast<std::size_t>(term) >= roles_.code_words.size()) return false;
  const std::vector<int>& words = roles_.code_words[term];
  return std::any_of(words.begin(), words.end(), word);
}

PairEvidence Evidence::outside(int later_first, int later_last, int earlier_first,
                               int earlier_last, const std::vector<int>& linked_later,
                               const std::vector<int>& linked_earlier) const {
  // Long paragraphs are capped: past this many sentences a side, the pairs
  // would cost more than they tell.
  constexpr int kMaxSentences = 64;
  const auto rest = [&](int first, int last, const std::vector<int>& linked) {
    std::vector<int> out;
    for (int s = first; s < last && static_cast<int>(out.size()) < kMaxSentences; ++s) {
      if (!std::binary_search(linked.begin(), linked.end(), s)) out.push_back(s);
    }
    return out;
  };
  const std::vector<int> later = rest(later_first, later_last, linked_later);
  const std::vector<int> earlier = rest(earlier_first, earlier_last, linked_earlier);
  const auto terms_of = [&](const std::vector<int>& sentences) {
    std::vector<int> terms;
    for (int s : sentences) {
      const std::vector<int> own = distinct(s);
      terms.insert(terms.end(), own.begin(), own.end());
    }
    std::sort(terms.begin(), terms.end());
    terms.erase(std::unique(terms.begin(), terms.end()), terms.end());
    return terms;
  };
  const std::vector<int> a = terms_of(later), b = terms_of(earlier);
  std::vector<int> shared;
  std::set_intersection(a.begin(), a.end(), b.begin(), b.end(), std::back_inserter(shared));
  PairEvidence evidence{static_cast<int>(shared.size()), 0, static_cast<int>(a.size()),
                        static_cast<int>(b.size())};
  for (int l : later) {
    for (int e : earlier) evidence.run = std::max(evidence.run, run(l, e));
  }
  return evidence;
}

EvidenceLevel Evidence::level(double score, const PairEvidence& evidence, bool same_document,
                             const Options& options) {
  // A near copy: as many shared words as a compared sentence needs.
  const bool words = evidence.shared >= options.min_words;
  if (score >= options.strict_threshold && words) return EvidenceLevel::kStrong;
  const bool enough = evidence.shared >= options.min_shared_terms;
  // Every content word of the shorter side is in the longer: it says part
  // of the same sentence again.
  const bool contained = evidence.shared == std::min(evidence.later_terms, evidence.earlier_terms);
  if (enough && (contained || evidence.run >= options.copied_run)) return EvidenceLevel::kStrong;
  if (score >= options.support_threshold && words) return EvidenceLevel::kSupporting;
  if (enough && (evidence.run >= options.support_run ||
                 (same_document && evidence.shared >= options.shared_terms_alone))) {
    return EvidenceLevel::kSupporting;
  }
  return EvidenceLevel::kNone;
}

}  // namespace twice::detect
