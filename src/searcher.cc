#include "paperdex/searcher.h"

#include <algorithm>
#include <filesystem>
#include <map>
#include <set>

#include "paperdex/error.h"
#include "paperdex/index_schema.h"
#include "paperdex/query_parser.h"
#include "paperdex/snippets.h"
#include "paperdex/stored_article.h"
#include "paperdex/text.h"

namespace paperdex {
namespace {

namespace fs = std::filesystem;

// Documents fetched per batch when streaming matches.
constexpr Xapian::doccount kBatch = 1000;

void ApplySort(Xapian::Enquire& enquire, SortOrder sort) {
  switch (sort) {
    case SortOrder::kRelevance:
      enquire.set_sort_by_relevance_then_value(schema::kOrderSlot, false);
      break;
    case SortOrder::kDate:
      enquire.set_sort_by_value_then_relevance(schema::kOrderSlot, false);
      break;
    case SortOrder::kDateDescending:
      enquire.set_sort_by_value_then_relevance(schema::kOrderSlot, true);
      break;
    case SortOrder::kIndex:
      enquire.set_weighting_scheme(Xapian::BoolWeight());
      enquire.set_docid_order(Xapian::Enquire::ASCENDING);
      break;
  }
}

// Lets through the documents whose stored article passes the query's check.
class VerifyDecider : public Xapian::MatchDecider {
 public:
  explicit VerifyDecider(std::shared_ptr<const Predicate> pred) : pred_(std::move(pred)) {}
  bool operator()(const Xapian::Document& doc) const override {
    return pred_->Matches(ArticleText::From(ReadStoredArticle(doc.get_data())));
  }

 private:
  std::shared_ptr<const Predicate> pred_;
};

// A query ready to run: the index query, and the check when the index alone only narrows it down.
struct Prepared {
  ParsedQuery parsed;
  std::unique_ptr<VerifyDecider> decider;
};

Prepared Prepare(const Analyzer& analyzer, const Xapian::Database& db, std::string_view query) {
  Prepared p;
  p.parsed.query = Xapian::Query::MatchAll;
  if (!Trim(ToU32(query)).empty()) p.parsed = QueryParser(analyzer, &db).Parse(query);
  if (p.parsed.verify) p.decider = std::make_unique<VerifyDecider>(p.parsed.verify);
  return p;
}

// Articles ranked first when they hold a query's runs whole, first of all in a title.
constexpr double kWholeRunBonus = 1000.0;
constexpr double kTitleRunBonus = 10000.0;
constexpr double kBylineRunBonus = 5000.0;  // a name the user typed: after titles, before text
// How many candidates a search checks at most to give an exact total (a count checks them all).
constexpr size_t kMaxCounted = 200000;
// How many of the best matches are ranked again by those bonuses.
constexpr Xapian::doccount kRerankDepth = 100;

// Whether `doc` is the first printing of its text that `seen` (the fingerprints met so far) meets;
// an article without a fingerprint always is.
bool FirstPrinting(const Xapian::Document& doc, std::set<std::string>& seen) {
  const std::string copy = doc.get_value(schema::kCopySlot);
  return copy.empty() || seen.insert(copy).second;
}

// Counts the matches, the printings of one text (one fingerprint) once.
class DistinctSpy : public Xapian::MatchSpy {
 public:
  void operator()(const Xapian::Document& doc, double) override {
    if (FirstPrinting(doc, seen_)) ++count;
  }
  size_t count = 0;

