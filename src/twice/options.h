// Options: every knob of an analysis, in one struct.
//
// The CLI and the library read this same struct; each field states its
// default and meaning. Defaults were chosen on the samples in samples/ (see
// README "How the defaults were chosen"). apply_preset() rewrites a group of
// fields at once, e.g. "sklearn" to reproduce scikit-learn's numbers.
#ifndef TWICE_OPTIONS_H_
#define TWICE_OPTIONS_H_

#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "twice/status.h"

namespace twice {

// How a file's bytes are read into blocks of prose.
enum class InputFormat {
  kAuto,      // by extension: .md/.markdown/.mdx -> Markdown, anything else -> text
  kText,      // plain text; paragraphs as ParagraphMode says
  kMarkdown,  // CommonMark (+ tables, front matter) through md4c
};

// How plain text is cut into paragraphs (Markdown uses its own blocks).
enum class ParagraphMode {
  kAuto,       // blank-line for hard-wrapped text, line for one-paragraph-a-line text
  kBlankLine,  // paragraphs are separated by one or more blank lines
  kLine,       // every non-blank line is a paragraph (scraped and news text)
};

// How words are found and normalised.
enum class TokenPattern {
  kWords,    // runs of letters/digits after NFKC + case folding; keeps one-letter
             // words, "U.S."-style acronyms, "3.5" and inner apostrophes
  kSklearn,  // scikit-learn's (?u)\b\w\w+\b after simple lowercasing
};

// Term frequency in a sentence vector.
enum class TermFrequency {
  kRaw,        // count
  kSublinear,  // 1 + ln(count)
  kBm25,       // BM25 saturation: count (k1 + 1) / (count + k1 (1 - b + b len / avg len)),
               // len the text's features, avg len over the sentences of the run
};

// Inverse document frequency, n sentences in the run, df sentences with the term.
enum class InverseDocumentFrequency {
  kSmooth,  // ln((1 + n) / (1 + df)) + 1   (scikit-learn's smooth_idf=True)
  kPlain,   // ln(n / df) + 1                (scikit-learn's smooth_idf=False)
};

// Lengths of character n-grams, in code points, low <= high; low 0: none.
struct NgramRange {
  int low = 0;
  int high = 0;
};

// "0" (none), "N" or "LOW-HIGH" -> NgramRange, 1 <= LOW <= HIGH <= 10; false otherwise.
bool parse_ngram_range(std::string_view text, NgramRange* range);

// How much a finding matters, for reports and for failing a CI job.
enum class Severity { kInfo, kWarning, kError };

// "info" | "warning" | "error" -> Severity; false when the name is unknown.
bool parse_severity(std::string_view name, Severity* severity);
const char* severity_name(Severity severity);

// What a finding kind does: whether it is reported at all, and how severe it is.
struct RuleSettings {
  bool enabled = true;
  Severity severity = Severity::kWarning;
};

// The least severity that makes a run fail (exit code 1); kNever: no finding does.
enum class FailOn { kInfo, kWarning, kError, kNever };
// "info" | "warning" | "error" | "never".
const char* fail_on_name(FailOn fail_on);

// How far a long run has got, for a progress display.
struct Progress {
  // In run order: "reading files" (read_sources), "checking text",
  // "detecting languages", "splitting sentences" (segment), "weighting
  // terms", "finding repeated phrases", "comparing sentences", "comparing
  // paragraphs" (analyze). A static string.
  const char* stage = "";
  long done = 0;
  long total = 0;  // 0: the stage has no count (it reports once, as it starts)
};
using ProgressReporter = std::function<void(const Progress&)>;

struct Options {
  // --- reading ---
  InputFormat input_format = InputFormat::kAuto;
  ParagraphMode paragraphs = ParagraphMode::kAuto;
  // Directories are searched for files that the `include` patterns select
  // and the `exclude` patterns do not, both read as .gitignore lines ("*.md"
  // at any depth, "/drafts/" anchored at glob_root; source/select.h). Files
  // named explicitly are always read.
  std::vector<std::string> include = {"**/*.txt", "**/*.md", "**/*.markdown", "**/*.mdx"};
  std::vector<std::string> exclude;
  // A site's own docs-generator names, added to the ones twice knows
  // (segment/dialect.h): Hugo shortcodes whose content is code or data
  // ({{< terminal >}} ... {{< /terminal >}}), and MyST/Sphinx directives
  // whose body is prose (```{exercise} ... ```).
  std::vector<std::string> code_shortcodes;
  std::vector<std::string> prose_directives;
  // The directory that include/exclude patterns with a leading or inner '/'
  // are anchored at: the settings file's (apply_config() sets it). Empty, or
  // not holding a directory walked: that directory.
  std::string glob_root;
  // Directories also skip what their .gitignore files (and .git/info/exclude
  // in a repository) ignore.
  bool respect_gitignore = true;
  // The path standard input ("-") is given in reports and read as: its
  // extension picks the input format (InputFormat::kAuto). Empty: "<stdin>".
  std::string stdin_filename;

