#include "paperdex/text.h"

#include <algorithm>
#include <vector>

namespace paperdex {

std::u32string ToU32(std::string_view s) {
  std::u32string out;
  AppendU32(s, out);
  return out;
}

void AppendU32(std::string_view s, std::u32string& out) {
  // Each step reads at least one byte and writes one code point, so s.size() is room enough.
  const size_t base = out.size();
  out.resize(base + s.size());
  char32_t* const first = out.data() + base;
  char32_t* o = first;
  const auto put = [&o](char32_t c) { *o++ = c; };
  size_t i = 0;
  const size_t n = s.size();
  while (i < n) {
    const auto b0 = static_cast<unsigned char>(s[i]);
    if (b0 < 0x80) {
      put(b0);
      ++i;
      continue;
    }
    int len = 0;
    char32_t c = 0;
    char32_t min = 0;
    if ((b0 & 0xE0) == 0xC0) {
      len = 2, c = b0 & 0x1F, min = 0x80;
    } else if ((b0 & 0xF0) == 0xE0) {
      len = 3, c = b0 & 0x0F, min = 0x800;
    } else if ((b0 & 0xF8) == 0xF0) {
      len = 4, c = b0 & 0x07, min = 0x10000;
    }
    bool ok = len > 0 && i + static_cast<size_t>(len) <= n;
    for (int k = 1; ok && k < len; ++k) {
      const auto b = static_cast<unsigned char>(s[i + k]);
      if ((b & 0xC0) != 0x80) {
        ok = false;
      } else {
        c = (c << 6) | (b & 0x3F);
      }
    }
    if (ok && (c < min || c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF))) ok = false;
    if (ok) {
      put(c);
      i += static_cast<size_t>(len);
    } else {
      put(0xFFFD);
      ++i;
    }
  }
  out.resize(base + static_cast<size_t>(o - first));
}