 private:
  std::set<std::string> seen_;
};

// The number of texts matching `q`: each match without a fingerprint, each fingerprint once. A spy
// counts them (Xapian's own bounds on a collapsed count are exact only when every hit is fetched,
// which is what a remote shard, taking no spy of ours, is left with).
size_t CountTexts(const Xapian::Database& db, const Prepared& q) {
  Xapian::Enquire enquire(db);
  enquire.set_query(q.parsed.query);
  enquire.set_weighting_scheme(Xapian::BoolWeight());
  const Xapian::doccount all = db.get_doccount();
  DistinctSpy spy;
  enquire.add_matchspy(&spy);
  try {
    enquire.get_mset(0, 0, all, nullptr, q.decider.get());
    return spy.count;
  } catch (const Xapian::UnimplementedError&) {
    enquire.clear_matchspies();
    enquire.set_collapse_key(schema::kCopySlot);
    return enquire.get_mset(0, all, all, nullptr, q.decider.get()).size();
  }
}

// Another printing of a text, with its stored article.
struct Printing {
  Copy copy;
  Json article;
};

// The printings of the text whose fingerprint is `copy` other than the document `docid`, each
// marked whether it matches `q` too.
std::vector<Printing> Printings(const Xapian::Database& db, const Prepared& q,
                                const std::string& copy, Xapian::docid docid) {
  std::vector<Printing> out;
  const std::string term = schema::kCopyPrefix + copy;
  const Xapian::doccount printings = db.get_termfreq(term);
  if (printings < 2) return out;
  std::set<Xapian::docid> matching;
  Xapian::Enquire enquire(db);
  enquire.set_query(Xapian::Query(Xapian::Query::OP_FILTER, q.parsed.query, Xapian::Query(term)));
  enquire.set_weighting_scheme(Xapian::BoolWeight());
  const Xapian::MSet mset = enquire.get_mset(0, printings, nullptr, q.decider.get());
  for (auto it = mset.begin(); it != mset.end(); ++it) matching.insert(*it);
  for (auto p = db.postlist_begin(term); p != db.postlist_end(term); ++p) {
    if (*p == docid) continue;
    Printing x;
    x.article = ReadStoredArticle(db.get_document(*p).get_data());
    const Json& a = x.article;
    Copy& c = x.copy;
    c.id = a.value("id", "");
    c.paper = a.contains("paper") && a["paper"].is_string() ? a["paper"].get<std::string>() : "";
    c.date = a.contains("date") && a["date"].is_string() ? a["date"].get<std::string>() : "";
    c.source = a.value("source", "");
    c.page = a.contains("page") && a["page"].is_number_integer() ? a["page"].get<int>() : 0;
    c.matches = matching.count(*p) > 0;
    out.push_back(std::move(x));
  }
  return out;
}

// Counts the values of a slot, splitting multi-valued ones.
class SplitValueSpy : public Xapian::MatchSpy {
 public:
  // With `once`, the printings of one text (one fingerprint) count once.
  SplitValueSpy(Xapian::valueno slot, bool once) : slot_(slot), once_(once) {}
  void operator()(const Xapian::Document& doc, double) override {
    if (once_ && !FirstPrinting(doc, seen_)) return;
    const std::string v = doc.get_value(slot_);
    if (v.empty()) return;
    size_t start = 0;
    while (start <= v.size()) {
      size_t end = v.find(schema::kValueSeparator, start);
      if (end == std::string::npos) end = v.size();
      if (end > start) ++counts[v.substr(start, end - start)];
      start = end + 1;
    }
  }
  std::map<std::string, size_t> counts;

