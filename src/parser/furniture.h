// The masthead and page furniture: what the top of an issue and its running headers say of the
// paper (name, date, number, page count), and the lines a page prints around its articles (editors'
// footers, weather boxes, advertisements, dated headers, page numbers, disclaimers).
#ifndef PAPERDEX_PARSER_FURNITURE_H_
#define PAPERDEX_PARSER_FURNITURE_H_

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "parser/lines.h"

namespace paperdex::parser {

// What an issue says of itself; the fields of Issue of the same names.
struct IssueMeta {
  std::optional<std::string> paper;
  std::optional<std::string> date;         // ISO 8601
  std::optional<std::string> date_source;  // "masthead", "page header" or "file name"
  std::optional<std::string> weekday;
  std::optional<int> issue_no;
  std::optional<int> pages;
};

struct Masthead {
  IssueMeta meta;
  std::vector<size_t> lines;  // indices of the masthead's lines, which are dropped as noise
};

// Reads the masthead at the top of `lines`: "江城日报 / 2023年3月8日 星期三 / 第23418期 今日8版".
// Page markers and running headers printed above it are not part of it. With no masthead, a lone
// first line that reads like a paper's name (江城日报) is taken as the name.
Masthead ReadMasthead(const std::vector<Line>& lines);

// `meta` with what it lacks of the date and the paper's name read from the running headers among
// the classified `lines` (noise or page lines that print a date: "西江晚报 2023年5月12日 星期五").
IssueMeta ReadRunningHeaders(const std::vector<Line>& lines, IssueMeta meta);

// Page furniture, on a line's width-folded key.
// A page number printed in the margin: "- 3 -", "3".
bool IsPageNumberLine(std::u32string_view key);
// Seven digits or more in a row, allowing - and spaces: "0731-2222 2222".
bool HasPhoneNumber(std::u32string_view key);
// An advertisement: "钢琴调律 上门服务 电话：13805712468".
bool IsAdvertLine(std::u32string_view key);
// A footer naming the page's editors: "责任编辑：张伟 校对：刘敏".
bool IsEditorLine(std::u32string_view key);
// A line of a weather box: "晴转多云 东南风2-3级".
bool IsWeatherLine(std::u32string_view key);
// A header that prints the date and the page: "西江晚报 2023年5月12日 星期五 A3 城事".
bool IsDatedHeader(std::u32string_view key);
// The disclaimer under classified advertisements: "以上信息由刊登者提供，请读者自行核实".
bool IsDisclaimerLine(std::u32string_view key);
// What an extraction leaves of the page's markup: a line with no Han text that holds a web
// address or a comment mark ("2026-04-27 00:00:00:0301…http://paper…", "/enpproperty-->"), or a
// picture's number alone ("图②").
bool IsExtractionResidue(std::u32string_view key);
// A chart's source, unit or maker on a line of its own: "资料来源：中国证监会", "单位：亿元".
bool IsChartLegend(std::u32string_view key);
// A page's address for contributions: "本版邮箱：…@…", "征稿邮箱：…".
bool IsMailboxLine(std::u32string_view key);

}  // namespace paperdex::parser

#endif  // PAPERDEX_PARSER_FURNITURE_H_
