// In-process query latency: opens an index once and runs each query of a file through
// Searcher::Search (the first page, ten hits, with snippets), as Google Benchmark cases, one per
// query class. usage: paperdex_bench_search INDEX QUERIES.tsv [benchmark flags]
// QUERIES.tsv holds "class<TAB>query" lines. Besides Google Benchmark's own report, prints one JSON
// line per class: {"class", "queries", "p50_ms", "p95_ms"}.
#include <benchmark/benchmark.h>

#include <algorithm>
#include <chrono>
#include <fstream>
#include <iostream>
#include <map>
#include <string>
#include <vector>

#include "paperdex/searcher.h"

namespace {

std::map<std::string, std::vector<std::string>> g_queries;
std::map<std::string, std::vector<double>> g_times;
paperdex::Searcher* g_searcher = nullptr;

void RunClass(benchmark::State& state, const std::string& cls) {
  const auto& queries = g_queries[cls];
  size_t i = 0;
  for (auto _ : state) {
    const auto start = std::chrono::steady_clock::now();
    auto r =
        g_searcher->Search(queries[i % queries.size()], 0, 10, paperdex::SortOrder::kRelevance);
    benchmark::DoNotOptimize(r);
    g_times[cls].push_back(
        std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start)
            .count());
    ++i;
  }
}

double Percentile(std::vector<double> v, double p) {
  if (v.empty()) return 0;
  std::sort(v.begin(), v.end());
  return v[std::min(v.size() - 1,
                    static_cast<size_t>(p * static_cast<double>(v.size() - 1) + 0.5))];
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 3) {
    std::cerr << "usage: paperdex_bench_search INDEX QUERIES.tsv [benchmark flags]\n";
    return 2;
  }
  std::ifstream in(argv[2]);
  for (std::string line; std::getline(in, line);) {
    const size_t tab = line.find('\t');
    if (tab != std::string::npos) g_queries[line.substr(0, tab)].push_back(line.substr(tab + 1));
  }
  paperdex::Searcher searcher(argv[1]);
  g_searcher = &searcher;
  for (const auto& [cls, queries] : g_queries) {
    benchmark::RegisterBenchmark(("search/" + cls).c_str(),
                                 [cls](benchmark::State& s) { RunClass(s, cls); })
        ->Iterations(static_cast<benchmark::IterationCount>(queries.size() * 3))
        ->Unit(benchmark::kMillisecond);
  }
  int bargc = argc - 2;
  std::vector<char*> bargv = {argv[0]};
  for (int i = 3; i < argc; ++i) bargv.push_back(argv[i]);
  benchmark::Initialize(&bargc, bargv.data());
  benchmark::RunSpecifiedBenchmarks();
  for (const auto& [cls, times] : g_times) {
    std::cout << "{\"class\": \"" << cls << "\", \"queries\": " << g_queries[cls].size()
              << ", \"p50_ms\": " << Percentile(times, 0.5)
              << ", \"p95_ms\": " << Percentile(times, 0.95) << "}\n";
  }
  return 0;
}
