#include "parser/classify.h"

#include <algorithm>

#include "conventions.h"
#include "paperdex/masthead.h"
#include "parser/assembly.h"
#include "parser/bylines.h"
#include "parser/furniture.h"

namespace paperdex::parser {
namespace {

namespace cv = conventions;

// A subheadline led by dashes: "——记一位乡村教师".
bool IsDashLine(std::u32string_view k) {
  if (!StartsWithAny(k, cv::kSubheadlineDashes)) return false;
  size_t b = 0;
  while (b < k.size() && IsIn(k[b], U"—-─－ ")) ++b;
  return b < k.size() && !HasSentenceStop(k) && ShortLine(k, kMaxTitleChars + 8);
}

// The text, key and indent of `l`, not yet classified.
Line TextOnly(Line&& l) {
  Line out;
  out.text = std::move(l.text);
  out.key = std::move(l.key);
  out.indented = l.indented;
  out.indent_width = l.indent_width;
  return out;
}

}  // namespace

RefKind ParseRef(std::u32string_view text, int* page) {
  const std::u32string_view t = UnwrapBrackets(text);
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

namespace {

// Parts of at most four characters between commas, three parts or more, in a short line.
bool IsParallel(std::u32string_view key) {
  constexpr size_t kMaxPartChars = 4;
  if (!ShortLine(key, 16)) return false;
  size_t part = 0, parts = 1;
  for (char32_t c : key) {
    // "一是，二是，三是": the points of an enumeration, not a headline.
    if (part == 0 && IsChineseDigit(c)) return false;
    if (c == U'，' || c == ',') {
      if (part == 0) return false;
      part = 0;
      ++parts;
    } else if (!IsSpace(c) && ++part > kMaxPartChars) {
      return false;
    }
  }
  return part > 0 && parts >= 3;
}

}  // namespace

bool IsTitleLike(std::u32string_view key) {
  // A headline with its column tag: the headline before the tag is what must look like one.
  if (HasColumnTag(key)) {
    const size_t open = key.rfind('(');
    return IsTitleLike(Trim(key.substr(0, open)));
  }
  const size_t n = CountNonSpace(key);
  if (n == 0 || n > kMaxTitleChars) return false;
  if (HasSentenceStop(key)) return false;
  // Headlines are terse: two commas, or one in a long line, make a sentence, unless every part
  // is a few words of a parallel ("看山，看水，看人").
  const size_t commas = CountCommas(key);
  if (commas >= 2 && !IsParallel(key)) return false;
  if (commas == 1 && n > 24) return false;
  const char32_t last = key.back();
  // A kicker leads into its headline with a dash at its end ("立足资源优势——").
  if (OpensContinuation(last) && last != U'】' && last != ']' && !EndsWith(key, U"——")) {
    return false;
  }
  if (IsIn(last, U"…")) return false;
  // A list cut mid-word by the line's end ("…副局长某某、青"): the rest is on the next line.
  if (const size_t comma = key.rfind(U'、');
      comma != std::u32string_view::npos && comma + 2 >= key.size()) {
    return false;
  }
  // A remark in brackets belongs to the text around it.
  if ((key.front() == '(' && last == ')') || (key.front() == U'（' && last == U'）')) return false;
  // A quotation or title left open goes on in the next line.
  const auto open = [&](char32_t a, char32_t b) {
    return std::count(key.begin(), key.end(), a) > std::count(key.begin(), key.end(), b);
  };
  if (open(U'“', U'”') || open(U'《', U'》') || open('(', ')') || open(U'「', U'」')) return false;
  // A quotation or title closed that was not opened began in the line before.
  if (open(U'》', U'《') || open(U'”', U'“') || open(')', '(')) return false;
  return true;
}

bool IsLeadInKicker(std::u32string_view key) {
  constexpr size_t kMaxLeadInChars = 48;
  if (!EndsWith(key, U"——")) return false;
  const size_t n = CountNonSpace(key);
  if (n < 6 || n > kMaxLeadInChars || HasSentenceStop(key)) return false;
  const size_t commas = CountCommas(key);
  return commas <= 3;
}

bool IsTextSignature(std::u32string_view key) {
  const std::u32string_view t = Trim(key);
  if (t.size() < 3 || t.size() > 8 || t.back() != U'文') return false;
  std::u32string_view name = t.substr(0, t.size() - 1);
  while (!name.empty() && (IsSpace(name.back()) || IsIn(name.back(), U"/／")))
    name.remove_suffix(1);
  // Set off from the name by a space or a slash, or written after a name padded to three
  // characters ("林 子文").
  const bool set_off =
      name.size() < t.size() - 1 || (name.size() == 3 && IsSpace(name[1]) && !IsSpace(name[0]));
  std::vector<Byline> names;
  return set_off && ParseBylines(name, true, &names) && names.size() == 1 && !names.front().role;
}

bool OpensWithDatelineText(std::u32string_view text) {
  if (text.size() < 3) return false;
  std::u32string para(text);
  std::optional<std::string> dateline;
  std::vector<Byline> bylines;
  TakeDateline(para, &dateline, &bylines);
  return dateline.has_value();
}

bool IsLongKicker(std::u32string_view key) {
  constexpr size_t kMaxKickerChars = 48;
  const size_t n = CountNonSpace(key);
  if (n < 12 || n > kMaxKickerChars || Contains(key, U"。") || Contains(key, U"；")) return false;
  // A remark in brackets closes the text before ("（作者为…）", "（据新华社4月12日电）").
  const std::u32string_view t = Trim(key);
  if ((t.front() == '(' || t.front() == U'（') && (t.back() == ')' || t.back() == U'）')) {
    return false;
  }
  const size_t commas = CountCommas(key);
  return commas <= 3;
}

bool IsLongHeadline(std::u32string_view key) {
  // Up to the length of a title, or half as long again with no comma (a subheadline that lists
  // who attended: "…决定等某某签署公告某某主持会议").
  const size_t n = CountNonSpace(key);
  const size_t commas = CountCommas(key);
  const size_t longest = commas == 0 ? kMaxTitleChars * 3 / 2 : kMaxTitleChars;
  if (n < 8 || n > longest || HasSentenceStop(key) || commas > 2) return false;
  const std::u32string_view t = Trim(key);
  const char32_t last = t.back();
  if ((OpensContinuation(last) && !EndsWith(t, U"——")) || last == U'…') return false;
  return !((t.front() == '(' || t.front() == U'（') && (last == ')' || last == U'）'));
}

bool IsSpeakerKicker(std::u32string_view key) {
  const std::u32string_view t = Trim(key);
  if (t.size() < 2 || (t.back() != ':' && t.back() != U'：')) return false;
  const std::u32string_view who = Trim(t.substr(0, t.size() - 1));
  return !who.empty() && ShortLine(who, 8) &&
         who.find_first_of(U",，、。；;:：“”\"()（）") == std::u32string_view::npos;
}

bool IsPortraitCaption(std::u32string_view key) {
  const std::u32string k = StripSpaces(key);
  for (auto post : cv::kPortraitPosts) {
    if (!EndsWith(k, post)) continue;
    const std::u32string_view name = std::u32string_view(k).substr(0, k.size() - post.size());
    return name.size() >= 2 && name.size() <= 6 &&
           std::all_of(name.begin(), name.end(),
                       [](char32_t c) { return IsHan(c) || c == U'·' || c == U'・'; });
  }
  return false;
}

bool IsAdoptionNote(std::u32string_view key) {
  const std::u32string_view t = Trim(key);
  if (t.size() < 8 || !IsIn(t.front(), U"(（") || !IsIn(t.back(), U")）")) return false;
  const std::u32string k = StripSpaces(FoldWidth(t));
  if (k.size() < 8 || k.size() > 80 || k.front() != '(' || k.back() != ')') return false;
  const std::u32string_view inner = std::u32string_view(k).substr(1, k.size() - 2);
  const auto date = FindDate(inner);
  return date && date->begin == 0 && EndsWithAny(inner, cv::kAdoptionWords);
}

bool IsBareName(std::u32string_view key) {
  std::vector<Byline> names;
  return ShortLine(key, 14) && ParseBylines(key, true, &names) &&
         std::all_of(names.begin(), names.end(), [](const Byline& b) { return !b.role; });
}

Line ClassifyLine(Line raw) {
  Line line = TextOnly(std::move(raw));
  const std::u32string_view k = line.key;
  if (k.empty()) {
    line.kind = LineKind::kBlank;
    return line;
  }
  if (auto marker = ParsePageMarker(k)) {
    line.kind = LineKind::kPage;
    line.page_ref = marker->page;
    line.page_name = marker->name;
    return line;
  }
  if (IsPageNumberLine(k)) {
    line.kind = LineKind::kNoise;
    return line;
  }
  if (IsAdvertLine(k)) {
    line.kind = LineKind::kNoise;
    line.advert = true;
    return line;
  }
  if (IsEditorLine(k) || IsWeatherLine(k) || IsDatedHeader(k) || IsDisclaimerLine(k) ||
      IsExtractionResidue(k) || IsMailboxLine(k) || IsChartLegend(k)) {
    line.kind = LineKind::kNoise;
    return line;
  }
  int page = 0;
  switch (ParseRef(k, &page)) {
    case RefKind::kTeaser:
      line.kind = LineKind::kTeaserRef;
      line.page_ref = page;
      return line;
    case RefKind::kContinuedOn:
      line.kind = LineKind::kContinuedOn;
      line.page_ref = page;
      return line;
    case RefKind::kContinuedFrom:
      line.kind = LineKind::kContinuedFrom;
      line.page_ref = page;
      return line;
    case RefKind::kNone:
      break;
  }
  if (IsDashLine(k)) {
    line.kind = LineKind::kDash;
    return line;
  }
  if (StartsWithAny(k, cv::kCaptionLeads)) {
    line.kind = LineKind::kCaption;
    return line;
  }
  // 问：… is a question in an interview, never a title.
  if (StartsWithAny(k, cv::kInterviewLeads)) {
    line.kind = LineKind::kBody;
    return line;
  }
  // A writer's signature under a text ("林 子文", "文/林某"): a line of the text.
  if (IsTextSignature(k)) {
    line.kind = LineKind::kBody;
    return line;
  }
  std::vector<Byline> bylines;
  if (ParseBylines(k, false, &bylines)) {
    line.kind = bylines.front().photo ? LineKind::kCredit : LineKind::kByline;
    line.bylines = std::move(bylines);
    return line;
  }
  if (ParseDescriptionByline(k, &bylines)) {
    line.kind = LineKind::kByline;
    line.bylines = std::move(bylines);
    line.description = true;
    return line;
  }
  // A role with no name under a headline ("本报记者"): the names come at the end, in brackets.
  if (const std::u32string_view t = Trim(k); !t.empty() && RoleAt(t, 0) == t.size()) {
    line.kind = LineKind::kByline;
    return line;
  }
  if (IsTitleLike(k) && !OpensWithDatelineText(line.text) && !IsLegalArticleLine(k)) {
    line.kind = LineKind::kTitle;
    line.maybe_name = IsBareName(k);
    return line;
  }
  line.kind = LineKind::kBody;
  return line;
}

std::vector<Line> Classify(std::vector<Line> lines, const std::vector<size_t>& masthead_lines) {
  std::vector<bool> masthead(lines.size(), false);
  for (size_t i : masthead_lines) masthead[i] = true;
  for (size_t i = 0; i < lines.size(); ++i) {
    if (masthead[i]) {
      lines[i] = TextOnly(std::move(lines[i]));
      lines[i].kind = LineKind::kNoise;
    } else {
      lines[i] = ClassifyLine(std::move(lines[i]));
    }
  }
  const auto next_content = [&](size_t i) {
    size_t next = i + 1;
    while (next < lines.size() && lines[next].kind == LineKind::kBlank) ++next;
    return next;
  };
  // The line before `i` that is not blank, or lines.size() when there is none.
  const auto prev_content = [&](size_t i) {
    size_t prev = i;
    while (prev > 0 && lines[prev - 1].kind == LineKind::kBlank) --prev;
    return prev == 0 ? lines.size() : prev - 1;
  };
  // Whether the text before line `i` is closed: no text, or text that ends its sentence.
  const auto closed_before = [&](size_t i) {
    const size_t prev = prev_content(i);
    if (prev == lines.size()) return true;
    const Line& p = lines[prev];
    return p.kind != LineKind::kBody || p.key.empty() || ClosesParagraph(p.key.back()) ||
           IsSpeakerKicker(p.key);
  };
  const auto opens_text = [&](size_t next) {
    return next < lines.size() && lines[next].kind == LineKind::kBody &&
           OpensWithDatelineText(lines[next].text);
  };
  for (size_t i = 0; i < lines.size(); ++i) {
    // A document's adoption note ("（2026年3月12日…会议通过）") under its title: the note and
    // the title, however long, are its headline block.
    if (IsAdoptionNote(lines[i].key)) {
      const size_t prev = prev_content(i);
      if (prev < lines.size() &&
          (lines[prev].kind == LineKind::kTitle ||
           (lines[prev].kind == LineKind::kBody && ShortLine(lines[prev].key, 2 * kMaxTitleChars) &&
            !HasSentenceStop(lines[prev].key) && closed_before(prev)))) {
        lines[prev].kind = LineKind::kTitle;
        lines[i].kind = LineKind::kTitle;
        continue;
      }
    }
    // A portrait's caption beside the text that names its subject, printed after that text's
    // end and before the next headline.
    if (lines[i].kind == LineKind::kTitle && IsPortraitCaption(lines[i].key) && closed_before(i) &&
        next_content(i) < lines.size() && lines[next_content(i)].kind == LineKind::kTitle) {
      const size_t prev = prev_content(i);
      if (prev < lines.size() && lines[prev].kind == LineKind::kBody) {
        lines[i].kind = LineKind::kCaption;
        continue;
      }
    }
    // A line the news text under it opens with a dateline is that text's headline, however long
    // or full of commas, when the text before it is closed ("江城累计向新区供水…，达标率…" over
    // "本报江城7月8日电 …").
    if (lines[i].kind == LineKind::kBody && opens_text(next_content(i)) &&
        IsLongHeadline(lines[i].key) && !OpensWithDatelineText(lines[i].text) && closed_before(i)) {
      lines[i].kind = LineKind::kTitle;
    }
  }
  for (size_t i = lines.size(); i-- > 0;) {
    if (lines[i].kind != LineKind::kBody) continue;
    const size_t next = next_content(i);
    if (next >= lines.size() || lines[next].kind != LineKind::kTitle) continue;
    if (IsLeadInKicker(lines[i].key)) {
      lines[i].kind = LineKind::kTitle;
      continue;
    }
    // Who spoke, over what they said as the headline of a news text ("市水务局：" / headline /
    // dateline).
    if (IsSpeakerKicker(lines[i].key) && closed_before(i) &&
        (opens_text(next_content(next)) || (next_content(next) < lines.size() &&
                                            lines[next_content(next)].kind == LineKind::kByline))) {
      lines[i].kind = LineKind::kTitle;
      continue;
    }
    // A long kicker with commas over a headline that is one beyond doubt: with its column tag,
    // or over its byline ("从广东深圳到山东青岛，澳门青年…" / "“…”（民生一线）").
    const size_t after = next_content(next);
    const bool headline = HasColumnTag(lines[next].key) ||
                          (after < lines.size() && lines[after].kind == LineKind::kByline);
    if (headline && IsLongKicker(lines[i].key)) lines[i].kind = LineKind::kTitle;
  }
  return lines;
}

}  // namespace paperdex::parser
