// `paperdex show`: whole articles by id, as text, JSON or a citation.
#include <cstdio>
#include <iostream>

#include "commands.h"
#include "output.h"
#include "paperdex/error.h"
#include "paperdex/searcher.h"
#include "paperdex/text.h"

namespace paperdex::cli {
namespace {

struct ShowArgs {
  std::string index_dir;
  std::vector<std::string> ids;
  bool json = false;
  bool cite = false;  // a citation line for each article, as a reference list gives it
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

void PrintArticle(const Json& a) {
  if (!Str(a, "kicker").empty()) std::cout << Str(a, "kicker") << '\n';
  std::cout << Str(a, "headline") << '\n';
  if (!Str(a, "subheadline").empty()) std::cout << "——" << Str(a, "subheadline") << '\n';
  std::cout << MetaLine(a) << '\n';
  if (!Str(a, "dateline").empty()) std::cout << Str(a, "dateline") << '\n';
  std::cout << '\n';
  const std::string body = Str(a, "body");
  size_t start = 0;
  while (start <= body.size()) {
    size_t end = body.find('\n', start);
    if (end == std::string::npos) end = body.size();
    if (end > start) std::cout << "\u3000\u3000" << body.substr(start, end - start) << '\n';
    start = end + 1;
  }
  if (a.contains("captions")) {
    for (const Json& c : a["captions"]) std::cout << "[图] " << c.get<std::string>() << '\n';
  }
}

int RunShow(const ShowArgs& args) {
  const Searcher searcher(args.index_dir);
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
      PrintArticle(*a);
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
  cmd->footer(
      "Examples:\n  paperdex show jcrb-20230308-02-02\n  paperdex show --json jcrb-20230308-02-02 "
      "| jq .body\n  paperdex search -l 防汛抗旱 | xargs paperdex show --cite");
  return [args] { return RunShow(*args); };
}

}  // namespace paperdex::cli
