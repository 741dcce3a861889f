// `paperdex search`, `show`, `export` and `stats`: reading an index.
#include <iostream>
#include <limits>
#include <map>
#include <optional>
#include <set>

#include "commands.h"
#include "paperdex/error.h"
#include "paperdex/searcher.h"
#include "paperdex/text.h"

namespace paperdex::cli {
namespace {

constexpr char kBold[] = "\033[1m";
constexpr char kDim[] = "\033[2m";
constexpr char kMatch[] = "\033[1;31m";
constexpr char kReset[] = "\033[0m";

std::string Join(const std::vector<std::string>& words) {
  std::string q;
  for (const std::string& w : words) {
    if (!q.empty()) q += ' ';
    q += w;
  }
  return q;
}

std::string Str(const Json& j, const char* key) {
  return j.contains(key) && j[key].is_string() ? j[key].get<std::string>() : std::string();
}

std::string Bylines(const Json& a) {
  std::string out;
  if (!a.contains("bylines")) return out;
  for (const Json& b : a["bylines"]) {
    if (!out.empty()) out += "、";
    out += Str(b, "name");
    if (b.value("credit", "") == "photo") out += "(摄)";
  }
  return out;
}

std::string MetaLine(const Json& a) {
  std::string line = Str(a, "paper");
  auto add = [&](const std::string& part) {
    if (part.empty()) return;
    if (!line.empty()) line += " · ";
    line += part;
  };
  add(Str(a, "date"));
  std::string where;
  if (a.contains("page") && a["page"].is_number())
    where = "第" + std::to_string(a["page"].get<int>()) + "版";
  if (!Str(a, "section").empty()) where += (where.empty() ? "" : " ") + Str(a, "section");
  add(where);
  add(Bylines(a));
  add(Str(a, "id"));
  return line;
}

// `n` with a comma between thousands: 1,902.
std::string Thousands(size_t n) {
  std::string digits = std::to_string(n), out;
  for (size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) out.push_back(',');
    out.push_back(digits[i]);
  }
  return out;
}

// The snippet as lines of at most `columns` terminal columns, each led by `indent`, with the
// matched spans in colour.
std::string Wrapped(const Snippet& s, bool color, int columns, const std::string& indent) {
  const std::u32string t = ToU32(s.text);
  std::vector<bool> marked(t.size(), false);
  for (const auto& [start, len] : s.highlights) {
    for (size_t k = start; k < start + len && k < t.size(); ++k) marked[k] = true;
  }
  std::string out = indent;
  int width = 0;
  bool in_mark = false;
  for (size_t k = 0; k < t.size(); ++k) {
    const int w = DisplayWidth(t[k]);
    // Closing punctuation hangs at the end of a line rather than start the next (kinsoku).
    const bool hangs =
        std::u32string_view(U"，。、；：！？）」』”’》…").find(t[k]) != std::u32string_view::npos;
    if (width + w > columns && !(hangs && width + w <= columns + 2)) {
      if (in_mark && color) out += kReset;
      out += "\n" + indent;
      width = 0;
      if (in_mark && color) out += kMatch;
    }
    if (color && marked[k] != in_mark) {
      out += marked[k] ? kMatch : kReset;
      in_mark = marked[k];
    }
    AppendUtf8(t[k], out);
    width += w;
  }
  if (in_mark && color) out += kReset;
  return out;
}

SortOrder ParseSort(const std::string& s) {
  if (s == "date") return SortOrder::kDate;
  if (s == "-date") return SortOrder::kDateDescending;
  if (s == "index") return SortOrder::kIndex;
  return SortOrder::kRelevance;
}

// ---------------------------------------------------------------------------------------------

struct SearchArgs {
  std::string index_dir;
  std::vector<std::string> query;
  bool json = false, jsonl = false;
  bool count = false;
  bool ids = false, files = false;  // -l: ids only; --files: source files only
  std::string facet;
  std::optional<size_t> limit;  // 10 by default; every match for -l and --files
  size_t offset = 0;
  std::optional<size_t> context;  // snippet width in terminal columns
  std::string sort = "relevance";
  ColorMode color = ColorMode::kAuto;
};

// `text` padded with spaces to `columns` terminal columns (never cut).
std::string Pad(const std::string& text, int columns) {
  const int w = DisplayWidth(ToU32(text));
  return text + std::string(static_cast<size_t>(std::max(0, columns - w)), ' ');
}

int RunFacet(const Searcher& searcher, const SearchArgs& args, const std::string& query) {
  const auto facet = FacetFromName(args.facet);
  if (!facet)
    throw Error("", "unknown facet '" + args.facet +
                        "' (date:year, date:month, paper, section, byline, kind, page)");
  auto counts = searcher.Facets(query, *facet);
  if (args.limit && counts.size() > *args.limit) counts.resize(*args.limit);  // the first N rows
  size_t total = 0, most = 0;
  for (const auto& [v, n] : counts) total += n, most = std::max(most, n);
  if (args.json) {
    Json rows = Json::array();
    for (const auto& [v, n] : counts) rows.push_back({{"value", v}, {"count", n}});
    std::cout << Json{{"query", query}, {"facet", args.facet}, {"counts", rows}}.dump(-1, ' ',
                                                                                      false)
              << '\n';
    return counts.empty() ? kExitNotFound : kExitOk;
  }
  if (counts.empty()) {
    std::cout << "no results for " << query << '\n';
    return kExitNotFound;
  }
  const bool color = UseColor(args.color);
  int label = 4;
  for (const auto& [v, n] : counts) label = std::max(label, DisplayWidth(ToU32(v)));
  const bool dates = *facet == Facet::kYear || *facet == Facet::kMonth;
  const int bar_room = std::max(10, TerminalColumns() - label - 14);
  for (const auto& [v, n] : counts) {
    std::cout << Pad(v, label) << "  "
              << std::string(8 - std::min<size_t>(8, std::to_string(n).size()), ' ') << n;
    if (dates) {
      const size_t cells = most ? (n * static_cast<size_t>(bar_room) + most - 1) / most : 0;
      std::string bar;
      for (size_t k = 0; k < cells; ++k) bar += "█";
      std::cout << "  " << (color ? "\033[36m" : "") << bar << (color ? kReset : "");
    }
    std::cout << '\n';
  }
  return kExitOk;
}

// A whole number of 0 or more, said in the user's words when it is not one.
const CLI::Validator kCount(
    [](std::string& value) -> std::string {
      if (value.empty() || value.find_first_not_of("0123456789") != std::string::npos) {
        return "'" + value + "' is not a count (a whole number, 0 or more)";
      }
      return "";
    },
    "", "count");

// A hit as `search --json` prints it.
Json HitJson(const Hit& h) {
  Json highlights = Json::array();
  for (const auto& [start, len] : h.snippet.highlights) highlights.push_back({start, len});
  Json j = {{"id", h.id}, {"rank", h.rank}, {"score", h.score}};
  for (const char* key : {"paper", "date", "issue_no", "page", "section", "kind", "kicker",
                          "headline", "subheadline", "bylines", "dateline", "source"}) {
    j[key] = h.article.contains(key) ? h.article[key] : Json(nullptr);
  }
  j["snippet"] = h.snippet.text;
  j["highlights"] = highlights;
  Json title_highlights = Json::object();
  for (const auto& [field, spans] : h.title_highlights) {
    Json list = Json::array();
    for (const auto& [start, length] : spans) list.push_back({start, length});
    title_highlights[field] = std::move(list);
  }
  j["title_highlights"] = std::move(title_highlights);
  return j;
}

int RunSearch(const SearchArgs& args) {
  const Searcher searcher(args.index_dir);
  const std::string query = Join(args.query);
  if (args.count) {
    const size_t n = searcher.Count(query);
    std::cout << n << '\n';
    return n > 0 ? kExitOk : kExitNotFound;
  }
  if (!args.facet.empty()) return RunFacet(searcher, args, query);
  // Two lines of the terminal, less the indent, unless --context says how wide.
  const size_t width =
      args.context ? std::max<size_t>(*args.context, 4)
                   : static_cast<size_t>(std::max(40, 2 * (TerminalColumns() - 5) - 4));  // "…"
  const bool listing = args.ids || args.files;
  const size_t limit =
      args.limit ? *args.limit : listing ? std::numeric_limits<uint32_t>::max() : 10;
  const SearchResults r = searcher.Search(query, args.offset, limit, ParseSort(args.sort), width);
  if (listing) {
    std::set<std::string> seen;
    for (const Hit& h : r.hits) {
      const std::string line = args.ids ? h.id : h.article.value("source", "");
      if (args.ids || seen.insert(line).second) std::cout << line << '\n';
    }
    return r.estimated_total > 0 ? kExitOk : kExitNotFound;
  }
  if (args.jsonl) {
    for (const Hit& h : r.hits) {
      std::cout << HitJson(h).dump(-1, ' ', false, Json::error_handler_t::replace) << '\n';
    }
    return r.estimated_total > 0 ? kExitOk : kExitNotFound;
  }
  if (args.json) {
    Json hits = Json::array();
    for (const Hit& h : r.hits) hits.push_back(HitJson(h));
    std::cout << Json{{"query", query},
                      {"estimated_total", r.estimated_total},
                      {"exact", r.exact},
                      {"offset", args.offset},
                      {"hits", hits}}
                     .dump(-1, ' ', false, Json::error_handler_t::replace)
              << '\n';
    return r.estimated_total > 0 ? kExitOk : kExitNotFound;
  }
  const bool color = UseColor(args.color);
  if (r.hits.empty()) {
    std::cout << (r.estimated_total > 0 ? "no results on this page" : "no results") << " for "
              << query << '\n';
    return r.estimated_total > 0 ? kExitOk : kExitNotFound;
  }
  for (const Hit& h : r.hits) {
    const Json& a = h.article;
    // Each title field in its style, the query's matches in it marked.
    auto styled = [&](const char* field, const char* style) {
      const std::u32string text = ToU32(Str(a, field));
      if (!color) return ToUtf8(text);
      std::string out = style;
      size_t at = 0;
      if (auto it = h.title_highlights.find(field); it != h.title_highlights.end()) {
        for (const auto& [start, length] : it->second) {
          if (start < at || start + length > text.size()) continue;
          out += ToUtf8(text.substr(at, start - at)) + kMatch +
                 ToUtf8(text.substr(start, length)) + kReset + style;
          at = start + length;
        }
      }
      return out + ToUtf8(text.substr(at)) + kReset;
    };
    std::string title;
    if (!Str(a, "kicker").empty()) title += styled("kicker", kDim) + " ";
    title += styled("headline", kBold);
    if (!Str(a, "subheadline").empty()) title += std::string(" ") + (color ? kDim : "") + "——" +
                                                 (color ? kReset : "") +
                                                 styled("subheadline", kDim);
    std::cout << h.rank << ". " << title << '\n';
    std::cout << "   " << (color ? kDim : "") << MetaLine(a) << (color ? kReset : "") << '\n';
    if (!h.snippet.text.empty())
      std::cout << Wrapped(h.snippet, color, TerminalColumns() - 5, "   ") << '\n';
    std::cout << '\n';
  }
  std::cout << (color ? kDim : "") << "results " << args.offset + 1 << "–"
            << args.offset + r.hits.size() << " of " << (r.exact ? "" : "about ")
            << Thousands(r.estimated_total)
            << (color ? kReset : "") << '\n';
  return kExitOk;
}

// ---------------------------------------------------------------------------------------------

struct ShowArgs {
  std::string index_dir;
  std::vector<std::string> ids;
  bool json = false;
  bool cite = false;  // a citation line for each article, as a reference list gives it
};

// "人民日报，2026年5月6日，第7版" (with the headline in quotes before it: "《…》"), as Chinese
// reference lists cite a newspaper article.
std::string Citation(const Json& a) {
  std::string out;
  const std::string byline = [&] {
    std::string names;
    if (!a.contains("bylines") || !a["bylines"].is_array()) return names;
    for (const auto& b : a["bylines"]) {
      if (b.value("credit", "") == "photo" || !b.contains("name") || !b["name"].is_string()) continue;
      names += (names.empty() ? "" : "、") + b["name"].get<std::string>();
    }
    return names;
  }();
  if (!byline.empty()) out += byline + "：";
  out += "《" + Str(a, "headline") + "》";
  if (!Str(a, "paper").empty()) out += "，" + Str(a, "paper");
  const std::string date = Str(a, "date");
  int y = 0, m = 0, d = 0;
  if (std::sscanf(date.c_str(), "%d-%d-%d", &y, &m, &d) == 3) {
    out += "，" + std::to_string(y) + "年" + std::to_string(m) + "月" + std::to_string(d) + "日";
  }
  if (a.contains("page") && a["page"].is_number_integer()) {
    out += "，第" + std::to_string(a["page"].get<int>()) + "版";
  }
  return out + "。";
}

void PrintArticle(const Json& a) {
  if (!Str(a, "kicker").empty()) std::cout << Str(a, "kicker") << '\n';
  std::cout << Str(a, "headline") << '\n';
  if (!Str(a, "subheadline").empty()) std::cout << "——" << Str(a, "subheadline") << '\n';
  std::cout << MetaLine(a) << '\n';
  if (!Str(a, "dateline").empty()) std::cout << Str(a, "dateline") << '\n';
  std::cout << '\n';
  const std::string body = Str(a, "body");
  size_t start = 0;
  while (start <= body.size()) {
    size_t end = body.find('\n', start);
    if (end == std::string::npos) end = body.size();
    if (end > start) std::cout << "\u3000\u3000" << body.substr(start, end - start) << '\n';
    start = end + 1;
  }
  if (a.contains("captions")) {
    for (const Json& c : a["captions"]) std::cout << "[图] " << c.get<std::string>() << '\n';
  }
}

int RunShow(const ShowArgs& args) {
  const Searcher searcher(args.index_dir);
  int status = kExitOk;
  bool first = true;
  for (const std::string& id : args.ids) {
    const auto a = searcher.Find(id);
    if (!a) {
      PrintError("no article with id " + id);
      status = kExitNotFound;
      continue;
    }
    if (args.cite) {
      std::cout << Citation(*a) << '\n';
    } else if (args.json) {
      std::cout << a->dump(-1, ' ', false, Json::error_handler_t::replace) << '\n';
    } else {
      if (!first) std::cout << "\n────────\n\n";
      PrintArticle(*a);
    }
    first = false;
  }
  return status;
}

// ---------------------------------------------------------------------------------------------

struct ExportArgs {
  std::string index_dir;
  std::vector<std::string> query;
  bool jsonl = true;
  std::string format = "jsonl";
  std::string sort = "index";
  bool bom = false;  // a UTF-8 byte order mark before the CSV, for spreadsheet programs
};

// One CSV field as RFC 4180 writes it: quoted when it holds a comma, a quote or a line end.
std::string CsvField(const std::string& v) {
  if (v.find_first_of(",\"\r\n") == std::string::npos) return v;
  std::string out = "\"";
  for (char c : v) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + "\"";
}

std::string CsvValue(const Json& a, const char* key) {
  if (!a.contains(key) || a[key].is_null()) return "";
  if (std::string(key) == "bylines") {
    std::string out;
    for (const Json& b : a[key]) {
      if (!out.empty()) out += "; ";
      if (b.contains("role") && b["role"].is_string()) out += b["role"].get<std::string>() + " ";
      out += Str(b, "name");
      if (b.value("credit", "") == "photo") out += " (photo)";
    }
    return out;
  }
  if (std::string(key) == "captions") {
    std::string out;
    for (const Json& c : a[key]) out += (out.empty() ? "" : "\n") + c.get<std::string>();
    return out;
  }
  return a[key].is_string() ? a[key].get<std::string>() : a[key].dump();
}

constexpr const char* kCsvColumns[] = {"id",
                                       "paper",
                                       "date",
                                       "issue_no",
                                       "page",
                                       "section",
                                       "kind",
                                       "kicker",
                                       "headline",
                                       "subheadline",
                                       "bylines",
                                       "dateline",
                                       "body",
                                       "captions",
                                       "continued_from_page",
                                       "continued_on_page",
                                       "source"};

int RunExport(const ExportArgs& args) {
  const Searcher searcher(args.index_dir);
  const bool csv = args.format == "csv";
  if (csv) {
    if (args.bom) std::cout << "\xEF\xBB\xBF";
    std::string header;
    for (const char* c : kCsvColumns) header += (header.empty() ? "" : ",") + std::string(c);
    std::cout << header << "\r\n";
  }
  searcher.ForEach(Join(args.query), ParseSort(args.sort), [csv](const Json& a) {
    if (csv) {
      std::string row;
      bool first = true;
      for (const char* c : kCsvColumns) {
        if (!first) row += ',';
        row += CsvField(CsvValue(a, c));
        first = false;
      }
      std::cout << row << "\r\n";
    } else {
      std::cout << a.dump(-1, ' ', false, Json::error_handler_t::replace) << '\n';
    }
    return static_cast<bool>(std::cout);
  });
  std::cout.flush();
  return kExitOk;
}

// ---------------------------------------------------------------------------------------------

struct StatsArgs {
  std::string index_dir;
  bool json = false;
};

int RunStats(const StatsArgs& args) {
  const Searcher searcher(args.index_dir);
  const IndexStats s = searcher.Stats();
  if (args.json) {
    Json papers = Json::object();
    for (const auto& [p, n] : s.papers) papers[p] = n;
    std::cout << Json{{"index", args.index_dir},
                      {"issues", s.issues},
                      {"articles", s.articles},
                      {"terms", s.terms},
                      {"papers", papers},
                      {"first_date", s.first_date.empty() ? Json(nullptr) : Json(s.first_date)},
                      {"last_date", s.last_date.empty() ? Json(nullptr) : Json(s.last_date)},
                      {"size_bytes", s.size_bytes},
                      {"analyzer_version", s.analyzer_version},
                      {"last_indexed", s.last_indexed}}
                     .dump(-1, ' ', false)
              << '\n';
    return kExitOk;
  }
  std::cout << "index          " << args.index_dir << '\n'
            << "issues         " << s.issues << '\n'
            << "articles       " << s.articles << '\n'
            << "terms          " << s.terms << '\n'
            << "dates          "
            << (s.first_date.empty() ? "-" : s.first_date + " … " + s.last_date) << '\n'
            << "size on disk   " << s.size_bytes / 1024 << " KiB\n"
            << "analyser       version " << s.analyzer_version << '\n'
            << "last indexed   " << s.last_indexed << '\n'
            << "papers\n";
  for (const auto& [p, n] : s.papers) std::cout << "  " << p << "  " << n << '\n';
  return kExitOk;
}

}  // namespace

