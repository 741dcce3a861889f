// `paperdex search`: ranked hits, counts, facets and lists of ids or files.
#include <iostream>
#include <limits>
#include <set>

#include "commands.h"
#include "output.h"
#include "paperdex/error.h"
#include "paperdex/fields.h"
#include "paperdex/layout.h"
#include "paperdex/searcher.h"
#include "paperdex/text.h"

namespace paperdex::cli {
namespace {

struct SearchArgs {
  std::string index_dir;
  std::vector<std::string> query;
  bool json = false, jsonl = false;
  bool count = false;
  bool ids = false, files = false;  // -l: ids only; --files: source files only
  bool line_number = false;         // -n: each hit's source file and line, as grep -n
  bool no_collapse = false;         // every printing of a text a hit of its own
  std::string facet;
  std::optional<size_t> limit;  // 10 by default; every match for -l and --files
  size_t offset = 0;
  std::optional<size_t> context;  // snippet width in terminal columns
  std::string sort = "relevance";
  ColorMode color = ColorMode::kAuto;
};

int RunFacet(const Searcher& searcher, const SearchArgs& args, const std::string& query) {
  const auto facet = FacetFromName(args.facet);
  if (!facet)
    throw Error("", "unknown facet '" + args.facet +
                        "' (date:year, date:month, paper, section, byline, kind, page)");
  auto counts = searcher.Facets(query, *facet, !args.no_collapse);
  if (args.limit && counts.size() > *args.limit) counts.resize(*args.limit);  // the first N rows
  size_t total = 0, most = 0;
  for (const auto& [v, n] : counts) total += n, most = std::max(most, n);
  if (args.json) {
    Json rows = Json::array();
    for (const auto& [v, n] : counts) rows.push_back({{"value", v}, {"count", n}});
    std::cout << Json{{"query", query}, {"facet", args.facet}, {"counts", rows}}.dump(-1, ' ',
                                                                                      false)
              << '\n';
    return counts.empty() ? kExitNotFound : kExitOk;
  }
  if (counts.empty()) {
    std::cout << "no results for " << query << '\n';
    return kExitNotFound;
  }
  const bool color = UseColor(args.color);
  int label = 4;
  for (const auto& [v, n] : counts) label = std::max(label, DisplayWidth(ToU32(v)));
  const bool dates = *facet == Facet::kYear || *facet == Facet::kMonth;
  const int bar_room = std::max(10, TerminalColumns() - label - 14);
  for (const auto& [v, n] : counts) {
    std::cout << PadRight(ToU32(v), label) << "  "
              << std::string(8 - std::min<size_t>(8, std::to_string(n).size()), ' ') << n;
    if (dates) {
      const size_t cells = most ? (n * static_cast<size_t>(bar_room) + most - 1) / most : 0;
      std::string bar;
      for (size_t k = 0; k < cells; ++k) bar += "█";
      std::cout << "  " << (color ? "\033[36m" : "") << bar << (color ? kReset : "");
    }
    std::cout << '\n';
  }
  return kExitOk;
}

int RunSearch(const SearchArgs& args) {
  const Searcher searcher(args.index_dir);
  const std::string query = Join(args.query);
  if (args.count) {
    const size_t n = searcher.Count(query, !args.no_collapse);
    std::cout << n << '\n';
    return n > 0 ? kExitOk : kExitNotFound;
  }
  if (!args.facet.empty()) return RunFacet(searcher, args, query);
  // Two lines of the terminal, less the indent, unless --context says how wide.
  const size_t width =
      args.context ? std::max<size_t>(*args.context, 4)
                   : static_cast<size_t>(std::max(40, 2 * (TerminalColumns() - 5) - 4));  // "…"
  const bool listing = args.ids || args.files;
  const size_t limit =
      args.limit ? *args.limit : listing ? std::numeric_limits<uint32_t>::max() : 10;
  SearchResults r = searcher.Search(query, args.offset, limit, ParseSort(args.sort), width,
                                    !args.no_collapse);
  if (args.line_number) {
    for (Hit& h : r.hits) h.line = SourceLine(h.article, r.highlights);
  }
  if (listing) {
    std::set<std::string> seen;
    for (const Hit& h : r.hits) {
      const std::string line = args.ids ? h.id : h.article.value("source", "");
      if (args.ids || seen.insert(line).second) std::cout << line << '\n';
    }
    return r.estimated_total > 0 ? kExitOk : kExitNotFound;
  }
  if (args.jsonl) {
    for (const Hit& h : r.hits) {
      std::cout << HitJson(h).dump(-1, ' ', false, Json::error_handler_t::replace) << '\n';
      for (const Hit& f : h.folded) {
        std::cout << HitJson(f, h.id).dump(-1, ' ', false, Json::error_handler_t::replace) << '\n';
      }
    }
    return r.estimated_total > 0 ? kExitOk : kExitNotFound;
  }
  if (args.json) {
    Json hits = Json::array();
    // Every match: each hit, then the printings folded into it.
    for (const Hit& h : r.hits) {
      hits.push_back(HitJson(h));
      for (const Hit& f : h.folded) hits.push_back(HitJson(f, h.id));
    }
    std::cout << Json{{"query", query},
                      {"estimated_total", r.estimated_total},
                      {"exact", r.exact},
                      {"offset", args.offset},
                      {"hits", hits}}
                     .dump(-1, ' ', false, Json::error_handler_t::replace)
              << '\n';
    return r.estimated_total > 0 ? kExitOk : kExitNotFound;
  }
  const bool color = UseColor(args.color);
  if (r.hits.empty()) {
    std::cout << (r.estimated_total > 0 ? "no results on this page" : "no results") << " for "
              << query << '\n';
    return r.estimated_total > 0 ? kExitOk : kExitNotFound;
  }
  for (const Hit& h : r.hits) PrintHit(std::cout, h, color, TerminalColumns());
  std::cout << (color ? kDim : "") << "results " << args.offset + 1 << "–"
            << args.offset + r.hits.size() << " of " << (r.exact ? "" : "about ")
            << Thousands(r.estimated_total)
            << (color ? kReset : "") << '\n';
  return kExitOk;
}

}  // namespace

std::function<int()> AddSearchCommand(CLI::App& app) {
  auto args = std::make_shared<SearchArgs>();
  CLI::App* cmd = app.add_subcommand("search", "Search the index; the best matches first.");
  AddIndexOption(cmd, args->index_dir);
  cmd->add_option("QUERY", args->query, "What to search for (see the query syntax below)")
      ->required();
  cmd->add_flag("--json", args->json, "Print the results as one JSON object");
  cmd->add_flag("--jsonl", args->jsonl, "Print each result as a JSON object on a line of its own");
  cmd->add_flag("-l,--ids", args->ids, "Print only the ids of the matching articles, one a line");
  cmd->add_flag("--files", args->files,
                "Print only the source files of the matching articles, each once");
  cmd->add_option("-C,--context", args->context,
                  "How wide the snippet is, in terminal columns (default: two lines)")
      ->check(kCount)
      ->type_name("N");
  cmd->add_flag("-n,--line-number", args->line_number,
                "Give each result's source file and the line of its first match, as grep -n");
  cmd->add_flag("--no-collapse", args->no_collapse,
                "Show every printing of a text as a hit of its own (by default a story printed "
                "in full twice, or an issue filed twice, is one hit: \"also on page 19\")");
  cmd->add_flag("-c,--count", args->count, "Print only the number of matching articles");
  cmd->add_option(
      "--facet", args->facet,
      "Count the matches per value: date:year, date:month, paper, section, byline, kind or page");
  cmd->add_option("--limit", args->limit,
                  "How many results (default 10; every match with -l and --files)")
      ->check(kCount)
      ->type_name("N");
  cmd->add_option("--offset", args->offset, "Skip this many results first")
      ->check(kCount)
      ->type_name("N");
  cmd->add_option("--sort", args->sort, "relevance, date or -date");
  Choices(cmd->get_option("--sort"), {"relevance", "date", "-date"});
  AddColorOption(cmd, args->color);
  cmd->footer(
      "Query syntax:\n"
      "  江城 滨湖          articles holding both (Chinese text matches as a substring)\n"
      "  \"防汛抗旱\"          exactly this string\n"
      "  A OR B, A AND B, NOT A, -A, ( … )   OR binds tighter than the space between\n"
      "                        words: 株洲 湘潭 OR 长沙 is 株洲 (湘潭 OR 长沙)\n"
      "  field:value, field:\"…\"   one field (a full-width colon works too: headline：雄安)\n" +
      FieldsHelp("    ") +
      "Examples:\n"
      "  paperdex search 陈思远\n"
      "  paperdex search '\"防汛抗旱\" date:2022'\n"
      "  paperdex search byline:陈思远 kind:news --sort date\n"
      "  paperdex search 滨湖 --facet date:month");
  return [args] { return RunSearch(*args); };
}

}  // namespace paperdex::cli
