#include "paperdex/index_writer.h"

#include <fcntl.h>
#include <signal.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>
#include <xapian.h>

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <condition_variable>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <deque>
#include <filesystem>
#include <fstream>
#include <map>
#include <mutex>
#include <optional>
#include <set>
#include <sstream>
#include <thread>
#include <unordered_map>

#include "paperdex/analyzer.h"
#include "paperdex/article_document.h"
#include "paperdex/error.h"
#include "paperdex/index_schema.h"
#include "paperdex/issue_json.h"
#include "paperdex/issue_parser.h"

namespace paperdex {
namespace {

namespace fs = std::filesystem;

struct FileEntry {
  std::string path;  // absolute, normalised
  uint64_t size = 0;
  int64_t mtime = 0;
};

// What the index remembers of a file it has read.
struct FileRecord {
  std::string path;
  uint64_t size = 0;
  int64_t mtime = 0;
  std::string hash;
  std::vector<std::string> ids;

  std::string ToJson() const {
    return Json{{"path", path}, {"size", size}, {"mtime", mtime}, {"hash", hash}, {"ids", ids}}
        .dump();
  }
  static std::optional<FileRecord> FromJson(const std::string& s) {
    try {
      const Json j = Json::parse(s);
      FileRecord r;
      r.path = j.at("path");
      r.size = j.at("size");
      r.mtime = j.at("mtime");
      r.hash = j.value("hash", "");
      r.ids = j.at("ids").get<std::vector<std::string>>();
      return r;
    } catch (const Json::exception&) {
      return std::nullopt;
    }
  }
};

// What the index remembers of a file it could not index, so that a later run need not read it
// again, nor name it again, until it changes.
struct FailedRecord {
  std::string path;
  uint64_t size = 0;
  int64_t mtime = 0;
  int64_t ctime = 0;  // status-change time, which a chmod moves
  std::string hash;   // of the content, when it could be read; empty otherwise
  std::string reason;
  std::string when;  // ISO 8601 time of the run that failed on it

