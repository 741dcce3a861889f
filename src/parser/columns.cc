#include "parser/columns.h"

#include <algorithm>
#include <cstdint>
#include <optional>
#include <string>
#include <unordered_set>

namespace paperdex::parser {
namespace {

// A line that no stretch of two columns runs across: the next article's title, a page, a jump.
bool EndsStretch(const Line& l) {
  switch (l.kind) {
    case LineKind::kTitle:
    case LineKind::kDash:
    case LineKind::kPage:
    case LineKind::kTeaserRef:
    case LineKind::kContinuedOn:
    case LineKind::kContinuedFrom:
      return true;
    default:
      return false;
  }
}

// A paragraph of text, as a stretch deals them out.
bool IsText(const Line& l) {
  return l.kind == LineKind::kBody || l.kind == LineKind::kCaption ||
         l.kind == LineKind::kCredit || (l.kind == LineKind::kByline && IsInBrackets(l.key));
}

// A byline line that signs an article over its text: names, not in brackets, not only a credit.
bool SignsOverText(const Line& l) {
  if (l.kind != LineKind::kByline || l.key.empty() || IsInBrackets(l.key)) return false;
  return std::any_of(l.bylines.begin(), l.bylines.end(), [](const Byline& b) { return !b.photo; });
}

bool SharesAName(const Line& a, const Line& b) {
  for (const Byline& x : a.bylines) {
    for (const Byline& y : b.bylines) {
      if (x.name == y.name) return true;
    }
  }
  return false;
}

bool Unfinished(const Line& l) {
  return l.kind == LineKind::kBody && !l.key.empty() && !ClosesParagraph(l.key.back());
}

// One of the two articles of a stretch: its lines in the stretch and the character pairs of its
// text so far.
struct Stream {
  std::vector<size_t> lines;
  std::unordered_set<uint64_t> pairs;
  bool open = false;  // its last paragraph is cut mid-sentence
};

bool IsWordChar(char32_t c) {
  return IsHan(c) || (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

void AddPairs(std::u32string_view key, std::unordered_set<uint64_t>* pairs) {
  for (size_t k = 1; k < key.size(); ++k) {
    if (IsWordChar(key[k - 1]) && IsWordChar(key[k])) {
      pairs->insert(static_cast<uint64_t>(key[k - 1]) << 32 | key[k]);
    }
  }
}

void Take(const std::vector<Line>& lines, size_t i, Stream& s) {
  s.lines.push_back(i);
  AddPairs(lines[i].key, &s.pairs);
  if (IsText(lines[i])) s.open = Unfinished(lines[i]);
}

// The character pairs of `key` that `mine` has and `other` has not.
size_t OwnPairs(std::u32string_view key, const Stream& mine, const Stream& other) {
  size_t n = 0;
  for (size_t k = 1; k < key.size(); ++k) {
    if (!IsWordChar(key[k - 1]) || !IsWordChar(key[k])) continue;
    const uint64_t p = static_cast<uint64_t>(key[k - 1]) << 32 | key[k];
    n += mine.pairs.count(p) && !other.pairs.count(p);
  }
  return n;
}

// Where a stretch opens: its first line, the two streams as far as the cue reads them, and the
// first line left to deal out.
struct Opening {
  size_t begin = 0;
  size_t next = 0;
  Stream first, second;
  bool second_last = true;  // the stream that took the last line
};

// Two title lines over two byline lines of one role and other names.
std::optional<Opening> SideBySideHeads(const std::vector<Line>& lines, size_t t1) {
  if (lines[t1].kind != LineKind::kTitle) return std::nullopt;
  if (const auto p = ContentBefore(lines, t1);
      p && (lines[*p].kind == LineKind::kTitle || lines[*p].kind == LineKind::kDash)) {
    return std::nullopt;
  }
  const size_t t2 = ContentAt(lines, t1 + 1);
  if (t2 == lines.size() || lines[t2].kind != LineKind::kTitle) return std::nullopt;
  const size_t b1 = ContentAt(lines, t2 + 1);
  if (b1 == lines.size() || !SignsOverText(lines[b1])) return std::nullopt;
  const size_t b2 = ContentAt(lines, b1 + 1);
  if (b2 == lines.size() || !SignsOverText(lines[b2])) return std::nullopt;
  const Line& a = lines[b1];
  const Line& b = lines[b2];
  if (a.bylines.front().role != b.bylines.front().role || !a.bylines.front().role ||
      SharesAName(a, b)) {
    return std::nullopt;
  }
  Opening o;
  o.begin = t1;
  o.next = b2 + 1;
  Take(lines, t1, o.first);
  Take(lines, b1, o.first);
  Take(lines, t2, o.second);
  Take(lines, b2, o.second);
  return o;
}

// Under an article signed over its text, a title with paragraphs between it and its own byline.
std::optional<Opening> HeadInsideText(const std::vector<Line>& lines, size_t t) {
  if (lines[t].kind != LineKind::kTitle) return std::nullopt;
  // Back over the first article's text to its byline and title.
  std::optional<size_t> k = ContentBefore(lines, t);
  if (!k || lines[*k].kind != LineKind::kBody) return std::nullopt;
  const bool cut_before = Unfinished(lines[*k]);
  std::vector<size_t> text;
  while (k && IsText(lines[*k])) {
    text.push_back(*k);
    k = ContentBefore(lines, *k);
  }
  if (!k || !SignsOverText(lines[*k])) return std::nullopt;
  const size_t signed_at = *k;
  // Forward over the paragraphs under the title to its own byline.
  std::vector<size_t> between;
  size_t j = ContentAt(lines, t + 1);
  while (j < lines.size() && lines[j].kind == LineKind::kBody) {
    between.push_back(j);
    j = ContentAt(lines, j + 1);
  }
  if (between.empty() || j == lines.size() || !SignsOverText(lines[j]) ||
      SharesAName(lines[signed_at], lines[j])) {
    return std::nullopt;
  }
  if (!cut_before && std::none_of(between.begin(), between.end(),
                                   [&](size_t b) { return Unfinished(lines[b]); })) {
    return std::nullopt;
  }
  Opening o;
  o.begin = t;
  o.next = j + 1;
  // The first stream's text before the stretch counts for its pairs, but its lines stay put.
  for (size_t b : text) AddPairs(lines[b].key, &o.first.pairs);
  if (const auto title = ContentBefore(lines, signed_at); title) {
    AddPairs(lines[*title].key, &o.first.pairs);
  }
  for (size_t b : between) Take(lines, b, o.first);
  Take(lines, t, o.second);
  Take(lines, j, o.second);
  o.second_last = false;
  return o;
}

}  // namespace

std::vector<Line> UnweaveColumns(std::vector<Line> lines) {
  // First find the stretches and the order of their lines, reading the lines as they are; then
  // write them out in that order.
  struct Stretch {
    size_t begin, end;
    std::vector<size_t> order;  // the lines of [begin, end) to keep, in order; kBlank-free
  };
  std::vector<Stretch> stretches;
  for (size_t i = 0; i < lines.size(); ++i) {
    if (lines[i].kind != LineKind::kTitle) continue;
    std::optional<Opening> o = SideBySideHeads(lines, i);
    if (!o) o = HeadInsideText(lines, i);
    if (!o) continue;
    // Deal out the paragraphs up to the end of the stretch.
    std::vector<size_t> noise;
    size_t end = o->next;
    bool second_last = o->second_last;
    for (; end < lines.size() && !EndsStretch(lines[end]); ++end) {
      const Line& l = lines[end];
      if (l.kind == LineKind::kBlank) continue;
      if (!IsText(l)) {
        noise.push_back(end);
        continue;
      }
      const size_t a = OwnPairs(l.key, o->first, o->second);
      const size_t b = OwnPairs(l.key, o->second, o->first);
      bool to_second;
      if (a != b) {
        to_second = b > a;
      } else if (o->first.open != o->second.open) {
        to_second = o->second.open;
      } else {
        to_second = !second_last;
      }
      Take(lines, end, to_second ? o->second : o->first);
      second_last = to_second;
    }
    // The blank lines after the stretch's last line stay after it.
    while (end > o->next && lines[end - 1].kind == LineKind::kBlank) --end;
    Stretch s{o->begin, end, {}};
    for (const Stream* st : {&o->first, &o->second}) {
      s.order.insert(s.order.end(), st->lines.begin(), st->lines.end());
    }
    s.order.insert(s.order.end(), noise.begin(), noise.end());
    stretches.push_back(std::move(s));
    i = end - 1;
  }
  if (stretches.empty()) return lines;
  std::vector<Line> out;
  out.reserve(lines.size() + 16);
  Line blank;
  blank.kind = LineKind::kBlank;
  size_t copied = 0;
  for (const Stretch& s : stretches) {
    for (size_t k = copied; k < s.begin; ++k) out.push_back(std::move(lines[k]));
    for (size_t n = 0; n < s.order.size(); ++n) {
      if (n > 0) out.push_back(blank);  // each paragraph a blank line apart, as printed
      out.push_back(std::move(lines[s.order[n]]));
    }
    copied = s.end;
  }
  for (size_t k = copied; k < lines.size(); ++k) out.push_back(std::move(lines[k]));
  return out;
}

}  // namespace paperdex::parser
