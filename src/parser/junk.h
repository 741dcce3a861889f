// Junk and hard wraps: the classified lines that are extraction junk rather than text (orphan 【…】
// labels, tables of contents, characters printed one a line, tables of numbers, a short line
// repeated in a stretch or on every page), and layouts hard-wrapped at one column width re-joined.
#ifndef PAPERDEX_PARSER_JUNK_H_
#define PAPERDEX_PARSER_JUNK_H_

#include <string_view>
#include <vector>

#include "parser/lines.h"

namespace paperdex::parser {

// A bracketed label standing alone: "【今日关注】".
bool IsOrphanLabel(std::u32string_view key);
// The header of a table of contents: "本期导读", "【今日导读】".
bool IsContentsHeader(std::u32string_view key);
// An entry of a table of contents: "要闻速览……A02", "经济 3版".
bool IsContentsEntry(std::u32string_view key);
// A row of a table: three cells or more, two of them numbers ("菠菜 4.00 4.80 -16.7%"); with
// `header`, a row of three to eight cells and no number ("品种 今日 昨日 涨跌").
bool IsTableRow(std::u32string_view key, bool header);
// One Han character or Latin letter alone ("今").
bool IsSingleCharacter(std::u32string_view key);

// A bare page reference on a line of its own: "第九版", "第18版", "A09版".
bool IsBarePageRef(std::u32string_view key);

// The classified `lines` with the junk among them made noise. This stage overrides the
// classifier: a line it finds to be junk becomes kNoise whatever kind it had. A bare page marker
// out of the order of the pages ("第九版" after "第01版") is noise, and the header of a teaser box
// (导读 over headlines, each with its page on a line of its own) gets the end of the box in
// Line::box_end.
std::vector<Line> MarkJunk(std::vector<Line> lines);

// The column width (display columns) when most body and title lines are cut at one width, else 0.
int WrapWidth(const std::vector<Line>& lines);

// The lines of a hard-wrapped layout joined back into paragraphs: a body or title line cut at the
// column width goes on in the next unless that one is indented. A joined line is classified again.
// With no column width, the lines as they are.
std::vector<Line> JoinHardWraps(std::vector<Line> lines);

}  // namespace paperdex::parser

#endif  // PAPERDEX_PARSER_JUNK_H_
