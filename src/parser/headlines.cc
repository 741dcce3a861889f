#include "parser/headlines.h"

#include <algorithm>

#include "conventions.h"
#include "parser/bylines.h"
#include "parser/classify.h"
#include "parser/kinds.h"
#include "parser/lines.h"

namespace paperdex::parser {
namespace {

namespace cv = conventions;

std::string Utf8Trimmed(std::u32string_view t) { return ToUtf8(Trim(t)); }

std::u32string StripDashes(std::u32string_view t) {
  size_t b = 0;
  while (b < t.size() && IsIn(t[b], U"—-─－ 　")) ++b;
  return std::u32string(Trim(t.substr(b)));
}

}  // namespace

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

bool MatchesLabel(const std::optional<std::u32string>& label,
                  std::span<const std::u32string_view> rows) {
  return label && ContainsAny(*label, rows);
}

bool IsUndashedSubheadline(std::u32string_view first, std::u32string_view second) {
  const std::u32string a = StripSpaces(first), b = StripSpaces(second);
  if (a.empty() || b.empty()) return false;
  // The date of a document under its title: "(2026年3月2日)", "(二〇二四年三月二日)".
  if (b.front() == '(' && b.back() == ')' && Contains(b, U"年") && Contains(b, U"日")) return true;
  // The number of a notice or document under its title: "［十六届］第3号".
  if (IsDecreeNumber(b) && !IsDecreeLine(a)) return true;
  // The line with the column tag is the headline.
  if (HasColumnTag(b)) return false;
  if (HasColumnTag(a)) return true;
  // A kicker: one that reports a speech or ends in a colon, or a few words of time or place.
  if (EndsWithAny(a, cv::kKickerEndings) || a.back() == ':' || ShortLine(a, 6)) return false;
  if (StartsWithAny(b, cv::kSubheadlineLeads)) return true;
  if (EndsWithAny(b, cv::kSubheadlineEndings) && b.front() != U'就') return true;
  // Who attended, under the news of the meeting: "…研讨会在京召开" / "某某出席并讲话".
  if (ContainsAny(b, cv::kAttendanceWords) && b.find_first_of(U",，") == std::u32string::npos &&
      a.find_first_of(U",，") == std::u32string::npos) {
    return true;
  }
  const bool comma_in_a = a.find_first_of(U",，") != std::u32string::npos;
  // The main headline is the shortest line of its block: under one with no comma, a line of two
  // clauses a few characters longer explains it ("滨湖博物馆揭牌" / "全市8处遗产都有了博物馆，
  // 监测平台启用"); a kicker that leads in with a dash stays one.
  if (!comma_in_a && !EndsWith(a, U"——") && b.size() >= a.size() + 4 &&
      b.find_first_of(U",，") != std::u32string::npos) {
    return true;
  }
  // A figure under a headline with no comma in it: "…同比增长12.6%".
  const bool figure = Contains(b, U"同比") ||
                      (Contains(b, U"%") && b.find_first_of(U"0123456789") != std::u32string::npos);
  return figure && !comma_in_a;
}

bool IsDecreeLine(std::u32string_view key) {
  const std::u32string k = StripSpaces(key);
  return k.size() >= 3 && k.size() <= 20 && k.back() == U'令' &&
         std::all_of(k.begin(), k.end(), IsHan);
}

bool IsDecreeNumber(std::u32string_view key) {
  std::u32string k = StripSpaces(FoldWidth(key));
  if (k.size() >= 6 && (k.front() == U'〔' || k.front() == '[' || k.front() == '(')) {
    const size_t close = k.find_first_of(U"〕])");
    if (close == std::u32string::npos) return false;
    k = k.substr(close + 1);
  }
  if (k.size() < 3 || k.front() != U'第' || k.back() != U'号') return false;
  const std::u32string_view n = std::u32string_view(k).substr(1, k.size() - 2);
  return ParseDigits(n) > 0 || ParseChineseNumber(n) > 0;
}

bool IsSignerLine(std::u32string_view key) {
  const std::u32string_view t = Trim(key);
  if (t.size() > 24) return false;
  for (auto post : cv::kSignerPosts) {
    // The post, perhaps with its state or body before it ("江城市人民政府市长 王五").
    const size_t at = t.find(post);
    if (at == std::u32string_view::npos || at > 12) continue;
    const std::u32string_view before = t.substr(0, at);
    if (!std::all_of(before.begin(), before.end(), IsHan)) continue;
    const size_t end = at + post.size();
    // The name is set off from the post by a space ("总理 王 五") or starts with a surname.
    const bool set_off = end < t.size() && IsSpace(t[end]);
    const std::u32string name = StripSpaces(t.substr(end));
    return name.size() >= 2 && name.size() <= 4 && std::all_of(name.begin(), name.end(), IsHan) &&
           (set_off || StartsWithSurname(name));
  }
  return false;
}

HeadlineBlock AssignTitles(std::vector<TitleLine> run) {
  HeadlineBlock block;
  run.erase(std::unique(run.begin(), run.end(),
                        [](const TitleLine& a, const TitleLine& b) {
                          return StripSpaces(a.text) == StripSpaces(b.text);
                        }),
            run.end());
  if (run.empty()) return block;
  // A decree's header with no title over it heads the text of its orders: the order is the
  // headline, its number the first line of the text.
  if (run.size() >= 2 && IsDecreeLine(run[0].text) && IsDecreeNumber(run[1].text)) {
    block.headline = Utf8Trimmed(run[0].text);
    block.preamble = {std::u32string(Trim(run[1].text))};
    return block;
  }
  // A decree's header under the title of what it enacts is the first lines of the text.
  for (size_t k = 1; k + 1 < run.size(); ++k) {
    if (!run[k].dash && IsDecreeLine(run[k].text) && IsDecreeNumber(run[k + 1].text)) {
      block.preamble = {std::u32string(Trim(run[k].text)), std::u32string(Trim(run[k + 1].text))};
      run.erase(run.begin() + static_cast<std::ptrdiff_t>(k),
                run.begin() + static_cast<std::ptrdiff_t>(k + 2));
      break;
    }
  }
  // A bare name after the first line is the author's, whatever the lines around it are.
  for (size_t k = 1; k < run.size(); ++k) {
    if (run[k].name && !run[k].dash) {
      block.author = std::u32string(Trim(run[k].text));
      run.erase(run.begin() + static_cast<std::ptrdiff_t>(k));
      break;
    }
  }
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
    block.headline = Utf8Trimmed(*sub);
    return block;
  }
  // Labels: at the front when marked as one or very short, at the end after a subheadline. A
  // very short line with a number in it is a period that leads into the headline ("近3年",
  // "1至4月"): a kicker.
  const auto short_label = [](std::u32string_view t, size_t most = 3) {
    return ShortLine(t, most) && std::none_of(t.begin(), t.end(), [](char32_t c) {
             return FoldWidth(c) >= U'0' && FoldWidth(c) <= U'9';
           });
  };
  if (before.size() >= 2 &&
      (IsColumnLabel(before.front().text) || short_label(before.front().text))) {
    block.column = std::u32string(Trim(before.front().text));
    before.erase(before.begin());
  }
  // Over a kicker that leads into the headline with a dash, a short line with no number is the
  // column ("天下纵横" / "甲国组织——" / headline); one with a number signs the text before.
  if (!block.column && before.size() == 3 && EndsWithDash(FoldWidth(Trim(before[1].text))) &&
      !EndsWithDash(FoldWidth(Trim(before[0].text))) &&
      short_label(before[0].text, kMaxColumnChars)) {
    block.column = std::u32string(Trim(before.front().text));
    before.erase(before.begin());
  }
  if (!sub && before.size() >= 2 && IsColumnLabel(before.back().text)) {
    block.column = std::u32string(Trim(before.back().text));
    before.pop_back();
  }
  if (!after.empty() && !block.column) block.column = std::u32string(Trim(after.front().text));
  if (!sub && before.size() >= 3) {
    // A short line under the headline is its column; a longer one a subheadline printed without
    // dashes.
    if (ShortLine(before.back().text, kMaxColumnChars) && !block.column) {
      block.column = std::u32string(Trim(before.back().text));
    } else {
      sub = std::u32string(Trim(before.back().text));
    }
    before.pop_back();
  }
  // Two lines with no dash: a kicker over its headline, unless the second is a detail that goes
  // on from the first, or the date of a document.
  if (!sub && before.size() == 2 && !block.column &&
      IsUndashedSubheadline(FoldWidth(Trim(before[0].text)), FoldWidth(Trim(before[1].text)))) {
    sub = std::u32string(Trim(before.back().text));
    before.pop_back();
  }
  // Of what is left, the last line is the headline and the one before it the kicker. A mark that
  // leads an item ("■滨湖区启动…") is not part of its headline.
  std::u32string_view head = Trim(before.back().text);
  while (!head.empty() && IsIn(head.front(), cv::kSubheadMarks)) head = Trim(head.substr(1));
  // A headline printed in brackets ("【南湾镇举办养老政策宣讲会】") is the words inside them.
  if (head.size() > 2 && ((head.front() == U'【' && head.back() == U'】') ||
                          (head.front() == U'〔' && head.back() == U'〕'))) {
    head = Trim(head.substr(1, head.size() - 2));
  }
  block.headline = ToUtf8(head);
  if (before.size() >= 2) block.kicker = Utf8Trimmed(before[before.size() - 2].text);
  if (sub) block.subheadline = Utf8Trimmed(*sub);
  return block;
}

