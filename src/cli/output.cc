#include "output.h"

#include "paperdex/text.h"

namespace paperdex::cli {
namespace {

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

// A hit as `search --json` prints it.
Json HitJson(const Hit& h) {
  Json highlights = Json::array();
  for (const auto& [start, len] : h.snippet.highlights) highlights.push_back({start, len});
  Json j = {{"id", h.id}, {"rank", h.rank}, {"score", h.score}};
  for (const char* key : {"paper", "date", "issue_no", "page", "section", "kind", "kicker",
                          "headline", "subheadline", "bylines", "dateline", "source"}) {
    j[key] = h.article.contains(key) ? h.article[key] : Json(nullptr);
  }
  j["matches"] = h.matches;
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
  // Each title field in its style, the query's matches in it marked.
  auto styled = [&](const char* field, const char* style) {
    static const std::vector<std::pair<size_t, size_t>> kNone;
    const auto it = h.title_highlights.find(field);
    return Marked(ToU32(Str(a, field)), it == h.title_highlights.end() ? kNone : it->second,
                  color, style);
  };
  std::string title;
  if (!Str(a, "kicker").empty()) title += styled("kicker", kDim) + " ";
  title += styled("headline", kBold);
  if (!Str(a, "subheadline").empty())
    title += std::string(" ") + (color ? kDim : "") + "——" + (color ? kReset : "") +
             styled("subheadline", kDim);
  out << h.rank << ". " << title << '\n';
  std::string meta = MetaLine(a);
  if (h.matches > 1) meta += " · " + std::to_string(h.matches) + " matches";
  if (h.line) meta += " · " + Str(a, "source") + ":" + std::to_string(*h.line);
  out << "   " << (color ? kDim : "") << meta << (color ? kReset : "") << '\n';
  if (!h.snippet.text.empty()) out << Wrapped(h.snippet, color, columns - 5, "   ") << '\n';
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
