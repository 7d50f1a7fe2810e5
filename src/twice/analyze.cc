// analyze(): the only place where the stages are wired together.
#include "twice/analyze.h"

#include <algorithm>
#include <optional>

#include "twice/baseline.h"
#include "twice/detect/boilerplate.h"
#include "twice/detect/evidence.h"
#include "twice/detect/findings.h"
#include "twice/detect/fingerprint.h"
#include "twice/detect/grouping.h"
#include "twice/detect/mirrors.h"
#include "twice/detect/roles.h"
#include "twice/repetition/doubled.h"
#include "twice/repetition/echoes.h"
#include "twice/repetition/overused.h"
#include "twice/repetition/phrases.h"
#include "twice/repetition/words.h"
#include "twice/similarity/all_pairs.h"
#include "twice/text/background.h"
#include "twice/text/term_rules.h"
#include "twice/text/tokenize.h"
#include "twice/util/deadline.h"
#include "twice/vectorize/background_idf.h"
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
  int vocabulary_size = 0;
  vectorize::Weighting weighting;
  std::vector<vectorize::Bag> sentence_bags;
  std::vector<vectorize::Bag> paragraph_bags;
  detect::Passages passages;
  std::vector<bool> sentence_compared;
  // Per sentence: how many leading ids of its bag are content terms (what
  // the evidence and boilerplate rules read).
  std::vector<int> sentence_content;
  std::vector<bool> code_term;  // by term id: an inline code span
  detect::SentenceRoles roles;
};

// Options' weighting, with the background table's frequencies when there is one.
Result<vectorize::Weighting> weighting_for(const Options& options,
                                           const text::Background* background,
                                           const vectorize::Vocabulary& vocabulary) {
  vectorize::Weighting weighting = vectorize::Weighting::of(options, vocabulary);
  if (background != nullptr) {
    Status added = vectorize::add_background(*background, vocabulary, options, &weighting);
    if (!added.ok()) return added.error();
  }
  return weighting;
}

