// Readers for the dated, numbered furniture of an issue: dates in their printed forms, issue
// numbers, page counts, page markers and page references ("第01版：要闻", "下转第3版"). They work
// on width-folded text (see FoldWidth) and return where in the text they matched.
#ifndef PAPERDEX_MASTHEAD_H_
#define PAPERDEX_MASTHEAD_H_

#include <optional>
#include <string>
#include <string_view>

namespace paperdex {

struct DateMatch {
  int year = 0, month = 0, day = 0;
  size_t begin = 0, end = 0;  // the matched span of the text
  std::string Iso() const;    // "2022-06-27"
};

// The first valid calendar date printed in `text`: 2022年6月27日, 2022-06-27, 2022.06.27,
// 2022/6/27, 二〇二二年六月二十七日, 民國112年3月8日 (the Minguo calendar, year + 1911). Nothing
// for 6月27日 alone or for an impossible date (2022年2月30日).
std::optional<DateMatch> FindDate(std::u32string_view text);

// A date in a file name: 2022-06-27, 2022_06_27 or 20220627, not inside a longer run of digits.
std::optional<std::string> DateFromFileName(std::string_view file_name);

// 第2296期 or 总第12345期 (the plain form wins when both are printed).
std::optional<int> FindIssueNumber(std::u32string_view text);
// The page count: 今日8版, 本期16版, 共8版, 今日八版.
std::optional<int> FindPageCount(std::u32string_view text);
// The weekday as printed: 星期一 or 周一.
std::optional<std::u32string> FindWeekday(std::u32string_view text);

struct PageMarker {
  int page = 0;
  std::u32string name;  // the page name (版名), empty when none is printed
};

// A line that marks the start of a page: 第01版：要闻, 第2版, A02版 经济, 08版：体育, and running
// headers that carry a page number, "2 要闻 2023年3月8日 星期三 责任编辑 王芳".
std::optional<PageMarker> ParsePageMarker(std::u32string_view line);

// A page reference at `pos`: 第3版, 08版, A04版, 第五版, A3. On success sets *end past it.
std::optional<int> ParsePageRef(std::u32string_view text, size_t pos, size_t* end);

}  // namespace paperdex

#endif  // PAPERDEX_MASTHEAD_H_
