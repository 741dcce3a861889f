// Kinds: the drafts become articles, each with its kind (news, brief, commentary, photo, notice,
// interview, teaser), its section (the column, else the page name) and its body.
#ifndef PAPERDEX_PARSER_KINDS_H_
#define PAPERDEX_PARSER_KINDS_H_

#include <string>
#include <string_view>
#include <vector>

#include "paperdex/issue.h"
#include "parser/assembly.h"

namespace paperdex::parser {

// A notice's headline: "停水公告", "关于调整公交线路的通知" (but not "市民收到降温通知").
bool IsNoticeHeadline(std::u32string_view headline);
// An interview: two questions or more ("问：", "记者：") and an answer ("答：", "王五：").
bool IsInterview(const std::vector<std::u32string>& paragraphs);
// The kind of the article `d` will make.
ArticleKind DecideKind(const Draft& d);

// The articles that `drafts` make, in order: a draft with no headline, text or caption is
// dropped; each other gets its kind, its section and its body (the paragraphs joined by '\n'). A
// signed commentary's short kicker becomes its column. Positions and ids are not yet given.
std::vector<Article> FinishArticles(std::vector<Draft> drafts);

}  // namespace paperdex::parser

#endif  // PAPERDEX_PARSER_KINDS_H_
