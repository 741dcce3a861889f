// Reads an index: ranked search with snippets, lookup by id, streaming export, counts and stats.
// A Searcher holds one open database; it is not thread-safe (use one per thread).
#ifndef PAPERDEX_SEARCHER_H_
#define PAPERDEX_SEARCHER_H_

#include <xapian.h>

#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "paperdex/analyzer.h"
#include "paperdex/issue_json.h"
#include "paperdex/snippets.h"

namespace paperdex {

enum class SortOrder { kRelevance, kDate, kDateDescending, kIndex };

// What matches can be counted by: "date:year", "date:month", "paper", "section", "byline", "kind",
// "page".
enum class Facet { kYear, kMonth, kPaper, kSection, kByline, kKind, kPage };
// The facet named `name`, or nullopt.
std::optional<Facet> FacetFromName(const std::string& name);

// Another printing of a hit's text: the same story in full on another page, or the same issue filed
// again under another path.
struct Copy {
  std::string id, paper, date, source;
  int page = 0;  // 0 when unknown
  bool matches = false;  // it matches the query too
};

struct Hit {
  std::string id;
  size_t rank = 0;  // 1-based, counting from the first result of the whole search
  double score = 0;
  Json article;  // as stored: StoredArticleJson
  Snippet snippet;
  size_t matches = 0;  // occurrences of the query's strings in the article
  std::optional<size_t> line;  // the source line of the first match, when it was looked up
  std::vector<Copy> copies;    // its other printings, folded into this hit
  // Those of them that match the query, as hits of their own (of the same rank): what a program
  // reading every match (search --json) lists after the hit.
  std::vector<Hit> folded;
  // The matched spans, (start, length) in code points, of each title field that holds a match:
  // "kicker", "headline", "subheadline".
  std::map<std::string, Spans> title_highlights;
};

struct SearchResults {
  std::string query;
  size_t estimated_total = 0;  // the number of matching articles; exact when `exact`
  bool exact = false;          // false only for a query with more candidates than are counted
  std::vector<Hit> hits;
  std::vector<std::u32string> highlights;  // the folded strings the hits' snippets mark
};

struct IndexStats {
  size_t articles = 0;
  size_t issues = 0;                                   // files indexed
  size_t terms = 0;                                    // distinct terms
  std::vector<std::pair<std::string, size_t>> papers;  // articles per paper
  std::string first_date, last_date;                   // YYYY-MM-DD, empty when none
  uint64_t size_bytes = 0;                             // on disk
  std::string analyzer_version;
  std::string last_indexed;
  // A file the index could not take (as its writer last found it): why, and when (ISO 8601).
  struct FailedFile {
    std::string path, reason, when;
  };
  std::vector<FailedFile> failed;  // by path; the first shard's only
  // For each paper that is a daily by evidence, the dates (YYYY-MM-DD, in order) between its first
  // and last issue with no issue of it; papers with none missing are left out. A weekday is one a
  // paper publishes on when it has an issue on at least half of those weekdays in its run; a paper
  // publishing on five or more is a daily, and only its publishing weekdays can be missing.
  std::vector<std::pair<std::string, std::vector<std::string>>> missing_dates;
};

class Searcher {
 public:
  // Opens the index in `index_dir`. Throws Error when there is none or it cannot be read.
  explicit Searcher(std::string index_dir);
  ~Searcher();

  // Runs `query` (the language of query_parser.h). Throws Error for a malformed query.
  // Printings of one text (same fingerprint, article_document.h) are one hit, the others listed
  // in its `copies`, and count once, unless `collapse` is false.
  SearchResults Search(std::string_view query, size_t offset, size_t limit, SortOrder sort,
                       size_t snippet_width = 100, bool collapse = true) const;

  // The stored article with this id, or nullopt.
  std::optional<Json> Find(const std::string& id) const;

  // Calls `sink` with every stored article (or every match of a non-empty `query`) in `sort`
  // order; stops when `sink` returns false. Memory stays flat whatever the size of the index.
  void ForEach(std::string_view query, SortOrder sort,
               const std::function<bool(const Json&)>& sink) const;

  // The exact number of articles matching `query` (printings of one text counted once when
  // `collapse`).
  size_t Count(std::string_view query, bool collapse = true) const;

  // How many articles matching `query` have each value of `facet`: dates in order, other values
  // most frequent first. An article with several bylines counts once for each name.
  // With `collapse`, printings of one text count once.
  std::vector<std::pair<std::string, size_t>> Facets(std::string_view query, Facet facet,
                                                     bool collapse = true) const;

  IndexStats Stats() const;

 private:
  std::string dir_;
  std::unique_ptr<Xapian::Database> db_;
  std::unique_ptr<Analyzer> analyzer_;
};

}  // namespace paperdex

#endif  // PAPERDEX_SEARCHER_H_