bool EndsWithDash(std::u32string_view key) {
  return EndsWith(key, U"——") || EndsWith(key, U"--") || EndsWith(key, U"—");
}

std::optional<std::u32string> HeadlineTag(std::u32string_view headline) {
  const std::u32string key = FoldWidth(StripSpaces(headline));
  if (!HasColumnTag(key)) return std::nullopt;
  const size_t open = key.rfind('(');
  return key.substr(open + 1, key.size() - open - 2);
}

bool OpensWithDateline(std::u32string_view text) {
  std::u32string para(text);
  std::optional<std::string> dateline;
  std::vector<Byline> bylines;
  TakeDateline(para, &dateline, &bylines);
  return dateline.has_value() || !bylines.empty();
}

namespace {

// A line of text that may end an article: a paragraph, a short line or a caption.
bool IsTextLine(const Line& l) {
  return l.kind == LineKind::kBody || l.kind == LineKind::kTitle || l.kind == LineKind::kCaption;
}

// The blank lines right before line `i`.
size_t BlankLinesBefore(const std::vector<Line>& lines, size_t i) {
  size_t n = 0;
  while (i > n && lines[i - n - 1].kind == LineKind::kBlank) ++n;
  return n;
}

// Whether `key` ends a sentence: 。！？, or a closing quote after one.
bool EndsWithSentenceStop(std::u32string_view key) {
  while (!key.empty() && IsIn(key.back(), U"”’」』\"")) key.remove_suffix(1);
  return !key.empty() && IsIn(key.back(), U"。！？!?");
}

}  // namespace

