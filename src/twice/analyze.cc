// analyze(): the only place where the stages are wired together.
#include "twice/analyze.h"

#include <algorithm>
#include <optional>

#include "twice/baseline.h"

#include "twice/detect/findings.h"
#include "twice/detect/fingerprint.h"
#include "twice/similarity/all_pairs.h"
#include "twice/text/term_rules.h"
#include "twice/util/deadline.h"
#include "twice/vectorize/features.h"
#include "twice/vectorize/tfidf.h"

namespace twice {
namespace {

similarity::ProgressCallback progress_of(const char* stage, const Options& options) {
  if (!options.progress) return {};
  return [stage, &options](long done, long total) { options.progress({stage, done, total}); };
}

// The run flattened: one bag of feature ids per sentence and per paragraph
// over one vocabulary, and what the detect stage needs to know of each passage.
struct Flattened {
  int terms = 0;
  vectorize::Weighting weighting;
  std::vector<vectorize::Bag> sentence_bags;
  std::vector<vectorize::Bag> paragraph_bags;
  detect::Passages passages;
  std::vector<bool> sentence_compared;
};

// Terms become ids here and their strings are let go at once: on a large run
// they are the biggest thing segmentation makes.
Flattened flatten(std::vector<Document>* documents, const Options& options) {
  Flattened run;
  vectorize::Vocabulary vocabulary;
  for (Document& document : *documents) {
    for (Paragraph& paragraph : document.paragraphs) {
      const int paragraph_index = static_cast<int>(run.passages.paragraphs.size());
      // Headings name what follows; suppressed passages are left out unless
      // they may still be restated.
      const bool compared = (options.compare_headings || !paragraph.heading) &&
                            (options.suppressed_as_source || !paragraph.suppressed);
      detect::ParagraphRef ref;
      ref.span = paragraph.span;
      ref.suppressed = paragraph.suppressed;
      vectorize::Bag paragraph_bag;
      for (Sentence& sentence : paragraph.sentences) {
        vectorize::Bag bag;
        vectorize::add_features(sentence.terms, sentence.stop_words, options, &vocabulary, &bag);
        std::vector<std::string>().swap(sentence.terms);
        std::vector<std::string>().swap(sentence.stop_words);
        paragraph_bag.insert(paragraph_bag.end(), bag.begin(), bag.end());
        run.sentence_bags.push_back(std::move(bag));
        run.passages.sentences.push_back({sentence.span, paragraph_index, sentence.content_words});
        run.sentence_compared.push_back(compared &&
                                        sentence.content_words >= options.min_words);
        ref.content_words += sentence.content_words;
      }
      ref.compared = compared && ref.content_words >= options.min_words &&
                     paragraph.sentences.size() > 1;
      run.paragraph_bags.push_back(std::move(paragraph_bag));
      run.passages.paragraphs.push_back(ref);
    }
  }
  run.terms = vocabulary.size();
  run.weighting = vectorize::Weighting::of(options, vocabulary);
  return run;
}

const RuleSettings& rule_for(FindingKind kind, const Options& options) {
  return kind == FindingKind::kRestatedParagraph ? options.restated_paragraph
                                                 : options.restated_sentence;
}

// Rules (on/off, severity), fingerprints, the baseline, the severity summary
// and the report cap, in that order: the cap counts what is left to report.
void finish(const Options& options, const Baseline* baseline, Analysis* analysis) {
  auto text = [&](const Span& span) {
    const std::string& bytes = analysis->documents[span.document].bytes;
    return std::string_view(bytes).substr(span.begin, span.end - span.begin);
  };
  auto& findings = analysis->findings;
  findings.erase(std::remove_if(findings.begin(), findings.end(),
                                [&](const Finding& finding) {
                                  return !rule_for(finding.kind, options).enabled;
                                }),
                 findings.end());
  for (Finding& finding : findings) {
    finding.severity = rule_for(finding.kind, options).severity;
    finding.fingerprint =
        detect::fingerprint(finding.kind, text(finding.location), text(finding.restates));
    for (Finding& pair : finding.evidence) {
      pair.severity = options.restated_sentence.severity;
      pair.fingerprint = detect::fingerprint(pair.kind, text(pair.location), text(pair.restates));
    }
  }
  if (baseline != nullptr) {
    const BaselineCheck check = apply_baseline(*baseline, analysis);
    analysis->baseline_matched = check.matched;
    analysis->baseline_stale = check.stale;
  }
  for (const Finding& finding : findings) {
    if (!analysis->has_findings || finding.severity > analysis->worst_severity) {
      analysis->worst_severity = finding.severity;
    }
    analysis->has_findings = true;
  }
  const auto limit = static_cast<std::size_t>(options.max_findings);
  if (limit > 0 && findings.size() > limit) {
    analysis->omitted_findings = findings.size() - limit;
    findings.resize(limit);
  }
}

}  // namespace

const char* finding_kind_name(FindingKind kind) {
  switch (kind) {
    case FindingKind::kRestatedParagraph: return "restated-paragraph";
    case FindingKind::kRestatedSentence: return "restated-sentence";
  }
  return "unknown";
}

Result<Analysis> analyze(std::vector<Source> sources, const Options& options) {
  Status valid = check_options(options);
  if (!valid.ok()) return valid.error();
  // Read the baseline first: a bad one should fail before the long part.
  std::optional<Baseline> baseline;
  if (!options.baseline.empty()) {
    auto read = read_baseline(options.baseline);
    if (!read.ok()) return read.error();
    baseline = std::move(read).value();
  }
  const util::Deadline deadline(options.timeout_seconds);
  const similarity::StopCallback stop = [&deadline] { return deadline.passed(); };
  auto segmented = segment(std::move(sources), options);
  if (!segmented.ok()) return segmented.error();
  Analysis analysis;
  analysis.documents = std::move(segmented).value();
  const Flattened run = flatten(&analysis.documents, options);

  const auto model =
      vectorize::TfidfModel::fit(run.sentence_bags, run.terms, run.weighting);
  std::vector<bool> paragraph_compared(run.passages.paragraphs.size());
  for (std::size_t p = 0; p < paragraph_compared.size(); ++p) {
    paragraph_compared[p] = run.passages.paragraphs[p].compared;
  }
  const auto sentence_pairs = similarity::similar_pairs(
      model.transform(run.sentence_bags), run.sentence_compared, options.threshold,
      options.jobs, options.max_matches, progress_of("comparing sentences", options), stop);
  if (deadline.passed()) return deadline.error("comparing sentences");
  const vectorize::SparseRows paragraph_rows = model.transform(run.paragraph_bags);
  const auto close_paragraphs = similarity::similar_pairs(
      paragraph_rows, paragraph_compared, options.paragraph_threshold, options.jobs,
      options.max_matches, progress_of("comparing paragraphs", options), stop);
  if (deadline.passed()) return deadline.error("comparing paragraphs");
  const auto paragraph_cosine = [&](int later, int earlier) {
    return std::min(1.0, paragraph_rows.row(later).dot(paragraph_rows.row(earlier)));
  };
  analysis.findings = detect::find_restatements(run.passages, sentence_pairs, close_paragraphs,
                                                paragraph_cosine, options);
  finish(options, baseline ? &*baseline : nullptr, &analysis);
  return analysis;
}

Result<std::vector<double>> score_pairs(
    const std::vector<std::pair<std::string, std::string>>& pairs, const Options& options) {
  auto made = text::TermRules::make(options);
  if (!made.ok()) return made.error();
  const text::TermRules& rules = made.value();
  // Each pair's language, detected on its two texts together (one short
  // sentence is often too little to call); the undecided take the run's
  // dominant one.
  std::vector<std::string> joined;
  std::vector<std::string_view> texts;
  for (const auto& [first, second] : pairs) {
    joined.push_back(first + "\n" + second);
    texts.push_back(first);
    texts.push_back(second);
  }
  const std::vector<const text::Language*> language_of_pair =
      rules.languages_of(std::vector<std::string_view>(joined.begin(), joined.end()));
  text::TermMaker terms(rules);
  vectorize::Vocabulary vocabulary;
  std::vector<vectorize::Bag> bags;  // pair i: rows 2i and 2i + 1
  const bool keep_stop_words = options.stopword_weight > 0;
  for (std::size_t t = 0; t < texts.size(); ++t) {
    std::vector<std::string> stop_words;
    const std::vector<std::string> text_terms =
        terms.extractor(*language_of_pair[t / 2])
            .terms(texts[t], nullptr, keep_stop_words ? &stop_words : nullptr);
    vectorize::Bag bag;
    vectorize::add_features(text_terms, stop_words, options, &vocabulary, &bag);
    bags.push_back(std::move(bag));
  }
  const auto rows = vectorize::TfidfModel::fit(bags, vocabulary.size(),
                                               vectorize::Weighting::of(options, vocabulary))
                        .transform(bags);
  std::vector<double> scores;
  scores.reserve(pairs.size());
  for (Eigen::Index i = 0; i < static_cast<Eigen::Index>(pairs.size()); ++i) {
    scores.push_back(std::min(1.0, rows.row(2 * i).dot(rows.row(2 * i + 1))));
  }
  return scores;
}

bool fails(const Analysis& analysis, const Options& options) {
  if (!analysis.has_findings || options.fail_on == FailOn::kNever) return false;
  const Severity least = options.fail_on == FailOn::kError     ? Severity::kError
                         : options.fail_on == FailOn::kWarning ? Severity::kWarning
                                                               : Severity::kInfo;
  return analysis.worst_severity >= least;
}

}  // namespace twice
