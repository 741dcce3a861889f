#include "paperdex/snippets.h"

#include <algorithm>
#include <filesystem>
#include <fstream>

#include "paperdex/analyzer.h"
#include "paperdex/charset.h"
#include "paperdex/error.h"
#include "paperdex/fields.h"
#include "paperdex/stored_article.h"
#include "paperdex/text.h"

namespace paperdex {
namespace {

// The pieces of a needle that can still be found when the whole is scattered: its bigrams.
std::vector<std::u32string> Pieces(const std::vector<std::u32string>& needles) {
  std::vector<std::u32string> out;
  for (const auto& n : needles) {
    if (n.size() <= 2) {
      out.push_back(n);
      continue;
    }
    for (size_t k = 0; k + 1 < n.size(); ++k) out.push_back(n.substr(k, 2));
  }
  return out;
}

}  // namespace

std::vector<Match> FindAll(std::u32string_view text, const std::vector<std::u32string>& needles) {
  std::vector<size_t> origin;
  const std::u32string folded = FoldText(text, &origin);
  std::vector<Match> out;
  for (size_t w = 0; w < needles.size(); ++w) {
    const std::u32string& n = needles[w];
    if (n.empty()) continue;
    for (size_t at = folded.find(n); at != std::u32string::npos; at = folded.find(n, at + 1)) {
      out.push_back({origin[at], origin[at + n.size() - 1] + 1, w});
    }
  }
  std::sort(out.begin(), out.end(),
            [](const Match& a, const Match& b) { return a.begin < b.begin; });
  return out;
}

Spans MatchSpans(std::u32string_view text, const std::vector<std::u32string>& needles) {
  Spans spans;
  for (const Match& m : FindAll(text, needles)) {
    if (!spans.empty() && m.begin < spans.back().first + spans.back().second) {
      const size_t end = std::max(spans.back().first + spans.back().second, m.end);
      spans.back().second = end - spans.back().first;  // overlapping: merge
    } else {
      spans.emplace_back(m.begin, m.end - m.begin);
    }
  }
  return spans;
}

Snippet MakeSnippet(const Json& article, const std::vector<std::u32string>& highlights,
                    size_t width) {
  // The paragraphs first, then the title fields: a tie goes to the body, which says more.
  std::vector<std::u32string> units;
  for (const char* key : {"body", "headline", "kicker", "subheadline"})
    ForEachStoredUnit(article, key, [&](std::string_view u) { units.push_back(ToU32(u)); });
  if (units.empty()) return {};

  // The unit where most of the query is found, whole runs first, else their pieces.
  size_t best = 0;
  std::vector<Match> best_matches;
  for (const bool whole : {true, false}) {
    const std::vector<std::u32string> pieces = whole ? highlights : Pieces(highlights);
    size_t best_score = 0;
    for (size_t u = 0; u < units.size(); ++u) {
      std::vector<Match> m = FindAll(units[u], pieces);
      std::vector<bool> seen(pieces.size());
      size_t distinct = 0;
      for (const Match& x : m) distinct += !seen[x.which] ? (seen[x.which] = true, 1) : 0;
      const size_t score = distinct * 1000 + m.size();
      if (score > best_score) {
        best_score = score;
        best = u;
        best_matches = std::move(m);
      }
    }
    if (best_score > 0) break;
  }

  // The window: about a third of the width before the first match, cut by display columns.
  const std::u32string& text = units[best];
  size_t from = 0;
  if (!best_matches.empty()) {
    const size_t first = best_matches.front().begin;
    size_t cols = 0;
    from = first;
    while (from > 0 && cols + static_cast<size_t>(DisplayWidth(text[from - 1])) <= width / 3) {
      cols += static_cast<size_t>(DisplayWidth(text[--from]));
    }
  }
  size_t to = from, cols = 0;
  while (to < text.size() && cols + static_cast<size_t>(DisplayWidth(text[to])) <= width) {
    cols += static_cast<size_t>(DisplayWidth(text[to++]));
  }
  // Near the end of the text, show more of what comes before instead of a short line.
  while (to == text.size() && from > 0 &&
         cols + static_cast<size_t>(DisplayWidth(text[from - 1])) <= width) {
    cols += static_cast<size_t>(DisplayWidth(text[--from]));
  }
  Snippet s;
  std::u32string out;
  if (from > 0) out += U"…";
  const size_t shift = out.size();
  out += text.substr(from, to - from);
  if (to < text.size()) out += U"…";
  s.text = ToUtf8(out);
  size_t last_end = 0;
  for (const Match& m : best_matches) {
    if (m.begin < from || m.end > to) continue;
    size_t b = m.begin - from + shift, e = m.end - from + shift;
    if (!s.highlights.empty() && b < last_end) {  // overlapping: merge
      auto& prev = s.highlights.back();
      const size_t prev_end = prev.first + prev.second;
      prev.second = std::max(prev_end, e) - prev.first;
      last_end = prev.first + prev.second;
      continue;
    }
    s.highlights.emplace_back(b, e - b);
    last_end = e;
  }
  return s;
}

size_t CountMatches(const Json& article, const std::vector<std::u32string>& highlights) {
  std::vector<std::u32string> units;
  for (const FieldSpec& f : Fields()) {
    if (f.type != FieldType::kText || !f.in_text) continue;
    ForEachFieldUnit(article, f, [&](std::string_view u) { units.push_back(ToU32(u)); });
  }
  // The strings whole; where none is (a query whose words are apart), their pieces.
  for (const bool whole : {true, false}) {
    const std::vector<std::u32string> needles = whole ? highlights : Pieces(highlights);
    size_t n = 0;
    for (const auto& u : units) n += MatchSpans(u, needles).size();
    if (n > 0) return n;
  }
  return 0;
}

std::optional<size_t> SourceLine(const Json& article, const std::vector<std::u32string>& highlights) {
  constexpr uintmax_t kMaxBytes = 64u << 20;
  const auto source = article.find("source");
  if (source == article.end() || !source->is_string()) return std::nullopt;
  const std::string path = source->get<std::string>();
  std::error_code ec;
  const uintmax_t size = std::filesystem::file_size(path, ec);
  if (ec || size > kMaxBytes) return std::nullopt;
  std::ifstream in(path, std::ios::binary);
  std::string bytes(static_cast<size_t>(size), '\0');
  if (!in.read(bytes.data(), static_cast<std::streamsize>(bytes.size()))) return std::nullopt;
  std::u32string flat;  // the text without its line ends, so that a hard wrap splits no match
  std::vector<size_t> line_of;
  try {
    size_t line = 1;
    for (char32_t c : ToU32(DecodeText(bytes, "", path).text)) {
      if (c == '\n') ++line;
      if (c == '\n' || c == '\r') continue;
      flat.push_back(c);
      line_of.push_back(line);
    }
  } catch (const Error&) {
    return std::nullopt;
  }
  std::vector<size_t> origin;
  const std::u32string folded = FoldText(flat, &origin);
  size_t from = 0;
  if (article.contains("headline") && article["headline"].is_string()) {
    const std::u32string head = FoldText(ToU32(article["headline"].get<std::string>()));
    const size_t at = head.empty() ? std::u32string::npos : folded.find(head);
    if (at != std::u32string::npos) from = at;
  }
  for (const size_t start : {from, size_t{0}}) {
    size_t best = std::u32string::npos;
    for (const auto& h : highlights) {
      if (!h.empty()) best = std::min(best, folded.find(h, start));
    }
    if (best != std::u32string::npos) return line_of[origin[best]];
  }
  return std::nullopt;
}

}  // namespace paperdex
