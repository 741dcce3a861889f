#include "parser/headlines.h"

#include <gtest/gtest.h>

#include "conventions.h"

namespace paperdex::parser {
namespace {

HeadlineBlock Assign(std::vector<std::u32string> lines) {
  std::vector<TitleLine> run;
  for (auto& l : lines) {
    const bool dash = l.starts_with(U"——");
    run.push_back({std::move(l), dash});
  }
  return AssignTitles(std::move(run));
}

TEST(HeadlinesTest, AssignsKickerHeadlineAndSubheadline) {
  const HeadlineBlock b =
      Assign({U"抢抓农时 不误农事", U"我市春耕备耕物资储备充足", U"——化肥储备12万吨"});
  EXPECT_EQ(b.kicker, "抢抓农时 不误农事");
  EXPECT_EQ(b.headline, "我市春耕备耕物资储备充足");
  EXPECT_EQ(b.subheadline, "化肥储备12万吨");
  EXPECT_FALSE(b.column);
}

TEST(HeadlinesTest, FindsTheColumnBeforeOrAfterTheBlock) {
  const HeadlineBlock front = Assign({U"一线调查", U"预制菜走上餐桌 标准何时跟上"});
  EXPECT_EQ(front.column, U"一线调查");
  EXPECT_EQ(front.headline, "预制菜走上餐桌 标准何时跟上");
  EXPECT_FALSE(front.kicker);

  const HeadlineBlock after =
      Assign({U"到企业去 到现场去", U"——我市干部联点企业", U"纾困增效 在行动"});
  EXPECT_EQ(after.column, U"纾困增效 在行动");
  EXPECT_EQ(after.headline, "到企业去 到现场去");
  EXPECT_EQ(after.subheadline, "我市干部联点企业");
}

TEST(HeadlinesTest, HandlesTheSmallestBlocks) {
  EXPECT_EQ(Assign({}).headline, "");
  EXPECT_EQ(Assign({U"——只有一行"}).headline, "只有一行");
  const HeadlineBlock twice = Assign({U"央视推介醴陵玻璃椒", U"央视推介醴陵玻璃椒"});
  EXPECT_EQ(twice.headline, "央视推介醴陵玻璃椒");
  EXPECT_FALSE(twice.kicker);
  EXPECT_EQ(Assign({U"■滨湖区启动春季植树护绿行动"}).headline, "滨湖区启动春季植树护绿行动");
}

TEST(HeadlinesTest, TellsColumnLabels) {
  EXPECT_TRUE(IsColumnLabel(U"周·见"));
  EXPECT_TRUE(IsColumnLabel(U"民生直通车"));
  EXPECT_TRUE(IsColumnLabel(U"简讯"));
  EXPECT_FALSE(IsColumnLabel(U"我市春耕备耕物资储备充足"));
  EXPECT_TRUE(MatchesLabel(U"本地快讯", conventions::kBriefLabels));
  EXPECT_FALSE(MatchesLabel(std::nullopt, conventions::kBriefLabels));
}

}  // namespace
}  // namespace paperdex::parser
