// The subcommands of the paperdex command line. Each registers its options on the CLI11 app and
// returns the function that runs it, which returns the process exit status.
#ifndef PAPERDEX_CLI_COMMANDS_H_
#define PAPERDEX_CLI_COMMANDS_H_

#include <CLI/CLI.hpp>
#include <functional>
#include <string>
#include <vector>

namespace paperdex::cli {

inline constexpr int kExitOk = 0;
inline constexpr int kExitNotFound = 1;
inline constexpr int kExitError = 2;
inline constexpr int kExitInterrupted = 130;

std::function<int()> AddParseCommand(CLI::App& app);
std::function<int()> AddIndexCommand(CLI::App& app);
std::function<int()> AddSearchCommand(CLI::App& app);
std::function<int()> AddShowCommand(CLI::App& app);
std::function<int()> AddExportCommand(CLI::App& app);
std::function<int()> AddStatsCommand(CLI::App& app);

// Prints "paperdex: <message>" on stderr.
void PrintError(const std::string& message);

// Where the index lives when --index is not given: $PAPERDEX_INDEX, else
// $XDG_DATA_HOME/paperdex/index, else ~/.local/share/paperdex/index.
std::string DefaultIndexDir();
// Adds --index DIR (defaulting to DefaultIndexDir()) to `cmd`.
void AddIndexOption(CLI::App* cmd, std::string& dir);

// The width of the terminal on stdout ($COLUMNS, else the terminal's own, else 80).
int TerminalColumns();
// The width of the terminal on file descriptor `fd`, else 80.
int TerminalColumnsOf(int fd);

enum class ColorMode { kAuto, kAlways, kNever };
// Whether to colour stdout: --color=always/never decide; auto colours a terminal whose TERM is not
// "dumb" when NO_COLOR is unset.
bool UseColor(ColorMode mode);
void AddColorOption(CLI::App* cmd, ColorMode& mode);
// Limits `option` to `values`, shown in the help as a|b|c and named in an error in plain words.
void Choices(CLI::Option* option, std::vector<std::string> values);
// Gives every option of `app`'s commands a type name in the user's words: N for numbers, DIR,
// ENC, the choices for a word; none for a positional (its name says it).
void NameValueTypes(CLI::App& app);

}  // namespace paperdex::cli

#endif  // PAPERDEX_CLI_COMMANDS_H_
