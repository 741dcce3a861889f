#include "parser/furniture.h"

#include <algorithm>

#include "conventions.h"
#include "paperdex/masthead.h"

namespace paperdex::parser {
namespace {

namespace cv = conventions;

// Longest masthead, in non-blank lines.
constexpr int kMaxMastheadLines = 8;

// "JIANGCHENG DAILY"
bool IsLatinName(std::u32string_view key) {
  if (key.size() > 40 || key.size() < 3) return false;
  return std::all_of(key.begin(), key.end(), [](char32_t c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == ' ' || c == '.' || c == '-' ||
           c == '\'';
  });
}

bool IsMastheadLine(std::u32string_view key) {
  if (FindDate(key) || FindIssueNumber(key) || FindPageCount(key)) return !HasSentenceStop(key);
  if (!ShortLine(key, 60) || HasSentenceStop(key)) return false;
  return ContainsAny(key, cv::kMastheadWords);
}

}  // namespace

Masthead ReadMasthead(const std::vector<Line>& lines) {
  Masthead result;
  IssueMeta& meta = result.meta;
  size_t i = 0;
  while (i < lines.size() && lines[i].key.empty()) ++i;
  if (i == lines.size()) return result;
  std::vector<size_t> masthead;
  int seen = 0;
  bool any_masthead_info = false;
  std::optional<std::u32string> name;
  for (size_t j = i; j < lines.size() && seen < kMaxMastheadLines; ++j) {
    const std::u32string_view k = lines[j].key;
    if (k.empty()) continue;
    ++seen;
    if (ParsePageMarker(k)) continue;
    if (IsMastheadLine(k)) {
      any_masthead_info = true;
      // "江城日报 2023年3月8日 星期三": the name before the date.
      if (!name) {
        if (auto d = FindDate(k); d && d->begin > 0) {
          const std::u32string_view before =
              Trim(std::u32string_view(lines[j].text).substr(0, d->begin));
          if (CountNonSpace(before) >= 2 && ShortLine(before, 12)) name = std::u32string(before);
        }
      }
      masthead.push_back(j);
      continue;
    }
    if (IsLatinName(k) && !masthead.empty()) {  // "JIANGCHENG DAILY"
      masthead.push_back(j);
      continue;
    }
    if (name && StripSpaces(k) == StripSpaces(*name)) {  // the name printed again under a header
      masthead.push_back(j);
      continue;
    }
    if (!name && masthead.empty() && ShortLine(k, 12) && !HasSentenceStop(k) &&
        !Contains(k, U",")) {
      name = std::u32string(Trim(lines[j].text));
      masthead.push_back(j);
      continue;
    }
    break;
  }
  if (!any_masthead_info) {
    // A lone first line is a paper's name only when it reads like one.
    if (name && EndsWithAny(*name, cv::kPaperNameEndings)) {
      meta.paper = ToUtf8(StripSpaces(*name));
      result.lines.push_back(masthead.front());
    }
    return result;
  }
  if (name) meta.paper = ToUtf8(StripSpaces(*name));
  for (size_t j : masthead) {
    const std::u32string_view k = lines[j].key;
    if (!meta.date) {
      if (auto d = FindDate(k)) {
        meta.date = d->Iso();
        meta.date_source = "masthead";
      }
    }
    if (!meta.weekday) {
      if (auto w = FindWeekday(k)) meta.weekday = ToUtf8(*w);
    }
    if (!meta.issue_no) meta.issue_no = FindIssueNumber(k);
    if (!meta.pages) meta.pages = FindPageCount(k);
  }
  result.lines = std::move(masthead);
  return result;
}

IssueMeta ReadRunningHeaders(const std::vector<Line>& lines, IssueMeta meta) {
  for (const Line& l : lines) {
    if (meta.date && meta.paper) break;
    if (l.key.empty() || !ShortLine(l.key, 50) || HasSentenceStop(l.key)) continue;
    const auto d = FindDate(l.key);
    if (!d) continue;
    if (l.kind != LineKind::kNoise && l.kind != LineKind::kPage) continue;
    if (!meta.date) {
      meta.date = d->Iso();
      meta.date_source = "page header";
    }
    if (!meta.paper && d->begin > 0) {
      std::u32string_view before = Trim(std::u32string_view(l.text).substr(0, d->begin));
      // "2 要闻 2023年3月8日" names a page, not a paper.
      if (!ParsePageMarker(l.key) && CountNonSpace(before) >= 2 && ShortLine(before, 12) &&
          EndsWithAny(before, cv::kRunningHeaderPaperEndings)) {
        meta.paper = ToUtf8(StripSpaces(before));
      }
    }
  }
  return meta;
}

bool IsPageNumberLine(std::u32string_view key) {
  size_t digits = 0;
  for (char32_t c : key) {
    if (c >= '0' && c <= '9') {
      ++digits;
    } else if (!IsSpace(c) && !IsIn(c, U"-—–·")) {
      return false;
    }
  }
  return digits > 0 && digits <= 3;
}

bool HasPhoneNumber(std::u32string_view key) {
  size_t run = 0;
  for (char32_t c : key) {
    if (c >= '0' && c <= '9') {
      if (++run >= 7) return true;
    } else if (c != '-' && c != ' ') {
      run = 0;
    }
  }
  return false;
}

namespace {

// A telephone word with a service number of five digits or more right after it: "健康热线 96006",
// "服务电话：12345".
bool HasServiceNumber(std::u32string_view key) {
  for (std::u32string_view word : cv::kTelephoneWords) {
    for (size_t at = key.find(word); at != std::u32string_view::npos;
         at = key.find(word, at + 1)) {
      size_t b = at + word.size();
      while (b < key.size() && (IsSpace(key[b]) || key[b] == U'：' || key[b] == ':')) ++b;
      size_t e = b;
      while (e < key.size() && key[e] >= '0' && key[e] <= '9') ++e;
      if (e - b >= 5) return true;
    }
  }
  return false;
}

}  // namespace

bool IsAdvertLine(std::u32string_view key) {
  if (!ShortLine(key, 50) || HasSentenceStop(key)) return false;
  if (IsInBrackets(key)) return false;  // "（咨询电话：…）" belongs to a story
  if (HasPhoneNumber(key) && ShortLine(key, 40) && ContainsAny(key, cv::kTelephoneWords)) {
    return true;  // "钢琴调律 上门服务 电话：13805712468"
  }
  if (ShortLine(key, 40) && HasServiceNumber(key)) return true;  // "健康热线 96006转3 …"

  if (!ContainsAny(key, cv::kAdvertWords)) return false;
  return HasPhoneNumber(key) || StartsWithAny(key, cv::kAdvertLeads) ||
         ContainsAny(key, cv::kAdvertInvitations);
}

bool IsEditorLine(std::u32string_view key) {
  return ShortLine(key, 60) && !HasSentenceStop(key) && ContainsAny(key, cv::kEditorWords);
}

bool IsWeatherLine(std::u32string_view key) {
  if (!ShortLine(key, 40) || HasSentenceStop(key) || Contains(key, U"，")) return false;
  if (ContainsAny(key, cv::kWeatherWords)) return true;
  // A range of temperatures ("多云 12℃～18℃", "-2～6℃"); one temperature may be in a headline
  // ("周末最高气温将升至35℃").
  const auto degrees = std::count(key.begin(), key.end(), U'℃');
  if (degrees >= 2 || (degrees == 1 && key.find_first_of(U"～~") != std::u32string_view::npos)) {
    return true;
  }
  // "东南风2-3级" / "微风 3级"
  const size_t wind = key.find(U'风');
  return wind != std::u32string_view::npos && Contains(key.substr(wind), U"级");
}

bool IsDatedHeader(std::u32string_view key) {
  if (!ShortLine(key, 50) || HasSentenceStop(key) || Contains(key, U"，")) return false;
  const auto date = FindDate(key);
  if (!date) return false;
  // A date alone ends a notice, and so does a date with where it was signed ("…日于北京"); a
  // header prints the paper, the weekday or the page beside it.
  const std::u32string_view after = Trim(key.substr(date->end));
  if (date->begin == 0 && !after.empty() && after.front() == U'于' && ShortLine(after, 8)) {
    return false;
  }
  const bool more =
      !ShortLine(key.substr(0, date->begin), 0) || !ShortLine(key.substr(date->end), 0);
  return more && (FindWeekday(key) || ShortLine(key, 24));
}

bool IsExtractionResidue(std::u32string_view key) {
  const std::u32string_view t = Trim(key);
  if (t.empty()) return false;
  // "图②", "图二": the number of a picture, printed apart from its caption.
  if (t.size() >= 2 && t.size() <= 3 && t.front() == U'图' &&
      ((t[1] >= U'①' && t[1] <= U'⑳') || IsChineseDigit(t[1]))) {
    return true;
  }
  if (t.find_first_of(U"/<>") == std::u32string_view::npos) return false;
  const bool markup = Contains(t, U"http://") || Contains(t, U"https://") || Contains(t, U"-->") ||
                      Contains(t, U"<!--");
  if (!markup) return false;
  // Text around a web address in a sentence is the article's ("详见网址http://…。").
  return !std::any_of(t.begin(), t.end(), IsHan) ||
         (!HasSentenceStop(t) && !Contains(t, U"，") && !Contains(t, U","));
}

bool IsChartLegend(std::u32string_view key) {
  // "资料来源：中国证监会", "单位：亿元", "制图：张某": a chart's source, unit or maker, on a line
  // of its own.
  if (!ShortLine(key, 48) || HasSentenceStop(key) || Contains(key, U"，")) return false;
  const std::u32string k = StripSpaces(key);
  return StartsWithAny(k, cv::kTableSourceLeads) || StartsWith(k, U"单位:") ||
         StartsWith(k, U"單位:") || StartsWith(k, U"制图:") || StartsWith(k, U"製圖:");
}

bool IsMailboxLine(std::u32string_view key) {
  return key.find(U'@') != std::u32string_view::npos && ShortLine(key, 60) &&
         ContainsAny(key, cv::kMailboxWords);
}

bool IsDisclaimerLine(std::u32string_view key) {
  return ShortLine(key, 60) && ContainsAny(key, cv::kDisclaimerWords);
}

}  // namespace paperdex::parser
