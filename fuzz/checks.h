// Invariant checks on arbitrary bytes, one per fuzz target.
//
// Each check feeds `data` to one stage (or to the whole analyze()) and
// verifies what that stage promises: spans inside the buffer and in order,
// lines and columns that agree with the byte offsets, scores in [0, 1], no
// finding pointing at itself or forward, the input bytes untouched. It
// returns "" when every invariant holds, otherwise what broke.
//
// The libFuzzer targets (fuzz/*_fuzz.cc) abort on a non-empty answer; the
// regression test (tests/fuzz_regression_test.cc) replays the kept corpus
// through the same checks in the ordinary build, so a bug the fuzzer found
// stays fixed even where clang is missing. Stages that REQUIRE valid UTF-8
// are only given input that source::check_text() accepts, as in the
// pipeline. Deterministic; single-threaded.
#ifndef TWICE_FUZZ_CHECKS_H_
#define TWICE_FUZZ_CHECKS_H_

#include <string>
#include <string_view>

namespace twice::fuzz {

// check_text() against a reference reading of Unicode's table 3-7
// (well-formed UTF-8), its error's line and byte, check_line_length(), and
// LineIndex positions against a brute-force count.
std::string check_decode(std::string_view data);

// read_markdown(): blocks non-empty, trimmed, valid UTF-8, in source order,
// every character mapping back to an ascending range of the source.
std::string check_markdown(std::string_view data);

// read_plain_text() in each paragraph mode, with the Markdown block checks;
// choose_paragraph_mode() never answers kAuto.
std::string check_plain_text(std::string_view data);

// split_sentences(): non-empty trimmed ranges at code point boundaries, in
// order, covering every non-whitespace code point exactly once.
std::string check_sentences(std::string_view data);

// tokenize() with both patterns and the term extractor (stop words, English
// stemmer): tokens in order, at code point boundaries, terms valid UTF-8.
std::string check_tokenize(std::string_view data);

// analyze() on one document, with options taken from the first two bytes:
// an error only for input the decoder or the line limit rejects, naming the
// file and a byte inside it; otherwise the documents, the findings, and a
// report in the format the third byte picks (and now and then segment()).
std::string check_analyze(std::string_view data);

}  // namespace twice::fuzz

#endif  // TWICE_FUZZ_CHECKS_H_