bool ClosesArticle(const Line& l) {
  // "（记者 吴十）" on a line of its own.
  if (l.kind == LineKind::kByline && IsInBrackets(l.key)) return true;
  if (!IsTextLine(l)) return false;
  const std::u32string_view k = l.key;
  if (k.empty() || k.back() != ')') return false;
  const size_t open = k.rfind('(');
  if (open == std::u32string_view::npos) return false;
  const std::u32string_view inner = Trim(k.substr(open + 1, k.size() - open - 2));
  if (inner == U"完" || StartsWithAny(inner, cv::kAuthorNoteLeads)) return true;
  if (EndsWithAny(inner, cv::kDatelineEndings) && Contains(inner, U"日")) return true;
  std::vector<Byline> found;
  return ParseBylines(inner, false, &found) &&
         std::any_of(found.begin(), found.end(), [](const Byline& b) { return !b.photo; });
}

std::vector<std::string> ClosingNames(const Line& l) {
  std::vector<std::string> names;
  std::vector<Byline> found;
  if (l.kind == LineKind::kByline) {
    found = l.bylines;
  } else if (IsTextLine(l) && !l.key.empty() && l.key.back() == ')') {
    const std::u32string_view k = l.key;
    const size_t open = k.rfind('(');
    if (open != std::u32string_view::npos) {
      ParseBylines(Trim(k.substr(open + 1, k.size() - open - 2)), false, &found);
    }
  }
  for (const Byline& b : found) {
    if (!b.photo) names.push_back(b.name);
  }
  return names;
}

bool EndsWithCredit(const Line& l) {
  if (l.kind == LineKind::kCredit) return true;
  if (!IsTextLine(l)) return false;
  std::u32string text = l.text;
  std::vector<Byline> credit;
  return TakeTrailingCredit(text, &credit);
}

