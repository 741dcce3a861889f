#include "parser/bylines.h"

#include <algorithm>
#include <cctype>
#include <unordered_set>

#include "conventions.h"
#include "parser/lines.h"

namespace paperdex::parser {
namespace {

namespace cv = conventions;

bool IsBylineSeparator(char32_t c) { return IsSpace(c) || IsIn(c, U"/／∕╱:：、，,|｜"); }

}  // namespace

bool IsNameChar(char32_t c) { return IsHan(c) || c == U'·' || c == U'•' || c == U'・'; }

bool IsAuthorShaped(std::u32string_view key) {
  const std::u32string k = StripSpaces(key);
  return k.size() >= 2 && k.size() <= 3 && std::all_of(k.begin(), k.end(), IsHan) &&
         !StartsWithAny(k, cv::kNotNames);
}

bool StartsWithSurname(std::u32string_view name) {
  if (StartsWithAny(name, cv::kCompoundSurnames)) return true;
  return !name.empty() && IsIn(name[0], cv::kSurnames);
}

bool IsPersonName(std::u32string_view n) {
  if (n.size() < 2) return false;
  const bool dotted = n.find_first_of(U"·•・") != std::u32string_view::npos;
  if (n.size() > (dotted ? 12u : 4u)) return false;
  for (char32_t c : n) {
    if (!IsNameChar(c)) return false;
  }
  return !IsIn(n.front(), U"·•・") && !IsIn(n.back(), U"·•・");
}

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

namespace {

// Where the agency in brackets after a credit starts ("…摄(江城视觉)", width-folded), or npos.
size_t CreditAgencyStart(std::u32string_view t) {
  if (t.size() < 4 || t.back() != ')') return std::u32string::npos;
  const size_t open = t.rfind('(');
  if (open == std::u32string_view::npos || open == 0 || t.size() - open > 10) {
    return std::u32string::npos;
  }
  const std::u32string_view before = Trim(t.substr(0, open));
  return EndsWithAny(before, cv::kPhotoCreditEndings) ? open : std::u32string::npos;
}

}  // namespace

bool ParseBylines(std::u32string_view line, bool bare, std::vector<Byline>* out) {
  if (line.size() > 80) return false;
  std::u32string t = FoldWidth(UnwrapBrackets(line));
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
  // "图/滨湖市文化局提供": a picture supplied by an organisation.
  for (auto lead : {std::u32string_view(U"图/"), std::u32string_view(U"圖/")}) {
    if (StartsWith(t, lead) && EndsWith(t, U"提供") && t.size() > lead.size() + 2) {
      const std::u32string_view who =
          Trim(std::u32string_view(t).substr(lead.size(), t.size() - lead.size() - 2));
      if (who.size() >= 2 && who.size() <= 16 && std::all_of(who.begin(), who.end(), IsHan)) {
        Byline b;
        b.name = ToUtf8(who);
        b.photo = true;
        out->push_back(std::move(b));
        return true;
      }
    }
  }
  // "黃志遠（退休教師）": a few words on the writer after the name.
  if (t.size() > 4 && t.back() == ')') {
    const size_t open = t.rfind('(');
    if (open != std::u32string::npos && open >= 2 && t.size() - open - 2 <= 12 &&
        IsNameChar(t[open - 1])) {
      t = std::u32string(Trim(std::u32string_view(t).substr(0, open)));
    }
  }
  bool photo = false;
  bool reported = false;  // an ending such as 报道 was taken off
  // "陈 航摄（江城视觉）": the agency that supplied the picture, after the credit.
  if (const size_t agency = CreditAgencyStart(t); agency != std::u32string::npos) {
    t = std::u32string(Trim(std::u32string_view(t).substr(0, agency)));
  }
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
        reported = true;
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
  // "外電新聞中心／綜合外電報導": a desk of the paper signs the report.
  if (reported && t.size() <= 12 && std::all_of(t.begin(), t.end(), IsHan) &&
      EndsWithAny(t, cv::kOrganisationNameEndings)) {
    Byline b;
    b.name = ToUtf8(t);
    out->push_back(std::move(b));
    return true;
  }
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
    // The last name of a byline line, set off by a space after a role, may be a transcribed one
    // of five characters with no dot ("阿拉坦其木"); not in a closing note in brackets.
    const bool transcribed = role && name.size() == 5 && j == t.size() && !reported &&
                             UnwrapBrackets(line).size() == Trim(line).size() && i > 0 &&
                             IsSpace(t[i - 1]) && std::all_of(name.begin(), name.end(), IsHan);
    if (!IsPersonName(name) && !transcribed) return false;
    if (StartsWithAny(name, cv::kNotNames)) return false;
    if (!role && !bare && !photo) return false;  // "陆永福摄": a credit needs no role
    if (!role && !StartsWithSurname(name)) return false;
    // A bare name of four characters has a two-character surname (欧阳晓明); one surname and
    // three more characters are a phrase ("向新而行").
    if (!role && name.size() == 4 && !StartsWithAny(name, cv::kCompoundSurnames)) return false;
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

bool ParseDescriptionByline(std::u32string_view line, std::vector<Byline>* out) {
  const std::u32string_view printed = Trim(line);
  if (printed.size() < 6 || printed.size() > 48 || !IsNameChar(printed.back())) return false;
  const std::u32string t = FoldWidth(printed);
  // The name: the last one or two space-separated parts ("林海峰", "杨 帆").
  size_t end = t.size();
  size_t b = end;
  while (b > 0 && IsNameChar(t[b - 1])) --b;
  if (b == 0 || b == end) return false;
  std::u32string name = t.substr(b, end - b);
  size_t cut = b;
  if (name.size() == 1) {  // padded: "杨 帆"
    size_t s = b;
    while (s > 0 && IsSpace(t[s - 1])) --s;
    size_t a = s;
    while (a > 0 && IsNameChar(t[a - 1]) && s - a < 1) --a;
    if (a == s || a == 0 || !IsSpace(t[a - 1])) return false;
    name = t.substr(a, 1) + name;
    cut = a;
  }
  if (!IsPersonName(name) || name.size() > 3 || !StartsWithSurname(name)) return false;
  if (cut == 0 || !IsSpace(t[cut - 1])) return false;
  const std::u32string_view description = Trim(std::u32string_view(t).substr(0, cut));
  if (description.size() < 2 || description.size() > 36) return false;
  for (char32_t c : description) {
    if (!IsHan(c) && !IsIn(c, U"、·()（）")) return false;
  }
  if (!EndsWithAny(description, cv::kDescriptionEndings)) return false;
  Byline by;
  by.role = ToUtf8(description);
  by.name = ToUtf8(name);
  out->push_back(std::move(by));
  return true;
}

void AddBylines(const std::vector<Byline>& add, std::vector<Byline>* to) {
  for (const Byline& b : add) {
    if (std::find(to->begin(), to->end(), b) == to->end()) to->push_back(b);
  }
}

bool IsDispatchDateline(std::string_view dateline) {
  const std::u32string d = ToU32(dateline);
  return EndsWith(d, U"电") || EndsWith(d, U"電") ||
         (d.find(U'日') != std::u32string::npos && EndsWithAny(d, cv::kDatelineEndings));
}

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
    // <source><place><month>月<day>日<电|讯>, e.g. 新华社北京3月7日电, 本报长沙6月9日讯; "据"
    // before the source for a report drawn from an agency's (据新华社甲城4月12日电); the date
    // may be left out before a space or a bracket (本报北京电 （记者…）).
    const size_t from = !key.empty() && key[0] == U'据' ? 1 : 0;
    size_t p = from;
    while (p < key.size() && p < from + 16 && IsHan(key[p]) && !IsChineseDigit(key[p])) ++p;
    if (p < from + 2) return;
    const std::u32string_view source = std::u32string_view(key).substr(from, p - from);
    const bool known =
        StartsWithAny(source, cv::kDatelineSources) ||
        std::any_of(cv::kRoleOrganisationEndings.begin(), cv::kRoleOrganisationEndings.end(),
                    [&](std::u32string_view e) { return Contains(source, e); });
    if (!known) return;
    size_t source_len = 0;
    StartsWithAny(source, cv::kDatelineSources, &source_len);
    const bool undated = p < key.size() && (IsSpace(key[p]) || key[p] == '(') &&
                         IsIn(key[p - 1], U"电電讯訊") && source_len > 0 &&
                         p - from >= source_len + 3;  // a place of two characters or more
    size_t q = p;
    while (!undated && q < key.size() && q < p + 12 &&
           (std::isdigit(static_cast<int>(key[q] < 128 ? key[q] : 0)) || IsChineseDigit(key[q]) ||
            IsIn(key[q], U"月日 "))) {
      ++q;
    }
    if (undated) {
      end = p;
    } else {
      if (q == p) return;
      if (key[q - 1] != U'日') return;
      size_t len = 0;
      if (!StartsWithAny(std::u32string_view(key).substr(q), cv::kDatelineEndings, &len)) return;
      end = q + len;
    }
  }
  std::u32string text = std::u32string(Trim(std::u32string_view(para).substr(0, end)));
  size_t p = end;
  while (p < key.size() && IsSpace(key[p])) ++p;
  if (p < key.size() && key[p] == '(') {
    const size_t close = key.find(')', p);
    if (close != std::u32string::npos) {
      std::vector<Byline> found;
      const std::u32string_view inner = std::u32string_view(key).substr(p + 1, close - p - 1);
      // "本报海晏5月12日电 （林晓）": the reporter's name alone in the brackets.
      if (ParseBylines(inner, false, &found) || ParseBylines(inner, true, &found)) {
        AddBylines(found, bylines);
        p = close + 1;
      }
    }
  }
  while (p < key.size() && (IsSpace(key[p]) || key[p] == ':')) ++p;
  *dateline = ToUtf8(text);
  para = para.substr(p);
}

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

bool TakeTrailingCredit(std::u32string& text, std::vector<Byline>* bylines) {
  if (text.empty()) return false;
  // "…展品。 许 航摄（江城视觉）": the credit is read without the agency after it.
  if (const size_t agency = CreditAgencyStart(FoldWidth(text)); agency != std::u32string::npos) {
    std::u32string credited(Trim(std::u32string_view(text).substr(0, agency)));
    if (!TakeTrailingCredit(credited, bylines)) return false;
    text = std::move(credited);
    return true;
  }
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

}  // namespace paperdex::parser
