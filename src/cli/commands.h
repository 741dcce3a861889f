// The subcommands of the paperdex command line. Each registers its options on the CLI11 app and
// runs when chosen, returning the process exit status (0 success, 1 nothing found, 2 error).
#ifndef PAPERDEX_CLI_COMMANDS_H_
#define PAPERDEX_CLI_COMMANDS_H_

#include <CLI/CLI.hpp>
#include <functional>

namespace paperdex::cli {

inline constexpr int kExitOk = 0;
inline constexpr int kExitNotFound = 1;
inline constexpr int kExitError = 2;

// Registers `parse` on `app`; the returned function runs it.
std::function<int()> AddParseCommand(CLI::App& app);

// Prints "paperdex: <message>" on stderr.
void PrintError(const std::string& message);

}  // namespace paperdex::cli

#endif  // PAPERDEX_CLI_COMMANDS_H_
