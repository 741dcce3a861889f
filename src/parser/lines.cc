#include "parser/lines.h"

#include <algorithm>

namespace paperdex::parser {

std::vector<Line> SplitLines(std::string_view utf8) {
  std::vector<Line> lines;
  // One line per line break (a \r\n pair counts once, a lone \r is rare): no reallocation.
  lines.reserve(static_cast<size_t>(std::count(utf8.begin(), utf8.end(), '\n')) + 1);
  size_t start = 0;
  while (start <= utf8.size()) {
    size_t nl = utf8.find_first_of("\r\n", start);
    if (nl == std::string_view::npos) nl = utf8.size();
    Line& l = lines.emplace_back();
    AppendU32(utf8.substr(start, nl - start), l.text);
    const std::u32string_view whole(l.text);
    const std::u32string_view trimmed = Trim(whole);
    const size_t lead = static_cast<size_t>(trimmed.data() - whole.data());
    l.indented = !trimmed.empty() && lead > 0;
    for (size_t k = 0; l.indented && k < lead; ++k) l.indent_width += DisplayWidth(whole[k]);
    if (trimmed.size() != whole.size()) {
      l.text.erase(lead + trimmed.size());
      l.text.erase(0, lead);
    }
    l.key.resize(l.text.size());
    std::transform(l.text.begin(), l.text.end(), l.key.begin(),
                   [](char32_t c) { return FoldWidth(c); });
    if (nl == utf8.size()) break;
    start = nl + ((utf8[nl] == '\r' && nl + 1 < utf8.size() && utf8[nl + 1] == '\n') ? 2 : 1);
  }
  return lines;
}

bool HasRow(std::span<const std::u32string_view> rows, std::u32string_view row) {
  return std::find(rows.begin(), rows.end(), row) != rows.end();
}

std::u32string_view UnwrapBrackets(std::u32string_view t) {
  t = Trim(t);
  if (t.size() >= 2 &&
      ((t.front() == U'（' && t.back() == U'）') || (t.front() == '(' && t.back() == ')') ||
       (t.front() == U'【' && t.back() == U'】') || (t.front() == '[' && t.back() == ']'))) {
    return Trim(t.substr(1, t.size() - 2));
  }
  return t;
}

bool HasColumnTag(std::u32string_view key) {
  if (key.size() < 6 || key.back() != ')') return false;
  const size_t open = key.rfind('(');
  if (open == std::u32string_view::npos || open < 4) return false;
  const std::u32string_view tag = key.substr(open + 1, key.size() - open - 2);
  return tag.size() >= 2 && tag.size() <= 24 &&
         tag.find_first_of(U"，,。；;：:〔〕[]0123456789") == std::u32string_view::npos;
}

size_t ContentAt(const std::vector<Line>& lines, size_t i) {
  while (i < lines.size() && !IsContent(lines[i])) ++i;
  return i;
}

std::optional<size_t> ContentBefore(const std::vector<Line>& lines, size_t i) {
  while (i-- > 0) {
    if (IsContent(lines[i])) return i;
  }
  return std::nullopt;
}

}  // namespace paperdex::parser
