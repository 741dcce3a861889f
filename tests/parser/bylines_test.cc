#include "parser/bylines.h"

#include <gtest/gtest.h>

#include "paperdex/text.h"

namespace paperdex::parser {
namespace {

std::vector<Byline> Parse(std::u32string_view line, bool bare = false) {
  std::vector<Byline> out;
  EXPECT_TRUE(ParseBylines(line, bare, &out)) << ToUtf8(line);
  return out;
}

TEST(BylinesTest, ParsesARoleAndSpacedOutNames) {
  const std::vector<Byline> b = Parse(U"本报记者 张 磊 李晓华");
  ASSERT_EQ(b.size(), 2u);
  EXPECT_EQ(b[0].role, "本报记者");
  EXPECT_EQ(b[0].name, "张磊");
  EXPECT_EQ(b[1].role, "本报记者");
  EXPECT_EQ(b[1].name, "李晓华");
  EXPECT_FALSE(b[0].photo);
  // A transcribed name of five characters, last on a byline line after a role and a space.
  std::vector<Byline> five;
  ASSERT_TRUE(ParseBylines(U"江城日报记者 马 芳 阿拉坦其木", false, &five));
  ASSERT_EQ(five.size(), 2u);
  EXPECT_EQ(five[1].name, "阿拉坦其木");
  // Five characters in a closing note are words, not a name.
  std::vector<Byline> note;
  EXPECT_FALSE(ParseBylines(U"（作者单位：江城京剧团）", false, &note));
}

TEST(BylinesTest, ParsesLeadsEndingsAndCredits) {
  const std::vector<Byline> credit = Parse(U"记者 何春林 摄");
  ASSERT_EQ(credit.size(), 1u);
  EXPECT_EQ(credit[0].name, "何春林");
  EXPECT_TRUE(credit[0].photo);

  const std::vector<Byline> led = Parse(U"文/图 株洲日报全媒体记者 孙八");
  ASSERT_EQ(led.size(), 1u);
  EXPECT_EQ(led[0].role, "株洲日报全媒体记者");
  EXPECT_EQ(led[0].name, "孙八");

  const std::vector<Byline> filed = Parse(U"記者 王冠宇／台北報導");
  ASSERT_EQ(filed.size(), 1u);
  EXPECT_EQ(filed[0].name, "王冠宇");

  const std::vector<Byline> voice = Parse(U"本报评论员");
  ASSERT_EQ(voice.size(), 1u);
  EXPECT_EQ(voice[0].name, "本报评论员");
  EXPECT_FALSE(voice[0].role);
}

TEST(BylinesTest, ParsesCreditsAndDesksOfOtherForms) {
  const std::vector<Byline> copied = Parse(U"(記者林柏宇翻攝)");
  ASSERT_EQ(copied.size(), 1u);
  EXPECT_EQ(copied[0].name, "林柏宇");
  EXPECT_TRUE(copied[0].photo);

  const std::vector<Byline> supplied = Parse(U"(圖/滨湖市文化局提供)");
  ASSERT_EQ(supplied.size(), 1u);
  EXPECT_EQ(supplied[0].name, "滨湖市文化局");
  EXPECT_TRUE(supplied[0].photo);

  const std::vector<Byline> desk = Parse(U"外電新聞中心/綜合外電報導");
  ASSERT_EQ(desk.size(), 1u);
  EXPECT_EQ(desk[0].name, "外電新聞中心");
  EXPECT_FALSE(desk[0].role);

  std::vector<Byline> writer;
  ASSERT_TRUE(ParseBylines(U"文/黃志遠(退休教師)", true, &writer));
  ASSERT_EQ(writer.size(), 1u);
  EXPECT_EQ(writer[0].name, "黃志遠");
  // A desk needs its report ending; an organisation alone is no byline.
  std::vector<Byline> none;
  EXPECT_FALSE(ParseBylines(U"外電新聞中心", false, &none));
}

TEST(BylinesTest, TakesBareNamesOnlyWhenAsked) {
  std::vector<Byline> out;
  EXPECT_FALSE(ParseBylines(U"唐剑华", false, &out));
  const std::vector<Byline> bare = Parse(U"唐剑华", true);
  ASSERT_EQ(bare.size(), 1u);
  EXPECT_FALSE(bare[0].role);
  EXPECT_EQ(bare[0].name, "唐剑华");
  // Four characters with one surname are a phrase, not a name; with a compound surname, a name.
  std::vector<Byline> four;
  EXPECT_FALSE(ParseBylines(U"向新而行 向远出发", true, &four));
  EXPECT_TRUE(ParseBylines(U"欧阳晓明", true, &four));
  EXPECT_TRUE(IsAuthorShaped(U"禾 晟"));
  EXPECT_TRUE(IsAuthorShaped(U"迮朝红"));
  EXPECT_FALSE(IsAuthorShaped(U"江南的雨巷"));
  EXPECT_FALSE(IsAuthorShaped(U"观察"));
}

TEST(BylinesTest, RejectsLinesThatAreNotBylines) {
  for (std::u32string_view line :
       {U"记者观察", U"春耕正当时", U"记者 走进田间地头看春耕", U"本报记者 张三说，今年春耕早"}) {
    std::vector<Byline> out;
    EXPECT_FALSE(ParseBylines(line, true, &out)) << ToUtf8(line);
    EXPECT_TRUE(out.empty());
  }
}

TEST(BylinesTest, FindsRolesWithTheirOrganisation) {
  EXPECT_EQ(RoleAt(U"新华社记者 王五", 0), 5u);
  EXPECT_EQ(RoleAt(U"记者 王五", 0), 2u);
  EXPECT_EQ(RoleAt(U"王五", 0), 0u);
  EXPECT_TRUE(IsPersonName(U"阿不都·热合曼"));
  EXPECT_FALSE(IsPersonName(U"王"));
  EXPECT_FALSE(IsPersonName(U"·王五"));
  EXPECT_TRUE(StartsWithSurname(U"欧阳修"));
  EXPECT_FALSE(StartsWithSurname(U"的话"));
}

TEST(BylinesTest, AddsOnlyNewBylines) {
  std::vector<Byline> to = Parse(U"记者 王五");
  AddBylines(Parse(U"记者 王五 通讯员 李四"), &to);
  ASSERT_EQ(to.size(), 2u);
  EXPECT_EQ(to[1].name, "李四");
}

TEST(BylinesTest, TakesDatelinesOfOtherForms) {
  struct Row {
    std::u32string_view para;
    std::optional<std::string> dateline;
    std::vector<std::string> names;
    std::u32string_view rest;
  };
  const Row rows[] = {
      {U"本报江城电 （记者郑岚）记者从集团获悉。", "本报江城电", {"郑岚"}, U"记者从集团获悉。"},
      {U"据新华社甲城4月12日电 （记者周明）据声明。",
       "据新华社甲城4月12日电",
       {"周明"},
       U"据声明。"},
      {U"据新华社乙国首都电 （记者孙越、王一鸣）观测显示。",
       "据新华社乙国首都电",
       {"孙越", "王一鸣"},
       U"观测显示。"},
      {U"本报海晏5月12日电 （林晓）11日，会议召开。",
       "本报海晏5月12日电",
       {"林晓"},
       U"11日，会议召开。"},
      // No source, or no place: text.
      {U"据说北京电 （记者王五）会议召开。",
       std::nullopt,
       {},
       U"据说北京电 （记者王五）会议召开。"},
      {U"本报电 今天会议召开。", std::nullopt, {}, U"本报电 今天会议召开。"},
  };
  for (const Row& r : rows) {
    std::u32string para(r.para);
    std::optional<std::string> dateline;
    std::vector<Byline> bylines;
    TakeDateline(para, &dateline, &bylines);
    EXPECT_EQ(dateline, r.dateline) << ToUtf8(r.para);
    std::vector<std::string> names;
    for (const Byline& b : bylines) names.push_back(b.name);
    EXPECT_EQ(names, r.names) << ToUtf8(r.para);
    EXPECT_EQ(para, r.rest) << ToUtf8(r.para);
  }
}

TEST(BylinesTest, TakesTheDatelineAndItsByline) {
  std::u32string para = U"新华社北京3月7日电（记者 王五）全国人大会议今天开幕。";
  std::optional<std::string> dateline;
  std::vector<Byline> bylines;
  TakeDateline(para, &dateline, &bylines);
  EXPECT_EQ(dateline, "新华社北京3月7日电");
  ASSERT_EQ(bylines.size(), 1u);
  EXPECT_EQ(bylines[0].name, "王五");
  EXPECT_EQ(para, U"全国人大会议今天开幕。");

  std::u32string plain = U"本报讯 今天上午，会议召开。";
  dateline.reset();
  TakeDateline(plain, &dateline, &bylines);
  EXPECT_EQ(dateline, "本报讯");
  EXPECT_EQ(plain, U"今天上午，会议召开。");

  std::u32string none = U"今天上午，会议召开。";
  dateline.reset();
  TakeDateline(none, &dateline, &bylines);
  EXPECT_FALSE(dateline);
  EXPECT_EQ(none, U"今天上午，会议召开。");
}

TEST(BylinesTest, TellsADispatchHeadFromALabel) {
  EXPECT_TRUE(IsDispatchDateline("新华社北京3月7日电"));
  EXPECT_TRUE(IsDispatchDateline("新華社台北3月7日電"));
  EXPECT_TRUE(IsDispatchDateline("本报长沙6月9日讯"));
  EXPECT_TRUE(IsDispatchDateline("本报北京电"));
  EXPECT_TRUE(IsDispatchDateline("据新华社港城电"));
  EXPECT_FALSE(IsDispatchDateline("本报讯"));
  EXPECT_FALSE(IsDispatchDateline("本報訊"));
  EXPECT_FALSE(IsDispatchDateline("台北報導"));
  EXPECT_FALSE(IsDispatchDateline("综合外电报导"));
}

TEST(BylinesTest, TakesABylineOrACreditAtTheEnd) {
  std::u32string body = U"会议要求抓好落实。（记者 吴十 通讯员 郑十一）";
  std::vector<Byline> bylines;
  EXPECT_TRUE(TakeTrailingByline(body, &bylines));
  EXPECT_EQ(body, U"会议要求抓好落实。");
  ASSERT_EQ(bylines.size(), 2u);
  EXPECT_EQ(bylines[1].name, "郑十一");
  EXPECT_FALSE(TakeTrailingByline(body, &bylines));

  std::u32string caption = U"图为户外劳动者港湾。 记者 何春林 摄";
  std::vector<Byline> credit;
  EXPECT_TRUE(TakeTrailingCredit(caption, &credit));
  EXPECT_EQ(caption, U"图为户外劳动者港湾。");
  ASSERT_EQ(credit.size(), 1u);
  EXPECT_TRUE(credit[0].photo);

  std::u32string bracketed = U"工人在調試設備。（記者 黃志強攝）";
  credit.clear();
  EXPECT_TRUE(TakeTrailingCredit(bracketed, &credit));
  EXPECT_EQ(bracketed, U"工人在調試設備。");
  ASSERT_EQ(credit.size(), 1u);
  EXPECT_EQ(credit[0].name, "黃志強");
}

}  // namespace
}  // namespace paperdex::parser
