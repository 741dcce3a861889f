#include "paperdex/issue_parser.h"

#include <unicode/translit.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <memory>
#include <mutex>
#include <sstream>
#include <unordered_map>
#include <unordered_set>

#include "conventions.h"
#include "paperdex/charset.h"
#include "paperdex/error.h"
#include "paperdex/masthead.h"
#include "paperdex/text.h"

namespace paperdex {
namespace {

namespace cv = conventions;

// Longest line that a title (kicker, headline, subheadline, label) may be, in characters.
constexpr size_t kMaxTitleChars = 40;
// Longest line accepted at all: a file with a longer one is not issue text.
constexpr size_t kMaxLineBytes = 256 * 1024;
// Longest masthead, in non-blank lines.
constexpr int kMaxMastheadLines = 8;
// Longest text that a photo credit at its end makes a caption.
constexpr size_t kMaxCaptionChars = 80;
// Briefs are short: a longer article ends a run of items under a brief label.
constexpr size_t kMaxBriefChars = 600;

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

struct Line {
  std::u32string text;  // trimmed, as printed
  std::u32string key;   // width-folded, for matching
  bool indented = false;
  int indent_width = 0;  // display columns of the white space before the text
  LineKind kind = LineKind::kBody;
  int page_ref = 0;
  std::u32string page_name;
  bool maybe_name = false;  // a bare author name ("唐剑华")
  bool advert = false;
  std::vector<Byline> bylines;
};

// ---------------------------------------------------------------------------------------------
// Character classes.

bool IsIn(char32_t c, std::u32string_view set) { return set.find(c) != std::u32string_view::npos; }

// Ends a sentence, so a paragraph that ends with it is complete.
bool ClosesParagraph(char32_t c) { return IsIn(c, U"。！？!?…；;」』”’）)】〕]"); }
// Punctuation inside a sentence, never at the end of a finished one.
bool OpensContinuation(char32_t c) { return IsIn(c, U"，,、：:（(“‘《〔[【—"); }

bool HasSentenceStop(std::u32string_view t) {
  for (char32_t c : t) {
    if (c == U'。' || c == U'；' || c == ';') return true;
  }
  return false;
}

size_t CountNonSpace(std::u32string_view t) {
  size_t n = 0;
  for (char32_t c : t) n += !IsSpace(c);
  return n;
}

// Whether CountNonSpace(t) <= n, without reading past what decides it.
bool ShortLine(std::u32string_view t, size_t n) {
  if (t.size() <= n) return true;
  size_t count = 0;
  for (char32_t c : t) {
    if (!IsSpace(c) && ++count > n) return false;
  }
  return true;
}

bool StartsWithAny(std::u32string_view t, std::span<const std::u32string_view> rows,
                   size_t* len = nullptr) {
  for (auto r : rows) {
    if (StartsWith(t, r)) {
      if (len) *len = r.size();
      return true;
    }
  }
  return false;
}

bool ContainsAny(std::u32string_view t, std::span<const std::u32string_view> rows) {
  for (auto r : rows) {
    if (Contains(t, r)) return true;
  }
  return false;
}

bool EndsWithAny(std::u32string_view t, std::span<const std::u32string_view> rows) {
  for (auto r : rows) {
    if (EndsWith(t, r)) return true;
  }
  return false;
}

bool ContainsRow(std::span<const std::u32string_view> rows, std::u32string_view row) {
  return std::find(rows.begin(), rows.end(), row) != rows.end();
}

// The text inside one pair of brackets that wraps the whole of `t`, or `t` itself.
std::u32string_view Unwrap(std::u32string_view t) {
  t = Trim(t);
  if (t.size() >= 2 &&
      ((t.front() == U'（' && t.back() == U'）') || (t.front() == '(' && t.back() == ')') ||
       (t.front() == U'【' && t.back() == U'】') || (t.front() == '[' && t.back() == ']'))) {
    return Trim(t.substr(1, t.size() - 2));
  }
  return t;
}

// ---------------------------------------------------------------------------------------------
// Bylines.

bool IsNameChar(char32_t c) { return IsHan(c) || c == U'·' || c == U'•' || c == U'・'; }

bool StartsWithSurname(std::u32string_view name) {
  if (StartsWithAny(name, cv::kCompoundSurnames)) return true;
  return !name.empty() && IsIn(name[0], cv::kSurnames);
}

// A personal name: 2–4 Han characters, or a transcribed name with a middle dot (阿不都·热合曼).
bool IsPersonName(std::u32string_view n) {
  if (n.size() < 2) return false;
  const bool dotted = n.find_first_of(U"·•・") != std::u32string_view::npos;
  if (n.size() > (dotted ? 12u : 4u)) return false;
  for (char32_t c : n) {
    if (!IsNameChar(c)) return false;
  }
  return !IsIn(n.front(), U"·•・") && !IsIn(n.back(), U"·•・");
}

// Finds a byline role at `pos`: an optional organisation (本报, 株洲日报, 新华社) and a role word.
// Returns the role's length, or 0.
size_t RoleAt(std::u32string_view t, size_t pos) {
  static const std::unordered_set<char32_t> first_chars = [] {
    std::unordered_set<char32_t> set;
    for (auto role : cv::kBylineRoles) set.insert(role.front());
    return set;
  }();
  const size_t limit = std::min(t.size(), pos + 14);
  for (size_t j = pos; j < limit; ++j) {
    if (j > pos && !IsHan(t[j - 1])) break;
    if (!first_chars.count(t[j])) continue;
    for (auto role : cv::kBylineRoles) {
      if (!StartsWith(t.substr(j), role)) continue;
      if (j == pos) return role.size();
      const std::u32string_view org = t.substr(pos, j - pos);
      if (org.size() >= 2 &&
          std::any_of(cv::kRoleOrganisationEndings.begin(), cv::kRoleOrganisationEndings.end(),
                      [&](std::u32string_view e) { return EndsWith(org, e); })) {
        return j - pos + role.size();
      }
    }
  }
  return 0;
}

bool IsBylineSeparator(char32_t c) { return IsSpace(c) || IsIn(c, U"/／∕╱:：、，,|｜"); }

// Parses a whole line as bylines: roles followed by names. With `bare`, names with no role are
// accepted too ("唐剑华"). Returns false, leaving `out` alone, when any part of the line is not a
// role or a name.
bool ParseBylines(std::u32string_view line, bool bare, std::vector<Byline>* out) {
  if (line.size() > 80) return false;
  std::u32string t = FoldWidth(Unwrap(line));
  // Leads such as "文/图" or "□", and endings such as "摄" or "报道".
  for (bool again = true; again;) {
    again = false;
    for (auto lead : cv::kBylineLeads) {
      std::u32string folded_lead = FoldWidth(lead);
      if (StartsWith(t, folded_lead) && t.size() > folded_lead.size()) {
        t = std::u32string(Trim(std::u32string_view(t).substr(folded_lead.size())));
        again = true;
      }
    }
  }
  bool photo = false;
  for (bool again = true; again;) {
    again = false;
    for (auto end : cv::kPhotoCreditEndings) {
      if (EndsWith(t, end) && t.size() > end.size()) {
        t = std::u32string(Trim(std::u32string_view(t).substr(0, t.size() - end.size())));
        photo = again = true;
      }
    }
    for (auto end : cv::kBylineEndings) {
      if (EndsWith(t, end) && t.size() > end.size()) {
        t = std::u32string(Trim(std::u32string_view(t).substr(0, t.size() - end.size())));
        again = true;
        // "記者 王冠宇／台北報導": the place the report was filed from.
        const size_t slash = t.find_last_of(U"/／∕╱");
        if (slash != std::u32string::npos && slash + 1 < t.size() && t.size() - slash - 1 <= 4 &&
            std::all_of(t.begin() + static_cast<std::ptrdiff_t>(slash) + 1, t.end(), IsHan)) {
          t = std::u32string(Trim(std::u32string_view(t).substr(0, slash)));
        }
      }
    }
  }
  if (t.empty() || t.size() > 60) return false;
  std::vector<Byline> found;
  std::optional<std::u32string> role;
  bool any_role = false;
  size_t i = 0;
  while (i < t.size()) {
    if (IsBylineSeparator(t[i])) {
      ++i;
      continue;
    }
    // "文/记者 孙悦 图/通讯员 何明": what each name did, before the role.
    if (i + 1 < t.size() && t[i + 1] == '/' && IsIn(t[i], U"文图圖")) {
      photo = t[i] != U'文';
      i += 2;
      continue;
    }
    if (const size_t len = RoleAt(t, i)) {
      role = t.substr(i, len);
      any_role = true;
      i += len;
      continue;
    }
    size_t j = i;
    while (j < t.size() && IsNameChar(t[j]) && (j == i || RoleAt(t, j) == 0)) ++j;
    if (j == i) return false;
    std::u32string name = t.substr(i, j - i);
    // A name spaced out to line up with three-character names: "王 五".
    if (name.size() == 1) {
      size_t k = j;
      while (k < t.size() && IsSpace(t[k])) ++k;
      size_t m = k;
      while (m < t.size() && IsNameChar(t[m]) && m - k < 3) ++m;
      if (m > k && m - k <= 2 && (m == t.size() || !IsNameChar(t[m]))) {
        name += t.substr(k, m - k);
        j = m;
      }
    }
    if (!IsPersonName(name)) return false;
    if (StartsWithAny(name, cv::kNotNames)) return false;
    if (!role && !bare && !photo) return false;  // "陆永福摄": a credit needs no role
    if (!role && !StartsWithSurname(name)) return false;
    Byline b;
    if (role) b.role = ToUtf8(*role);
    b.name = ToUtf8(name);
    b.photo = photo;
    found.push_back(std::move(b));
    i = j;
  }
  if (found.empty() && role && ContainsAny(*role, cv::kEditorialRoles)) {
    // "本报评论员": the editorial voice signs with the role alone.
    Byline b;
    b.name = ToUtf8(*role);
    found.push_back(std::move(b));
  }
  if (found.empty()) return false;
  if (!any_role && found.size() > 3) return false;
  out->insert(out->end(), found.begin(), found.end());
  return true;
}

void AddBylines(const std::vector<Byline>& add, std::vector<Byline>* to) {
  for (const Byline& b : add) {
    if (std::find(to->begin(), to->end(), b) == to->end()) to->push_back(b);
  }
}

// ---------------------------------------------------------------------------------------------
// Page references.

enum class RefKind { kNone, kTeaser, kContinuedOn, kContinuedFrom };

// A reference line or fragment such as "全文见 08版", "（下转第3版）", "上接第1版": its kind and
// page.
RefKind ParseRef(std::u32string_view text, int* page) {
  const std::u32string_view t = Unwrap(text);
  struct Form {
    std::span<const std::u32string_view> leads;
    RefKind kind;
  };
  for (const Form& form : {Form{cv::kTeaserLeads, RefKind::kTeaser},
                           Form{cv::kContinuedOnLeads, RefKind::kContinuedOn},
                           Form{cv::kContinuedFromLeads, RefKind::kContinuedFrom}}) {
    size_t len = 0;
    if (!StartsWithAny(t, form.leads, &len)) continue;
    size_t p = len;
    while (p < t.size() && IsSpace(t[p])) ++p;
    // "见第4版" has its 第 inside the lead.
    size_t end = 0;
    std::optional<int> n = ParsePageRef(t, p, &end);
    if (!n && len > 0 && t[len - 1] == U'第') n = ParsePageRef(t, len - 1, &end);
    if (!n) continue;
    while (end < t.size() && (IsSpace(t[end]) || IsIn(t[end], U"。.）)"))) ++end;
    if (end != t.size()) continue;
    *page = *n;
    return form.kind;
  }
  return RefKind::kNone;
}

// A reference in brackets at the end (or the start) of a paragraph; removes it from `para`.
RefKind TakeTrailingRef(std::u32string& para, int* page) {
  if (para.empty() || FoldWidth(para.back()) != ')') return RefKind::kNone;
  const std::u32string key = FoldWidth(para);
  if (key.empty() || (key.back() != ')')) return RefKind::kNone;
  const size_t open = key.rfind('(');
  if (open == std::u32string::npos) return RefKind::kNone;
  const RefKind kind = ParseRef(std::u32string_view(key).substr(open), page);
  if (kind != RefKind::kNone)
    para = std::u32string(Trim(std::u32string_view(para).substr(0, open)));
  return kind;
}

RefKind TakeLeadingRef(std::u32string& para, int* page) {
  if (para.empty() || FoldWidth(para.front()) != '(') return RefKind::kNone;
  const std::u32string key = FoldWidth(para);
  if (key.empty() || key.front() != '(') return RefKind::kNone;
  const size_t close = key.find(')');
  if (close == std::u32string::npos) return RefKind::kNone;
  const RefKind kind = ParseRef(std::u32string_view(key).substr(0, close + 1), page);
  if (kind != RefKind::kNone)
    para = std::u32string(Trim(std::u32string_view(para).substr(close + 1)));
  return kind;
}

// ---------------------------------------------------------------------------------------------
// Line classification.

bool IsTitleLike(std::u32string_view key) {
  const size_t n = CountNonSpace(key);
  if (n == 0 || n > kMaxTitleChars) return false;
  if (HasSentenceStop(key)) return false;
  // Headlines are terse: two commas, or one in a long line, make a sentence.
  const auto commas =
      std::count(key.begin(), key.end(), U'，') + std::count(key.begin(), key.end(), U',');
  if (commas >= 2 || (commas == 1 && n > 24)) return false;
  const char32_t last = key.back();
  if (OpensContinuation(last) && last != U'】' && last != ']') return false;
  if (IsIn(last, U"…")) return false;
  // A remark in brackets belongs to the text around it.
  if ((key.front() == '(' && last == ')') || (key.front() == U'（' && last == U'）')) return false;
  // A quotation or title left open goes on in the next line.
  const auto open = [&](char32_t a, char32_t b) {
    return std::count(key.begin(), key.end(), a) > std::count(key.begin(), key.end(), b);
  };
  if (open(U'“', U'”') || open(U'《', U'》') || open('(', ')') || open(U'「', U'」')) return false;
  return true;
}

bool IsBareName(std::u32string_view key) {
  std::vector<Byline> names;
  return ShortLine(key, 14) && ParseBylines(key, true, &names) &&
         std::all_of(names.begin(), names.end(), [](const Byline& b) { return !b.role; });
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

bool IsEditorLine(std::u32string_view key) {
  return ShortLine(key, 60) && !HasSentenceStop(key) && ContainsAny(key, cv::kEditorWords);
}

bool IsWeatherLine(std::u32string_view key) {
  if (!ShortLine(key, 40) || HasSentenceStop(key) || Contains(key, U"，")) return false;
  if (ContainsAny(key, cv::kWeatherWords)) return true;
  // "东南风2-3级" / "微风 3级"
  const size_t wind = key.find(U'风');
  return wind != std::u32string_view::npos && Contains(key.substr(wind), U"级");
}

bool IsAdvertLine(std::u32string_view key) {
  if (!ShortLine(key, 50) || HasSentenceStop(key)) return false;
  if (key.front() == '(' && key.back() == ')')
    return false;  // "（咨询电话：…）" belongs to a story
  if (HasPhoneNumber(key) && ShortLine(key, 40) && ContainsAny(key, cv::kTelephoneWords)) {
    return true;  // "钢琴调律 上门服务 电话：13805712468"
  }
  if (!ContainsAny(key, cv::kAdvertWords)) return false;
  return HasPhoneNumber(key) || StartsWithAny(key, cv::kAdvertLeads) ||
         ContainsAny(key, cv::kAdvertInvitations);
}

bool IsContentsHeader(std::u32string_view key) {
  const std::u32string_view t = Unwrap(key);
  return ShortLine(t, 6) && StartsWithAny(t, cv::kContentsWords);
}

// "要闻速览……A02" or "经济 3版": an entry of a table of contents.
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

// A row of a table: three cells or more, two of them numbers ("菠菜 4.00 4.80 -16.7%"); a header
// row has no number.
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

// A header line that prints the date and the page ("西江晚报 2023年5月12日 星期五 A3 城事").
bool IsDatedHeader(std::u32string_view key) {
  if (!ShortLine(key, 50) || HasSentenceStop(key) || Contains(key, U"，")) return false;
  const auto date = FindDate(key);
  if (!date) return false;
  // A date alone ends a notice; a header prints the paper, the weekday or the page beside it.
  const bool more =
      !ShortLine(key.substr(0, date->begin), 0) || !ShortLine(key.substr(date->end), 0);
  return more && (FindWeekday(key) || ShortLine(key, 24));
}

void Classify(Line& line) {
  const std::u32string_view k = line.key;
  if (k.empty()) {
    line.kind = LineKind::kBlank;
    return;
  }
  if (auto marker = ParsePageMarker(k)) {
    line.kind = LineKind::kPage;
    line.page_ref = marker->page;
    line.page_name = marker->name;
    return;
  }
  if (IsPageNumberLine(k)) {  // "- 3 -", "3": a page number printed in the margin
    line.kind = LineKind::kNoise;
    return;
  }
  if (IsAdvertLine(k)) {
    line.kind = LineKind::kNoise;
    line.advert = true;
    return;
  }
  if (IsEditorLine(k) || IsWeatherLine(k) || IsDatedHeader(k) ||
      (ShortLine(k, 60) && ContainsAny(k, cv::kDisclaimerWords))) {
    line.kind = LineKind::kNoise;
    return;
  }
  int page = 0;
  switch (ParseRef(k, &page)) {
    case RefKind::kTeaser:
      line.kind = LineKind::kTeaserRef;
      line.page_ref = page;
      return;
    case RefKind::kContinuedOn:
      line.kind = LineKind::kContinuedOn;
      line.page_ref = page;
      return;
    case RefKind::kContinuedFrom:
      line.kind = LineKind::kContinuedFrom;
      line.page_ref = page;
      return;
    case RefKind::kNone:
      break;
  }
  if (StartsWithAny(k, cv::kSubheadlineDashes)) {
    size_t b = 0;
    while (b < k.size() && IsIn(k[b], U"—-─－ ")) ++b;
    if (b < k.size() && !HasSentenceStop(k) && ShortLine(k, kMaxTitleChars + 8)) {
      line.kind = LineKind::kDash;
      return;
    }
  }
  if (StartsWithAny(k, cv::kCaptionLeads)) {
    line.kind = LineKind::kCaption;
    return;
  }
  if (StartsWithAny(k,
                    cv::kInterviewLeads)) {  // 问：… is a question in an interview, never a title
    line.kind = LineKind::kBody;
    return;
  }
  std::vector<Byline> bylines;
  if (ParseBylines(k, false, &bylines)) {
    line.kind = bylines.front().photo ? LineKind::kCredit : LineKind::kByline;
    line.bylines = std::move(bylines);
    return;
  }
  if (IsTitleLike(k)) {
    line.kind = LineKind::kTitle;
    line.maybe_name = IsBareName(k);
    return;
  }
  line.kind = LineKind::kBody;
}

// ---------------------------------------------------------------------------------------------
// Junk: runs of a repeated short line, orphan 【…】 labels, tables of contents.

bool IsOrphanLabel(std::u32string_view key) {
  const std::u32string_view t = Trim(key);
  if (t.size() < 3 || t.size() > 14) return false;
  const bool bracketed =
      (t.front() == U'【' && t.back() == U'】') || (t.front() == '[' && t.back() == ']');
  return bracketed && t.find_first_of(U"】]") == t.size() - 1;
}

void MarkJunk(std::vector<Line>& lines) {
  // Orphan labels and tables of contents.
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
  // Characters printed one a line (a vertical label: 今/日/关/注).
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
  // Tables: rows of numbers, with their header, their title and their source line.
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
  // A short line repeated three times or more within a short stretch of the file.
  std::unordered_map<std::u32string, std::vector<size_t>> where;
  for (size_t i = 0; i < lines.size(); ++i) {
    const Line& l = lines[i];
    if (l.kind == LineKind::kBlank || l.kind == LineKind::kPage || !ShortLine(l.key, 24)) continue;
    where[StripSpaces(l.key)].push_back(i);
  }
  std::vector<size_t> non_blank_rank(lines.size(), 0);
  std::vector<int> page_of(lines.size(), 0);
  size_t rank = 0;
  int page = 0;
  for (size_t i = 0; i < lines.size(); ++i) {
    if (lines[i].kind != LineKind::kBlank) ++rank;
    if (lines[i].kind == LineKind::kPage) page = lines[i].page_ref;
    non_blank_rank[i] = rank;
    page_of[i] = page;
  }
  for (const auto& [key, at] : where) {
    if (at.size() < 3) continue;
    const size_t span = non_blank_rank[at.back()] - non_blank_rank[at.front()] + 1;
    const bool dense = span <= 2 * at.size() + 2;
    // Page furniture repeated on every page: the same line on three pages or more.
    std::unordered_set<int> pages;
    for (size_t i : at) pages.insert(page_of[i]);
    const bool furniture = pages.size() >= 3 && pages.size() * 2 >= at.size() &&
                           lines[at.front()].kind != LineKind::kByline;
    if (dense || furniture) {
      for (size_t i : at) lines[i].kind = LineKind::kNoise;
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Hard-wrapped layouts: every body line cut at the column width.

// The column width (display columns) when most body lines are cut at one width, else 0.
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

// Joins the lines of a hard-wrapped layout back into paragraphs: a line cut at the column width
// goes on in the next line unless that one is indented.
void Unwrap(std::vector<Line>& lines) {
  const int width = WrapWidth(lines);
  if (width == 0) return;
  auto joinable = [](const Line& l) {
    return l.kind == LineKind::kBody || l.kind == LineKind::kTitle;
  };
  std::vector<Line> out;
  out.reserve(lines.size());
  for (Line& l : lines) {
    if (!out.empty()) {
      Line& prev = out.back();
      if (joinable(prev) && joinable(l) && !l.indented &&
          DisplayWidth(prev.text) + prev.indent_width >= width - 3 &&
          !(prev.key.size() && ClosesParagraph(prev.key.back()) && l.kind == LineKind::kTitle)) {
        prev.text += l.text;
        prev.key += l.key;
        Classify(prev);
        continue;
      }
    }
    out.push_back(std::move(l));
  }
  lines = std::move(out);
}

// ---------------------------------------------------------------------------------------------
// Datelines.

// Moves a dateline (and the byline in brackets after it) from the start of `para` into `a`.
struct Draft;
void TakeDateline(std::u32string& para, std::optional<std::string>* dateline,
                  std::vector<Byline>* bylines) {
  // 【本報訊】… or 〔記者 林佩珊／高雄報導〕…: a dateline or a byline in brackets.
  if (!para.empty() && IsIn(para.front(), U"【〔[［")) {
    const size_t close = para.find_first_of(U"】〕]］");
    if (close != std::u32string::npos && close > 1 && close < 40) {
      const std::u32string inner(Trim(std::u32string_view(para).substr(1, close - 1)));
      std::vector<Byline> found;
      const bool plain =
          StartsWithAny(FoldWidth(inner), cv::kPlainDatelines) && ShortLine(inner, 8);
      if (plain || ParseBylines(inner, false, &found)) {
        if (plain) *dateline = ToUtf8(inner);
        AddBylines(found, bylines);
        para = std::u32string(Trim(std::u32string_view(para).substr(close + 1)));
        if (!plain) TakeDateline(para, dateline, bylines);
        return;
      }
    }
  }
  const std::u32string key = FoldWidth(para);
  size_t end = 0;
  if (!StartsWithAny(key, cv::kPlainDatelines, &end)) {
    // <source><place><month>月<day>日<电|讯>, e.g. 新华社北京3月7日电, 本报长沙6月9日讯.
    size_t p = 0;
    while (p < key.size() && p < 16 && IsHan(key[p]) && !IsChineseDigit(key[p])) ++p;
    if (p < 2) return;
    size_t q = p;
    while (q < key.size() && q < p + 12 &&
           (std::isdigit(static_cast<int>(key[q] < 128 ? key[q] : 0)) || IsChineseDigit(key[q]) ||
            IsIn(key[q], U"月日 "))) {
      ++q;
    }
    if (q == p || key[q - 1] != U'日') return;
    size_t len = 0;
    if (!StartsWithAny(std::u32string_view(key).substr(q), cv::kDatelineEndings, &len)) return;
    const std::u32string_view source = std::u32string_view(key).substr(0, p);
    const bool known =
        StartsWithAny(source, cv::kDatelineSources) ||
        std::any_of(cv::kRoleOrganisationEndings.begin(), cv::kRoleOrganisationEndings.end(),
                    [&](std::u32string_view e) { return Contains(source, e); });
    if (!known) return;
    end = q + len;
  }
  std::u32string text = std::u32string(Trim(std::u32string_view(para).substr(0, end)));
  size_t p = end;
  while (p < key.size() && IsSpace(key[p])) ++p;
  if (p < key.size() && key[p] == '(') {
    const size_t close = key.find(')', p);
    if (close != std::u32string::npos) {
      std::vector<Byline> found;
      if (ParseBylines(std::u32string_view(key).substr(p + 1, close - p - 1), false, &found)) {
        AddBylines(found, bylines);
        p = close + 1;
      }
    }
  }
  while (p < key.size() && (IsSpace(key[p]) || key[p] == ':')) ++p;
  *dateline = ToUtf8(text);
  para = para.substr(p);
}

// Moves a byline in brackets at the end of a body ("……。（记者 吴十 通讯员 郑十一）") into
// `bylines`.
bool TakeTrailingByline(std::u32string& para, std::vector<Byline>* bylines) {
  if (para.empty() || FoldWidth(para.back()) != ')') return false;
  const std::u32string key = FoldWidth(para);
  if (key.empty() || key.back() != ')') return false;
  const size_t open = key.rfind('(');
  if (open == std::u32string::npos) return false;
  std::vector<Byline> found;
  if (!ParseBylines(std::u32string_view(key).substr(open + 1, key.size() - open - 2), false,
                    &found)) {
    return false;
  }
  AddBylines(found, bylines);
  para = std::u32string(Trim(std::u32string_view(para).substr(0, open)));
  return true;
}

// Splits a photo credit off the end of a caption or paragraph ("图为…。 记者 何春林 摄").
bool TakeTrailingCredit(std::u32string& text, std::vector<Byline>* bylines) {
  if (text.empty()) return false;
  // "…調試。（記者 黃志強攝）"
  if (IsIn(text.back(), U"）)")) {
    const size_t open = text.find_last_of(U"（(");
    std::vector<Byline> found;
    if (open != std::u32string::npos && open + 2 < text.size() &&
        IsIn(text[text.size() - 2], U"摄攝") &&
        ParseBylines(std::u32string_view(text).substr(open + 1, text.size() - open - 2), false,
                     &found)) {
      AddBylines(found, bylines);
      text = std::u32string(Trim(std::u32string_view(text).substr(0, open)));
      return true;
    }
  }
  if (!IsIn(text.back(), U"摄攝道")) return false;
  const std::u32string key = FoldWidth(text);
  if (!std::any_of(cv::kPhotoCreditEndings.begin(), cv::kPhotoCreditEndings.end(),
                   [&](std::u32string_view e) { return EndsWith(key, e); })) {
    return false;
  }
  // Try each split point after a sentence end or a space, longest credit first.
  for (size_t i = 0; i < key.size(); ++i) {
    if (!(IsSpace(key[i]) || ClosesParagraph(key[i]))) continue;
    std::vector<Byline> found;
    if (ParseBylines(std::u32string_view(key).substr(i + 1), false, &found)) {
      AddBylines(found, bylines);
      text = std::u32string(Trim(std::u32string_view(text).substr(0, i + 1)));
      return true;
    }
  }
  return false;
}

// ---------------------------------------------------------------------------------------------
// Assembly.

struct Draft {
  Article article;
  std::vector<std::u32string> paragraphs;
  std::optional<std::u32string> column;  // a column label printed with the article
  std::u32string page_name;
  bool open_paragraph = false;  // the last paragraph stops mid-sentence
  bool teaser = false;
  bool byline_line = false;  // a byline printed on a line of its own
};

struct TitleLine {
  std::u32string text;
  bool dash = false;
};

// Longest a column label is, in characters.
constexpr size_t kMaxColumnChars = 8;

bool IsColumnLabel(std::u32string_view t) {
  const std::u32string_view s = Trim(t);
  if (s.find_first_of(cv::kColumnMarks) != std::u32string_view::npos && ShortLine(s, 10))
    return true;
  if (ShortLine(s, kMaxColumnChars) && ContainsAny(FoldWidth(s), cv::kColumnWords)) return true;
  for (auto rows : {cv::kBriefLabels, cv::kCommentaryLabels, cv::kPhotoLabels}) {
    for (auto r : rows) {
      if (s == r) return true;
    }
  }
  return false;
}

std::string Utf8Trimmed(std::u32string_view t) { return ToUtf8(Trim(t)); }

// The same text but for white space.
bool SameText(std::u32string_view a, std::u32string_view b) {
  if (a == b) return true;
  size_t i = 0, j = 0;
  while (true) {
    while (i < a.size() && IsSpace(a[i])) ++i;
    while (j < b.size() && IsSpace(b[j])) ++j;
    if (i == a.size() || j == b.size()) return i == a.size() && j == b.size();
    if (a[i++] != b[j++]) return false;
  }
}

std::u32string StripDashes(std::u32string_view t) {
  size_t b = 0;
  while (b < t.size() && IsIn(t[b], U"—-─－ 　")) ++b;
  return std::u32string(Trim(t.substr(b)));
}

// Gives a headline block's lines their roles: [label] [kicker] headline [——subheadline] [label].
void AssignTitles(std::vector<TitleLine> run, Draft& d) {
  // A line printed twice in a row is printed once.
  run.erase(std::unique(run.begin(), run.end(),
                        [](const TitleLine& a, const TitleLine& b) {
                          return StripSpaces(a.text) == StripSpaces(b.text);
                        }),
            run.end());
  if (run.empty()) return;
  std::vector<TitleLine> before, after;
  std::optional<std::u32string> sub;
  for (TitleLine& t : run) {
    if (t.dash && !sub) {
      sub = StripDashes(t.text);
    } else if (sub) {
      after.push_back(std::move(t));
    } else {
      before.push_back(std::move(t));
    }
  }
  if (before.empty()) {  // only a dash line: it is the headline
    d.article.headline = Utf8Trimmed(*sub);
    return;
  }
  // Labels: at the front when marked as one or very short, at the end after a subheadline.
  if (before.size() >= 2 &&
      (IsColumnLabel(before.front().text) || ShortLine(before.front().text, 3))) {
    d.column = std::u32string(Trim(before.front().text));
    before.erase(before.begin());
  }
  if (!sub && before.size() >= 2 && IsColumnLabel(before.back().text)) {
    d.column = std::u32string(Trim(before.back().text));
    before.pop_back();
  }
  if (!after.empty() && !d.column) d.column = std::u32string(Trim(after.front().text));
  if (!sub && before.size() >= 3) {
    // A short line under the headline is its column; a longer one a subheadline printed without
    // dashes.
    if (ShortLine(before.back().text, kMaxColumnChars) && !d.column) {
      d.column = std::u32string(Trim(before.back().text));
    } else {
      sub = std::u32string(Trim(before.back().text));
    }
    before.pop_back();
  }
  // Of what is left, the last line is the headline and the one before it the kicker. A mark that
  // leads an item ("■滨湖区启动…") is not part of its headline.
  std::u32string_view head = Trim(before.back().text);
  while (!head.empty() && IsIn(head.front(), cv::kSubheadMarks)) head = Trim(head.substr(1));
  d.article.headline = ToUtf8(head);
  if (before.size() >= 2) d.article.kicker = Utf8Trimmed(before[before.size() - 2].text);
  if (sub) d.article.subheadline = Utf8Trimmed(*sub);
}

bool IsNoticeHeadline(std::u32string_view h);

bool MatchesLabel(const std::optional<std::u32string>& label,
                  std::span<const std::u32string_view> rows) {
  return label && ContainsAny(*label, rows);
}

// A numbered subhead inside a body: 一、会议基本情况 / （二）… / 3. …
bool IsNumberedSubhead(std::u32string_view key) {
  size_t p = 0;
  const bool bracket = p < key.size() && key[p] == '(';
  if (bracket) ++p;
  const size_t start = p;
  while (p < key.size() && (IsChineseDigit(key[p]) || (key[p] >= '0' && key[p] <= '9'))) ++p;
  if (p == start || p - start > 3 || p >= key.size()) return false;
  if (bracket) return key[p] == ')';
  return key[p] == U'、' || key[p] == '.' || key[p] == U'．';
}

// The signature or the date under a notice: "滨海市公共交通集团有限公司", "2024年1月16日".
bool IsNoticeSignature(std::u32string_view key) {
  if (const auto d = FindDate(key);
      d && CountNonSpace(key) == CountNonSpace(key.substr(d->begin, d->end - d->begin))) {
    return true;
  }
  if (EndsWithAny(key, cv::kNoticeSignatureEndings)) return true;
  // The contact lines of a notice: "服务热线：96116", "联系人：王先生".
  return ContainsAny(key, cv::kNoticeContactWords) && ShortLine(key, 30);
}

bool StartsWithContactWord(std::u32string_view key) {
  return StartsWithAny(key, cv::kContactLeads);
}

class Assembler {
 public:
  explicit Assembler(const std::vector<Line>& lines) : lines_(lines) {}

  std::vector<Draft> Run();
  std::vector<std::u32string> noise;

 private:
  Draft& Start();
  void Close();
  void AddParagraph(std::u32string para, bool joinable_with_previous);
  void FlushTitlesAsArticle();
  const Line* NextContent(size_t i) const;
  // The article that a part "上接第N版" goes on: on page `from_page`, continued on this page.
  std::optional<size_t> ContinuedStart(int from_page) const;

  const std::vector<Line>& lines_;
  std::vector<Draft> drafts_;
  std::optional<size_t> cur_;
  bool in_body_ = false;
  bool after_subhead_ = false;
  std::vector<TitleLine> titles_;
  std::vector<std::u32string> pending_captions_;
  std::vector<Byline> pending_credits_;
  int page_ = 0;
  std::optional<int> brief_page_;  // the page of the last brief column seen
  std::u32string page_name_;
  bool indented_layout_ = false;
};

const Line* Assembler::NextContent(size_t i) const {
  for (size_t j = i + 1; j < lines_.size(); ++j) {
    if (lines_[j].kind != LineKind::kBlank && lines_[j].kind != LineKind::kNoise) return &lines_[j];
  }
  return nullptr;
}

std::optional<size_t> Assembler::ContinuedStart(int from_page) const {
  for (size_t k = drafts_.size(); k-- > 0;) {
    const Draft& d = drafts_[k];
    if (d.article.page == from_page && d.article.continued_on_page == page_ && !d.teaser) return k;
  }
  return std::nullopt;
}

Draft& Assembler::Start() {
  Close();
  Draft d;
  if (page_ > 0) d.article.page = page_;
  d.page_name = page_name_;
  AssignTitles(std::move(titles_), d);
  titles_.clear();
  if (MatchesLabel(d.column, cv::kBriefLabels)) {
    brief_page_ = page_;
  } else if (d.column || d.article.kicker || d.article.subheadline) {
    brief_page_.reset();  // a full article ends the run of brief items
  }
  drafts_.push_back(std::move(d));
  cur_ = drafts_.size() - 1;
  in_body_ = false;
  after_subhead_ = false;
  Draft& cur = drafts_.back();
  for (auto& c : pending_captions_) cur.article.captions.push_back(ToUtf8(c));
  pending_captions_.clear();
  AddBylines(pending_credits_, &cur.article.bylines);
  pending_credits_.clear();
  return cur;
}

void Assembler::Close() {
  cur_.reset();
  in_body_ = false;
  after_subhead_ = false;
}

void Assembler::AddParagraph(std::u32string para, bool joinable) {
  Draft& d = drafts_[*cur_];
  if (para.empty()) return;
  if (d.paragraphs.empty() && !d.article.dateline) {
    TakeDateline(para, &d.article.dateline, &d.article.bylines);
    if (para.empty()) return;
  }
  if (!d.paragraphs.empty() && d.open_paragraph && joinable) {
    d.paragraphs.back() += para;
  } else if (d.paragraphs.empty() || !SameText(d.paragraphs.back(), para)) {
    d.paragraphs.push_back(std::move(para));
  }
  const std::u32string& last = d.paragraphs.back();
  d.open_paragraph = !last.empty() && !ClosesParagraph(FoldWidth(last.back()));
  in_body_ = true;
}

// Title lines with nothing after them: a headline whose text is missing, kept as an article when it
// is a real block (two lines or more), else dropped as a stray label.
void Assembler::FlushTitlesAsArticle() {
  if (titles_.empty()) return;
  if (titles_.size() >= 2) {
    Start();
    Close();
  } else {
    noise.push_back(titles_.front().text);
    titles_.clear();
  }
}

std::vector<Draft> Assembler::Run() {
  size_t body_lines = 0, indented = 0;
  for (const Line& l : lines_) {
    if (l.kind == LineKind::kBody) {
      ++body_lines;
      indented += l.indented;
    }
  }
  indented_layout_ = body_lines > 0 && indented * 10 >= body_lines * 3;

  for (size_t i = 0; i < lines_.size(); ++i) {
    const Line& l = lines_[i];
    switch (l.kind) {
      case LineKind::kBlank:
        break;
      case LineKind::kNoise:
        // A notice's own contact line ("联系电话：…") closes its text.
        if (l.advert && cur_ && in_body_ && titles_.empty() &&
            IsNoticeHeadline(ToU32(drafts_[*cur_].article.headline)) &&
            StartsWithContactWord(l.key)) {
          AddParagraph(l.text, false);
          break;
        }
        // The short lines just before an advertisement's telephone line are the advertisement.
        if (l.advert) {
          for (const TitleLine& t : titles_) noise.push_back(t.text);
          titles_.clear();
        }
        noise.push_back(l.text);
        break;
      case LineKind::kPage:
        FlushTitlesAsArticle();
        Close();
        page_ = l.page_ref;
        page_name_ = l.page_name;
        noise.push_back(l.text);
        break;
      case LineKind::kTitle:
      case LineKind::kDash: {
        const Line* next = NextContent(i);
        const bool in_article_body = cur_ && in_body_;
        const char32_t first = l.key.empty() ? 0 : l.key.front();
        // Under a brief column, a marked line ("■滨湖区启动春季植树护绿行动") heads the next item.
        if (in_article_body && titles_.empty() && IsIn(first, cv::kSubheadMarks) &&
            l.kind == LineKind::kTitle && brief_page_ == page_) {
          titles_.push_back({l.text, false});
          break;
        }
        // An inner subhead ("●直奔现场") and the line right after it stay in the body.
        if (in_article_body && titles_.empty() &&
            (IsIn(first, cv::kSubheadMarks) || IsNumberedSubhead(l.key) ||
             (after_subhead_ && l.kind == LineKind::kTitle))) {
          AddParagraph(l.text, false);
          drafts_[*cur_].open_paragraph = false;
          after_subhead_ = IsIn(first, cv::kSubheadMarks);
          break;
        }
        if (in_article_body && titles_.empty() && l.kind == LineKind::kTitle &&
            IsNoticeHeadline(ToU32(drafts_[*cur_].article.headline)) && !IsNoticeHeadline(l.key) &&
            (IsNoticeSignature(l.key) || IsIn(l.key.back(), U"!?"))) {
          AddParagraph(l.text, false);
          drafts_[*cur_].open_paragraph = false;
          break;
        }
        // A short line that goes on in the next is the head of a broken paragraph: in a body, or
        // right under a headline block that a subheadline closed.
        const bool block_closed = !titles_.empty() && titles_.back().dash;
        if ((in_article_body || block_closed) && (titles_.empty() || block_closed) &&
            l.kind == LineKind::kTitle && next && next->kind == LineKind::kBody &&
            Contains(l.key, U",") && !l.maybe_name) {
          if (block_closed) Start();
          AddParagraph(l.text, drafts_[*cur_].open_paragraph);
          drafts_[*cur_].open_paragraph = true;
          break;
        }
        // After the byline, before any text: the first line of a broken paragraph, not a title.
        if (cur_ && !in_body_ && titles_.empty() && l.kind == LineKind::kTitle && !l.maybe_name &&
            next && next->kind == LineKind::kBody && !drafts_[*cur_].article.bylines.empty() &&
            !IsColumnLabel(l.text) && !IsIn(first, cv::kSubheadMarks)) {
          AddParagraph(l.text, false);
          drafts_[*cur_].open_paragraph = !ClosesParagraph(l.key.back());
          break;
        }
        // A bare name between a headline and the body is the author.
        if (l.maybe_name && !titles_.empty() && next && next->kind == LineKind::kBody) {
          std::vector<Byline> names;
          ParseBylines(l.key, true, &names);
          Draft& d = Start();
          AddBylines(names, &d.article.bylines);
          break;
        }
        if (in_article_body && titles_.empty() && l.kind == LineKind::kDash) {
          AddParagraph(l.text, false);  // "——摘自…" inside a body
          break;
        }
        titles_.push_back({l.text, l.kind == LineKind::kDash});
        break;
      }
      case LineKind::kByline:
        if (!titles_.empty()) {
          Start();
        } else if (!cur_) {
          // A byline with no headline before it: the article's own start is missing.
          Start();
        }
        if (!in_body_)
          drafts_[*cur_].byline_line = true;  // a byline over the text, as full articles have
        AddBylines(l.bylines, &drafts_[*cur_].article.bylines);
        break;
      case LineKind::kCredit:
        if (!titles_.empty()) Start();
        if (cur_) {
          AddBylines(l.bylines, &drafts_[*cur_].article.bylines);
        } else if (!drafts_.empty() && drafts_.back().article.page ==
                                           (page_ ? std::optional<int>(page_) : std::nullopt)) {
          AddBylines(l.bylines, &drafts_.back().article.bylines);
        } else {
          AddBylines(l.bylines, &pending_credits_);
        }
        break;
      case LineKind::kCaption: {
        std::u32string text = l.text;
        std::vector<Byline> credit;
        TakeTrailingCredit(text, &credit);
        if (!titles_.empty()) Start();
        if (cur_) {
          drafts_[*cur_].article.captions.push_back(ToUtf8(text));
          AddBylines(credit, &drafts_[*cur_].article.bylines);
        } else {
          pending_captions_.push_back(text);
          AddBylines(credit, &pending_credits_);
        }
        break;
      }
      case LineKind::kTeaserRef: {
        if (!titles_.empty()) Start();
        if (cur_) {
          Draft& d = drafts_[*cur_];
          d.teaser = true;
          d.article.continued_on_page = l.page_ref;
        }
        noise.push_back(l.text);
        Close();
        break;
      }
      case LineKind::kContinuedOn:
        if (!titles_.empty()) Start();
        if (cur_) drafts_[*cur_].article.continued_on_page = l.page_ref;
        noise.push_back(l.text);
        Close();
        break;
      case LineKind::kContinuedFrom: {
        const std::optional<size_t> start = ContinuedStart(l.page_ref);
        noise.push_back(l.text);
        if (start) {
          for (const TitleLine& t : titles_) noise.push_back(t.text);  // the headline printed again
          titles_.clear();
          Close();
          cur_ = *start;  // a sentence cut by the jump goes on here
          in_body_ = true;
        } else {
          Draft& d = Start();
          d.article.continued_from_page = l.page_ref;
        }
        break;
      }
      case LineKind::kBody: {
        std::u32string para = l.text;
        int ref_page = 0;
        const RefKind lead = TakeLeadingRef(para, &ref_page);
        if (lead == RefKind::kContinuedFrom) {
          const std::optional<size_t> start = ContinuedStart(ref_page);
          if (start) {
            titles_.clear();
            Close();
            cur_ = *start;
          } else {
            Draft& d = Start();
            d.article.continued_from_page = ref_page;
          }
        }
        const RefKind trail = TakeTrailingRef(para, &ref_page);
        std::vector<Byline> credit;
        // A short line with a photo credit at its end is a caption ("市民在绿道骑行。 记者 X 摄").
        const bool caption = TakeTrailingCredit(para, &credit) &&
                             ShortLine(para, kMaxCaptionChars) && cur_ && in_body_ &&
                             titles_.empty();
        if (caption) {
          drafts_[*cur_].article.captions.push_back(ToUtf8(para));
          AddBylines(credit, &drafts_[*cur_].article.bylines);
          break;
        }
        if (!titles_.empty()) Start();
        if (!cur_) {
          if (!drafts_.empty() &&
              drafts_.back().article.page == (page_ ? std::optional<int>(page_) : std::nullopt) &&
              !drafts_.back().teaser && !drafts_.back().article.continued_on_page) {
            cur_ = drafts_.size() - 1;  // text that goes on after a caption or a credit
          } else {
            Start();
          }
        }
        const bool joinable = !(indented_layout_ && l.indented) && !para.empty() &&
                              !IsIn(FoldWidth(para.front()), U"【[●■◆▲★☆▶►") &&
                              !IsNumberedSubhead(FoldWidth(para.substr(0, 6)));
        AddParagraph(std::move(para), joinable);
        after_subhead_ = false;
        AddBylines(credit, &drafts_[*cur_].article.bylines);
        if (trail == RefKind::kTeaser) {
          drafts_[*cur_].teaser = true;
          drafts_[*cur_].article.continued_on_page = ref_page;
          Close();
        } else if (trail == RefKind::kContinuedOn) {
          drafts_[*cur_].article.continued_on_page = ref_page;
          Close();
        }
        break;
      }
    }
  }
  FlushTitlesAsArticle();
  return std::move(drafts_);
}

// ---------------------------------------------------------------------------------------------
// Kinds.

bool IsNoticeHeadline(std::u32string_view h) {
  for (auto r : cv::kNoticeLabels) {
    if (EndsWith(h, r)) {
      // "通知" ends many news headlines; a notice's starts with 关于.
      if (ContainsRow(cv::kAboutOnlyNoticeLabels, r) && !StartsWithAny(h, cv::kNoticeSubjectLeads))
        continue;
      return true;
    }
  }
  return false;
}

bool IsInterview(const std::vector<std::u32string>& paragraphs) {
  int questions = 0, answers = 0;
  for (const auto& p : paragraphs) {
    const std::u32string key = FoldWidth(p.substr(0, 12));
    if (StartsWithAny(key, cv::kInterviewLeads)) {
      (StartsWithAny(key, cv::kInterviewAnswerLeads) ? answers : questions) += 1;
      continue;
    }
    const size_t colon = key.find(':');
    if (colon >= 2 && colon <= 4 && IsPersonName(key.substr(0, colon))) ++answers;
  }
  return questions >= 2 && answers >= 1;
}

ArticleKind DecideKind(const Draft& d) {
  const Article& a = d.article;
  const std::u32string headline = ToU32(a.headline);
  const std::optional<std::u32string> page_name =
      d.page_name.empty() ? std::nullopt : std::optional<std::u32string>(d.page_name);
  if (d.teaser && d.paragraphs.size() <= 1) return ArticleKind::kTeaser;
  if (IsNoticeHeadline(headline) || MatchesLabel(d.column, cv::kNoticeLabels) ||
      MatchesLabel(page_name, cv::kNoticeLabels)) {
    return ArticleKind::kNotice;
  }
  if (MatchesLabel(d.column, cv::kBriefLabels)) return ArticleKind::kBrief;
  if (IsInterview(d.paragraphs)) return ArticleKind::kInterview;
  const bool commentary_role = std::any_of(a.bylines.begin(), a.bylines.end(), [](const Byline& b) {
    return b.role && ContainsAny(ToU32(*b.role), cv::kEditorialRoles);
  });
  const bool bare_author =
      !a.bylines.empty() && std::all_of(a.bylines.begin(), a.bylines.end(),
                                        [](const Byline& b) { return !b.role && !b.photo; });
  if (commentary_role || bare_author || MatchesLabel(d.column, cv::kCommentaryLabels) ||
      (a.kicker && ContainsAny(ToU32(*a.kicker), cv::kCommentaryLabels))) {
    return ArticleKind::kCommentary;
  }
  if (MatchesLabel(d.column, cv::kPhotoLabels) || MatchesLabel(page_name, cv::kPhotoLabels)) {
    return ArticleKind::kPhoto;
  }
  const bool only_credits =
      !a.bylines.empty() &&
      std::all_of(a.bylines.begin(), a.bylines.end(), [](const Byline& b) { return b.photo; });
  if (only_credits) return ArticleKind::kPhoto;
  if (MatchesLabel(page_name, cv::kCommentaryLabels) && a.bylines.size() <= 1)
    return ArticleKind::kCommentary;
  return ArticleKind::kNews;
}

// ---------------------------------------------------------------------------------------------
// Masthead.

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

// Reads the masthead at the top of the file into `issue` and marks its lines as noise. Page markers
// and running headers printed above it stay for the classifier.
void ReadMasthead(std::vector<Line>& lines, Issue& issue) {
  size_t i = 0;
  while (i < lines.size() && lines[i].key.empty()) ++i;
  if (i == lines.size()) return;
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
      issue.paper = ToUtf8(StripSpaces(*name));
      lines[masthead.front()].kind = LineKind::kNoise;
    }
    return;
  }
  if (name) issue.paper = ToUtf8(StripSpaces(*name));
  for (size_t j : masthead) {
    const std::u32string_view k = lines[j].key;
    if (!issue.date) {
      if (auto d = FindDate(k)) {
        issue.date = d->Iso();
        issue.date_source = "masthead";
      }
    }
    if (!issue.weekday) {
      if (auto w = FindWeekday(k)) issue.weekday = ToUtf8(*w);
    }
    if (!issue.issue_no) issue.issue_no = FindIssueNumber(k);
    if (!issue.pages) issue.pages = FindPageCount(k);
    lines[j].kind = LineKind::kNoise;
  }
}

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

std::string JoinParagraphs(const std::vector<std::u32string>& paragraphs) {
  std::string out;
  for (const auto& p : paragraphs) {
    const std::u32string_view t = Trim(p);
    if (t.empty()) continue;
    if (!out.empty()) out.push_back('\n');
    out += ToUtf8(t);
  }
  return out;
}

// Later lines of a masthead-less file can still name the paper and date: running headers.
void ReadHeadersForMeta(const std::vector<Line>& lines, Issue& issue) {
  for (const Line& l : lines) {
    if (issue.date && issue.paper) return;
    if (l.key.empty() || !ShortLine(l.key, 50) || HasSentenceStop(l.key)) continue;
    const auto d = FindDate(l.key);
    if (!d) continue;
    if (l.kind != LineKind::kNoise && l.kind != LineKind::kPage) continue;
    if (!issue.date) {
      issue.date = d->Iso();
      issue.date_source = "page header";
    }
    if (!issue.paper && d->begin > 0) {
      std::u32string_view before = Trim(std::u32string_view(l.text).substr(0, d->begin));
      // "2 要闻 2023年3月8日" names a page, not a paper.
      if (!ParsePageMarker(l.key) && CountNonSpace(before) >= 2 && ShortLine(before, 12) &&
          EndsWithAny(before, cv::kRunningHeaderPaperEndings)) {
        issue.paper = ToUtf8(StripSpaces(before));
      }
    }
  }
}

}  // namespace

IssueParser::IssueParser(ParseOptions options) : options_(std::move(options)) {}

Issue IssueParser::Parse(std::string_view utf8_text, const std::string& source) const {
  Issue issue;
  issue.source = source;
  issue.encoding = "utf-8";
  std::vector<Line> lines = SplitLines(utf8_text);
  for (Line& l : lines) l.kind = LineKind::kBlank;  // not yet classified
  ReadMasthead(lines, issue);
  for (Line& l : lines) {
    if (l.kind != LineKind::kNoise) Classify(l);
  }
  MarkJunk(lines);
  ReadHeadersForMeta(lines, issue);
  if (!issue.date) {
    if (auto d = DateFromFileName(std::filesystem::path(source).filename().string())) {
      issue.date = *d;
      issue.date_source = "file name";
    }
  }
  Unwrap(lines);

  Assembler assembler(lines);
  std::vector<Draft> drafts = assembler.Run();
  for (const auto& n : assembler.noise) issue.noise.push_back(ToUtf8(n));

  // Brief labels hold for the short items after them on the same page.
  for (size_t i = 1; i < drafts.size(); ++i) {
    Draft& d = drafts[i];
    const Draft& prev = drafts[i - 1];
    if (!d.column && prev.column && MatchesLabel(prev.column, cv::kBriefLabels) &&
        prev.article.page == d.article.page && !d.article.kicker && !d.article.subheadline &&
        !d.byline_line) {
      size_t chars = 0;
      for (const auto& p : d.paragraphs) chars += p.size();
      if (chars <= kMaxBriefChars) d.column = prev.column;
    }
  }

  std::unordered_map<int, int> positions;
  int max_page = 0;
  for (Draft& d : drafts) {
    // The end of the body may carry the byline, in brackets.
    while (!d.paragraphs.empty() && TakeTrailingByline(d.paragraphs.back(), &d.article.bylines)) {
      if (d.paragraphs.back().empty()) d.paragraphs.pop_back();
    }
    Article& a = d.article;
    if (a.headline.empty() && d.paragraphs.empty() && a.captions.empty()) continue;
    a.kind = DecideKind(d);
    // A signed commentary has a column over its headline, not a kicker.
    if (a.kind == ArticleKind::kCommentary && a.kicker && !d.column &&
        ShortLine(ToU32(*a.kicker), kMaxColumnChars)) {
      d.column = ToU32(*a.kicker);
      a.kicker.reset();
    }
    a.body = JoinParagraphs(d.paragraphs);
    if (d.column) {
      a.section = ToUtf8(*d.column);
    } else if (!d.page_name.empty()) {
      a.section = ToUtf8(d.page_name);
    }
    a.position = ++positions[a.page.value_or(0)];
    max_page = std::max(max_page, a.page.value_or(0));
    issue.articles.push_back(std::move(a));
  }
  if (!issue.pages && max_page > 0) issue.pages = max_page;
  const std::string slug = PaperSlug(issue.paper);
  for (Article& a : issue.articles) a.id = MakeArticleId(slug, issue.date, a);
  return issue;
}

Issue IssueParser::ParseBytes(std::string_view bytes, const std::string& source) const {
  if (bytes.empty()) throw Error(source, "empty file");
  DecodedText decoded = DecodeText(bytes, options_.encoding, source);
  // A line this long is not issue text (and would make the parser slow for nothing).
  size_t run = 0;
  size_t line_no = 1;
  for (char c : decoded.text) {
    if (c == '\n' || c == '\r') {
      run = 0;
      line_no += c == '\n';
      continue;
    }
    if (++run > kMaxLineBytes) {
      throw Error(source, "line " + std::to_string(line_no) + " is longer than " +
                              std::to_string(kMaxLineBytes / 1024) +
                              " KiB with no line break: not issue text");
    }
  }
  Issue issue = Parse(decoded.text, source);
  issue.encoding = decoded.encoding;
  if (decoded.invalid_count > 0) {
    issue.diagnostics.push_back({std::to_string(decoded.invalid_count) +
                                 " byte sequence(s) invalid in " + decoded.encoding +
                                 " replaced by U+FFFD, the first at byte offset " +
                                 std::to_string(decoded.first_invalid)});
  }
  if (issue.articles.empty()) {
    const bool masthead = issue.paper || issue.date || issue.issue_no;
    throw Error(source, masthead ? "no articles found (only a masthead)" : "no articles found");
  }
  return issue;
}

Issue IssueParser::ParseFile(const std::string& path) const {
  std::error_code ec;
  const auto status = std::filesystem::status(path, ec);
  if (ec || !std::filesystem::exists(status)) throw Error(path, "no such file");
  if (std::filesystem::is_directory(status)) throw Error(path, "is a directory, not an issue file");
  std::ifstream in(path, std::ios::binary);
  if (!in) throw Error(path, "cannot open for reading");
  std::ostringstream buf;
  buf << in.rdbuf();
  if (in.bad()) throw Error(path, "read error");
  return ParseBytes(buf.str(), path);
}

std::string PaperSlug(const std::optional<std::string>& paper) {
  if (!paper || paper->empty()) return "paper";
  static std::mutex mu;
  static std::unique_ptr<icu::Transliterator> to_latin;
  static bool tried = false;
  std::string slug;
  {
    std::lock_guard<std::mutex> lock(mu);
    if (!tried) {
      tried = true;
      UErrorCode status = U_ZERO_ERROR;
      to_latin.reset(icu::Transliterator::createInstance("Han-Latin; Latin-ASCII; Lower",
                                                         UTRANS_FORWARD, status));
      if (U_FAILURE(status)) to_latin.reset();
    }
    if (to_latin) {
      icu::UnicodeString u = icu::UnicodeString::fromUTF8(*paper);
      to_latin->transliterate(u);
      std::string latin;
      u.toUTF8String(latin);
      bool word_start = true;
      for (char c : latin) {
        const bool alnum = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
        if (alnum && word_start) slug.push_back(c);
        word_start = !alnum;
      }
    }
  }
  if (slug.empty()) {
    unsigned hash = 2166136261u;
    for (unsigned char c : *paper) hash = (hash ^ c) * 16777619u;
    char buf[16];
    std::snprintf(buf, sizeof buf, "p%06x", hash & 0xFFFFFF);
    slug = buf;
  }
  return slug.substr(0, 8);
}

std::string MakeArticleId(const std::string& paper_slug, const std::optional<std::string>& date,
                          const Article& a) {
  std::string day = "00000000";
  if (date && date->size() == 10)
    day = date->substr(0, 4) + date->substr(5, 2) + date->substr(8, 2);
  char tail[32];
  std::snprintf(tail, sizeof tail, "-%02d-%02d", a.page.value_or(0), a.position);
  return paper_slug + "-" + day + tail;
}

}  // namespace paperdex
