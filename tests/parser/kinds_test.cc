#include "parser/kinds.h"

#include <gtest/gtest.h>

namespace paperdex::parser {
namespace {

Draft WithHeadline(const std::string& headline) {
  Draft d;
  d.article.headline = headline;
  d.paragraphs = {U"正文。"};
  return d;
}

TEST(KindsTest, TellsNoticeHeadlines) {
  EXPECT_TRUE(IsNoticeHeadline(U"停水公告"));
  EXPECT_TRUE(IsNoticeHeadline(U"关于调整公交线路的通知"));
  EXPECT_FALSE(IsNoticeHeadline(U"市民收到降温通知"));
  EXPECT_FALSE(IsNoticeHeadline(U"甲国和乙国关于深化合作的联合声明"));
  EXPECT_TRUE(IsNoticeHeadline(U"遗失声明"));
  EXPECT_FALSE(IsNoticeHeadline(U"春耕正当时"));
}

TEST(KindsTest, TellsAnInterview) {
  EXPECT_TRUE(IsInterview({U"问：今年有哪些新举措？", U"答：我们将……", U"问：难点在哪里？"}));
  EXPECT_TRUE(IsInterview({U"记者：今年有哪些新举措？", U"王五：我们将……", U"记者：难点在哪里？"}));
  EXPECT_FALSE(IsInterview({U"问：今年有哪些新举措？", U"答：我们将……"}));
}

TEST(KindsTest, DecidesKinds) {
  EXPECT_EQ(DecideKind(WithHeadline("春耕正当时")), ArticleKind::kNews);
  EXPECT_EQ(DecideKind(WithHeadline("停水公告")), ArticleKind::kNotice);

  Draft brief = WithHeadline("我市启动植树行动");
  brief.column = U"简讯";
  EXPECT_EQ(DecideKind(brief), ArticleKind::kBrief);

  Draft commentary = WithHeadline("让实干成为鲜明导向");
  commentary.article.bylines.push_back({"本报评论员", "张三", false});
  EXPECT_EQ(DecideKind(commentary), ArticleKind::kCommentary);

  Draft photo = WithHeadline("春到田间");
  photo.article.bylines.push_back({"记者", "何春林", true});
  EXPECT_EQ(DecideKind(photo), ArticleKind::kPhoto);

  Draft teaser = WithHeadline("全会召开");
  teaser.teaser = true;
  EXPECT_EQ(DecideKind(teaser), ArticleKind::kTeaser);
}

TEST(KindsTest, ASignatureMakesACommentaryOnlyUnderAColumnLabel) {
  Draft essay = WithHeadline("书房记");
  essay.article.bylines.push_back({std::nullopt, "林某", false});
  EXPECT_EQ(DecideKind(essay), ArticleKind::kNews);

  Draft notes = WithHeadline("用脚步丈量大地（记者手记）");
  notes.article.bylines.push_back({std::nullopt, "林某", false});
  EXPECT_EQ(DecideKind(notes), ArticleKind::kNews);

  Draft column = essay;
  column.column = U"江城观察";
  EXPECT_EQ(DecideKind(column), ArticleKind::kCommentary);

  Draft short_kicker = essay;
  short_kicker.article.kicker = "江城观察";
  EXPECT_EQ(DecideKind(short_kicker), ArticleKind::kCommentary);

  Draft lead_in = essay;
  lead_in.article.kicker = "江城观察——";
  EXPECT_EQ(DecideKind(lead_in), ArticleKind::kNews);
}

TEST(KindsTest, APhotoItemIsAPhotoExceptOnACommentaryPage) {
  Draft photo = WithHeadline("图片报道");
  photo.article.bylines.push_back({std::nullopt, "陈某", true});
  EXPECT_EQ(DecideKind(photo), ArticleKind::kPhoto);
  photo.page_name = U"评论";
  EXPECT_EQ(DecideKind(photo), ArticleKind::kCommentary);
  // An essayist's notes are no commentary by their column's name alone.
  EXPECT_EQ(DecideKind(WithHeadline("弘扬友谊 续写新篇（大使随笔）")), ArticleKind::kNews);
}

TEST(KindsTest, ACommentaryTagOrWriterMakesACommentary) {
  EXPECT_EQ(DecideKind(WithHeadline("让实干成为鲜明导向（人民时评）")), ArticleKind::kCommentary);
  EXPECT_EQ(DecideKind(WithHeadline("让实干成为鲜明导向(金台锐评)")), ArticleKind::kCommentary);
  EXPECT_EQ(DecideKind(WithHeadline("让实干成为鲜明导向（经济透视）")), ArticleKind::kNews);

  Draft editorial = WithHeadline("让实干成为鲜明导向");
  editorial.article.bylines.push_back({std::nullopt, "本报评论员", false});
  EXPECT_EQ(DecideKind(editorial), ArticleKind::kCommentary);
}

TEST(KindsTest, FinishesArticlesAndDropsEmptyDrafts) {
  std::vector<Draft> drafts(3);
  drafts[0] = WithHeadline("春耕正当时");
  drafts[0].paragraphs = {U"  第一段。 ", U"", U"第二段。"};
  drafts[0].page_name = U"要闻";
  // drafts[1] is empty
  drafts[2] = WithHeadline("让实干成为鲜明导向");
  drafts[2].article.kicker = "今日谈";
  drafts[2].article.bylines.push_back({std::nullopt, "唐剑华", false});
  const std::vector<Article> out = FinishArticles(std::move(drafts));
  ASSERT_EQ(out.size(), 2u);
  EXPECT_EQ(out[0].body, "第一段。\n第二段。");
  EXPECT_EQ(out[0].section, "要闻");
  EXPECT_EQ(out[0].kind, ArticleKind::kNews);
  // A signed commentary's short kicker is its column.
  EXPECT_EQ(out[1].kind, ArticleKind::kCommentary);
  EXPECT_FALSE(out[1].kicker);
  EXPECT_EQ(out[1].section, "今日谈");
}

}  // namespace
}  // namespace paperdex::parser
