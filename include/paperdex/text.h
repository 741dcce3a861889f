// Small, allocation-light helpers for Unicode text held as UTF-8 (std::string) or as code points
// (std::u32string). The parser works on code points so that a character is one element.
#ifndef PAPERDEX_TEXT_H_
#define PAPERDEX_TEXT_H_

#include <string>
#include <string_view>

namespace paperdex {

// Decodes well-formed UTF-8; an ill-formed sequence becomes U+FFFD. Never fails.
std::u32string ToU32(std::string_view utf8);
// The same, appended to `out`.
void AppendU32(std::string_view utf8, std::u32string& out);
// Encodes code points as UTF-8; surrogates and values past U+10FFFF become U+FFFD.
std::string ToUtf8(std::u32string_view text);
void AppendUtf8(char32_t c, std::string& out);
void AppendUtf8(std::u32string_view text, std::string& out);
// The bytes ToUtf8(text) takes.
size_t Utf8Length(std::u32string_view text);

// Offset of the first byte that is not part of well-formed UTF-8, or npos when all is well-formed.
size_t FindInvalidUtf8(std::string_view bytes);

// Han ideographs (CJK unified, extensions and compatibility).
bool IsHan(char32_t c);
// White space including the ideographic space U+3000 and no-break spaces.
inline bool IsSpace(char32_t c) {
  if ((c > ' ' && c < 0x7F) || (c >= 0x3400 && c < 0xFEFF && c != 0x3000)) return false;
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v' || c == 0xA0 ||
         c == 0x3000 || c == 0xFEFF || (c >= 0x2000 && c <= 0x200B) || c == 0x202F || c == 0x205F;
}
// Full-width ASCII variants (Ａ, ２, ：) to their ASCII forms, U+3000 to a space; others unchanged.
inline char32_t FoldWidth(char32_t c) {
  if (c >= 0xFF01 && c <= 0xFF5E) return c - 0xFEE0;
  if (c == 0x3000) return ' ';
  return c;
}
std::u32string FoldWidth(std::u32string_view text);
// Terminal columns a character takes: 2 for wide (CJK, full-width), 0 for combining marks, else 1.
int DisplayWidth(char32_t c);
int DisplayWidth(std::u32string_view text);

// Without leading and trailing white space.
std::u32string_view Trim(std::u32string_view text);
// All white space removed.
std::u32string StripSpaces(std::u32string_view text);

inline bool StartsWith(std::u32string_view text, std::u32string_view prefix) {
  return text.size() >= prefix.size() &&
         std::char_traits<char32_t>::compare(text.data(), prefix.data(), prefix.size()) == 0;
}
inline bool EndsWith(std::u32string_view text, std::u32string_view suffix) {
  return text.size() >= suffix.size() &&
         std::char_traits<char32_t>::compare(text.data() + text.size() - suffix.size(),
                                             suffix.data(), suffix.size()) == 0;
}
bool Contains(std::u32string_view text, std::u32string_view part);

// The value of ASCII digits text[pos..pos+n) (after width folding), or -1 when one is not a digit.
// Chinese numerals (〇一二…十百) are read by ParseChineseNumber.
long ParseDigits(std::u32string_view text);
// 二〇二三 → 2023, 十二 → 12, 二十七 → 27, 一百零八 → 108; -1 when the text is not such a number.
long ParseChineseNumber(std::u32string_view text);
bool IsChineseDigit(char32_t c);

// The edit distance (insertions, deletions, substitutions) between two short byte strings, for
// "did you mean" suggestions.
size_t EditDistance(std::string_view a, std::string_view b);

}  // namespace paperdex

#endif  // PAPERDEX_TEXT_H_
