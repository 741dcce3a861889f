// `paperdex stats`: what an index holds.
#include <algorithm>
#include <chrono>
#include <iostream>
#include <string>
#include <vector>

#include "commands.h"
#include "output.h"
#include "paperdex/error.h"
#include "paperdex/layout.h"
#include "paperdex/searcher.h"
#include "paperdex/text.h"

namespace paperdex::cli {
namespace {

// How many runs of missing dates a paper's line shows before it sums up the rest.
constexpr size_t kMissingRunsShown = 20;

// `dates` (YYYY-MM-DD, in order) with runs of consecutive days written first..last:
// "2024-03-04..2024-03-06, 2024-03-10", the first kMissingRunsShown runs and a count of the rest.
std::string DateRuns(const std::vector<std::string>& dates) {
  auto day = [](const std::string& iso) {
    const std::chrono::year_month_day d{
        std::chrono::year(std::stoi(iso.substr(0, 4))),
        std::chrono::month(static_cast<unsigned>(std::stoi(iso.substr(5, 2)))),
        std::chrono::day(static_cast<unsigned>(std::stoi(iso.substr(8, 2))))};
    return std::chrono::sys_days(d);
  };
  std::string out;
  size_t runs = 0, i = 0;
  while (i < dates.size()) {
    size_t j = i;
    while (j + 1 < dates.size() && day(dates[j + 1]) - day(dates[j]) == std::chrono::days(1)) ++j;
    if (runs == kMissingRunsShown) {
      out += ", … and " + std::to_string(dates.size() - i) + " more";
      break;
    }
    out += (runs ? ", " : "") + dates[i] + (j > i ? ".." + dates[j] : "");
    ++runs;
    i = j + 1;
  }
  return out;
}

struct StatsArgs {
  std::string index_dir;
  bool json = false;
};

int RunStats(const StatsArgs& args) {
  const Searcher searcher(args.index_dir);
  const IndexStats s = searcher.Stats();
  if (args.json) {
    Json papers = Json::object();
    for (const auto& [p, n] : s.papers) papers[p] = n;
    Json failed = Json::array();
    for (const auto& f : s.failed)
      failed.push_back({{"path", f.path}, {"reason", f.reason}, {"when", f.when}});
    Json missing = Json::object();
    for (const auto& [p, dates] : s.missing_dates) missing[p] = dates;
    std::cout << Json{{"index", args.index_dir},
                      {"issues", s.issues},
                      {"articles", s.articles},
                      {"terms", s.terms},
                      {"papers", papers},
                      {"first_date", s.first_date.empty() ? Json(nullptr) : Json(s.first_date)},
                      {"last_date", s.last_date.empty() ? Json(nullptr) : Json(s.last_date)},
                      {"size_bytes", s.size_bytes},
                      {"analyzer_version", s.analyzer_version},
                      {"last_indexed", s.last_indexed},
                      {"failed", failed},
                      {"missing_dates", missing}}
                     .dump(-1, ' ', false)
              << '\n';
    return kExitOk;
  }
  std::cout << "index          " << args.index_dir << '\n'
            << "issues         " << s.issues << '\n'
            << "articles       " << s.articles << '\n'
            << "terms          " << s.terms << '\n'
            << "dates          "
            << (s.first_date.empty() ? "-" : s.first_date + " … " + s.last_date) << '\n'
            << "size on disk   " << s.size_bytes / 1024 << " KiB\n"
            << "analyser       version " << s.analyzer_version << '\n'
            << "last indexed   " << s.last_indexed << '\n'
            << "papers\n";
  // Names and counts in columns, by display width.
  int name_width = 0, count_width = 0;
  for (const auto& [p, n] : s.papers) {
    name_width = std::max(name_width, DisplayWidth(ToU32(p)));
    count_width = std::max(count_width, static_cast<int>(std::to_string(n).size()));
  }
  for (const auto& [p, n] : s.papers) {
    std::cout << "  " << PadRight(ToU32(p), name_width) << "  "
              << PadLeft(ToU32(std::to_string(n)), count_width) << '\n';
  }
  if (!s.failed.empty()) {
    std::cout << "failed files   " << s.failed.size() << '\n';
    for (const auto& f : s.failed) std::cout << "  " << f.path << " — " << f.reason << '\n';
  }
  if (!s.missing_dates.empty()) {
    std::cout << "missing dates\n";
    for (const auto& [p, dates] : s.missing_dates)
      std::cout << "  " << p << "  " << dates.size() << ": " << DateRuns(dates) << '\n';
  }
  return kExitOk;
}

}  // namespace

std::function<int()> AddStatsCommand(CLI::App& app) {
  auto args = std::make_shared<StatsArgs>();
  CLI::App* cmd = app.add_subcommand(
      "stats", "Counts: issues, articles, papers, dates, size; failed files, missing dates.");
  AddIndexOption(cmd, args->index_dir);
  cmd->add_flag("--json", args->json, "Print the counts as one JSON object");
  cmd->footer(
      "Failed files are those 'paperdex index' could not take, with the reason. Missing dates\n"
      "are listed for a daily: a paper with an issue on at least half of the Mondays\n"
      "(Tuesdays…) of its run, on five weekdays or more. A date is missing when it falls on one\n"
      "of those weekdays, between the paper's first and last issue, with no issue on it.\n"
      "Examples:\n  paperdex stats\n  paperdex stats --json --index /data/株洲日报-index | jq "
      ".papers");
  return [args] { return RunStats(*args); };
}

}  // namespace paperdex::cli