  std::string ToJson() const {
    return Json{{"path", path}, {"size", size},     {"mtime", mtime}, {"ctime", ctime},
                {"hash", hash}, {"reason", reason}, {"when", when}}
        .dump();
  }
  static std::optional<FailedRecord> FromJson(const std::string& s) {
    try {
      const Json j = Json::parse(s);
      FailedRecord r;
      r.path = j.at("path");
      r.size = j.at("size");
      r.mtime = j.at("mtime");
      r.ctime = j.value("ctime", int64_t{0});
      r.hash = j.value("hash", "");
      r.reason = j.value("reason", "");
      r.when = j.value("when", "");
      return r;
    } catch (const Json::exception&) {
      return std::nullopt;
    }
  }
};

std::string Hex64(uint64_t v) {
  char buf[17];
  std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(v));
  return buf;
}

uint64_t Fnv1a(std::string_view bytes) {
  uint64_t h = 14695981039346656037ull;
  for (unsigned char c : bytes) h = (h ^ c) * 1099511628211ull;
  return h;
}

std::string PathKey(const std::string& path) { return Hex64(Fnv1a(path)); }
std::string FileTerm(const std::string& path) { return schema::kFilePrefix + PathKey(path); }
std::string MetadataKey(const std::string& path) { return schema::kFileKeyPrefix + PathKey(path); }
std::string FailedKey(const std::string& path) { return schema::kFailedKeyPrefix + PathKey(path); }

bool IsIssueFile(const fs::path& p) {
  std::string ext = p.extension().string();
  std::transform(ext.begin(), ext.end(), ext.begin(),
                 [](unsigned char c) { return std::tolower(c); });
  return ext == ".txt";
}

int64_t MtimeOf(const fs::directory_entry& e, std::error_code& ec) {
  return static_cast<int64_t>(e.last_write_time(ec).time_since_epoch().count());
}

// The status-change time of `path` in nanoseconds, or 0 when it cannot be read.
int64_t CtimeOf(const std::string& path) {
  struct stat st;
  if (stat(path.c_str(), &st) != 0) return 0;
  return static_cast<int64_t>(st.st_ctim.tv_sec) * 1000000000 + st.st_ctim.tv_nsec;
}

std::string Absolute(const std::string& p) {
  std::error_code ec;
  fs::path a = fs::absolute(p, ec);
  if (ec) return p;
  return a.lexically_normal().string();
}

// The issue files under each path, sorted; folders walked in are returned in `roots`.
std::vector<FileEntry> Discover(const std::vector<std::string>& paths,
                                std::vector<std::string>* roots, const IndexOptions& options,
                                size_t* failed) {
  std::map<std::string, FileEntry> found;
  for (const std::string& given : paths) {
    const std::string path = Absolute(given);
    std::error_code ec;
    const fs::directory_entry entry(path, ec);
    if (ec || !entry.exists(ec)) {
      if (options.on_problem) options.on_problem(given, "no such file or directory");
      ++*failed;
      continue;
    }
    if (entry.is_directory(ec)) {
      std::string root = path;
      while (root.size() > 1 && root.back() == '/') root.pop_back();
      roots->push_back(root);
      fs::recursive_directory_iterator it(path, fs::directory_options::skip_permission_denied, ec),
          end;
      if (ec) {
        if (options.on_problem) options.on_problem(given, "cannot read folder: " + ec.message());
        ++*failed;
        continue;
      }
      for (; it != end; it.increment(ec)) {
        if (ec) break;
        const fs::directory_entry& e = *it;
        const std::string name = e.path().filename().string();
        if (!name.empty() && name[0] == '.') {
          if (e.is_directory(ec)) it.disable_recursion_pending();
          continue;
        }
        if (!e.is_regular_file(ec) || !IsIssueFile(e.path())) continue;
        FileEntry f{e.path().lexically_normal().string(), e.file_size(ec), MtimeOf(e, ec)};
        found[f.path] = f;
      }
      continue;
    }
    FileEntry f{path, entry.file_size(ec), MtimeOf(entry, ec)};
    found[f.path] = f;
  }
  std::vector<FileEntry> out;
  out.reserve(found.size());
  for (auto& [unused, f] : found) out.push_back(std::move(f));
  return out;
}

// The work a thread did on one file.
struct FileResult {
  bool done = false;
  std::optional<Issue> issue;
  std::vector<Xapian::Document> docs;  // one per article, built with the parser's ids
  std::string hash;
  std::string error;
  uint64_t bytes = 0;
  int64_t ctime = 0;  // taken before reading, so that a change made while reading shows next time
};

// Runs `work` on files [0, n) in worker threads and hands results back in order.
class Pipeline {
 public:
  Pipeline(size_t n, int threads, std::function<void(size_t, FileResult&)> work)
      : n_(n), work_(std::move(work)), results_(n) {
    const size_t count = std::max(1, threads);
    for (size_t t = 0; t < count; ++t) workers_.emplace_back([this] { Loop(); });
  }
  ~Pipeline() {
    {
      std::lock_guard<std::mutex> lock(mu_);
      stopping_ = true;
    }
    cv_.notify_all();
    for (auto& w : workers_) w.join();
  }

  // Blocks until file i is done and moves its result out.
  FileResult Take(size_t i) {
    std::unique_lock<std::mutex> lock(mu_);
    taken_ = i;
    cv_.notify_all();
    done_cv_.wait(lock, [&] { return results_[i].done; });
    FileResult r = std::move(results_[i]);
    results_[i] = FileResult{};
    return r;
  }

 private:
  // Workers run at most this far ahead of the writer, to bound memory.
  static constexpr size_t kAhead = 16;

  void Loop() {
    for (;;) {
      size_t i;
      {
        std::unique_lock<std::mutex> lock(mu_);
        cv_.wait(lock, [&] { return stopping_ || (next_ < n_ && next_ < taken_ + kAhead); });
        if (stopping_) return;
        i = next_++;
      }
      FileResult r;
      work_(i, r);
      r.done = true;
      {
        std::lock_guard<std::mutex> lock(mu_);
        results_[i] = std::move(r);
      }
      done_cv_.notify_all();
    }
  }

