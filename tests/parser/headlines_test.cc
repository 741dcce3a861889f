#include "parser/headlines.h"

#include <gtest/gtest.h>

#include "conventions.h"
#include "test_lines.h"

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

  // Over a kicker ending in a dash, a short line is the column; with a number it is not a label.
  const HeadlineBlock scan = Assign({U"天下纵横", U"甲国组织——", U"仍有约六千名旅客滞留港口"});
  EXPECT_EQ(scan.column, U"天下纵横");
  EXPECT_EQ(scan.kicker, "甲国组织——");
  EXPECT_EQ(scan.headline, "仍有约六千名旅客滞留港口");
  EXPECT_FALSE(
      Assign({U"石门村5组村民", U"江城市滨湖区——", U"道路限高杆太低 车辆被迫绕路"}).column);

  // A very short line is a label, unless it names a period: then it leads into the headline.
  EXPECT_EQ(Assign({U"观 察", U"老街区的新生意"}).column, U"观 察");
  const HeadlineBlock period = Assign({U"１至４月", U"全市外贸进出口增长一成"});
  EXPECT_FALSE(period.column);
  EXPECT_EQ(period.kicker, "１至４月");
  EXPECT_EQ(period.headline, "全市外贸进出口增长一成");
}

TEST(HeadlinesTest, PutsADecreesHeaderInTheTextOfWhatItEnacts) {
  const HeadlineBlock b = Assign({U"江城市养犬管理规定", U"江城市人民政府令", U"第 12 号"});
  EXPECT_EQ(b.headline, "江城市养犬管理规定");
  EXPECT_FALSE(b.kicker);
  ASSERT_EQ(b.preamble.size(), 2u);
  EXPECT_EQ(b.preamble[0], U"江城市人民政府令");
  EXPECT_EQ(b.preamble[1], U"第 12 号");
  EXPECT_TRUE(IsDecreeLine(U"某省人民政府令"));
  EXPECT_FALSE(IsDecreeLine(U"令"));
  EXPECT_FALSE(IsDecreeLine(U"春风又绿江南岸，好雨知时节令"));
  EXPECT_TRUE(IsDecreeNumber(U"第十二号"));
  EXPECT_TRUE(IsDecreeNumber(U"〔2026〕第3号"));
  EXPECT_FALSE(IsDecreeNumber(U"第一号种子选手"));
  // With no title over it, the order is the headline and its number opens the text.
  const HeadlineBlock order = Assign({U"江城市人民政府令", U"第十二号"});
  EXPECT_EQ(order.headline, "江城市人民政府令");
  ASSERT_EQ(order.preamble.size(), 1u);
  EXPECT_EQ(order.preamble[0], U"第十二号");
  // A notice's number under it is its subheadline.
  const HeadlineBlock notice = Assign({U"江城市人民代表大会常务委员会公告", U"［十六届］第3号"});
  EXPECT_EQ(notice.headline, "江城市人民代表大会常务委员会公告");
  EXPECT_EQ(notice.subheadline, "［十六届］第3号");
  EXPECT_TRUE(IsSignerLine(U"江城市人民政府市长 王五"));
  EXPECT_TRUE(IsSignerLine(U"市长 王 五"));
  EXPECT_TRUE(IsSignerLine(U"总理 李某某"));
  EXPECT_FALSE(IsSignerLine(U"市长热线"));
  EXPECT_FALSE(IsSignerLine(U"主任医师张三说，"));
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

TEST(HeadlinesTest, TellsAKickerThatEndsInADash) {
  EXPECT_TRUE(EndsWithDash(U"立足资源优势、产业优势——"));
  EXPECT_TRUE(EndsWithDash(U"立足资源优势--"));
  EXPECT_TRUE(EndsWithDash(U"立足资源优势—"));
  EXPECT_FALSE(EndsWithDash(U"——记一位乡村教师"));
  EXPECT_FALSE(EndsWithDash(U"滨湖新区打造特色产业集群"));
  EXPECT_FALSE(EndsWithDash(U""));
}

TEST(HeadlinesTest, FindsAColumnTagAtTheEndOfAHeadline) {
  struct Row {
    std::u32string_view text;  // as printed; the function reads the width-folded key
    bool tagged;
  };
  const Row rows[] = {
      {U"从卖产品到卖服务（夜班札记）", true},
      {U"一位乡村教师的三十年（记者手记）", true},
      {U"老街巷里的新生活(城事漫笔)", true},
      {U"滨湖新区打造特色产业集群", false},
      {U"城市更新三问（一）", false},                    // a one-character number, not a column
      {U"（夜班札记）", false},                          // the tag alone, no headline before it
      {U"新规落地见效（据新华社报道，有删节）", false},  // a remark with a comma
      {U"一位乡村教师的三十年（记者手记", false},
  };
  for (const Row& r : rows) {
    EXPECT_EQ(HasColumnTag(FoldWidth(r.text)), r.tagged) << ToUtf8(r.text);
  }
}

TEST(HeadlinesTest, TellsAnUndashedSubheadlineFromAKicker) {
  struct Row {
    std::u32string_view first, second;
    bool sub;
  };
  const Row rows[] = {
      {U"滨湖港前三季度集装箱吞吐量创新高", U"完成186.3万标箱，同比增长12.6%", true},
      {U"滨湖机场前两月旅客吞吐量创新高", U"同比增长8.3倍", true},
      {U"中共滨湖市委关于加强基层治理的意见", U"(2026年3月2日)", true},
      {U"滨湖人才公寓交付(民生一线)", U"首批房源面向青年人才", true},
      {U"以社区课堂为载体，推进防灾知识进家入户", U"要学、要练，更要能用上", false},
      {U"截至3月底", U"全市发电装机同比增长15.5%", false},
      {U"市委书记在滨湖调研时强调", U"平均每天新增就业岗位300个", false},
      {U"东部沿海有大风", U"西部山区将迎来强降温", false},
      {U"城市治理研讨会在滨湖召开", U"王某出席并讲话", true},
      {U"滨湖推出助企新举措", U"为企业减负超3亿元(权威发布)", false},
  };
  for (const Row& r : rows) {
    EXPECT_EQ(IsUndashedSubheadline(FoldWidth(r.first), FoldWidth(r.second)), r.sub)
        << ToUtf8(r.first) << " / " << ToUtf8(r.second);
  }
  const HeadlineBlock block =
      AssignTitles({{U"滨湖机场前两月旅客吞吐量创新高", false}, {U"同比增长8.3倍", false}});
  EXPECT_EQ(block.headline, "滨湖机场前两月旅客吞吐量创新高");
  EXPECT_EQ(block.subheadline, "同比增长8.3倍");
  EXPECT_FALSE(block.kicker);
  // The main headline is the shortest line: a longer one of two clauses under it explains it.
  EXPECT_TRUE(
      IsUndashedSubheadline(U"滨湖博物馆揭牌", U"全市8处遗产都建起了展示馆，遗产监测平台启用"));
  // A punchy headline of two phrases under its kicker, or a kicker that leads in with a dash.
  EXPECT_FALSE(IsUndashedSubheadline(U"从单点试用迈向全面推广", U"“数字+农业”，迎来新机遇"));
  EXPECT_FALSE(
      IsUndashedSubheadline(U"滨湖稻渔共养试点项目——", U"智慧养殖，探索农村增收致富的新路径"));
  // A time horizon, or a line that says what kind of piece this is, goes on from the headline.
  EXPECT_TRUE(
      IsUndashedSubheadline(U"《滨湖市综合交通规划》印发", U"到2030年基本建成现代化交通体系"));
  EXPECT_TRUE(
      IsUndashedSubheadline(U"一座山区小城的数字蝶变", U"青岚县推进县域产业数字化转型见闻"));
  EXPECT_TRUE(IsUndashedSubheadline(U"城乡居民医保明年度缴费开始", U"市医保局相关负责人答记者问"));
  EXPECT_FALSE(IsUndashedSubheadline(U"市人社局负责人", U"就《关于做好就业服务的意见》答记者问"));
}

TEST(HeadlinesTest, NeverMakesTheAuthorsNameTheHeadline) {
  const HeadlineBlock block = AssignTitles({{U"夜市烟火也有文明课（港城时评）", false, false},
                                            {U"韩 冬", false, true},
                                            {U"【关键词】鱼档少年", false, false}});
  EXPECT_EQ(block.author, U"韩 冬");
  EXPECT_NE(block.headline, "韩 冬");
  EXPECT_NE(block.kicker, "韩 冬");
  // A name that is the only line is left to the caller.
  EXPECT_FALSE(AssignTitles({{U"唐剑华", false, true}}).author);
}

TEST(HeadlinesTest, ReadsTheTagOfAHeadline) {
  EXPECT_EQ(HeadlineTag(U"从卖产品到卖服务（夜班札记）"), U"夜班札记");
  EXPECT_EQ(HeadlineTag(U"老街巷里的新生活 (城事漫笔)"), U"城事漫笔");
  EXPECT_EQ(HeadlineTag(U"滨湖新区打造特色产业集群"), std::nullopt);
  EXPECT_EQ(HeadlineTag(U"城市更新三问（一）"), std::nullopt);
}

TEST(HeadlinesTest, TellsAParagraphThatOpensWithADateline) {
  struct Row {
    std::u32string_view text;
    bool dateline;
  };
  const Row rows[] = {
      {U"本报北京5月6日电（记者 张磊）滨湖新区首批人才公寓昨日交付。", true},
      {U"新华社上海5月6日电 记者从市交通委获悉，新线将于月底开通。", true},
      {U"本报讯（记者 吴十）昨日，滨湖新区举行人才公寓交付仪式。", true},
      {U"本报讯 昨日，滨湖新区举行人才公寓交付仪式。", true},
      {U"〔记者林怡如／台北报导〕台北捷运新线今日通车。", true},
      {U"5月6日，滨湖新区举行人才公寓交付仪式。", false},
      {U"北京5月6日电 滨湖新区首批人才公寓交付。", false},  // a place with no source
      {U"记者从市交通委获悉，新线将于月底开通。", false},
  };
  for (const Row& r : rows) {
    EXPECT_EQ(OpensWithDateline(r.text), r.dateline) << ToUtf8(r.text);
  }
}

// The lines of `rows`, one a row, classified.
std::vector<Line> LinesOf(const std::vector<std::string>& rows) {
  std::string text;
  for (const std::string& r : rows) text += r + "\n";
  return testing::Classified(text);
}

TEST(HeadlinesTest, TellsALineThatClosesAnArticle) {
  using testing::BodyLine;
  struct Row {
    std::string line;
    bool closes;
  };
  const Row rows[] = {
      {BodyLine("新线将于月底开通") + "（新华社北京5月6日电）", true},
      {BodyLine("新线将于月底开通") + "（本报长沙5月6日讯）", true},
      {BodyLine("新线将于月底开通") + "（记者 吴十）", true},
      {BodyLine("新线将于月底开通") + "（记者 吴十 通讯员 郑一）", true},
      {BodyLine("乡村振兴离不开人才") + "（作者为滨海大学教授）", true},
      {BodyLine("新线将于月底开通") + "（完）", true},
      {"新线开通 市民尝鲜（完）", true},  // a title line too
      {BodyLine("新线将于月底开通"), false},
      {BodyLine("新线将于月底开通") + "（下转第3版）", false},
      {BodyLine("新线将于月底开通") + "（图片由受访者提供）", false},
      {BodyLine("新线将于5月6日开通") + "（详见附表）", false},
      {"本报记者 许海森", false},  // a byline over the text
  };
  for (const Row& r : rows) {
    const std::vector<Line> lines = LinesOf({r.line});
    EXPECT_EQ(ClosesArticle(lines[0]), r.closes) << r.line;
  }
}

// OpensArticle. Each rule is checked under a context in which a title line would otherwise stay
// an inner subhead, and against the same lines without what the rule reads. Some cues hold even
// in a long article with its byline over the text (kLongBylined); the others only in an article
// with no byline line (kUnsigned, a text of more than a brief's length), since a bylined article
// of any length has subheads shaped like headline blocks (kShortBylined: its lead only).
constexpr ArticleContext kLongBylined = {
    .byline_over_text = true, .brief_column = false, .body_chars = 2000, .names = {}};
constexpr ArticleContext kShortBylined = {
    .byline_over_text = true, .brief_column = false, .body_chars = 300, .names = {}};
constexpr ArticleContext kUnsigned = {
    .byline_over_text = false, .brief_column = false, .body_chars = 1000, .names = {}};

const std::string kTitle = "首批人才公寓昨日交付";

// Whether the first title line of `rows` opens an article under `context`.
bool Opens(const std::vector<std::string>& rows, const ArticleContext& context) {
  const std::vector<Line> lines = LinesOf(rows);
  for (size_t i = 0; i < lines.size(); ++i) {
    if (lines[i].kind == LineKind::kTitle || lines[i].kind == LineKind::kDash) {
      return OpensArticle(lines, i, context);
    }
  }
  ADD_FAILURE() << "no title line among the rows";
  return false;
}

TEST(HeadlinesTest, KeepsAnUnmarkedTitleInALongOrBylinedArticleAsASubhead) {
  using testing::BodyLine;
  const std::vector<std::string> rows = {BodyLine("第一段"), kTitle, BodyLine("第二段")};
  EXPECT_FALSE(Opens(rows, kLongBylined));
  EXPECT_FALSE(Opens(rows, kShortBylined));
  EXPECT_FALSE(Opens(
      rows, {.byline_over_text = false, .brief_column = false, .body_chars = 2000, .names = {}}));
  // Two unmarked lines make no headline block either.
  EXPECT_FALSE(
      Opens({BodyLine("第一段"), "两个没有标记的小标题", "第二个小标题", BodyLine("第二段")},
            kShortBylined));
}

TEST(HeadlinesTest, OpensAnArticleAfterAWiderGapThanAParagraphs) {
  // Paragraphs one blank line apart, articles two: the title after the wider gap opens one, even
  // in a long article with its byline over the text.
  using testing::BodyLine;
  EXPECT_TRUE(Opens({BodyLine("第一段"), "", BodyLine("第二段"), "", "", kTitle, "",
                     BodyLine("正文")},
                    kLongBylined));
  // One blank line, or a paragraph cut off mid-sentence, or a wider gap (a column break): a subhead.
  EXPECT_FALSE(Opens({BodyLine("第一段"), "", BodyLine("第二段"), "", kTitle, "", BodyLine("正文")},
                     kLongBylined));
  EXPECT_FALSE(Opens({BodyLine("第一段"), "", "第二段写到一半，", "", "", kTitle, "",
                      BodyLine("正文")},
                     kLongBylined));
  EXPECT_FALSE(Opens({BodyLine("第一段"), "", BodyLine("第二段"), "", "", "", kTitle, "",
                      BodyLine("正文")},
                     kLongBylined));
}

TEST(HeadlinesTest, OpensAnArticleAfterAShortItemWithNoBylineLine) {
  using testing::BodyLine;
  const std::vector<std::string> rows = {BodyLine("第一段"), kTitle, BodyLine("第二段")};
  EXPECT_TRUE(Opens(
      rows, {.byline_over_text = false, .brief_column = false, .body_chars = 120, .names = {}}));
  EXPECT_TRUE(Opens(rows, {.byline_over_text = false,
                           .brief_column = false,
                           .body_chars = kMaxBriefChars,
                           .names = {}}));
  EXPECT_FALSE(Opens(rows, {.byline_over_text = false,
                            .brief_column = false,
                            .body_chars = kMaxBriefChars + 1,
                            .names = {}}));
}

TEST(HeadlinesTest, OpensAnArticleUnderAColumnOfBriefs) {
  using testing::BodyLine;
  const std::vector<std::string> rows = {BodyLine("第一段"), kTitle, BodyLine("第二段")};
  EXPECT_TRUE(Opens(
      rows, {.byline_over_text = true, .brief_column = true, .body_chars = 300, .names = {}}));
  EXPECT_TRUE(Opens(
      rows, {.byline_over_text = true, .brief_column = true, .body_chars = 2000, .names = {}}));
}

TEST(HeadlinesTest, OpensAnArticleOverABylineLine) {
  using testing::BodyLine;
  EXPECT_TRUE(Opens({BodyLine("第一段"), kTitle, "本报记者 张磊", BodyLine("正文")}, kLongBylined));
  EXPECT_TRUE(
      Opens({BodyLine("第一段"), kTitle, "本报记者 张 磊 李晓华", BodyLine("正文")}, kLongBylined));
  EXPECT_TRUE(Opens({BodyLine("第一段"), kTitle, "（上接第1版）", BodyLine("正文")}, kLongBylined));
  EXPECT_TRUE(
      Opens({BodyLine("第一段"), kTitle, "本报记者 许海森 摄", BodyLine("正文")}, kShortBylined));
  EXPECT_FALSE(Opens({BodyLine("第一段"), kTitle, BodyLine("正文")}, kLongBylined));
}

TEST(HeadlinesTest, OpensAnArticleOverADateline) {
  using testing::BodyLine;
  EXPECT_TRUE(
      Opens({BodyLine("第一段"), kTitle, "本报北京5月6日电（记者 张磊）" + BodyLine("正文")},
            kLongBylined));
  EXPECT_TRUE(
      Opens({BodyLine("第一段"), kTitle, "本报北京5月6日电 " + BodyLine("正文")}, kLongBylined));
  EXPECT_TRUE(
      Opens({BodyLine("第一段"), kTitle, "本报讯（记者 张磊）" + BodyLine("正文")}, kLongBylined));
  EXPECT_FALSE(Opens({BodyLine("第一段"), kTitle, "5月6日，" + BodyLine("正文")}, kLongBylined));
}

TEST(HeadlinesTest, OpensAnArticleAfterTheEndOfTheOneBefore) {
  using testing::BodyLine;
  for (const std::string end :
       {"（新华社北京5月6日电）", "（记者 吴十）", "（作者为滨海大学教授）", "（完）"}) {
    EXPECT_TRUE(Opens({BodyLine("第一段") + end, kTitle, BodyLine("正文")}, kLongBylined)) << end;
  }
  EXPECT_FALSE(
      Opens({BodyLine("第一段") + "（下转第3版）", kTitle, BodyLine("正文")}, kLongBylined));
  // After a photo credit, on its own line or at the end of a caption.
  EXPECT_TRUE(
      Opens({BodyLine("第一段"), "本报记者 许海森 摄", kTitle, BodyLine("正文")}, kShortBylined));
  EXPECT_TRUE(Opens({"市民在新开通的地铁站内参观。 本报记者 许海森摄", kTitle, BodyLine("正文")},
                    kShortBylined));
}

// Disabled: a closing byline printed on a line of its own is classified kByline, which
// ClosesArticle does not read, so after a long article the next headline stays a subhead.
TEST(HeadlinesTest, OpensAnArticleAfterAClosingBylineOnALineOfItsOwn) {
  using testing::BodyLine;
  EXPECT_TRUE(Opens({BodyLine("第一段"), "（记者 吴十）", kTitle, BodyLine("正文")}, kLongBylined));
  EXPECT_TRUE(
      Opens({BodyLine("第一段"), "（记者 吴十）", kTitle, BodyLine("正文")},
            {.byline_over_text = false, .brief_column = false, .body_chars = 2000, .names = {}}));
}

TEST(HeadlinesTest, OpensAnArticleByTheShapeOfItsHeadlineBlock) {
  using testing::BodyLine;
  // A kicker ending in 强调 / 指出 over the headline, in an article with no byline line; in a
  // bylined one, a two-line block is a subhead.
  const std::vector<std::string> speech = {BodyLine("第一段"), "市委书记在滨湖新区调研时强调",
                                           "抓好春耕生产 保障粮食安全", BodyLine("正文")};
  EXPECT_TRUE(Opens(speech, kUnsigned));
  EXPECT_FALSE(Opens(speech, kShortBylined));
  EXPECT_TRUE(Opens(
      {BodyLine("第一段"), "市统计局新闻发言人指出", "一季度经济运行开局良好", BodyLine("正文")},
      kUnsigned));
  // A ——subheadline under the headline, even in a bylined article.
  EXPECT_TRUE(Opens({BodyLine("第一段"), kTitle, "——记滨湖新区人才服务中心", BodyLine("正文")},
                    kShortBylined));
  // A column label over the headline.
  const std::vector<std::string> column = {BodyLine("第一段"), "一线调查",
                                           "预制菜走上餐桌 标准何时跟上", BodyLine("正文")};
  EXPECT_TRUE(Opens(column, kUnsigned));
  EXPECT_FALSE(Opens(column, kShortBylined));
  // A column tag at the end of the headline, even in a long article.
  EXPECT_TRUE(Opens({BodyLine("第一段"), "一位乡村教师的三十年（记者手记）", BodyLine("正文")},
                    kLongBylined));
  EXPECT_FALSE(Opens({BodyLine("第一段"), "一位乡村教师的三十年", BodyLine("正文")}, kLongBylined));
  // A bare author name under the headline.
  EXPECT_TRUE(Opens({BodyLine("第一段"), kTitle, "唐剑华", BodyLine("正文")}, kLongBylined));
  // A notice's headline.
  EXPECT_TRUE(Opens({BodyLine("第一段"), "滨湖新区停水公告", BodyLine("正文")}, kLongBylined));
}

TEST(HeadlinesTest, OpensAnArticleAtAKickerEndingInADash) {
  using testing::BodyLine;
  // The kicker as a title line, the kind the classifier is meant to give it.
  std::vector<Line> lines =
      LinesOf({BodyLine("第一段"), "立足资源优势——", kTitle, BodyLine("正文")});
  lines[1].kind = LineKind::kTitle;
  ASSERT_EQ(lines[2].kind, LineKind::kTitle);
  EXPECT_TRUE(OpensArticle(lines, 1, kUnsigned));
  // Under the lead of a bylined feature, the same block heads one of its parts.
  EXPECT_FALSE(OpensArticle(lines, 1, kShortBylined));
  lines[1].text = lines[1].key = U"立足资源优势";
  EXPECT_FALSE(OpensArticle(lines, 1, kUnsigned));
}

TEST(HeadlinesTest, OpensAnArticleAtALinePrintedTwice) {
  using testing::BodyLine;
  std::vector<Line> lines = LinesOf({BodyLine("第一段"), kTitle, BodyLine("正文")});
  ASSERT_EQ(lines[1].kind, LineKind::kTitle);
  EXPECT_FALSE(OpensArticle(lines, 1, kLongBylined));
  lines[1].repeated = true;
  EXPECT_TRUE(OpensArticle(lines, 1, kLongBylined));
}

TEST(HeadlinesTest, OpensAnItemThatEndsInItsOwnBylineOrCredit) {
  using testing::BodyLine;
  const ArticleContext c = kUnsigned;
  EXPECT_TRUE(Opens({BodyLine("第一段"), kTitle, BodyLine("正文"), "本报记者 许海森 摄"}, c));
  EXPECT_TRUE(Opens(
      {BodyLine("第一段"), kTitle, BodyLine("正文"), BodyLine("第二段"), "（记者 吴十）"}, c));
  EXPECT_TRUE(Opens(
      {BodyLine("第一段"), kTitle, BodyLine("正文"), BodyLine("第二段") + "（记者 吴十）"}, c));
  EXPECT_TRUE(Opens({BodyLine("第一段"), kTitle, BodyLine("正文"), "（下转第3版）"}, c));
  // The credit of a later item, after another title, is not this one's.
  EXPECT_FALSE(Opens({BodyLine("第一段"), kTitle, BodyLine("正文"), "另一个小标题",
                      BodyLine("正文"), "本报记者 许海森 摄"},
                     c));
  // Nor is one that comes more than a few lines on.
  std::vector<std::string> far = {BodyLine("第一段"), kTitle};
  for (int k = 0; k < 12; ++k) far.push_back(BodyLine("正文"));
  far.push_back("本报记者 许海森 摄");
  EXPECT_FALSE(Opens(far, c));
}

TEST(HeadlinesTest, CountsAPhotoStorysTextWithoutItsNumberedCaptions) {
  using testing::BodyLine;
  EXPECT_TRUE(Opens({BodyLine("第一段"), kTitle, BodyLine("正文"), BodyLine("正文"),
                     "①" + BodyLine("市民赏花"), "②" + BodyLine("月季盛开"),
                     "③" + BodyLine("孩子嬉戏"), "④" + BodyLine("游客拍照"), "（记者 欧阳晨 摄）"},
                    kLongBylined));
}

TEST(HeadlinesTest, InABylinedArticleOnlyOtherNamesOrAPhotoCreditEndAnItem) {
  using testing::BodyLine;
  const std::vector<std::string> closing = {BodyLine("第一段"), kTitle, BodyLine("正文"),
                                            BodyLine("第二段") + "（记者 吴十）"};
  ArticleContext signed_by_other = kShortBylined;
  signed_by_other.names = {"张三"};
  EXPECT_TRUE(Opens(closing, signed_by_other));
  // The article's own names closing it again, or names after a role with none ("本报记者").
  ArticleContext signed_by_same = kShortBylined;
  signed_by_same.names = {"吴十"};
  EXPECT_FALSE(Opens(closing, signed_by_same));
  EXPECT_FALSE(Opens(closing, kShortBylined));
  // A photo item: its caption and credit within a few lines.
  EXPECT_TRUE(Opens({BodyLine("第一段"), kTitle, BodyLine("图片说明"), "本报记者 许海森 摄"},
                    kLongBylined));
  EXPECT_FALSE(Opens({BodyLine("第一段"), kTitle, BodyLine("正文"), BodyLine("正文"),
                      BodyLine("正文"), BodyLine("正文"), BodyLine("正文"), "本报记者 许海森 摄"},
                     kLongBylined));
}

}  // namespace
}  // namespace paperdex::parser
