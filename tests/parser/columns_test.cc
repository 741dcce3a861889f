#include "parser/columns.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "test_lines.h"

namespace paperdex::parser {
namespace {

using testing::Classified;

// The texts of the non-blank lines of `lines`, in order.
std::vector<std::string> Texts(const std::vector<Line>& lines) {
  std::vector<std::string> texts;
  for (const Line& l : lines) {
    if (l.kind != LineKind::kBlank) texts.push_back(ToUtf8(l.text));
  }
  return texts;
}

std::string Joined(const std::vector<std::string>& rows) {
  std::string text;
  for (const std::string& r : rows) text += r + "\n\n";
  return text;
}

// Two articles side by side, read across: a harbour's freight and a school's canteen.
const std::string kPortHead = "滨湖港去年吞吐量创新高";
const std::string kMealHead = "实验小学食堂开放家长品尝日";
const std::string kPortByline = "■本报记者 程远";
const std::string kMealByline = "■本报记者 邵佳";
const std::string kPort1 = "本报讯 记者从滨湖港务集团获悉，去年滨湖港完成货物吞吐量1.2亿吨，创历史新高。";
const std::string kMeal1 = "本报讯 上周五，实验小学食堂迎来了三十多位家长，他们在食堂窗口排队打饭。";
const std::string kPort2 = "去年以来，滨湖港新开通集装箱航线8条，港口集装箱吞吐量同比增长";  // cut
const std::string kMeal2 = "家长们品尝了食堂的四菜一汤，对饭菜的口味和卫生给出了好评。";
const std::string kPort3 = "12%，港务集团表示今年将继续扩建集装箱码头。";  // the rest of kPort2
const std::string kMeal3 = "学校负责人说，食堂品尝日每学期举办两次，家长可以在班级群报名。";

TEST(ColumnsTest, UnweavesTwoArticlesPrintedSideBySide) {
  const std::vector<Line> in = Classified(Joined({"上一篇的最后一段写完了。", kPortHead,
                                                  kMealHead, kPortByline, kMealByline, kPort1,
                                                  kMeal1, kPort2, kMeal2, kPort3, kMeal3,
                                                  "下一篇文章的标题"}));
  const std::vector<std::string> expected = {
      "上一篇的最后一段写完了。", kPortHead, kPortByline, kPort1, kPort2, kPort3,
      kMealHead, kMealByline, kMeal1, kMeal2, kMeal3, "下一篇文章的标题"};
  EXPECT_EQ(Texts(UnweaveColumns(in)), expected);
}

TEST(ColumnsTest, UnweavesAHeadlineSetInsideTheTextOfAnother) {
  // The first article's paragraph, cut mid-sentence, comes under the second's headline and before
  // its byline; the rest alternate irregularly.
  const std::vector<Line> in = Classified(Joined({kPortHead, kPortByline, kPort1, kMealHead, kPort2,
                                                  kMealByline, kMeal1, kPort3, kMeal2, kMeal3}));
  const std::vector<std::string> expected = {kPortHead,  kPortByline, kPort1, kPort2, kPort3,
                                             kMealHead,  kMealByline, kMeal1, kMeal2, kMeal3};
  EXPECT_EQ(Texts(UnweaveColumns(in)), expected);
}

TEST(ColumnsTest, KeepsTheGapAfterAStretch) {
  // Two blank lines set the next article apart after the stretch as before it was unwoven.
  std::string text = Joined({kPortHead, kMealHead, kPortByline, kMealByline, kPort1, kMeal1});
  text += "\n下一篇文章的标题\n\n" + testing::BodyLine("正文");
  const std::vector<Line> out = UnweaveColumns(Classified(text));
  size_t title = 0;
  while (title < out.size() && out[title].text != U"下一篇文章的标题") ++title;
  ASSERT_LT(title, out.size());
  ASSERT_GE(title, 3u);
  EXPECT_EQ(out[title - 1].kind, LineKind::kBlank);
  EXPECT_EQ(out[title - 2].kind, LineKind::kBlank);
  EXPECT_EQ(ToUtf8(out[title - 3].text), kMeal1);
}

TEST(ColumnsTest, LeavesArticlesOneAfterTheOtherAlone) {
  const std::vector<std::string> rows = {kPortHead, kPortByline, kPort1,  kPort2 + "。", kMealHead,
                                         kMealByline, kMeal1,    kMeal2, kMeal3};
  EXPECT_EQ(Texts(UnweaveColumns(Classified(Joined(rows)))), rows);
  // A kicker over a headline over a byline split on two lines of other roles is one article.
  const std::vector<std::string> block = {"滨湖港去年再传喜讯", kPortHead, "■本报记者 程远",
                                          "■通讯员 邵佳", kPort1, kMeal1};
  EXPECT_EQ(Texts(UnweaveColumns(Classified(Joined(block)))), block);
  // A lead paragraph between a headline and its byline, after a finished article: not a stretch.
  const std::vector<std::string> lead = {kPortHead, kPortByline, kPort1, kMealHead,
                                         "编者按：本报今起推出系列报道，敬请关注。", kMealByline,
                                         kMeal1};
  EXPECT_EQ(Texts(UnweaveColumns(Classified(Joined(lead)))), lead);
}

}  // namespace
}  // namespace paperdex::parser
