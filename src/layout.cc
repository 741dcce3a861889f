#include "paperdex/layout.h"

#include <algorithm>

#include "paperdex/text.h"

namespace paperdex {
namespace {

// Closing and middle punctuation, which no line may start with (GB/T 15834, clreq 3.1.7):
// 顿号、句号、逗号，and the rest, brackets and quotes that close, the ellipsis, the dash, the
// tilde.
constexpr std::u32string_view kNoLineStart =
    U"、。，．：；！？）］｝」』〕】》〉”’…‥·—～"
    U",.;:!?)]}";
// Opening punctuation, which no line may end with: （［｛「『〔【《〈“‘ and ASCII ([{.
constexpr std::u32string_view kNoLineEnd =
    U"（［｛「『〔【《〈“‘"
    U"([{";
// How far closing punctuation may hang past the width of its line.
constexpr int kMaxHang = 2;
// The narrowest line: the widest character fits in it, so every line holds one.
constexpr int kMinWidth = 2;
// What marks a truncated text.
constexpr std::u32string_view kEllipsis = U"…";

bool IsNoLineStart(char32_t c) { return kNoLineStart.find(c) != std::u32string_view::npos; }
bool IsNoLineEnd(char32_t c) { return kNoLineEnd.find(c) != std::u32string_view::npos; }
bool IsWide(char32_t c) { return DisplayWidth(c) == 2; }
// A combining mark (or another character of no width) belongs to the character before it.
bool IsMark(char32_t c) { return DisplayWidth(c) == 0 && !IsSpace(c); }

std::u32string_view TrimRight(std::u32string_view text) {
  size_t end = text.size();
  while (end > 0 && IsSpace(text[end - 1])) --end;
  return text.substr(0, end);
}

// Whether, by the characters around it alone, a line may start at `c`, which follows `prev`;
// `last_seen` is the last character before `c` that is neither a space nor a mark (0 for none).
bool MayBreakBefore(char32_t prev, char32_t c, char32_t last_seen) {
  if (IsSpace(c) || IsMark(c) || IsNoLineStart(c)) return false;  // rules 1 and 3: no space leads
  if (last_seen != 0 && IsNoLineEnd(last_seen)) return false;     // rule 2
  if (IsSpace(prev)) return true;                                 // between words
  return IsWide(last_seen) || IsWide(c);  // next to a wide character, never inside a narrow run
}

// The break opportunities of `text`: element i says whether a line may start at text[i] (never at
// 0, the start of the text, or at its end).
std::vector<bool> BreakOpportunities(std::u32string_view text) {
  std::vector<bool> breaks(text.size(), false);
  char32_t last_seen = 0;
  for (size_t i = 1; i < text.size(); ++i) {
    const char32_t prev = text[i - 1];
    if (!IsSpace(prev) && !IsMark(prev)) last_seen = prev;
    breaks[i] = MayBreakBefore(prev, text[i], last_seen);
  }
  return breaks;
}

// Whether a hard cut may put a line start at text[cut] without breaking rules 1 and 2.
bool IsCleanCut(std::u32string_view text, size_t cut) {
  return !IsSpace(text[cut]) && !IsMark(text[cut]) && !IsNoLineStart(text[cut]) &&
         !IsNoLineEnd(text[cut - 1]);
}

// Where a line that cannot break at an opportunity ends when text[over] is the first character
// that does not fit on it: at `over`, or a little earlier when a line would start with a closing
// mark or end with an opening one there. Always after `begin`.
size_t HardCut(std::u32string_view text, size_t begin, size_t over) {
  for (size_t cut = over; cut > begin; --cut) {
    if (IsCleanCut(text, cut)) return cut;
  }
  return std::max(over, begin + 1);
}

// Where the line that starts at text[begin] ends (the start of the next line, or text.size()) when
// it may take `width` columns.
size_t LineEnd(std::u32string_view text, const std::vector<bool>& breaks, size_t begin, int width) {
  int used = 0;
  bool has_text = false;  // whether the line holds more than spaces so far
  size_t last_break = std::u32string_view::npos;
  for (size_t i = begin; i < text.size(); ++i) {
    const char32_t c = text[i];
    if (c == '\n') return i + 1;  // rule 4
    const int w = DisplayWidth(c);
    if (IsSpace(c) || w == 0) {  // spaces end a line freely; they are dropped at the break
      used += w;
      continue;
    }
    if (has_text && breaks[i]) last_break = i;
    const bool fits = used + w <= width;
    const bool hangs = has_text && IsNoLineStart(c) && used + w <= width + kMaxHang;  // rule 1
    if (fits || hangs) {
      used += w;
      has_text = true;
      continue;
    }
    if (last_break != std::u32string_view::npos) return last_break;
    return HardCut(text, begin, i);  // rule 3: a run wider than the line
  }
  return text.size();
}

}  // namespace

std::vector<size_t> LineStarts(std::u32string_view text, int first_width, int rest_width) {
  std::vector<size_t> starts{0};
  const std::vector<bool> breaks = BreakOpportunities(text);
  int width = std::max(first_width, kMinWidth);
  size_t begin = 0;
  while (begin < text.size()) {
    begin = LineEnd(text, breaks, begin, width);
    // At the end of the text there is one more line only after a '\n'.
    if (begin == text.size() && text.back() != '\n') break;
    starts.push_back(begin);
    width = std::max(rest_width, kMinWidth);
  }
  return starts;
}

std::vector<std::string> WrapText(std::u32string_view text, int columns,
                                  std::u32string_view first_indent,
                                  std::u32string_view hanging_indent) {
  const std::vector<size_t> starts = LineStarts(text, columns - DisplayWidth(first_indent),
                                                columns - DisplayWidth(hanging_indent));
  std::vector<std::string> lines;
  lines.reserve(starts.size());
  std::u32string line;
  for (size_t k = 0; k < starts.size(); ++k) {
    const size_t end = k + 1 < starts.size() ? starts[k + 1] : text.size();
    line = k == 0 ? first_indent : hanging_indent;
    line += text.substr(starts[k], end - starts[k]);
    lines.push_back(ToUtf8(TrimRight(line)));
  }
  return lines;
}

std::string Truncate(std::u32string_view text, int columns) {
  if (DisplayWidth(text) <= columns) return ToUtf8(text);
  const int mark = DisplayWidth(kEllipsis);
  const bool marked = columns >= mark;
  const int room = marked ? columns - mark : std::max(columns, 0);
  // The longest prefix within `room`; a mark of width 0 comes along with its character.
  size_t end = 0;
  for (int used = 0; end < text.size(); ++end) {
    used += DisplayWidth(text[end]);
    if (used > room) break;
  }
  if (!marked) return ToUtf8(text.substr(0, end));
  std::string out = ToUtf8(TrimRight(text.substr(0, end)));
  AppendUtf8(kEllipsis, out);
  return out;
}

std::string PadRight(std::u32string_view text, int columns) {
  std::string out = ToUtf8(text);
  out.append(static_cast<size_t>(std::max(columns - DisplayWidth(text), 0)), ' ');
  return out;
}

std::string PadLeft(std::u32string_view text, int columns) {
  std::string out(static_cast<size_t>(std::max(columns - DisplayWidth(text), 0)), ' ');
  AppendUtf8(text, out);
  return out;
}

}  // namespace paperdex
