// analyze(): the only place where the stages are wired together.
#include "twice/analyze.h"

#include <algorithm>

#include "twice/detect/findings.h"
#include "twice/similarity/all_pairs.h"
#include "twice/vectorize/tfidf.h"

namespace twice {
namespace {

similarity::ProgressCallback progress_of(const char* stage, const Options& options) {
  if (!options.progress) return {};
  return [stage, &options](long done, long total) { options.progress({stage, done, total}); };
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
  auto segmented = segment(std::move(sources), options);
  if (!segmented.ok()) return segmented.error();
  Analysis analysis;
  analysis.documents = std::move(segmented).value();

  // Flatten the run: one bag per sentence and per paragraph, one shared vocabulary.
  vectorize::Vocabulary vocabulary;
  std::vector<vectorize::Bag> sentence_bags;
  std::vector<vectorize::Bag> paragraph_bags;
  detect::Passages passages;
  std::vector<bool> compared_paragraphs;  // false for headings unless asked
  std::vector<std::size_t> paragraph_sentences;
  // Terms become ids here and their strings are let go at once: on a large
  // run they are the biggest thing segmentation makes.
  for (Document& document : analysis.documents) {
    for (Paragraph& paragraph : document.paragraphs) {
      const int paragraph_index = static_cast<int>(passages.paragraphs.size());
      detect::ParagraphRef paragraph_ref;
      paragraph_ref.span = paragraph.span;
      compared_paragraphs.push_back(options.compare_headings || !paragraph.heading);
      vectorize::Bag paragraph_bag;
      for (Sentence& sentence : paragraph.sentences) {
        vectorize::Bag bag;
        for (const std::string& term : sentence.terms) bag.push_back(vocabulary.id(term));
        std::vector<std::string>().swap(sentence.terms);
        paragraph_bag.insert(paragraph_bag.end(), bag.begin(), bag.end());
        sentence_bags.push_back(std::move(bag));
        passages.sentences.push_back({sentence.span, paragraph_index, sentence.content_words});
        paragraph_ref.content_words += sentence.content_words;
      }
      paragraph_bags.push_back(std::move(paragraph_bag));
      paragraph_sentences.push_back(paragraph.sentences.size());
      passages.paragraphs.push_back(paragraph_ref);
    }
  }

  const auto model = vectorize::TfidfModel::fit(sentence_bags, vocabulary.size(),
                                                options.tf, options.idf);
  std::vector<bool> sentence_eligible(passages.sentences.size());
  for (std::size_t s = 0; s < passages.sentences.size(); ++s) {
    const detect::SentenceRef& sentence = passages.sentences[s];
    sentence_eligible[s] =
        compared_paragraphs[sentence.paragraph] && sentence.content_words >= options.min_words;
  }
  for (std::size_t p = 0; p < passages.paragraphs.size(); ++p) {
    detect::ParagraphRef& paragraph = passages.paragraphs[p];
    paragraph.compared = compared_paragraphs[p] &&
                         paragraph.content_words >= options.min_words &&
                         paragraph_sentences[p] > 1;
  }
  std::vector<bool> paragraph_eligible(passages.paragraphs.size());
  for (std::size_t p = 0; p < passages.paragraphs.size(); ++p) {
    paragraph_eligible[p] = passages.paragraphs[p].compared;
  }

  const auto sentence_pairs = similarity::similar_pairs(
      model.transform(sentence_bags), sentence_eligible, options.threshold, options.jobs,
      options.max_matches, progress_of("comparing sentences", options));
  const vectorize::SparseRows paragraph_rows = model.transform(paragraph_bags);
  const auto close_paragraphs = similarity::similar_pairs(
      paragraph_rows, paragraph_eligible, options.paragraph_threshold, options.jobs,
      options.max_matches, progress_of("comparing paragraphs", options));
  const auto paragraph_cosine = [&](int later, int earlier) {
    return std::min(1.0, paragraph_rows.row(later).dot(paragraph_rows.row(earlier)));
  };
  analysis.findings = detect::find_restatements(passages, sentence_pairs, close_paragraphs,
                                                paragraph_cosine, options);
  const auto limit = static_cast<std::size_t>(options.max_findings);
  if (limit > 0 && analysis.findings.size() > limit) {
    analysis.omitted_findings = analysis.findings.size() - limit;
    analysis.findings.resize(limit);
  }
  return analysis;
}

}  // namespace twice
