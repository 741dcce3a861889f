#include "paperdex/stored_article.h"

namespace paperdex {

Json StoredArticleJson(const Issue& issue, const Article& article) {
  Json j = ArticleToJson(article);
  j["paper"] = issue.paper ? Json(*issue.paper) : Json(nullptr);
  j["date"] = issue.date ? Json(*issue.date) : Json(nullptr);
  j["issue_no"] = issue.issue_no ? Json(*issue.issue_no) : Json(nullptr);
  j["source"] = issue.source;
  return j;
}

Json ReadStoredArticle(const std::string& data) {
  try {
    Json j = Json::parse(data);
    if (j.is_object()) return j;
  } catch (const Json::exception&) {
  }
  return Json::object();
}

void ForEachStoredUnit(const Json& article, const char* key,
                       const std::function<void(std::string_view)>& unit) {
  const auto it = article.find(key);
  if (it == article.end()) return;
  auto lines = [&](std::string_view text) {
    size_t start = 0;
    while (start <= text.size()) {
      size_t end = text.find('\n', start);
      if (end == std::string_view::npos) end = text.size();
      if (end > start) unit(text.substr(start, end - start));
      start = end + 1;
    }
  };
  if (it->is_string()) {
    lines(it->get_ref<const std::string&>());
  } else if (it->is_array()) {
    for (const Json& v : *it) {
      if (v.is_string() && !v.get_ref<const std::string&>().empty()) {
        unit(v.get_ref<const std::string&>());
      } else if (v.is_object()) {
        const auto name = v.find("name");
        if (name != v.end() && name->is_string() && !name->get_ref<const std::string&>().empty())
          unit(name->get_ref<const std::string&>());
      }
    }
  }
}

void ForEachFieldUnit(const Json& article, const FieldSpec& field,
                      const std::function<void(std::string_view)>& unit) {
  for (const char* key : field.stored) ForEachStoredUnit(article, key, unit);
}

}  // namespace paperdex
