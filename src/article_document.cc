#include "paperdex/article_document.h"

#include <cstdio>

#include "paperdex/fields.h"
#include "paperdex/index_schema.h"
#include "paperdex/index_writer.h"
#include "paperdex/stored_article.h"
#include "paperdex/text.h"

namespace paperdex {

std::string CopyFingerprint(const Json& stored) {
  std::u32string text;
  ForEachStoredUnit(stored, "body", [&](std::string_view unit) {
    for (char32_t c : FoldText(ToU32(unit))) {
      if (!IsSpace(c)) text.push_back(c);
    }
  });
  if (text.size() < kMinCopyChars) return "";
  return ContentHash(ToUtf8(text));
}

Xapian::Document MakeDocument(const Analyzer& analyzer, const Issue& issue, const Article& a,
                              const std::string& file_term) {
  namespace s = schema;
  Xapian::Document doc;
  doc.add_boolean_term(s::kIdPrefix + a.id);
  doc.add_boolean_term(file_term);

  const Json stored = StoredArticleJson(issue, a);
  // Each unit of the article's text (a title field, a paragraph, a name, a caption) is indexed on
  // its own: in the default field for the fields that unfielded text searches, then under the
  // field's own prefix for the fields that have one (searches of them are checked against the
  // stored text).
  auto index = [&](const FieldSpec& f, const char* prefix) {
    ForEachFieldUnit(stored, f,
                     [&](std::string_view unit) { analyzer.IndexUnit(ToU32(unit), prefix, doc); });
  };
  for (const FieldSpec& f : Fields()) {
    if (f.type == FieldType::kText && f.in_text) index(f, "");
  }
  for (const FieldSpec& f : Fields()) {
    if (f.type == FieldType::kText && *f.prefix) index(f, f.prefix);
  }

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
  // Printings of one text (a story run in full on two pages, an issue filed twice) share it.
  if (const std::string copy = CopyFingerprint(stored); !copy.empty()) {
    doc.add_value(s::kCopySlot, copy);
    doc.add_boolean_term(s::kCopyPrefix + copy);
  }

  doc.set_data(stored.dump(-1, ' ', false, Json::error_handler_t::replace));
  return doc;
}

}  // namespace paperdex