  // --- tokens ---
  TokenPattern tokens = TokenPattern::kWords;
  // The language of the text, which picks the stop-word list and the
  // stemmer (README "Languages"): "auto" detects it paragraph by paragraph
  // (a paragraph too short to call takes its document's main language, or
  // English); "none" means no stop words and no stemming; a code ("en",
  // "fr", "de", "ru", "zh", ...: text::languages()) applies that language
  // to every paragraph.
  std::string language = "auto";

  // "auto" (the paragraph language's shipped list, if any), "none", a
  // language code of a shipped list ("en", "fr", "de", ...: one list for
  // every paragraph), or the path of a file with one word a line ('#'
  // starts a comment). Words are normalised like tokens.
  std::string stopwords = "auto";

  // Snowball stemmer applied to the terms: "auto" (the paragraph
  // language's, none when libstemmer has none), "none", or an algorithm of
  // libstemmer ("english", "french", "german", "russian", ...) for every
  // paragraph. Stop words are removed before stemming. Stemming is on by
  // default because English stemming scores better on both public
  // benchmarks (bench/quality/run, README).
  std::string stemmer = "auto";

  // --- features (vectorize/features.h) ---
  // Stop words enter the vectors with their tf-idf times this weight, in
  // [0, 1]; 0 leaves them out. They never count toward min_words. Half
  // weight scored best on the public benchmarks ("not", "before", "he" do
  // carry meaning) and changes no finding on the samples (README "Quality").
  double stopword_weight = 0.5;
  // Adjacent terms as one more feature each ("security team").
  bool word_bigrams = false;
  // Character n-grams of each term, padded with spaces (scikit-learn's
  // char_wb): robust to inflection and typos.
  NgramRange char_ngrams;

  // --- weights ---
  TermFrequency tf = TermFrequency::kSublinear;
  InverseDocumentFrequency idf = InverseDocumentFrequency::kSmooth;
  // A background for the idf, for short drafts whose few sentences cannot
  // tell a common word from a rare one (vectorize/background_idf.h): "none",
  // "en" (the shipped table of WordNet's glosses) or the path of a table
  // in its format (word<TAB>count<TAB>units, "# total units: N").
  std::string idf_background = "none";
  // BM25's saturation (k1 > 0) and length normalisation (b in [0, 1]).
  double bm25_k1 = 1.2;
  double bm25_b = 0.75;

  // --- similarity ---
  // A later sentence restates an earlier one when the cosine of their TF-IDF
  // vectors is at least this. In (0, 1].
  double threshold = 0.5;
  // Sentences with fewer content words (tokens that are not stop words) are
  // neither compared nor reported: headings, "Comments", "Read more".
  int min_words = 4;
  // Markdown headings name what follows; comparing them mostly finds a
  // section repeating its own title. true compares them like any paragraph.
  bool compare_headings = false;
  // Markdown list items are parallel by design (one option, step or link
  // each; a table of contents is one list of links), so they are not
  // compared; true compares them like any paragraph.
  bool compare_lists = false;
  // Changelogs and release notes (segment/changelog.h) list entries in the
  // words of the one before, so their paragraphs are not compared; true
  // compares them like any file.
  bool compare_changelogs = false;
  // A glossary (segment/changelog.h) defines again, entry by entry, terms
  // the pages explain, so it is not compared; true compares it like any file.
  bool compare_glossaries = false;
  // Entries of a reference (sections under a heading that is code,
  // "`fs.open(path)`": Paragraph::entry) repeat their notes and templates
  // entry by entry, so two entries are not compared with one another; true
  // compares them like any sections.
  bool compare_entries = false;
  // false: each later sentence is reported once, against its most similar
  // earlier sentence. true: every pair at or above `threshold` is reported.
  bool all_pairs = false;

