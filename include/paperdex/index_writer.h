// Builds and updates an index from folders of issue files: new files are added, changed files have
// their articles replaced, files gone from an indexed folder have their articles removed, unchanged
// files (same size and modification time) are skipped. A file that cannot be indexed is remembered
// with its reason, and named once: later runs skip it until it changes, is deleted, or the index is
// rebuilt. Work is committed in batches, so a run that is killed leaves the index as it was at its
// last commit, and the next run finishes the job.
// Reading, parsing and term generation run on worker threads; one thread writes.
#ifndef PAPERDEX_INDEX_WRITER_H_
#define PAPERDEX_INDEX_WRITER_H_

#include <atomic>
#include <cstdint>
#include <functional>
#include <string>
#include <vector>

namespace paperdex {

struct IndexProgress {
  size_t files_done = 0, files_total = 0;
  uint64_t bytes_done = 0, bytes_total = 0;
  size_t articles = 0;
  std::string current;  // the file being written
};

struct IndexSummary {
  size_t files_new = 0, files_changed = 0, files_unchanged = 0, files_removed = 0;
  size_t files_moved = 0;   // new paths of known files (the same content) whose old path is gone
  size_t files_failed = 0;  // not indexed, newly in this run: named through on_problem
  // Not indexed by an earlier run and unchanged since: skipped, not named again (Searcher::Stats()
  // lists them). A failed file moved to a new path, the same content, counts here too.
  size_t files_still_failing = 0;
  size_t files_warned = 0;  // indexed, with a problem named through on_problem
  size_t articles_indexed = 0, articles_removed = 0;
  uint64_t bytes_read = 0;
  double seconds = 0;
  bool interrupted = false;  // stopped through `stop`; what was committed stays
  bool compacted = false;    // the index was rewritten compactly at the end
};

struct IndexOptions {
  std::string index_dir;
  std::string encoding;        // force this encoding for every file; empty to detect
  int threads = 0;             // worker threads; 0 for one per core
  size_t commit_every = 5000;  // documents written between commits
  bool rebuild = false;        // start from an empty index
  bool compact = false;        // compact at the end even if the run changed little
  bool prune = false;          // forget every indexed file whose path no longer exists
  // When another process holds the index, wait for it to finish instead of failing at once: for at
  // most `wait_seconds`, or for as long as it takes when that is 0. `stop` ends the wait.
  bool wait = false;
  double wait_seconds = 0;
  // Called once when the run has to wait for another process to let go of the index.
  std::function<void()> on_wait;
  // Called for each file that cannot be indexed or was indexed with a problem: its path and why.
  std::function<void(const std::string& path, const std::string& reason)> on_problem;
  std::function<void(const IndexProgress&)> on_progress;
  const std::atomic<bool>* stop = nullptr;  // set it to stop after the current file
};

// Updates the index at options.index_dir (created if missing) from the issue files under `paths`
// (files, or folders searched recursively for *.txt). Throws Error when the index cannot be opened
// or written: locked by another writer (without `wait`, or still locked after `wait_seconds`),
// built by another analyser version, not an index. Stopped through `stop` while waiting, it returns
// at once with `interrupted` set and nothing done.
IndexSummary UpdateIndex(const std::vector<std::string>& paths, const IndexOptions& options);

// The 64-bit FNV-1a hash of `bytes`, as 16 hex digits.
std::string ContentHash(std::string_view bytes);

}  // namespace paperdex

#endif  // PAPERDEX_INDEX_WRITER_H_