void AppendUtf8(char32_t c, std::string& out) {
  if (c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF)) c = 0xFFFD;
  if (c < 0x80) {
    out.push_back(static_cast<char>(c));
  } else if (c < 0x800) {
    out.push_back(static_cast<char>(0xC0 | (c >> 6)));
    out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
  } else if (c < 0x10000) {
    out.push_back(static_cast<char>(0xE0 | (c >> 12)));
    out.push_back(static_cast<char>(0x80 | ((c >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
  } else {
    out.push_back(static_cast<char>(0xF0 | (c >> 18)));
    out.push_back(static_cast<char>(0x80 | ((c >> 12) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | ((c >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
  }
}

size_t Utf8Length(std::u32string_view text) {
  size_t bytes = 0;
  for (char32_t c : text) {
    if (c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF)) c = 0xFFFD;
    bytes += c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
  }
  return bytes;
}

void AppendUtf8(std::u32string_view text, std::string& out) {
  const size_t base = out.size();
  out.resize(base + Utf8Length(text));
  char* o = out.data() + base;
  for (char32_t c : text) {
    if (c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF)) c = 0xFFFD;
    if (c < 0x80) {
      *o++ = static_cast<char>(c);
    } else if (c < 0x800) {
      *o++ = static_cast<char>(0xC0 | (c >> 6));
      *o++ = static_cast<char>(0x80 | (c & 0x3F));
    } else if (c < 0x10000) {
      *o++ = static_cast<char>(0xE0 | (c >> 12));
      *o++ = static_cast<char>(0x80 | ((c >> 6) & 0x3F));
      *o++ = static_cast<char>(0x80 | (c & 0x3F));
    } else {
      *o++ = static_cast<char>(0xF0 | (c >> 18));
      *o++ = static_cast<char>(0x80 | ((c >> 12) & 0x3F));
      *o++ = static_cast<char>(0x80 | ((c >> 6) & 0x3F));
      *o++ = static_cast<char>(0x80 | (c & 0x3F));
    }
  }
}

std::string ToUtf8(std::u32string_view text) {
  std::string out;
  AppendUtf8(text, out);
  return out;
}

size_t FindInvalidUtf8(std::string_view s) {
  size_t i = 0;
  const size_t n = s.size();
  while (i < n) {
    const auto b0 = static_cast<unsigned char>(s[i]);
    if (b0 < 0x80) {
      ++i;
      continue;
    }
    int len;
    if (b0 >= 0xC2 && b0 <= 0xDF) {
      len = 2;
    } else if (b0 >= 0xE0 && b0 <= 0xEF) {
      len = 3;
    } else if (b0 >= 0xF0 && b0 <= 0xF4) {
      len = 4;
    } else {
      return i;
    }
    if (i + static_cast<size_t>(len) > n) return i;
    const auto b1 = static_cast<unsigned char>(s[i + 1]);
    if ((b1 & 0xC0) != 0x80) return i;
    if (b0 == 0xE0 && b1 < 0xA0) return i;  // overlong
    if (b0 == 0xED && b1 > 0x9F) return i;  // surrogate
    if (b0 == 0xF0 && b1 < 0x90) return i;  // overlong
    if (b0 == 0xF4 && b1 > 0x8F) return i;  // past U+10FFFF
    for (int k = 2; k < len; ++k) {
      if ((static_cast<unsigned char>(s[i + k]) & 0xC0) != 0x80) return i;
    }
    i += static_cast<size_t>(len);
  }
  return std::string_view::npos;
}

bool IsHan(char32_t c) {
  return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) ||
         (c >= 0xF900 && c <= 0xFAFF) || (c >= 0x20000 && c <= 0x3134F) || c == 0x3007;
}

std::u32string FoldWidth(std::u32string_view text) {
  std::u32string out(text);
  for (char32_t& c : out) c = FoldWidth(c);
  return out;
}

int DisplayWidth(char32_t c) {
  if (c == 0 || (c >= 0x300 && c <= 0x36F) || c == 0x200B || c == 0xFEFF) return 0;
  if ((c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0x303E) ||
      (c >= 0x3041 && c <= 0x33FF) || (c >= 0x3400 && c <= 0x4DBF) ||
      (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0xA000 && c <= 0xA4CF) ||
      (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0xF900 && c <= 0xFAFF) ||
      (c >= 0xFE30 && c <= 0xFE4F) || (c >= 0xFF00 && c <= 0xFF60) ||
      (c >= 0xFFE0 && c <= 0xFFE6) || (c >= 0x1F300 && c <= 0x1F64F) ||
      (c >= 0x1F900 && c <= 0x1F9FF) || (c >= 0x20000 && c <= 0x3FFFD)) {
    return 2;
  }
  // Chinese punctuation that fonts draw wide even though Unicode calls it ambiguous.
  if (c == 0x2014 || c == 0x2026 || c == 0x201C || c == 0x201D || c == 0x2018 || c == 0x2019 ||
      c == 0x00B7) {
    return 2;
  }
  return 1;
}

int DisplayWidth(std::u32string_view text) {
  int w = 0;
  for (char32_t c : text) w += DisplayWidth(c);
  return w;
}

std::u32string_view Trim(std::u32string_view text) {
  size_t b = 0, e = text.size();
  while (b < e && IsSpace(text[b])) ++b;
  while (e > b && IsSpace(text[e - 1])) --e;
  return text.substr(b, e - b);
}

std::u32string StripSpaces(std::u32string_view text) {
  std::u32string out;
  out.reserve(text.size());
  for (char32_t c : text) {
    if (!IsSpace(c)) out.push_back(c);
  }
  return out;
}

bool Contains(std::u32string_view text, std::u32string_view part) {
  return text.find(part) != std::u32string_view::npos;
}

long ParseDigits(std::u32string_view text) {
  if (text.empty() || text.size() > 9) return -1;
  long v = 0;
  for (char32_t c : text) {
    c = FoldWidth(c);
    if (c < '0' || c > '9') return -1;
    v = v * 10 + (c - '0');
  }
  return v;
}

namespace {

int ChineseDigit(char32_t c) {
  switch (c) {
    case U'〇':
    case U'零':
      return 0;
    case U'一':
      return 1;
    case U'二':
    case U'两':
      return 2;
    case U'三':
      return 3;
    case U'四':
      return 4;
    case U'五':
      return 5;
    case U'六':
      return 6;
    case U'七':
      return 7;
    case U'八':
      return 8;
    case U'九':
      return 9;
    default:
      return -1;
  }
}

}  // namespace

bool IsChineseDigit(char32_t c) {
  return ChineseDigit(c) >= 0 || c == U'十' || c == U'百' || c == U'千';
}

long ParseChineseNumber(std::u32string_view text) {
  if (text.empty() || text.size() > 12) return -1;
  const bool positional = text.find_first_of(U"十百千") == std::u32string_view::npos;
  if (positional) {  // 二〇二三
    long v = 0;
    for (char32_t c : text) {
      const int d = ChineseDigit(c);
      if (d < 0) return -1;
      v = v * 10 + d;
    }
    return v;
  }
  long total = 0;
  long digit = -1;
  for (char32_t c : text) {
    const int d = ChineseDigit(c);
    if (d >= 0) {
      digit = d;
      continue;
    }
    long unit = c == U'十' ? 10 : c == U'百' ? 100 : c == U'千' ? 1000 : -1;
    if (unit < 0) return -1;
    total += (digit < 0 ? 1 : digit) * unit;
    digit = -1;
  }
  if (digit > 0) total += digit;
  return total;
}

size_t EditDistance(std::string_view a, std::string_view b) {
  std::vector<size_t> row(b.size() + 1);
  for (size_t j = 0; j <= b.size(); ++j) row[j] = j;
  for (size_t i = 1; i <= a.size(); ++i) {
    size_t diagonal = row[0];
    row[0] = i;
    for (size_t j = 1; j <= b.size(); ++j) {
      const size_t up = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] != b[j - 1])});
      diagonal = up;
    }
  }
  return row[b.size()];
}

}  // namespace paperdex
