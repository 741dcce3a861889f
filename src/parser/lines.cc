#include "parser/lines.h"

#include <algorithm>

namespace paperdex::parser {

std::vector<Line> SplitLines(std::string_view utf8) {
  const std::u32string text = ToU32(utf8);
  const std::u32string_view all(text);
  std::vector<Line> lines;
  lines.reserve(text.size() / 32 + 1);
  size_t start = 0;
  while (start <= all.size()) {
    size_t nl = start;
    while (nl < all.size() && all[nl] != '\n' && all[nl] != '\r') ++nl;
    const std::u32string_view raw = all.substr(start, nl - start);
    Line l;
    const std::u32string_view trimmed = Trim(raw);
    l.text = std::u32string(trimmed);
    l.key = FoldWidth(trimmed);
    l.indented = !trimmed.empty() && trimmed.data() != raw.data();
    for (size_t k = 0; l.indented && IsSpace(raw[k]); ++k) l.indent_width += DisplayWidth(raw[k]);
    lines.push_back(std::move(l));
    if (nl == all.size()) break;
    start = nl + ((all[nl] == '\r' && nl + 1 < all.size() && all[nl + 1] == '\n') ? 2 : 1);
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

}  // namespace paperdex::parser
