#include "parser/junk.h"

#include <gtest/gtest.h>

#include "test_lines.h"

namespace paperdex::parser {
namespace {

using testing::BodyLine;
using testing::Classified;

TEST(JunkTest, MakesARunOfARepeatedShortLineNoise) {
  std::string text = "标题\n" + BodyLine("正文") + "\n";
  for (int i = 0; i < 4; ++i) text += "“幸福港湾”\n\n";
  text += BodyLine("第二段") + "\n";
  const std::vector<Line> in = Classified(text);
  const std::vector<Line> out = MarkJunk(in);
  ASSERT_EQ(out.size(), in.size());
  for (size_t i = 0; i < out.size(); ++i) {
    if (out[i].text == U"“幸福港湾”") {
      EXPECT_EQ(out[i].kind, LineKind::kNoise) << i;
    } else {
      EXPECT_EQ(out[i].kind, in[i].kind) << i;
    }
  }
}

TEST(JunkTest, KeepsALabelPrintedApartFromTheRunOfItsCopies) {
  // The column label over its article, and the extraction's copies of it after the article.
  std::string text = "惠民政策直通车\n\n小微企业减税政策延续实施\n\n本报记者 张三\n\n";
  for (int i = 0; i < 4; ++i) text += BodyLine("正文" + std::to_string(i)) + "\n\n";
  for (int i = 0; i < 4; ++i) text += "惠民政策直通车\n\n";
  const std::vector<Line> out = MarkJunk(Classified(text));
  EXPECT_NE(out[0].kind, LineKind::kNoise);
  size_t copies = 0;
  for (size_t i = 1; i < out.size(); ++i) {
    if (out[i].text == U"惠民政策直通车") {
      EXPECT_EQ(out[i].kind, LineKind::kNoise) << i;
      ++copies;
    }
  }
  EXPECT_EQ(copies, 4u);
}

TEST(JunkTest, MakesABarePageMarkerOutOfPageOrderNoise) {
  // 0 marker, 1 headline, 2 "第九版" (a reference), 3 "第八版", 4 marker of page 2, 5 "第3版".
  const std::vector<Line> out =
      MarkJunk(Classified("第01版：要闻\n标题\n第九版\n第八版\n第02版：经济\n第3版\n"));
  EXPECT_EQ(out[0].kind, LineKind::kPage);
  EXPECT_EQ(out[2].kind, LineKind::kNoise);
  EXPECT_EQ(out[3].kind, LineKind::kNoise);
  EXPECT_EQ(out[4].kind, LineKind::kPage);
  EXPECT_EQ(out[5].kind, LineKind::kPage);
}

TEST(JunkTest, FindsATeaserBox) {
  // 0 header, 1 column, 2 headline, 3 page, 4 headline, 5 page, 6 summary, 7 marker.
  const std::string box =
      "导读\n理论\n加快建设科技强国\n第九版\n春耕备耕物资充足\n第八版\n" + BodyLine("摘要") + "\n";
  const std::vector<Line> out = MarkJunk(Classified("第01版：要闻\n" + box + "第02版：要闻\n"));
  EXPECT_EQ(out[1].box_end, 8u);
  for (size_t i = 0; i < out.size(); ++i) {
    if (i != 1) {
      EXPECT_EQ(out[i].box_end, 0u) << i;
    }
  }
  // A table of contents whose rows carry their pages is no box.
  const std::vector<Line> toc = MarkJunk(Classified("本期导读\nA02　港口吞吐量首破3亿吨\n"));
  EXPECT_EQ(toc[0].box_end, 0u);
  // Nor is a header over an article with a byline.
  const std::vector<Line> article =
      MarkJunk(Classified("导读\n春耕正当时\n本报记者 张三\n" + BodyLine("正文") + "\n第九版\n"));
  EXPECT_EQ(article[0].box_end, 0u);
  EXPECT_TRUE(IsBarePageRef(U"第十八版"));
  EXPECT_TRUE(IsBarePageRef(U"A09版"));
  EXPECT_FALSE(IsBarePageRef(U"全文见第9版"));
}

TEST(JunkTest, KeepsAnEditorsSignatureOnEveryPage) {
  std::string text;
  for (int page = 1; page <= 4; ++page) {
    text += "第0" + std::to_string(page) + "版：要闻\n标题\n" + BodyLine("编者的话") +
            "\n——编 者\n" + BodyLine("正文") + "\n";
  }
  const std::vector<Line> out = MarkJunk(Classified(text));
  for (const Line& l : out) {
    if (l.text == U"——编 者") {
      EXPECT_NE(l.kind, LineKind::kNoise);
    }
  }
}

TEST(JunkTest, MakesFurnitureOfLinesAtThePagesEdgesOnly) {
  // A footer under every page is furniture; a document's signers and date, printed with it on each
  // page it fills, stand in the middle of the pages and are text.
  std::string text;
  for (int page = 1; page <= 4; ++page) {
    text += "第0" + std::to_string(page) + "版：要闻\n联合声明\n";
    for (int k = 0; k < 10; ++k) text += BodyLine("第" + std::to_string(k) + "段") + "\n";
    text += "甲方代表 乙方代表\n二〇二六年五月二十日于港城\n";
    for (int k = 0; k < 12; ++k) text += BodyLine("另一篇第" + std::to_string(k) + "段") + "\n";
    text += "本报地址：港城市滨湖路1号 邮编 100000\n";
  }
  const std::vector<Line> out = MarkJunk(Classified(text));
  size_t footers = 0, signers = 0;
  for (const Line& l : out) {
    if (l.text == U"本报地址：港城市滨湖路1号 邮编 100000") {
      ++footers;
      EXPECT_EQ(l.kind, LineKind::kNoise);
    }
    if (l.text == U"甲方代表 乙方代表" || l.text == U"二〇二六年五月二十日于港城") {
      ++signers;
      EXPECT_NE(l.kind, LineKind::kNoise) << ToUtf8(l.text);
    }
  }
  EXPECT_EQ(footers, 4u);
  EXPECT_EQ(signers, 8u);
}

TEST(JunkTest, KeepsAShortLinePrintedTwice) {
  const std::vector<Line> out = MarkJunk(
      Classified("春耕正当时\n" + BodyLine("正文") + "\n春耕正当时\n" + BodyLine("正文二")));
  EXPECT_EQ(out[0].kind, LineKind::kTitle);
  EXPECT_EQ(out[2].kind, LineKind::kTitle);
}

TEST(JunkTest, MakesTheCopyOfALinePrintedTwiceInARowNoise) {
  // 0 body, 1 blank, 2 headline, 3 its copy, 4 byline, 5 blank, 6 its copy, 7 body.
  const std::vector<Line> in = Classified(BodyLine("上一篇") +
                                          "\n\n首批人才公寓昨日交付\n首批人才公寓昨日交付\n"
                                          "本报记者 张磊\n\n本报记者 张 磊\n" +
                                          BodyLine("正文"));
  ASSERT_EQ(in[2].kind, LineKind::kTitle);
  ASSERT_EQ(in[4].kind, LineKind::kByline);
  const std::vector<Line> out = MarkJunk(in);
  ASSERT_EQ(out.size(), in.size());
  EXPECT_EQ(out[2].kind, LineKind::kTitle);
  EXPECT_TRUE(out[2].repeated);
  EXPECT_EQ(out[3].kind, LineKind::kNoise);
  EXPECT_FALSE(out[3].repeated);
  // A blank line between the two does not hide the copy, nor does the padding of a name.
  EXPECT_EQ(out[4].kind, LineKind::kByline);
  EXPECT_TRUE(out[4].repeated);
  EXPECT_EQ(out[6].kind, LineKind::kNoise);
  EXPECT_EQ(out[7].kind, LineKind::kBody);
  EXPECT_FALSE(out[0].repeated);
  EXPECT_FALSE(out[7].repeated);
}

TEST(JunkTest, LeavesALinePrintedTwiceWithALineBetween) {
  const std::vector<Line> in =
      Classified("首批人才公寓昨日交付\n本报记者 张磊\n首批人才公寓昨日交付\n" + BodyLine("正文"));
  const std::vector<Line> out = MarkJunk(in);
  ASSERT_EQ(out.size(), 4u);
  for (size_t i = 0; i < out.size(); ++i) {
    EXPECT_EQ(out[i].kind, in[i].kind) << i;
    EXPECT_FALSE(out[i].repeated) << i;
  }
}

TEST(JunkTest, KeepsAPageMarkerPrintedTwice) {
  const std::vector<Line> out =
      MarkJunk(Classified("第02版：要闻\n第02版：要闻\n首批人才公寓昨日交付\n" + BodyLine("正文")));
  EXPECT_EQ(out[0].kind, LineKind::kPage);
  EXPECT_EQ(out[1].kind, LineKind::kPage);
  EXPECT_FALSE(out[2].repeated);
}

TEST(JunkTest, MakesLabelsContentsVerticalTextAndTablesNoise) {
  const std::vector<Line> out = MarkJunk(Classified(
      "【政策依据】\n"                       // 0: an orphan label
      "本期导读\n要闻速览……A02\n经济 3版\n"  // 1-3: a table of contents
      "今\n日\n关\n注\n"                     // 4-7: a vertical label
      "价格表\n品种 今日 昨日\n菠菜 4.00 4.80\n白菜 1.20 1.50\n数据来源：市统计局\n"  // 8-12
      + BodyLine("正文")));
  for (size_t i = 0; i <= 12; ++i) EXPECT_EQ(out[i].kind, LineKind::kNoise) << ToUtf8(out[i].text);
  EXPECT_EQ(out[13].kind, LineKind::kBody);
}

TEST(JunkTest, MakesAnAdvertisementBoxNoise) {
  // Under a bracketed advertisement label, the box's short lines of copy up to a paragraph of
  // prose; the article the box stands in goes on.
  const std::vector<Line> out = MarkJunk(Classified(
      "【广告】\n"                              // 0
      "滨湖花园 样板间开放\n"                     // 1
      "营销中心：滨湖区湖滨路8号\n"             // 2
      "一切以签约文本为准，效果图仅供参考\n"    // 3
      + BodyLine("文章接着上一段往下说") + "\n"  // 4
      "【知识链接】\n"                          // 5: another label, no box under it
      "滨湖花园 样板间开放\n"));                  // 6
  for (size_t i = 0; i <= 3; ++i) EXPECT_EQ(out[i].kind, LineKind::kNoise) << ToUtf8(out[i].text);
  EXPECT_EQ(out[4].kind, LineKind::kBody);
  EXPECT_EQ(out[5].kind, LineKind::kNoise);
  EXPECT_EQ(out[6].kind, LineKind::kTitle);
}

TEST(JunkTest, MakesABoxOfClassifiedAdvertisementsNoise) {
  // One-line advertisements, each opened by a label and a colon, under a classified label; a blank
  // line ends the box.
  const std::vector<Line> out = MarkJunk(Classified(
      "分类广告\n"                                                      // 0
      "招聘：某超市招收理货员2名，包食宿，电话 6655 1234\n"  // 1
      "出租：湖滨路临街店面一间，面积40平方米，价格面议\n"                // 2
      "遗失声明：李某遗失身份证一张，声明作废。\n"          // 3
      "\n"                                                              // 4
      "遗失声明\n"                                                      // 5
      + BodyLine("滨湖区某五金店遗失公章一枚")));                // 6
  for (size_t i = 0; i <= 3; ++i) EXPECT_EQ(out[i].kind, LineKind::kNoise) << ToUtf8(out[i].text);
  EXPECT_EQ(out[5].kind, LineKind::kTitle);
  EXPECT_EQ(out[6].kind, LineKind::kBody);
  // A classified label over a notice of full paragraphs is the notice's label, not a box.
  const std::vector<Line> notice =
      MarkJunk(Classified("分类广告\n" + BodyLine("滨湖区某五金店遗失公章一枚")));
  EXPECT_EQ(notice[0].kind, LineKind::kTitle);
  EXPECT_EQ(notice[1].kind, LineKind::kBody);
}

TEST(JunkTest, MakesTheNoteUnderAContributionsMailboxNoise) {
  const std::vector<Line> out = MarkJunk(Classified(
      BodyLine("正文") + "\n\n本版邮箱：dadi@example.cn\n\n欢迎读者来稿，来稿请注明真实姓名。\n\n" +
      BodyLine("读者来稿反映的问题") + "\n欢迎读者来稿，来稿请注明真实姓名。\n"));
  EXPECT_EQ(out[0].kind, LineKind::kBody);
  EXPECT_EQ(out[2].kind, LineKind::kNoise);
  EXPECT_EQ(out[4].kind, LineKind::kNoise);
  EXPECT_EQ(out[6].kind, LineKind::kBody);
  EXPECT_NE(out[7].kind, LineKind::kNoise);  // not under a mailbox
}

TEST(JunkTest, RecognisesJunkLines) {
  EXPECT_TRUE(IsOrphanLabel(U"【案例】"));
  EXPECT_FALSE(IsOrphanLabel(U"【政策干货】继续实施"));
  EXPECT_TRUE(IsOrphanLabel(U"【延伸阅读】"));
  EXPECT_FALSE(IsOrphanLabel(U"【北关街道举办老年人反诈骗宣传讲座】"));  // an item's headline
  EXPECT_TRUE(IsContentsHeader(U"【今日导读】"));
  EXPECT_TRUE(IsContentsEntry(U"要闻速览……A02"));
  EXPECT_FALSE(IsContentsEntry(U"要闻速览"));
  EXPECT_TRUE(IsTableRow(U"菠菜 4.00 4.80 -16.7%", false));
  EXPECT_FALSE(IsTableRow(U"菠菜 4.00 贵", false));
  EXPECT_TRUE(IsTableRow(U"品种 今日 昨日 涨跌", true));
  EXPECT_TRUE(IsSingleCharacter(U"今"));
  EXPECT_FALSE(IsSingleCharacter(U"今日"));
}

// Lines of exactly `n` Han characters (display width 2n), cut mid-sentence.
std::string Cut(size_t n, const std::u32string& fill) {
  std::u32string s;
  while (s.size() < n) s += fill;
  return ToUtf8(s.substr(0, n));
}

TEST(JunkTest, RejoinsAHardWrappedLayout) {
  std::string text = "标题\n\n";
  for (int p = 0; p < 4; ++p) {
    text += "　　" + Cut(14, U"各部门按照统一部署持续推进") + "\n";
    text += Cut(16, U"各项工作取得明显成效") + "\n";
    text += Cut(16, U"群众满意度不断提升") + "\n";
    text += "持续推进。\n";
  }
  const std::vector<Line> in = Classified(text);
  EXPECT_EQ(WrapWidth(in), 32);
  const std::vector<Line> out = JoinHardWraps(in);
  size_t bodies = 0;
  for (const Line& l : out) {
    if (l.kind != LineKind::kBody) continue;
    ++bodies;
    EXPECT_TRUE(EndsWith(l.text, U"持续推进。")) << ToUtf8(l.text);
  }
  EXPECT_EQ(bodies, 4u);
  EXPECT_EQ(out[0].text, U"标题");
}

TEST(JunkTest, LeavesALayoutWithNoColumnWidthAlone) {
  const std::vector<Line> in = Classified("标题\n" + BodyLine("正文") + "\n" + BodyLine("二"));
  EXPECT_EQ(WrapWidth(in), 0);
  EXPECT_EQ(JoinHardWraps(in).size(), in.size());
}

}  // namespace
}  // namespace paperdex::parser
