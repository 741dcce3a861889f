#include "parser/ids.h"

#include <gtest/gtest.h>

#include "paperdex/issue_parser.h"

namespace paperdex::parser {
namespace {

Article OnPage(std::optional<int> page) {
  Article a;
  a.page = page;
  return a;
}

TEST(IdsTest, NumbersArticlesOnEachPageAndGivesThemIds) {
  const std::vector<Article> out =
      NumberArticles({OnPage(1), OnPage(1), OnPage(2), OnPage(1)}, std::string("株洲日报"),
                     std::string("2022-06-27"));
  ASSERT_EQ(out.size(), 4u);
  EXPECT_EQ(out[0].position, 1);
  EXPECT_EQ(out[1].position, 2);
  EXPECT_EQ(out[2].position, 1);
  EXPECT_EQ(out[3].position, 3);
  EXPECT_EQ(out[0].id, "zzrb-20220627-01-01");
  EXPECT_EQ(out[2].id, "zzrb-20220627-02-01");
  EXPECT_EQ(out[3].id, "zzrb-20220627-01-03");
}

TEST(IdsTest, StandsInForAnUnknownPaperDateAndPage) {
  const std::vector<Article> out =
      NumberArticles({OnPage(std::nullopt)}, std::nullopt, std::nullopt);
  ASSERT_EQ(out.size(), 1u);
  EXPECT_EQ(out[0].id, "paper-00000000-00-01");
  EXPECT_EQ(PaperSlug(std::string("江城日报")), "jcrb");
}

TEST(IdsTest, FindsTheLastPage) {
  EXPECT_EQ(LastPage({OnPage(3), OnPage(std::nullopt), OnPage(8), OnPage(2)}), 8);
  EXPECT_EQ(LastPage({OnPage(std::nullopt)}), 0);
  EXPECT_EQ(LastPage({}), 0);
}

}  // namespace
}  // namespace paperdex::parser
