// Stage benchmarks swept over input size (1k to 1M sentences), so scaling
// is visible:
//   BM_Segment   bytes/s      paragraphs + sentences + tokens
//   BM_Tfidf     sentences/s  fit + transform
//   BM_AllPairs  sentences/s  the similarity pass at threshold 0.5
//   BM_Phrases   words/s      repeated-phrase detection (hash-based, linear),
//                             over the words collect_words() makes
//
// Inputs are made from real text, not random tokens: every sentence of a
// corpus (TWICE_BENCH_TEXT, a text file, e.g. the King James Bible from
// bench/scaling; by default samples/ and /usr/share/common-licenses) is cut
// into thirds, and new sentences join thirds of three random sentences. The
// words, their frequencies and sentence lengths are those of the corpus; two
// made sentences share at most a third by chance, as unrelated prose does.
#include <benchmark/benchmark.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>
#include <string>
#include <vector>

#include "twice/analyze.h"
#include "twice/repetition/phrases.h"
#include "twice/repetition/words.h"
#include "twice/similarity/all_pairs.h"
#include "twice/vectorize/tfidf.h"

namespace {

std::string read_file(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream bytes;
  bytes << in.rdbuf();
  return bytes.str();
}

// Each real sentence as its words.
std::vector<std::vector<std::string>> corpus_sentences() {
  std::vector<twice::Source> sources;
  if (const char* text = std::getenv("TWICE_BENCH_TEXT")) {
    sources.push_back({text, read_file(text)});
  } else {
    for (const char* dir : {TWICE_SOURCE_DIR "/samples", "/usr/share/common-licenses"}) {
      std::error_code error;
      for (const auto& entry : std::filesystem::directory_iterator(dir, error)) {
        if (entry.is_regular_file()) sources.push_back({"corpus.txt", read_file(entry.path())});
      }
    }
  }
  twice::Options options;
  options.input_format = twice::InputFormat::kText;
  auto documents = twice::segment(std::move(sources), options);
  std::vector<std::vector<std::string>> sentences;
  if (!documents.ok()) return sentences;
  for (const auto& document : documents.value()) {
    for (const auto& paragraph : document.paragraphs) {
      for (const auto& sentence : paragraph.sentences) {
        std::istringstream in(sentence.text);
        std::vector<std::string> words;
        for (std::string word; in >> word;) words.push_back(word);
        if (words.size() >= 6) sentences.push_back(std::move(words));
      }
    }
  }
  return sentences;
}

// `count` made sentences, four a paragraph, one paragraph a line.
const std::string& made_text(int count) {
  static std::vector<std::pair<int, std::string>> cache;
  for (const auto& [size, text] : cache) {
    if (size == count) return text;
  }
  static const auto sentences = corpus_sentences();
  std::mt19937_64 rng(42);
  std::string text;
  for (int s = 0; s < count; ++s) {
    for (int third = 0; third < 3; ++third) {
      const auto& words = sentences[rng() % sentences.size()];
      const std::size_t begin = words.size() * third / 3;
      const std::size_t end = words.size() * (third + 1) / 3;
      for (std::size_t w = begin; w < end; ++w) {
        std::string word = words[w];
        if (third < 2 && w + 1 == end) {  // only the last third may end the sentence
          while (!word.empty() && std::string(".!?").find(word.back()) != std::string::npos) {
            word.pop_back();
          }
        }
        text += word;
        text += ' ';
      }
    }
    text += (s % 4 == 3) ? "\n" : "";
  }
  cache.emplace_back(count, std::move(text));
  return cache.back().second;
}

struct Prepared {
  std::vector<twice::vectorize::Bag> bags;
  int terms = 0;
};

Prepared prepare(int count) {
  twice::Options options;
  options.paragraphs = twice::ParagraphMode::kLine;
  auto documents = twice::segment({{"bench.txt", made_text(count)}}, options);
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
  const std::string& text = made_text(static_cast<int>(state.range(0)));
  twice::Options options;
  options.paragraphs = twice::ParagraphMode::kLine;
  options.jobs = 1;
  for (auto _ : state) {
    auto documents = twice::segment({{"bench.txt", text}}, options);
    benchmark::DoNotOptimize(documents);
  }
  state.SetBytesProcessed(state.iterations() * static_cast<std::int64_t>(text.size()));
}

void BM_Tfidf(benchmark::State& state) {
  const Prepared prepared = prepare(static_cast<int>(state.range(0)));
  for (auto _ : state) {
    const auto model = twice::vectorize::TfidfModel::fit(
        prepared.bags, prepared.terms, twice::TermFrequency::kSublinear,
        twice::InverseDocumentFrequency::kSmooth);
    auto rows = model.transform(prepared.bags);
    benchmark::DoNotOptimize(rows);
  }
  state.SetItemsProcessed(state.iterations() * static_cast<std::int64_t>(prepared.bags.size()));
}

void BM_AllPairs(benchmark::State& state) {
  const Prepared prepared = prepare(static_cast<int>(state.range(0)));
  const auto rows = twice::vectorize::TfidfModel::fit(prepared.bags, prepared.terms,
                                                      twice::TermFrequency::kSublinear,
                                                      twice::InverseDocumentFrequency::kSmooth)
                        .transform(prepared.bags);
  const std::vector<bool> eligible(prepared.bags.size(), true);
  std::size_t pairs_found = 0;
  for (auto _ : state) {
    auto pairs = twice::similarity::similar_pairs(rows, eligible, 0.5, 1, 100);
    pairs_found = pairs.size();
    benchmark::DoNotOptimize(pairs);
  }
  state.SetItemsProcessed(state.iterations() * static_cast<std::int64_t>(prepared.bags.size()));
  state.counters["pairs"] = static_cast<double>(pairs_found);
}

void BM_Phrases(benchmark::State& state) {
  twice::Options options;
  options.paragraphs = twice::ParagraphMode::kLine;
  auto documents =
      twice::segment({{"bench.txt", made_text(static_cast<int>(state.range(0)))}}, options).value();
  const auto words = twice::repetition::collect_words(&documents, options).value();
  std::size_t found = 0;
  for (auto _ : state) {
    auto phrases = twice::repetition::find_phrases(words, documents, options);
    found = phrases.findings.size();
    benchmark::DoNotOptimize(phrases);
  }
  state.SetItemsProcessed(state.iterations() * static_cast<std::int64_t>(words.words.size()));
  state.counters["words"] = static_cast<double>(words.words.size());
  state.counters["phrases"] = static_cast<double>(found);
}

// One thread each, so the figures show the algorithms' scaling; --jobs
// divides the similarity pass and segmentation across cores on top of it.
BENCHMARK(BM_Segment)->RangeMultiplier(10)->Range(1000, 1000000)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Tfidf)->RangeMultiplier(10)->Range(1000, 1000000)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_AllPairs)->RangeMultiplier(10)->Range(1000, 1000000)->Unit(benchmark::kMillisecond);
// 1x to 64x: doubling the input should double the time.
BENCHMARK(BM_Phrases)->RangeMultiplier(2)->Range(4000, 256000)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