bool OpensArticle(const std::vector<Line>& lines, size_t i, const ArticleContext& context) {
  const auto skipped = [](const Line& l) { return !IsContent(l); };
  std::vector<const Line*> run;
  size_t j = i;
  for (; j < lines.size(); ++j) {
    const Line& l = lines[j];
    if (l.advert) return true;  // the short lines over an advertisement's telephone line
    if (skipped(l)) continue;
    if (l.kind != LineKind::kTitle && l.kind != LineKind::kDash) break;
    run.push_back(&l);
  }
  if (run.empty()) return false;
  const Line* next = j < lines.size() ? &lines[j] : nullptr;
  const Line* prev = nullptr;
  for (size_t k = i; k-- > 0;) {
    if (lines[k].advert) return true;  // the lines under an advertisement's telephone line
    if (skipped(lines[k])) continue;
    prev = &lines[k];
    break;
  }
  // Cues that hold anywhere. What follows: a byline, a dateline. What precedes: a closing
  // dateline, byline or author's note. The run: a line printed twice, a headline with its column
  // tag, a headline over its author's name, a notice's headline.
  if (next && (next->kind == LineKind::kByline || next->kind == LineKind::kContinuedFrom)) {
    return true;
  }
  if (next && next->kind == LineKind::kBody && OpensWithDateline(next->text)) return true;
  if (prev && ClosesArticle(*prev)) return true;
  for (size_t k = 0; k < run.size(); ++k) {
    if (run[k]->repeated || HasColumnTag(run[k]->key) || (run[k]->maybe_name && k > 0)) {
      return true;
    }
  }
  if (IsNoticeHeadline(StripSpaces(run.back()->key))) return true;
  // A document's title over its adoption note or its number.
  for (size_t k = 1; k < run.size(); ++k) {
    if (IsAdoptionNote(run[k]->key) || IsDecreeNumber(run[k]->key)) return true;
  }
  // A label that heads an item of its own: 图片报道, 简讯.
  const std::u32string first = StripSpaces(run.front()->key);
  if (HasRow(cv::kPhotoLabels, first) || HasRow(cv::kBriefLabels, first)) return true;
  // A commentary's label over its headline: "社论" / "…".
  if (run.size() >= 2 && HasRow(cv::kCommentaryLabels, first)) return true;
  // What the text under the run turns out to be, before any other title: an item that ends in a
  // page reference or in a byline of names the article does not have (its own names closing it
  // again say nothing), or, weaker, one that ends in a closing line or a credit.
  constexpr size_t kMaxPhotoItemLines = 5;  // a photo item's caption lines and its credit
  bool ends_as_item = false;
  for (size_t k = j, seen = 0, text_lines = 0; k < lines.size() && seen < 12; ++k) {
    const Line& l = lines[k];
    if (skipped(l)) continue;
    ++seen;
    // Numbered captions ("①…", "图①…") of a photo story are the pictures', not its text.
    const bool caption = l.kind == LineKind::kCaption ||
                         (!l.key.empty() && l.key.front() >= U'①' && l.key.front() <= U'⑳');
    if (!caption) ++text_lines;
    // "——编 者": an editor's note under the run introduces the article it heads.
    if (l.kind == LineKind::kDash && IsEditorsSignOff(l.key)) return true;
    if (l.kind == LineKind::kTitle || l.kind == LineKind::kDash || l.kind == LineKind::kPage) break;
    if (l.kind == LineKind::kTeaserRef) return true;
    // "（下转第3版）" under a subhead of a signed article is that article's own jump.
    if (l.kind == LineKind::kContinuedOn) {
      ends_as_item = true;
      break;
    }
    const std::vector<std::string> names = ClosingNames(l);
    if (!names.empty() && !context.names.empty() &&
        std::any_of(names.begin(), names.end(), [&](const std::string& n) {
          return std::find(context.names.begin(), context.names.end(), n) == context.names.end();
        })) {
      return true;
    }
    if (EndsWithCredit(l) && text_lines <= kMaxPhotoItemLines) return true;  // a photo item
    if (!names.empty() || ClosesArticle(l)) {
      ends_as_item = true;
      break;
    }
  }
  for (size_t k = 1; k < run.size(); ++k) {
    if (run[k]->kind == LineKind::kDash) return true;  // a subheadline led by ——
  }
  // A long article with its byline over the text has subheads shaped like headline blocks (a
  // kicker ending in ——, a column label) and pictures between its parts; elsewhere these open an
  // article too.
  if (prev && EndsWithCredit(*prev)) return true;
  // A gap of two blank lines after a finished sentence, where paragraphs are one blank line
  // apart: the layout sets articles further apart than paragraphs. (A wider gap is a column or
  // page break inside an article, as a PDF extraction leaves it.)
  if (prev && next && prev->kind == LineKind::kBody && next->kind == LineKind::kBody &&
      EndsWithSentenceStop(prev->key) &&
      BlankLinesBefore(lines, i) == 2 && prev == &lines[i - 3]) {
    return true;
  }
  const bool long_article = context.byline_over_text || context.body_chars > 3 * kMaxBriefChars;
  if (long_article && !context.brief_column) return false;
  if (next && next->kind == LineKind::kCredit) return true;
  for (size_t k = 0; k < run.size(); ++k) {
    const std::u32string_view key = run[k]->key;
    const bool last = k + 1 == run.size();
    if (run[k]->kind == LineKind::kDash && k > 0) return true;
    if (!last && (EndsWithDash(key) || EndsWithAny(key, cv::kKickerEndings))) return true;
    if (!last && k == 0 && IsColumnLabel(run[k]->text)) return true;
  }
  if (ends_as_item) return true;
  return context.brief_column ||
         (!context.byline_over_text && context.body_chars <= kMaxBriefChars);
}

}  // namespace paperdex::parser
