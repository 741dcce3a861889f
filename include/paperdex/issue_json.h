// The JSON shape of an issue and of an article, defined once: the schema of GOLD-FORMAT.md, with an
// article's `id` first and the issue's `encoding`, `date_source` and `source` besides.
#ifndef PAPERDEX_ISSUE_JSON_H_
#define PAPERDEX_ISSUE_JSON_H_

#include <nlohmann/json.hpp>

#include "paperdex/issue.h"

namespace paperdex {

using Json = nlohmann::ordered_json;

Json BylineToJson(const Byline& byline);
Json ArticleToJson(const Article& article);
// The issue with its articles; `noise` lists the lines that were dropped.
Json IssueToJson(const Issue& issue);

// The inverse of ArticleToJson. Throws Error when a required field is missing or of the wrong type.
Article ArticleFromJson(const Json& json);

}  // namespace paperdex

#endif  // PAPERDEX_ISSUE_JSON_H_