std::function<int()> AddSearchCommand(CLI::App& app) {
  auto args = std::make_shared<SearchArgs>();
  CLI::App* cmd = app.add_subcommand("search", "Search the index; the best matches first.");
  AddIndexOption(cmd, args->index_dir);
  cmd->add_option("QUERY", args->query, "What to search for (see the query syntax below)")
      ->required();
  cmd->add_flag("--json", args->json, "Print the results as one JSON object");
  cmd->add_flag("--jsonl", args->jsonl, "Print each result as a JSON object on a line of its own");
  cmd->add_flag("-l,--ids", args->ids, "Print only the ids of the matching articles, one a line");
  cmd->add_flag("--files", args->files,
                "Print only the source files of the matching articles, each once");
  cmd->add_option("-C,--context", args->context,
                  "How wide the snippet is, in terminal columns (default: two lines)")
      ->check(kCount)
      ->type_name("N");
  cmd->add_flag("-c,--count", args->count, "Print only the number of matching articles");
  cmd->add_option(
      "--facet", args->facet,
      "Count the matches per value: date:year, date:month, paper, section, byline, kind or page");
  cmd->add_option("-n,--limit", args->limit,
                  "How many results (default 10; every match with -l and --files)")
      ->check(kCount)
      ->type_name("N");
  cmd->add_option("--offset", args->offset, "Skip this many results first")
      ->check(kCount)
      ->type_name("N");
  cmd->add_option("--sort", args->sort, "relevance, date or -date");
  Choices(cmd->get_option("--sort"), {"relevance", "date", "-date"});
  AddColorOption(cmd, args->color);
  cmd->footer(
      "Query syntax:\n"
      "  株洲 醴陵          articles holding both (Chinese text matches as a substring)\n"
      "  \"在编干部\"          exactly this string\n"
      "  A OR B, A AND B, NOT A, -A, ( … )   OR binds tighter than the space between\n"
      "                        words: 株洲 湘潭 OR 长沙 is 株洲 (湘潭 OR 长沙)\n"
      "  headline: (title:) byline: (author:) section: paper: caption: dateline:\n"
      "  kind: page: id:      a full-width colon works too (headline：雄安)\n"
      "  date:2022-06-27  date:2022-06  date:2022  date:2022-06-01..2022-06-30\n"
      "  date:2022年6月27日  date:2022年6月  date:2022年\n"
      "Examples:\n"
      "  paperdex search 廖喜庆\n"
      "  paperdex search '\"稳岗返还\" date:2022'\n"
      "  paperdex search byline:廖喜庆 kind:news --sort date\n"
      "  paperdex search 醴陵 --facet date:month");
  return [args] { return RunSearch(*args); };
}

