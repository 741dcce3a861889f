// Parse throughput: the time to decode and parse one large issue file, as MB of input per second on
// one thread. usage: paperdex_bench_parse FILE [MB] [REPEATS]
// FILE is repeated until the input reaches MB megabytes (default 50); the input is also converted
// to GB18030 and timed again, decoding included. Last, the file is parsed as many times as it takes
// to make MB megabytes, each time an issue of its own, as `index` parses an archive.
#include <unicode/ucnv.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

#include "paperdex/issue_parser.h"

namespace {

std::string Read(const char* path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream buf;
  buf << in.rdbuf();
  return buf.str();
}

std::string ToGb18030(const std::string& utf8) {
  icu::UnicodeString u = icu::UnicodeString::fromUTF8(utf8);
  UErrorCode status = U_ZERO_ERROR;
  UConverter* conv = ucnv_open("GB18030", &status);
  std::string out(static_cast<size_t>(u.length()) * 4 + 16, '\0');
  const int32_t n = ucnv_fromUChars(conv, out.data(), static_cast<int32_t>(out.size()),
                                    u.getBuffer(), u.length(), &status);
  ucnv_close(conv);
  out.resize(static_cast<size_t>(n));
  return out;
}

double MedianSeconds(const std::string& bytes, int repeats, size_t* articles) {
  paperdex::IssueParser parser;
  std::vector<double> times;
  for (int i = 0; i < repeats; ++i) {
    const auto start = std::chrono::steady_clock::now();
    const paperdex::Issue issue = parser.ParseBytes(bytes, "bench.txt");
    times.push_back(
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count());
    *articles = issue.articles.size();
  }
  std::sort(times.begin(), times.end());
  return times[times.size() / 2];
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::cerr << "usage: paperdex_bench_parse FILE [MB] [REPEATS]\n";
    return 2;
  }
  const std::string one = Read(argv[1]);
  if (one.empty()) {
    std::cerr << "paperdex_bench_parse: " << argv[1] << ": empty or unreadable\n";
    return 2;
  }
  const double mb = argc > 2 ? std::stod(argv[2]) : 50.0;
  const int repeats = argc > 3 ? std::stoi(argv[3]) : 3;
  std::string utf8;
  while (static_cast<double>(utf8.size()) < mb * 1e6) utf8 += one + "\n";
  const std::string gb = ToGb18030(utf8);
  for (const auto& [name, bytes] : {std::pair<const char*, const std::string*>{"utf-8", &utf8},
                                    std::pair<const char*, const std::string*>{"gb18030", &gb}}) {
    size_t articles = 0;
    const double s = MedianSeconds(*bytes, repeats, &articles);
    std::printf("parse %-8s %7.1f MB in %6.3f s (median of %d): %6.1f MB/s, %zu articles\n", name,
                static_cast<double>(bytes->size()) / 1e6, s, repeats,
                static_cast<double>(bytes->size()) / 1e6 / s, articles);
  }
  // As an archive is indexed: the file parsed again and again, each time an issue of its own.
  {
    paperdex::IssueParser parser;
    const size_t times = static_cast<size_t>(mb * 1e6 / static_cast<double>(one.size())) + 1;
    std::vector<double> runs;
    size_t articles = 0;
    for (int r = 0; r < repeats; ++r) {
      articles = 0;
      const auto start = std::chrono::steady_clock::now();
      for (size_t i = 0; i < times; ++i)
        articles += parser.ParseBytes(one, "bench.txt").articles.size();
      runs.push_back(
          std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count());
    }
    std::sort(runs.begin(), runs.end());
    const double s = runs[runs.size() / 2];
    const double total = static_cast<double>(one.size() * times) / 1e6;
    std::printf(
        "parse %-8s %7.1f MB in %6.3f s (median of %d): %6.1f MB/s, %zu articles, %zu issues\n",
        "issues", total, s, repeats, total / s, articles, times);
  }
  return 0;
}
