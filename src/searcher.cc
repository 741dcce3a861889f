#include "paperdex/searcher.h"

#include <algorithm>
#include <filesystem>
#include <map>

#include "paperdex/error.h"
#include "paperdex/index_schema.h"
#include "paperdex/query_parser.h"
#include "paperdex/snippets.h"
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

Json ParseData(const std::string& data) {
  try {
    return Json::parse(data);
  } catch (const Json::exception&) {
    return Json::object();
  }
}

// Lets through the documents whose stored article passes the query's check.
class VerifyDecider : public Xapian::MatchDecider {
 public:
  explicit VerifyDecider(std::shared_ptr<const Predicate> pred) : pred_(std::move(pred)) {}
  bool operator()(const Xapian::Document& doc) const override {
    return pred_->Matches(ArticleText::From(ParseData(doc.get_data())));
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

// Counts the values of a slot, splitting multi-valued ones.
class SplitValueSpy : public Xapian::MatchSpy {
 public:
  explicit SplitValueSpy(Xapian::valueno slot) : slot_(slot) {}
  void operator()(const Xapian::Document& doc, double) override {
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
                               size_t snippet_width) const {
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
    struct Ranked {
      Json article;
      double score;
    };
    std::vector<Ranked> ranked;
    for (auto it = mset.begin(); it != mset.end(); ++it) {
      Ranked r{ParseData(it.get_document().get_data()), it.get_weight()};
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
    size_t rank = offset;
    for (Ranked& r : ranked) {
      Hit h;
      h.article = std::move(r.article);
      h.id = h.article.value("id", "");
      h.rank = ++rank;
      h.score = r.score;
      h.snippet = MakeSnippet(h.article, q.parsed.highlights, snippet_width);
      h.matches = CountMatches(h.article, q.parsed.highlights);
      for (const char* field : {"kicker", "headline", "subheadline"}) {
        if (!h.article.contains(field) || !h.article[field].is_string()) continue;
        Spans spans = MatchSpans(ToU32(h.article[field].get<std::string>()), q.parsed.highlights);
        if (!spans.empty()) h.title_highlights[field] = std::move(spans);
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
    return ParseData(db_->get_document(*p).get_data());
  } catch (const Xapian::Error& e) {
    throw Error(dir_, "read failed: " + e.get_msg());
  }
}

void Searcher::ForEach(std::string_view query, SortOrder sort,
                       const std::function<bool(const Json&)>& sink) const {
  try {
    if (Trim(ToU32(query)).empty() && sort == SortOrder::kIndex) {
      for (auto p = db_->postlist_begin(""); p != db_->postlist_end(""); ++p) {
        if (!sink(ParseData(db_->get_document(*p).get_data()))) return;
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
        if (!sink(ParseData(it.get_document().get_data()))) return;
      }
      if (mset.size() < kBatch) return;
    }
  } catch (const Xapian::Error& e) {
    throw Error(dir_, "read failed: " + e.get_msg());
  }
}

size_t Searcher::Count(std::string_view query) const {
  if (Trim(ToU32(query)).empty()) throw Error("", "bad query: nothing to search for");
  const Prepared q = Prepare(*analyzer_, *db_, query);
  try {
    Xapian::Enquire enquire(*db_);
    enquire.set_query(q.parsed.query);
    enquire.set_weighting_scheme(Xapian::BoolWeight());
    const Xapian::MSet mset = enquire.get_mset(0, 0, db_->get_doccount(), nullptr, q.decider.get());
    return mset.get_matches_estimated();
  } catch (const Xapian::Error& e) {
    throw Error(dir_, "search failed: " + e.get_msg());
  }
}

std::vector<std::pair<std::string, size_t>> Searcher::Facets(std::string_view query,
                                                             Facet facet) const {
  namespace s = schema;
  const Xapian::valueno slot = facet == Facet::kYear || facet == Facet::kMonth ? s::kDateSlot
                               : facet == Facet::kPaper                        ? s::kPaperSlot
                               : facet == Facet::kSection                      ? s::kSectionSlot
                               : facet == Facet::kByline                       ? s::kBylineSlot
                               : facet == Facet::kKind                         ? s::kKindSlot
                                                                               : s::kPageSlot;
  SplitValueSpy spy(slot);
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
    for (auto v = db_->valuestream_begin(schema::kPaperSlot);
         v != db_->valuestream_end(schema::kPaperSlot); ++v) {
      ++papers[*v];
    }
    s.papers.assign(papers.begin(), papers.end());
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
