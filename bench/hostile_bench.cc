// Hostile input swept over its size, so that a quadratic pass shows as one:
// each family ends with Google Benchmark's fit of time against N (its
// "_BigO" row names the class that fits best, its "_RMS" row how well).
//   BM_UnclosedDocsSyntax    docs-generator openers that never close
//   BM_UnmatchedBacktickRuns backtick runs that no later run closes
//   BM_UnclosedLiquidBlocks  {% highlight %} whose closing word recurs outside any tag
//   BM_DeeplyNestedMarkdown  N block quotes, brackets and emphasis markers deep
//   BM_UnclosedHtmlTags      an HTML block of N tags that never close
//   BM_OneSentenceRepeated   one sentence on N lines: one formula, not N^2 pairs
//   BM_OneLongLine           one line of N bytes, the limits lifted
// The unit tests (dialect_test, hostile_test) check what such input gives;
// these check what it costs. Figures: bench/RESULTS.md.
#include <benchmark/benchmark.h>

#include <string>
#include <vector>

#include "twice/analyze.h"
#include "twice/segment/dialect.h"

namespace {

// Times the masking of `source` and fits it against its size.
void mask(benchmark::State& state, const std::string& source) {
  for (auto _ : state) {
    auto dialects = twice::segmenter::mask_dialects(source, 0);
    benchmark::DoNotOptimize(dialects);
  }
  state.SetComplexityN(static_cast<benchmark::IterationCount>(source.size()));
  state.SetBytesProcessed(state.iterations() * static_cast<std::int64_t>(source.size()));
}

// N of each opener that a dialect rule would search a closer for, a line
// break every thousand.
void BM_UnclosedDocsSyntax(benchmark::State& state) {
  std::string source;
  for (const char* opener : {" {{", " {%", " <!--", " {{< code-toggle >}}", " <figcaption>",
                             " {k=\"v"}) {
    source += "Start";
    for (int i = 0; i < state.range(0); ++i) source += i % 1000 == 999 ? "\n" : opener;
    source += " end.\n\n";
  }
  mask(state, source);
}

// Backtick runs of lengths 1 to N, none closed by a later one: N^2/2 bytes.
void BM_UnmatchedBacktickRuns(benchmark::State& state) {
  std::string source = "Start";
  for (int n = 1; n <= state.range(0); ++n) source += " " + std::string(n, '`') + " x";
  mask(state, source + " end.\n");
}

void BM_UnclosedLiquidBlocks(benchmark::State& state) {
  std::string source;
  for (int i = 0; i < state.range(0); ++i) {
    source += i % 1000 == 999 ? "\n" : " {% highlight x %} endhighlight";
  }
  mask(state, source);
}

// Times segment() on `sources`, one thread, and fits it against their size.
void segment_each(benchmark::State& state, const std::vector<twice::Source>& sources) {
  std::size_t bytes = 0;
  for (const auto& source : sources) bytes += source.bytes.size();
  twice::Options options;
  options.jobs = 1;
  for (auto _ : state) {
    auto documents = twice::segment(sources, options);
    benchmark::DoNotOptimize(documents);
  }
  state.SetComplexityN(static_cast<benchmark::IterationCount>(bytes));
  state.SetBytesProcessed(state.iterations() * static_cast<std::int64_t>(bytes));
}

// Times analyze() on `source` with `options` on one thread; counts the findings.
void analyze_each(benchmark::State& state, const twice::Source& source, twice::Options options) {
  options.jobs = 1;
  std::size_t findings = 0;
  for (auto _ : state) {
    auto analysis = twice::analyze({source}, options);
    findings = analysis.ok() ? analysis.value().findings.size() : 0;
    benchmark::DoNotOptimize(analysis);
  }
  state.counters["findings"] = static_cast<double>(findings);
}

void BM_DeeplyNestedMarkdown(benchmark::State& state) {
  const auto depth = static_cast<std::size_t>(state.range(0));
  std::vector<twice::Source> sources = {
      {"quotes.md", std::string(depth, '>') + " A quote at the bottom of a very deep nest.\n"},
      {"brackets.md", std::string(depth, '[') + "link" + std::string(depth, ']') + "(x)\n"},
      {"emphasis.md", std::string(depth, '*') + "text" + std::string(depth, '_') + "\n"}};
  segment_each(state, sources);
}

// An HTML block of N tags that never close, each with an attribute, a
// hundred a line (a line that opened with one would be a tag of its own).
void BM_UnclosedHtmlTags(benchmark::State& state) {
  std::string html = "<div>\nx ";
  for (int i = 0; i < state.range(0); ++i) html += i % 100 == 99 ? "\nx " : "<a title=x ";
  segment_each(state, {{"tags.md", html}});
}

void BM_OneSentenceRepeated(benchmark::State& state) {
  std::string text;
  for (int i = 0; i < state.range(0); ++i) text += "Cats sat on warm mats today.\n";
  analyze_each(state, {"repeated.txt", text}, twice::Options());
  state.SetComplexityN(state.range(0));
  state.SetItemsProcessed(state.iterations() * state.range(0));
}

void BM_OneLongLine(benchmark::State& state) {
  std::string line;
  while (line.size() < static_cast<std::size_t>(state.range(0))) line += "it is so and ";
  const std::string sentence = "The committee approved the library budget on Monday.";
  line += "then. " + sentence + " " + sentence + "\n";
  twice::Options options;
  options.max_line_bytes = 0;
  analyze_each(state, {"long.txt", line}, options);
  state.SetComplexityN(static_cast<benchmark::IterationCount>(line.size()));
  state.SetBytesProcessed(state.iterations() * static_cast<std::int64_t>(line.size()));
}

// 1x to 16x each: a linear pass takes 16x the time at the end, a quadratic
// one 256x.
BENCHMARK(BM_UnclosedDocsSyntax)->RangeMultiplier(2)->Range(12500, 200000)
    ->Unit(benchmark::kMillisecond)->Complexity();
// 1x to 16x the bytes (lengths up to 4x).
BENCHMARK(BM_UnmatchedBacktickRuns)->RangeMultiplier(2)->Range(512, 2048)
    ->Unit(benchmark::kMillisecond)->Complexity();
BENCHMARK(BM_UnclosedLiquidBlocks)->RangeMultiplier(2)->Range(12500, 200000)
    ->Unit(benchmark::kMillisecond)->Complexity();
BENCHMARK(BM_DeeplyNestedMarkdown)->RangeMultiplier(2)->Range(12500, 200000)
    ->Unit(benchmark::kMillisecond)->Complexity();
BENCHMARK(BM_UnclosedHtmlTags)->RangeMultiplier(2)->Range(12500, 200000)
    ->Unit(benchmark::kMillisecond)->Complexity();
BENCHMARK(BM_OneSentenceRepeated)->RangeMultiplier(2)->Range(12500, 200000)
    ->Unit(benchmark::kMillisecond)->Complexity();
BENCHMARK(BM_OneLongLine)->RangeMultiplier(2)->Range(1 << 20, 16 << 20)
    ->Unit(benchmark::kMillisecond)->Complexity();

}  // namespace
