// The run's words, flattened for the repetition rules (phrases, echoes,
// overused words).
//
// Every token of every sentence the rules look at, in run order (document,
// then text order), with its exact source bytes, its normalised form and its
// stem as ids. What is_prose() leaves out (headings, list items,
// changelogs, glossaries, as Options say) and suppressed paragraphs are
// left out, and so are sentences with fewer than
// Options::min_words content words (boilerplate, as for the similarity
// pass): the rules never report inside them and never count them. Complexity: O(words) with one stemmer call per distinct form.
#ifndef TWICE_REPETITION_WORDS_H_
#define TWICE_REPETITION_WORDS_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "twice/analyze.h"
#include "twice/document.h"
#include "twice/options.h"
#include "twice/status.h"

namespace twice::repetition {

// 32 bytes: a run has as many of these as words (a million-line file, six million).
struct Word {
  std::size_t begin = 0;       // source bytes [begin, end())
  std::uint32_t length = 0;
  std::uint32_t document = 0;
  int term = 0;                // id of the normalised form: Words::terms[term]
  int stem = 0;                // id of its stem: Words::stems[stem]
  int sentence = 0;            // running sentence number; phrases never cross one
  bool content = false;        // not a stop word
  bool counted = false;        // content and holds no digit: echoes and overused words count it
  bool english = false;        // in an English paragraph: the background table's language
  std::size_t end() const { return begin + length; }
};

struct Words {
  std::vector<Word> words;
  std::vector<std::string> terms;  // by id
  std::vector<std::string> stems;  // by id
  // The [first, last) range of `words` of each document.
  std::vector<std::pair<std::size_t, std::size_t>> document_words;
};

// Stop words and stems are those of each paragraph's language (its stop list
// and stemmer as text/term_rules.h resolves them), as in its vectors.
// REQUIRES: documents come from segment() with the same options (their
// sentences' `words` filled). Frees every sentence's `words` as it goes, so
// the spans exist once. Errors: an unreadable stop-word file.
Result<Words> collect_words(std::vector<Document>* documents, const Options& options);

// The source bytes [begin, end) of a document with whitespace runs read as
// one space: a phrase or word as the writer wrote it.
std::string as_written(const Document& document, std::size_t begin, std::size_t end);

// A finding about one word used again (echoes, overused words): every use in
// `uses` (indices into run.words, in order, at least two) as an occurrence;
// like every finding, the later use (the second) points at the earlier (the
// first); the subject is the first use as written.
Finding word_finding(FindingKind kind, const Words& run, const std::vector<std::size_t>& uses,
                     const std::vector<Document>& documents);

}  // namespace twice::repetition

#endif  // TWICE_REPETITION_WORDS_H_
