#include "paperdex/layout.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <functional>
#include <string>
#include <vector>

#include "paperdex/text.h"

namespace paperdex {
namespace {

// The marks of the line-breaking rules, written out again here so that the tests check the module
// against the conventions rather than against its own tables.
constexpr std::u32string_view kClosing = U"、。，．：；！？）］｝」』〕】》〉”’…‥·—～,.;:!?)]}";
constexpr std::u32string_view kOpening = U"（［｛「『〔【《〈“‘([{";

bool IsClosing(char32_t c) { return kClosing.find(c) != std::u32string_view::npos; }
bool IsOpening(char32_t c) { return kOpening.find(c) != std::u32string_view::npos; }

constexpr std::u32string_view kId = U"jcrb-20260506-07-03";
constexpr std::u32string_view kPath = U"/data/archive/jcrb/2026-05-06.txt";

// An invented news paragraph: Han text thick with punctuation, Latin words, dates, percentages, an
// id and a path.
const std::u32string& Paragraph() {
  static const std::u32string text =
      U"江城市、滨湖区两地于2026年5月6日联合发布《江城日报》（Jiangcheng Daily）数字版，"
      U"全文检索编号为jcrb-20260506-07-03，原始文件存放在（/data/archive/jcrb/2026-05-06.txt）"
      U"之中。报道称，甲乙丙、丁戊己等代表「认为」：本年度城区人口增长12.5%，其中滨湖区（含新城）"
      U"增幅最大，达到3.8%；“数字报刊”项目已经覆盖全市的archive servers and reading rooms，"
      U"预计在2027年前完成。编辑部表示，读者可以使用paperdex search命令（例如搜索「滨湖区」或者"
      U"「jcrb」）查询历史版面……另据统计，全市共有图书馆42座、阅览室316间，open access政策"
      U"将于下月施行。（记者 庚辛壬）江城市图书馆馆长癸子丑说：“我们欢迎读者来信。”据悉，"
      U"滨湖区新城的阅览室将于2026年6月1日开放，开放时间为9:00—17:30，周一闭馆；"
      U"详情请见http://jcrb.example.cn/notice?id=42。";
  return text;
}

// Checks `lines`, the layout of `text` in `columns` columns with the given indents, against the
// rules: the width, the text given back whole but for the spaces at breaks, no line starting with a
// space, and unless `hard_cuts` (a line too narrow for 「丁 or 丁。」, where a cut must break rules
// 1 and 2) the punctuation at each end of a line.
void ExpectLaidOut(std::u32string_view text, const std::vector<std::string>& lines, int columns,
                   std::u32string_view first_indent, std::u32string_view hanging_indent,
                   bool hard_cuts = false) {
  ASSERT_FALSE(lines.empty());
  size_t cursor = 0;  // how much of `text` the lines so far hold
  for (size_t k = 0; k < lines.size(); ++k) {
    SCOPED_TRACE("line " + std::to_string(k) + ": " + lines[k]);
    const std::u32string line = ToU32(lines[k]);
    const std::u32string_view indent = k == 0 ? first_indent : hanging_indent;
    ASSERT_TRUE(StartsWith(line, indent));
    const std::u32string_view body = std::u32string_view(line).substr(indent.size());
    ASSERT_FALSE(body.empty());
    const int width = DisplayWidth(line);
    if (width > columns) {
      EXPECT_TRUE(IsClosing(line.back())) << "too wide without hanging punctuation";
      EXPECT_LE(width, columns + 2);
    }
    if (!hard_cuts) {
      EXPECT_FALSE(IsClosing(body.front())) << "starts with closing punctuation";
      EXPECT_FALSE(IsOpening(line.back())) << "ends with opening punctuation";
    }
    EXPECT_FALSE(IsSpace(body.front())) << "starts with a space";
    ASSERT_EQ(text.substr(cursor, body.size()), body) << "does not give back the text";
    cursor += body.size();
    while (cursor < text.size() && IsSpace(text[cursor])) ++cursor;  // a dropped break space
  }
  EXPECT_EQ(cursor, text.size());
}

// Whether one of `lines` holds `part` whole.
bool OnOneLine(const std::vector<std::string>& lines, std::u32string_view part) {
  const std::string utf8 = ToUtf8(part);
  for (const std::string& line : lines) {
    if (line.find(utf8) != std::string::npos) return true;
  }
  return false;
}

class LayoutParagraphTest : public ::testing::TestWithParam<int> {};

TEST_P(LayoutParagraphTest, KeepsEveryRuleOverAMixedParagraph) {
  const int columns = GetParam();
  const std::vector<std::string> lines = WrapText(Paragraph(), columns, U"　　", U"");
  ExpectLaidOut(Paragraph(), lines, columns, U"　　", U"");
  EXPECT_TRUE(OnOneLine(lines, kId));
  EXPECT_TRUE(OnOneLine(lines, kPath));
  EXPECT_TRUE(OnOneLine(lines, U"12.5%，"));
  EXPECT_TRUE(OnOneLine(lines, U"http://jcrb.example.cn/notice?id=42。"));
}

INSTANTIATE_TEST_SUITE_P(LayoutColumns, LayoutParagraphTest, ::testing::Values(40, 80, 120),
                         [](const ::testing::TestParamInfo<int>& param) {
                           return std::to_string(param.param);
                         });

TEST(LayoutTest, KeepsTheRulesAtEveryWidth) {
  // Below 6 columns the hanging indent leaves less than 4, too few for 「丁: there the lines are
  // cut hard, and only keep their width and the text.
  for (int columns = 0; columns <= 130; ++columns) {
    SCOPED_TRACE("columns " + std::to_string(columns));
    const std::vector<std::string> lines = WrapText(Paragraph(), columns, U"", U"  ");
    ExpectLaidOut(Paragraph(), lines, std::max(columns, 4), U"", U"  ", columns < 6);
    if (columns >= 40) {
      EXPECT_TRUE(OnOneLine(lines, kId));
      EXPECT_TRUE(OnOneLine(lines, kPath));
    }
  }
}

TEST(LayoutTest, BreaksBetweenHanCharacters) {
  EXPECT_EQ(LineStarts(U"江城市滨湖区", 4, 4), (std::vector<size_t>{0, 2, 4}));
  EXPECT_EQ(LineStarts(U"江城市滨湖区", 5, 5), (std::vector<size_t>{0, 2, 4}));
  EXPECT_EQ(LineStarts(U"江城市滨湖区", 12, 12), (std::vector<size_t>{0}));
}

TEST(LayoutTest, HangsClosingPunctuationPastTheWidth) {
  EXPECT_EQ(WrapText(U"甲乙丙丁。戊己", 8, U"", U""),
            (std::vector<std::string>{"甲乙丙丁。", "戊己"}));
  EXPECT_EQ(WrapText(U"甲乙丙丁，戊己", 8, U"", U""),
            (std::vector<std::string>{"甲乙丙丁，", "戊己"}));
  EXPECT_EQ(WrapText(U"甲乙丙丁」戊己", 8, U"", U""),
            (std::vector<std::string>{"甲乙丙丁」", "戊己"}));
  // Two ASCII marks take 2 columns between them, and hang together.
  EXPECT_EQ(WrapText(U"abc 1234567.) 甲", 11, U"", U""),
            (std::vector<std::string>{"abc 1234567.)", "甲"}));
}

TEST(LayoutTest, MovesThePreviousCharacterDownWhenHangingIsNotEnough) {
  // 。」 would stick out 4 columns: 丁 goes down with them.
  EXPECT_EQ(WrapText(U"甲乙丙丁。」戊己", 8, U"", U""),
            (std::vector<std::string>{"甲乙丙", "丁。」戊", "己"}));
  // …… is one mark of two characters, never split.
  EXPECT_EQ(WrapText(U"甲乙丙丁……戊", 8, U"", U""), (std::vector<std::string>{"甲乙丙", "丁……戊"}));
}

TEST(LayoutTest, KeepsOpeningPunctuationWithWhatFollows) {
  EXPECT_EQ(WrapText(U"甲乙丙「丁戊」", 8, U"", U""),
            (std::vector<std::string>{"甲乙丙", "「丁戊」"}));
  EXPECT_EQ(WrapText(U"甲乙丙（jcrb）", 8, U"", U""),
            (std::vector<std::string>{"甲乙丙", "（jcrb）"}));
  EXPECT_EQ(WrapText(U"甲乙丙《「丁」》", 10, U"", U""),
            (std::vector<std::string>{"甲乙丙", "《「丁」》"}));
}

TEST(LayoutTest, KeepsAnIdAndAPathWhole) {
  const std::u32string text =
      U"编号为jcrb-20260506-07-03，文件存放在/data/archive/jcrb/2026-05-06.txt之中";
  const std::vector<std::string> lines = WrapText(text, 36, U"", U"");
  EXPECT_EQ(lines, (std::vector<std::string>{"编号为jcrb-20260506-07-03，文件存放",
                                             "在/data/archive/jcrb/2026-05-06.txt", "之中"}));
}

TEST(LayoutTest, BreaksLatinWordsAtSpacesAndDropsTheSpace) {
  const std::u32string text = U"open access   policy for reading rooms";
  EXPECT_EQ(LineStarts(text, 13, 13), (std::vector<size_t>{0, 14, 25}));
  EXPECT_EQ(WrapText(text, 13, U"", U""),
            (std::vector<std::string>{"open access", "policy for", "reading rooms"}));
}

TEST(LayoutTest, CutsARunWiderThanTheLineHard) {
  EXPECT_EQ(WrapText(kPath, 10, U"", U""),
            (std::vector<std::string>{"/data/arch", "ive/jcrb/2", "026-05-06.", "txt"}));
  // After a space the run starts a line of its own before it is cut.
  EXPECT_EQ(WrapText(U"见 jcrb-20260506-07-03", 10, U"", U""),
            (std::vector<std::string>{"见", "jcrb-20260", "506-07-03"}));
  // A cut does not start a line with a closing mark when the mark cannot hang.
  EXPECT_EQ(WrapText(U"abcdefgh:;,x", 8, U"", U""), (std::vector<std::string>{"abcdefg", "h:;,x"}));
}

TEST(LayoutTest, CountsTheIndentsInTheWidth) {
  const std::u32string text = U"甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳";
  EXPECT_EQ(
      WrapText(text, 12, U"  ", U"    "),
      (std::vector<std::string>{"  甲乙丙丁戊", "    己庚辛壬", "    癸子丑寅", "    卯辰巳"}));
  EXPECT_EQ(WrapText(text, 16, U"标题：", U"      "),
            (std::vector<std::string>{"标题：甲乙丙丁戊", "      己庚辛壬癸", "      子丑寅卯辰",
                                      "      巳"}));
  // An indent wider than the line still leaves room for one character.
  EXPECT_EQ(WrapText(U"甲乙", 4, U"      ", U"      "),
            (std::vector<std::string>{"      甲", "      乙"}));
}

TEST(LayoutTest, TreatsWidthsBelowTwoAsTwo) {
  for (int width : {-3, 0, 1, 2}) {
    SCOPED_TRACE("width " + std::to_string(width));
    EXPECT_EQ(LineStarts(U"甲乙丙", width, width), (std::vector<size_t>{0, 1, 2}));
    EXPECT_EQ(LineStarts(U"abcde", width, width), (std::vector<size_t>{0, 2, 4}));
    // 。 hangs once, and the line after it starts with 乙.
    EXPECT_EQ(LineStarts(U"甲。乙", width, width), (std::vector<size_t>{0, 2}));
    EXPECT_EQ(WrapText(U"甲乙", width, U"", U""), (std::vector<std::string>{"甲", "乙"}));
  }
}

TEST(LayoutTest, BreaksAtNewline) {
  EXPECT_EQ(WrapText(U"甲乙\n丙丁", 40, U"", U""), (std::vector<std::string>{"甲乙", "丙丁"}));
  EXPECT_EQ(WrapText(U"甲乙\n\n丙", 40, U"", U""), (std::vector<std::string>{"甲乙", "", "丙"}));
  EXPECT_EQ(LineStarts(U"abc\n", 40, 40), (std::vector<size_t>{0, 4}));
  EXPECT_EQ(WrapText(U"abc \r\n", 40, U"", U""), (std::vector<std::string>{"abc", ""}));
  // The spaces after a '\n' are the next line's indent, and kept.
  EXPECT_EQ(WrapText(U"甲\n　　乙丙", 40, U"", U""), (std::vector<std::string>{"甲", "　　乙丙"}));
  // The lines after a '\n' take the hanging indent.
  EXPECT_EQ(WrapText(U"甲\n乙", 40, U"- ", U"  "), (std::vector<std::string>{"- 甲", "  乙"}));
}

TEST(LayoutTest, EmptyTextIsOneEmptyLine) {
  EXPECT_EQ(LineStarts(U"", 10, 10), (std::vector<size_t>{0}));
  EXPECT_EQ(WrapText(U"", 10, U"", U""), (std::vector<std::string>{""}));
  EXPECT_EQ(WrapText(U"", 10, U"    ", U""), (std::vector<std::string>{""}));
  EXPECT_EQ(WrapText(U"", 10, U"标题：", U""), (std::vector<std::string>{"标题："}));
}

TEST(LayoutTest, KeepsACombiningMarkWithItsCharacter) {
  const std::u32string text = U"cafe\u0301 caf\u00E9s";  // the first é is e + U+0301
  EXPECT_EQ(LineStarts(text, 4, 4), (std::vector<size_t>{0, 6, 10}));
  EXPECT_EQ(LineStarts(U"abcde\u0301fgh", 5, 5), (std::vector<size_t>{0, 6}));
}

TEST(LayoutTest, LaysOutAMegabyteLineByLine) {
  // 1 MB and more of text: paragraphs, one long run and many spaces. Each paragraph is laid out as
  // it is alone, so the lines add up.
  const size_t one = LineStarts(Paragraph(), 40, 40).size();
  std::u32string text;
  size_t paragraphs = 0;
  while (text.size() < (1u << 20)) {
    text += Paragraph();
    text += U'\n';
    ++paragraphs;
  }
  text.append(1u << 20, U'a');
  text += U'\n';
  text.append(1u << 20, U' ');
  const std::vector<size_t> starts = LineStarts(text, 40, 40);
  EXPECT_EQ(starts.size(), paragraphs * one + ((1u << 20) + 39) / 40 + 1);
  EXPECT_EQ(std::adjacent_find(starts.begin(), starts.end(), std::greater_equal<>()), starts.end());
}

TEST(LayoutTest, TruncatesAtMixedWidths) {
  struct Row {
    std::u32string_view text;
    int columns;
    std::string_view expected;
  };
  for (const Row& r : {
           Row{U"jcrb-2026", 20, "jcrb-2026"},  // fits: no mark
           Row{U"abcdef", 6, "abcdef"},         // fits exactly
           Row{U"abcdefg", 6, "abcd…"},         // the mark takes 2 columns
           Row{U"20260506", 5, "202…"},
           Row{U"江城市滨湖区", 8, "江城市…"},
           Row{U"江城市滨湖区", 7, "江城…"},  // 6 columns: no half of 市
           Row{U"2026年5月6日", 9, "2026年5…"},
           Row{U"2026年5月6日", 8, "2026年…"},
           Row{U"a江城", 4, "a…"},
           Row{U"ab江城", 4, "ab…"},
           Row{U"江城 滨湖区", 8, "江城…"},  // the space before the mark goes
           Row{U"cafe\u0301s", 4, "ca…"},
           Row{U"e\u0301e\u0301e\u0301x", 3, "e\u0301…"},  // the mark stays with its e
           Row{U"江城", 1, ""},                            // no room for 江 nor for the mark
           Row{U"ab", 1, "a"},
           Row{U"ab", 0, ""},
           Row{U"ab", -1, ""},
           Row{U"", 0, ""},
       }) {
    const std::string got = Truncate(r.text, r.columns);
    EXPECT_EQ(got, r.expected) << ToUtf8(r.text) << " in " << r.columns;
    EXPECT_LE(DisplayWidth(ToU32(got)), std::max(r.columns, 0));
  }
}

TEST(LayoutTest, PadsMixedTextToAColumn) {
  EXPECT_EQ(PadRight(U"江城", 6), "江城  ");
  EXPECT_EQ(PadRight(U"jcrb", 6), "jcrb  ");
  EXPECT_EQ(PadLeft(U"12.5%", 8), "   12.5%");
  EXPECT_EQ(PadLeft(U"滨湖区", 8), "  滨湖区");
  EXPECT_EQ(PadRight(U"江城市滨湖区", 4), "江城市滨湖区");  // never cut
  EXPECT_EQ(PadLeft(U"江城市滨湖区", 4), "江城市滨湖区");
  EXPECT_EQ(PadRight(U"甲", -1), "甲");
  // A column of mixed cells lines up.
  for (std::u32string_view cell :
       {U"甲乙丙", U"jcrb-07", U"2026年5月6日", U"12.5%", U"", U"e\u0301"}) {
    EXPECT_EQ(DisplayWidth(ToU32(PadRight(cell, 14))), 14) << ToUtf8(cell);
    EXPECT_EQ(DisplayWidth(ToU32(PadLeft(cell, 14))), 14) << ToUtf8(cell);
    EXPECT_TRUE(PadLeft(cell, 14).ends_with(ToUtf8(cell)));
    EXPECT_TRUE(PadRight(cell, 14).starts_with(ToUtf8(cell)));
  }
}

}  // namespace
}  // namespace paperdex