 private:
  Xapian::valueno slot_;
  bool once_;
  std::set<std::string> seen_;
};

}  // namespace

std::optional<Facet> FacetFromName(const std::string& name) {
  static const std::map<std::string, Facet> kNames = {
      {"date:year", Facet::kYear},  {"date:month", Facet::kMonth}, {"paper", Facet::kPaper},
      {"section", Facet::kSection}, {"byline", Facet::kByline},    {"kind", Facet::kKind},
      {"page", Facet::kPage}};
  auto it = kNames.find(name);
  if (it == kNames.end()) return std::nullopt;
  return it->second;
}

Searcher::Searcher(std::string index_dir)
    : dir_(std::move(index_dir)), analyzer_(std::make_unique<Analyzer>()) {
  std::error_code ec;
  if (!fs::exists(dir_, ec))
    throw Error(dir_, "no index here (build one with 'paperdex index FOLDER')");
  try {
    db_ = std::make_unique<Xapian::Database>(dir_);
  } catch (const Xapian::DatabaseNotFoundError&) {
    // A folder that indexing created but never finished setting up (it was stopped at once) is
    // an empty index; anything else in it is not an index.
    const bool empty = fs::is_directory(dir_, ec) && !fs::exists(fs::path(dir_) / "XAPIANDB", ec) &&
                       !fs::exists(fs::path(dir_) / "iamglass", ec) &&
                       fs::exists(fs::path(dir_) / "paperdex.lock", ec);
    if (!empty) throw Error(dir_, "not a paperdex index (build one with 'paperdex index FOLDER')");
    db_ = std::make_unique<Xapian::Database>(
        Xapian::WritableDatabase(std::string(), Xapian::DB_BACKEND_INMEMORY));
  } catch (const Xapian::Error& e) {
    throw Error(dir_, "cannot open the index: " + e.get_msg());
  }
  const std::string version = db_->get_metadata(schema::kAnalyzerKey);
  if (!version.empty() && version != std::to_string(kAnalyzerVersion)) {
    throw Error(dir_, "built with analyser version " + version + ", this paperdex uses " +
                          std::to_string(kAnalyzerVersion) +
                          ": rebuild it with 'paperdex index --rebuild'");
  }
}

Searcher::~Searcher() = default;

SearchResults Searcher::Search(std::string_view query, size_t offset, size_t limit, SortOrder sort,
                               size_t snippet_width, bool collapse) const {
  if (Trim(ToU32(query)).empty()) throw Error("", "bad query: nothing to search for");
  const Prepared q = Prepare(*analyzer_, *db_, query);
  SearchResults out;
  out.query = std::string(query);
  out.highlights = q.parsed.highlights;
  // Past the number of articles, a page holds no more (and Xapian counts in 32 bits).
  limit = std::min<size_t>(limit, db_->get_doccount());
  offset = std::min<size_t>(offset, db_->get_doccount());
  try {
    Xapian::Enquire enquire(*db_);
    enquire.set_query(q.parsed.query);
    ApplySort(enquire, sort);
    if (collapse) enquire.set_collapse_key(schema::kCopySlot);
    // By relevance, the best matches are ranked again: articles holding the runs whole (in a title
    // first) ahead of the rest.
    const bool rerank =
        sort == SortOrder::kRelevance && !q.parsed.runs.empty() && offset < kRerankDepth;
    const auto first = static_cast<Xapian::doccount>(rerank ? 0 : offset);
    const auto count = static_cast<Xapian::doccount>(
        rerank ? std::max<size_t>(kRerankDepth, offset + limit) : limit);
    // Every candidate is checked, so that the total is exact, up to kMaxCounted of them.
    const auto check = static_cast<Xapian::doccount>(
        std::max<size_t>(offset + limit + 1, std::min<size_t>(db_->get_doccount(), kMaxCounted)));
    const Xapian::MSet mset = enquire.get_mset(first, count, check, nullptr, q.decider.get());
    out.exact = mset.get_matches_lower_bound() == mset.get_matches_upper_bound();
    out.estimated_total = out.exact ? mset.get_matches_lower_bound() : mset.get_matches_estimated();
    // Collapsed, Xapian's bounds on the total are loose unless every hit was fetched: the texts
    // are counted in a pass of their own, as --count does (up to kMaxCounted candidates).
    if (collapse && !out.exact && mset.get_uncollapsed_matches_upper_bound() <= kMaxCounted) {
      out.estimated_total = CountTexts(*db_, q);
      out.exact = true;
    }
    struct Ranked {
      Json article;
      double score;
      Xapian::docid docid;
      std::string copy;  // the fingerprint, when other printings were folded into it
    };
    std::vector<Ranked> ranked;
    for (auto it = mset.begin(); it != mset.end(); ++it) {
      const Xapian::Document doc = it.get_document();
      Ranked r{ReadStoredArticle(doc.get_data()), it.get_weight(), *it,
               collapse ? doc.get_value(schema::kCopySlot) : ""};
      if (rerank) {
        int whole = 0, in_title = 0, in_byline = 0;
        RunBonus(ArticleText::From(r.article), q.parsed.runs, &whole, &in_title, &in_byline);
        r.score +=
            kWholeRunBonus * whole + kTitleRunBonus * in_title + kBylineRunBonus * in_byline;
      }
      ranked.push_back(std::move(r));
    }
    if (rerank) {
      std::stable_sort(ranked.begin(), ranked.end(),
                       [](const Ranked& x, const Ranked& y) { return x.score > y.score; });
      ranked.erase(ranked.begin(),
                   ranked.begin() + static_cast<std::ptrdiff_t>(std::min(offset, ranked.size())));
      if (ranked.size() > limit) ranked.resize(limit);
    }
    auto make_hit = [&](Json article, double score, size_t at) {
      Hit h;
      h.article = std::move(article);
      h.id = h.article.value("id", "");
      h.rank = at;
      h.score = score;
      h.snippet = MakeSnippet(h.article, q.parsed.highlights, snippet_width);
      h.matches = CountMatches(h.article, q.parsed.highlights);
      for (const char* field : {"kicker", "headline", "subheadline"}) {
        if (!h.article.contains(field) || !h.article[field].is_string()) continue;
        Spans spans = MatchSpans(ToU32(h.article[field].get<std::string>()), q.parsed.highlights);
        if (!spans.empty()) h.title_highlights[field] = std::move(spans);
      }
      return h;
    };
    size_t rank = offset;
    for (Ranked& r : ranked) {
      Hit h = make_hit(std::move(r.article), r.score, ++rank);
      if (collapse && !r.copy.empty()) {
        for (Printing& p : Printings(*db_, q, r.copy, r.docid)) {
          if (p.copy.matches) h.folded.push_back(make_hit(std::move(p.article), r.score, rank));
          h.copies.push_back(std::move(p.copy));
        }
      }
      out.hits.push_back(std::move(h));
    }
  } catch (const Xapian::Error& e) {
    throw Error(dir_, "search failed: " + e.get_msg());
  }
  return out;
}

std::optional<Json> Searcher::Find(const std::string& id) const {
  try {
    Xapian::PostingIterator p = db_->postlist_begin(schema::kIdPrefix + id);
    if (p == db_->postlist_end(schema::kIdPrefix + id)) return std::nullopt;
    return ReadStoredArticle(db_->get_document(*p).get_data());
  } catch (const Xapian::Error& e) {
    throw Error(dir_, "read failed: " + e.get_msg());
  }
}

void Searcher::ForEach(std::string_view query, SortOrder sort,
                       const std::function<bool(const Json&)>& sink) const {
  try {
    if (Trim(ToU32(query)).empty() && sort == SortOrder::kIndex) {
      for (auto p = db_->postlist_begin(""); p != db_->postlist_end(""); ++p) {
        if (!sink(ReadStoredArticle(db_->get_document(*p).get_data()))) return;
      }
      return;
    }
    const Prepared q = Prepare(*analyzer_, *db_, query);
    Xapian::Enquire enquire(*db_);
    enquire.set_query(q.parsed.query);
    ApplySort(enquire, sort == SortOrder::kRelevance ? SortOrder::kIndex : sort);
    for (Xapian::doccount first = 0;; first += kBatch) {
      const Xapian::MSet mset = enquire.get_mset(first, kBatch, 0, nullptr, q.decider.get());
      for (auto it = mset.begin(); it != mset.end(); ++it) {
        if (!sink(ReadStoredArticle(it.get_document().get_data()))) return;
      }
      if (mset.size() < kBatch) return;
    }
  } catch (const Xapian::Error& e) {
    throw Error(dir_, "read failed: " + e.get_msg());
  }
}

size_t Searcher::Count(std::string_view query, bool collapse) const {
  if (Trim(ToU32(query)).empty()) throw Error("", "bad query: nothing to search for");
  const Prepared q = Prepare(*analyzer_, *db_, query);
  try {
    if (collapse) return CountTexts(*db_, q);
    Xapian::Enquire enquire(*db_);
    enquire.set_query(q.parsed.query);
    enquire.set_weighting_scheme(Xapian::BoolWeight());
    return enquire.get_mset(0, 0, db_->get_doccount(), nullptr, q.decider.get())
        .get_matches_estimated();
  } catch (const Xapian::Error& e) {
    throw Error(dir_, "search failed: " + e.get_msg());
  }
}

std::vector<std::pair<std::string, size_t>> Searcher::Facets(std::string_view query,
                                                             Facet facet, bool collapse) const {
  namespace s = schema;
  const Xapian::valueno slot = facet == Facet::kYear || facet == Facet::kMonth ? s::kDateSlot
                               : facet == Facet::kPaper                        ? s::kPaperSlot
                               : facet == Facet::kSection                      ? s::kSectionSlot
                               : facet == Facet::kByline                       ? s::kBylineSlot
                               : facet == Facet::kKind                         ? s::kKindSlot
                                                                               : s::kPageSlot;
  SplitValueSpy spy(slot, collapse);
  try {
    const Prepared q = Prepare(*analyzer_, *db_, query);
    Xapian::Enquire enquire(*db_);
    enquire.set_query(q.parsed.query);
    enquire.set_weighting_scheme(Xapian::BoolWeight());
    enquire.add_matchspy(&spy);
    enquire.get_mset(0, 0, db_->get_doccount(), nullptr, q.decider.get());
  } catch (const Xapian::Error& e) {
    throw Error(dir_, "search failed: " + e.get_msg());
  }
  std::map<std::string, size_t> merged;
  for (const auto& [value, n] : spy.counts) {
    std::string key = value;
    if (facet == Facet::kYear || facet == Facet::kMonth) {
      if (value == "00000000") {
        key = "(no date)";
      } else {
        key = facet == Facet::kYear ? value.substr(0, 4)
                                    : value.substr(0, 4) + "-" + value.substr(4, 2);
      }
    } else if (facet == Facet::kPage) {
      key = std::to_string(static_cast<int>(Xapian::sortable_unserialise(value)));
    }
    merged[key] += n;
  }
  std::vector<std::pair<std::string, size_t>> out(merged.begin(), merged.end());
  if (facet == Facet::kPage) {
    std::sort(out.begin(), out.end(),
              [](const auto& a, const auto& b) { return std::stoi(a.first) < std::stoi(b.first); });
  } else if (facet != Facet::kYear && facet != Facet::kMonth) {
    std::stable_sort(out.begin(), out.end(),
                     [](const auto& a, const auto& b) { return a.second > b.second; });
  }
  return out;
}

IndexStats Searcher::Stats() const {
  IndexStats s;
  try {
    s.articles = db_->get_doccount();
    // One XF term per issue file, in every shard (metadata would only tell the first shard's).
    for (auto t = db_->allterms_begin(schema::kFilePrefix);
         t != db_->allterms_end(schema::kFilePrefix); ++t) {
      ++s.issues;
    }
    for (auto t = db_->allterms_begin(); t != db_->allterms_end(); ++t) ++s.terms;
    std::map<std::string, size_t> papers;
    // The issue days of each paper (days since 1970-01-01), read from the date value beside the
    // paper value in the same pass: the articles of an issue sit together, so a day is noted once
    // an issue rather than once an article.
    std::map<std::string, std::vector<int>> issue_days;
    // Days since 1970-01-01 of a proleptic Gregorian date, and back (H. Hinnant's algorithms).
    auto days_from_civil = [](int y, int m, int d) {
      y -= m <= 2;
      const int era = (y >= 0 ? y : y - 399) / 400;
      const int yoe = y - era * 400;
      const int doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
      const int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
      return era * 146097 + doe - 719468;
    };
    auto day_iso = [](int n) {
      n += 719468;
      const int era = (n >= 0 ? n : n - 146096) / 146097;
      const int doe = n - era * 146097;
      const int yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
      const int doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
      const int mp = (5 * doy + 2) / 153;
      const int d = doy - (153 * mp + 2) / 5 + 1;
      const int m = mp < 10 ? mp + 3 : mp - 9;
      const int y = yoe + era * 400 + (m <= 2);
      auto two = [](int v) { return (v < 10 ? "0" : "") + std::to_string(v); };
      return std::to_string(y) + "-" + two(m) + "-" + two(d);
    };
    // 0 for Sunday … 6 for Saturday (1970-01-01 was a Thursday).
    auto weekday = [](int n) { return ((n % 7) + 11) % 7; };
    auto date = db_->valuestream_begin(schema::kDateSlot);
    const auto date_end = db_->valuestream_end(schema::kDateSlot);
    std::string last_paper, last_date;
    for (auto v = db_->valuestream_begin(schema::kPaperSlot);
         v != db_->valuestream_end(schema::kPaperSlot); ++v) {
      const std::string paper = *v;
      ++papers[paper];
      if (date != date_end && date.get_docid() < v.get_docid()) date.skip_to(v.get_docid());
      if (date == date_end || date.get_docid() != v.get_docid() || paper.empty()) continue;
      const std::string ymd = *date;
      if (paper == last_paper && ymd == last_date) continue;
      last_paper = paper;
      last_date = ymd;
      if (ymd.size() != 8 || ymd.find_first_not_of("0123456789") != std::string::npos) continue;
      const int y = std::stoi(ymd.substr(0, 4)), m = std::stoi(ymd.substr(4, 2)),
                d = std::stoi(ymd.substr(6, 2));
      if (y == 0 || m < 1 || m > 12 || d < 1 || d > 31) continue;  // 00000000: undated
      issue_days[paper].push_back(days_from_civil(y, m, d));
    }
    s.papers.assign(papers.begin(), papers.end());
    for (auto& [paper, days] : issue_days) {
      std::sort(days.begin(), days.end());
      days.erase(std::unique(days.begin(), days.end()), days.end());
      const int first = days.front(), last = days.back();
      // Each weekday's dates in the run, and those with an issue; the weekdays with an issue on at
      // least half of their dates are the paper's publishing days.
      int dates[7] = {}, issues[7] = {};
      for (int n = first; n <= last; ++n) ++dates[weekday(n)];
      for (int n : days) ++issues[weekday(n)];
      bool publishes[7];
      int publishing_days = 0;
      for (int w = 0; w < 7; ++w) {
        publishes[w] = dates[w] > 0 && 2 * issues[w] >= dates[w];
        publishing_days += publishes[w];
      }
      if (publishing_days < 5) continue;  // not a daily: a gap tells nothing
      std::vector<std::string> missing;
      auto next = days.begin();
      for (int n = first; n <= last; ++n) {
        if (*next == n) {
          ++next;
        } else if (publishes[weekday(n)]) {
          missing.push_back(day_iso(n));
        }
      }
      if (!missing.empty()) s.missing_dates.emplace_back(paper, std::move(missing));
    }
    // The failed files' records (an in-memory index, the empty one, cannot list its keys).
    try {
      for (auto k = db_->metadata_keys_begin(schema::kFailedKeyPrefix);
           k != db_->metadata_keys_end(schema::kFailedKeyPrefix); ++k) {
        try {
          const Json j = Json::parse(db_->get_metadata(*k));
          s.failed.push_back(
              {j.at("path").get<std::string>(), j.value("reason", ""), j.value("when", "")});
        } catch (const Json::exception&) {
        }
      }
    } catch (const Xapian::UnimplementedError&) {
    }
    std::sort(s.failed.begin(), s.failed.end(),
              [](const auto& a, const auto& b) { return a.path < b.path; });
    std::string lo = db_->get_value_lower_bound(schema::kDateSlot),
                hi = db_->get_value_upper_bound(schema::kDateSlot);
    // An undated article stores 00000000; look past it for the first real date.
    if (lo == "00000000") {
      lo.clear();
      for (auto v = db_->valuestream_begin(schema::kDateSlot);
           v != db_->valuestream_end(schema::kDateSlot); ++v) {
        if (*v != "00000000" && (lo.empty() || *v < lo)) lo = *v;
      }
    }
    auto iso = [](const std::string& d) {
      return d.size() == 8 && d != "00000000"
                 ? d.substr(0, 4) + "-" + d.substr(4, 2) + "-" + d.substr(6, 2)
                 : std::string();
    };
    s.first_date = iso(lo);
    s.last_date = iso(hi);
    s.analyzer_version = db_->get_metadata(schema::kAnalyzerKey);
    s.last_indexed = db_->get_metadata(schema::kLastIndexedKey);
    std::error_code ec;
    for (const auto& e : fs::recursive_directory_iterator(dir_, ec)) {
      if (e.is_regular_file(ec)) s.size_bytes += e.file_size(ec);
    }
  } catch (const Xapian::Error& e) {
    throw Error(dir_, "read failed: " + e.get_msg());
  }
  return s;
}

}  // namespace paperdex
