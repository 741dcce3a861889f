// Headline blocks: the short lines over an article and the role of each,
// `[column] [kicker] headline [——subheadline] [column]`, and how a column label (栏目) is told from
// a kicker.
#ifndef PAPERDEX_PARSER_HEADLINES_H_
#define PAPERDEX_PARSER_HEADLINES_H_

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "parser/lines.h"

namespace paperdex::parser {

// Longest a column label is, in characters.
constexpr size_t kMaxColumnChars = 8;

// A line of a headline block, as printed; `dash` when it was led by dashes (——).
struct TitleLine {
  std::u32string text;
  bool dash = false;
  bool name = false;  // a bare name ("唐剑华"): the author, never the headline
};

// The roles of a headline block's lines. `headline` is empty for an empty block.
struct HeadlineBlock {
  std::optional<std::u32string> column;  // a column label printed with the article
  std::optional<std::string> kicker;
  std::string headline;
  std::optional<std::string> subheadline;
  std::optional<std::u32string> author;  // a bare name printed among the block's lines
  // Lines of the text printed among the titles: a decree's header ("某省人民政府令" / "第12号").
  std::vector<std::u32string> preamble;
};

// A decree's header line, the issuer's order ("某省人民政府令", "江城市人民政府令"), and
// its number ("第839号", "〔2026〕第3号"): printed under the title of the document it enacts.
bool IsDecreeLine(std::u32string_view key);
bool IsDecreeNumber(std::u32string_view key);
// Who signs a document, by post and name, over its date: "总理 王 五", "市长 王五".
bool IsSignerLine(std::u32string_view key);

// A column label rather than a headline: "周·见", "一线调查", "简讯".
bool IsColumnLabel(std::u32string_view t);
// Whether `label` holds one of `rows`; false with no label.
bool MatchesLabel(const std::optional<std::u32string>& label,
                  std::span<const std::u32string_view> rows);

// Whether `second`, printed under `first` with no dash, is its subheadline rather than `first`
// being its kicker (both width-folded): the date of a document, a detail that goes on from the
// headline ("同比增长12.6%", "将发放超3亿元文旅消费券"); never under a kicker that reports a
// speech, ends in a colon or is a few words of time or place ("截至3月底").
bool IsUndashedSubheadline(std::u32string_view first, std::u32string_view second);
// Gives the lines of a headline block their roles: the last of the lines before a dash line is
// the headline, the one before it the kicker; a dash line is the subheadline; a marked or very
// short first line, or a short line at the end, is the column. A line printed twice in a row
// counts once.
HeadlineBlock AssignTitles(std::vector<TitleLine> run);

// A kicker led into its headline by a dash at its end: "立足港口优势、产业优势——".
bool EndsWithDash(std::u32string_view key);
// The column tag of a printed headline, width-folded and without its brackets: "夜班札记" for
// "从卖产品到卖服务（夜班札记）"; nothing when it has none.
std::optional<std::u32string> HeadlineTag(std::u32string_view headline);
// A paragraph that opens with a dateline or a byline in brackets: "本报北京6月9日电", "本报讯",
// "〔记者林怡如／台北报导〕".
bool OpensWithDateline(std::u32string_view text);
// A line that ends an article: it ends in a closing dateline, byline or author's note in brackets
// ("（新华社江城4月12日电）", "（记者 吴十）", "（作者为…）", "（完）").
bool ClosesArticle(const Line& line);
// The names of the byline that `line` closes with: a byline in brackets at its end or on a line
// of its own ("…。（记者 吴十）"); none when it has none.
std::vector<std::string> ClosingNames(const Line& line);
// A photo credit, on its own or at the end of a caption: "…。 本报记者 许海森摄". It ends a
// photo item, or a picture inside a longer article.
bool EndsWithCredit(const Line& line);

// Whether the run of title lines that starts at `lines[i]`, met inside an article's body, opens a
// new article rather than being an inner subhead of the one it is in. Decided from context: what
// follows the run (a byline, a credit, a dateline), what precedes it (the end of an article), the
// shape of the run (a line printed twice, a kicker ending in —— or 强调, a ——subheadline, a
// column tag, a column label over a headline, a notice's headline), and what the text under it
// turns out to be (a short item ending in its own byline, credit or page reference before any
// other title). With none of these, an article with its byline over the text, or a long one (a
// document printed in full), goes on under the run (an inner subhead), while after a short item
// with no byline line (a brief, a dispatch) the run heads the next item, as it does under a
// column of briefs.
struct ArticleContext {
  bool byline_over_text = false;   // the article's byline is printed on a line of its own
  bool brief_column = false;       // the article is an item under a column of briefs (简讯)
  size_t body_chars = 0;           // the length of the article's text so far
  std::vector<std::string> names;  // the names in the article's bylines so far
};
// Longest a brief is, in characters: a longer text is an article that inner subheads may divide.
constexpr size_t kMaxBriefChars = 600;
bool OpensArticle(const std::vector<Line>& lines, size_t i, const ArticleContext& context);

}  // namespace paperdex::parser

#endif  // PAPERDEX_PARSER_HEADLINES_H_
