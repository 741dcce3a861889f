#include "parser/furniture.h"

#include <gtest/gtest.h>

#include "parser/classify.h"
#include "test_lines.h"

namespace paperdex::parser {
namespace {

TEST(FurnitureTest, ReadsTheMastheadAndNamesItsLines) {
  const std::vector<Line> lines = SplitLines(
      "\n江城日报\n2023年3月8日 星期三\n第23418期 今日8版\n中共江城市委主管主办\n\n头条标题\n");
  const Masthead m = ReadMasthead(lines);
  EXPECT_EQ(m.meta.paper, "江城日报");
  EXPECT_EQ(m.meta.date, "2023-03-08");
  EXPECT_EQ(m.meta.date_source, "masthead");
  EXPECT_EQ(m.meta.weekday, "星期三");
  EXPECT_EQ(m.meta.issue_no, 23418);
  EXPECT_EQ(m.meta.pages, 8);
  EXPECT_EQ(m.lines, (std::vector<size_t>{1, 2, 3, 4}));
}

TEST(FurnitureTest, TakesTheNameBeforeTheDateOnOneLine) {
  const Masthead m = ReadMasthead(SplitLines("江城日报 2023年3月8日 星期三\n标题\n"));
  EXPECT_EQ(m.meta.paper, "江城日报");
  EXPECT_EQ(m.meta.date, "2023-03-08");
  EXPECT_EQ(m.lines, (std::vector<size_t>{0}));
}

TEST(FurnitureTest, TakesALoneFirstLineAsTheNameOnlyWhenItReadsLikeOne) {
  const Masthead paper = ReadMasthead(SplitLines("南岭商报\n\n标题\n"));
  EXPECT_EQ(paper.meta.paper, "南岭商报");
  EXPECT_FALSE(paper.meta.date);
  EXPECT_EQ(paper.lines, (std::vector<size_t>{0}));

  const Masthead headline = ReadMasthead(SplitLines("春耕正当时\n\n" + testing::BodyLine("正文")));
  EXPECT_FALSE(headline.meta.paper);
  EXPECT_TRUE(headline.lines.empty());
}

TEST(FurnitureTest, FillsWhatTheMastheadLacksFromRunningHeaders) {
  const std::vector<Line> lines = testing::Classified("标题\n" + testing::BodyLine("正文") +
                                                      "\n西江晚报 2023年5月12日 星期五\n");
  ASSERT_EQ(lines[2].kind, LineKind::kNoise);  // a dated header
  const IssueMeta meta = ReadRunningHeaders(lines, {});
  EXPECT_EQ(meta.paper, "西江晚报");
  EXPECT_EQ(meta.date, "2023-05-12");
  EXPECT_EQ(meta.date_source, "page header");

  IssueMeta known;
  known.paper = "江城日报";
  known.date = "2023-03-08";
  known.date_source = "masthead";
  const IssueMeta kept = ReadRunningHeaders(lines, known);
  EXPECT_EQ(kept.paper, "江城日报");
  EXPECT_EQ(kept.date, "2023-03-08");
  EXPECT_EQ(kept.date_source, "masthead");
}

TEST(FurnitureTest, RecognisesPageFurniture) {
  struct Row {
    std::u32string_view key;
    bool (*is)(std::u32string_view);
    bool want;
  };
  const Row rows[] = {
      {U"- 3 -", IsPageNumberLine, true},
      {U"12", IsPageNumberLine, true},
      {U"2023", IsPageNumberLine, false},
      {U"钢琴调律 上门服务 电话:13805712468", IsAdvertLine, true},
      {U"(咨询电话:13805712468)", IsAdvertLine, false},
      {U"市民可拨打电话13805712468咨询。", IsAdvertLine, false},
      {U"便民热线 96118 全天受理", IsAdvertLine, true},
      {U"养老服务电话:12349", IsAdvertLine, true},
      {U"热线开通一年 接到诉求3万件", IsAdvertLine, false},
      {U"12345热线 一年办结诉求8.6万件", IsAdvertLine, false},
      {U"责任编辑:张伟 校对:刘敏", IsEditorLine, true},
      {U"张伟说，他是这一期的责任编辑。", IsEditorLine, false},
      {U"晴转多云 东南风2-3级", IsWeatherLine, true},
      {U"风清气正", IsWeatherLine, false},
      {U"今天：多云转阴 -2℃～6℃", IsWeatherLine, true},
      {U"多云 18℃ 25℃", IsWeatherLine, true},
      {U"周末最高气温将升至35℃", IsWeatherLine, false},
      {U"2026-04-27 00:00:00:0301533http://paper.example.cn/a.html 一版责编:许 诺",
       IsExtractionResidue, true},
      {U"/enpproperty-->", IsExtractionResidue, true},
      {U"图②", IsExtractionResidue, true},
      {U"图二", IsExtractionResidue, true},
      {U"资料来源:中国证监会", IsChartLegend, true},
      {U"单位:亿元", IsChartLegend, true},
      {U"资料来源于市统计局的数据显示，今年以来全市经济稳中有进。", IsChartLegend, false},
      {U"详情可登录网站http://www.example.cn查询。", IsExtractionResidue, false},
      {U"图②为市民在公园赏花。", IsExtractionResidue, false},
      {U"本版邮箱:dadi@example.cn", IsMailboxLine, true},
      {U"征稿邮箱:news@example.cn", IsMailboxLine, true},
      {U"市民可发邮件至service@example.cn反映。", IsMailboxLine, false},
      {U"西江晚报 2023年5月12日 星期五 A3 城事", IsDatedHeader, true},
      {U"2023年5月12日", IsDatedHeader, false},
      {U"二〇二六年五月二十日于港城", IsDatedHeader, false},  // where a document was signed
      {U"2023年5月12日 港城", IsDatedHeader, true},
      {U"以上信息由刊登者提供，请读者自行核实", IsDisclaimerLine, true},
      {U"请读者朋友们积极参与", IsDisclaimerLine, false},
  };
  for (const Row& r : rows) EXPECT_EQ(r.is(r.key), r.want) << ToUtf8(r.key);
  EXPECT_TRUE(HasPhoneNumber(U"0731-2222 2222"));
  EXPECT_FALSE(HasPhoneNumber(U"第123456期"));
}

}  // namespace
}  // namespace paperdex::parser
