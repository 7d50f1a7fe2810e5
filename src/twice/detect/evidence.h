// Evidence: what makes a similar pair a restatement, not a shared topic.
//
// Two sentences about the same thing share its words ("Accessing an
// immutable static variable is safe." / "Access or modify a mutable static
// variable.", cosine 0.56) without saying the same thing. Judged on real
// docs (bench/quality/), what set the restatements apart was how many
// content words the two share, more than the cosine of their weights. For a
// sentence pair this unit counts
//   shared  distinct content terms (stop words aside) in both;
//   run     the longest run of content terms the two share in the same
//           order, consecutively ("national security team is working ...");
// and for a paragraph pair, beyond the sentence pairs that link them, the
// same two counts over the rest of the two paragraphs (what else the later
// paragraph takes up: "Budapest", "without American involvement").
// Some likeness is parallel structure, not restatement (Evidence::parallel):
// two lead-ins ("To update all modules to the latest version:" / "To update
// a module to the latest version:") are alike because the examples they
// introduce are, unless one is a copy of the other; a sentence that names
// its own section's or page's subject, in a word the other sentence lacks
// and the other's section is not about ("The `bench` field indicates
// whether ..." under "The `bench` field", "... verify proxy TLS
// certificates" under "`http.proxy-cainfo`"), describes a different thing
// in the same words; two sentences under sibling entries of a reference
// ("`fs.mkdtemp()`", "`fsPromises.mkdtemp()`") repeat a note or a template
// by design; two sentences of which one is negated ("If no arguments are
// passed, all tracked functions will be reset." / "If a tracked function is
// passed as an argument, the calls will be reset for it.") state opposite
// cases, and so do two sentences of one section that open a case ("On
// non-Windows platforms, ... adding `--shared` to the configure step." /
// "On Windows platforms ... adding `dll` to the vcbuild command line.");
// and two sentences whose links point to different places ("See the
// [profiles chapter](profiles.md#strip) for more information." / "...
// (profiles.md#custom-profiles) ...") are pointers, not claims.
// Complexity: O(terms of the sentences compared). Thread-safe.
#ifndef TWICE_DETECT_EVIDENCE_H_
#define TWICE_DETECT_EVIDENCE_H_

#include <string>
#include <vector>

#include "twice/options.h"
#include "twice/vectorize/tfidf.h"

namespace twice::detect {

// How much a sentence pair shows: nothing; enough to support a restated
// paragraph (with what else the two paragraphs share); enough on its own.
enum class EvidenceLevel : unsigned char { kNone, kSupporting, kStrong };

struct PairEvidence {
  int shared = 0;
  int run = 0;
  int later_terms = 0;    // distinct content terms of each side
  int earlier_terms = 0;
};

// Where each sentence stands, beside its terms.
struct SentenceRoles {
  // Ends with a colon, or ends a paragraph that a code block follows and
  // not with a full stop, "?" or "!": it introduces what follows (an
  // example, a list).
  std::vector<bool> lead_in;
  // Its section: an index into `subjects`.
  std::vector<int> section;
  // Per section: the sorted, distinct term ids that name what it is about
  // (its heading's terms and words, Paragraph::subject, and its page's
  // subject, Document::subject).
  std::vector<std::vector<int>> subjects;
  // By term id (empty, or as long as the vocabulary): for inline code, the
  // ids of the words it is made of (Sentence::code_words).
  std::vector<std::vector<int>> code_words;
  // Per sentence (or empty): where its links point, sorted (Sentence::links).
  std::vector<std::vector<std::string>> links;
  // Per sentence (or empty): the sorted, distinct ids of the terms found
  // only in its link texts (Sentence::link_terms).
  std::vector<std::vector<int>> link_terms;
  // Per sentence (or empty): it holds a negation (Sentence::negated); it
  // opens a case (Sentence::opens_case).
  std::vector<bool> negated;
  std::vector<bool> opens_case;
  // Per sentence (or empty): the reference entry it is part of (the section
  // of the deepest entry heading above it, Paragraph::entry), or -1.
  std::vector<int> entry;
  // Per section (or empty): for an entry, the entry it is nested in
  // ("`dir.close()`" in "Class: `fs.Dir`"), or -1.
  std::vector<int> entry_parent;
};

class Evidence {
 public:
  // bags: every sentence's feature ids, its content terms first; content:
  // how many leading ids of each bag are content terms; roles: one entry
  // per sentence (all empty: no sentence is a lead-in or has a subject).
  Evidence(const std::vector<vectorize::Bag>& bags, std::vector<int> content,
           SentenceRoles roles = {})
      : bags_(bags), content_(std::move(content)), roles_(std::move(roles)) {}

  PairEvidence of(int later, int earlier) const;

  // The pair is parallel structure, so no evidence whatever it shares: the
  // two are in different reference entries, neither nested in the other
  // (SentenceRoles::entry: a class's text and its method's are compared,
  // two methods' are not); one holds a negation and the other not; both
  // are lead-ins, or both open a case in one section, and they are not the
  // same words (stop words included) in the same order; both have links
  // and none points where one of the other's does; or one has a content
  // term the other lacks that names its own section and not the other's
  // (the two sections differ).
  bool parallel(int later, int earlier) const;

  // In two sections, each has content terms the other lacks and every one
  // of them names its own section and not the other's: one sentence with its
  // subject swapped ("The CPU manager ... CPU resources" under "CPU manager",
  // "The memory manager ... memory resources" under "Memory manager").
  bool swaps_subject(int later, int earlier) const;

  // Over the sentences of two paragraphs that are not among `linked_later`
  // and `linked_earlier` (sorted): the distinct content terms the rest of
  // the later shares with the rest of the earlier, and the longest run any
  // two of those sentences share. Each side: [first, last) sentence indices.
  PairEvidence outside(int later_first, int later_last, int earlier_first, int earlier_last,
                       const std::vector<int>& linked_later,
                       const std::vector<int>& linked_earlier) const;

  // What a sentence pair with this score and evidence shows, by Options'
  // rule (README "What makes a warning").
  //   strong:     a near copy (strict_threshold and min_words shared
  //               words); or min_shared_terms shared words with one side's
  //               all in the other, or copied_run of them in a row;
  //   supporting: the same with support_threshold and support_run, or (in
  //               one document) shared_terms_alone shared words. Across
  //               documents many shared words are weaker evidence: sibling
  //               pages share their subject's vocabulary.
  static EvidenceLevel level(double score, const PairEvidence& evidence, bool same_document,
                             const Options& options);

 private:
  std::vector<int> distinct(int sentence) const;
  // Entry `inner` is `outer` or nested in it.
  bool within(int inner, int outer) const;
  // Both sentences have a section, and not the same one.
  bool in_sections(int later, int earlier) const;
  // Term `term` names the section of sentence `own` and not that of `other`.
  bool names(int term, int own, int other) const;
  // The terms the two have only in link text, when they cite one page
  // (share a link target): its title, which they share by citing it.
  std::vector<int> cited_by_both(int later, int earlier) const;
  int run(int later, int earlier, const std::vector<int>& skipped = {}) const;

  const std::vector<vectorize::Bag>& bags_;
  std::vector<int> content_;
  SentenceRoles roles_;
};

}  // namespace twice::detect

#endif  // TWICE_DETECT_EVIDENCE_H_
