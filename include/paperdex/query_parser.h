// The query language of `search` and `export`, parsed by paperdex itself (not by Xapian's
// QueryParser, which mishandles Chinese) into Xapian::Query objects:
//   words and Chinese text      every article holding the text (as a substring, within one title
//                               field or paragraph, for Han text; ranked, exact runs first)
//   "…"                         exactly the articles holding that string
//   AND, OR, NOT, -x, ( )       boolean structure; juxtaposition means AND
//   field:value, field:"…"     the text of one field, or a filter (the fields of fields.h)
#ifndef PAPERDEX_QUERY_PARSER_H_
#define PAPERDEX_QUERY_PARSER_H_

#include <xapian.h>

#include <array>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "paperdex/analyzer.h"
#include "paperdex/fields.h"
#include "paperdex/issue_json.h"

namespace paperdex {

// An article's searchable text, folded, by field (fields.h): what a query is checked against when
// the index alone can only narrow the candidates down (an exact string of three characters or
// more, the text of a field).
struct ArticleText {
  std::array<std::vector<std::u32string>, kTextFieldCount> units;  // by TextField
  std::string kind, date, id;  // date as YYYY-MM-DD
  int page = 0;

  const std::vector<std::u32string>& Units(TextField field) const {
    return units[static_cast<size_t>(field)];
  }
  // From the stored JSON of an article (StoredArticleJson).
  static ArticleText From(const Json& article);
};

// Decides whether an article matches, from its text alone.
class Predicate {
 public:
  virtual ~Predicate() = default;
  virtual bool Matches(const ArticleText& article) const = 0;
};

struct ParsedQuery {
  Xapian::Query query;  // every match, and with `verify` maybe more
  // When set, the articles `query` finds must also pass this to match; when null, `query` is exact.
  std::shared_ptr<const Predicate> verify;
  // Folded strings a snippet should highlight (the positive text of the query).
  std::vector<std::u32string> highlights;
  // Folded runs of unquoted text: articles holding them whole, and in a title, rank first.
  std::vector<std::u32string> runs;
};

class QueryParser {
 public:
  // `analyzer` (and `db`, when given) must outlive the parser. With `db`, a one-character string
  // matches through the bigrams it starts too (the index keeps a character's own term only where it
  // starts no bigram).
  explicit QueryParser(const Analyzer& analyzer, const Xapian::Database* db = nullptr)
      : analyzer_(analyzer), db_(db) {}

  // Throws Error("", "bad query: <why>") for an unbalanced quote or parenthesis, a field with no
  // value, an unknown kind, an impossible date, or a query with nothing to search for.
  ParsedQuery Parse(std::string_view text) const;

 private:
  const Analyzer& analyzer_;
  const Xapian::Database* db_;
};

// How many of `runs` the article holds whole, how many of those in a title field (a title that is
// the run itself counting twice) and how many (not in a title) in a byline name.
void RunBonus(const ArticleText& article, const std::vector<std::u32string>& runs, int* whole,
              int* in_title, int* in_byline);

}  // namespace paperdex

#endif  // PAPERDEX_QUERY_PARSER_H_
