#include "paperdex/issue_parser.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <set>

#include "paperdex/error.h"
#include "paperdex/issue_json.h"
#include "paperdex/text.h"
#include "test_util.h"

namespace paperdex {
namespace {

using testing::TempDir;

constexpr char kMasthead[] =
    "江城日报\n"
    "2023年3月8日 星期三\n"
    "第23418期 今日8版\n"
    "中共江城市委主管主办\n\n";

// A paragraph long enough to read as body text, ending with a full stop.
std::string Para(const std::string& lead) {
  return lead + "，全市各部门按照统一部署持续推进各项工作，取得了明显成效，群众满意度不断提升。";
}

Issue ParseText(const std::string& text, const std::string& source = "issue.txt") {
  return IssueParser().Parse(text, source);
}

std::set<std::string> Names(const Article& a) {
  std::set<std::string> names;
  for (const Byline& b : a.bylines) names.insert(b.name);
  return names;
}

TEST(IssueParserTest, ReadsTheMasthead) {
  const Issue issue = ParseText(std::string(kMasthead) + "标题\n\n" + Para("正文") + "\n");
  EXPECT_EQ(issue.paper, "江城日报");
  EXPECT_EQ(issue.date, "2023-03-08");
  EXPECT_EQ(issue.date_source, "masthead");
  EXPECT_EQ(issue.weekday, "星期三");
  EXPECT_EQ(issue.issue_no, 23418);
  EXPECT_EQ(issue.pages, 8);
  ASSERT_EQ(issue.articles.size(), 1u);
  EXPECT_EQ(issue.articles[0].headline, "标题");
}

TEST(IssueParserTest, TakesTheDateFromTheFileNameWhenTheTextHasNone) {
  const Issue issue = ParseText("南岭商报\n第3021期\n\n标题\n\n" + Para("正文") + "\n",
                                "archive/nanling-20230912.txt");
  EXPECT_EQ(issue.date, "2023-09-12");
  EXPECT_EQ(issue.date_source, "file name");
}

TEST(IssueParserTest, ReadsMinguoAndFullWidthDates) {
  EXPECT_EQ(ParseText("瀛洲時報\n民國112年4月17日 星期一\n\n標題\n\n" + Para("正文") + "\n").date,
            "2023-04-17");
  EXPECT_EQ(
      ParseText("滨海时报\n２０２４年１月１７日 星期三\n\n标题\n\n" + Para("正文") + "\n").date,
      "2024-01-17");
}

TEST(IssueParserTest, JoinsParagraphBrokenInsideAWord) {
  const Issue issue = ParseText(std::string(kMasthead) +
                                "标题\n\n根据安排，市级层面明确38名驻企特派员和198名驻企联络员，涉"
                                "及企业1836家。各县市区按照在编干\n\n"
                                "部人数的10%以上比例选派干部，确保企业应联尽联。\n");
  ASSERT_EQ(issue.articles.size(), 1u);
  EXPECT_EQ(
      issue.articles[0].body,
      "根据安排，市级层面明确38名驻企特派员和198名驻企联络员，涉及企业1836家。各县市区按照在编干"
      "部人数的10%以上比例选派干部，确保企业应联尽联。");
}

TEST(IssueParserTest, ReadsTwoArticlesPrintedSideBySideApart) {
  // The extraction read two columns across: headlines, bylines and paragraphs alternate, and the
  // harbour's second paragraph is cut by the canteen's.
  const Issue issue = ParseText(
      std::string(kMasthead) +
      "第02版：要闻\n\n"
      "滨湖港去年吞吐量创新高\n实验小学食堂开放家长品尝日\n\n"
      "■本报记者 程远\n■本报记者 邵佳\n\n"
      "本报讯 记者从滨湖港务集团获悉，去年滨湖港完成货物吞吐量1.2亿吨，创历史新高。\n\n"
      "本报讯 上周五，实验小学食堂迎来了三十多位家长，他们在食堂窗口排队打饭。\n\n"
      "去年以来，滨湖港新开通集装箱航线8条，港口集装箱吞吐量同比增长\n\n"
      "家长们品尝了食堂的四菜一汤，对饭菜的口味和卫生给出了好评。\n\n"
      "12%，港务集团表示今年将继续扩建集装箱码头。\n");
  ASSERT_EQ(issue.articles.size(), 2u);
  EXPECT_EQ(issue.articles[0].headline, "滨湖港去年吞吐量创新高");
  EXPECT_EQ(issue.articles[0].kicker, std::nullopt);
  EXPECT_EQ(Names(issue.articles[0]), std::set<std::string>{"程远"});
  EXPECT_EQ(issue.articles[0].body,
            "记者从滨湖港务集团获悉，去年滨湖港完成货物吞吐量1.2亿吨，创历史新高。\n"
            "去年以来，滨湖港新开通集装箱航线8条，港口集装箱吞吐量同比增长12%，港务集团表示今年将继续"
            "扩建集装箱码头。");
  EXPECT_EQ(issue.articles[1].headline, "实验小学食堂开放家长品尝日");
  EXPECT_EQ(Names(issue.articles[1]), std::set<std::string>{"邵佳"});
  EXPECT_EQ(issue.articles[1].body,
            "上周五，实验小学食堂迎来了三十多位家长，他们在食堂窗口排队打饭。\n"
            "家长们品尝了食堂的四菜一汤，对饭菜的口味和卫生给出了好评。");
}

TEST(IssueParserTest, JoinsABreakWhoseTailIsShort) {
  const Issue issue =
      ParseText(std::string(kMasthead) + "标题\n\n" +
                "新科研生产园区建设项目经办人员对系统操作不熟悉，审批服务局安排专员第\n\n"
                "一时间对接……\n\n" +
                Para("另一段") + "\n");
  ASSERT_EQ(issue.articles.size(), 1u);
  EXPECT_EQ(issue.articles[0].body.substr(0, issue.articles[0].body.find('\n')),
            "新科研生产园区建设项目经办人员对系统操作不熟悉，审批服务局安排专员第一时间对接……");
}

TEST(IssueParserTest, KeepsParagraphsThatEndWithAFullStopApart) {
  const Issue issue = ParseText(std::string(kMasthead) + "标题\n\n" + Para("第一段") + "\n" +
                                Para("第二段") + "\n");
  ASSERT_EQ(issue.articles.size(), 1u);
  EXPECT_EQ(std::count(issue.articles[0].body.begin(), issue.articles[0].body.end(), '\n'), 1);
}

TEST(IssueParserTest, AssignsKickerHeadlineAndSubheadline) {
  struct Row {
    std::string block;
    std::optional<std::string> kicker, headline, sub, section;
  };
  const Row rows[] = {
      {"主标题\n", std::nullopt, "主标题", std::nullopt, std::nullopt},
      {"全国妇联书记处书记杜芮来株调研时强调\n为科技自立自强 贡献巾帼力量\n",
       "全国妇联书记处书记杜芮来株调研时强调", "为科技自立自强 贡献巾帼力量", std::nullopt,
       std::nullopt},
      {"到企业去 到现场去\n——我市2200余名干部联点 9000余家企业\n", std::nullopt,
       "到企业去 到现场去", "我市2200余名干部联点 9000余家企业", std::nullopt},
      {"抢抓农时 不误农事\n我市春耕备耕物资储备充足\n——化肥储备12万吨\n", "抢抓农时 不误农事",
       "我市春耕备耕物资储备充足", "化肥储备12万吨", std::nullopt},
      {"到企业去 到现场去\n——我市干部联点企业\n纾困增效 在行动\n", std::nullopt,
       "到企业去 到现场去", "我市干部联点企业", "纾困增效 在行动"},
      {"周·见\n每一份努力都不会被辜负\n", std::nullopt, "每一份努力都不会被辜负", std::nullopt,
       "周·见"},
      {"一线调查\n预制菜走上餐桌 标准何时跟上\n", std::nullopt, "预制菜走上餐桌 标准何时跟上",
       std::nullopt, "一线调查"},
      {"央视推介醴陵玻璃椒\n央视推介醴陵玻璃椒\n", std::nullopt, "央视推介醴陵玻璃椒", std::nullopt,
       std::nullopt},
  };
  for (const Row& r : rows) {
    const Issue issue =
        ParseText(std::string(kMasthead) + r.block + "本报记者 张三\n" + Para("正文") + "\n");
    ASSERT_EQ(issue.articles.size(), 1u) << r.block;
    const Article& a = issue.articles[0];
    EXPECT_EQ(a.kicker, r.kicker) << r.block;
    EXPECT_EQ(a.headline, r.headline.value()) << r.block;
    EXPECT_EQ(a.subheadline, r.sub) << r.block;
    EXPECT_EQ(a.section, r.section) << r.block;
  }
}

TEST(IssueParserTest, ParsesBylinesInTheirManyForms) {
  struct Row {
    std::string line;
    std::vector<std::pair<std::optional<std::string>, std::string>> want;  // role, name
    bool photo = false;
  };
  const Row rows[] = {
      {"株洲日报全媒体记者/廖喜庆", {{"株洲日报全媒体记者", "廖喜庆"}}},
      {"通讯员/刘萍 何杏", {{"通讯员", "刘萍"}, {"通讯员", "何杏"}}},
      {"本报记者 张三 通讯员 李四", {{"本报记者", "张三"}, {"通讯员", "李四"}}},
      {"□记者 赵六 实习生 钱七", {{"记者", "赵六"}, {"实习生", "钱七"}}},
      {"文/图 记者 孙八", {{"记者", "孙八"}}},
      {"新华社记者 周九 王悦", {{"新华社记者", "周九"}, {"新华社记者", "王悦"}}},
      {"記者 陳大文", {{"記者", "陳大文"}}},
      {"本報記者 林小明 通訊員 黃美玲", {{"本報記者", "林小明"}, {"通訊員", "黃美玲"}}},
      {"记者王五", {{"记者", "王五"}}},
      {"本报记者 王 五", {{"本报记者", "王五"}}},
      {"株洲日报通讯员/谭嘉玲 杨帆 摄",
       {{"株洲日报通讯员", "谭嘉玲"}, {"株洲日报通讯员", "杨帆"}},
       true},
  };
  for (const Row& r : rows) {
    const Issue issue =
        ParseText(std::string(kMasthead) + "标题\n" + r.line + "\n" + Para("正文") + "\n");
    ASSERT_EQ(issue.articles.size(), 1u) << r.line;
    const Article& a = issue.articles[0];
    ASSERT_EQ(a.bylines.size(), r.want.size()) << r.line;
    for (size_t i = 0; i < r.want.size(); ++i) {
      EXPECT_EQ(a.bylines[i].role, r.want[i].first) << r.line;
      EXPECT_EQ(a.bylines[i].name, r.want[i].second) << r.line;
      EXPECT_EQ(a.bylines[i].photo, r.photo) << r.line;
    }
    EXPECT_EQ(a.body.find(r.line), std::string::npos) << r.line;
  }
}

TEST(IssueParserTest, DoesNotTakeBodyTextOrColumnNamesForBylines) {
  const Issue issue =
      ParseText(std::string(kMasthead) + "让两会精神落地生根\n评论员文章\n本报评论员\n" +
                Para("记者走访了多家企业") + "\n");
  ASSERT_EQ(issue.articles.size(), 1u);
  const Article& a = issue.articles[0];
  EXPECT_EQ(a.section, "评论员文章");
  EXPECT_EQ(Names(a), std::set<std::string>{"本报评论员"});
  EXPECT_EQ(a.kind, ArticleKind::kCommentary);
}

TEST(IssueParserTest, TakesABareAuthorNameUnderACommentary) {
  const Issue issue =
      ParseText(std::string(kMasthead) + "周·见\n\n每一份努力都不会被辜负\n\n唐剑华\n\n" +
                Para("十年寒窗磨一剑") + "\n");
  ASSERT_EQ(issue.articles.size(), 1u);
  EXPECT_EQ(Names(issue.articles[0]), std::set<std::string>{"唐剑华"});
  EXPECT_FALSE(issue.articles[0].bylines[0].role);
  EXPECT_EQ(issue.articles[0].kind, ArticleKind::kCommentary);
}

TEST(IssueParserTest, ReadsDatelinesAndTheirBylines) {
  // A label before the text (本报讯) leaves the body; a dispatch head (source, place, date, 电)
  // opens it as printed, its reporters in bylines all the same.
  struct Row {
    std::string para;
    std::string dateline;
    std::set<std::string> names;
    std::string body;
  };
  const Row rows[] = {
      {"本报讯（记者 王五）6月26日，市里召开会议，部署全年工作。",
       "本报讯",
       {"王五"},
       "6月26日，市里召开会议，部署全年工作。"},
      {"新华社北京3月7日电（记者 李明 张华）记者7日从有关部门获悉，春运平稳有序。",
       "新华社北京3月7日电",
       {"李明", "张华"},
       "新华社北京3月7日电（记者 李明 张华）记者7日从有关部门获悉，春运平稳有序。"},
      {"本报北京6月9日电 全国人大代表围绕民生热点积极建言献策。",
       "本报北京6月9日电",
       {},
       "本报北京6月9日电 全国人大代表围绕民生热点积极建言献策。"},
      {"本報訊（記者 陳大文）立法會昨日三讀通過條例草案。",
       "本報訊",
       {"陳大文"},
       "立法會昨日三讀通過條例草案。"},
      {"【本报讯】昨日，滨湖区启动春季植树活动。", "本报讯", {}, "昨日，滨湖区启动春季植树活动。"},
  };
  for (const Row& r : rows) {
    const Issue issue = ParseText(std::string(kMasthead) + "标题\n\n" + r.para + "\n");
    ASSERT_EQ(issue.articles.size(), 1u) << r.para;
    const Article& a = issue.articles[0];
    EXPECT_EQ(a.dateline, r.dateline) << r.para;
    EXPECT_EQ(Names(a), r.names) << r.para;
    EXPECT_EQ(a.body, r.body) << r.para;
  }
}

TEST(IssueParserTest, MovesABylineAtTheEndOfTheBodyToBylines) {
  const Issue issue = ParseText(std::string(kMasthead) + "标题\n\n" + Para("正文") +
                                "（记者 吴十 通讯员 郑十一）\n");
  ASSERT_EQ(issue.articles.size(), 1u);
  EXPECT_EQ(Names(issue.articles[0]), (std::set<std::string>{"吴十", "郑十一"}));
  EXPECT_EQ(issue.articles[0].body, Para("正文"));
}

TEST(IssueParserTest, SplitsCaptionFromItsCredit) {
  const Issue issue =
      ParseText(std::string(kMasthead) + "标题\n本报记者 张三\n" + Para("正文") +
                "\n图为天元区泰园社区户外劳动者港湾。 株洲日报全媒体记者/何春林 摄\n");
  ASSERT_EQ(issue.articles.size(), 1u);
  const Article& a = issue.articles[0];
  EXPECT_EQ(a.captions, std::vector<std::string>{"图为天元区泰园社区户外劳动者港湾。"});
  ASSERT_EQ(a.bylines.size(), 2u);
  EXPECT_EQ(a.bylines[1].name, "何春林");
  EXPECT_TRUE(a.bylines[1].photo);
  EXPECT_EQ(a.kind, ArticleKind::kNews);
}

TEST(IssueParserTest, PhotoNewsHasOnlyACredit) {
  const Issue issue = ParseText(std::string(kMasthead) + "老年大学教防诈\n\n" +
                                Para("老人们认真听讲") + "\n\n株洲日报通讯员/谭嘉玲 杨帆 摄\n");
  ASSERT_EQ(issue.articles.size(), 1u);
  EXPECT_EQ(issue.articles[0].kind, ArticleKind::kPhoto);
}

TEST(IssueParserTest, DropsRepeatedHeadlineAndBylineLines) {
  const Issue issue = ParseText(
      std::string(kMasthead) +
      "石峰区吹响服务企业集结号\n石峰区吹响服务企业集结号\n"
      "株洲日报全媒体记者/周菁\n通讯员/谭洪汀\n\n株洲日报全媒体记者/周菁\n通讯员/谭洪汀\n\n" +
      Para("正文") + "\n");
  ASSERT_EQ(issue.articles.size(), 1u);
  EXPECT_EQ(issue.articles[0].headline, "石峰区吹响服务企业集结号");
  EXPECT_EQ(issue.articles[0].bylines.size(), 2u);
  EXPECT_EQ(issue.articles[0].body, Para("正文"));
}

TEST(IssueParserTest, DropsJunkRunsAndOrphanLabels) {
  std::string junk;
  for (int i = 0; i < 8; ++i) junk += "“幸福港湾”\n\n";
  const Issue issue =
      ParseText(std::string(kMasthead) + "标题\n本报记者 张三\n" + Para("【政策干货】继续实施") +
                "\n【政策依据】\n\n【案例】\n\n" + junk + Para("第二段") + "\n");
  ASSERT_EQ(issue.articles.size(), 1u);
  const std::string& body = issue.articles[0].body;
  EXPECT_EQ(body, Para("【政策干货】继续实施") + "\n" + Para("第二段"));
  EXPECT_NE(std::find(issue.noise.begin(), issue.noise.end(), "“幸福港湾”"), issue.noise.end());
}

TEST(IssueParserTest, KeepsInnerSubheadsAsParagraphs) {
  const Issue issue = ParseText(std::string(kMasthead) + "标题\n本报记者 张三\n" + Para("开头") +
                                "\n●直奔现场\n让问题在一线解决\n" + Para("现场") + "\n");
  ASSERT_EQ(issue.articles.size(), 1u);
  EXPECT_EQ(issue.articles[0].body,
            Para("开头") + "\n●直奔现场\n让问题在一线解决\n" + Para("现场"));
}

TEST(IssueParserTest, GivesArticlesTheirPageAndPageName) {
  const Issue issue =
      ParseText(std::string(kMasthead) + "第01版：要闻\n头条新闻\n本报记者 张三\n" + Para("一") +
                "\n江城日报 2023年3月8日\n责任编辑：张伟 校对：刘敏\n"
                "A02版 经济\n经济新闻\n本报记者 李四\n" +
                Para("二") + "\n");
  ASSERT_EQ(issue.articles.size(), 2u);
  EXPECT_EQ(issue.articles[0].page, 1);
  EXPECT_EQ(issue.articles[0].section, "要闻");
  EXPECT_EQ(issue.articles[1].page, 2);
  EXPECT_EQ(issue.articles[1].section, "经济");
  for (const Article& a : issue.articles) {
    EXPECT_EQ(a.body.find("责任编辑"), std::string::npos);
    EXPECT_EQ(a.body.find("2023年3月8日"), std::string::npos);
  }
}

TEST(IssueParserTest, DropsRunningHeadersRepeatedOnEveryPage) {
  std::string text = kMasthead;
  for (int page = 1; page <= 3; ++page) {
    text += std::to_string(page) + " 要闻 2023年3月8日 星期三 责任编辑 王芳\n";
    text += "第" + std::to_string(page) + "条新闻\n本报记者 张三\n" +
            Para("第" + std::to_string(page) + "页") + "\n";
    text += "扫码看更多\n";
  }
  const Issue issue = ParseText(text);
  ASSERT_EQ(issue.articles.size(), 3u);
  for (int i = 0; i < 3; ++i) {
    EXPECT_EQ(issue.articles[i].page, i + 1);
    EXPECT_EQ(issue.articles[i].body, Para("第" + std::to_string(i + 1) + "页"));
  }
}

TEST(IssueParserTest, MakesATeaserOfAHeadlineWhoseTextIsElsewhere) {
  const Issue issue =
      ParseText(std::string(kMasthead) +
                "习近平作出重要指示强调\n\n善于通过互联网等各种渠道 问需于民\n\n全文见 08版\n\n"
                "到企业去\n本报记者 张三\n" +
                Para("正文") + "\n");
  ASSERT_EQ(issue.articles.size(), 2u);
  const Article& t = issue.articles[0];
  EXPECT_EQ(t.kind, ArticleKind::kTeaser);
  EXPECT_EQ(t.continued_on_page, 8);
  EXPECT_EQ(t.kicker, "习近平作出重要指示强调");
  EXPECT_EQ(t.body, "");
  EXPECT_EQ(issue.articles[1].kind, ArticleKind::kNews);
}

TEST(IssueParserTest, StitchesAnArticleContinuedOnAnotherPage) {
  const Issue issue =
      ParseText(std::string(kMasthead) + "第01版：要闻\n代表委员热议政府工作报告\n本报记者 张三\n" +
                Para("前半") +
                "\n全国政协委员关注的是教育、医疗、\n（下转第3版）\n"
                "第02版：经济\n经济新闻\n本报记者 李四\n" +
                Para("二") +
                "\n"
                "第03版：要闻\n代表委员热议政府工作报告\n（上接第1版）\n养老等民生话题。\n" +
                Para("后半") + "\n");
  ASSERT_EQ(issue.articles.size(), 2u);
  const Article& a = issue.articles[0];
  EXPECT_EQ(a.headline, "代表委员热议政府工作报告");
  EXPECT_EQ(a.page, 1);
  EXPECT_EQ(a.continued_on_page, 3);
  EXPECT_EQ(a.body,
            Para("前半") + "\n全国政协委员关注的是教育、医疗、养老等民生话题。\n" + Para("后半"));
}

TEST(IssueParserTest, DecidesKinds) {
  struct Row {
    std::string block;
    ArticleKind kind;
  };
  const Row rows[] = {
      {"市场新闻\n本报记者 张三\n" + Para("正文") + "\n", ArticleKind::kNews},
      {"关于调整公交线路的公告\n" + Para("为方便市民出行") + "\n特此公告。\n",
       ArticleKind::kNotice},
      {"遗失声明\n" + Para("某公司遗失营业执照") + "\n", ArticleKind::kNotice},
      {"简讯\n图书馆开展读书月活动\n" + Para("本报讯 近日") + "\n", ArticleKind::kBrief},
      {"时评\n让公园装满温度\n" + Para("一片闲置地") + "\n", ArticleKind::kCommentary},
      {"对话局长\n本报记者 张三\n问：今年的冰雪季有哪些亮点？\n答：" + Para("我们推出") +
           "\n问：市场反响如何？\n答：" + Para("游客很多") + "\n",
       ArticleKind::kInterview},
  };
  for (const Row& r : rows) {
    const Issue issue = ParseText(std::string(kMasthead) + r.block);
    ASSERT_EQ(issue.articles.size(), 1u) << r.block;
    EXPECT_EQ(issue.articles[0].kind, r.kind) << r.block;
  }
}

TEST(IssueParserTest, RejoinsAHardWrappedLayout) {
  std::string text = std::string(kMasthead) + "城区新增口袋公园\n记者 柯雨桐\n";
  std::string expected;
  for (int p = 0; p < 4; ++p) {
    const std::string para =
        "第" + std::to_string(p + 1) +
        "段，位于江北区解放路与桂花巷交叉口的一处闲置地块完成改造，摇身一变成为绿意盎然的口袋公园。"
        "园内步道、座椅、健身器材一应俱全，吸引不少周边居民前来休闲散步，成为社区里最热闹的地方。";
    const std::u32string u = ToU32(para);
    // The first line is indented by two full-width spaces; every line fills 22 columns of
    // characters.
    text += "\u3000\u3000" + ToUtf8(u.substr(0, 20)) + "\n";
    for (size_t i = 20; i < u.size(); i += 22) text += ToUtf8(u.substr(i, 22)) + "\n";
    expected += (p ? "\n" : "") + para;
  }
  const Issue issue = ParseText(text);
  ASSERT_EQ(issue.articles.size(), 1u);
  EXPECT_EQ(issue.articles[0].body, expected);
}

TEST(IssueParserTest, GivesStableIdsThatSayWhereTheArticleIs) {
  const std::string text = std::string(kMasthead) + "第01版：要闻\n头条\n本报记者 张三\n" +
                           Para("一") + "\n第二条\n本报记者 李四\n" + Para("二") + "\n";
  const Issue a = ParseText(text);
  const Issue b = ParseText(text);
  ASSERT_EQ(a.articles.size(), 2u);
  EXPECT_EQ(a.articles[0].id, "jcrb-20230308-01-01");
  EXPECT_EQ(a.articles[1].id, "jcrb-20230308-01-02");
  EXPECT_EQ(a.articles[0].id, b.articles[0].id);
}

TEST(IssueParserTest, HandlesCrlfAndCrLineEnds) {
  const std::string text = std::string(kMasthead) +
                           "标题\n\n根据安排，由13条产业链链办主任单位牵头负责，各县市区按照在编干"
                           "\n\n部人数比例选派干部。\n";
  std::string crlf, cr;
  for (char c : text) {
    crlf += c == '\n' ? std::string("\r\n") : std::string(1, c);
    cr += c == '\n' ? '\r' : c;
  }
  for (const std::string& t : {crlf, cr}) {
    const Issue issue = ParseText(t);
    ASSERT_EQ(issue.articles.size(), 1u);
    EXPECT_EQ(issue.articles[0].body,
              "根据安排，由13条产业链链办主任单位牵头负责，各县市区按照在编干部人数比例选派干部。");
    EXPECT_EQ(issue.date, "2023-03-08");
  }
}

// Bad input: a clear error naming the file, never a crash.
TEST(IssueParserTest, RejectsFilesThatAreNotIssues) {
  TempDir dir;
  struct Row {
    std::string name;
    std::string bytes;
    std::string reason;
  };
  std::string binary;
  for (int i = 0; i < 4096; ++i) binary.push_back(static_cast<char>((i * 7919) % 256));
  const Row rows[] = {
      {"empty.txt", "", "empty file"},
      {"binary.bin", binary, "binary"},
      {"masthead.txt", kMasthead, "only a masthead"},
      {"long.txt", std::string(300 * 1024, 'a'), "no line break"},
  };
  IssueParser parser;
  for (const Row& r : rows) {
    const std::string path = dir.Write(r.name, r.bytes);
    try {
      parser.ParseFile(path);
      ADD_FAILURE() << r.name << " parsed";
    } catch (const Error& e) {
      EXPECT_EQ(e.path(), path);
      EXPECT_NE(std::string(e.what()).find(r.reason), std::string::npos) << e.what();
      EXPECT_EQ(std::string(e.what()).find('\n'), std::string::npos);
    }
  }
  EXPECT_THROW(parser.ParseFile(dir.path().string()), Error);
  EXPECT_THROW(parser.ParseFile((dir.path() / "missing.txt").string()), Error);
}

TEST(IssueParserTest, ReportsInvalidBytesAndKeepsTheRest) {
  TempDir dir;
  const std::string text = std::string(kMasthead) + "标题\n\n" + Para("正文") + "\xFF\n";
  const Issue issue = IssueParser().ParseFile(dir.Write("bad.txt", text));
  EXPECT_EQ(issue.encoding, "utf-8");
  ASSERT_EQ(issue.diagnostics.size(), 1u);
  EXPECT_NE(issue.diagnostics[0].message.find("offset " + std::to_string(text.size() - 2)),
            std::string::npos)
      << issue.diagnostics[0].message;
  ASSERT_EQ(issue.articles.size(), 1u);
  EXPECT_EQ(issue.articles[0].body.find(Para("正文")), 0u);
}

TEST(IssueParserTest, ParsesTheSameIssueInEveryEncoding) {
  TempDir dir;
  const std::string text =
      std::string(kMasthead) + "標題與正文\n記者 陳大文\n" +
      "立法會昨日三讀通過條例草案，政府將於七月一日起實施新措施，市民普遍表示歡迎。\n";
  const Issue want = IssueParser().Parse(text, "x.txt");
  struct Row {
    const char* charset;
    const char* encoding;
    std::string prefix;
  };
  for (const Row& r : {Row{"UTF-8", "utf-8", "\xEF\xBB\xBF"}, Row{"GB18030", "gb18030", ""},
                       Row{"Big5", "big5", ""}, Row{"UTF-16LE", "utf-16", "\xFF\xFE"},
                       Row{"UTF-16BE", "utf-16", "\xFE\xFF"}}) {
    const std::string bytes = r.prefix + testing::Encode(text, r.charset);
    const Issue got =
        IssueParser().ParseFile(dir.Write(std::string("issue-") + r.charset + ".txt", bytes));
    EXPECT_EQ(got.encoding, r.encoding) << r.charset;
    ASSERT_EQ(got.articles.size(), 1u) << r.charset;
    EXPECT_EQ(got.articles[0].body, want.articles[0].body) << r.charset;
    EXPECT_EQ(got.articles[0].headline, want.articles[0].headline) << r.charset;
  }
}

TEST(IssueParserTest, HonoursAForcedEncoding) {
  TempDir dir;
  const std::string text = std::string(kMasthead) + "标题\n\n" + Para("正文") + "\n";
  const std::string path = dir.Write("gbk.txt", testing::Encode(text, "GB18030"));
  const Issue issue = IssueParser(ParseOptions{"gbk"}).ParseFile(path);
  EXPECT_EQ(issue.encoding, "gb18030");
  EXPECT_EQ(issue.articles.at(0).body, Para("正文"));
  EXPECT_THROW(IssueParser(ParseOptions{"no-such-charset"}).ParseFile(path), Error);
}

TEST(IssueParserTest, SerialisesToTheGoldSchema) {
  const Issue issue =
      ParseText(std::string(kMasthead) + "标题\n本报记者 张三\n" + Para("正文") + "\n");
  const Json j = IssueToJson(issue);
  for (const char* key : {"paper", "date", "issue_no", "pages", "encoding", "articles", "noise"}) {
    EXPECT_TRUE(j.contains(key)) << key;
  }
  const Json& a = j["articles"][0];
  for (const char* key :
       {"id", "kind", "page", "section", "kicker", "headline", "subheadline", "bylines", "dateline",
        "body", "captions", "continued_from_page", "continued_on_page"}) {
    EXPECT_TRUE(a.contains(key)) << key;
  }
  EXPECT_EQ(a["bylines"][0]["role"], "本报记者");
  const Article back = ArticleFromJson(a);
  EXPECT_EQ(back.headline, issue.articles[0].headline);
  EXPECT_EQ(back.bylines, issue.articles[0].bylines);
  EXPECT_EQ(back.body, issue.articles[0].body);
}

}  // namespace
}  // namespace paperdex
