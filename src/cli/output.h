// What the reading commands (search, show, export, stats) print with: the terminal styles, an
// article's meta line, a hit in each output form, and the one CSV writer.
#ifndef PAPERDEX_CLI_OUTPUT_H_
#define PAPERDEX_CLI_OUTPUT_H_

#include <CLI/CLI.hpp>
#include <ostream>
#include <string>
#include <vector>

#include "paperdex/searcher.h"

namespace paperdex::cli {

inline constexpr char kBold[] = "\033[1m";
inline constexpr char kDim[] = "\033[2m";
inline constexpr char kMatch[] = "\033[1;31m";
inline constexpr char kReset[] = "\033[0m";

// The words of a query given as several arguments, joined by spaces.
std::string Join(const std::vector<std::string>& words);
// The string `key` of `j`, or "" when it is missing or not a string.
std::string Str(const Json& j, const char* key);
// The byline names joined by 、, a photographer's marked (摄).
std::string Bylines(const Json& article);
// paper · date · 第N版 section · names · id
std::string MetaLine(const Json& article);
// `n` with a comma between thousands: 1,902.
std::string Thousands(size_t n);
SortOrder ParseSort(const std::string& s);

// A whole number of 0 or more, said in the user's words when it is not one.
extern const CLI::Validator kCount;

// `text` with the spans (start, length in code points) marked in kMatch, the rest in `style`
// (no escapes at all without `color`).
std::string Marked(std::u32string_view text,
                   const std::vector<std::pair<size_t, size_t>>& spans, bool color,
                   const char* style);

// `text` laid out in lines of `columns` columns by the Chinese line-breaking rules (layout.h), the
// first led by `first_indent`, the others by `hanging_indent`, the spans marked as Marked does;
// each line ends with '\n'.
std::string Laid(std::u32string_view text, const Spans& spans, bool color, const char* style,
                 int columns, std::u32string_view first_indent, std::u32string_view hanging_indent);

// A hit as `search --json` and `--jsonl` print it; a printing folded into another hit names that
// hit's id in `folded_into` (null for the hit itself).
Json HitJson(const Hit& hit, const std::string& folded_into = "");
// A hit as `search` prints it on a terminal of `columns` columns: the titles, the meta line, the
// snippet, a blank line.
void PrintHit(std::ostream& out, const Hit& hit, bool color, int columns);

// Writes RFC 4180 CSV: fields quoted when they hold a comma, a quote or a line end, rows ended by
// CRLF, the header first (after a UTF-8 byte order mark with `bom`).
class CsvWriter {
 public:
  CsvWriter(std::ostream& out, std::vector<std::string> columns, bool bom);
  void Row(const std::vector<std::string>& values);
  // The row of a stored article: each column read as CsvValue reads it.
  void Row(const Json& article);
  const std::vector<std::string>& columns() const { return columns_; }

 private:
  std::ostream& out_;
  std::vector<std::string> columns_;
};

// The text of field `key` of a stored article as a CSV cell: bylines "role name; …", captions one a
// line, numbers as digits, null as "".
std::string CsvValue(const Json& article, const std::string& key);

}  // namespace paperdex::cli

#endif  // PAPERDEX_CLI_OUTPUT_H_