  // --- paragraphs (the rule is in README "When a paragraph restates another") ---
  // A later paragraph restates an earlier one when its paragraph vector is at
  // least this close to the earlier one's ...
  double paragraph_threshold = 0.45;
  // ... or when restated sentences whose earlier side lies in that paragraph
  // cover at least this share of its content words, and its paragraph vector
  // is at least `paragraph_floor` close.
  double paragraph_coverage = 0.25;
  double paragraph_floor = 0.25;

  // --- evidence (detect/evidence.h; README "What makes a warning") ---
  // false: every pair at the thresholds is a restatement, as the cosine
  // alone says (the sklearn preset; --no-evidence).
  bool require_evidence = true;
  // A sentence pair above `threshold` is reported on its own only when it
  // is a near copy (cosine at least strict_threshold, and at least
  // min_words distinct content words in common), or when the two share at
  // least min_shared_terms distinct content words and every content word of
  // one is in the other, or copied_run of them come in the same order in
  // both (a copied clause). A restated paragraph's sentence pairs need less
  // (the paragraph rule asks for more besides): the same with
  // support_threshold and support_run, or, in one document,
  // shared_terms_alone shared words. Sharing a topic's few words is not
  // restating; judged on real docs, pairs that only share many words were
  // mostly different claims in parallel wording (bench/quality/).
  int min_shared_terms = 6;
  // false: supporting evidence is enough for a sentence on its own too (the
  // sensitive preset).
  bool strict_sentences = true;
  double strict_threshold = 0.85;
  int copied_run = 8;
  double support_threshold = 0.8;
  int support_run = 6;
  int shared_terms_alone = 7;
  // A paragraph pair restates only when some sentence pair of theirs does
  // and, beyond that pair, either another sentence pair does, or the rest of
  // the two paragraphs shares at least paragraph_min_outside_terms content
  // words, paragraph_min_outside_run of them in a row (a phrase taken up
  // again).
  int paragraph_min_outside_terms = 5;
  int paragraph_min_outside_run = 2;

  // A document that restates one other in at least this many places
  // (sentences, or paragraphs) mirrors it: one finding instead
  // (detect/mirrors.h), >= 2.
  int mirror_min_sentences = 2;

  // --- boilerplate (detect/boilerplate.h) ---
  // Sentences recurring in this many places or more (>= 3) ...
  int boilerplate_min_count = 3;
  // ... with the same frame, or at least this cosine, in (0, 1], form a formula.
  double boilerplate_threshold = 0.9;

  // --- rules ---
  RuleSettings restated_paragraph;  // "restated-paragraph": on, warning
  RuleSettings restated_sentence;   // "restated-sentence": on, warning
  // Formulas recurring in several places, reported once (detect/boilerplate.h);
  // off, their copies are compared like any sentence.
  RuleSettings boilerplate{true, Severity::kInfo};  // "boilerplate": on, info
  // Parallel pages, reported once (detect/mirrors.h).
  RuleSettings mirrored_page{true, Severity::kInfo};  // "mirrored-page": on, info
  // "the the": on, warning (repetition/doubled.h).
  RuleSettings doubled_word{true, Severity::kWarning};
  // The smaller tics (README "Repeated phrases, echoes and overused words")
  // are off by default: judged on real docs trees, too few of their findings
  // were worth a writer's time (bench/quality/, README "Quality on real
  // documentation"). When on they are informative: at the default fail_on
  // they never fail a CI job. Raise their severity to make them count.
  RuleSettings repeated_phrase{false, Severity::kInfo};  // "repeated-phrase": off, info
  RuleSettings echo{false, Severity::kInfo};             // "echo": off, info
  RuleSettings overused_word{false, Severity::kInfo};    // "overused-word": off, info

  // --- repeated phrases (normalised tokens within one sentence) ---
  // A phrase is a run of at least this many words (>= 2) ...
  int phrase_min_words = 3;
  // ... holding at least this many words that are not stop words (>= 1), so
  // that "one of the" is never one ...
  int phrase_min_content_words = 2;
  // ... that occurs at least this many times (>= 2), without overlapping
  // itself, in the run. Only maximal runs are reported (README).
  int phrase_min_count = 2;

