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

namespace paperdex::parser {

// Longest a column label is, in characters.
constexpr size_t kMaxColumnChars = 8;

// A line of a headline block, as printed; `dash` when it was led by dashes (——).
struct TitleLine {
  std::u32string text;
  bool dash = false;
};

// The roles of a headline block's lines. `headline` is empty for an empty block.
struct HeadlineBlock {
  std::optional<std::u32string> column;  // a column label printed with the article
  std::optional<std::string> kicker;
  std::string headline;
  std::optional<std::string> subheadline;
};

// A column label rather than a headline: "周·见", "一线调查", "简讯".
bool IsColumnLabel(std::u32string_view t);
// Whether `label` holds one of `rows`; false with no label.
bool MatchesLabel(const std::optional<std::u32string>& label,
                  std::span<const std::u32string_view> rows);

// Gives the lines of a headline block their roles: the last of the lines before a dash line is
// the headline, the one before it the kicker; a dash line is the subheadline; a marked or very
// short first line, or a short line at the end, is the column. A line printed twice in a row
// counts once.
HeadlineBlock AssignTitles(std::vector<TitleLine> run);

}  // namespace paperdex::parser

#endif  // PAPERDEX_PARSER_HEADLINES_H_
