// The query language of `search` and `export`, parsed by paperdex itself (not by Xapian's
// QueryParser, which mishandles Chinese) into Xapian::Query objects:
//   words and Chinese text      every article holding the text (as a substring, within one title
//                               field or paragraph, for Han text; ranked, exact runs first)
//   "…"                         exactly the articles holding that string
//   AND, OR, NOT, -x, ( )       boolean structure; juxtaposition means AND
//   headline: byline: section: paper: caption: dateline:   the text of one field
//   kind: page: id:             filters (kind:commentary, page:3, page:1..4)
//   date:2022-06-27 date:2022-06 date:2022 date:2022-06-01..2022-06-30   dates and ranges
#ifndef PAPERDEX_QUERY_PARSER_H_
#define PAPERDEX_QUERY_PARSER_H_

#include <xapian.h>

#include <string>
#include <string_view>
#include <vector>

#include "paperdex/analyzer.h"

namespace paperdex {

struct ParsedQuery {
  Xapian::Query query;
  // Folded strings a snippet should highlight (the positive text of the query).
  std::vector<std::u32string> highlights;
};

class QueryParser {
 public:
  // `analyzer` must outlive the parser.
  explicit QueryParser(const Analyzer& analyzer) : analyzer_(analyzer) {}

  // Throws Error("", "bad query: <why>") for an unbalanced quote or parenthesis, a field with no
  // value, an unknown kind, an impossible date, or a query with nothing to search for.
  ParsedQuery Parse(std::string_view text) const;

 private:
  const Analyzer& analyzer_;
};

}  // namespace paperdex

#endif  // PAPERDEX_QUERY_PARSER_H_
