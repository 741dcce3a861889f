#include <sys/ioctl.h>
#include <unistd.h>

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
  cmd->add_option("--color", mode, "Colour the output: auto, always or never")
      ->transform(CLI::CheckedTransformer(kModes, CLI::ignore_case))
      ->default_str("auto");
}

}  // namespace paperdex::cli