// Terms become ids here and their strings are let go at once: on a large run
// they are the biggest thing segmentation makes.
Result<Flattened> flatten(std::vector<Document>* documents, const Options& options,
                          const text::Background* background) {
  Flattened run;
  vectorize::Vocabulary vocabulary;
  std::vector<int> code_ids;
  detect::RolesBuilder roles(options.compare_entries);
  for (Document& document : *documents) {
    roles.document(document);
    for (Paragraph& paragraph : document.paragraphs) {
      roles.paragraph(paragraph);
      const int paragraph_index = static_cast<int>(run.passages.paragraphs.size());
      // Headings, list items, changelogs and glossaries as Options say; suppressed
      // passages are left out unless they may still be restated.
      const bool compared = is_prose(document, paragraph, options) &&
                            (options.suppressed_as_source || !paragraph.suppressed);
      detect::ParagraphRef ref;
      ref.span = paragraph.span;
      ref.suppressed = paragraph.suppressed;
      vectorize::Bag paragraph_bag;
      for (Sentence& sentence : paragraph.sentences) {
        vectorize::Bag bag;
        vectorize::add_features(sentence.terms, sentence.stop_words, options, &vocabulary, &bag);
        for (const std::string& term : sentence.terms) {
          if (term.size() > 1 && term.front() == '`') code_ids.push_back(vocabulary.find(term));
        }
        run.sentence_content.push_back(static_cast<int>(sentence.terms.size()));
        roles.sentence(&sentence, bag, run.sentence_content.back(), vocabulary);
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
  run.roles = roles.finish(vocabulary);
  run.vocabulary_size = vocabulary.size();
  run.code_term.assign(vocabulary.size(), false);
  for (int id : code_ids) run.code_term[id] = true;
  auto weighting = weighting_for(options, background, vocabulary);
  if (!weighting.ok()) return weighting.error();
  run.weighting = std::move(weighting).value();
  return run;
}

const RuleSettings& rule_for(FindingKind kind, const Options& options) {
  switch (kind) {
    case FindingKind::kRestatedParagraph: return options.restated_paragraph;
    case FindingKind::kRestatedSentence: return options.restated_sentence;
    case FindingKind::kRepeatedPhrase: return options.repeated_phrase;
    case FindingKind::kEcho: return options.echo;
    case FindingKind::kOverusedWord: return options.overused_word;
    case FindingKind::kBoilerplate: return options.boilerplate;
    case FindingKind::kDoubledWord: return options.doubled_word;
    case FindingKind::kMirroredPage: return options.mirrored_page;
  }
  return options.restated_sentence;
}

// Phrases, echoes and overused words are identified by their words, not
// their places: the normalised subject, so a baseline survives moving the
// text (and editing the words makes a new finding).
std::string subject_fingerprint(const Finding& finding, const Options& options) {
  std::string words;
  for (const text::Token& token : text::tokenize(finding.subject, options.tokens)) {
    words += (words.empty() ? "" : " ") + token.term;
  }
  return detect::fingerprint(finding.kind, words, "");
}

// What the repetition rules found, before phrases meet restated sentences.
struct Repetitions {
  std::vector<Finding> phrases;
  std::vector<Finding> others;  // echoes, overused words
};

// The repetition rules that are on, over the run's words. Run before the
// similarity pass, so that the words (32 bytes each) are gone before its
// peak; they free the sentences' word spans as they go.
Result<Repetitions> find_repetitions(const Options& options, std::vector<Document>* documents) {
  Repetitions found;
  const bool phrases_on = options.repeated_phrase.enabled;
  const bool echoes_on = options.echo.enabled;
  const bool overused_on = options.overused_word.enabled;
  const bool doubled_on = options.doubled_word.enabled;
  if (!phrases_on && !echoes_on && !overused_on && !doubled_on) {
    for (Document& document : *documents) {
      for (Paragraph& paragraph : document.paragraphs) {
        for (Sentence& sentence : paragraph.sentences) {
          std::vector<Sentence::WordSpan>().swap(sentence.words);
        }
      }
    }
    return found;
  }
  auto words = repetition::collect_words(documents, options);
  if (!words.ok()) return words.error();
  const text::Background& background = text::Background::english();
  repetition::Phrases phrases;
  if (phrases_on) {
    phrases = repetition::find_phrases(words.value(), *documents, options);
    found.phrases = std::move(phrases.findings);
  }
  if (echoes_on) {
    found.others =
        repetition::find_echoes(words.value(), phrases.covered, *documents, background, options);
  }
  if (doubled_on) {
    for (Finding& doubled : repetition::find_doubled(words.value(), *documents)) {
      found.others.push_back(std::move(doubled));
    }
  }
  if (overused_on) {
    auto overused = repetition::find_overused(words.value(), *documents, background, options);
    if (!overused.ok()) return overused.error();
    for (Finding& finding : overused.value()) found.others.push_back(std::move(finding));
  }
  return found;
}

// Rules (on/off, severity), fingerprints, the baseline, the severity summary
// and the report cap, in that order: the cap counts what is left to report.
void finish(const Options& options, const Baseline* baseline, Analysis* analysis) {
  auto text = [&](const Span& span) {
    const std::string& bytes = analysis->documents[span.document].bytes;
    return std::string_view(bytes).substr(span.begin, span.end - span.begin);
  };
  auto& findings = analysis->findings;
  const auto finish_phrases = [&](std::vector<Finding>* phrases) {
    for (Finding& phrase : *phrases) {
      phrase.severity = options.repeated_phrase.severity;
      phrase.fingerprint = subject_fingerprint(phrase, options);
    }
  };
  for (Finding& finding : findings) {
    finding.severity = rule_for(finding.kind, options).severity;
    if (finding.kind == FindingKind::kRestatedParagraph ||
        finding.kind == FindingKind::kRestatedSentence) {
      finding.fingerprint =
          detect::fingerprint(finding.kind, text(finding.location), text(finding.restates));
    } else if (finding.kind == FindingKind::kMirroredPage) {
      // Its first pair's words: moving either page leaves it as it is.
      finding.fingerprint =
          detect::fingerprint(finding.kind, text(finding.location), text(finding.restates));
    } else if (finding.kind == FindingKind::kBoilerplate) {
      finding.fingerprint = detect::fingerprint(finding.kind, text(finding.restates), "");
    } else if (finding.kind == FindingKind::kDoubledWord) {
      // The words around it tell one "the the" from another.
      const std::size_t margin = 40;
      Span around = finding.location;
      around.begin = finding.restates.begin > margin ? finding.restates.begin - margin : 0;
      around.end = std::min(analysis->documents[around.document].bytes.size(), around.end + margin);
      finding.fingerprint = detect::fingerprint(finding.kind, text(around), "");
    } else {
      finding.fingerprint = subject_fingerprint(finding, options);
    }
    finish_phrases(&finding.phrases);
    for (Finding& pair : finding.evidence) {
      pair.severity = options.restated_sentence.severity;
      pair.fingerprint = detect::fingerprint(pair.kind, text(pair.location), text(pair.restates));
      finish_phrases(&pair.phrases);
    }
  }
  if (baseline != nullptr) {
    const BaselineCheck check = apply_baseline(*baseline, analysis);
    analysis->baseline_matched = check.matched;
    analysis->baseline_stale = check.stale;
  }
  analysis->fail_on = options.fail_on;
  for (const Finding& finding : findings) {
    if (!analysis->has_findings || finding.severity > analysis->worst_severity) {
      analysis->worst_severity = finding.severity;
    }
    analysis->has_findings = true;
    ++analysis->found[static_cast<std::size_t>(finding.kind)];
    if (finding.kind == FindingKind::kRestatedParagraph) {
      analysis->sentences_in_paragraphs += finding.evidence.size();
    }
    analysis->failing_findings += reaches(finding.severity, options.fail_on);
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
    case FindingKind::kRepeatedPhrase: return "repeated-phrase";
    case FindingKind::kEcho: return "echo";
    case FindingKind::kOverusedWord: return "overused-word";
    case FindingKind::kBoilerplate: return "boilerplate";
    case FindingKind::kDoubledWord: return "doubled-word";
    case FindingKind::kMirroredPage: return "mirrored-page";
  }
  return "unknown";
}

bool is_prose(const Document& document, const Paragraph& paragraph, const Options& options) {
  return (options.compare_headings || !paragraph.heading) &&
         (options.compare_lists || !paragraph.list_item) &&
         (options.compare_changelogs || !document.changelog) &&
         (options.compare_glossaries || !document.glossary);
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
  text::Background loaded;
  const auto background = vectorize::background_table(options, &loaded);
  if (!background.ok()) return background.error();
  const util::Deadline deadline(options.timeout_seconds);
  const similarity::StopCallback stop = [&deadline] { return deadline.passed(); };
  auto segmented = segment(std::move(sources), options);
  if (!segmented.ok()) return segmented.error();
  Analysis analysis;
  analysis.documents = std::move(segmented).value();
  // Stages without a count of their own say when they start.
  const auto starting = [&options](const char* stage) {
    if (options.progress) options.progress({stage, 0, 0});
  };
  starting("weighting terms");
  auto flattened = flatten(&analysis.documents, options, background.value());
  if (!flattened.ok()) return flattened.error();
  Flattened run = std::move(flattened).value();
  // After flatten() has let the terms go, before the similarity pass.
  starting("finding repeated phrases");
  auto repetitions = find_repetitions(options, &analysis.documents);
  if (!repetitions.ok()) return repetitions.error();
  if (deadline.passed()) return deadline.error("finding repeated phrases");

  const auto model =
      vectorize::TfidfModel::fit(run.sentence_bags, run.vocabulary_size, run.weighting);
  // Copies of a formula already seen often enough stay out of the pass.
  detect::Boilerplate boilerplate(run.sentence_bags, run.sentence_content, run.sentence_compared,
                                  run.code_term, options);
  std::vector<bool> searched = run.sentence_compared;
  std::vector<bool> paragraph_compared(run.passages.paragraphs.size());
  for (std::size_t p = 0; p < paragraph_compared.size(); ++p) {
    paragraph_compared[p] = run.passages.paragraphs[p].compared;
  }
  std::vector<bool> paragraph_has_original(run.passages.paragraphs.size(), false);
  for (std::size_t s = 0; s < searched.size(); ++s) {
    if (boilerplate.repeats_frame(static_cast<int>(s))) searched[s] = false;
    else paragraph_has_original[run.passages.sentences[s].paragraph] = true;
  }
  for (std::size_t p = 0; p < paragraph_compared.size(); ++p) {
    paragraph_compared[p] = paragraph_compared[p] && paragraph_has_original[p];
  }
  const vectorize::SparseRows sentence_rows = model.transform(run.sentence_bags);
  const auto sentence_pairs = similarity::similar_pairs(
      sentence_rows, searched, options.threshold, options.jobs, options.max_matches,
      progress_of("comparing sentences", options), stop);
  if (deadline.passed()) return deadline.error("comparing sentences");
  boilerplate.add_pairs(sentence_pairs);
  const detect::Evidence evidence(run.sentence_bags, run.sentence_content,
                                  std::move(run.roles));  // read by nothing else
  const vectorize::SparseRows paragraph_rows = model.transform(run.paragraph_bags);
  const auto close_paragraphs = similarity::similar_pairs(
      paragraph_rows, paragraph_compared, options.paragraph_threshold, options.jobs,
      options.max_matches, progress_of("comparing paragraphs", options), stop);
  if (deadline.passed()) return deadline.error("comparing paragraphs");
  const auto paragraph_cosine = [&](int later, int earlier) {
    return std::min(1.0, paragraph_rows.row(later).dot(paragraph_rows.row(earlier)));
  };
  analysis.findings = detect::find_restatements(run.passages, sentence_pairs, close_paragraphs,
                                                paragraph_cosine, evidence, boilerplate, options);
  if (options.mirrored_page.enabled) detect::fold_mirrors(&analysis.findings, options);
  if (options.boilerplate.enabled) {
    for (Finding& formula : boilerplate.findings(run.passages)) {
      analysis.findings.push_back(std::move(formula));
    }
  }
  // Rules that are off go first: a phrase is grouped only into a finding
  // that is reported.
  auto& findings = analysis.findings;
  findings.erase(std::remove_if(findings.begin(), findings.end(),
                                [&](const Finding& finding) {
                                  return !rule_for(finding.kind, options).enabled;
                                }),
                 findings.end());
  // Phrases inside a reported restated sentence pair belong to it (README).
  for (Finding& phrase : detect::attach_phrases(std::move(repetitions.value().phrases), &findings)) {
    findings.push_back(std::move(phrase));
  }
  for (Finding& other : repetitions.value().others) findings.push_back(std::move(other));
  detect::order_findings(&findings);
  finish(options, baseline ? &*baseline : nullptr, &analysis);
  return analysis;
}

Result<std::vector<double>> score_pairs(
    const std::vector<std::pair<std::string, std::string>>& pairs, const Options& options) {
  auto made = text::TermRules::make(options);
  if (!made.ok()) return made.error();
  const text::TermRules& rules = made.value();
  text::Background loaded;
  const auto background = vectorize::background_table(options, &loaded);
  if (!background.ok()) return background.error();
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
  auto weighting = weighting_for(options, background.value(), vocabulary);
  if (!weighting.ok()) return weighting.error();
  const auto rows =
      vectorize::TfidfModel::fit(bags, vocabulary.size(), weighting.value()).transform(bags);
  std::vector<double> scores;
  scores.reserve(pairs.size());
  for (Eigen::Index i = 0; i < static_cast<Eigen::Index>(pairs.size()); ++i) {
    scores.push_back(std::min(1.0, rows.row(2 * i).dot(rows.row(2 * i + 1))));
  }
  return scores;
}

bool reaches(Severity severity, FailOn fail_on) {
  if (fail_on == FailOn::kNever) return false;
  const Severity least = fail_on == FailOn::kError     ? Severity::kError
                         : fail_on == FailOn::kWarning ? Severity::kWarning
                                                       : Severity::kInfo;
  return severity >= least;
}

bool fails(const Analysis& analysis, const Options& options) {
  return analysis.has_findings && reaches(analysis.worst_severity, options.fail_on);
}

}  // namespace twice
