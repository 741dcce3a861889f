// Ids: each article's position on its page and its stable id ("zzrb-20220627-01-03"). The id
// scheme itself, PaperSlug and MakeArticleId, is public (paperdex/issue_parser.h).
#ifndef PAPERDEX_PARSER_IDS_H_
#define PAPERDEX_PARSER_IDS_H_

#include <optional>
#include <string>
#include <vector>

#include "paperdex/issue.h"

namespace paperdex::parser {

// `articles` numbered in order on each page (1, 2, … per page; pages unknown count as one) and
// given their ids from the paper's name and the date.
std::vector<Article> NumberArticles(std::vector<Article> articles,
                                    const std::optional<std::string>& paper,
                                    const std::optional<std::string>& date);

// The highest page that an article is on, or 0 when no page is known.
int LastPage(const std::vector<Article>& articles);

}  // namespace paperdex::parser

#endif  // PAPERDEX_PARSER_IDS_H_
