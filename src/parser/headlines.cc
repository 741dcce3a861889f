#include "parser/headlines.h"

#include <algorithm>

#include "conventions.h"
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

HeadlineBlock AssignTitles(std::vector<TitleLine> run) {
  HeadlineBlock block;
  run.erase(std::unique(run.begin(), run.end(),
                        [](const TitleLine& a, const TitleLine& b) {
                          return StripSpaces(a.text) == StripSpaces(b.text);
                        }),
            run.end());
  if (run.empty()) return block;
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
  // Labels: at the front when marked as one or very short, at the end after a subheadline.
  if (before.size() >= 2 &&
      (IsColumnLabel(before.front().text) || ShortLine(before.front().text, 3))) {
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
  // Of what is left, the last line is the headline and the one before it the kicker. A mark that
  // leads an item ("■滨湖区启动…") is not part of its headline.
  std::u32string_view head = Trim(before.back().text);
  while (!head.empty() && IsIn(head.front(), cv::kSubheadMarks)) head = Trim(head.substr(1));
  block.headline = ToUtf8(head);
  if (before.size() >= 2) block.kicker = Utf8Trimmed(before[before.size() - 2].text);
  if (sub) block.subheadline = Utf8Trimmed(*sub);
  return block;
}

}  // namespace paperdex::parser
