// The fields of an article, in one table: the names the query language takes for them, the term
// prefix the index gives their text, the parts of the stored article they read and their help
// line. The lexer, the grammar, the document builder, the stored-text check and the help all read
// it, so that a field is added in one place.
#ifndef PAPERDEX_FIELDS_H_
#define PAPERDEX_FIELDS_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "paperdex/issue_json.h"

namespace paperdex {

// The texts a query can be checked against. kText is what unfielded text means: the units of
// every field marked `in_text`.
enum class TextField { kText, kTitle, kBody, kByline, kSection, kPaper, kCaption, kDateline };
inline constexpr size_t kTextFieldCount = 8;

// What a field's value is: text to find, or a filter of its own syntax.
enum class FieldType { kText, kKind, kPage, kDate, kId };

struct FieldSpec {
  const char* name;   // as the query language writes it, lower case: "headline"
  const char* alias;  // another name for it ("title"), or nullptr
  FieldType type;
  TextField text;      // for a text field: the units it searches
  const char* prefix;  // for a text field: its terms' prefix, "" when the default field serves
  std::vector<const char*> stored;  // the keys of the stored article it reads, in order
  bool in_text;                     // unfielded text matches it too
  const char* values;               // how its value is written: "TEXT", "YYYY-MM-DD", …
  const char* help;                 // one line for --help and the man page
};

// Every field, in the order the help lists them.
const std::vector<FieldSpec>& Fields();
// The field named `name` (lower case) or aliased so, or nullptr.
const FieldSpec* FindField(std::string_view name);
// The text field whose units are `field` (kText has none: nullptr).
const FieldSpec* SpecOf(TextField field);

// The fields as the help lists them: one "name: (alias:) VALUES  help" line each.
std::string FieldsHelp(std::string_view indent);

}  // namespace paperdex

#endif  // PAPERDEX_FIELDS_H_
