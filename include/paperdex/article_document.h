// Turns a parsed article into the Xapian document that the index stores (terms, values, data). The index schema is in index_schema.h.
#ifndef PAPERDEX_ARTICLE_DOCUMENT_H_
#define PAPERDEX_ARTICLE_DOCUMENT_H_

#include <xapian.h>

#include <string>

#include "paperdex/analyzer.h"
#include "paperdex/issue.h"
#include "paperdex/issue_json.h"

namespace paperdex {

// What makes two printings of an article one: a hash of its body's text as folded, with no white
// space; empty for a body too short to tell a story from a stock phrase (kMinCopyChars).
inline constexpr size_t kMinCopyChars = 60;
std::string CopyFingerprint(const Json& stored_article);

// Builds the document of `article` (its id must be final): the unique id term, every field's terms,
// the boolean filter terms, the value slots and the stored JSON. `file_term` identifies the source.
Xapian::Document MakeDocument(const Analyzer& analyzer, const Issue& issue, const Article& article,
                              const std::string& file_term);

}  // namespace paperdex

#endif  // PAPERDEX_ARTICLE_DOCUMENT_H_
