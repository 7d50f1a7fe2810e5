// The pipeline's entry points: read, segment, analyse.
//
//   read_sources  paths -> Source (bytes, unchanged)
//   segment       Source -> Document (paragraphs, sentences, terms)
//   analyze       Source -> Analysis (documents + findings)
//
// Documents keep the order of their sources; a finding always points from a
// later passage to an earlier one, across files too. The result depends only
// on the sources and the options, never on Options::jobs.
// Thread safety: the functions share no state; call them from any thread.
#ifndef TWICE_ANALYZE_H_
#define TWICE_ANALYZE_H_

#include <array>
#include <string>
#include <utility>
#include <vector>

#include "twice/document.h"
#include "twice/options.h"
#include "twice/status.h"

namespace twice {

enum class FindingKind {
  kRestatedParagraph,  // a later paragraph says again what an earlier one said
  kRestatedSentence,   // a later sentence says again what an earlier one said
  kRepeatedPhrase,     // a run of words used again, word for word
  kEcho,               // an uncommon word used again within a few words
  kOverusedWord,       // a word used far above its expected rate in a document
  kBoilerplate,        // a sentence recurring near-identically in several places
  kDoubledWord,        // a word written twice in a row ("the the")
  kMirroredPage,       // a document restating another sentence by sentence
};
constexpr std::size_t kFindingKinds = 8;

// "restated-paragraph", "restated-sentence", "repeated-phrase", "echo",
// "overused-word", "boilerplate", "doubled-word", "mirrored-page": the names
// in every report.
const char* finding_kind_name(FindingKind kind);

// Overused words only: the counts behind the finding (README gives the statistic).
struct WordRate {
  std::size_t count = 0;          // uses of the word (its stem) in the document
  std::size_t words = 0;          // content words of the document
  double expected_rate = 0;       // expected uses per content word
  double ratio = 0;               // (count / words) / expected_rate
  double g2 = 0;                  // Dunning's log-likelihood against the background
  const char* background = "";    // "wordnet" or "run": the source expected_rate came from
};

// Why a restatement is more than two passages on one topic (detect/evidence.h;
// README "What makes a warning"). Sentences: what the two share. Paragraphs:
// what the rest of the two shares beyond their restated sentence pairs.
struct Support {
  int shared_terms = 0;  // distinct content terms in both
  int shared_run = 0;    // longest run of content terms shared in the same order
  int later_terms = 0;   // distinct content terms of the later side
  int earlier_terms = 0;  // ... and of the earlier side
};

// Restatements (paragraphs, sentences) point from a later passage to an
// earlier one. The smaller tics follow the same convention:
//   repeated-phrase: location = the second occurrence (the first repeat),
//                    restates = the first, occurrences = all, in order;
//   echo:            location = the second use, restates = the first,
//                    occurrences = every use of the cluster (README);
//   overused-word:   location = the second use in the document, restates =
//                    the first, occurrences = every use;
//   boilerplate:     location = the second occurrence, restates = the
//                    first, occurrences = every one (sentences), in order;
//   doubled-word:    location = the second word, restates = the first;
//   mirrored-page:   location = the first restated sentence of the later
//                    document, restates = its counterpart, evidence = every
//                    sentence pair, occurrences = their later sentences.
struct Finding {
  FindingKind kind = FindingKind::kRestatedSentence;
  Severity severity = Severity::kWarning;  // from the kind's RuleSettings
  // Restatements: cosine of the two passages' TF-IDF vectors, in [0, 1].
  // Repeated phrases and echoes: 1 (the same words, once normalised or
  // stemmed). Overused words: 0 (no pair is compared).
  double score = 0;
  Span location;     // the later passage
  Span restates;     // the earlier passage
  // Phrases, echoes and overused words: the phrase or word as written at
  // its first occurrence, whitespace runs read as one space.
  std::string subject;
  // Phrases, echoes and overused words: every location, in text order.
  std::vector<Span> occurrences;
  // Overused words only.
  WordRate rate;
  // Restatements only.
  Support support;
  // Restated sentences (top-level, or evidence of a paragraph): the repeated
  // phrases whose occurrences all lie in the two sentences, reported here
  // instead of on their own (README "grouping rule"), in location order.
  std::vector<Finding> phrases;
  // Paragraphs only: the share of the later paragraph's content words that
  // lie in restated sentences of the earlier one, in [0, 1].
  double coverage = 0;
  // Paragraphs and mirrored pages: the restated sentence pairs between the
  // two paragraphs (documents), in the later sentence's order.
  std::vector<Finding> evidence;
  // 16 hex digits that identify the finding by content, not position: the
  // kind and the two passages' words. Edits elsewhere in a file, or moving
  // the passages, leave it unchanged; editing either passage changes it.
  std::string fingerprint;
};

struct Analysis {
  // The segmented documents. Their sentences' `terms` and `words` are
  // empty: analyze() uses them and frees them (segment() shows them).
  std::vector<Document> documents;
  // Ordered by location (document, begin); at the same place paragraphs,
  // sentences, phrases, echoes, overused words; then by what they restate.
  // At most Options::max_findings.
  std::vector<Finding> findings;
  // Findings left out by Options::max_findings.
  std::size_t omitted_findings = 0;
  // Every finding of the run, listed or omitted, by kind (indexed by
  // FindingKind); phrases grouped into a restatement are not counted.
  std::array<std::size_t, kFindingKinds> found = {};
  // Restated sentences listed as the evidence of restated paragraphs, listed
  // or omitted (not in `found`, which counts top-level findings).
  std::size_t sentences_in_paragraphs = 0;
  // The Options::fail_on the run was judged by, and how many findings
  // (listed or omitted) reach it: reports say why a run fails.
  FailOn fail_on = FailOn::kWarning;
  std::size_t failing_findings = 0;
  // The most severe finding of the run, listed or omitted; unset when none.
  bool has_findings = false;
  Severity worst_severity = Severity::kInfo;
  // With Options::baseline: findings it accepted, and its entries that
  // matched nothing (fixed, or edited beyond recognition).
  std::size_t baseline_matched = 0;
  std::size_t baseline_stale = 0;
  // Inputs left out of the run because they could not be read (Inputs::
  // errors). analyze() leaves it empty; a caller that read with
  // read_inputs() sets it so that every report names them.
  std::vector<Error> input_errors;
};

// True when a paragraph of `document` is compared as prose: not a heading,
// not a list item, not in a changelog or glossary, unless
// Options::compare_headings, compare_lists, compare_changelogs,
// compare_glossaries say otherwise. (Suppression is apart.)
bool is_prose(const Document& document, const Paragraph& paragraph, const Options& options);

// Reads each path: a file, a directory (recursing into the files that
// Options::include/exclude/respect_gitignore select, in sorted order), or "-"
// for standard input (its path is Options::stdin_filename). Errors name the
// path: unreadable, not found, a directory without text files; the first
// one ends the call.
Result<std::vector<Source>> read_sources(const std::vector<std::string>& paths,
                                         const Options& options = Options());

// What read_inputs() got: the files it could read and that are text twice
// reads, in the order read_sources() gives, and one error for each path or
// file it could not (in the same order): not found, unreadable, removed
// after its directory was listed, a directory without text files, larger
// than Options::max_file_bytes, invalid UTF-8 or a NUL byte, a line longer
// than Options::max_line_bytes (source/decode.h gives line and byte).
struct Inputs {
  std::vector<Source> sources;
  std::vector<Error> errors;
};

// read_sources() that goes on past a bad file, and checks each file's text
// as segment() would, so that one bad file does not lose the others'
// report. The only error is the time budget (Options::timeout_seconds).
Result<Inputs> read_inputs(const std::vector<std::string>& paths,
                           const Options& options = Options());

// Decodes and segments. Errors: invalid UTF-8 or a NUL byte (naming file,
// line and byte), an unreadable stop-word file.
Result<std::vector<Document>> segment(std::vector<Source> sources,
                                      const Options& options);

// segment(), then TF-IDF over all sentences of the run, the similarity pass
// and the paragraph rule.
Result<Analysis> analyze(std::vector<Source> sources, const Options& options);

// Scores pairs of short texts as twice scores sentences, for benchmarks on
// sentence-pair data (`twice similarity`): each text is one unit (not split
// into sentences), its terms made as Options says, the idf fitted over every
// text of every pair; the score is the cosine of the two TF-IDF vectors.
// With language "auto" each pair's language is detected on its two texts
// together; pairs too short to call take the run's dominant language.
// Errors: an unreadable stop-word file, an unknown stemmer or language.
Result<std::vector<double>> score_pairs(
    const std::vector<std::pair<std::string, std::string>>& pairs, const Options& options);

// True when some finding (listed or omitted) reaches Options::fail_on.
bool fails(const Analysis& analysis, const Options& options);

// True when a finding of this severity reaches `fail_on`.
bool reaches(Severity severity, FailOn fail_on);

}  // namespace twice

#endif  // TWICE_ANALYZE_H_