std::function<int()> AddShowCommand(CLI::App& app) {
  auto args = std::make_shared<ShowArgs>();
  CLI::App* cmd = app.add_subcommand("show", "Print whole articles by id.");
  AddIndexOption(cmd, args->index_dir);
  cmd->add_option("ID", args->ids, "Article ids, as search prints them")->required();
  cmd->add_flag("--json", args->json, "Print each article as one JSON object");
  cmd->add_flag("--cite", args->cite,
                "Print a citation line for each article: 作者：《标题》，报名，2026年5月6日，第7版。");
  cmd->footer(
      "Examples:\n  paperdex show zzrb-20220627-00-02\n  paperdex show --json zzrb-20220627-00-02 "
      "| jq .body\n  paperdex search -l 稳岗返还 | xargs paperdex show --cite");
  return [args] { return RunShow(*args); };
}

std::function<int()> AddExportCommand(CLI::App& app) {
  auto args = std::make_shared<ExportArgs>();
  CLI::App* cmd =
      app.add_subcommand("export", "Print every article, or every match of QUERY, as JSON lines.");
  AddIndexOption(cmd, args->index_dir);
  cmd->add_option("QUERY", args->query, "Only the articles matching this query");
  cmd->add_flag("--jsonl", args->jsonl, "One JSON object a line (the default)");
  cmd->add_option("--format", args->format,
                  "jsonl (default) or csv (RFC 4180, UTF-8, with a header)");
  Choices(cmd->get_option("--format"), {"jsonl", "csv"});
  cmd->add_option("--sort", args->sort, "index (default) or date");
  Choices(cmd->get_option("--sort"), {"index", "date"});
  cmd->add_flag("--bom", args->bom,
                "With --format csv, a UTF-8 byte order mark first, so that spreadsheet programs "
                "read the Chinese text right");
  cmd->footer(
      "Examples:\n  paperdex export > all.jsonl\n  paperdex export 稳岗返还 date:2022 | jq -r "
      ".headline");
  return [args] { return RunExport(*args); };
}

std::function<int()> AddStatsCommand(CLI::App& app) {
  auto args = std::make_shared<StatsArgs>();
  CLI::App* cmd = app.add_subcommand("stats", "Counts: issues, articles, papers, dates, size.");
  AddIndexOption(cmd, args->index_dir);
  cmd->add_flag("--json", args->json, "Print the counts as one JSON object");
  cmd->footer(
      "Examples:\n  paperdex stats\n  paperdex stats --json --index /data/株洲日报-index | jq "
      ".papers");
  return [args] { return RunStats(*args); };
}

}  // namespace paperdex::cli
