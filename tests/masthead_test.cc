#include "paperdex/masthead.h"

#include <gtest/gtest.h>

#include "paperdex/text.h"

namespace paperdex {
namespace {

TEST(MastheadTest, FindsDatesInTheirPrintedForms) {
  struct Row {
    std::u32string_view text;
    const char* iso;  // nullptr: no date
  };
  const Row rows[] = {
      {U"2022年6月27日 星期一", "2022-06-27"},
      {U"株洲日报 2022-06-27", "2022-06-27"},
      {U"2023.03.08", "2023-03-08"},
      {U"2023/3/8 周三", "2023-03-08"},
      {U"民國112年3月8日", "2023-03-08"},
      {U"民国112年3月8日", "2023-03-08"},
      {U"二〇二三年三月八日", "2023-03-08"},
      {U"二〇二二年六月二十七日", "2022-06-27"},
      {U"2022 年 6 月 27 日", "2022-06-27"},
      {U"6月27日", nullptr},
      {U"2022年2月30日", nullptr},
      {U"2023年2月29日", nullptr},
      {U"2024年2月29日", "2024-02-29"},
      {U"电话 12022-06-27", nullptr},
  };
  for (const Row& r : rows) {
    const auto d = FindDate(FoldWidth(r.text));
    if (r.iso) {
      ASSERT_TRUE(d) << ToUtf8(r.text);
      EXPECT_EQ(d->Iso(), r.iso) << ToUtf8(r.text);
    } else {
      EXPECT_FALSE(d) << ToUtf8(r.text);
    }
  }
}

TEST(MastheadTest, ReadsFullWidthDigits) {
  const auto d = FindDate(FoldWidth(std::u32string_view(U"２０２３年３月８日")));
  ASSERT_TRUE(d);
  EXPECT_EQ(d->Iso(), "2023-03-08");
}

TEST(MastheadTest, FindsDateInFileName) {
  EXPECT_EQ(DateFromFileName("zhuzhou-daily-2022-06-27.txt"), "2022-06-27");
  EXPECT_EQ(DateFromFileName("nanling-20230308.txt"), "2023-03-08");
  EXPECT_EQ(DateFromFileName("paper_2023_03_08.txt"), "2023-03-08");
  EXPECT_EQ(DateFromFileName("issue-123456789.txt"), std::nullopt);
  EXPECT_EQ(DateFromFileName("issue.txt"), std::nullopt);
  EXPECT_EQ(DateFromFileName("20231340.txt"), std::nullopt);
}

TEST(MastheadTest, ReadsIssueNumberAndPageCount) {
  EXPECT_EQ(FindIssueNumber(U"壬寅年五月廿九 第2296期 今日8版"), 2296);
  EXPECT_EQ(FindIssueNumber(U"总第12345期 第100期"), 100);
  EXPECT_EQ(FindIssueNumber(U"总第12345期"), 12345);
  EXPECT_EQ(FindIssueNumber(U"第一期"), std::nullopt);
  EXPECT_EQ(FindPageCount(U"第2296期 今日8版"), 8);
  EXPECT_EQ(FindPageCount(U"本期16版"), 16);
  EXPECT_EQ(FindPageCount(U"今日八版"), 8);
  EXPECT_EQ(FindPageCount(U"今日天气"), std::nullopt);
  EXPECT_EQ(FindWeekday(U"2022年6月27日 星期一"), U"星期一");
}

TEST(MastheadTest, ParsesPageMarkers) {
  struct Row {
    std::u32string_view line;
    int page;  // 0: not a marker
    std::u32string_view name;
  };
  const Row rows[] = {
      {U"第01版：要闻", 1, U"要闻"},
      {U"第2版", 2, U""},
      {U"A02版 经济", 2, U"经济"},
      {U"08版:体育", 8, U"体育"},
      {U"第 3 版 ： 民生", 3, U"民生"},
      {U"2 要闻 2023年3月8日 星期三 责任编辑 王芳", 2, U"要闻"},
      {U"A3 城事", 3, U"城事"},
      {U"第04版：国际 2023年3月8日 星期三", 4, U"国际"},
      {U"第2版的报道引起了关注，读者纷纷来电。", 0, U""},
      {U"2 个小时后", 0, U""},
      {U"3 要闻", 0, U""},
      // Running headers read by their parts, in any order.
      {U"海晏都市报　2024年1月18日　星期四　A01　头版　责编 吕凯　美编 宋玲", 1, U"头版"},
      {U"2023年10月17日 星期二 A4 財經 責任編輯／黃韻如", 4, U"財經"},
      {U"2 要闻 2026年4月27日 星期一", 2, U"要闻"},
      {U"2026年4月27日 星期一 要闻 3", 3, U"要闻"},
      {U"星期一 2026年4月27日 A07 体育", 7, U"体育"},
      {U"海晏都市报 A05 2024年1月18日 星期四 文旅", 5, U"文旅"},
      {U"A12 经济 责任编辑 吕凯", 12, U"经济"},
      {U"港島日報 2024年1月18日 星期四 A02 港聞", 2, U"港聞"},
      {U"A4 澳聞", 4, U"澳聞"},
      {U"海晏都市报 2024年1月18日 星期四 A08", 8, U""},
      {U"本报地址：海晏市港城区新华路88号　邮编：266100　A01", 0, U""},
      {U"2024年1月18日，市民在港城区新华路参观。", 0, U""},
      {U"A01 头版", 1, U"头版"},
      // Page banners: the page and its name with a bar between them.
      {U"02｜评论", 2, U"评论"},
      {U"A03 | 城事", 3, U"城事"},
      {U"04｜公告·服务", 4, U"公告·服务"},
      {U"02｜评论员文章称，今年以来全市各部门", 0, U""},
      {U"2024年1月18日 星期四", 0, U""},  // no page
  };
  for (const Row& r : rows) {
    const auto m = ParsePageMarker(FoldWidth(r.line));
    if (r.page == 0) {
      EXPECT_FALSE(m) << ToUtf8(r.line);
      continue;
    }
    ASSERT_TRUE(m) << ToUtf8(r.line);
    EXPECT_EQ(m->page, r.page) << ToUtf8(r.line);
    EXPECT_EQ(m->name, r.name) << ToUtf8(r.line);
  }
}

TEST(MastheadTest, ParsesPageReferences) {
  size_t end = 0;
  EXPECT_EQ(ParsePageRef(U"第3版", 0, &end), 3);
  EXPECT_EQ(end, 3u);
  EXPECT_EQ(ParsePageRef(U"08版", 0, &end), 8);
  EXPECT_EQ(ParsePageRef(U"A04版", 0, &end), 4);
  EXPECT_EQ(ParsePageRef(U"第五版", 0, &end), 5);
  EXPECT_EQ(ParsePageRef(U"A3", 0, &end), 3);
  EXPECT_EQ(ParsePageRef(U"3个", 0, &end), std::nullopt);
}

}  // namespace
}  // namespace paperdex
