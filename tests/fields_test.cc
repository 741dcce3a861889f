// The fields table: names and aliases, the units a stored article gives each field, the help.
#include "paperdex/fields.h"

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include "paperdex/stored_article.h"

#include "test_util.h"

namespace paperdex {
namespace {

TEST(FieldsTest, FindsEveryFieldByNameAndAlias) {
  ASSERT_NE(FindField("headline"), nullptr);
  EXPECT_EQ(FindField("title"), FindField("headline"));
  EXPECT_EQ(FindField("author"), FindField("byline"));
  EXPECT_EQ(FindField("headlin"), nullptr);
  EXPECT_EQ(FindField(""), nullptr);
  for (const FieldSpec& f : Fields()) {
    EXPECT_EQ(FindField(f.name), &f) << f.name;
    if (f.type == FieldType::kText) {
      EXPECT_EQ(SpecOf(f.text), &f) << f.name;
      EXPECT_FALSE(f.stored.empty()) << f.name;
    }
  }
  EXPECT_EQ(SpecOf(TextField::kText), nullptr);
}

TEST(FieldsTest, AStoredArticleGivesEachLineStringAndNameAsAUnit) {
  const Json a = Json::parse(R"({"headline": "滨湖新城开工", "kicker": "",
      "body": "第一段。\n\n第二段。\n", "bylines": [{"role": "记者", "name": "甲乙丙"},
      {"role": "摄影", "name": ""}], "captions": ["图为工地。", ""], "page": 3})");
  auto units = [&](const char* key) {
    std::vector<std::string> out;
    ForEachStoredUnit(a, key, [&](std::string_view u) { out.emplace_back(u); });
    return out;
  };
  EXPECT_EQ(units("body"), (std::vector<std::string>{"第一段。", "第二段。"}));
  EXPECT_EQ(units("bylines"), (std::vector<std::string>{"甲乙丙"}));
  EXPECT_EQ(units("captions"), (std::vector<std::string>{"图为工地。"}));
  EXPECT_TRUE(units("kicker").empty());
  EXPECT_TRUE(units("page").empty());
  EXPECT_TRUE(units("dateline").empty());
}

TEST(FieldsTest, TheHelpAndTheManPageNameEveryField) {
  const std::string help = FieldsHelp("  ");
  std::ifstream in(testing::SourceDir() + "/data/man/paperdex.1");
  std::stringstream man;
  man << in.rdbuf();
  for (const FieldSpec& f : Fields()) {
    for (const char* name : {f.name, f.alias}) {
      if (!name) continue;
      EXPECT_NE(help.find(std::string(name) + ":"), std::string::npos) << name;
      EXPECT_NE(man.str().find(std::string(name) + ":"), std::string::npos) << name;
    }
  }
}

}  // namespace
}  // namespace paperdex