  size_t n_;
  std::function<void(size_t, FileResult&)> work_;
  std::vector<FileResult> results_;
  std::vector<std::thread> workers_;
  std::mutex mu_;
  std::condition_variable cv_, done_cv_;
  size_t next_ = 0, taken_ = 0;
  bool stopping_ = false;
};

std::string ReadAll(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream buf;
  buf << in.rdbuf();
  return buf.str();
}

std::string NowIso() {
  const std::time_t t = std::time(nullptr);
  char buf[32];
  std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", std::gmtime(&t));
  return buf;
}

// A new index folder is made beside its place with its lock file in it and moved there, so that
// an index folder, whenever it exists, opens (holding the lock file alone, it is an empty index).
// The layout of an index folder: a stub file XAPIANDB naming the current database folder (db-1,
// db-2…), so that a compacted copy can replace it in one rename; and a lock file that one writer
// holds for the whole of its run.
constexpr char kStubName[] = "XAPIANDB";
constexpr char kLockName[] = "paperdex.lock";
constexpr char kInUse[] =
    "the index is in use by another paperdex process (it is locked for writing)";
// How often a run that waits for the lock tries it again (and looks at `stop`).
constexpr auto kLockRetry = std::chrono::milliseconds(100);

// An exclusive lock on the index folder, held from TryLock() until the object dies.
class FolderLock {
 public:
  // Opens the lock file in `dir`, creating it; throws Error when it cannot.
  explicit FolderLock(const std::string& dir) : dir_(dir) {
    const std::string path = (fs::path(dir) / kLockName).string();
    fd_ = open(path.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
    if (fd_ < 0)
      throw Error(dir, std::string("cannot create the lock file: ") + std::strerror(errno));
  }
  ~FolderLock() {
    if (fd_ >= 0) close(fd_);
  }
  FolderLock(const FolderLock&) = delete;
  FolderLock& operator=(const FolderLock&) = delete;

  // Takes the lock: false when another process holds it. Throws Error when locking fails otherwise.
  bool TryLock() {
    if (flock(fd_, LOCK_EX | LOCK_NB) == 0) return true;
    if (errno == EWOULDBLOCK || errno == EINTR) return false;
    throw Error(dir_, std::string("cannot lock the index: ") + std::strerror(errno));
  }

 private:
  std::string dir_;
  int fd_ = -1;
};

// Creates the index folder `dir` when it is missing, as said above. Throws Error when it cannot.
void CreateIndexFolder(const std::string& dir) {
  std::error_code ec;
  if (fs::is_directory(dir, ec)) return;
  fs::path target = fs::path(dir).lexically_normal();
  if (!target.has_filename()) target = target.parent_path();  // "idx/"
  const fs::path parent = target.has_parent_path() ? target.parent_path() : fs::path(".");
  fs::create_directories(parent, ec);
  if (!ec) {
    const fs::path made =
        parent / ("." + target.filename().string() + ".new-" + std::to_string(getpid()));
    fs::create_directory(made, ec);
    if (!ec) {
      std::ofstream(made / kLockName).close();
      fs::rename(made, target, ec);  // fails when another writer made the folder first
      std::error_code ignored;
      if (ec) fs::remove_all(made, ignored);
    }
  }
  if (!fs::is_directory(dir)) {
    throw Error(dir, "cannot create the index folder: " +
                         (ec ? ec.message() : std::string("not a folder")));
  }
}

// Takes `lock`, waiting for another process to let go of it when options.wait says so. Returns
// false when `stop` ended the wait; throws Error when the index is locked and the run may not wait,
// or still locked after wait_seconds.
bool Acquire(FolderLock& lock, const IndexOptions& options) {
  if (lock.TryLock()) return true;
  if (!options.wait) throw Error(options.index_dir, kInUse);
  if (options.on_wait) options.on_wait();
  const auto began = std::chrono::steady_clock::now();
  for (;;) {
    if (options.stop && options.stop->load()) return false;
    const double waited =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - began).count();
    if (options.wait_seconds > 0 && waited >= options.wait_seconds) {
      char buf[64];
      std::snprintf(buf, sizeof buf, "%g", options.wait_seconds);
      throw Error(options.index_dir, std::string("the index is still in use by another paperdex "
                                                 "process after waiting ") +
                                         buf + " s (it is locked for writing)");
    }
    std::this_thread::sleep_for(kLockRetry);
    if (lock.TryLock()) return true;
  }
}

// The database folder the stub names, or empty when there is no stub.
std::string ReadStub(const fs::path& dir) {
  std::ifstream in(dir / kStubName);
  std::string kind, name;
  if (!(in >> kind >> name)) return "";
  return name;
}

// Points the stub at `name` in one rename, so that readers see the old database or the new one.
void WriteStub(const fs::path& dir, const std::string& name) {
  const fs::path tmp = dir / (std::string(kStubName) + ".tmp");
  {
    std::ofstream out(tmp, std::ios::trunc);
    out << "auto " << name << "\n";
    out.flush();
    if (!out) throw Error(dir.string(), "cannot write " + tmp.string());
  }
  fs::rename(tmp, dir / kStubName);
}

// Removes database folders the stub does not name: what a killed creation or compaction left.
void RemoveUnused(const fs::path& dir, const std::string& current) {
  std::error_code ec;
  std::vector<fs::path> unused;
  for (const auto& e : fs::directory_iterator(dir, ec)) {
    const std::string name = e.path().filename().string();
    if (name.rfind("db-", 0) == 0 && name != current && e.is_directory(ec))
      unused.push_back(e.path());
  }
  for (const fs::path& p : unused) fs::remove_all(p, ec);
}

int Generation(const std::string& name) {
  return name.rfind("db-", 0) == 0 ? std::atoi(name.c_str() + 3) : 0;
}

// Opens (creating it when missing) the database of the index in `dir`; sets *db_path.
Xapian::WritableDatabase OpenForWriting(const IndexOptions& options, std::string* db_path) {
  const fs::path dir(options.index_dir);
  try {
    if (fs::exists(dir / "iamglass")) {  // a bare glass database given as the index
      *db_path = dir.string();
    } else {
      std::string current = ReadStub(dir);
      RemoveUnused(dir, current);
      if (current.empty() || options.rebuild) {
        current = "db-" + std::to_string(Generation(current) + 1);
        Xapian::WritableDatabase fresh((dir / current).string(), Xapian::DB_CREATE_OR_OVERWRITE);
        fresh.set_metadata(schema::kAnalyzerKey, std::to_string(kAnalyzerVersion));
        fresh.commit();
        fresh.close();
        WriteStub(dir, current);
        RemoveUnused(dir, current);
      }
      *db_path = (dir / current).string();
    }
    Xapian::WritableDatabase db(*db_path, Xapian::DB_OPEN);
    const std::string version = db.get_metadata(schema::kAnalyzerKey);
    if (!version.empty() && version != std::to_string(kAnalyzerVersion)) {
      throw Error(options.index_dir, "built with analyser version " + version +
                                         ", this paperdex uses " +
                                         std::to_string(kAnalyzerVersion) +
                                         ": rebuild it with 'paperdex index --rebuild'");
    }
    return db;
  } catch (const Xapian::DatabaseLockError&) {
    throw Error(options.index_dir, kInUse);
  } catch (const Xapian::Error& e) {
    throw Error(options.index_dir, "cannot open the index: " + e.get_msg());
  } catch (const fs::filesystem_error& e) {
    throw Error(options.index_dir, std::string("cannot set up the index: ") + e.code().message());
  }
}

// Writes a compacted copy of the database beside it and points the stub at the copy.
void Compact(const fs::path& dir, const std::string& db_path) {
  if (fs::path(db_path) == dir) return;  // a bare database: left as it is
  const std::string current = fs::path(db_path).filename().string();
  const std::string next = "db-" + std::to_string(Generation(current) + 1);
  Xapian::Database(db_path).compact((dir / next).string(), Xapian::DBCOMPACT_NO_RENUMBER);
  WriteStub(dir, next);
  RemoveUnused(dir, next);
}

}  // namespace

