// Turns a parsed article into the Xapian document that the index stores (terms, values, data), and
// the stored data back into JSON. The index schema is in index_schema.h.
#ifndef PAPERDEX_ARTICLE_DOCUMENT_H_
#define PAPERDEX_ARTICLE_DOCUMENT_H_

#include <xapian.h>

#include <string>

#include "paperdex/analyzer.h"
#include "paperdex/issue.h"
#include "paperdex/issue_json.h"

namespace paperdex {

// The JSON an article is stored and exported as: ArticleToJson plus the issue's paper, date,
// issue_no and source.
Json StoredArticleJson(const Issue& issue, const Article& article);

// Builds the document of `article` (its id must be final): the unique id term, every field's terms,
// the boolean filter terms, the value slots and the stored JSON. `file_term` identifies the source.
Xapian::Document MakeDocument(const Analyzer& analyzer, const Issue& issue, const Article& article,
                              const std::string& file_term);

}  // namespace paperdex

#endif  // PAPERDEX_ARTICLE_DOCUMENT_H_
