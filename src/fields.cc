#include "paperdex/fields.h"

#include <algorithm>

#include "paperdex/index_schema.h"
#include "paperdex/text.h"

namespace paperdex {

const std::vector<FieldSpec>& Fields() {
  namespace s = schema;
  static const std::vector<FieldSpec> kFields = {
      {"headline", "title", FieldType::kText, TextField::kTitle, "",
       {"kicker", "headline", "subheadline"}, true, "TEXT",
       "the headline block: kicker, headline, subheadline"},
      {"body", nullptr, FieldType::kText, TextField::kBody, "", {"body"}, true, "TEXT",
       "the body paragraphs"},
      {"byline", "author", FieldType::kText, TextField::kByline, s::kBylinePrefix, {"bylines"},
       true, "NAME", "a byline name (reporter, correspondent, photographer)"},
      {"section", nullptr, FieldType::kText, TextField::kSection, s::kSectionPrefix, {"section"},
       false, "TEXT", "the section or column"},
      {"paper", nullptr, FieldType::kText, TextField::kPaper, s::kPaperPrefix, {"paper"}, false,
       "TEXT", "the paper's name"},
      {"caption", nullptr, FieldType::kText, TextField::kCaption, s::kCaptionPrefix,
       {"captions"}, true, "TEXT", "a picture caption"},
      {"dateline", nullptr, FieldType::kText, TextField::kDateline, s::kDatelinePrefix,
       {"dateline"}, true, "TEXT", "the dateline (新华社北京5月5日电)"},
      {"kind", nullptr, FieldType::kKind, TextField::kText, "", {"kind"}, false, "KIND",
       "news, brief, commentary, photo, notice, interview or teaser"},
      {"page", nullptr, FieldType::kPage, TextField::kText, "", {"page"}, false, "N or N..M",
       "the page (page:3, page:1..4)"},
      {"date", nullptr, FieldType::kDate, TextField::kText, "", {"date"}, false,
       "DATE or DATE..DATE",
       "2026-05-06, 2026-05, 2026, 2026年5月6日, 2026年5月, a range with .."},
      {"id", nullptr, FieldType::kId, TextField::kText, "", {"id"}, false, "ID",
       "the article with this id"},
  };
  return kFields;
}

const FieldSpec* FindField(std::string_view name) {
  for (const FieldSpec& f : Fields()) {
    if (name == f.name || (f.alias && name == f.alias)) return &f;
  }
  return nullptr;
}

const FieldSpec* SpecOf(TextField field) {
  for (const FieldSpec& f : Fields()) {
    if (f.type == FieldType::kText && f.text == field) return &f;
  }
  return nullptr;
}

std::string FieldsHelp(std::string_view indent) {
  std::vector<std::string> heads;
  int widest = 0;
  for (const FieldSpec& f : Fields()) {
    std::string head = std::string(f.name) + ":";
    if (f.alias) head += " (" + std::string(f.alias) + ":)";
    head += std::string(" ") + f.values;
    widest = std::max(widest, DisplayWidth(ToU32(head)));
    heads.push_back(std::move(head));
  }
  std::string out;
  for (size_t k = 0; k < heads.size(); ++k) {
    out += std::string(indent) + heads[k] +
           std::string(static_cast<size_t>(widest - DisplayWidth(ToU32(heads[k])) + 2), ' ') +
           Fields()[k].help + "\n";
  }
  return out;
}

}  // namespace paperdex