  // --- echoes (the same uncommon word again too soon) ---
  // A word's stem used again within this many words (>= 1), in the same
  // document, is an echo.
  int echo_window = 50;
  // Words shorter than this many code points are never echoes.
  int echo_min_length = 4;
  // Words among this many most frequent of the background table (rank <=
  // this) are common: never echoes. 0: none is common.
  int echo_common_words = 1000;
  // A stem making up at least this share of a document's words (and used 3
  // times or more) is its topic, not an echo. In (0, 1].
  double echo_topic_rate = 0.005;

  // --- overused words (one summary per document and word) ---
  // A content word's stem is overused in a document when it is used at least
  // this many times (>= 2) ...
  int overused_min_count = 4;
  // ... at least this many times its expected rate (> 0; README for the
  // statistic and the background) ...
  double overused_min_ratio = 20;
  // ... and is among the this many most overused of the document (by G2);
  // 0: all.
  int overused_max_per_document = 3;
  // Passages inside <!-- twice-disable --> ... <!-- twice-enable --> (or
  // after <!-- twice-disable-next -->, or "twice: ignore" in text) are never
  // reported. false: they are left out altogether, so nothing is reported
  // as restating them either. true: later passages that restate them are
  // still reported.
  bool suppressed_as_source = false;
  // The run fails (exit code 1) on findings of this severity or more.
  FailOn fail_on = FailOn::kWarning;
  // A baseline file (see baseline.h): the findings it lists are accepted and
  // not reported. Empty: none.
  std::string baseline;

  // --- resources and guards ---
  // Worker threads for the similarity pass; 0 means one per core. The output
  // is byte-identical for every value.
  int jobs = 0;
  // Each later sentence keeps at most this many earlier matches, its best
  // (ties: the earliest); 0 keeps all. Bounds memory when one sentence is
  // repeated thousands of times.
  int max_matches = 100;
  // A report lists at most this many findings, the first in report order,
  // and says how many it left out; 0 lists all. The exit code counts all.
  int max_findings = 10000;
  // read_sources() refuses a file (or standard input) larger than this many
  // bytes, with an error naming it, before reading it whole; 0: no limit.
  // 32 MiB is eight King James Bibles, far beyond any draft or docs page,
  // and keeps one file's peak memory (20 to 70 times its size on prose and
  // on degenerate text) within a CI runner; a 200 MB log is refused at once.
  long long max_file_bytes = 32LL << 20;
  // segment() and analyze() refuse a line longer than this many bytes, with
  // an error naming the file, the line and its first byte; 0: no limit.
  // A prose line (one paragraph a line) is a few KiB; a line of 1 MiB is a
  // minified or encoded blob, not prose.
  long long max_line_bytes = 1LL << 20;
  // Time budget in seconds of each call to read_sources(), segment() and
  // analyze(), from its start; 0: none. Checked between units of work (a
  // file, 64 paragraphs, one sentence of the similarity pass): past it they
  // stop and return an error saying so. The CLI splits one budget over its
  // calls.
  double timeout_seconds = 0;
  // Called now and then, possibly from several threads at once, while a run
  // goes on; empty means no reports. Must be thread-safe and return quickly.
  ProgressReporter progress;
};

// Rewrites the fields a preset owns and leaves the others alone.
//   "default":   the defaults above.
//   "sensitive": the defaults with a lower bar of evidence (strict_sentences
//                false, min_shared_terms 4, shared_terms_alone 5): looser
//                paraphrases are found too, with more topic neighbours
//                among them (README "Quality").
//   "sklearn": TfidfVectorizer() defaults: kSklearn tokens, raw tf, smooth
//              idf, no stop words, no stemming, terms only (no bigrams or
//              n-grams), min_words 0 and compare_headings (every sentence
//              compared). `language` is left alone: with both lists and
//              stemmers off it only labels paragraphs. Every pair at
//              the threshold is reported: require_evidence false, no
//              boilerplate or mirrored pages, lists and changelogs compared.
// Returns an error naming the preset when it is unknown.
Status apply_preset(std::string_view name, Options* options);

// OK, or an error naming the first field out of range: thresholds must be in
// (0, 1], coverage and floor in [0, 1], min_words, jobs, the limits and the
// timeout >= 0, language and stemmer known, stopword_weight and bm25_b in
// [0, 1], bm25_k1 > 0, char_ngrams none or 1 <= low <= high <= 10,
// idf_background not empty; the phrase, echo and overused-word knobs as
// they say above.
Status check_options(const Options& options);

}  // namespace twice

#endif  // TWICE_OPTIONS_H_
