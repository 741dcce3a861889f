// The article as the index stores it (index_schema.h's document data): written once, read once.
// Every reader of stored articles (search, its check of the stored text, snippets, show, export)
// goes through ReadStoredArticle, and every walk over its text through ForEachStoredUnit.
#ifndef PAPERDEX_STORED_ARTICLE_H_
#define PAPERDEX_STORED_ARTICLE_H_

#include <functional>
#include <string>
#include <string_view>

#include "paperdex/fields.h"
#include "paperdex/issue.h"
#include "paperdex/issue_json.h"

namespace paperdex {

// The JSON an article is stored and exported as: ArticleToJson plus the issue's paper, date,
// issue_no and source.
Json StoredArticleJson(const Issue& issue, const Article& article);

// The stored article in a document's data. Never throws: data that is not a JSON object (a damaged
// record) reads as an empty object, which matches nothing and shows as an article without text.
Json ReadStoredArticle(const std::string& data);

// Calls `unit` with each non-empty unit of text the stored article holds under `key`: each line of
// a string (a body's paragraphs), each string of an array, each name of an array of bylines.
void ForEachStoredUnit(const Json& article, const char* key,
                       const std::function<void(std::string_view)>& unit);
// The same over every stored part of `field`, in the table's order.
void ForEachFieldUnit(const Json& article, const FieldSpec& field,
                      const std::function<void(std::string_view)>& unit);

}  // namespace paperdex

#endif  // PAPERDEX_STORED_ARTICLE_H_
