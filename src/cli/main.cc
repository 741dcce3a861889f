// paperdex: index, search and export archives of Chinese newspaper issues.
#include <unicode/uversion.h>
#include <xapian.h>

#include <CLI/CLI.hpp>
#include <algorithm>
#include <iostream>
#include <map>
#include <string>
#include <vector>

#include "commands.h"
#include "paperdex/text.h"
#include "paperdex/error.h"

namespace {

std::string VersionText() {
  return std::string("paperdex ") + PAPERDEX_VERSION + " (ICU " + U_ICU_VERSION + ", Xapian " +
         Xapian::version_string() + ")";
}

}  // namespace

int main(int argc, char** argv) {
  using namespace paperdex::cli;
  std::ios::sync_with_stdio(false);
  CLI::App app{"paperdex: index, search and export archives of Chinese newspaper issues.",
               "paperdex"};
  app.set_version_flag("--version", VersionText());
  app.require_subcommand(1);
  app.footer(
      "Examples:\n"
      "  paperdex parse data/issues/jiangcheng-2023-03-08.txt\n"
      "  paperdex parse --json issue.txt > issue.json\n"
      "Run 'paperdex COMMAND --help' for a command's options.");
  std::map<CLI::App*, std::function<int()>> commands;
  auto add = [&](std::function<int()> run) {
    commands[app.get_subcommands({}).back()] = std::move(run);
  };
  add(AddParseCommand(app));
  add(AddIndexCommand(app));
  add(AddSearchCommand(app));
  add(AddShowCommand(app));
  add(AddExportCommand(app));
  add(AddStatsCommand(app));
  NameValueTypes(app);
  // A mistyped command is named with the one it is closest to.
  const auto subcommands = app.get_subcommands({});
  if (argc > 1 && argv[1][0] != '-' &&
      std::none_of(subcommands.begin(), subcommands.end(),
                   [&](const CLI::App* sub) { return sub->get_name() == argv[1]; })) {
    std::string best;
    size_t best_distance = 3;  // at most two edits away
    for (const CLI::App* sub : subcommands) {
      const size_t d = paperdex::EditDistance(argv[1], sub->get_name());
      if (d < best_distance) best_distance = d, best = sub->get_name();
    }
    PrintError("unknown command '" + std::string(argv[1]) + "'" +
               (best.empty() ? "" : " (did you mean '" + best + "'?)") + " (see 'paperdex --help')");
    return kExitError;
  }
  // "-机器人" is a NOT term of the query, not an option: an argument that starts with - and then a
  // character no option starts with (a Chinese one, a quote, a bracket) is handed on as a word.
  std::vector<std::string> args(argv, argv + argc);
  std::vector<char*> arg_ptrs;
  for (size_t i = 0; i < args.size(); ++i) {
    std::string& a = args[i];
    if (i > 0 && a.size() > 1 && a[0] == '-' &&
        (static_cast<unsigned char>(a[1]) >= 0x80 || a[1] == '"' || a[1] == '(')) {
      a.insert(a.begin(), ' ');
    }
    arg_ptrs.push_back(a.data());
  }
  try {
    app.parse(argc, arg_ptrs.data());
  } catch (const CLI::CallForHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForAllHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForVersion& e) {
    return app.exit(e);
  } catch (const CLI::ParseError& e) {
    std::string what = e.what();
    if (what.empty()) what = e.get_name();
    PrintError(what + " (see 'paperdex --help')");
    return kExitError;
  }
  try {
    for (auto& [sub, run] : commands) {
      if (sub->parsed()) return run();
    }
    return kExitError;
  } catch (const paperdex::Error& e) {
    PrintError(e.what());
    return kExitError;
  } catch (const std::exception& e) {
    PrintError(e.what());
    return kExitError;
  }
}
