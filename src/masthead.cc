#include "paperdex/masthead.h"

#include <cstdio>
#include <vector>

#include "conventions.h"
#include "paperdex/text.h"

namespace paperdex {
namespace {

bool IsDigit(char32_t c) { return c >= '0' && c <= '9'; }
bool IsUpper(char32_t c) { return c >= 'A' && c <= 'Z'; }

// A run of ASCII digits at pos; sets *end. -1 when there is none or it is too long.
long DigitsAt(std::u32string_view t, size_t pos, size_t* end, size_t max_len = 6) {
  size_t e = pos;
  while (e < t.size() && IsDigit(t[e])) ++e;
  if (e == pos || e - pos > max_len) return -1;
  *end = e;
  return ParseDigits(t.substr(pos, e - pos));
}

// A number at pos, in digits or Chinese numerals; sets *end.
long NumberAt(std::u32string_view t, size_t pos, size_t* end, size_t max_len = 6) {
  if (pos < t.size() && IsDigit(t[pos])) return DigitsAt(t, pos, end, max_len);
  size_t e = pos;
  while (e < t.size() && IsChineseDigit(t[e]) && e - pos < 8) ++e;
  if (e == pos) return -1;
  const long v = ParseChineseNumber(t.substr(pos, e - pos));
  if (v >= 0) *end = e;
  return v;
}

bool ValidDate(int y, int m, int d) {
  if (y < 1800 || y > 2200 || m < 1 || m > 12 || d < 1) return false;
  static constexpr int kDays[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (d > kDays[m - 1]) return false;
  const bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
  return !(m == 2 && d == 29 && !leap);
}

void SkipSpaces(std::u32string_view t, size_t* pos) {
  while (*pos < t.size() && IsSpace(t[*pos])) ++*pos;
}

// 2022年6月27日 / 民國112年3月8日 / 二〇二二年六月二十七日 starting at pos.
std::optional<DateMatch> ChineseDateAt(std::u32string_view t, size_t pos) {
  size_t p = pos;
  int offset = 0;
  for (std::u32string_view era : {std::u32string_view(U"民國"), std::u32string_view(U"民国")}) {
    if (StartsWith(t.substr(p), era)) {
      p += era.size();
      offset = 1911;
    }
  }
  size_t e;
  const long y = NumberAt(t, p, &e, 4);
  if (y < 0) return std::nullopt;
  p = e;
  SkipSpaces(t, &p);
  if (p >= t.size() || t[p] != U'年') return std::nullopt;
  ++p;
  SkipSpaces(t, &p);
  const long m = NumberAt(t, p, &e, 2);
  if (m < 0) return std::nullopt;
  p = e;
  SkipSpaces(t, &p);
  if (p >= t.size() || t[p] != U'月') return std::nullopt;
  ++p;
  SkipSpaces(t, &p);
  const long d = NumberAt(t, p, &e, 3);
  if (d < 0) return std::nullopt;
  p = e;
  SkipSpaces(t, &p);
  if (p >= t.size() || (t[p] != U'日' && t[p] != U'号')) return std::nullopt;
  ++p;
  const int year = static_cast<int>(offset ? y + offset : y);
  if (!offset && y < 1000) return std::nullopt;
  if (!ValidDate(year, static_cast<int>(m), static_cast<int>(d))) return std::nullopt;
  return DateMatch{year, static_cast<int>(m), static_cast<int>(d), pos, p};
}

// 2022-06-27 / 2022.06.27 / 2022/6/27 starting at pos.
std::optional<DateMatch> NumericDateAt(std::u32string_view t, size_t pos) {
  if (pos > 0 && IsDigit(t[pos - 1])) return std::nullopt;
  size_t e;
  const long y = DigitsAt(t, pos, &e, 4);
  if (y < 0 || e - pos != 4 || e >= t.size()) return std::nullopt;
  const char32_t sep = t[e];
  if (sep != '-' && sep != '.' && sep != '/') return std::nullopt;
  size_t p = e + 1;
  const long m = DigitsAt(t, p, &e, 2);
  if (m < 0 || e >= t.size() || t[e] != sep) return std::nullopt;
  p = e + 1;
  const long d = DigitsAt(t, p, &e, 2);
  if (d < 0 || (e < t.size() && IsDigit(t[e]))) return std::nullopt;
  if (!ValidDate(static_cast<int>(y), static_cast<int>(m), static_cast<int>(d)))
    return std::nullopt;
  return DateMatch{static_cast<int>(y), static_cast<int>(m), static_cast<int>(d), pos, e};
}

}  // namespace

std::string DateMatch::Iso() const {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", year, month, day);
  return buf;
}

std::optional<DateMatch> FindDate(std::u32string_view text) {
  for (size_t i = 0; i < text.size(); ++i) {
    const char32_t c = text[i];
    if (c == U'民' || IsChineseDigit(c) || IsDigit(c)) {
      if (auto d = ChineseDateAt(text, i)) return d;
    }
    if (IsDigit(c)) {
      if (auto d = NumericDateAt(text, i)) return d;
    }
  }
  return std::nullopt;
}

std::optional<std::string> DateFromFileName(std::string_view name) {
  const std::u32string t = ToU32(name);
  for (size_t i = 0; i + 8 <= t.size(); ++i) {
    if (!IsDigit(t[i]) || (i > 0 && IsDigit(t[i - 1]))) continue;
    size_t e;
    const long y = DigitsAt(t, i, &e, 8);
    int year, month, day;
    if (y >= 0 && e - i == 8) {  // 20220627
      year = static_cast<int>(y / 10000), month = static_cast<int>(y / 100 % 100),
      day = static_cast<int>(y % 100);
    } else if (y >= 0 && e - i == 4 && e + 5 < t.size() + 1 && (t[e] == '-' || t[e] == '_')) {
      const char32_t sep = t[e];
      size_t e2;
      const long m = DigitsAt(t, e + 1, &e2, 2);
      if (m < 0 || e2 >= t.size() || t[e2] != sep) continue;
      size_t e3;
      const long d = DigitsAt(t, e2 + 1, &e3, 2);
      if (d < 0 || (e3 < t.size() && IsDigit(t[e3]))) continue;
      year = static_cast<int>(y), month = static_cast<int>(m), day = static_cast<int>(d);
    } else {
      continue;
    }
    if (ValidDate(year, month, day)) return DateMatch{year, month, day, 0, 0}.Iso();
  }
  return std::nullopt;
}

std::optional<int> FindIssueNumber(std::u32string_view text) {
  std::optional<int> total;
  for (size_t i = 0; i < text.size(); ++i) {
    if (text[i] != U'第') continue;
    size_t p = i + 1;
    SkipSpaces(text, &p);
    size_t e;
    const long n = DigitsAt(text, p, &e, 7);
    if (n < 0) continue;
    p = e;
    SkipSpaces(text, &p);
    if (p >= text.size() || (text[p] != U'期' && text[p] != U'号' && text[p] != U'號')) continue;
    const bool is_total = i > 0 && (text[i - 1] == U'总' || text[i - 1] == U'總');
    if (!is_total) return static_cast<int>(n);
    total = static_cast<int>(n);
  }
  return total;
}

std::optional<int> FindPageCount(std::u32string_view text) {
  for (std::u32string_view lead : {std::u32string_view(U"今日"), std::u32string_view(U"本期"),
                                   std::u32string_view(U"共"), std::u32string_view(U"今天")}) {
    size_t at = text.find(lead);
    while (at != std::u32string_view::npos) {
      size_t p = at + lead.size();
      SkipSpaces(text, &p);
      size_t e;
      const long n = NumberAt(text, p, &e, 3);
      if (n > 0) {
        p = e;
        SkipSpaces(text, &p);
        if (p < text.size() && (text[p] == U'版' || text[p] == U'个')) return static_cast<int>(n);
      }
      at = text.find(lead, at + 1);
    }
  }
  return std::nullopt;
}

std::optional<std::u32string> FindWeekday(std::u32string_view text) {
  static constexpr std::u32string_view kDays = U"一二三四五六日天";
  for (std::u32string_view lead :
       {std::u32string_view(U"星期"), std::u32string_view(U"周"), std::u32string_view(U"週")}) {
    const size_t at = text.find(lead);
    if (at == std::u32string_view::npos || at + lead.size() >= text.size()) continue;
    const char32_t d = text[at + lead.size()];
    if (kDays.find(d) != std::u32string_view::npos) {
      return std::u32string(text.substr(at, lead.size() + 1));
    }
  }
  return std::nullopt;
}

std::optional<int> ParsePageRef(std::u32string_view t, size_t pos, size_t* end) {
  size_t p = pos;
  const bool di = p < t.size() && t[p] == U'第';
  if (di) ++p;
  SkipSpaces(t, &p);
  const bool letter = p < t.size() && IsUpper(t[p]);
  if (letter) ++p;
  size_t e;
  const long n = NumberAt(t, p, &e, 3);
  if (n <= 0 || n > 999) return std::nullopt;
  p = e;
  SkipSpaces(t, &p);
  if (p < t.size() && (t[p] == U'版' || t[p] == U'面')) {
    *end = p + 1;
    return static_cast<int>(n);
  }
  if (letter && (e >= t.size() || !IsDigit(t[e]))) {  // A3
    *end = e;
    return static_cast<int>(n);
  }
  return std::nullopt;
}

namespace {

bool IsHanName(std::u32string_view s) {
  if (s.empty() || s.size() > 10) return false;
  for (char32_t c : s) {
    // "生活．健康" is width-folded to "生活.健康".
    if (!IsHan(c) && conventions::kColumnMarks.find(c) == std::u32string_view::npos && c != ' ' &&
        c != '.') {
      return false;
    }
  }
  return true;
}

bool HasEditorWord(std::u32string_view s) {
  for (auto w : conventions::kEditorWords) {
    if (Contains(s, w)) return true;
  }
  return false;
}

// A running header read by what its parts are, in any order: the paper's name, the date, the
// weekday, the page code, the page name and the editors ("海晏都市报 2024年1月18日 星期四 A01 头版
// 责编 吕凯", "2023年10月17日 星期二 A4 財經 責任編輯／黃韻如", "2 要闻 2026年4月27日 星期一").
// It needs a page code and one of date, weekday or editors; every other part must be a page name
// (one) or an editor's name.
std::optional<PageMarker> ParseRunningHeader(std::u32string_view t) {
  if (t.size() > 80) return std::nullopt;
  // The parts are set off by spaces or bars ("A05 | 文体 | 2025年12月4日 星期四").
  const auto separator = [](char32_t c) {
    return IsSpace(c) || c == '|' || c == U'｜' || c == U'│' || c == U'丨';
  };
  std::vector<std::u32string_view> tokens;
  for (size_t b = 0; b < t.size();) {
    while (b < t.size() && separator(t[b])) ++b;
    size_t e = b;
    while (e < t.size() && !separator(t[e])) ++e;
    if (e > b) tokens.push_back(t.substr(b, e - b));
    b = e;
  }
  int page = 0;
  bool dated = false, editors = false, after_editor = false;
  std::u32string_view name;
  for (std::u32string_view tok : tokens) {
    size_t end = 0;
    if (FindDate(tok)) {
      dated = true;
      after_editor = false;
      continue;
    }
    if (FindWeekday(tok) && tok.size() <= 5) {
      dated = true;
      after_editor = false;
      continue;
    }
    if (HasEditorWord(tok)) {
      editors = true;
      after_editor = true;
      continue;
    }
    if (page == 0) {
      if (auto n = ParsePageRef(tok, 0, &end); n && end == tok.size()) {
        page = *n;
        after_editor = false;
        continue;
      }
      size_t e = 0;
      const long v = DigitsAt(tok, 0, &e, 2);
      if (v > 0 && e == tok.size()) {
        page = static_cast<int>(v);
        after_editor = false;
        continue;
      }
    }
    if (after_editor && tok.size() <= 4 && IsHanName(tok)) continue;  // an editor's name
    if (tok.size() >= 3 && (tok.back() == U'报' || tok.back() == U'報') && IsHanName(tok)) {
      continue;  // the paper's name
    }
    if (name.empty() && tok.size() <= 8 && IsHanName(tok)) {
      name = tok;
      continue;
    }
    return std::nullopt;
  }
  if (page == 0 || !(dated || editors)) return std::nullopt;
  return PageMarker{page, std::u32string(name)};
}

}  // namespace

std::optional<PageMarker> ParsePageMarker(std::u32string_view line) {
  const std::u32string_view t = Trim(line);
  if (t.empty() || t.size() > 80) return std::nullopt;
  size_t p = 0;
  size_t e = 0;
  PageMarker marker;
  if (auto n = ParsePageRef(t, 0, &e); n && (t[0] == U'第' || t[e - 1] == U'版')) {
    // 第01版：要闻 / A02版 经济 / 08版：体育 / 第2版
    marker.page = *n;
    p = e;
    SkipSpaces(t, &p);
    if (p < t.size() && (t[p] == ':' || t[p] == U'：' || t[p] == '|')) ++p;
    SkipSpaces(t, &p);
    size_t q = p;
    while (q < t.size() && !IsSpace(t[q]) && !IsDigit(t[q])) ++q;
    const std::u32string_view name = t.substr(p, q - p);
    std::u32string_view rest = Trim(t.substr(q));
    if (!name.empty() && !IsHanName(name)) return std::nullopt;
    // What may follow the name: a date, a weekday, the editors.
    if (!rest.empty() && !FindDate(rest) && !HasEditorWord(rest) && !FindWeekday(rest)) {
      return std::nullopt;
    }
    marker.name = std::u32string(name);
    return marker;
  }
  // A page banner: the page and its name with a bar between them ("02｜评论", "A03 | 城事").
  {
    size_t q = 0;
    if (q < t.size() && IsUpper(t[q])) ++q;
    const size_t digits = q;
    while (q < t.size() && IsDigit(t[q])) ++q;
    if (q > digits && q - digits <= 3) {
      size_t r = q;
      SkipSpaces(t, &r);
      if (r < t.size() && (t[r] == U'｜' || t[r] == '|' || t[r] == U'│' || t[r] == U'丨')) {
        ++r;
        SkipSpaces(t, &r);
        const std::u32string_view name = t.substr(r);
        const long n = ParseDigits(t.substr(digits, q - digits));
        if (!name.empty() && name.size() <= 8 && IsHanName(name) && n > 0 && n < 1000) {
          return PageMarker{static_cast<int>(n), std::u32string(name)};
        }
      }
    }
  }
  // A running header that ends with the page: "滨江晚报 2024年4月2日 星期二 A01 要闻".
  if (const auto date = FindDate(t)) {
    // Read by its parts first, so that a page name anywhere in it is kept.
    if (auto header = ParseRunningHeader(t); header && !header->name.empty()) return header;
    std::vector<std::u32string_view> tokens;
    for (size_t b = date->end; b < t.size();) {
      while (b < t.size() && IsSpace(t[b])) ++b;
      size_t e2 = b;
      while (e2 < t.size() && !IsSpace(t[e2])) ++e2;
      if (e2 > b) tokens.push_back(t.substr(b, e2 - b));
      b = e2;
    }
    auto page_token = [](std::u32string_view tok) -> int {
      size_t end = 0;
      const auto n = ParsePageRef(tok, 0, &end);
      if (n && end == tok.size()) return *n;
      size_t k = 0;
      if (k < tok.size() && IsUpper(tok[k])) ++k;
      const long v = k < tok.size() ? ParseDigits(tok.substr(k)) : -1;
      return v > 0 && v < 100 && tok.size() - k <= 2 ? static_cast<int>(v) : 0;
    };
    if (tokens.size() >= 2 && IsHanName(tokens.back()) &&
        page_token(tokens[tokens.size() - 2]) > 0) {
      return PageMarker{page_token(tokens[tokens.size() - 2]), std::u32string(tokens.back())};
    }
    if (!tokens.empty() && page_token(tokens.back()) > 0 && tokens.back().size() > 1) {
      return PageMarker{page_token(tokens.back()), U""};
    }
  }
  // A running header: "2 要闻 2023年3月8日 星期三 责任编辑 王芳" or "A3 城事".
  size_t q = 0;
  if (q < t.size() && IsUpper(t[q])) ++q;
  const long n = DigitsAt(t, q, &e, 2);
  if (n <= 0 || e >= t.size() || !IsSpace(t[e])) return ParseRunningHeader(t);
  p = e;
  SkipSpaces(t, &p);
  size_t r = p;
  while (r < t.size() && !IsSpace(t[r])) ++r;
  const std::u32string_view name = t.substr(p, r - p);
  if (name.size() < 2 || name.size() > 8 || !IsHanName(name)) return ParseRunningHeader(t);
  const std::u32string_view rest = Trim(t.substr(r));
  if (rest.empty() ? q == 0 : !(FindDate(rest) || HasEditorWord(rest)))
    return ParseRunningHeader(t);
  marker.page = static_cast<int>(n);
  marker.name = std::u32string(name);
  return marker;
}

}  // namespace paperdex
