#include "twice/options.h"

#include <string>

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
    options->stemmer = defaults.stemmer;
    return Status();
  }
  if (name == "sklearn") {
    options->tokens = TokenPattern::kSklearn;
    options->stopwords = "none";
    options->tf = TermFrequency::kRaw;
    options->idf = InverseDocumentFrequency::kSmooth;
    options->min_words = 0;
    options->compare_headings = true;
    options->stemmer = "none";
    return Status();
  }
  Error error;
  error.message = "unknown preset '" + std::string(name) + "' (expected default or sklearn)";
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
  if (options.jobs < 0) return invalid("jobs must be >= 0");
  if (options.max_matches < 0) return invalid("max matches must be >= 0");
  if (options.max_findings < 0) return invalid("max findings must be >= 0");
  if (options.max_file_bytes < 0) return invalid("max file size must be >= 0");
  if (options.max_line_bytes < 0) return invalid("max line length must be >= 0");
  if (!(options.timeout_seconds >= 0)) return invalid("timeout must be >= 0");
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