std::string ContentHash(std::string_view bytes) { return Hex64(Fnv1a(bytes)); }

IndexSummary UpdateIndex(const std::vector<std::string>& paths, const IndexOptions& options) {
  IndexSummary summary;
  CreateIndexFolder(options.index_dir);
  FolderLock lock(options.index_dir);
  if (!Acquire(lock, options)) {
    summary.interrupted = true;
    return summary;
  }
  // The run is timed from here: a wait for the lock is no part of it.
  const auto started = std::chrono::steady_clock::now();
  std::string db_path;
  Xapian::WritableDatabase db = OpenForWriting(options, &db_path);
  size_t written = 0;  // documents added, replaced or deleted by this run

  try {
    // What the index knows of files: by path, and which file owns each article id.
    std::unordered_map<std::string, FileRecord> records;
    std::unordered_map<std::string, std::string> id_owner;
    for (auto it = db.metadata_keys_begin(schema::kFileKeyPrefix);
         it != db.metadata_keys_end(schema::kFileKeyPrefix); ++it) {
      if (auto r = FileRecord::FromJson(db.get_metadata(*it))) {
        for (const std::string& id : r->ids) id_owner[id] = r->path;
        records[r->path] = std::move(*r);
      }
    }
    // The files earlier runs could not index, by path, and which of them had each content.
    std::unordered_map<std::string, FailedRecord> failed;
    std::unordered_multimap<std::string, std::string> failed_by_hash;
    for (auto it = db.metadata_keys_begin(schema::kFailedKeyPrefix);
         it != db.metadata_keys_end(schema::kFailedKeyPrefix); ++it) {
      if (auto r = FailedRecord::FromJson(db.get_metadata(*it))) {
        if (!r->hash.empty()) failed_by_hash.emplace(r->hash, r->path);
        failed[r->path] = std::move(*r);
      }
    }

    std::vector<std::string> roots;
    const std::vector<FileEntry> files = Discover(paths, &roots, options, &summary.files_failed);

    // Files that are new or changed; the rest are skipped without reading them. A file that failed
    // before is judged by its failed record alone: its file record, when it has one, is older.
    std::vector<const FileEntry*> todo;
    uint64_t bytes_total = 0;
    for (const FileEntry& f : files) {
      if (auto it = failed.find(f.path); it != failed.end()) {
        const FailedRecord& r = it->second;
        // A file that could not even be read is tried again after a chmod too.
        if (r.size == f.size && r.mtime == f.mtime &&
            (!r.hash.empty() || r.ctime == CtimeOf(f.path))) {
          ++summary.files_still_failing;
          continue;
        }
      } else if (auto known = records.find(f.path); known != records.end() &&
                                                    known->second.size == f.size &&
                                                    known->second.mtime == f.mtime) {
        ++summary.files_unchanged;
        continue;
      }
      todo.push_back(&f);
      bytes_total += f.size;
    }

    size_t pending = 0;
    auto commit = [&] {
      written += pending;
      db.set_metadata(schema::kAnalyzerKey, std::to_string(kAnalyzerVersion));
      db.set_metadata(schema::kLastIndexedKey, NowIso());
      db.commit();
      pending = 0;
    };

    // Files gone from the folders this run walked (with --prune, gone from anywhere).
    std::set<std::string> present;
    for (const FileEntry& f : files) present.insert(f.path);
    auto is_gone = [&](const std::string& path) {
      if (present.count(path)) return false;
      if (options.prune) {
        std::error_code ec;
        if (!fs::exists(path, ec) && !ec) return true;
      }
      for (const std::string& root : roots) {
        if (path.size() > root.size() && path.compare(0, root.size(), root) == 0 &&
            path[root.size()] == '/') {
          return true;
        }
      }
      return false;
    };
    std::vector<std::string> gone;
    for (const auto& [path, record] : records) {
      if (is_gone(path)) gone.push_back(path);
    }
    // Forgets a file: its articles and its record.
    auto forget = [&](const std::string& path) {
      const FileRecord& r = records[path];
      for (const std::string& id : r.ids) {
        db.delete_document(schema::kIdPrefix + id);
        id_owner.erase(id);
        ++pending;
      }
      const size_t articles = r.ids.size();
      db.set_metadata(MetadataKey(path), "");
      records.erase(path);
      return articles;
    };
    std::sort(gone.begin(), gone.end());
    for (const std::string& path : gone) {
      summary.articles_removed += forget(path);
      ++summary.files_removed;
    }
    if (pending > 0) commit();
    // Known contents by hash, to tell a moved file from a new one.
    std::unordered_multimap<std::string, std::string> by_hash;
    for (const auto& [path, record] : records) {
      if (!record.hash.empty()) by_hash.emplace(record.hash, path);
    }
    // The record of a file with content `hash` whose path no longer exists: where a new path came
    // from when a folder was moved or renamed.
    auto moved_from = [&](const std::string& hash) -> std::optional<std::string> {
      const auto [begin, end] = by_hash.equal_range(hash);
      for (auto it = begin; it != end; ++it) {
        std::error_code ec;
        if (records.count(it->second) && !present.count(it->second) &&
            !fs::exists(it->second, ec) && !ec) {
          return it->second;
        }
      }
      return std::nullopt;
    };
    // The same for a file that failed before: the record of a failed file with content `hash`
    // whose path no longer exists.
    auto failed_moved_from = [&](const std::string& hash) -> std::optional<std::string> {
      if (hash.empty()) return std::nullopt;
      const auto [begin, end] = failed_by_hash.equal_range(hash);
      for (auto it = begin; it != end; ++it) {
        std::error_code ec;
        if (failed.count(it->second) && !present.count(it->second) && !fs::exists(it->second, ec) &&
            !ec) {
          return it->second;
        }
      }
      return std::nullopt;
    };

    const IssueParser parser(ParseOptions{options.encoding});
    const int threads = options.threads > 0
                            ? options.threads
                            : static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
    Pipeline pipeline(todo.size(), threads, [&](size_t i, FileResult& r) {
      const std::string& path = todo[i]->path;
      r.ctime = CtimeOf(path);
      try {
        std::error_code ec;
        if (fs::is_directory(path, ec)) throw Error(path, "is a directory");
        std::ifstream probe(path, std::ios::binary);
        if (!probe) throw Error(path, "cannot open for reading");
        const std::string bytes = ReadAll(path);
        r.bytes = bytes.size();
        r.hash = ContentHash(bytes);
        r.issue = parser.ParseBytes(bytes, path);
        r.issue->source = path;
        thread_local Analyzer analyzer;
        const std::string file_term = FileTerm(path);
        for (const Article& a : r.issue->articles)
          r.docs.push_back(MakeDocument(analyzer, *r.issue, a, file_term));
      } catch (const Error& e) {
        r.error = e.reason();
      } catch (const std::exception& e) {
        r.error = e.what();
      }
    });

    Analyzer analyzer;
    IndexProgress progress;
    progress.files_total = todo.size();
    progress.bytes_total = bytes_total;
    for (size_t i = 0; i < todo.size(); ++i) {
      if (options.stop && options.stop->load()) {
        summary.interrupted = true;
        break;
      }
      const FileEntry& f = *todo[i];
      FileResult r = pipeline.Take(i);
      summary.bytes_read += r.bytes;
      progress.current = f.path;
      if (!r.issue) {
        FailedRecord record{f.path, f.size, f.mtime, r.ctime, r.hash, r.error, NowIso()};
        if (const auto from = failed_moved_from(r.hash)) {
          // A failed file moved or renamed: nothing new is wrong, and it keeps its first failure.
          record.when = failed[*from].when;
          db.set_metadata(FailedKey(*from), "");
          failed.erase(*from);
          ++summary.files_still_failing;
        } else {
          ++summary.files_failed;
          if (options.on_problem) options.on_problem(f.path, r.error);
        }
        db.set_metadata(FailedKey(f.path), record.ToJson());
        failed[f.path] = std::move(record);
        continue;
      }
      Issue& issue = *r.issue;
      for (const Diagnostic& d : issue.diagnostics) {
        if (options.on_problem) options.on_problem(f.path, d.message);
      }
      if (!issue.diagnostics.empty()) ++summary.files_warned;

      auto old = records.find(f.path);
      const bool existed = old != records.end();
      // A known file at a new path, its old path gone: its articles move with it, ids and all.
      bool moved = false;
      if (!existed) {
        if (const auto from = moved_from(r.hash)) {
          forget(*from);
          moved = true;
        }
      }
      // Ids are the parser's; one that another file already holds gets a suffix (-2, -3…).
      std::vector<std::string> ids, parser_ids;
      std::set<std::string> mine;
      for (Article& a : issue.articles) {
        parser_ids.push_back(a.id);
        const std::string base = a.id;
        int n = 2;
        for (;;) {
          auto owner = id_owner.find(a.id);
          if ((owner == id_owner.end() || owner->second == f.path) && !mine.count(a.id)) break;
          a.id = base + "-" + std::to_string(n++);
        }
        mine.insert(a.id);
        ids.push_back(a.id);
      }
      if (existed) {
        for (const std::string& id : old->second.ids) {
          if (mine.count(id)) continue;
          db.delete_document(schema::kIdPrefix + id);
          id_owner.erase(id);
          ++summary.articles_removed;
          ++pending;
        }
      }
      const std::string file_term = FileTerm(f.path);
      for (size_t k = 0; k < issue.articles.size(); ++k) {
        const Article& a = issue.articles[k];
        // A document whose id had to change is built again with its final id.
        Xapian::Document doc = a.id == parser_ids[k] ? std::move(r.docs[k])
                                                     : MakeDocument(analyzer, issue, a, file_term);
        db.replace_document(schema::kIdPrefix + a.id, doc);
        id_owner[a.id] = f.path;
        ++pending;
      }
      FileRecord record{f.path, f.size, f.mtime, r.hash, ids};
      db.set_metadata(MetadataKey(f.path), record.ToJson());
      records[f.path] = std::move(record);
      if (failed.erase(f.path)) db.set_metadata(FailedKey(f.path), "");
      (existed ? summary.files_changed : moved ? summary.files_moved : summary.files_new) += 1;
      summary.articles_indexed += issue.articles.size();

      progress.files_done = i + 1;
      progress.bytes_done += r.bytes;
      progress.articles = summary.articles_indexed;
      if (options.on_progress) options.on_progress(progress);
      if (pending >= options.commit_every) commit();
    }
    // Failed files that are gone are forgotten last, so that one moved to a path this run did not
    // reach (it was interrupted) is still known as moved next time.
    if (!summary.interrupted) {
      for (auto it = failed.begin(); it != failed.end();) {
        if (is_gone(it->first)) {
          db.set_metadata(FailedKey(it->first), "");
          it = failed.erase(it);
        } else {
          ++it;
        }
      }
    }
    commit();
    // A run that rewrote much of the index leaves it compacted (a quarter of its size or more).
    const Xapian::doccount total = db.get_doccount();
    db.close();
    if (options.compact || (written > 0 && written * 4 >= total)) {
      Compact(options.index_dir, db_path);
      summary.compacted = true;
    }
  } catch (const Xapian::Error& e) {
    throw Error(options.index_dir, "index write failed: " + e.get_msg());
  }
  summary.seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  return summary;
}

}  // namespace paperdex
