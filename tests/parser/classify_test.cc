#include "parser/classify.h"

#include <gtest/gtest.h>

#include "test_lines.h"

namespace paperdex::parser {
namespace {

Line ClassifyText(const std::string& text) { return ClassifyLine(SplitLines(text).front()); }

TEST(ClassifyTest, ReadsAPageMarkerWithItsPageAndName) {
  const Line l = ClassifyText("第02版：要闻");
  EXPECT_EQ(l.kind, LineKind::kPage);
  EXPECT_EQ(l.page_ref, 2);
  EXPECT_EQ(l.page_name, U"要闻");
}

TEST(ClassifyTest, GivesEachLineItsKind) {
  struct Row {
    std::string line;
    LineKind kind;
  };
  const Row rows[] = {
      {"", LineKind::kBlank},
      {"- 3 -", LineKind::kNoise},
      {"责任编辑：张伟 校对：刘敏", LineKind::kNoise},
      {"全文见 08版", LineKind::kTeaserRef},
      {"（下转第3版）", LineKind::kContinuedOn},
      {"上接第1版", LineKind::kContinuedFrom},
      {"——我市2200余名干部联点 9000余家企业", LineKind::kDash},
      {"图为天元区泰园社区户外劳动者港湾。", LineKind::kCaption},
      {"问：今年有哪些新举措？", LineKind::kBody},
      {"本报记者 张三 通讯员 李四", LineKind::kByline},
      {"记者 何春林 摄", LineKind::kCredit},
      {"春耕正当时", LineKind::kTitle},
      {testing::BodyLine("正文"), LineKind::kBody},
  };
  for (const Row& r : rows) EXPECT_EQ(ClassifyText(r.line).kind, r.kind) << r.line;
}

TEST(ClassifyTest, KeepsTheBylinesOfABylineLine) {
  const Line l = ClassifyText("本报记者 张三 通讯员 李四");
  ASSERT_EQ(l.bylines.size(), 2u);
  EXPECT_EQ(l.bylines[0].role, "本报记者");
  EXPECT_EQ(l.bylines[0].name, "张三");
  EXPECT_EQ(l.bylines[1].role, "通讯员");
  EXPECT_EQ(l.bylines[1].name, "李四");
}

TEST(ClassifyTest, ReadsARoleAloneAndAWritersDescriptionAsBylineLines) {
  const Line role = ClassifyText("本报记者");
  EXPECT_EQ(role.kind, LineKind::kByline);
  EXPECT_TRUE(role.bylines.empty());
  const Line editorial = ClassifyText("本报评论员");
  ASSERT_EQ(editorial.bylines.size(), 1u);
  EXPECT_EQ(editorial.bylines[0].name, "本报评论员");

  const Line post = ClassifyText("滨湖大学党委副书记 杨 帆");
  EXPECT_EQ(post.kind, LineKind::kByline);
  EXPECT_TRUE(post.description);
  ASSERT_EQ(post.bylines.size(), 1u);
  EXPECT_EQ(post.bylines[0].role, "滨湖大学党委副书记");
  EXPECT_EQ(post.bylines[0].name, "杨帆");
  const Line place = ClassifyText("江北省滨湖市 韩 立");
  EXPECT_TRUE(place.description);
  EXPECT_EQ(place.bylines[0].role, "江北省滨湖市");
  EXPECT_EQ(ClassifyText("滨湖集团有限公司党组书记、董事长 温海刚").bylines[0].name, "温海刚");
  // A headline with a name in it is no byline.
  EXPECT_NE(ClassifyText("致敬最美教师 王 芳").kind, LineKind::kByline);
  EXPECT_NE(ClassifyText("市委书记调研 春耕生产").kind, LineKind::kByline);
}

TEST(ClassifyTest, ReadsALongKickerOverAHeadlineBeyondDoubt) {
  const std::string kicker = "从江北到岭南，一位滨湖青年的创业足迹画出了一道跨越南北的弧线";
  // Over a headline with its column tag, or over a headline and its byline.
  std::vector<Line> tagged = testing::Classified(kicker + "\n\n“家乡给了我沃土”（民生一线）\n");
  EXPECT_EQ(tagged[0].kind, LineKind::kTitle);
  std::vector<Line> bylined =
      testing::Classified(kicker + "\n家乡给了我沃土\n本报记者 张三\n" + testing::BodyLine("正文"));
  EXPECT_EQ(bylined[0].kind, LineKind::kTitle);
  // Over a plain title it stays text, and a remark in brackets is never a kicker.
  std::vector<Line> plain =
      testing::Classified(kicker + "\n家乡给了我沃土\n" + testing::BodyLine("正文"));
  EXPECT_EQ(plain[0].kind, LineKind::kBody);
  EXPECT_FALSE(IsLongKicker(U"（作者为滨湖大学经济学院教授、博士生导师）"));
  EXPECT_FALSE(IsLongKicker(U"他说，今天的会议很重要。"));
}

TEST(ClassifyTest, ReadsALongHeadlineOverATextThatOpensWithADateline) {
  const std::string headline = "江城港累计完成集装箱吞吐量超300万标箱，增速连续三年保持在两位数";
  const std::string text = "本报江城7月8日电 （记者吴某）江城港务集团8日发布数据。";
  std::vector<Line> lines = testing::Classified(headline + "\n\n" + text + "\n");
  EXPECT_EQ(lines[0].kind, LineKind::kTitle);
  EXPECT_EQ(lines[2].kind, LineKind::kBody);
  // Under a paragraph cut mid-sentence it is that paragraph's end; over text with no dateline
  // it stays text.
  lines = testing::Classified("全市各部门按照统一部署持续推进，取得了明显成效，群众满意度\n" +
                              headline + "\n" + text + "\n");
  EXPECT_EQ(lines[1].kind, LineKind::kBody);
  lines = testing::Classified(headline + "\n" + testing::BodyLine("正文") + "\n");
  EXPECT_EQ(lines[0].kind, LineKind::kBody);
  EXPECT_TRUE(IsLongHeadline(U"江城港吞吐量超300万标箱，增速连续三年保持两位数"));
  EXPECT_FALSE(IsLongHeadline(U"他说，今天的会议很重要。"));
  EXPECT_FALSE(IsLongHeadline(U"（作者为滨湖大学经济学院教授、博士生导师）"));
  EXPECT_FALSE(IsLongHeadline(U"据统计，全市一季度完成投资，"));
}

TEST(ClassifyTest, ReadsWhoSpokeOverAHeadlineAsAKicker) {
  const std::string body = "本报江城7月8日电 （记者吴某）市政府新闻办8日举行发布会。";
  std::vector<Line> lines = testing::Classified(
      "市水务局：\n\n江城累计向新区供水超5000万吨，达标率保持在100%\n\n" + body + "\n");
  EXPECT_EQ(lines[0].kind, LineKind::kTitle);
  EXPECT_EQ(lines[2].kind, LineKind::kTitle);
  // A speaker's label in an interview, over what is said, stays text.
  lines = testing::Classified("记者：\n你们为什么选择这里？\n" + testing::BodyLine("正文") + "\n");
  EXPECT_EQ(lines[0].kind, LineKind::kBody);
  EXPECT_TRUE(IsSpeakerKicker(U"市水务局："));
  EXPECT_FALSE(IsSpeakerKicker(U"市水务局"));
  EXPECT_FALSE(IsSpeakerKicker(U"他说，主要有三点："));
  EXPECT_FALSE(IsSpeakerKicker(U"江城市人民政府办公室关于进一步加强管理的通知："));
}

TEST(ClassifyTest, ReadsAPortraitsCaptionBetweenATextAndTheNextHeadline) {
  const std::string text = "应国家主席邀请，某国总统吉米·沙巴将于7月3日至6日进行国事访问。";
  std::vector<Line> lines = testing::Classified(text + "\n\n吉米·沙巴总统\n\n滨湖论坛在江城开幕\n" +
                                                testing::BodyLine("本报讯"));
  EXPECT_EQ(lines[2].kind, LineKind::kCaption);
  // Over a text it is a headline of its own; at the top of a page there is no text to go with.
  lines = testing::Classified(text + "\n\n吉米·沙巴总统\n" + testing::BodyLine("本报讯"));
  EXPECT_NE(lines[2].kind, LineKind::kCaption);
  lines = testing::Classified("吉米·沙巴总统\n滨湖论坛在江城开幕\n" + testing::BodyLine("本报讯"));
  EXPECT_NE(lines[0].kind, LineKind::kCaption);
  EXPECT_TRUE(IsPortraitCaption(U"吉米·沙巴总统"));
  EXPECT_TRUE(IsPortraitCaption(U"田中 一郎首相"));
  EXPECT_FALSE(IsPortraitCaption(U"总统"));
  EXPECT_FALSE(IsPortraitCaption(U"会见来访的某国总统"));  // too long for a name
  EXPECT_FALSE(IsPortraitCaption(U"滨湖论坛在江城开幕"));
}

TEST(ClassifyTest, ReadsADocumentsTitleOverItsAdoptionNote) {
  const std::string title = "江城市人民代表大会常务委员会关于加强城市绿地保护和管理若干问题的决定";
  const std::string note = "（2026年3月12日江城市第十六届人民代表大会常务委员会第五次会议通过）";
  std::vector<Line> lines = testing::Classified(testing::BodyLine("上文") + "\n\n" + title +
                                                "\n\n" + note + "\n\n" + testing::BodyLine("正文"));
  EXPECT_EQ(lines[2].kind, LineKind::kTitle);
  EXPECT_EQ(lines[4].kind, LineKind::kTitle);
  EXPECT_TRUE(IsAdoptionNote(U"（2026年3月12日江城市人大常委会第五次会议通过）"));
  EXPECT_FALSE(IsAdoptionNote(U"（江城市人大常委会第五次会议通过）"));  // no date first
  EXPECT_FALSE(IsAdoptionNote(U"（2026年3月12日，记者来到江城）"));
  // A subheadline of who attended, long and with no comma, over a text with its dateline.
  lines = testing::Classified(
      "全市人代会闭幕\n\n表决通过新修订的养犬管理规定关于修改物业管理条例的决定等王五签署公告赵六主"
      "持会"
      "议\n\n本报江城3月12日电 （记者吴某）会议12日闭幕。\n");
  EXPECT_EQ(lines[2].kind, LineKind::kTitle);
}

TEST(ClassifyTest, TakesAParallelOfShortPartsForATitle) {
  EXPECT_TRUE(IsTitleLike(U"看山,看水,看人(行走)"));
  EXPECT_TRUE(IsTitleLike(U"看山,看水,看人"));
  EXPECT_FALSE(IsTitleLike(U"他说,今天的会议,很重要"));
  EXPECT_FALSE(IsTitleLike(U"好,好,"));
}

TEST(ClassifyTest, TakesAListCutByTheLinesEndForText) {
  EXPECT_FALSE(IsTitleLike(U"联合国某办事处副局长某某、青"));
  EXPECT_TRUE(IsTitleLike(U"本报承接各类公告、声明、启事"));
  EXPECT_TRUE(IsTitleLike(U"城乡、区域协调发展迈出新步伐"));
}

TEST(ClassifyTest, NeverTakesADatelineForATitle) {
  EXPECT_EQ(ClassifyText("新华社江城5月12日电 （记者杨某）").kind, LineKind::kBody);
  EXPECT_EQ(ClassifyText("本报江城6月2日电 （记者吴某）报告显示：据").kind, LineKind::kBody);
  EXPECT_TRUE(OpensWithDatelineText(U"本报讯 近日"));
  EXPECT_FALSE(OpensWithDatelineText(U"北京迎来入汛以来最强降雨"));
}

TEST(ClassifyTest, KeepsAWritersSignatureInTheText) {
  EXPECT_TRUE(IsTextSignature(U"林 子文"));
  EXPECT_TRUE(IsTextSignature(U"林晓华 文"));
  EXPECT_TRUE(IsTextSignature(U"林晓华/文"));
  EXPECT_FALSE(IsTextSignature(U"林晓华文"));
  EXPECT_FALSE(IsTextSignature(U"中华文"));
  EXPECT_EQ(ClassifyText("林 子文").kind, LineKind::kBody);
}

TEST(ClassifyTest, MarksAdvertsAndBareNames) {
  EXPECT_TRUE(ClassifyText("钢琴调律 上门服务 电话：13805712468").advert);
  const Line name = ClassifyText("唐剑华");
  EXPECT_EQ(name.kind, LineKind::kTitle);
  EXPECT_TRUE(name.maybe_name);
  EXPECT_FALSE(ClassifyText("春耕正当时").maybe_name);
}

TEST(ClassifyTest, ParsesPageReferences) {
  struct Row {
    std::u32string_view text;
    RefKind kind;
    int page;
  };
  const Row rows[] = {
      {U"全文见 08版", RefKind::kTeaser, 8},      {U"详见第4版", RefKind::kTeaser, 4},
      {U"(下转第3版)", RefKind::kContinuedOn, 3}, {U"上接第1版", RefKind::kContinuedFrom, 1},
      {U"下转第3版 今日", RefKind::kNone, 0},     {U"第3版", RefKind::kNone, 0},
  };
  for (const Row& r : rows) {
    int page = 0;
    EXPECT_EQ(ParseRef(r.text, &page), r.kind) << ToUtf8(r.text);
    EXPECT_EQ(page, r.page) << ToUtf8(r.text);
  }
}

TEST(ClassifyTest, TellsTitleLikeLinesFromSentences) {
  EXPECT_TRUE(IsTitleLike(U"到企业去 到现场去"));
  EXPECT_TRUE(IsTitleLike(U"【今日关注】"));
  EXPECT_FALSE(IsTitleLike(U"春耕正当时。"));
  EXPECT_FALSE(IsTitleLike(U"一是，二是，三是"));
  EXPECT_FALSE(IsTitleLike(U"他说，"));
  EXPECT_FALSE(IsTitleLike(U"(一张图看懂)"));
  EXPECT_FALSE(IsTitleLike(U"“幸福港湾"));
  EXPECT_FALSE(IsTitleLike(U"实施办法》等文件"));  // a title closed that the line before opened
  // A headline with its column tag is read without the tag: a long one, or one with a comma.
  EXPECT_TRUE(IsTitleLike(U"宜居宜业，滨湖“花香蝶自来”(外国人眼中的中国城市)"));
  EXPECT_TRUE(IsTitleLike(U"以扎实的基础研究夯实滨湖创新发展根基(深入学习贯彻全会精神·理论专版)"));
  EXPECT_FALSE(IsTitleLike(U"他说，今天的天气，非常好(记者手记)"));
  EXPECT_TRUE(IsBareName(U"唐剑华"));
  EXPECT_FALSE(IsBareName(U"记者 唐剑华"));
}

TEST(ClassifyTest, MakesTheMastheadLinesNoiseAndClassifiesTheRest) {
  const std::vector<Line> lines = Classify(SplitLines("江城日报\n\n春耕正当时\n"), {0});
  EXPECT_EQ(testing::Kinds(lines), (std::vector<LineKind>{LineKind::kNoise, LineKind::kBlank,
                                                          LineKind::kTitle, LineKind::kBlank}));
  EXPECT_EQ(lines[0].text, U"江城日报");
}

}  // namespace
}  // namespace paperdex::parser
