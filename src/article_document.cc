#include "paperdex/article_document.h"

#include <cstdio>

#include "paperdex/index_schema.h"
#include "paperdex/text.h"

namespace paperdex {
namespace {

void IndexField(const Analyzer& analyzer, const std::optional<std::string>& text,
                const char* prefix, Xapian::Document& doc) {
  if (text && !text->empty()) analyzer.IndexUnit(ToU32(*text), prefix, doc);
}

}  // namespace

Json StoredArticleJson(const Issue& issue, const Article& article) {
  Json j = ArticleToJson(article);
  j["paper"] = issue.paper ? Json(*issue.paper) : Json(nullptr);
  j["date"] = issue.date ? Json(*issue.date) : Json(nullptr);
  j["issue_no"] = issue.issue_no ? Json(*issue.issue_no) : Json(nullptr);
  j["source"] = issue.source;
  return j;
}

Xapian::Document MakeDocument(const Analyzer& analyzer, const Issue& issue, const Article& a,
                              const std::string& file_term) {
  namespace s = schema;
  Xapian::Document doc;
  doc.add_boolean_term(s::kIdPrefix + a.id);
  doc.add_boolean_term(file_term);

  // The default field: title fields, then paragraphs, each its own unit.
  IndexField(analyzer, a.kicker, "", doc);
  analyzer.IndexUnit(ToU32(a.headline), "", doc);
  IndexField(analyzer, a.subheadline, "", doc);
  size_t start = 0;
  while (start <= a.body.size()) {
    size_t end = a.body.find('\n', start);
    if (end == std::string::npos) end = a.body.size();
    if (end > start)
      analyzer.IndexUnit(ToU32(std::string_view(a.body).substr(start, end - start)), "", doc);
    start = end + 1;
  }
  // Byline names, captions and the dateline are text of the article too, each a unit of its own.
  for (const Byline& b : a.bylines) IndexField(analyzer, b.name, "", doc);
  for (const std::string& c : a.captions) analyzer.IndexUnit(ToU32(c), "", doc);
  IndexField(analyzer, a.dateline, "", doc);
  // The small fields, each under its prefix (searches of them are checked against the stored text).
  for (const Byline& b : a.bylines) IndexField(analyzer, b.name, s::kBylinePrefix, doc);
  IndexField(analyzer, a.section, s::kSectionPrefix, doc);
  IndexField(analyzer, issue.paper, s::kPaperPrefix, doc);
  for (const std::string& c : a.captions) analyzer.IndexUnit(ToU32(c), s::kCaptionPrefix, doc);
  IndexField(analyzer, a.dateline, s::kDatelinePrefix, doc);

  doc.add_boolean_term(std::string(s::kKindPrefix) + KindName(a.kind));
  if (a.page) doc.add_boolean_term(s::kPagePrefix + std::to_string(*a.page));
  std::string ymd = "00000000";
  if (issue.date && issue.date->size() == 10) {
    ymd = issue.date->substr(0, 4) + issue.date->substr(5, 2) + issue.date->substr(8, 2);
    doc.add_boolean_term(s::kDatePrefix + ymd);
    doc.add_boolean_term(s::kMonthPrefix + ymd.substr(0, 6));
    doc.add_boolean_term(s::kYearPrefix + ymd.substr(0, 4));
  }
  doc.add_value(s::kDateSlot, ymd);
  if (issue.paper) doc.add_value(s::kPaperSlot, *issue.paper);
  if (a.page) doc.add_value(s::kPageSlot, Xapian::sortable_serialise(*a.page));
  doc.add_value(s::kKindSlot, KindName(a.kind));
  if (a.section) doc.add_value(s::kSectionSlot, *a.section);
  char order[32];
  std::snprintf(order, sizeof order, "%s%03d%03d", ymd.c_str(), a.page.value_or(0) % 1000,
                a.position % 1000);
  doc.add_value(s::kOrderSlot, order);
  std::string names;
  for (const Byline& b : a.bylines) {
    if (names.find(b.name) != std::string::npos) continue;
    if (!names.empty()) names.push_back(s::kValueSeparator);
    names += b.name;
  }
  if (!names.empty()) doc.add_value(s::kBylineSlot, names);

  doc.set_data(StoredArticleJson(issue, a).dump(-1, ' ', false, Json::error_handler_t::replace));
  return doc;
}

}  // namespace paperdex
