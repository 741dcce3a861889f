// The issue parser: turns the raw text of one newspaper issue, as extracted from an e-paper PDF,
// into an Issue (paper, date, number, page count) and its articles (headline block, bylines,
// dateline, body, captions, kind, page). It repairs what the extraction broke: paragraphs cut by
// the layout, repeated lines, page furniture and junk, articles continued on another page.
#ifndef PAPERDEX_ISSUE_PARSER_H_
#define PAPERDEX_ISSUE_PARSER_H_

#include <string>
#include <string_view>
#include <vector>

#include "paperdex/issue.h"

namespace paperdex {

struct ParseOptions {
  std::string encoding;  // force this encoding ("gbk", "big5", "utf-16le"…); empty to detect
};

// Parses issue files. Stateless after construction, so one parser may serve several threads.
class IssueParser {
 public:
  explicit IssueParser(ParseOptions options = {});

  // Parses decoded UTF-8 text. `source` is the path it came from (a date in its file name is used
  // when the text prints none). Never throws: text with no recognisable article gives an Issue with
  // no articles.
  Issue Parse(std::string_view utf8_text, const std::string& source) const;

  // Reads, decodes and parses the file at `path`. Throws Error naming the file and the reason when
  // it cannot be read, is a directory, is empty, is binary, does not decode, has a line too long to
  // be issue text, or holds no article. Undecodable bytes that were replaced are reported in
  // Issue::diagnostics.
  Issue ParseFile(const std::string& path) const;

  // Decoded bytes of a file as ParseFile would read them (for tools that need the text itself).
  Issue ParseBytes(std::string_view bytes, const std::string& source) const;

 private:
  ParseOptions options_;
};

// The article id scheme: "<paper initials>-<yyyymmdd>-<page>-<position>", e.g. zzrb-20220627-01-03.
// Page 00 stands for an unknown page, 00000000 for an unknown date. Pure: the same issue always
// gets the same ids.
std::string MakeArticleId(const std::string& paper_slug, const std::optional<std::string>& date,
                          const Article& article);
// The paper's initials in pinyin (株洲日报 → zzrb), or "paper" when the name is unknown.
std::string PaperSlug(const std::optional<std::string>& paper);

}  // namespace paperdex

#endif  // PAPERDEX_ISSUE_PARSER_H_
