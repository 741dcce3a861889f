#include "output.h"

#include <algorithm>

#include "paperdex/layout.h"
#include "paperdex/text.h"

namespace paperdex::cli {
namespace {

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

// "also on page 19", "also in FILE" (an issue filed twice), "also in 人民日报 2026-05-07 第4版":
// where else the hit's text was printed.
std::string Also(const Hit& h) {
  const std::string source = Str(h.article, "source");
  std::vector<int> pages;
  std::vector<std::string> elsewhere;
  for (const Copy& c : h.copies) {
    if (c.source == source) {
      if (c.page) pages.push_back(c.page);
    } else if (c.paper == Str(h.article, "paper") && c.date == Str(h.article, "date")) {
      elsewhere.push_back(c.source);
    } else {
      elsewhere.push_back(c.paper + " " + c.date + (c.page ? " 第" + std::to_string(c.page) + "版" : ""));
    }
  }
  std::string out;
  if (!pages.empty()) {
    out = "also on page";
    if (pages.size() > 1) out += "s";
    for (size_t k = 0; k < pages.size(); ++k) out += (k ? ", " : " ") + std::to_string(pages[k]);
  }
  for (const std::string& e : elsewhere) out += (out.empty() ? "also in " : "; also in ") + e;
  return out;
}

}  // namespace

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

SortOrder ParseSort(const std::string& s) {
  if (s == "date") return SortOrder::kDate;
  if (s == "-date") return SortOrder::kDateDescending;
  if (s == "index") return SortOrder::kIndex;
  return SortOrder::kRelevance;
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

std::string Marked(std::u32string_view text,
                   const std::vector<std::pair<size_t, size_t>>& spans, bool color,
                   const char* style) {
  if (!color) return ToUtf8(text);
  std::string out = style;
  size_t at = 0;
  for (const auto& [start, length] : spans) {
    if (start < at || start + length > text.size()) continue;
    out += ToUtf8(text.substr(at, start - at)) + kMatch + ToUtf8(text.substr(start, length)) +
           kReset + style;
    at = start + length;
  }
  return out + ToUtf8(text.substr(at)) + kReset;
}

std::string Laid(std::u32string_view text, const Spans& spans, bool color, const char* style,
                 int columns, std::u32string_view first_indent, std::u32string_view hanging_indent) {
  const std::vector<size_t> starts =
      LineStarts(text, columns - DisplayWidth(first_indent), columns - DisplayWidth(hanging_indent));
  std::string out;
  for (size_t k = 0; k < starts.size(); ++k) {
    const size_t from = starts[k], to = k + 1 < starts.size() ? starts[k + 1] : text.size();
    size_t end = to;
    while (end > from && (text[end - 1] == ' ' || text[end - 1] == '\n')) --end;
    // The spans that fall in this line, shifted to it.
    Spans here;
    for (const auto& [start, length] : spans) {
      const size_t b = std::max(start, from), e = std::min(start + length, end);
      if (b < e) here.emplace_back(b - from, e - b);
    }
    out += ToUtf8(k == 0 ? first_indent : hanging_indent);
    out += Marked(text.substr(from, end - from), here, color, style) + "\n";
  }
  return out;
}

// A hit as `search --json` prints it.
Json HitJson(const Hit& h, const std::string& folded_into) {
  Json highlights = Json::array();
  for (const auto& [start, len] : h.snippet.highlights) highlights.push_back({start, len});
  Json j = {{"id", h.id}, {"rank", h.rank}, {"score", h.score}};
  for (const char* key : {"paper", "date", "issue_no", "page", "section", "kind", "kicker",
                          "headline", "subheadline", "bylines", "dateline", "source"}) {
    j[key] = h.article.contains(key) ? h.article[key] : Json(nullptr);
  }
  j["folded_into"] = folded_into.empty() ? Json(nullptr) : Json(folded_into);
  j["matches"] = h.matches;
  Json also = Json::array();
  for (const Copy& c : h.copies) {
    also.push_back({{"id", c.id},
                    {"paper", c.paper},
                    {"date", c.date},
                    {"page", c.page ? Json(c.page) : Json(nullptr)},
                    {"source", c.source}});
  }
  j["also"] = std::move(also);
  j["line"] = h.line ? Json(*h.line) : Json(nullptr);
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

void PrintHit(std::ostream& out, const Hit& h, bool color, int columns) {
  const Json& a = h.article;
  // The title block on lines of its own width, a wrapped title hanging under its first character.
  const std::string number = std::to_string(h.rank) + ". ";
  std::u32string title;
  Spans spans;
  auto add = [&](const char* field, std::u32string_view before) {
    const std::u32string text = ToU32(Str(a, field));
    if (text.empty()) return;
    title += before;
    if (const auto it = h.title_highlights.find(field); it != h.title_highlights.end()) {
      for (const auto& [start, length] : it->second) spans.emplace_back(title.size() + start, length);
    }
    title += text;
  };
  add("kicker", U"");
  add("headline", title.empty() ? U"" : U" ");
  add("subheadline", U" ——");
  out << Laid(title, spans, color, kBold, columns - 2, ToU32(number),
              std::u32string(number.size(), U' '));
  std::string meta = MetaLine(a);
  if (h.matches > 1) meta += " · " + std::to_string(h.matches) + " matches";
  if (h.line) meta += " · " + Str(a, "source") + ":" + std::to_string(*h.line);
  if (!h.copies.empty()) meta += "\n" + Also(h);
  out << Laid(ToU32(meta), {}, color, kDim, columns - 2, U"   ", U"   ");
  if (!h.snippet.text.empty())
    out << Laid(ToU32(h.snippet.text), h.snippet.highlights, color, "", columns - 2, U"   ", U"   ");
  out << '\n';
}

CsvWriter::CsvWriter(std::ostream& out, std::vector<std::string> columns, bool bom)
    : out_(out), columns_(std::move(columns)) {
  if (bom) out_ << "\xEF\xBB\xBF";
  Row(columns_);
}

void CsvWriter::Row(const std::vector<std::string>& values) {
  std::string row;
  for (size_t k = 0; k < values.size(); ++k) {
    if (k > 0) row += ',';
    row += CsvField(values[k]);
  }
  out_ << row << "\r\n";
}

void CsvWriter::Row(const Json& article) {
  std::vector<std::string> values;
  values.reserve(columns_.size());
  for (const std::string& c : columns_) values.push_back(CsvValue(article, c));
  Row(values);
}

std::string CsvValue(const Json& a, const std::string& key) {
  if (!a.contains(key) || a[key].is_null()) return "";
  if (key == "bylines") {
    std::string out;
    for (const Json& b : a[key]) {
      if (!out.empty()) out += "; ";
      if (b.contains("role") && b["role"].is_string()) out += b["role"].get<std::string>() + " ";
      out += Str(b, "name");
      if (b.value("credit", "") == "photo") out += " (photo)";
    }
    return out;
  }
  if (key == "captions") {
    std::string out;
    for (const Json& c : a[key]) out += (out.empty() ? "" : "\n") + c.get<std::string>();
    return out;
  }
  return a[key].is_string() ? a[key].get<std::string>() : a[key].dump();
}

}  // namespace paperdex::cli
