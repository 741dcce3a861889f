// `paperdex parse FILE… [--json]`: splits issue files into articles without touching an index.
#include <algorithm>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

#include "commands.h"
#include "paperdex/error.h"
#include "paperdex/issue_json.h"
#include "paperdex/issue_parser.h"
#include "paperdex/layout.h"
#include "paperdex/text.h"

namespace paperdex::cli {
namespace {

struct ParseArgs {
  std::vector<std::string> files;
  bool json = false;
  std::string encoding;
};

// `text` on one line, cut to at most `columns` terminal columns (the cut marked …) and padded to
// exactly that many.
std::string Fit(const std::string& text, int columns) {
  std::u32string line = ToU32(text);
  std::replace(line.begin(), line.end(), U'\n', U' ');
  return PadRight(ToU32(Truncate(line, columns)), columns);
}

void PrintOutline(const Issue& issue) {
  std::cout << issue.paper.value_or("(paper unknown)") << " · " << issue.date.value_or("(no date)");
  if (issue.issue_no) std::cout << " · 第" << *issue.issue_no << "期";
  if (issue.pages) std::cout << " · " << *issue.pages << " pages";
  std::cout << " · " << issue.encoding;
  if (issue.date_source) std::cout << " · date from " << *issue.date_source;
  std::cout << " · " << issue.articles.size() << " articles\n";
  // Ids are never cut: their column is as wide as the widest.
  int id_width = 0;
  for (const Article& a : issue.articles) id_width = std::max(id_width, DisplayWidth(ToU32(a.id)));
  for (const Article& a : issue.articles) {
    std::string bylines;
    for (const Byline& b : a.bylines) {
      if (!bylines.empty()) bylines += ", ";
      bylines += b.name;
      if (b.photo) bylines += " (摄)";
    }
    std::cout << "  " << PadRight(ToU32(a.id), id_width) << "  p"
              << Fit(a.page ? std::to_string(*a.page) : "-", 3) << " " << Fit(KindName(a.kind), 11)
              << Fit(a.headline, 40) << " " << Fit(bylines, 20) << " "
              << PadLeft(ToU32(std::to_string(ToU32(a.body).size())), 6) << " chars\n";
  }
}

std::string ReadStdin() {
  std::ostringstream bytes;
  bytes << std::cin.rdbuf();
  return bytes.str();
}

int Run(const ParseArgs& args) {
  IssueParser parser(ParseOptions{args.encoding});
  int status = kExitOk;
  for (const std::string& file : args.files) {
    try {
      // "-" is standard input, as cat and grep read it.
      const Issue issue = file == "-" ? parser.ParseBytes(ReadStdin(), "-") : parser.ParseFile(file);
      for (const Diagnostic& d : issue.diagnostics) {
        PrintError(file + ": " + d.message);
        status = kExitError;
      }
      if (args.json) {
        std::cout << IssueToJson(issue).dump(args.files.size() == 1 ? 2 : -1, ' ', false,
                                             Json::error_handler_t::replace)
                  << '\n';
      } else {
        PrintOutline(issue);
      }
      std::cout.flush();
    } catch (const Error& e) {
      PrintError(e.what());
      status = kExitError;
    }
  }
  return status;
}

}  // namespace

std::function<int()> AddParseCommand(CLI::App& app) {
  auto args = std::make_shared<ParseArgs>();
  CLI::App* cmd =
      app.add_subcommand("parse", "Split issue files into articles (no index is touched).");
  cmd->add_option("FILE", args->files,
                  "Issue text files (UTF-8, GB18030/GBK, Big5 or UTF-16); - for standard input")
      ->required();
  cmd->add_flag("--json", args->json,
                "Print the issue as JSON (one object per file, a line each for several)");
  cmd->add_option("--encoding", args->encoding,
                  "Read files in this encoding instead of detecting it (gbk, big5, utf-16le…)");
  cmd->footer(
      "Examples:\n"
      "  paperdex parse 株洲日报-2022-06-27.txt\n"
      "  paperdex parse --json --encoding big5 issue.txt | jq '.articles[].headline'");
  return [args] { return Run(*args); };
}

}  // namespace paperdex::cli
