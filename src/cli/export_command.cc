// `paperdex export`: every article, or every match of a query, as JSON lines or CSV.
#include <optional>
#include <iostream>

#include "commands.h"
#include "output.h"
#include "paperdex/error.h"
#include "paperdex/searcher.h"
#include "paperdex/text.h"

namespace paperdex::cli {
namespace {

struct ExportArgs {
  std::string index_dir;
  std::vector<std::string> query;
  bool jsonl = true;
  std::string format = "jsonl";
  std::string sort = "index";
  bool bom = false;  // a UTF-8 byte order mark before the CSV, for spreadsheet programs
};

// The columns of `export --format csv`, in order.
const std::vector<std::string> kCsvColumns = {"id",
                                       "paper",
                                       "date",
                                       "issue_no",
                                       "page",
                                       "section",
                                       "kind",
                                       "kicker",
                                       "headline",
                                       "subheadline",
                                       "bylines",
                                       "dateline",
                                       "body",
                                       "captions",
                                       "continued_from_page",
                                       "continued_on_page",
                                       "source"};

int RunExport(const ExportArgs& args) {
  const Searcher searcher(args.index_dir);
  std::optional<CsvWriter> csv;
  if (args.format == "csv") csv.emplace(std::cout, kCsvColumns, args.bom);
  searcher.ForEach(Join(args.query), ParseSort(args.sort), [&csv](const Json& a) {
    if (csv) {
      csv->Row(a);
    } else {
      std::cout << a.dump(-1, ' ', false, Json::error_handler_t::replace) << '\n';
    }
    return static_cast<bool>(std::cout);
  });
  std::cout.flush();
  return kExitOk;
}

}  // namespace

std::function<int()> AddExportCommand(CLI::App& app) {
  auto args = std::make_shared<ExportArgs>();
  CLI::App* cmd =
      app.add_subcommand("export", "Print every article, or every match of QUERY, as JSON lines.");
  AddIndexOption(cmd, args->index_dir);
  cmd->add_option("QUERY", args->query, "Only the articles matching this query");
  cmd->add_flag("--jsonl", args->jsonl, "One JSON object a line (the default)");
  cmd->add_option("--format", args->format,
                  "jsonl (default) or csv (RFC 4180, UTF-8, with a header)");
  Choices(cmd->get_option("--format"), {"jsonl", "csv"});
  cmd->add_option("--sort", args->sort, "index (default) or date");
  Choices(cmd->get_option("--sort"), {"index", "date"});
  cmd->add_flag("--bom", args->bom,
                "With --format csv, a UTF-8 byte order mark first, so that spreadsheet programs "
                "read the Chinese text right");
  cmd->footer(
      "Examples:\n  paperdex export > all.jsonl\n  paperdex export 防汛抗旱 date:2022 | jq -r "
      ".headline");
  return [args] { return RunExport(*args); };
}

}  // namespace paperdex::cli
