#include "twice/options.h"

#include <string>

#include "twice/text/languages.h"
#include "twice/text/terms.h"

namespace twice {

Status apply_preset(std::string_view name, Options* options) {
  if (name == "default") {
    const Options defaults;
    options->tokens = defaults.tokens;
    options->stopwords = defaults.stopwords;
    options->tf = defaults.tf;
    options->idf = defaults.idf;
    options->min_words = defaults.min_words;
    options->compare_headings = defaults.compare_headings;
    options->compare_lists = defaults.compare_lists;
    options->compare_changelogs = defaults.compare_changelogs;
    options->compare_glossaries = defaults.compare_glossaries;
    options->compare_entries = defaults.compare_entries;
    options->require_evidence = defaults.require_evidence;
    options->strict_sentences = defaults.strict_sentences;
    options->min_shared_terms = defaults.min_shared_terms;
    options->shared_terms_alone = defaults.shared_terms_alone;
    options->paragraph_min_outside_terms = defaults.paragraph_min_outside_terms;
    options->paragraph_min_outside_run = defaults.paragraph_min_outside_run;
    options->boilerplate.enabled = defaults.boilerplate.enabled;
    options->mirrored_page.enabled = defaults.mirrored_page.enabled;
    options->stemmer = defaults.stemmer;
    options->word_bigrams = defaults.word_bigrams;
    options->stopword_weight = defaults.stopword_weight;
    options->idf_background = defaults.idf_background;
    options->char_ngrams = defaults.char_ngrams;
    return Status();
  }
  if (name == "sensitive") {
    // The defaults, with a lower bar of evidence: for one draft in a
    // writer's hands, where a looser paraphrase is worth a look.
    Status reset = apply_preset("default", options);
    options->strict_sentences = false;
    options->min_shared_terms = 4;
    options->shared_terms_alone = 5;
    return reset;
  }
  if (name == "sklearn") {
    options->tokens = TokenPattern::kSklearn;
    options->stopwords = "none";
    options->tf = TermFrequency::kRaw;
    options->idf = InverseDocumentFrequency::kSmooth;
    options->min_words = 0;
    options->compare_headings = true;
    options->compare_lists = true;
    options->compare_changelogs = true;
    options->compare_glossaries = true;
    options->compare_entries = true;
    // Every pair at the threshold, as scikit-learn's cosine gives them: no
    // evidence rule, no formulas, no mirrored pages.
    options->require_evidence = false;
    options->boilerplate.enabled = false;
    options->mirrored_page.enabled = false;
    options->stemmer = "none";
    options->word_bigrams = false;
    options->stopword_weight = 0;
    options->idf_background = "none";
    options->char_ngrams = NgramRange();
    return Status();
  }
  Error error;
  error.message =
      "unknown preset '" + std::string(name) + "' (expected default, sensitive or sklearn)";
  return error;
}

Status check_options(const Options& options) {
  auto invalid = [](const std::string& what) {
    Error error;
    error.message = "invalid option: " + what;
    return Status(error);
  };
  auto in_unit = [](double value, bool zero_allowed) {
    return (zero_allowed ? value >= 0 : value > 0) && value <= 1;
  };
  if (!in_unit(options.threshold, false)) return invalid("threshold must be in (0, 1]");
  if (!in_unit(options.paragraph_threshold, false)) {
    return invalid("paragraph threshold must be in (0, 1]");
  }
  if (!in_unit(options.paragraph_coverage, true)) return invalid("paragraph coverage must be in [0, 1]");
  if (!in_unit(options.paragraph_floor, false)) return invalid("paragraph floor must be in (0, 1]");
  if (options.min_words < 0) return invalid("min words must be >= 0");
  if (options.min_shared_terms < 0) return invalid("min shared terms must be >= 0");
  if (!in_unit(options.strict_threshold, false)) return invalid("strict threshold must be in (0, 1]");
  if (options.shared_terms_alone < 0) return invalid("shared terms alone must be >= 0");
  if (options.copied_run < 1) return invalid("copied run must be >= 1");
  if (!in_unit(options.support_threshold, false)) {
    return invalid("support threshold must be in (0, 1]");
  }
  if (options.support_run < 1) return invalid("support run must be >= 1");
  if (options.paragraph_min_outside_terms < 0) {
    return invalid("paragraph min outside terms must be >= 0");
  }
  if (options.paragraph_min_outside_run < 0) {
    return invalid("paragraph min outside run must be >= 0");
  }
  if (options.mirror_min_sentences < 2) return invalid("mirror min sentences must be >= 2");
  if (options.boilerplate_min_count < 3) return invalid("boilerplate min count must be >= 3");
  if (!in_unit(options.boilerplate_threshold, false)) {
    return invalid("boilerplate threshold must be in (0, 1]");
  }
  if (options.jobs < 0) return invalid("jobs must be >= 0");
  if (options.max_matches < 0) return invalid("max matches must be >= 0");
  if (options.max_findings < 0) return invalid("max findings must be >= 0");
  if (options.max_file_bytes < 0) return invalid("max file size must be >= 0");
  if (options.max_line_bytes < 0) return invalid("max line length must be >= 0");
  if (!(options.timeout_seconds >= 0)) return invalid("timeout must be >= 0");
  if (!(options.bm25_k1 > 0)) return invalid("BM25 k1 must be > 0");
  if (!in_unit(options.stopword_weight, true)) return invalid("stop-word weight must be in [0, 1]");
  if (options.idf_background.empty()) return invalid("idf background must be none, en or a file");
  if (!in_unit(options.bm25_b, true)) return invalid("BM25 b must be in [0, 1]");
  const NgramRange& ngrams = options.char_ngrams;
  if (ngrams.low != 0 && !(1 <= ngrams.low && ngrams.low <= ngrams.high && ngrams.high <= 10)) {
    return invalid("character n-gram lengths must satisfy 1 <= low <= high <= 10");
  }
  Status language = text::check_language(options.language);
  if (!language.ok()) return invalid(language.error().message);
  if (options.phrase_min_words < 2) return invalid("phrase min words must be >= 2");
  if (options.phrase_min_content_words < 1) return invalid("phrase min content words must be >= 1");
  if (options.phrase_min_count < 2) return invalid("phrase min count must be >= 2");
  if (options.echo_window < 1) return invalid("echo window must be >= 1");
  if (options.echo_min_length < 1) return invalid("echo min length must be >= 1");
  if (options.echo_common_words < 0) return invalid("echo common words must be >= 0");
  if (!in_unit(options.echo_topic_rate, false)) return invalid("echo topic rate must be in (0, 1]");
  if (options.overused_min_count < 2) return invalid("overused min count must be >= 2");
  if (!(options.overused_min_ratio > 0)) return invalid("overused min ratio must be > 0");
  if (options.overused_max_per_document < 0) {
    return invalid("overused max per document must be >= 0");
  }
  Status stemmer = text::check_stemmer(options.stemmer);
  if (!stemmer.ok()) return invalid(stemmer.error().message);
  return Status();
}

bool parse_ngram_range(std::string_view text, NgramRange* range) {
  auto number = [](std::string_view digits, int* value) {
    if (digits.empty() || digits.size() > 2) return false;
    *value = 0;
    for (const char digit : digits) {
      if (digit < '0' || digit > '9') return false;
      *value = *value * 10 + (digit - '0');
    }
    return true;
  };
  NgramRange parsed;
  const std::size_t dash = text.find('-');
  if (dash == std::string_view::npos) {
    if (!number(text, &parsed.low)) return false;
    parsed.high = parsed.low;
  } else if (!number(text.substr(0, dash), &parsed.low) ||
             !number(text.substr(dash + 1), &parsed.high) || parsed.low == 0) {
    return false;
  }
  if (parsed.low > parsed.high || parsed.high > 10) return false;
  *range = parsed;
  return true;
}

bool parse_severity(std::string_view name, Severity* severity) {
  if (name == "info") {
    *severity = Severity::kInfo;
  } else if (name == "warning") {
    *severity = Severity::kWarning;
  } else if (name == "error") {
    *severity = Severity::kError;
  } else {
    return false;
  }
  return true;
}

const char* fail_on_name(FailOn fail_on) {
  switch (fail_on) {
    case FailOn::kError: return "error";
    case FailOn::kWarning: return "warning";
    case FailOn::kInfo: return "info";
    case FailOn::kNever: return "never";
  }
  return "warning";
}

const char* severity_name(Severity severity) {
  switch (severity) {
    case Severity::kInfo:
      return "info";
    case Severity::kWarning:
      return "warning";
    case Severity::kError:
      return "error";
  }
  return "warning";
}

}  // namespace twice
