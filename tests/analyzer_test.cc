#include "paperdex/analyzer.h"

#include <gtest/gtest.h>

#include <set>

#include "paperdex/text.h"

namespace paperdex {
namespace {

std::vector<std::vector<std::string>> Tokens(const std::string& text) {
  Analyzer analyzer;
  std::vector<std::vector<std::string>> out;
  for (const Segment& s : analyzer.Segments(ToU32(text))) out.push_back(s.tokens);
  return out;
}

TEST(AnalyzerTest, FoldsWidthCaseAndTraditionalScript) {
  struct Row {
    const char* in;
    const char* out;
  };
  for (const Row& r :
       {Row{"２２００余名", "2200余名"}, Row{"ＣＮ Abc", "cn abc"}, Row{"國家發展", "国家发展"},
        Row{"瀛洲時報", "瀛洲时报"}, Row{"株洲日报", "株洲日报"}, Row{"ｅＰａｐｅｒ", "epaper"}}) {
    EXPECT_EQ(ToUtf8(FoldText(ToU32(r.in))), r.out) << r.in;
  }
}

TEST(AnalyzerTest, MapsFoldedTextBackToTheOriginal) {
  std::vector<size_t> origin;
  const std::u32string folded = FoldText(U"Ａ㈱國", &origin);
  EXPECT_EQ(folded, U"a(株)国");
  EXPECT_EQ(origin, (std::vector<size_t>{0, 1, 1, 1, 2}));
}

TEST(AnalyzerTest, DropsTheSpacesBetweenHanCharacters) {
  struct Row {
    const char* in;
    const char* out;
  };
  for (const Row& r : {Row{"张 磊", "张磊"}, Row{"张　磊", "张磊"}, Row{"本报记者 张  磊", "本报记者张磊"},
                       Row{"第 3 版", "第 3 版"}, Row{"iPhone 15 发布", "iphone 15 发布"},
                       Row{"2 3", "2 3"}, Row{"cn 43", "cn 43"}, Row{" 张磊 ", " 张磊 "}}) {
    EXPECT_EQ(ToUtf8(FoldText(ToU32(r.in))), r.out) << r.in;
  }
  std::vector<size_t> origin;
  EXPECT_EQ(FoldText(U"张 磊说", &origin), U"张磊说");
  EXPECT_EQ(origin, (std::vector<size_t>{0, 2, 3}));
}

TEST(AnalyzerTest, SegmentsHanDigitsAndWords) {
  struct Row {
    std::string text;
    std::vector<std::vector<std::string>> segments;
  };
  const Row rows[] = {
      {"株洲日报", {{"株", "洲", "日", "报"}}},
      {"经济，社会", {{"经", "济"}, {"社", "会"}}},  // punctuation is a gap
      {"到企业去 到现场去",
       {{"到", "企", "业", "去", "到", "现", "场", "去"}}},  // a space between Han is none
      {"去 2026年", {{"去"}, {"2", "0", "2", "6", "年"}}},  // beside a digit it is a gap
      {"2200余名干部", {{"2", "2", "0", "0", "余", "名", "干", "部"}}},
      {"５Ｇ基站", {{"5", "g", "基", "站"}}},
      {"iPhone 15 发布", {{"iphone", "1", "5"}, {"发", "布"}}},
      {"Hello World", {{"hello", "world"}}},
      {"CN 43-0005", {{"cn", "4", "3"}, {"0", "0", "0", "5"}}},
      {"國家", {{"国", "家"}}},
      {"“集结号”", {{"集", "结", "号"}}},
  };
  for (const Row& r : rows) EXPECT_EQ(Tokens(r.text), r.segments) << r.text;
}

TEST(AnalyzerTest, IndexesBigramsAndTheCharactersThatStartNone) {
  Analyzer analyzer;
  Xapian::Document doc;
  analyzer.IndexUnit(U"在编干部，人数 10%", "", doc);
  std::set<std::string> terms;
  for (auto t = doc.termlist_begin(); t != doc.termlist_end(); ++t) {
    terms.insert(*t);
    EXPECT_EQ(t.positionlist_count(), 0u) << *t << " has positions";
  }
  // 在编 编干 干部; 部 ends a run; 人数; 数 ends a run; 10; 0 ends a run.
  EXPECT_EQ(terms, (std::set<std::string>{"在编", "编干", "干部", "部", "人数", "数", "10", "0"}));
}

TEST(AnalyzerTest, DigitsSeparatedByASpaceMakeNoBigram) {
  Analyzer analyzer;
  Xapian::Document doc;
  analyzer.IndexUnit(U"1 5", "", doc);
  std::set<std::string> terms;
  for (auto t = doc.termlist_begin(); t != doc.termlist_end(); ++t) terms.insert(*t);
  EXPECT_EQ(terms, (std::set<std::string>{"1", "5"}));
}

TEST(AnalyzerTest, AddsLongIcuWordsForRanking) {
  Analyzer analyzer;
  const std::vector<std::string> words =
      analyzer.Words(FoldText(U"中华人民共和国国务院发布可行性研究"));
  const std::set<std::string> set(words.begin(), words.end());
  EXPECT_TRUE(set.count("国务院"));
  EXPECT_TRUE(set.count("可行性"));
  EXPECT_FALSE(set.count("中华"));  // two characters: a bigram already
  for (const std::string& w : words) EXPECT_GE(ToU32(w).size(), 3u) << w;
}

}  // namespace
}  // namespace paperdex
