#include "twice/detect/evidence.h"

#include <algorithm>
#include <iterator>

namespace twice::detect {

std::vector<int> Evidence::distinct(int sentence) const {
  const vectorize::Bag& bag = bags_[sentence];
  std::vector<int> terms(bag.begin(), bag.begin() + content_[sentence]);
  std::sort(terms.begin(), terms.end());
  terms.erase(std::unique(terms.begin(), terms.end()), terms.end());
  return terms;
}

// Longest common run of content terms: dynamic programming over the two
// (short) sequences, one row at a time.
int Evidence::run(int later, int earlier) const {
  const vectorize::Bag& a = bags_[later];
  const vectorize::Bag& b = bags_[earlier];
  const int a_n = content_[later], b_n = content_[earlier];
  std::vector<int> previous(b_n + 1, 0), current(b_n + 1, 0);
  int longest = 0;
  for (int i = 1; i <= a_n; ++i) {
    for (int j = 1; j <= b_n; ++j) {
      current[j] = a[i - 1] == b[j - 1] ? previous[j - 1] + 1 : 0;
      longest = std::max(longest, current[j]);
    }
    std::swap(previous, current);
  }
  return longest;
}

PairEvidence Evidence::of(int later, int earlier) const {
  const std::vector<int> a = distinct(later), b = distinct(earlier);
  std::vector<int> shared;
  std::set_intersection(a.begin(), a.end(), b.begin(), b.end(), std::back_inserter(shared));
  return {static_cast<int>(shared.size()), run(later, earlier), static_cast<int>(a.size()),
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
  if (roles_.section.empty() || roles_.section[later] == roles_.section[earlier]) return false;
  // Some word of the term (the term itself, or for inline code a word it is
  // made of: `https_proxy` under `https-proxy`, against `proxy`) is in the
  // subject of section `own` and not in that of section `other`.
  const auto names_only = [&](int term, int own, int other) {
    const auto in = [&](int id, int section) {
      const std::vector<int>& subject = roles_.subjects[section];
      return std::binary_search(subject.begin(), subject.end(), id);
    };
    const auto word = [&](int id) { return in(id, own) && !in(id, other); };
    if (word(term)) return true;
    if (static_cast<std::size_t>(term) >= roles_.code_words.size()) return false;
    const std::vector<int>& words = roles_.code_words[term];
    return std::any_of(words.begin(), words.end(), word);
  };
  const std::vector<int> a = distinct(later), b = distinct(earlier);
  // Some term of `own` that `other` lacks names the sentence's own section
  // and not the other sentence's.
  const auto names_own = [&](const std::vector<int>& own, const std::vector<int>& other, int s,
                             int o) {
    std::vector<int> only;
    std::set_difference(own.begin(), own.end(), other.begin(), other.end(),
                        std::back_inserter(only));
    return std::any_of(only.begin(), only.end(), [&](int term) {
      return names_only(term, roles_.section[s], roles_.section[o]);
    });
  };
  return names_own(a, b, later, earlier) || names_own(b, a, earlier, later);
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
