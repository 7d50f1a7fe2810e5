// Stage benchmarks swept over input size, so scaling is visible:
//   BM_Segment   bytes/s      read + paragraphs + sentences + tokens
//   BM_Tfidf     sentences/s  fit + transform
//   BM_AllPairs  sentences/s  the similarity pass at threshold 0.5
// Inputs are built from the real drafts in samples/: paragraphs are drawn
// at random and every word is kept or swapped for a word from elsewhere in
// the corpus, so the vocabulary grows with size like real text, and a few
// paragraphs come back verbatim as restatements do.
#include <benchmark/benchmark.h>

#include <fstream>
#include <random>
#include <sstream>
#include <string>
#include <vector>

#include "twice/analyze.h"
#include "twice/similarity/all_pairs.h"
#include "twice/vectorize/tfidf.h"

namespace {

std::vector<std::string> sample_lines() {
  std::vector<std::string> lines;
  for (const char* name : {"news-ukraine-talks.txt", "no-redundancy.txt",
                           "release-notes-draft.md", "multilingual-notes.txt"}) {
    std::ifstream in(std::string(TWICE_SOURCE_DIR) + "/samples/" + name);
    for (std::string line; std::getline(in, line);) {
      if (line.size() > 40) lines.push_back(line);
    }
  }
  return lines;
}

// About `sentences` sentences of text, one paragraph a line.
std::string synthetic_text(int sentences) {
  static const std::vector<std::string> lines = sample_lines();
  std::vector<std::string> words;
  for (const std::string& line : lines) {
    std::istringstream in(line);
    for (std::string word; in >> word;) words.push_back(word);
  }
  std::mt19937 rng(42);
  std::string text;
  int made = 0;
  while (made < sentences) {
    const std::string& line = lines[rng() % lines.size()];
    std::istringstream in(line);
    std::string paragraph;
    for (std::string word; in >> word;) {
      if (rng() % 4 == 0) word = words[rng() % words.size()] + std::to_string(rng() % 50);
      paragraph += word + " ";
      if (word.back() == '.') ++made;
    }
    text += paragraph + "\n";
  }
  return text;
}

struct Prepared {
  std::vector<twice::vectorize::Bag> bags;
  int terms = 0;
};

Prepared prepare(const std::string& text) {
  auto documents = twice::segment({{"bench.txt", text}}, twice::Options());
  Prepared prepared;
  twice::vectorize::Vocabulary vocabulary;
  for (const auto& paragraph : documents.value()[0].paragraphs) {
    for (const auto& sentence : paragraph.sentences) {
      twice::vectorize::Bag bag;
      for (const auto& term : sentence.terms) bag.push_back(vocabulary.id(term));
      prepared.bags.push_back(std::move(bag));
    }
  }
  prepared.terms = vocabulary.size();
  return prepared;
}

void BM_Segment(benchmark::State& state) {
  const std::string text = synthetic_text(static_cast<int>(state.range(0)));
  for (auto _ : state) {
    auto documents = twice::segment({{"bench.txt", text}}, twice::Options());
    benchmark::DoNotOptimize(documents);
  }
  state.SetBytesProcessed(state.iterations() * static_cast<std::int64_t>(text.size()));
}
BENCHMARK(BM_Segment)->RangeMultiplier(10)->Range(1000, 100000)->Unit(benchmark::kMillisecond);

void BM_Tfidf(benchmark::State& state) {
  const Prepared prepared = prepare(synthetic_text(static_cast<int>(state.range(0))));
  for (auto _ : state) {
    const auto model = twice::vectorize::TfidfModel::fit(
        prepared.bags, prepared.terms, twice::TermFrequency::kSublinear,
        twice::InverseDocumentFrequency::kSmooth);
    auto rows = model.transform(prepared.bags);
    benchmark::DoNotOptimize(rows);
  }
  state.SetItemsProcessed(state.iterations() * static_cast<std::int64_t>(prepared.bags.size()));
}
BENCHMARK(BM_Tfidf)->RangeMultiplier(10)->Range(1000, 100000)->Unit(benchmark::kMillisecond);

void BM_AllPairs(benchmark::State& state) {
  const Prepared prepared = prepare(synthetic_text(static_cast<int>(state.range(0))));
  const auto rows = twice::vectorize::TfidfModel::fit(prepared.bags, prepared.terms,
                                                      twice::TermFrequency::kSublinear,
                                                      twice::InverseDocumentFrequency::kSmooth)
                        .transform(prepared.bags);
  const std::vector<bool> eligible(prepared.bags.size(), true);
  for (auto _ : state) {
    auto pairs = twice::similarity::similar_pairs(rows, eligible, 0.5, 1);
    benchmark::DoNotOptimize(pairs);
  }
  state.SetItemsProcessed(state.iterations() * static_cast<std::int64_t>(prepared.bags.size()));
}
BENCHMARK(BM_AllPairs)->RangeMultiplier(10)->Range(1000, 100000)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
