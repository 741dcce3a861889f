// `paperdex index [--index DIR] PATH…`: adds or updates the issue files under each PATH.
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <csignal>
#include <cstdio>
#include <iostream>

#include "commands.h"
#include "paperdex/index_writer.h"
#include "paperdex/text.h"

namespace paperdex::cli {
namespace {

std::atomic<bool> g_stop{false};

// The first Ctrl-C stops after the current file; a second one stops at once.
extern "C" void OnInterrupt(int sig) {
  g_stop.store(true);
  std::signal(sig, SIG_DFL);
}

struct IndexArgs {
  std::string index_dir;
  std::vector<std::string> paths;
  std::string encoding;
  bool rebuild = false;
  bool prune = false;
  bool compact = false;
  bool quiet = false;
  std::string wait;  // as given to --wait: "true" alone, else seconds; empty without --wait
  int threads = 0;
  size_t commit_every = 5000;
};

int Run(const IndexArgs& args) {
  IndexOptions options;
  options.index_dir = args.index_dir;
  options.encoding = args.encoding;
  options.rebuild = args.rebuild;
  options.prune = args.prune;
  options.compact = args.compact;
  options.wait = !args.wait.empty();
  if (options.wait && args.wait != "true") options.wait_seconds = std::stod(args.wait);
  options.on_wait = [] {
    std::cerr << "paperdex: waiting for the index lock held by another paperdex process…"
              << std::endl;
  };
  options.threads = args.threads;
  options.commit_every = std::max<size_t>(1, args.commit_every);
  options.stop = &g_stop;
  options.on_problem = [](const std::string& path, const std::string& reason) {
    if (isatty(STDERR_FILENO)) std::cerr << "\r\033[K";
    PrintError(path + ": " + reason);
  };
  const bool tty = isatty(STDERR_FILENO) && !args.quiet;
  const auto started = std::chrono::steady_clock::now();
  auto last_drawn = started - std::chrono::seconds(1);
  if (tty) {
    options.on_progress = [&](const IndexProgress& p) {
      const auto now = std::chrono::steady_clock::now();
      if (now - last_drawn < std::chrono::milliseconds(100) && p.files_done < p.files_total) return;
      last_drawn = now;
      const double secs = std::max(1e-3, std::chrono::duration<double>(now - started).count());
      const double rate = static_cast<double>(p.bytes_done) / 1e6 / secs;
      const double left =
          rate > 0 ? static_cast<double>(p.bytes_total - p.bytes_done) / 1e6 / rate : 0;
      char head[160];
      std::snprintf(head, sizeof head, "%zu/%zu files  %.1f MB/s  %zu articles  ETA %d:%02d  ",
                    p.files_done, p.files_total, rate, p.articles, static_cast<int>(left) / 60,
                    static_cast<int>(left) % 60);
      // The file being read, cut from the left to what is left of the line.
      const int room =
          std::max(10, TerminalColumnsOf(STDERR_FILENO) - DisplayWidth(ToU32(head)) - 1);
      std::u32string file = ToU32(p.current);
      while (!file.empty() && DisplayWidth(file) > room) file.erase(0, 1);
      std::fprintf(stderr, "\r\033[K%s%s", head, ToUtf8(file).c_str());
      std::fflush(stderr);
    };
  }
  std::signal(SIGINT, OnInterrupt);
  std::signal(SIGTERM, OnInterrupt);
  const IndexSummary s = UpdateIndex(args.paths, options);
  if (tty) std::cerr << "\r\033[K";
  std::fprintf(stderr,
               "%s%zu new, %zu changed, %zu unchanged, %zu removed%s files; %zu articles indexed, "
               "%zu removed; "
               "%zu errors%s; %.1f s (%s)\n",
               s.interrupted ? "interrupted: " : "", s.files_new, s.files_changed,
               s.files_unchanged, s.files_removed,
               s.files_moved ? (", " + std::to_string(s.files_moved) + " moved").c_str() : "",
               s.articles_indexed, s.articles_removed, s.files_failed + s.files_warned,
               s.files_still_failing ? ("; " + std::to_string(s.files_still_failing) +
                                        " still failing (see paperdex stats)")
                                           .c_str()
                                     : "",
               s.seconds, args.index_dir.c_str());
  if (s.interrupted) return kExitInterrupted;
  // Files that failed before and are unchanged were named then: only what failed now is an error.
  return s.files_failed + s.files_warned > 0 ? kExitError : kExitOk;
}

}  // namespace

std::function<int()> AddIndexCommand(CLI::App& app) {
  auto args = std::make_shared<IndexArgs>();
  CLI::App* cmd =
      app.add_subcommand("index", "Add or update the issue files under each PATH in the index.");
  AddIndexOption(cmd, args->index_dir);
  cmd->add_option("PATH", args->paths, "Issue files, or folders searched for *.txt")->required();
  cmd->add_option("--encoding", args->encoding,
                  "Read every file in this encoding instead of detecting it");
  cmd->add_flag("--rebuild", args->rebuild, "Start from an empty index");
  cmd->add_flag("--prune", args->prune,
                "Forget every indexed file whose path no longer exists, wherever it was");
  cmd->add_flag(
      "--compact", args->compact,
      "Rewrite the index compactly at the end (done anyway when a run rewrote a quarter of it)");
  cmd->add_flag("--wait", args->wait,
                "When another paperdex process is writing the index, wait for it to finish instead "
                "of failing; --wait=SECONDS gives up after that long")
      ->check(CLI::Validator(
          [](std::string& value) -> std::string {
            if (value == "true" ||
                (!value.empty() && value.find_first_not_of("0123456789") == std::string::npos)) {
              return "";
            }
            return "'" + value + "' is not a number of seconds (a whole number, 0 or more)";
          },
          "", "seconds"));
  cmd->add_flag("-q,--quiet", args->quiet, "No progress line");
  cmd->add_option("--threads", args->threads, "Worker threads (default: one per core)");
  cmd->add_option("--commit-every", args->commit_every,
                  "Articles written between commits (default 5000)");
  cmd->footer(
      "New files are added, changed files re-read, unchanged ones skipped, and files gone from an\n"
      "indexed folder have their articles removed. A file moved or renamed (the same content at a\n"
      "new path, the old one gone) keeps its articles' ids. A file that cannot be indexed is\n"
      "named once; later runs skip it until it changes, count it as still failing, and exit 0\n"
      "unless something else went wrong ('paperdex stats' lists such files).\n"
      "Examples:\n"
      "  paperdex index ~/archive/株洲日报\n"
      "  paperdex index --index /data/idx 2022/ 2023/");
  return [args] { return Run(*args); };
}

}  // namespace paperdex::cli
