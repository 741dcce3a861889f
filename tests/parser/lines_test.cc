#include "parser/lines.h"

#include <gtest/gtest.h>

#include "conventions.h"

namespace paperdex::parser {
namespace {

TEST(LinesTest, SplitsAtEveryLineEndAndKeepsBlankLines) {
  const std::vector<Line> lines = SplitLines("标题\r\n\r\n正文一\r正文二\n");
  ASSERT_EQ(lines.size(), 5u);
  EXPECT_EQ(lines[0].text, U"标题");
  EXPECT_EQ(lines[1].text, U"");
  EXPECT_EQ(lines[2].text, U"正文一");
  EXPECT_EQ(lines[3].text, U"正文二");
  EXPECT_EQ(lines[4].text, U"");
}

TEST(LinesTest, TrimsAndFoldsTheKeyAndMeasuresTheIndent) {
  const std::vector<Line> lines = SplitLines("　　２０２２年，Ａ股  \n不缩进");
  ASSERT_EQ(lines.size(), 2u);
  EXPECT_EQ(lines[0].text, U"２０２２年，Ａ股");
  EXPECT_EQ(lines[0].key, U"2022年,A股");
  EXPECT_TRUE(lines[0].indented);
  EXPECT_EQ(lines[0].indent_width, 4);  // two ideographic spaces, two columns each
  EXPECT_FALSE(lines[1].indented);
  EXPECT_EQ(lines[1].indent_width, 0);
}

TEST(LinesTest, CountsAndBoundsCharactersButNotSpaces) {
  EXPECT_EQ(CountNonSpace(U"王 五　李四"), 4u);
  EXPECT_TRUE(ShortLine(U"王 五　李四", 4));
  EXPECT_FALSE(ShortLine(U"王 五　李四", 3));
  EXPECT_TRUE(ShortLine(U"", 0));
}

TEST(LinesTest, TellsSentencesAndOpenEnds) {
  EXPECT_TRUE(HasSentenceStop(U"春耕正当时。"));
  EXPECT_TRUE(HasSentenceStop(U"一是；二是"));
  EXPECT_FALSE(HasSentenceStop(U"春耕正当时！"));
  EXPECT_TRUE(ClosesParagraph(U'。'));
  EXPECT_TRUE(ClosesParagraph(U'”'));
  EXPECT_FALSE(ClosesParagraph(U'，'));
  EXPECT_TRUE(OpensContinuation(U'，'));
  EXPECT_FALSE(OpensContinuation(U'。'));
}

TEST(LinesTest, MatchesRowsOfATable) {
  size_t len = 0;
  EXPECT_TRUE(StartsWithAny(U"下转第3版", conventions::kContinuedOnLeads, &len));
  EXPECT_EQ(len, 2u);  // 下转
  EXPECT_FALSE(StartsWithAny(U"全文见第3版", conventions::kContinuedOnLeads));
  EXPECT_TRUE(EndsWithAny(U"株洲日报", conventions::kPaperNameEndings));
  EXPECT_FALSE(EndsWithAny(U"株洲日报社", conventions::kPaperNameEndings));
  EXPECT_TRUE(ContainsAny(U"欢迎拨打广告热线", conventions::kAdvertWords));
  // Rows whose first characters share the filter's bit (U+0041 and U+0081 both end in 000001)
  // are still told apart by the text.
  constexpr std::u32string_view kRows[] = {U"A9", U"\u0081x", U"广告"};
  EXPECT_TRUE(ContainsAny(U"zzA9", kRows));
  EXPECT_TRUE(ContainsAny(U"z\u0081x", kRows));
  EXPECT_FALSE(ContainsAny(U"zA8\u0081y广", kRows));
  EXPECT_TRUE(ContainsAny(U"本版广告", kRows));
  EXPECT_FALSE(ContainsAny(U"", kRows));
  constexpr std::u32string_view kEmptyRow[] = {U""};
  EXPECT_TRUE(ContainsAny(U"", kEmptyRow));
  EXPECT_TRUE(HasRow(conventions::kAboutOnlyNoticeLabels, U"通知"));
  EXPECT_FALSE(HasRow(conventions::kAboutOnlyNoticeLabels, U"通"));
}

TEST(LinesTest, UnwrapsOnePairOfBracketsAroundTheWhole) {
  EXPECT_EQ(UnwrapBrackets(U"（下转第3版）"), U"下转第3版");
  EXPECT_EQ(UnwrapBrackets(U" 【 本报讯 】 "), U"本报讯");
  EXPECT_EQ(UnwrapBrackets(U"(记者 王五)"), U"记者 王五");
  EXPECT_EQ(UnwrapBrackets(U"（一）会议情况"), U"（一）会议情况");
  EXPECT_EQ(UnwrapBrackets(U"标题"), U"标题");
}

}  // namespace
}  // namespace paperdex::parser
