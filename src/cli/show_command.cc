// `paperdex show`: whole articles by id, as text, JSON or a citation.
#include <unistd.h>

#include <cstdio>
#include <iostream>

#include "commands.h"
#include "output.h"
#include "pager.h"
#include "paperdex/analyzer.h"
#include "paperdex/error.h"
#include "paperdex/query_parser.h"
#include "paperdex/searcher.h"
#include "paperdex/stored_article.h"
#include "paperdex/text.h"

namespace paperdex::cli {
namespace {

struct ShowArgs {
  std::string index_dir;
  std::vector<std::string> ids;
  bool json = false;
  bool cite = false;  // a citation line for each article, as a reference list gives it
  std::string query;  // its matches marked
  ColorMode color = ColorMode::kAuto;
  bool no_pager = false;
};

// "人民日报，2026年5月6日，第7版" (with the headline in quotes before it: "《…》"), as Chinese
// reference lists cite a newspaper article.
std::string Citation(const Json& a) {
  std::string out;
  const std::string byline = [&] {
    std::string names;
    if (!a.contains("bylines") || !a["bylines"].is_array()) return names;
    for (const auto& b : a["bylines"]) {
      if (b.value("credit", "") == "photo" || !b.contains("name") || !b["name"].is_string()) continue;
      names += (names.empty() ? "" : "、") + b["name"].get<std::string>();
    }
    return names;
  }();
  if (!byline.empty()) out += byline + "：";
  out += "《" + Str(a, "headline") + "》";
  if (!Str(a, "paper").empty()) out += "，" + Str(a, "paper");
  const std::string date = Str(a, "date");
  int y = 0, m = 0, d = 0;
  if (std::sscanf(date.c_str(), "%d-%d-%d", &y, &m, &d) == 3) {
    out += "，" + std::to_string(y) + "年" + std::to_string(m) + "月" + std::to_string(d) + "日";
  }
  if (a.contains("page") && a["page"].is_number_integer()) {
    out += "，第" + std::to_string(a["page"].get<int>()) + "版";
  }
  return out + "。";
}

// The article as text: the title block, the meta line, the dateline, the paragraphs indented by two
// full-width spaces, the captions. On a terminal (`columns` > 0) each is laid out in lines of that
// width (a wrapped title hanging under its first character); the matches of `highlights` marked.
void PrintArticle(const Json& a, const std::vector<std::u32string>& highlights, bool color,
                  int columns) {
  auto print = [&](const std::string& utf8, const char* style, std::u32string_view first,
                   std::u32string_view hanging) {
    const std::u32string text = ToU32(utf8);
    const Spans spans = MatchSpans(text, highlights);
    if (columns > 0) {
      std::cout << Laid(text, spans, color, style, columns, first, hanging);
    } else {
      std::cout << ToUtf8(first) << Marked(text, spans, color, style) << '\n';
    }
  };
  if (!Str(a, "kicker").empty()) print(Str(a, "kicker"), "", U"", U"");
  print(Str(a, "headline"), kBold, U"", U"");
  if (!Str(a, "subheadline").empty()) print("——" + Str(a, "subheadline"), "", U"", U"　　");
  print(MetaLine(a), kDim, U"", U"");
  if (!Str(a, "dateline").empty()) print(Str(a, "dateline"), "", U"", U"");
  std::cout << '\n';
  ForEachStoredUnit(a, "body", [&](std::string_view p) { print(std::string(p), "", U"　　", U""); });
  if (a.contains("captions") && a["captions"].is_array()) {
    for (const Json& c : a["captions"]) {
      if (c.is_string()) print(c.get<std::string>(), "", U"[图] ", U"     ");
    }
  }
}

int RunShow(const ShowArgs& args) {
  const Searcher searcher(args.index_dir);
  std::vector<std::u32string> highlights;
  if (!args.query.empty()) {
    const Analyzer analyzer;
    highlights = QueryParser(analyzer).Parse(args.query).highlights;
  }
  // Decided before the pager takes stdout over: colour and width are the terminal's.
  const bool text = !args.cite && !args.json;
  const bool color = text && UseColor(args.color);
  // Two columns spare for a closing mark that hangs past the line (layout.h).
  const int columns = text && isatty(STDOUT_FILENO) ? TerminalColumns() - 2 : 0;
  const Pager pager(text && !args.no_pager);
  int status = kExitOk;
  bool first = true;
  for (const std::string& id : args.ids) {
    const auto a = searcher.Find(id);
    if (!a) {
      PrintError("no article with id " + id);
      status = kExitNotFound;
      continue;
    }
    if (args.cite) {
      std::cout << Citation(*a) << '\n';
    } else if (args.json) {
      std::cout << a->dump(-1, ' ', false, Json::error_handler_t::replace) << '\n';
    } else {
      if (!first) std::cout << "\n────────\n\n";
      PrintArticle(*a, highlights, color, columns);
    }
    first = false;
  }
  return status;
}

}  // namespace

std::function<int()> AddShowCommand(CLI::App& app) {
  auto args = std::make_shared<ShowArgs>();
  CLI::App* cmd = app.add_subcommand("show", "Print whole articles by id.");
  AddIndexOption(cmd, args->index_dir);
  cmd->add_option("ID", args->ids, "Article ids, as search prints them")->required();
  cmd->add_flag("--json", args->json, "Print each article as one JSON object");
  cmd->add_flag("--cite", args->cite,
                "Print a citation line for each article: 作者：《标题》，报名，2026年5月6日，第7版。");
  cmd->add_option("-q,--query", args->query,
                  "Mark the matches of this query in the text (as search would find them)");
  AddColorOption(cmd, args->color);
  cmd->add_flag("--no-pager", args->no_pager,
                "Print straight to the terminal, not through $PAGER (less)");
  cmd->footer(
      "Examples:\n  paperdex show jcrb-20230308-02-02\n  paperdex show --json jcrb-20230308-02-02 "
      "| jq .body\n  paperdex search -l 防汛抗旱 | xargs paperdex show --cite");
  return [args] { return RunShow(*args); };
}

}  // namespace paperdex::cli
