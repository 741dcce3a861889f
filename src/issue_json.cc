#include "paperdex/issue_json.h"

#include "paperdex/error.h"

namespace paperdex {
namespace {

template <typename T>
Json Optional(const std::optional<T>& v) {
  return v ? Json(*v) : Json(nullptr);
}

template <typename T>
std::optional<T> GetOptional(const Json& j, const char* key) {
  auto it = j.find(key);
  if (it == j.end() || it->is_null()) return std::nullopt;
  return it->get<T>();
}

}  // namespace

const char* KindName(ArticleKind kind) {
  switch (kind) {
    case ArticleKind::kNews:
      return "news";
    case ArticleKind::kBrief:
      return "brief";
    case ArticleKind::kCommentary:
      return "commentary";
    case ArticleKind::kPhoto:
      return "photo";
    case ArticleKind::kNotice:
      return "notice";
    case ArticleKind::kInterview:
      return "interview";
    case ArticleKind::kTeaser:
      return "teaser";
  }
  return "news";
}

std::optional<ArticleKind> KindFromName(const std::string& name) {
  for (ArticleKind k :
       {ArticleKind::kNews, ArticleKind::kBrief, ArticleKind::kCommentary, ArticleKind::kPhoto,
        ArticleKind::kNotice, ArticleKind::kInterview, ArticleKind::kTeaser}) {
    if (name == KindName(k)) return k;
  }
  return std::nullopt;
}

Json BylineToJson(const Byline& b) {
  Json j = {{"role", Optional(b.role)}, {"name", b.name}};
  if (b.photo) j["credit"] = "photo";
  return j;
}

Json ArticleToJson(const Article& a) {
  Json bylines = Json::array();
  for (const Byline& b : a.bylines) bylines.push_back(BylineToJson(b));
  return Json{{"id", a.id},
              {"kind", KindName(a.kind)},
              {"page", Optional(a.page)},
              {"section", Optional(a.section)},
              {"kicker", Optional(a.kicker)},
              {"headline", a.headline},
              {"subheadline", Optional(a.subheadline)},
              {"bylines", bylines},
              {"dateline", Optional(a.dateline)},
              {"body", a.body},
              {"captions", a.captions},
              {"continued_from_page", Optional(a.continued_from_page)},
              {"continued_on_page", Optional(a.continued_on_page)}};
}

Json IssueToJson(const Issue& issue) {
  Json articles = Json::array();
  for (const Article& a : issue.articles) articles.push_back(ArticleToJson(a));
  return Json{{"paper", Optional(issue.paper)},
              {"date", Optional(issue.date)},
              {"issue_no", Optional(issue.issue_no)},
              {"pages", Optional(issue.pages)},
              {"encoding", issue.encoding},
              {"date_source", Optional(issue.date_source)},
              {"weekday", Optional(issue.weekday)},
              {"source", issue.source},
              {"articles", articles},
              {"noise", issue.noise}};
}

Article ArticleFromJson(const Json& j) {
  try {
    Article a;
    a.id = j.value("id", "");
    const auto kind = KindFromName(j.value("kind", "news"));
    if (!kind) throw Error("", "unknown article kind '" + j.value("kind", "") + "'");
    a.kind = *kind;
    a.page = GetOptional<int>(j, "page");
    a.section = GetOptional<std::string>(j, "section");
    a.kicker = GetOptional<std::string>(j, "kicker");
    a.headline = j.at("headline").get<std::string>();
    a.subheadline = GetOptional<std::string>(j, "subheadline");
    for (const Json& b : j.value("bylines", Json::array())) {
      Byline byline;
      byline.role = GetOptional<std::string>(b, "role");
      byline.name = b.at("name").get<std::string>();
      byline.photo = b.value("credit", "") == "photo";
      a.bylines.push_back(std::move(byline));
    }
    a.dateline = GetOptional<std::string>(j, "dateline");
    a.body = j.value("body", "");
    a.captions = j.value("captions", std::vector<std::string>{});
    a.continued_from_page = GetOptional<int>(j, "continued_from_page");
    a.continued_on_page = GetOptional<int>(j, "continued_on_page");
    return a;
  } catch (const Json::exception& e) {
    throw Error("", std::string("malformed article JSON: ") + e.what());
  }
}

}  // namespace paperdex
