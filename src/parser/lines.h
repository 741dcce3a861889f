// The parser's first stage: an issue's text as lines, each trimmed and with a width-folded key for
// matching; and the character classes and row matchers that the later stages share.
#ifndef PAPERDEX_PARSER_LINES_H_
#define PAPERDEX_PARSER_LINES_H_

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "paperdex/issue.h"
#include "paperdex/text.h"

namespace paperdex::parser {

enum class LineKind {
  kBlank,
  kPage,           // a page marker (sets page and page name)
  kNoise,          // furniture or junk, dropped
  kTitle,          // a short line: kicker, headline, label, or an inner subhead
  kDash,           // a subheadline led by ——
  kByline,         // names with roles
  kCredit,         // a photo credit "… 摄"
  kCaption,        // 图为…
  kTeaserRef,      // 全文见 08版
  kContinuedOn,    // 下转第3版
  kContinuedFrom,  // 上接第1版
  kBody,
};

// One line of the issue. SplitLines fills the text, the key and the indent; the classifier (see
// classify.h) fills the kind and what goes with it.
struct Line {
  std::u32string text;  // trimmed, as printed
  std::u32string key;   // width-folded, for matching
  bool indented = false;
  int indent_width = 0;  // display columns of the white space before the text
  LineKind kind = LineKind::kBody;
  int page_ref = 0;
  std::u32string page_name;
  bool maybe_name = false;  // a bare author name ("唐剑华")
  bool repeated = false;    // printed twice in a row; the copy is noise (junk.h)
  bool advert = false;
  bool description = false;  // a byline with the writer's post or place for its role
  size_t box_end = 0;        // heads a teaser box (导读) that runs to the line before this one
  std::vector<Byline> bylines;
};

// The lines of `utf8`, split at \n, \r\n and \r. Every line is there, blank ones too, so an index
// into the result is a line of the file. The kind of each is not yet decided.
std::vector<Line> SplitLines(std::string_view utf8);

// A line the stages read: neither blank nor noise.
inline bool IsContent(const Line& l) {
  return l.kind != LineKind::kBlank && l.kind != LineKind::kNoise;
}
// The first content line of `lines` at or after `i`, or lines.size().
size_t ContentAt(const std::vector<Line>& lines, size_t i);
// The last content line of `lines` before `i`, if any.
std::optional<size_t> ContentBefore(const std::vector<Line>& lines, size_t i);

// ---------------------------------------------------------------------------------------------
// Character classes and row matchers.

inline bool IsIn(char32_t c, std::u32string_view set) {
  return set.find(c) != std::u32string_view::npos;
}

// Whether a width-folded key is wrapped in brackets as a whole: "(记者 吴十)".
inline bool IsInBrackets(std::u32string_view key) {
  return !key.empty() && key.front() == '(' && key.back() == ')';
}

// Ends a sentence, so a paragraph that ends with it is complete.
inline bool ClosesParagraph(char32_t c) { return IsIn(c, U"。！？!?…；;」』”’）)】〕]"); }
// Punctuation inside a sentence, never at the end of a finished one.
inline bool OpensContinuation(char32_t c) { return IsIn(c, U"，,、：:（(“‘《〔[【—"); }

// Whether `t` holds a full stop or a semicolon.
// A main headline with its column in brackets at the end: "从卖产品到卖服务(夜班札记)"
// (width-folded).
bool HasColumnTag(std::u32string_view key);

// An editor's signature under a note: "——编 者" (width-folded).
inline bool IsEditorsSignOff(std::u32string_view key) {
  if (key.empty() || key.back() != U'者') return false;
  const std::u32string k = StripSpaces(key);
  return k == U"——编者" || k == U"——編者";
}

// The commas in `key`, full-width or not.
inline size_t CountCommas(std::u32string_view key) {
  size_t n = 0;
  for (char32_t c : key) n += c == U'，' || c == ',';
  return n;
}

inline bool HasSentenceStop(std::u32string_view t) {
  for (char32_t c : t) {
    if (c == U'。' || c == U'；' || c == ';') return true;
  }
  return false;
}

inline size_t CountNonSpace(std::u32string_view t) {
  size_t n = 0;
  for (char32_t c : t) n += !IsSpace(c);
  return n;
}

// Whether CountNonSpace(t) <= n, without reading past what decides it.
inline bool ShortLine(std::u32string_view t, size_t n) {
  if (t.size() <= n) return true;
  size_t count = 0;
  for (char32_t c : t) {
    if (!IsSpace(c) && ++count > n) return false;
  }
  return true;
}

// Whether `t` starts with one of `rows`; the first that fits sets `*len` to its length.
inline bool StartsWithAny(std::u32string_view t, std::span<const std::u32string_view> rows,
                          size_t* len = nullptr) {
  for (auto r : rows) {
    if (StartsWith(t, r)) {
      if (len) *len = r.size();
      return true;
    }
  }
  return false;
}

inline bool EndsWithAny(std::u32string_view t, std::span<const std::u32string_view> rows) {
  for (auto r : rows) {
    if (EndsWith(t, r)) return true;
  }
  return false;
}

// One pass over `t`: a position is tried against the rows only when its character may begin one
// (a 64-bit filter on the first characters).
inline bool ContainsAny(std::u32string_view t, std::span<const std::u32string_view> rows) {
  uint64_t first = 0;
  for (auto r : rows) {
    if (r.empty()) return true;
    first |= uint64_t{1} << (r.front() & 63);
  }
  for (size_t i = 0; i < t.size(); ++i) {
    if (!((first >> (t[i] & 63)) & 1)) continue;
    const std::u32string_view rest = t.substr(i);
    for (auto r : rows) {
      if (StartsWith(rest, r)) return true;
    }
  }
  return false;
}

// Whether `row` is one of `rows`.
bool HasRow(std::span<const std::u32string_view> rows, std::u32string_view row);

// The text inside one pair of brackets that wraps the whole of `t` ("（…）", "【…】"), or `t`
// itself; trimmed either way.
std::u32string_view UnwrapBrackets(std::u32string_view t);

}  // namespace paperdex::parser

#endif  // PAPERDEX_PARSER_LINES_H_
