// describe_settings(): Options back into .twice.toml keys, for `twice config`.
#include <cstdio>
#include <string>
#include <utility>
#include <vector>

#include "twice/config.h"

namespace twice {
namespace {

// A TOML basic string: "...", with '"', '\\' and control characters escaped.
std::string quoted(const std::string& text) {
  std::string out = "\"";
  for (const char c : text) {
    const auto byte = static_cast<unsigned char>(c);
    if (c == '"' || c == '\\') {
      out += '\\';
      out += c;
    } else if (byte < 0x20 || byte == 0x7F) {
      char escaped[8];
      std::snprintf(escaped, sizeof escaped, "\\u%04X", byte);
      out += escaped;
    } else {
      out += c;
    }
  }
  return out + "\"";
}

std::string number(double value) {
  char text[32];
  std::snprintf(text, sizeof text, "%.10g", value);
  return text;  // "20" reads back as an integer, which number keys accept
}

std::string boolean(bool value) { return value ? "true" : "false"; }

std::string string_array(const std::vector<std::string>& patterns) {
  std::string out = "[";
  for (std::size_t i = 0; i < patterns.size(); ++i) {
    out += (i == 0 ? "" : ", ") + quoted(patterns[i]);
  }
  return out + "]";
}

std::string char_ngrams(const NgramRange& range) {
  if (range.low == 0) return quoted("0");
  if (range.low == range.high) return quoted(std::to_string(range.low));
  return quoted(std::to_string(range.low) + "-" + std::to_string(range.high));
}

}  // namespace

std::vector<Setting> describe_settings(const Options& o) {
  const char* paragraphs = o.paragraphs == ParagraphMode::kBlankLine ? "blank-line"
                           : o.paragraphs == ParagraphMode::kLine    ? "line"
                                                                     : "auto";
  const char* input_format = o.input_format == InputFormat::kText       ? "text"
                             : o.input_format == InputFormat::kMarkdown ? "markdown"
                                                                        : "auto";
  const char* tf = o.tf == TermFrequency::kRaw    ? "raw"
                   : o.tf == TermFrequency::kBm25 ? "bm25"
                                                  : "sublinear";
  std::vector<Setting> out = {
      {"threshold", number(o.threshold)},
      {"min_words", std::to_string(o.min_words)},
      {"paragraphs", quoted(paragraphs)},
      {"input_format", quoted(input_format)},
      {"language", quoted(o.language)},
      {"stopwords", quoted(o.stopwords)},
      {"stemmer", quoted(o.stemmer)},
      {"tf", quoted(tf)},
      {"idf", quoted(o.idf == InverseDocumentFrequency::kPlain ? "plain" : "smooth")},
      {"bm25_k1", number(o.bm25_k1)},
      {"bm25_b", number(o.bm25_b)},
      {"stopword_weight", number(o.stopword_weight)},
      {"idf_background", quoted(o.idf_background)},
      {"word_bigrams", boolean(o.word_bigrams)},
      {"char_ngrams", char_ngrams(o.char_ngrams)},
      {"paragraph_threshold", number(o.paragraph_threshold)},
      {"paragraph_coverage", number(o.paragraph_coverage)},
      {"paragraph_floor", number(o.paragraph_floor)},
      {"compare_headings", boolean(o.compare_headings)},
      {"compare_lists", boolean(o.compare_lists)},
      {"compare_changelogs", boolean(o.compare_changelogs)},
      {"compare_glossaries", boolean(o.compare_glossaries)},
      {"compare_entries", boolean(o.compare_entries)},
      {"all_pairs", boolean(o.all_pairs)},
      {"suppressed_as_source", boolean(o.suppressed_as_source)},
      {"respect_gitignore", boolean(o.respect_gitignore)},
      {"include", string_array(o.include)},
      {"exclude", string_array(o.exclude)},
      {"code_shortcodes", string_array(o.code_shortcodes)},
      {"prose_directives", string_array(o.prose_directives)},
      {"fail_on", quoted(fail_on_name(o.fail_on))},
      {"baseline", o.baseline.empty() ? std::string() : quoted(o.baseline)},
      {"max_matches", std::to_string(o.max_matches)},
      {"max_findings", std::to_string(o.max_findings)},
      {"jobs", std::to_string(o.jobs)},
      {"max_file_size", std::to_string(o.max_file_bytes)},
      {"max_line_length", std::to_string(o.max_line_bytes)},
      {"timeout", number(o.timeout_seconds)},
      {"phrase_min_words", std::to_string(o.phrase_min_words)},
      {"phrase_min_content_words", std::to_string(o.phrase_min_content_words)},
      {"phrase_min_count", std::to_string(o.phrase_min_count)},
      {"echo_window", std::to_string(o.echo_window)},
      {"echo_min_length", std::to_string(o.echo_min_length)},
      {"echo_common_words", std::to_string(o.echo_common_words)},
      {"echo_topic_rate", number(o.echo_topic_rate)},
      {"overused_min_count", std::to_string(o.overused_min_count)},
      {"overused_min_ratio", number(o.overused_min_ratio)},
      {"overused_max", std::to_string(o.overused_max_per_document)},
      {"require_evidence", boolean(o.require_evidence)},
      {"copied_run", std::to_string(o.copied_run)},
      {"strict_threshold", number(o.strict_threshold)},
      {"min_shared_terms", std::to_string(o.min_shared_terms)},
      {"shared_terms_alone", std::to_string(o.shared_terms_alone)},
      {"support_threshold", number(o.support_threshold)},
      {"support_run", std::to_string(o.support_run)},
      {"paragraph_min_outside_terms", std::to_string(o.paragraph_min_outside_terms)},
      {"paragraph_min_outside_run", std::to_string(o.paragraph_min_outside_run)},
      {"boilerplate_min_count", std::to_string(o.boilerplate_min_count)},
      {"boilerplate_threshold", number(o.boilerplate_threshold)},
      {"mirror_min_sentences", std::to_string(o.mirror_min_sentences)},
  };
  const std::pair<const char*, const RuleSettings*> rules[] = {
      {"restated-paragraph", &o.restated_paragraph},
      {"restated-sentence", &o.restated_sentence},
      {"repeated-phrase", &o.repeated_phrase},
      {"echo", &o.echo},
      {"overused-word", &o.overused_word},
      {"boilerplate", &o.boilerplate},
      {"doubled-word", &o.doubled_word},
      {"mirrored-page", &o.mirrored_page},
  };
  for (const auto& [name, rule] : rules) {
    const std::string table = std::string("rules.") + name + ".";
    out.push_back({table + "enabled", boolean(rule->enabled)});
    out.push_back({table + "severity", quoted(severity_name(rule->severity))});
  }
  return out;
}

}  // namespace twice
