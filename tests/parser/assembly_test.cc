#include "parser/assembly.h"

#include <gtest/gtest.h>

#include <algorithm>

#include "parser/junk.h"
#include "parser/kinds.h"
#include "test_lines.h"

namespace paperdex::parser {
namespace {

using testing::BodyLine;
using testing::Classified;

TEST(AssemblyTest, OpensAnArticleAtAHeadlineAndCollectsItsParts) {
  const Assembly a = Assemble(
      Classified("春耕正当时\n本报记者 张三\n" + BodyLine("正文") + "\n" + BodyLine("第二段")));
  ASSERT_EQ(a.drafts.size(), 1u);
  const Draft& d = a.drafts[0];
  EXPECT_EQ(d.article.headline, "春耕正当时");
  ASSERT_EQ(d.article.bylines.size(), 1u);
  EXPECT_EQ(d.article.bylines[0].name, "张三");
  EXPECT_TRUE(d.byline_line);
  ASSERT_EQ(d.paragraphs.size(), 2u);
  EXPECT_EQ(ToUtf8(d.paragraphs[1]), BodyLine("第二段"));
}

TEST(AssemblyTest, TakesAShortLineBetweenAHeadlineAndTheTextForTheAuthor) {
  // A surname no table holds, padded to the width of three or not.
  for (const std::string author : {"禾 晟", "迮朝红"}) {
    const Assembly a =
        Assemble(Classified("江南的雨巷与旧时光\n" + author + "\n" + BodyLine("正文")));
    ASSERT_EQ(a.drafts.size(), 1u) << author;
    EXPECT_EQ(a.drafts[0].article.headline, "江南的雨巷与旧时光");
    ASSERT_EQ(a.drafts[0].article.bylines.size(), 1u);
    EXPECT_EQ(a.drafts[0].article.bylines[0].name, ToUtf8(StripSpaces(ToU32(author))));
  }
  // Over a short headline, a short line is the headline's label, not its author.
  const Assembly b = Assemble(Classified("观察\n老街区\n" + BodyLine("正文")));
  ASSERT_EQ(b.drafts.size(), 1u);
  EXPECT_EQ(b.drafts[0].article.headline, "老街区");
  EXPECT_TRUE(b.drafts[0].article.bylines.empty());
}

TEST(AssemblyTest, KeepsARegulationPrintedInFullInOneArticle) {
  const Assembly a = Assemble(Classified(
      "江城市养犬管理规定\n\n江城市人民政府令\n\n第12号\n\n"
      "《江城市养犬管理规定》经2026年3月2日市人民政府常务会议审议通过，即日发布。\n\n"
      "市长 王 五\n\n2026年5月15日\n\n\n第一章 总 则\n\n"
      "第一条 为了规范养犬行为，制定本规定。\n\n第二条 本市行政区域内\n养犬的，适用本规定。\n\n"
      "第二章 登记管理\n\n第三条 养犬实行登记制度。\n"));
  ASSERT_EQ(a.drafts.size(), 1u);
  const Draft& d = a.drafts[0];
  EXPECT_EQ(d.article.headline, "江城市养犬管理规定");
  ASSERT_GE(d.paragraphs.size(), 9u);
  EXPECT_EQ(d.paragraphs[0], U"江城市人民政府令");
  EXPECT_EQ(d.paragraphs[3], U"市长 王 五");
  EXPECT_EQ(d.paragraphs[4], U"2026年5月15日");
  EXPECT_EQ(d.paragraphs[5], U"第一章 总 则");
  EXPECT_TRUE(IsChapterHeading(U"第二节 监督管理"));
  EXPECT_FALSE(IsChapterHeading(U"第一节课上，老师讲了什么。"));
  EXPECT_TRUE(IsLegalArticleLine(U"第四条 国家加大对基础性工作的"));
  EXPECT_FALSE(IsLegalArticleLine(U"第四条"));
  EXPECT_FALSE(IsLegalArticleLine(U"第一条街"));
}

TEST(AssemblyTest, ReadsAPoemUnderItsAuthorLineByLine) {
  const Assembly a = Assemble(Classified(
      "第20版：副刊\n岭上雨季的折页\n禾 晟\n黄昏的渡口，一段温热的石阶\n早先，集市上有人叫卖\n"
      "一个辗转多年的梦\n那些日行百里的马匹\n老街的泥\n宋晓川\n" +
      BodyLine("秋天的集市总是热闹")));
  ASSERT_EQ(a.drafts.size(), 2u);
  EXPECT_EQ(a.drafts[0].article.headline, "岭上雨季的折页");
  ASSERT_EQ(a.drafts[0].article.bylines.size(), 1u);
  EXPECT_EQ(a.drafts[0].article.bylines[0].name, "禾晟");
  EXPECT_EQ(a.drafts[0].paragraphs.size(), 4u);
  EXPECT_EQ(a.drafts[1].article.headline, "老街的泥");
  // Two short lines under an author are no poem.
  std::vector<Line> two = Classified("标题\n张三\n第一行\n第二行\n" + BodyLine("正文"));
  EXPECT_FALSE(IsVerse(two, 2));
  EXPECT_TRUE(IsVerse(Classified("一\n二行\n三行字\n"), 0));
}

TEST(AssemblyTest, RejoinsAParagraphCutMidSentence) {
  const Assembly a =
      Assemble(Classified("标题\n\n会议指出，全市各部门要按照统一部署，各县市区按照在编干\n\n部人数"
                          "的10%以上比例选派干部。\n"));
  ASSERT_EQ(a.drafts.size(), 1u);
  ASSERT_EQ(a.drafts[0].paragraphs.size(), 1u);
  EXPECT_EQ(a.drafts[0].paragraphs[0],
            U"会议指出，全市各部门要按照统一部署，各县市区按照在编干部人数的10%以上比例选派干部。");
}

TEST(AssemblyTest, GivesArticlesTheirPagesAndDropsTheMarkers) {
  const Assembly a = Assemble(Classified("第01版：要闻\n标题一\n" + BodyLine("正文") +
                                         "\n第02版：经济\n标题二\n" + BodyLine("正文")));
  ASSERT_EQ(a.drafts.size(), 2u);
  EXPECT_EQ(a.drafts[0].article.page, 1);
  EXPECT_EQ(a.drafts[0].page_name, U"要闻");
  EXPECT_EQ(a.drafts[1].article.page, 2);
  EXPECT_EQ(a.drafts[1].page_name, U"经济");
  EXPECT_NE(std::find(a.noise.begin(), a.noise.end(), U"第02版：经济"), a.noise.end());
}

TEST(AssemblyTest, StitchesAPartContinuedOnAnotherPage) {
  const Assembly a = Assemble(
      Classified("第01版：要闻\n标题\n会议强调，全市各部门要按照统一部署，持续推进\n（下转第2版）\n"
                 "第02版：经济\n（上接第1版）\n各项工作，确保取得实效。\n"));
  ASSERT_EQ(a.drafts.size(), 1u);
  const Draft& d = a.drafts[0];
  EXPECT_EQ(d.article.continued_on_page, 2);
  ASSERT_EQ(d.paragraphs.size(), 1u);
  EXPECT_EQ(d.paragraphs[0],
            U"会议强调，全市各部门要按照统一部署，持续推进各项工作，确保取得实效。");
}

TEST(AssemblyTest, MakesATeaserOfAHeadlineWhoseTextIsElsewhere) {
  const Assembly a = Assemble(Classified("标题\n全文见第8版\n"));
  ASSERT_EQ(a.drafts.size(), 1u);
  EXPECT_TRUE(a.drafts[0].teaser);
  EXPECT_EQ(a.drafts[0].article.continued_on_page, 8);
}

TEST(AssemblyTest, MakesOneTeaserOfATeaserBox) {
  const Assembly a = Assemble(MarkJunk(
      Classified("第01版：要闻\n导读\n理论\n加快建设科技强国\n第九版\n春耕备耕物资充足\n第八版\n"
                 "第02版：要闻\n标题\n" +
                 BodyLine("正文"))));
  ASSERT_EQ(a.drafts.size(), 2u);
  const Draft& d = a.drafts[0];
  EXPECT_EQ(d.article.headline, "导读");
  EXPECT_TRUE(d.contents);
  EXPECT_EQ(d.article.continued_on_page, 9);
  EXPECT_EQ(d.article.page, 1);
  const std::vector<std::u32string> items = {U"理论", U"加快建设科技强国", U"第九版",
                                             U"春耕备耕物资充足", U"第八版"};
  EXPECT_EQ(d.paragraphs, items);
  EXPECT_EQ(a.drafts[1].article.page, 2);
}

TEST(AssemblyTest, JoinsContributionsToTheArticleTheyBelongTo) {
  const std::string text = "第05版：观点\n共话城市更新\n本报记者 张三\n" + BodyLine("编者按") +
                           "\n让老街留住烟火气\n江北省政协委员 许 宁\n" + BodyLine("第一位") +
                           "\n把好事办到心坎上\n滨湖大学教授 王志刚\n" + BodyLine("第二位") +
                           "\n第06版：经济\n另一篇文章\n本报记者 赵六\n" + BodyLine("正文");
  std::vector<Draft> drafts = JoinContributions(Assemble(Classified(text)).drafts);
  ASSERT_EQ(drafts.size(), 2u);
  const Draft& d = drafts[0];
  EXPECT_EQ(d.article.headline, "共话城市更新");
  ASSERT_EQ(d.article.bylines.size(), 1u);
  EXPECT_EQ(d.article.bylines[0].name, "张三");
  const std::vector<std::u32string> paragraphs = {
      ToU32(BodyLine("编者按")), U"让老街留住烟火气", U"江北省政协委员 许 宁",
      ToU32(BodyLine("第一位")), U"把好事办到心坎上", U"滨湖大学教授 王志刚",
      ToU32(BodyLine("第二位"))};
  EXPECT_EQ(d.paragraphs, paragraphs);
  EXPECT_EQ(drafts[1].article.headline, "另一篇文章");

  // One article by a writer with a description stays as it is.
  std::vector<Draft> one = JoinContributions(
      Assemble(Classified("理论文章标题\n滨湖大学教授 王志刚\n" + BodyLine("正文"))).drafts);
  ASSERT_EQ(one.size(), 1u);
  ASSERT_EQ(one[0].article.bylines.size(), 1u);
  EXPECT_EQ(one[0].article.bylines[0].role, "滨湖大学教授");
}

TEST(AssemblyTest, FoldsARoundupColumnIntoOneArticle) {
  const std::string text =
      "第14版：国际\n天下纵横\n甲国举行大选\n新华社甲城5月1日电 " + BodyLine("甲国今天举行大选") +
      "\n乙国发布新规\n新华社乙城5月1日电 " + BodyLine("乙国今天发布新规") +
      "\n丙国迎来旅游旺季\n新华社丙城5月1日电 " + BodyLine("丙国游客增多") + "\n";
  std::vector<Draft> drafts = FoldRoundups(Assemble(Classified(text)).drafts);
  ASSERT_EQ(drafts.size(), 1u);
  const Draft& d = drafts[0];
  EXPECT_EQ(d.article.headline, "天下纵横");
  EXPECT_FALSE(d.column);
  const std::vector<std::u32string> paragraphs = {
      U"甲国举行大选",     ToU32("新华社甲城5月1日电 " + BodyLine("甲国今天举行大选")),
      U"乙国发布新规",     ToU32("新华社乙城5月1日电 " + BodyLine("乙国今天发布新规")),
      U"丙国迎来旅游旺季", ToU32("新华社丙城5月1日电 " + BodyLine("丙国游客增多"))};
  EXPECT_EQ(d.paragraphs, paragraphs);
  // Under a printed column, the first item's kicker is its own and stays in the text.
  const std::string kicked =
      "第14版：国际\n天下纵横\n甲国组织——\n甲国举行大选\n新华社甲城5月1日电 " +
      BodyLine("甲国今天举行大选") + "\n乙国发布新规\n新华社乙城5月1日电 " +
      BodyLine("乙国今天发布新规") + "\n";
  std::vector<Draft> scan = FoldRoundups(Assemble(Classified(kicked)).drafts);
  ASSERT_EQ(scan.size(), 1u);
  EXPECT_EQ(scan[0].article.headline, "天下纵横");
  ASSERT_FALSE(scan[0].paragraphs.empty());
  EXPECT_EQ(scan[0].paragraphs[0], U"甲国组织——");
  // A short kicker over one dispatch, and one more after it, are a kicker and two articles.
  const std::string kicker =
      "第11版：社会\n市民政局发布指引\n加强养老服务网络建设\n本报江城7月2日电 " + BodyLine("指引") +
      "\n老年用药行动启动\n本报江城7月2日电 " + BodyLine("行动") + "\n";
  std::vector<Draft> two = FoldRoundups(Assemble(Classified(kicker)).drafts);
  ASSERT_EQ(two.size(), 2u);
  EXPECT_EQ(two[0].article.kicker, "市民政局发布指引");

  // A column of briefs is not folded, and neither is a column over one article and the
  // articles after it that have no dateline or writer's line of their own.
  const std::string briefs = "第03版：民生\n简讯\n甲地开展演练\n本报讯 " + BodyLine("演练") +
                             "\n乙地推出服务\n本报讯 " + BodyLine("服务") + "\n";
  EXPECT_EQ(FoldRoundups(Assemble(Classified(briefs)).drafts).size(), 2u);
  const std::string column = "第02版：要闻\n城事观察\n老街焕新颜\n本报讯 " + BodyLine("老街") +
                             "\n乙地推出服务\n" + BodyLine("服务") + "\n";
  EXPECT_EQ(FoldRoundups(Assemble(Classified(column)).drafts).size(), 2u);

  // Readers' letters under a label, each signed by its writer's place and name at the end.
  const std::string letters = "第07版：群众来信\n建议\n公园应增设母婴室\n" + BodyLine("母婴室") +
                              "\n江城市 张玲\n老旧电梯需尽快更换\n" + BodyLine("电梯") +
                              "\n江城市滨湖区 李强华\n";
  std::vector<Draft> folded = FoldRoundups(Assemble(Classified(letters)).drafts);
  ASSERT_EQ(folded.size(), 1u);
  EXPECT_EQ(folded[0].article.headline, "建议");
}

TEST(AssemblyTest, GivesAnEditorsNoteToTheArticleUnderIt) {
  const std::string text = "第02版：城事\n寻访老手艺\n编者按：" + BodyLine("本报推出系列报道") +
                           "\n四十年守着一方柜台\n——老城区钟表匠的故事\n本报记者 张三\n" +
                           BodyLine("正文") + "\n";
  std::vector<Draft> drafts = AttachEditorsNotes(Assemble(Classified(text)).drafts);
  ASSERT_EQ(drafts.size(), 1u);
  EXPECT_EQ(drafts[0].article.headline, "四十年守着一方柜台");
  EXPECT_EQ(drafts[0].column, U"寻访老手艺");
  ASSERT_EQ(drafts[0].paragraphs.size(), 2u);
  EXPECT_EQ(drafts[0].paragraphs[0], ToU32("编者按：" + BodyLine("本报推出系列报道")));
}

TEST(AssemblyTest, ReadsBracketedItemHeadlinesUnderABriefColumn) {
  const std::string text = "第03版：综合\n短讯\n【县应急管理局开展冬季安全检查】\n" +
                           BodyLine("近日") + "\n【南湾镇举办养老政策宣讲会】\n" +
                           BodyLine("日前") + "\n";
  const Assembly a = Assemble(MarkJunk(Classified(text)));
  ASSERT_EQ(a.drafts.size(), 2u);
  EXPECT_EQ(a.drafts[0].article.headline, "县应急管理局开展冬季安全检查");
  EXPECT_EQ(a.drafts[1].article.headline, "南湾镇举办养老政策宣讲会");
}

TEST(AssemblyTest, MakesAPageOfOnlyAnAdvertisementANotice) {
  const Assembly a = Assemble(Classified(
      "第12版：广告\n广告\n本版责编：张三\n第13版：要闻\n标题\n" + BodyLine("正文") + "\n"));
  ASSERT_EQ(a.drafts.size(), 2u);
  EXPECT_EQ(a.drafts[0].article.headline, "广告");
  EXPECT_TRUE(a.drafts[0].paragraphs.empty());
  EXPECT_EQ(DecideKind(a.drafts[0]), ArticleKind::kNotice);
  // An advertisement with text is furniture.
  const Assembly b = Assemble(Classified("第12版：要闻\n标题\n" + BodyLine("正文") +
                                         "\n广告\n家电以旧换新 订购电话：8866 5566\n"));
  ASSERT_EQ(b.drafts.size(), 1u);
  EXPECT_EQ(b.drafts[0].article.headline, "标题");
}

TEST(AssemblyTest, KeepsANoticesContactLinesInItsText) {
  const Assembly a = Assemble(Classified("征 集\n" + BodyLine("欢迎读者提供线索") +
                                         "\n邮 箱：news@example.cn\n移动端：滨湖日报客户端\n"));
  ASSERT_EQ(a.drafts.size(), 1u);
  EXPECT_EQ(a.drafts[0].paragraphs.size(), 3u);
}

TEST(AssemblyTest, JoinsTheReportsOfAPackageToItsLead) {
  const std::string text =
      "第12版：社会\n呵护乡村老人的一日三餐\n" + BodyLine("本版约请记者探访") +
      "\n甲县打造助餐服务网络\n热饭菜送到家门口\n本报记者 施 芳\n" + BodyLine("第一篇") +
      "\n乙县推出以菜换餐\n菜园子种出饭票子\n本报记者 王五\n" + BodyLine("第二篇") + "\n";
  std::vector<Draft> drafts = JoinContributions(Assemble(Classified(text)).drafts);
  ASSERT_EQ(drafts.size(), 1u);
  EXPECT_EQ(drafts[0].article.headline, "呵护乡村老人的一日三餐");
  EXPECT_TRUE(drafts[0].article.bylines.empty());
  const std::vector<std::u32string> paragraphs = {ToU32(BodyLine("本版约请记者探访")),
                                                  U"甲县打造助餐服务网络",
                                                  U"热饭菜送到家门口",
                                                  U"本报记者 施 芳",
                                                  ToU32(BodyLine("第一篇")),
                                                  U"乙县推出以菜换餐",
                                                  U"菜园子种出饭票子",
                                                  U"本报记者 王五",
                                                  ToU32(BodyLine("第二篇"))};
  EXPECT_EQ(drafts[0].paragraphs, paragraphs);
  // Under a signed article, the reports after it are articles of their own.
  const std::string signed_first = "第12版：社会\n一篇报道\n本报记者 赵六\n" + BodyLine("正文") +
                                   "\n甲县打造助餐服务网络\n热饭菜送到家门口\n本报记者 施 芳\n" +
                                   BodyLine("第一篇") + "\n乙县推出以菜换餐\n菜园子种出饭票子\n" +
                                   "本报记者 王五\n" + BodyLine("第二篇") + "\n";
  EXPECT_EQ(JoinContributions(Assemble(Classified(signed_first)).drafts).size(), 3u);
}

TEST(AssemblyTest, JoinsTheTextOfAnAdvertisingPageIntoOneNotice) {
  const std::string text = "第12版：广告\n某品牌冰淇淋亮相赛场\n" + BodyLine("某品牌今天宣布") +
                           "\n坚守品质\n筑牢品牌根基\n" + BodyLine("品质") + "\n全球化布局\n" +
                           BodyLine("布局") + "\n第13版：要闻\n标题\n" + BodyLine("正文") + "\n";
  std::vector<Draft> drafts = JoinAdvertPages(Assemble(Classified(text)).drafts);
  ASSERT_EQ(drafts.size(), 2u);
  EXPECT_EQ(drafts[0].article.headline, "某品牌冰淇淋亮相赛场");
  EXPECT_EQ(drafts[0].paragraphs.size(), 6u);
  EXPECT_EQ(DecideKind(drafts[0]), ArticleKind::kNotice);
  EXPECT_EQ(drafts[1].article.headline, "标题");
}

TEST(AssemblyTest, KeepsAnInnerSubheadInTheBody) {
  const Assembly a =
      Assemble(Classified("标题\n" + BodyLine("正文") + "\n●直奔现场\n" + BodyLine("下文")));
  ASSERT_EQ(a.drafts.size(), 1u);
  ASSERT_EQ(a.drafts[0].paragraphs.size(), 3u);
  EXPECT_EQ(a.drafts[0].paragraphs[1], U"●直奔现场");
}

// Disabled: a kicker that ends in a dash ("…——") is classified as body text (the classifier
// reads a line ending in — as a sentence that goes on), so it ends the article before instead of
// heading the next one.
TEST(AssemblyTest, GivesAKickerEndingInADashToTheArticleUnderIt) {
  const Assembly a =
      Assemble(Classified("首批人才公寓昨日交付\n本报记者 张磊\n" + BodyLine("正文") +
                          "\n立足资源优势——\n滨湖新区打造特色产业集群\n"
                          "本报记者 李晓华\n" +
                          BodyLine("下文")));
  ASSERT_EQ(a.drafts.size(), 2u);
  EXPECT_EQ(a.drafts[0].paragraphs.size(), 1u);
  EXPECT_TRUE(a.drafts[1].article.kicker);
  EXPECT_EQ(a.drafts[1].article.headline, "滨湖新区打造特色产业集群");
}

TEST(AssemblyTest, CarriesABriefColumnToTheShortItemsAfterIt) {
  std::vector<Draft> drafts(3);
  drafts[0].column = U"简讯";
  drafts[1].paragraphs = {U"短消息。"};
  drafts[2].paragraphs = {U"另一条。"};
  drafts[2].byline_line = true;  // an item with its own byline line is a full article
  const std::vector<Draft> out = CarryBriefColumns(std::move(drafts));
  EXPECT_EQ(out[1].column, U"简讯");
  EXPECT_FALSE(out[2].column);
}

TEST(AssemblyTest, MovesTheBylineAtTheEndOfABodyToTheBylines) {
  std::vector<Draft> drafts(1);
  drafts[0].paragraphs = {U"正文。", U"（记者 吴十）"};
  const std::vector<Draft> out = TakeTrailingBylines(std::move(drafts));
  EXPECT_EQ(out[0].paragraphs, std::vector<std::u32string>{U"正文。"});
  ASSERT_EQ(out[0].article.bylines.size(), 1u);
  EXPECT_EQ(out[0].article.bylines[0].name, "吴十");
}

TEST(AssemblyTest, RecognisesSubheadsAndNoticeLines) {
  EXPECT_TRUE(IsNumberedSubhead(U"一、会议基本情况"));
  EXPECT_TRUE(IsNumberedSubhead(U"(二)工作要求"));
  EXPECT_TRUE(IsNumberedSubhead(U"3.时间安排"));
  EXPECT_FALSE(IsNumberedSubhead(U"2023年工作"));
  EXPECT_TRUE(IsNumberedSubhead(U"一"));  // a section's number alone on its line
  EXPECT_TRUE(IsNumberedSubhead(U"十二"));
  EXPECT_FALSE(IsNumberedSubhead(U"12"));  // a page number
  EXPECT_FALSE(IsNumberedSubhead(U"一二三四"));
  EXPECT_TRUE(IsNoticeSignature(U"滨海市公共交通集团有限公司"));
  EXPECT_TRUE(IsNoticeSignature(U"2024年1月16日"));
  EXPECT_TRUE(IsNoticeSignature(U"服务热线:96116"));
  EXPECT_FALSE(IsNoticeSignature(U"春耕正当时"));
  EXPECT_TRUE(StartsWithContactWord(U"联系电话:0731-22222222"));
  EXPECT_FALSE(StartsWithContactWord(U"请拨打联系电话"));
}

}  // namespace
}  // namespace paperdex::parser
