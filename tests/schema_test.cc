// Validates exported articles against the JSON Schema shipped in data/schema, with a validator for
// the part of JSON Schema that the file uses (type, enum, required, properties, items, pattern,
// minimum, additionalProperties).
#include <gtest/gtest.h>

#include <regex>

#include "paperdex/index_writer.h"
#include "paperdex/issue_json.h"
#include "paperdex/searcher.h"
#include "test_util.h"

namespace paperdex {
namespace {

bool HasType(const Json& v, const std::string& type) {
  if (type == "string") return v.is_string();
  if (type == "integer") return v.is_number_integer();
  if (type == "number") return v.is_number();
  if (type == "null") return v.is_null();
  if (type == "array") return v.is_array();
  if (type == "object") return v.is_object();
  if (type == "boolean") return v.is_boolean();
  return false;
}

// Appends to `errors` every way `v` breaks `schema`.
void Validate(const Json& v, const Json& schema, const std::string& at,
              std::vector<std::string>* errors) {
  if (schema.contains("type")) {
    const Json& t = schema["type"];
    bool ok = false;
    for (const Json& one : t.is_array() ? t : Json::array({t}))
      ok = ok || HasType(v, one.get<std::string>());
    if (!ok) return errors->push_back(at + ": wrong type " + v.dump().substr(0, 40));
  }
  if (schema.contains("enum") &&
      std::find(schema["enum"].begin(), schema["enum"].end(), v) == schema["enum"].end()) {
    errors->push_back(at + ": not one of the values: " + v.dump());
  }
  if (schema.contains("pattern") && v.is_string() &&
      !std::regex_search(v.get<std::string>(), std::regex(schema["pattern"].get<std::string>()))) {
    errors->push_back(at + ": does not match " + schema["pattern"].get<std::string>() + ": " +
                      v.get<std::string>());
  }
  if (schema.contains("minimum") && v.is_number() &&
      v.get<double>() < schema["minimum"].get<double>()) {
    errors->push_back(at + ": below the minimum");
  }
  if (v.is_object()) {
    for (const Json& r : schema.value("required", Json::array())) {
      if (!v.contains(r.get<std::string>()))
        errors->push_back(at + ": missing " + r.get<std::string>());
    }
    const Json props = schema.value("properties", Json::object());
    for (const auto& [key, value] : v.items()) {
      if (props.contains(key)) {
        Validate(value, props[key], at + "." + key, errors);
      } else if (schema.contains("additionalProperties") &&
                 schema["additionalProperties"] == false) {
        errors->push_back(at + ": unexpected " + key);
      }
    }
  }
  if (v.is_array() && schema.contains("items")) {
    for (size_t i = 0; i < v.size(); ++i)
      Validate(v[i], schema["items"], at + "[" + std::to_string(i) + "]", errors);
  }
}

TEST(SchemaTest, EveryExportedArticleValidates) {
  const Json schema =
      Json::parse(testing::ReadFile(testing::SourceDir() + "/data/schema/article.schema.json"));
  testing::TempDir dir;
  IndexOptions o;
  o.index_dir = (dir.path() / "idx").string();
  UpdateIndex({testing::SourceDir() + "/data/issues"}, o);
  size_t n = 0;
  Searcher(o.index_dir).ForEach("", SortOrder::kIndex, [&](const Json& a) {
    std::vector<std::string> errors;
    Validate(a, schema, a.value("id", "?"), &errors);
    for (const std::string& e : errors) ADD_FAILURE() << e;
    ++n;
    return true;
  });
  EXPECT_GT(n, 100u);
}

TEST(SchemaTest, TheValidatorCatchesBrokenArticles) {
  const Json schema =
      Json::parse(testing::ReadFile(testing::SourceDir() + "/data/schema/article.schema.json"));
  Json a = Json::parse(
      R"({"id":"jcrb-20230308-01-01","kind":"news","page":1,"section":null,"kicker":null,
    "headline":"h","subheadline":null,"bylines":[{"role":null,"name":"x"}],"dateline":null,"body":"b",
    "captions":[],"continued_from_page":null,"continued_on_page":null,"paper":"p","date":"2023-03-08",
    "issue_no":1,"source":"s"})");
  std::vector<std::string> errors;
  Validate(a, schema, "a", &errors);
  EXPECT_TRUE(errors.empty()) << errors.front();
  for (const auto& [key, bad] :
       std::vector<std::pair<std::string, Json>>{{"kind", "poem"},
                                                 {"page", "one"},
                                                 {"date", "8 March"},
                                                 {"id", "Bad Id"},
                                                 {"bylines", Json::array({1})}}) {
    Json b = a;
    b[key] = bad;
    errors.clear();
    Validate(b, schema, "a", &errors);
    EXPECT_FALSE(errors.empty()) << key;
  }
  a.erase("headline");
  errors.clear();
  Validate(a, schema, "a", &errors);
  EXPECT_FALSE(errors.empty());
}

}  // namespace
}  // namespace paperdex
