#include "parser/junk.h"

#include <algorithm>
#include <cctype>
#include <unordered_map>
#include <unordered_set>

#include "conventions.h"
#include "paperdex/masthead.h"
#include "parser/classify.h"
#include "parser/furniture.h"

namespace paperdex::parser {
namespace {

namespace cv = conventions;

// The passes below each rewrite the junk stage's own copy of the lines in place, in order: a pass
// sees the noise that the passes before it made.

// Orphan labels and tables of contents.
void MarkLabelsAndContents(std::vector<Line>& lines) {
  bool in_contents = false;
  for (Line& l : lines) {
    if (l.kind == LineKind::kBlank) continue;
    if (IsOrphanLabel(l.key)) {
      l.kind = LineKind::kNoise;
      continue;
    }
    if (IsContentsHeader(l.key)) {
      l.kind = LineKind::kNoise;
      in_contents = true;
      continue;
    }
    if (in_contents && IsContentsEntry(l.key)) {
      l.kind = LineKind::kNoise;
      continue;
    }
    in_contents = false;
  }
}

// Whether `key` opens with a short label and a colon, as a classified advertisement does:
// "招聘：…", "遗失声明：…".
bool OpensWithLabelColon(std::u32string_view key) {
  const size_t colon = key.find_first_of(U"：:");
  return colon != std::u32string_view::npos && colon >= 2 && colon <= 6;
}

// Advertisement boxes. Under a bracketed advertisement label ("【广告】"), the box's short lines of
// copy (no sentence in them) up to a blank line, a page or a paragraph of prose; under a
// classified label ("分类广告"), the one-line advertisements that each open with a label and a
// colon, and the label itself.
void MarkAdvertBoxes(std::vector<Line>& lines) {
  for (size_t i = 0; i < lines.size(); ++i) {
    const std::u32string label = StripSpaces(UnwrapBrackets(lines[i].key));
    const bool advert = IsOrphanLabel(lines[i].key) && HasRow(cv::kAdvertLeads, label);
    const bool classified = HasRow(cv::kClassifiedLabels, label);
    if (!advert && !classified) continue;
    size_t j = i + 1;
    for (; j < lines.size(); ++j) {
      const Line& l = lines[j];
      if (l.kind == LineKind::kBlank || l.kind == LineKind::kPage) break;
      if (l.kind == LineKind::kNoise) continue;
      const bool copy = advert ? ShortLine(l.key, 50) && !HasSentenceStop(l.key)
                               : ShortLine(l.key, 80) && OpensWithLabelColon(l.key);
      if (!copy || (l.kind != LineKind::kTitle && l.kind != LineKind::kBody)) break;
    }
    if (classified && j == i + 1) continue;  // a label over no advertisement
    for (size_t k = i; k < j; ++k) lines[k].kind = LineKind::kNoise;
    i = j - 1;
  }
}

// The note under a page's contributions mailbox: "欢迎广大读者来稿。来稿要求为原创首发。" after
// "本版邮箱：…@…", with only blank lines between.
void MarkMailboxNotes(std::vector<Line>& lines) {
  const Line* last = nullptr;
  for (Line& l : lines) {
    if (l.kind == LineKind::kBlank) continue;
    if (last && last->kind == LineKind::kNoise && IsMailboxLine(last->key) &&
        (l.kind == LineKind::kBody || l.kind == LineKind::kTitle) && ShortLine(l.key, 60) &&
        ContainsAny(l.key, cv::kContributionWords)) {
      l.kind = LineKind::kNoise;
    }
    last = &l;
  }
}

// Page markers out of the order of the pages: a bare "第九版" under a teaser is a reference, not
// a page. The real markers are the longest run of markers whose pages never go back; a marker
// with a page name always counts.
void MarkStrayPageMarkers(std::vector<Line>& lines) {
  std::vector<size_t> markers;
  for (size_t i = 0; i < lines.size(); ++i) {
    if (lines[i].kind == LineKind::kPage) markers.push_back(i);
  }
  const size_t n = markers.size();
  if (n < 2) return;
  // Longest non-decreasing subsequence by patience sorting, O(n log n): tails[k] is the marker
  // that ends the best run of length k + 1 found so far.
  std::vector<size_t> tails, prev(n, n);
  for (size_t b = 0; b < n; ++b) {
    const int page = lines[markers[b]].page_ref;
    const auto at = std::upper_bound(tails.begin(), tails.end(), page, [&](int p, size_t t) {
      return p < lines[markers[t]].page_ref;
    });
    if (at != tails.begin()) prev[b] = *(at - 1);
    if (at == tails.end()) {
      tails.push_back(b);
    } else {
      *at = b;
    }
  }
  const size_t best = tails.back();
  std::vector<bool> kept(n, false);
  for (size_t b = best; b < n; b = prev[b]) kept[b] = true;
  for (size_t b = 0; b < n; ++b) {
    Line& l = lines[markers[b]];
    if (!kept[b] && l.page_name.empty()) l.kind = LineKind::kNoise;
  }
}

}  // namespace

bool IsBarePageRef(std::u32string_view key) {
  const std::u32string_view t = Trim(key);
  size_t end = 0;
  return ParsePageRef(t, 0, &end) && end == t.size();
}

namespace {

// A teaser box: a contents header ("导读") over headlines, each with its page on a line of its own
// after it, and perhaps a summary. The header line is marked with where the box ends.
void MarkTeaserBoxes(std::vector<Line>& lines) {
  constexpr size_t kMaxBoxLines = 16;
  for (size_t h = 0; h < lines.size(); ++h) {
    if (lines[h].kind == LineKind::kBlank || !IsContentsHeader(lines[h].key)) continue;
    size_t content = 0, last_ref = 0;
    bool first = true, ok = true;
    size_t j = h + 1;
    for (; j < lines.size() && content <= kMaxBoxLines; ++j) {
      const Line& l = lines[j];
      if (l.kind == LineKind::kBlank || IsContentsHeader(l.key)) continue;
      if (l.kind == LineKind::kPage) break;
      const bool ref = IsBarePageRef(l.key);
      if (ref) {
        if (first) break;
        last_ref = j;
      } else if (l.kind != LineKind::kTitle && l.kind != LineKind::kBody &&
                 l.kind != LineKind::kNoise) {
        ok = false;  // a byline, a caption: an article, not a box
        break;
      }
      first = false;
      ++content;
    }
    if (!ok || last_ref == 0) continue;
    // A summary under the last item belongs to the box; a headline after it starts an article.
    size_t end = last_ref + 1;
    for (size_t k = end; k < lines.size(); ++k) {
      if (lines[k].kind == LineKind::kBlank) continue;
      if (lines[k].kind != LineKind::kBody) break;
      end = k + 1;
    }
    lines[h].box_end = end;
    h = end - 1;
  }
}

// Characters printed one a line (a vertical label: 今/日/关/注).
void MarkVerticalLabels(std::vector<Line>& lines) {
  for (size_t i = 0; i < lines.size();) {
    size_t j = i, run = 0;
    while (j < lines.size() &&
           (lines[j].kind == LineKind::kBlank || IsSingleCharacter(lines[j].key))) {
      run += lines[j].kind != LineKind::kBlank;
      ++j;
    }
    if (run >= 2) {
      for (size_t k = i; k < j; ++k) {
        if (lines[k].kind != LineKind::kBlank) lines[k].kind = LineKind::kNoise;
      }
    }
    i = j > i ? j : i + 1;
  }
}

// Tables: rows of numbers, with their header, their title and their source line.
void MarkTables(std::vector<Line>& lines) {
  for (size_t i = 0; i < lines.size(); ++i) {
    if (!IsTableRow(lines[i].key, false)) continue;
    size_t j = i;
    while (j < lines.size() &&
           (lines[j].kind == LineKind::kBlank || IsTableRow(lines[j].key, false)))
      ++j;
    size_t rows = 0;
    for (size_t k = i; k < j; ++k) rows += lines[k].kind != LineKind::kBlank;
    if (rows < 2) continue;
    for (size_t k = i; k < j; ++k) {
      if (lines[k].kind != LineKind::kBlank) lines[k].kind = LineKind::kNoise;
    }
    // Up to two lines before: the header row and the table's title.
    size_t b = i;
    for (int up = 0; up < 2 && b > 0;) {
      --b;
      if (lines[b].kind == LineKind::kBlank) continue;
      ++up;
      if (!IsTableRow(lines[b].key, true) && lines[b].kind != LineKind::kTitle) break;
      lines[b].kind = LineKind::kNoise;
    }
    size_t a = j;
    while (a < lines.size() && lines[a].kind == LineKind::kBlank) ++a;
    if (a < lines.size() && StartsWithAny(lines[a].key, cv::kTableSourceLeads)) {
      lines[a].kind = LineKind::kNoise;
    }
    i = j;
  }
}

// A line that says again which page this is, without a date: "6 要闻", "人文 15", "江城日报 第05版"
// under the marker 第06版：要闻. Every part is the page's number, its name, a page reference to it
// or a paper's name, and the number is there.
void MarkPageLabels(std::vector<Line>& lines) {
  int page = 0;
  std::u32string name;
  for (Line& l : lines) {
    if (l.kind == LineKind::kPage) {
      page = l.page_ref;
      name = StripSpaces(l.page_name);
      continue;
    }
    if (page == 0 || (l.kind != LineKind::kTitle && l.kind != LineKind::kBody) ||
        !ShortLine(l.key, 24)) {
      continue;
    }
    bool numbered = false, other = false;
    const std::u32string_view k = l.key;
    for (size_t b = 0; b < k.size() && !other;) {
      while (b < k.size() && IsSpace(k[b])) ++b;
      size_t e = b;
      while (e < k.size() && !IsSpace(k[e])) ++e;
      if (e == b) break;
      const std::u32string_view tok = k.substr(b, e - b);
      size_t end = 0;
      const auto ref = ParsePageRef(tok, 0, &end);
      if ((ref && end == tok.size() && *ref == page) || tok == ToU32(std::to_string(page))) {
        numbered = true;
      } else if (!(tok == name || (!name.empty() && tok.size() >= 2 && Contains(name, tok)) ||
                   (tok.size() >= 3 && (tok.back() == U'报' || tok.back() == U'報')))) {
        other = true;
      }
      b = e;
    }
    if (numbered && !other) l.kind = LineKind::kNoise;
  }
}

// A line printed twice in a row, as an extraction that reads one text box twice leaves headline and
// byline lines: the copy is noise, and the line keeps a mark that it was printed twice.
void MarkDoubledLines(std::vector<Line>& lines) {
  Line* last = nullptr;
  for (Line& l : lines) {
    if (l.kind == LineKind::kBlank || l.kind == LineKind::kNoise) continue;
    if (last && l.kind != LineKind::kPage && last->kind == l.kind &&
        StripSpaces(last->key) == StripSpaces(l.key)) {
      l.kind = LineKind::kNoise;
      last->repeated = true;
      continue;
    }
    last = &l;
  }
}

// A label that heads items on many pages (图片报道, 简讯, 社论, 公告), not furniture.
bool IsLabelRow(std::u32string_view key) {
  for (auto rows : {cv::kPhotoLabels, cv::kBriefLabels, cv::kCommentaryLabels, cv::kNoticeLabels}) {
    if (HasRow(rows, key)) return true;
  }
  return false;
}

// A short line repeated three times or more within a short stretch of the file, or on three pages
// or more (page furniture).
void MarkRepeatedLines(std::vector<Line>& lines) {
  // Junk runs repeat a line as it is; page furniture repeats it with only its numbers changed
  // ("本报地址：…　A01", "…　A02").
  std::unordered_map<std::u32string, std::vector<size_t>> where, shape;
  for (size_t i = 0; i < lines.size(); ++i) {
    const Line& l = lines[i];
    if (l.kind == LineKind::kBlank || l.kind == LineKind::kPage || !ShortLine(l.key, 60)) continue;
    std::u32string key = StripSpaces(l.key);
    // "——编 者" signs an editor's note, on as many pages as there are notes.
    if (IsEditorsSignOff(l.key)) continue;
    if (ShortLine(l.key, 24)) where[key].push_back(i);
    if (IsLabelRow(key) || HasSentenceStop(key)) continue;  // 图片报道 heads items on many pages
    for (char32_t& c : key) {
      if (c >= '0' && c <= '9') c = '#';
    }
    shape[key].push_back(i);
  }
  std::vector<size_t> non_blank_rank(lines.size(), 0);
  std::vector<int> page_of(lines.size(), 0);
  size_t rank = 0;
  int page = 0;
  std::vector<size_t> page_start_rank(lines.size(), 0), page_end_rank(lines.size(), 0);
  size_t start = 0;
  for (size_t i = 0; i < lines.size(); ++i) {
    if (lines[i].kind != LineKind::kBlank) ++rank;
    if (lines[i].kind == LineKind::kPage) {
      page = lines[i].page_ref;
      start = rank;
    }
    non_blank_rank[i] = rank;
    page_of[i] = page;
    page_start_rank[i] = start;
  }
  for (size_t i = lines.size(), end = rank + 1; i-- > 0;) {
    if (lines[i].kind == LineKind::kPage) end = non_blank_rank[i];
    page_end_rank[i] = end;
  }
  constexpr size_t kMaxEdgeLines = 8;
  // A run is a cluster of copies with at most two other lines between neighbours: a copy printed
  // apart from it (a column label over its article, the junk after it) is not part of it.
  constexpr size_t kMaxRunGap = 3;
  for (const auto& [key, at] : where) {
    if (at.size() < 3) continue;
    for (size_t first = 0; first < at.size();) {
      size_t last = first;
      while (last + 1 < at.size() &&
             non_blank_rank[at[last + 1]] - non_blank_rank[at[last]] <= kMaxRunGap) {
        ++last;
      }
      if (last - first + 1 >= 3) {
        for (size_t k = first; k <= last; ++k) lines[at[k]].kind = LineKind::kNoise;
      }
      first = last + 1;
    }
  }
  // Page furniture repeated on every page: the same line on three pages or more, or a line whose
  // numbers change from page to page on four pages or more.
  for (const auto& [key, at] : shape) {
    if (at.size() < 3) continue;
    std::unordered_set<int> pages;
    for (size_t i : at) pages.insert(page_of[i]);
    const bool same = std::all_of(at.begin(), at.end(), [&](size_t i) {
      return lines[i].key == lines[at.front()].key && ShortLine(lines[i].key, 24);
    });
    // Furniture stands at the head or foot of its page: a block repeated in the middle of pages (a
    // document's signers and date, printed with it on every page it fills) is text.
    const bool at_edges = std::all_of(at.begin(), at.end(), [&](size_t i) {
      return non_blank_rank[i] - page_start_rank[i] <= kMaxEdgeLines ||
             page_end_rank[i] - non_blank_rank[i] <= kMaxEdgeLines;
    });
    if (at_edges && pages.size() >= (same ? 3u : 4u) && pages.size() * 2 >= at.size() &&
        lines[at.front()].kind != LineKind::kByline) {
      for (size_t i : at) lines[i].kind = LineKind::kNoise;
    }
  }
}

}  // namespace

bool IsOrphanLabel(std::u32string_view key) {
  // A label is a word or two ("【链接】", "【今日关注】"); a longer line in brackets is the
  // headline of an item ("【北关街道举办老年人反诈骗宣传讲座】").
  const std::u32string_view t = Trim(key);
  if (t.size() < 3 || t.size() > 9) return false;
  const bool bracketed =
      (t.front() == U'【' && t.back() == U'】') || (t.front() == '[' && t.back() == ']');
  return bracketed && t.find_first_of(U"】]") == t.size() - 1;
}

bool IsContentsHeader(std::u32string_view key) {
  const std::u32string_view t = UnwrapBrackets(key);
  return ShortLine(t, 6) && StartsWithAny(t, cv::kContentsWords);
}

bool IsContentsEntry(std::u32string_view key) {
  if (!ShortLine(key, 40) || HasSentenceStop(key)) return false;
  size_t e = key.size();
  while (e > 0 && IsSpace(key[e - 1])) --e;
  size_t b = e;
  while (b > 0 && !IsSpace(key[b - 1]) && !IsIn(key[b - 1], U".…·-—▶►→>")) --b;
  size_t end = 0;
  const auto n = ParsePageRef(key, b, &end);
  return n && end == e && b > 0;
}

bool IsTableRow(std::u32string_view key, bool header) {
  if (!ShortLine(key, 60) || HasSentenceStop(key) || Contains(key, U"，")) return false;
  size_t cells = 0, numbers = 0;
  size_t i = 0;
  while (i < key.size()) {
    while (i < key.size() && IsSpace(key[i])) ++i;
    if (i == key.size()) break;
    size_t j = i;
    bool numeric = true;
    while (j < key.size() && !IsSpace(key[j])) {
      numeric = numeric && ((key[j] >= '0' && key[j] <= '9') || IsIn(key[j], U".%+-‰"));
      ++j;
    }
    if (j - i > 8) return false;
    ++cells;
    numbers += numeric;
    i = j;
  }
  return cells >= 3 && (header ? numbers == 0 && cells <= 8 : numbers >= 2);
}

bool IsSingleCharacter(std::u32string_view key) {
  return key.size() == 1 &&
         (IsHan(key[0]) || (key[0] < 128 && std::isalpha(static_cast<int>(key[0]))));
}

std::vector<Line> MarkJunk(std::vector<Line> lines) {
  // In place on the lines this stage was handed: each pass turns the kind the classifier gave a
  // junk line into kNoise.
  MarkStrayPageMarkers(lines);
  MarkLabelsAndContents(lines);
  MarkAdvertBoxes(lines);
  MarkMailboxNotes(lines);
  MarkTeaserBoxes(lines);
  MarkVerticalLabels(lines);
  MarkTables(lines);
  MarkPageLabels(lines);
  MarkDoubledLines(lines);
  MarkRepeatedLines(lines);
  return lines;
}

int WrapWidth(const std::vector<Line>& lines) {
  std::unordered_map<int, int> histogram;
  int content = 0;
  for (const Line& l : lines) {
    if (l.kind != LineKind::kBody && l.kind != LineKind::kTitle) continue;
    ++content;
    const int w = DisplayWidth(l.text) + l.indent_width;
    if (w >= 24) ++histogram[w];
  }
  if (content < 10) return 0;
  // The commonest width is the column; lines a little narrower or wider are cut there too.
  int best = 0, best_count = 0;
  for (const auto& [w, count] : histogram) {
    if (count > best_count || (count == best_count && w > best)) {
      best = w;
      best_count = count;
    }
  }
  int near = 0;
  for (int d = -3; d <= 2; ++d) {
    auto it = histogram.find(best + d);
    if (it != histogram.end()) near += it->second;
  }
  return near * 10 >= content * 3 && near >= 6 ? best : 0;
}

std::vector<Line> JoinHardWraps(std::vector<Line> lines) {
  const int width = WrapWidth(lines);
  if (width == 0) return lines;
  auto joinable = [](const Line& l) {
    return l.kind == LineKind::kBody || l.kind == LineKind::kTitle;
  };
  // Joined in place: lines[0, kept) are the output so far.
  size_t kept = 0;
  for (size_t i = 0; i < lines.size(); ++i) {
    Line& l = lines[i];
    if (kept > 0) {
      Line& prev = lines[kept - 1];
      if (joinable(prev) && joinable(l) && !l.indented &&
          DisplayWidth(prev.text) + prev.indent_width >= width - 3 &&
          !(prev.key.size() && ClosesParagraph(prev.key.back()) && l.kind == LineKind::kTitle)) {
        prev.text += l.text;
        prev.key += l.key;
        prev = ClassifyLine(std::move(prev));
        continue;
      }
    }
    if (kept != i) lines[kept] = std::move(l);
    ++kept;
  }
  lines.resize(kept);
  return lines;
}

}  // namespace paperdex::parser
