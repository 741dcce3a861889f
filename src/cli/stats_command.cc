// `paperdex stats`: what an index holds.
#include <iostream>

#include "commands.h"
#include "output.h"
#include "paperdex/error.h"
#include "paperdex/searcher.h"
#include "paperdex/text.h"

namespace paperdex::cli {
namespace {

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
    std::cout << Json{{"index", args.index_dir},
                      {"issues", s.issues},
                      {"articles", s.articles},
                      {"terms", s.terms},
                      {"papers", papers},
                      {"first_date", s.first_date.empty() ? Json(nullptr) : Json(s.first_date)},
                      {"last_date", s.last_date.empty() ? Json(nullptr) : Json(s.last_date)},
                      {"size_bytes", s.size_bytes},
                      {"analyzer_version", s.analyzer_version},
                      {"last_indexed", s.last_indexed}}
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
  for (const auto& [p, n] : s.papers) std::cout << "  " << p << "  " << n << '\n';
  return kExitOk;
}

}  // namespace

std::function<int()> AddStatsCommand(CLI::App& app) {
  auto args = std::make_shared<StatsArgs>();
  CLI::App* cmd = app.add_subcommand("stats", "Counts: issues, articles, papers, dates, size.");
  AddIndexOption(cmd, args->index_dir);
  cmd->add_flag("--json", args->json, "Print the counts as one JSON object");
  cmd->footer(
      "Examples:\n  paperdex stats\n  paperdex stats --json --index /data/株洲日报-index | jq "
      ".papers");
  return [args] { return RunStats(*args); };
}

}  // namespace paperdex::cli
