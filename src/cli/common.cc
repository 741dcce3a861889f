#include <sys/ioctl.h>
#include <unistd.h>

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <iostream>
#include <map>

#include "commands.h"

namespace paperdex::cli {

void PrintError(const std::string& message) { std::cerr << "paperdex: " << message << std::endl; }

std::string DefaultIndexDir() {
  if (const char* env = std::getenv("PAPERDEX_INDEX"); env && *env) return env;
  if (const char* xdg = std::getenv("XDG_DATA_HOME"); xdg && *xdg)
    return std::string(xdg) + "/paperdex/index";
  if (const char* home = std::getenv("HOME"); home && *home)
    return std::string(home) + "/.local/share/paperdex/index";
  return ".paperdex-index";
}

void AddIndexOption(CLI::App* cmd, std::string& dir) {
  dir = DefaultIndexDir();
  cmd->add_option(
      "--index", dir,
      "The index folder (default: $PAPERDEX_INDEX, else ~/.local/share/paperdex/index)");
}

int TerminalColumns() {
  if (const char* env = std::getenv("COLUMNS"); env && std::atoi(env) > 20) return std::atoi(env);
  winsize ws{};
  if (isatty(STDOUT_FILENO) && ioctl(STDOUT_FILENO, TIOCGWINSZ, &ws) == 0 && ws.ws_col > 20)
    return ws.ws_col;
  return 80;
}

int TerminalColumnsOf(int fd) {
  winsize ws{};
  if (isatty(fd) && ioctl(fd, TIOCGWINSZ, &ws) == 0 && ws.ws_col > 20) return ws.ws_col;
  return 80;
}

bool UseColor(ColorMode mode) {
  if (mode == ColorMode::kAlways) return true;
  if (mode == ColorMode::kNever) return false;
  const char* no_color = std::getenv("NO_COLOR");
  if (no_color && *no_color) return false;
  const char* term = std::getenv("TERM");
  if (!term || std::string(term) == "dumb") return false;
  return isatty(STDOUT_FILENO) != 0;
}

void AddColorOption(CLI::App* cmd, ColorMode& mode) {
  static const std::map<std::string, ColorMode> kModes = {
      {"auto", ColorMode::kAuto}, {"always", ColorMode::kAlways}, {"never", ColorMode::kNever}};
  // Read as a word, so that neither the help nor an error shows CLI11's own map of values.
  cmd->add_option_function<std::string>(
         "--color",
         [&mode](const std::string& value) {
           std::string v = value;
           for (char& c : v) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
           const auto it = kModes.find(v);
           if (it == kModes.end()) {
             throw CLI::ValidationError("--color",
                                        "'" + value + "' is none of auto, always and never");
           }
           mode = it->second;
         },
         "Colour the output: auto (the default: on a terminal), always or never")
      ->type_name("WHEN");
}

void Choices(CLI::Option* option, std::vector<std::string> values) {
  std::string shown, listed;
  for (size_t i = 0; i < values.size(); ++i) {
    shown += (i ? "|" : "") + values[i];
    listed += (i == 0 ? "" : i + 1 == values.size() ? " and " : ", ") + values[i];
  }
  option
      ->check(CLI::Validator(
          [values, listed](std::string& value) -> std::string {
            if (std::find(values.begin(), values.end(), value) != values.end()) return "";
            return "'" + value + "' is none of " + listed;
          },
          "", "choices"))
      ->type_name(shown);
}

void NameValueTypes(CLI::App& app) {
  for (CLI::App* sub : app.get_subcommands({})) {
    for (CLI::Option* opt : sub->get_options()) {
      const std::string type = opt->get_type_name();
      if (opt->get_positional()) {
        opt->type_name("");
      } else if (type == "TEXT") {
        opt->type_name(opt->check_lname("index") ? "DIR" : opt->check_lname("encoding") ? "ENC"
                       : opt->check_lname("facet")  ? "FACET"
                                                    : "WORD");
      } else if (type == "INT" || type == "UINT") {
        opt->type_name("N");
      }
    }
  }
}

}  // namespace paperdex::cli
