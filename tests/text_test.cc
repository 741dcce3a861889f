#include "paperdex/text.h"

#include <gtest/gtest.h>

namespace paperdex {
namespace {

TEST(TextTest, RoundTripsUtf8) {
  const std::string s = "株洲日报 2022 ＣＮ 𠀀";
  EXPECT_EQ(ToUtf8(ToU32(s)), s);
  EXPECT_EQ(ToU32(s).size(), 14u);
}

TEST(TextTest, ReplacesIllFormedUtf8) {
  EXPECT_EQ(ToU32("a\xFF"
                  "b"),
            U"a\uFFFDb");
  EXPECT_EQ(ToU32("\xE4\xB8"), U"\uFFFD\uFFFD");  // truncated
  EXPECT_EQ(ToU32("\xC0\xAF"), U"\uFFFD\uFFFD");  // overlong
}

TEST(TextTest, AppendsDecodedAndEncodedText) {
  std::u32string u = U"前";
  AppendU32("\x80\x80\xE6\xA0\xAA", u);  // two stray continuation bytes, then 株
  EXPECT_EQ(u, U"前\uFFFD\uFFFD株");
  std::string s = "x";
  AppendUtf8(std::u32string_view(U"株\U00020000\xD800"), s);  // a lone surrogate is U+FFFD
  EXPECT_EQ(s, "x株\xF0\xA0\x80\x80\xEF\xBF\xBD");
  EXPECT_EQ(Utf8Length(U"株\U00020000\xD800a"), 3u + 4u + 3u + 1u);
  EXPECT_EQ(ToUtf8(U""), "");
}

TEST(TextTest, FindsFirstInvalidByte) {
  EXPECT_EQ(FindInvalidUtf8("株洲"), std::string_view::npos);
  EXPECT_EQ(FindInvalidUtf8("株\xFF洲"), 3u);
  EXPECT_EQ(FindInvalidUtf8("ab\xED\xA0\x80"), 2u);  // a surrogate
  EXPECT_EQ(FindInvalidUtf8("ab\xE4\xB8"), 2u);      // cut short
}

TEST(TextTest, FoldsFullWidthForms) {
  EXPECT_EQ(FoldWidth(std::u32string_view(U"２０２２年ＣＮ：")), U"2022年CN:");
  EXPECT_EQ(FoldWidth(U'\u3000'), U' ');
  EXPECT_EQ(FoldWidth(U'株'), U'株');
}

TEST(TextTest, MeasuresDisplayWidth) {
  EXPECT_EQ(DisplayWidth(std::u32string_view(U"株洲")), 4);
  EXPECT_EQ(DisplayWidth(std::u32string_view(U"ab")), 2);
  EXPECT_EQ(DisplayWidth(std::u32string_view(U"２a")), 3);
}

TEST(TextTest, TrimsIdeographicSpace) {
  EXPECT_EQ(Trim(U"\u3000\u3000正文 "), U"正文");
  EXPECT_EQ(StripSpaces(U"到企业去 到现场去"), U"到企业去到现场去");
}

TEST(TextTest, ReadsChineseNumbers) {
  struct Row {
    std::u32string_view text;
    long value;
  };
  for (const Row& r : {Row{U"二〇二三", 2023}, Row{U"十二", 12}, Row{U"二十七", 27}, Row{U"十", 10},
                       Row{U"一百零八", 108}, Row{U"五", 5}, Row{U"廿", -1}, Row{U"", -1}}) {
    EXPECT_EQ(ParseChineseNumber(r.text), r.value) << ToUtf8(r.text);
  }
  EXPECT_EQ(ParseDigits(U"０８"), 8);
  EXPECT_EQ(ParseDigits(U"8a"), -1);
}

}  // namespace
}  // namespace paperdex
