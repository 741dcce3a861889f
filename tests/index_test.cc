// Indexing and searching together, on small archives written by the tests.
#include <gtest/gtest.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <set>
#include <thread>

#include "paperdex/error.h"
#include "paperdex/index_writer.h"
#include "paperdex/searcher.h"
#include "paperdex/text.h"
#include "test_util.h"

namespace paperdex {
namespace {

using testing::TempDir;
namespace fs = std::filesystem;

struct Story {
  std::string headline;
  std::vector<std::string> paragraphs;
};

// An issue file in the layout the parser knows: masthead, page marker, headline, byline, body.
std::string IssueText(const std::string& paper, const std::string& date,
                      const std::vector<Story>& stories) {
  std::string t = paper + "\n" + date + " 星期一\n第100期 今日4版\n\n第01版：要闻\n\n";
  for (const Story& s : stories) {
    t += s.headline + "\n\n本报记者 张三\n\n";
    for (const std::string& p : s.paragraphs) t += p + "\n\n";
  }
  return t;
}

class IndexTest : public ::testing::Test {
 protected:
  IndexOptions Options() const {
    IndexOptions o;
    o.index_dir = (index_.path() / "idx").string();
    o.threads = 2;
    return o;
  }
  IndexSummary Index() const { return UpdateIndex({archive_.path().string()}, Options()); }
  SearchResults Search(const std::string& q) const {
    return Searcher(Options().index_dir).Search(q, 0, 100, SortOrder::kRelevance);
  }
  // The headlines of the articles `q` finds.
  std::set<std::string> Headlines(const std::string& q) const {
    std::set<std::string> out;
    for (const auto& h : Search(q).hits) out.insert(h.article["headline"].get<std::string>());
    return out;
  }

  TempDir archive_, index_;
};

TEST_F(IndexTest, FindsAWordTheLayoutBrokeAcrossLines) {
  archive_.Write(
      "a/zz-2022-06-27.txt",
      "株洲日报\n2022年6月27日 星期一\n\n到企业去 到现场去\n\n株洲日报全媒体记者/廖喜庆\n\n"
      "根据安排，市级层面明确38名驻企特派员和198名驻企联络员，涉及企业1836家。各县市区按照在编干\n"
      "\n"
      "部人数的10%以上比例选派干部，确保辖区企业应联尽联。\n");
  const IndexSummary s = Index();
  EXPECT_EQ(s.files_new, 1u);
  EXPECT_EQ(s.articles_indexed, 1u);
  const SearchResults r = Search("在编干部");
  ASSERT_EQ(r.hits.size(), 1u);
  EXPECT_EQ(r.hits[0].article["headline"], "到企业去 到现场去");
  EXPECT_EQ(Search("\"在编干部\"").hits.size(), 1u);
  // The snippet shows the joined text with the match marked.
  const Snippet& sn = r.hits[0].snippet;
  ASSERT_FALSE(sn.highlights.empty());
  EXPECT_EQ(ToUtf8(ToU32(sn.text).substr(sn.highlights[0].first, sn.highlights[0].second)),
            "在编干部");
}

// The seed issue beside the project (when it is there): grep finds nothing, paperdex finds the
// article.
TEST_F(IndexTest, FindsTheBrokenWordInTheSeedIssue) {
  const std::string seed =
      testing::SourceDir() + "/../shared/data/seed/zhuzhou-daily-2022-06-27.txt";
  if (!fs::exists(seed)) GTEST_SKIP() << "no seed issue at " << seed;
  const std::string text = testing::ReadFile(seed);
  ASSERT_EQ(text.find("在编干部"), std::string::npos);
  archive_.Write("zhuzhou-daily-2022-06-27.txt", text);
  Index();
  const SearchResults r = Search("在编干部");
  ASSERT_EQ(r.hits.size(), 1u);
  EXPECT_EQ(r.hits[0].article["headline"], "到企业去 到现场去");
}

TEST_F(IndexTest, SimplifiedAndTraditionalFindEachOther) {
  archive_.Write(
      "t/ying-2023-04-17.txt",
      testing::Encode(
          IssueText("瀛洲時報", "2023年4月17日",
                    {{"國家發展新階段", {"立法會昨日三讀通過條例草案，國家發展進入新階段。"}}}),
          "Big5"));
  archive_.Write(
      "s/jc-2023-04-17.txt",
      IssueText("江城日报", "2023年4月17日",
                {{"乡村振兴见成效", {"全市乡村振兴工作取得明显成效，农民收入持续增长。"}}}));
  Index();
  EXPECT_EQ(Search("国家发展").hits.size(), 1u);
  EXPECT_EQ(Search("\"國家發展\"").hits.size(), 1u);
  EXPECT_EQ(Search("\"鄉村振興\"").hits.size(), 1u);
  EXPECT_EQ(Search("\"乡村振兴\"").hits.size(), 1u);
}

TEST_F(IndexTest, FullWidthAndHalfWidthMatch) {
  archive_.Write("jc-2022-06-27.txt",
                 IssueText("江城日报", "2022年6月27日",
                           {{"干部联企", {"我市2200余名干部分赴9000余家企业开展联点服务。"}}}));
  Index();
  EXPECT_EQ(Search("２２００余名").hits.size(), 1u);
  EXPECT_EQ(Search("\"２２００余名\"").hits.size(), 1u);
  EXPECT_EQ(Search("\"200余名\"").hits.size(), 1u) << "digits are matched inside numbers";
}

TEST_F(IndexTest, AnExactPhraseDoesNotCrossPunctuationOrParagraphs) {
  archive_.Write("jc-2022-06-27.txt", IssueText("江城日报", "2022年6月27日",
                                                {{"全力发展经济",
                                                  {"社会各界积极参与，推动经济，社会协调发展。",
                                                   "会议强调要发展经济。", "社会各界积极参与。"}},
                                                 {"社会报道", {"推动经济社会协调发展。"}}}));
  Index();
  const SearchResults exact = Search("\"经济社会\"");
  ASSERT_EQ(exact.hits.size(), 1u);
  EXPECT_EQ(exact.hits[0].article["headline"], "社会报道");
  // Unquoted, both are found, the one holding the run first.
  const SearchResults loose = Search("经济社会");
  ASSERT_EQ(loose.hits.size(), 2u);
  EXPECT_EQ(loose.hits[0].article["headline"], "社会报道");
}

// Names, captions and datelines are the article's text too, each a unit of its own; a name padded
// to the width of three is found typed either way.
TEST_F(IndexTest, FindsNamesCaptionsAndDatelinesAsText) {
  archive_.Write("jc-2022-06-27.txt",
                 std::string("江城日报\n2022年6月27日 星期一\n第100期 今日4版\n\n第01版：要闻\n\n"
                             "湖滨公园完成改造\n\n本报记者 程 远\n\n"
                             "本报讯 湖滨公园改造工程日前完成，新增步道三公里。\n\n"
                             "图为市民在新步道上散步。 本报记者 邵 佳摄\n\n"
                             "城西新建两座桥\n\n本报记者 许宁\n\n"
                             "城西两座新桥昨日通车，程远桥头的车流明显减少。\n"));
  Index();
  const std::set<std::string> park = {"湖滨公园完成改造"};
  EXPECT_EQ(Headlines("\"本报讯\""), park);  // a dateline that leaves the body
  EXPECT_EQ(Headlines("\"市民在新步道\""), park);  // a caption
  EXPECT_EQ(Headlines("\"邵佳\""), park);  // a photographer, typed plain
  EXPECT_EQ(Headlines("\"邵 佳\""), park);  // and as printed
  EXPECT_EQ(Headlines("邵佳"), park);
  // 程远 is a byline of one and a word of the other's text: the byline ranks first.
  const SearchResults both = Search("程远");
  ASSERT_EQ(both.hits.size(), 2u);
  EXPECT_EQ(both.hits[0].article["headline"], "湖滨公园完成改造");
  EXPECT_EQ(Headlines("\"程 远\""), (std::set<std::string>{"湖滨公园完成改造", "城西新建两座桥"}));
  // An exact string never runs from one unit into the next: the name into the caption.
  EXPECT_TRUE(Headlines("\"远图为\"").empty());
  EXPECT_TRUE(Headlines("\"佳图为\"").empty());
}

// An article holding every bigram of a string but not the string is found by the index and turned
// away by the check, also under NOT and OR.
TEST_F(IndexTest, ExactStringsAreCheckedInEveryBooleanPlace) {
  archive_.Write("jc-2022-06-27.txt",
                 IssueText("江城日报", "2022年6月27日",
                           {{"整篇", {"全市推动经济社会协调发展，成效明显。"}},
                            {"散开", {"全市大力发展经济，救济社团活跃，社会稳定。"}},
                            {"另一篇", {"今年高考顺利举行，全市考生发挥正常。"}}}));
  Index();
  EXPECT_EQ(Headlines("\"经济社会\""), (std::set<std::string>{"整篇"}));
  EXPECT_EQ(Headlines("全市 -\"经济社会\""), (std::set<std::string>{"散开", "另一篇"}));
  EXPECT_EQ(Headlines("全市 NOT \"经济社会\""), (std::set<std::string>{"散开", "另一篇"}));
  EXPECT_EQ(Headlines("\"经济社会\" OR 高考"), (std::set<std::string>{"整篇", "另一篇"}));
  EXPECT_EQ(Headlines("headline:散开 OR \"经济社会\""), (std::set<std::string>{"整篇", "散开"}));
  EXPECT_EQ(Searcher(Options().index_dir).Count("\"经济社会\""), 1u);
  // Unquoted, the scattered words match too, the whole run first.
  const SearchResults loose = Search("经济社会");
  ASSERT_EQ(loose.hits.size(), 2u);
  EXPECT_EQ(loose.hits[0].article["headline"], "整篇");
  // One character is found wherever it stands.
  EXPECT_EQ(Headlines("\"济\""), (std::set<std::string>{"整篇", "散开"}));
  EXPECT_EQ(Headlines("\"稳\""), (std::set<std::string>{"散开"}));
}

TEST_F(IndexTest, RanksTheArticleWhoseHeadlineIsTheQueryFirst) {
  std::vector<Story> stories;
  for (int i = 0; i < 5; ++i) {
    stories.push_back(
        {"第" + std::to_string(i) + "篇报道",
         {"石峰区吹响服务企业集结号，全区干部走进企业开展联企活动。石峰区服务企业。"}});
  }
  stories.push_back({"石峰区吹响服务企业“集结号”", {"全区干部走进500家企业开展联企活动。"}});
  archive_.Write("jc-2022-06-27.txt", IssueText("江城日报", "2022年6月27日", stories));
  Index();
  const SearchResults r = Search("石峰区吹响服务企业“集结号”");
  ASSERT_EQ(r.hits.size(), 6u);
  EXPECT_EQ(r.hits[0].article["headline"], "石峰区吹响服务企业“集结号”");
}

TEST_F(IndexTest, RanksAHeadlineThatIsTheQueryOverOneThatHoldsIt) {
  // The longer headline holds the query and its text says it twice more; the headline that is the
  // query still comes first.
  archive_.Write("jc-2022-06-27.txt",
                 IssueText("江城日报", "2022年6月27日",
                           {{"外交部发言人就甲国总统将访华答记者问",
                             {"甲国总统将访华。外交部发言人就甲国总统将访华答记者问，介绍访问安排。"}},
                            {"甲国总统将访华", {"外交部发言人宣布，应邀请，甲国总统将于下周访问。"}}}));
  Index();
  const SearchResults r = Search("甲国总统将访华");
  ASSERT_EQ(r.hits.size(), 2u);
  EXPECT_EQ(r.hits[0].article["headline"], "甲国总统将访华");
}

TEST_F(IndexTest, BooleanOperatorsFieldsAndDates) {
  archive_.Write("a/jc-2022-06-27.txt",
                 IssueText("江城日报", "2022年6月27日",
                           {{"稳岗返还政策发布", {"失业保险稳岗返还资金免申即享。"}},
                            {"高考放榜", {"各地高考放榜，考生查询成绩。"}}}));
  archive_.Write("b/xj-2023-01-05.txt",
                 IssueText("湘江晚报", "2023年1月5日",
                           {{"冬季旅游升温", {"冰雪旅游持续升温，稳岗返还继续实施。"}}}));
  Index();
  EXPECT_EQ(Search("稳岗返还").hits.size(), 2u);
  EXPECT_EQ(Search("稳岗返还 date:2022").hits.size(), 1u);
  EXPECT_EQ(Search("稳岗返还 date:2023-01").hits.size(), 1u);
  EXPECT_EQ(Search("稳岗返还 date:2023-01-05").hits.size(), 1u);
  EXPECT_EQ(Search("date:2022-06-01..2022-06-30").hits.size(), 2u);
  EXPECT_EQ(Search("date:2022-07..2023").hits.size(), 1u);
  EXPECT_EQ(Search("稳岗返还 -冰雪").hits.size(), 1u);
  EXPECT_EQ(Search("稳岗返还 NOT 冰雪").hits.size(), 1u);
  EXPECT_EQ(Search("高考 OR 冰雪").hits.size(), 2u);
  EXPECT_EQ(Search("(高考 OR 冰雪) AND date:2023").hits.size(), 1u);
  EXPECT_EQ(Search("headline:稳岗").hits.size(), 1u);
  EXPECT_EQ(Search("paper:湘江晚报").hits.size(), 1u);
  EXPECT_EQ(Search("byline:张三").hits.size(), 3u);
  EXPECT_EQ(Search("byline:李四").hits.size(), 0u);
  EXPECT_EQ(Search("kind:news page:1").hits.size(), 3u);
  EXPECT_EQ(Search("page:2").hits.size(), 0u);
  EXPECT_EQ(Search("section:要闻 高考").hits.size(), 1u);
}

// OR binds tighter than the space between words (and AND), NOT and - tighter than OR.
TEST_F(IndexTest, ReadsOperatorsInTheOrderWebSearchEnginesDo) {
  archive_.Write("jc-2022-06-27.txt",
                 IssueText("江城日报", "2022年6月27日",
                           {{"甲", {"株洲和湘潭两地联合举办活动。"}},
                            {"乙", {"株洲与长沙签署协议。"}},
                            {"丙", {"长沙发布新规。"}},
                            {"丁", {"湘潭出台政策。"}}}));
  Index();
  const std::set<std::string> zhuzhou_and_either = {"甲", "乙"};
  EXPECT_EQ(Headlines("株洲 湘潭 OR 长沙"), zhuzhou_and_either);
  EXPECT_EQ(Headlines("株洲 (湘潭 OR 长沙)"), zhuzhou_and_either);
  EXPECT_EQ(Headlines("株洲 AND 湘潭 OR 长沙"), zhuzhou_and_either);
  EXPECT_EQ(Headlines("湘潭 OR 长沙 株洲"), zhuzhou_and_either);
  EXPECT_EQ(Headlines("(株洲 湘潭) OR 长沙"), (std::set<std::string>{"甲", "乙", "丙"}));
  EXPECT_EQ(Headlines("-株洲 湘潭 OR 长沙"), (std::set<std::string>{"丙", "丁"}));
  EXPECT_EQ(Headlines("NOT 株洲 OR 长沙"), (std::set<std::string>{"乙", "丙", "丁"}));
  EXPECT_EQ(Headlines("湘潭 OR 长沙 OR 株洲"), (std::set<std::string>{"甲", "乙", "丙", "丁"}));
}

TEST_F(IndexTest, ReadsDatesAsChineseWritesThem) {
  archive_.Write("a/jc-2022-06-27.txt",
                 IssueText("江城日报", "2022年6月27日", {{"六月", {"正文内容。"}}}));
  archive_.Write("b/jc-2022-07-01.txt",
                 IssueText("江城日报", "2022年7月1日", {{"七月", {"正文内容。"}}}));
  Index();
  const std::set<std::string> june = {"六月"};
  EXPECT_EQ(Headlines("date:2022年6月"), june);
  EXPECT_EQ(Headlines("date:2022年6月27日"), june);
  EXPECT_EQ(Headlines("date:２０２２年６月２７日"), june);
  EXPECT_EQ(Headlines("date:２０２２-０６"), june);
  EXPECT_EQ(Headlines("date:2022.6.27"), june);
  EXPECT_EQ(Headlines("date:2022年"), (std::set<std::string>{"六月", "七月"}));
  EXPECT_EQ(Headlines("date:2022年6月28日..2022年7月"), (std::set<std::string>{"七月"}));
  EXPECT_TRUE(Headlines("date:2022年6月26日").empty());
  for (const char* q : {"date:6月", "date:2022年13月", "date:2022年2月30日", "date:2022年6月27号",
                        "date:2022--06", "date:2022-06-27x", "date:-2022"}) {
    EXPECT_THROW(Search(q), Error) << q;
  }
}

TEST_F(IndexTest, NamesAnUnknownFieldAndTakesAFullWidthColon) {
  archive_.Write("jc-2022-06-27.txt",
                 IssueText("江城日报", "2022年6月27日", {{"雄安新区建设提速", {"正文内容。"}}}));
  Index();
  try {
    Search("headlin:雄安");
    ADD_FAILURE() << "no error";
  } catch (const Error& e) {
    EXPECT_NE(std::string(e.what()).find("unknown field 'headlin:' (did you mean 'headline:'?)"),
              std::string::npos)
        << e.what();
  }
  try {
    Search("colour:红");
    ADD_FAILURE() << "no error";
  } catch (const Error& e) {
    EXPECT_NE(std::string(e.what()).find("the fields are headline:"), std::string::npos)
        << e.what();
  }
  EXPECT_EQ(Search("headline：雄安").hits.size(), 1u);
  EXPECT_EQ(Search("HEADLINE:雄安").hits.size(), 1u);
  EXPECT_EQ(Search("author:张三").hits.size(), 1u);
  EXPECT_EQ(Search("title:雄安").hits.size(), 1u);
  // Text with a colon that names no field is text: a time, a Chinese label, a web address.
  EXPECT_NO_THROW(Search("12:30"));
  EXPECT_NO_THROW(Search("记者：张三"));
  EXPECT_NO_THROW(Search("http://example.cn"));
}

// body: looks in the paragraphs only, headline: in the headline block only.
TEST_F(IndexTest, BodyAndHeadlineFieldsKeepToTheirOwnText) {
  archive_.Write("jc-2022-06-27.txt",
                 IssueText("江城日报", "2022年6月27日",
                           {{"滨湖公园开园", {"市民游览新建的湿地。"}},
                            {"湿地保护条例施行", {"滨湖公园等地设立监测点。"}}}));
  Index();
  EXPECT_EQ(Headlines("body:滨湖公园"), (std::set<std::string>{"湿地保护条例施行"}));
  EXPECT_EQ(Headlines("headline:滨湖公园"), (std::set<std::string>{"滨湖公园开园"}));
  EXPECT_EQ(Headlines("滨湖公园"), (std::set<std::string>{"滨湖公园开园", "湿地保护条例施行"}));
  EXPECT_EQ(Headlines("body:\"湿地\""), (std::set<std::string>{"滨湖公园开园"}));
  EXPECT_EQ(Headlines("body:张三"), (std::set<std::string>{}));  // the byline is not the body
}

TEST_F(IndexTest, RejectsMalformedQueries) {
  archive_.Write("jc-2022-06-27.txt",
                 IssueText("江城日报", "2022年6月27日", {{"标题", {"正文内容。"}}}));
  Index();
  for (const char* q :
       {"\"unbalanced", "(株洲", "株洲)", "headline:", "date:2022-13", "date:2022-02-30",
        "date:yesterday", "kind:poem", "page:x", "AND", "，。"}) {
    EXPECT_THROW(Search(q), Error) << q;
  }
}

TEST_F(IndexTest, ReindexingAnUnchangedFolderChangesNothing) {
  for (int i = 1; i <= 5; ++i) {
    archive_.Write("jc-2022-06-0" + std::to_string(i) + ".txt",
                   IssueText("江城日报", "2022年6月" + std::to_string(i) + "日",
                             {{"第" + std::to_string(i) + "天", {"今天的新闻。"}}}));
  }
  const IndexSummary first = Index();
  EXPECT_EQ(first.files_new, 5u);
  const IndexSummary second = Index();
  EXPECT_EQ(second.files_new, 0u);
  EXPECT_EQ(second.files_changed, 0u);
  EXPECT_EQ(second.files_unchanged, 5u);
  EXPECT_EQ(second.articles_indexed, 0u);
  EXPECT_EQ(second.bytes_read, 0u);
  EXPECT_EQ(Searcher(Options().index_dir).Stats().articles, 5u);
}

TEST_F(IndexTest, TouchingAFileReindexesJustThatFile) {
  std::vector<std::string> paths;
  for (int i = 1; i <= 3; ++i) {
    paths.push_back(
        archive_.Write("jc-2022-06-0" + std::to_string(i) + ".txt",
                       IssueText("江城日报", "2022年6月" + std::to_string(i) + "日",
                                 {{"第" + std::to_string(i) + "天", {"今天的新闻。"}}})));
  }
  Index();
  fs::last_write_time(paths[1], fs::last_write_time(paths[1]) + std::chrono::seconds(5));
  const IndexSummary s = Index();
  EXPECT_EQ(s.files_changed, 1u);
  EXPECT_EQ(s.files_unchanged, 2u);
  EXPECT_EQ(s.articles_indexed, 1u);
  EXPECT_EQ(Searcher(Options().index_dir).Stats().articles, 3u);
}

TEST_F(IndexTest, AChangedFileHasItsArticlesReplaced) {
  const std::string path = archive_.Write(
      "jc-2022-06-27.txt", IssueText("江城日报", "2022年6月27日",
                                     {{"旧标题一", {"旧内容一。"}}, {"旧标题二", {"旧内容二。"}}}));
  Index();
  archive_.Write("jc-2022-06-27.txt",
                 IssueText("江城日报", "2022年6月27日", {{"新标题", {"新内容，长了一些。"}}}));
  fs::last_write_time(path, fs::last_write_time(path) + std::chrono::seconds(5));
  const IndexSummary s = Index();
  EXPECT_EQ(s.files_changed, 1u);
  EXPECT_EQ(s.articles_removed, 1u);  // the second article is gone; the first id is reused
  EXPECT_EQ(Search("旧内容").hits.size(), 0u);
  EXPECT_EQ(Search("新内容").hits.size(), 1u);
  EXPECT_EQ(Searcher(Options().index_dir).Stats().articles, 1u);
}

TEST_F(IndexTest, DeletingAFileRemovesItsArticles) {
  archive_.Write("jc-2022-06-01.txt",
                 IssueText("江城日报", "2022年6月1日", {{"留下的", {"留下的新闻。"}}}));
  const std::string gone = archive_.Write(
      "jc-2022-06-02.txt", IssueText("江城日报", "2022年6月2日", {{"删掉的", {"删掉的新闻。"}}}));
  Index();
  fs::remove(gone);
  const IndexSummary s = Index();
  EXPECT_EQ(s.files_removed, 1u);
  EXPECT_EQ(s.articles_removed, 1u);
  EXPECT_EQ(Search("删掉").hits.size(), 0u);
  EXPECT_EQ(Search("留下").hits.size(), 1u);
}

// `mv` of an indexed folder, then `index` of its new path: the same ids, no -2, nothing doubled.
TEST_F(IndexTest, AMovedFolderKeepsItsArticlesAndTheirIds) {
  archive_.Write("old/jc-2022-06-01.txt",
                 IssueText("江城日报", "2022年6月1日", {{"第一篇", {"第一篇新闻。"}}, {"第二篇", {"第二篇新闻。"}}}));
  archive_.Write("old/jc-2022-06-02.txt",
                 IssueText("江城日报", "2022年6月2日", {{"第三篇", {"第三篇新闻。"}}}));
  IndexOptions o = Options();
  UpdateIndex({(archive_.path() / "old").string()}, o);
  auto ids = [&] {
    std::set<std::string> out;
    Searcher(o.index_dir).ForEach("", SortOrder::kIndex, [&](const Json& a) {
      out.insert(a["id"].get<std::string>());
      return true;
    });
    return out;
  };
  const std::set<std::string> before = ids();
  ASSERT_EQ(before.size(), 3u);
  fs::rename(archive_.path() / "old", archive_.path() / "new");
  const IndexSummary s = UpdateIndex({(archive_.path() / "new").string()}, o);
  EXPECT_EQ(s.files_moved, 2u);
  EXPECT_EQ(s.files_new, 0u);
  EXPECT_EQ(ids(), before);
  const SearchResults r = Search("第三篇");
  ASSERT_EQ(r.hits.size(), 1u);
  EXPECT_EQ(r.hits[0].article["source"], (archive_.path() / "new" / "jc-2022-06-02.txt").string());
  // A copy whose original is still there is the same issue filed twice, not a move.
  fs::create_directories(archive_.path() / "new" / "copy");
  fs::copy_file(archive_.path() / "new" / "jc-2022-06-02.txt",
                archive_.path() / "new" / "copy" / "jc-2022-06-02.txt");
  const IndexSummary copied = UpdateIndex({(archive_.path() / "new").string()}, o);
  EXPECT_EQ(copied.files_new, 1u);
  EXPECT_EQ(copied.files_moved, 0u);
  const std::set<std::string> after = ids();
  EXPECT_EQ(after.size(), 4u);
  for (const std::string& id : before) EXPECT_TRUE(after.count(id)) << id;
}

// --prune forgets files whose path no longer exists, under a folder this run walks or not.
TEST_F(IndexTest, PruneForgetsFilesThatAreGoneFromAnywhere) {
  archive_.Write("a/jc-2022-06-01.txt",
                 IssueText("江城日报", "2022年6月1日", {{"留下的", {"留下的新闻。"}}}));
  const std::string gone = archive_.Write(
      "b/jc-2022-06-02.txt", IssueText("江城日报", "2022年6月2日", {{"删掉的", {"删掉的新闻。"}}}));
  IndexOptions o = Options();
  UpdateIndex({(archive_.path() / "a").string(), (archive_.path() / "b").string()}, o);
  fs::remove(gone);
  // Walking a alone leaves b's record as it is…
  EXPECT_EQ(UpdateIndex({(archive_.path() / "a").string()}, o).files_removed, 0u);
  EXPECT_EQ(Search("删掉").hits.size(), 1u);
  // …and --prune forgets it.
  o.prune = true;
  const IndexSummary s = UpdateIndex({(archive_.path() / "a").string()}, o);
  EXPECT_EQ(s.files_removed, 1u);
  EXPECT_EQ(Search("删掉").hits.size(), 0u);
  EXPECT_EQ(Search("留下").hits.size(), 1u);
}

TEST_F(IndexTest, GivesArticlesStableIdsAndTellsCollidingIssuesApart) {
  const std::string text = IssueText("江城日报", "2022年6月27日", {{"同一期", {"同一期的新闻。"}}});
  archive_.Write("a/jc-2022-06-27.txt", text);
  archive_.Write("b/jc-2022-06-27.txt", text);  // the same issue, filed twice
  Index();
  std::set<std::string> ids;
  Searcher(Options().index_dir).ForEach("", SortOrder::kIndex, [&](const Json& a) {
    ids.insert(a["id"].get<std::string>());
    return true;
  });
  EXPECT_EQ(ids, (std::set<std::string>{"jcrb-20220627-01-01", "jcrb-20220627-01-01-2"}));
  // Rebuilt from scratch, the same ids come back.
  IndexOptions o = Options();
  o.rebuild = true;
  UpdateIndex({archive_.path().string()}, o);
  std::set<std::string> again;
  Searcher(o.index_dir).ForEach("", SortOrder::kIndex, [&](const Json& a) {
    again.insert(a["id"].get<std::string>());
    return true;
  });
  EXPECT_EQ(again, ids);
}

// A story printed in full on two pages, and an issue filed twice, are one hit that says where else
// it is; counts and facets count it once; articles that share a paragraph stay apart.
TEST_F(IndexTest, FoldsPrintingsOfOneTextIntoOneHit) {
  const std::string story =
      "滨湖新区今年将新建十二座口袋公园，总面积约八万平方米，年底前全部向市民开放。"
      "新建公园将配套建设健身步道、儿童游乐设施和休憩座椅。";
  const std::string shared = "据介绍，全市已累计建成各类公园一百四十余座，人均公园绿地面积持续提高。";
  const std::string text =
      "江城日报\n2022年6月27日 星期一\n第100期 今日8版\n\n第01版：要闻\n\n"
      "滨湖新区建设口袋公园\n\n本报记者 张三\n\n" + story + "\n\n" + shared + "\n\n"
      "第05版：城建\n\n十二座口袋公园年底开放\n\n本报记者 张三\n\n" + story + "\n\n" + shared + "\n\n"
      "老城区改造绿地\n\n本报记者 李四\n\n老城区今年将改造十处街角绿地，增设座椅和照明，"
      "并在周边道路补种行道树。\n\n" +
      shared + "\n\n";
  archive_.Write("a/jc-2022-06-27.txt", text);
  Index();
  const std::string dir = Options().index_dir;
  const Searcher searcher(dir);
  SearchResults r = searcher.Search("口袋公园", 0, 10, SortOrder::kRelevance);
  ASSERT_EQ(r.hits.size(), 1u);
  EXPECT_EQ(r.estimated_total, 1u);
  ASSERT_EQ(r.hits[0].copies.size(), 1u);
  const int pages[] = {r.hits[0].article["page"].get<int>(), r.hits[0].copies[0].page};
  EXPECT_EQ(std::set<int>(std::begin(pages), std::end(pages)), (std::set<int>{1, 5}));
  // The other printing matches too: it is the hit's folded copy, for programs that list every match.
  ASSERT_EQ(r.hits[0].folded.size(), 1u);
  EXPECT_EQ(r.hits[0].folded[0].id, r.hits[0].copies[0].id);
  EXPECT_TRUE(r.hits[0].copies[0].matches);
  // A query only one printing matches (its own headline) lists the other as a copy that does not.
  r = searcher.Search("headline:年底开放", 0, 10, SortOrder::kRelevance);
  ASSERT_EQ(r.hits.size(), 1u);
  ASSERT_EQ(r.hits[0].copies.size(), 1u);
  EXPECT_FALSE(r.hits[0].copies[0].matches);
  EXPECT_TRUE(r.hits[0].folded.empty());
  EXPECT_EQ(searcher.Count("口袋公园"), 1u);
  EXPECT_EQ(searcher.Count("口袋公园", false), 2u);
  EXPECT_EQ(searcher.Search("口袋公园", 0, 10, SortOrder::kRelevance, 100, false).hits.size(), 2u);
  // The shared paragraph does not make one story of the three.
  EXPECT_EQ(searcher.Search("人均公园绿地", 0, 10, SortOrder::kRelevance).hits.size(), 2u);
  EXPECT_EQ(searcher.Count("人均公园绿地"), 2u);
  const auto pages_facet = searcher.Facets("人均公园绿地", Facet::kPage);
  size_t sum = 0;
  for (const auto& [page, n] : pages_facet) sum += n;
  EXPECT_EQ(sum, 2u);

  // The same issue filed again under another folder: one hit, the other file named.
  archive_.Write("b/jc-2022-06-27-copy.txt", text);
  Index();
  const Searcher again(dir);
  r = again.Search("老城区改造", 0, 10, SortOrder::kRelevance);
  ASSERT_EQ(r.hits.size(), 1u);
  ASSERT_EQ(r.hits[0].copies.size(), 1u);
  EXPECT_NE(r.hits[0].copies[0].source, r.hits[0].article["source"].get<std::string>());
  EXPECT_EQ(again.Count("口袋公园"), 1u);
  EXPECT_EQ(again.Count("口袋公园", false), 4u);
  EXPECT_EQ(again.Search("口袋公园", 0, 10, SortOrder::kRelevance).hits[0].copies.size(), 3u);
}

TEST_F(IndexTest, NamesBadFilesAndIndexesTheRest) {
  archive_.Write("good.txt",
                 IssueText("江城日报", "2022年6月27日", {{"好文件", {"好文件的新闻。"}}}));
  archive_.Write("empty.txt", "");
  std::string binary;
  for (int i = 0; i < 4096; ++i) binary.push_back(static_cast<char>((i * 7919) % 256));
  archive_.Write("binary.txt", binary);
  std::vector<std::string> problems;
  IndexOptions o = Options();
  o.on_problem = [&](const std::string& path, const std::string& reason) {
    problems.push_back(path + ": " + reason);
  };
  const IndexSummary s = UpdateIndex({archive_.path().string()}, o);
  EXPECT_EQ(s.files_new, 1u);
  EXPECT_EQ(s.files_failed, 2u);
  ASSERT_EQ(problems.size(), 2u);
  EXPECT_NE(problems[0].find("binary.txt: binary"), std::string::npos) << problems[0];
  EXPECT_NE(problems[1].find("empty.txt: empty file"), std::string::npos) << problems[1];
}

TEST_F(IndexTest, ASecondWriterIsToldTheIndexIsInUse) {
  archive_.Write("jc-2022-06-27.txt",
                 IssueText("江城日报", "2022年6月27日", {{"标题", {"正文。"}}}));
  Index();
  Xapian::WritableDatabase holder(Options().index_dir);
  try {
    Index();
    FAIL() << "a second writer got in";
  } catch (const Error& e) {
    EXPECT_NE(e.reason().find("in use"), std::string::npos) << e.what();
  }
}

TEST_F(IndexTest, ExportStreamsEveryArticleOrTheMatches) {
  archive_.Write(
      "jc-2022-06-27.txt",
      IssueText("江城日报", "2022年6月27日",
                {{"第一篇", {"甲乙丙。"}}, {"第二篇", {"丁戊己。"}}, {"第三篇", {"甲乙庚。"}}}));
  Index();
  const Searcher s(Options().index_dir);
  size_t all = 0, some = 0;
  s.ForEach("", SortOrder::kIndex, [&](const Json& a) {
    EXPECT_EQ(a["paper"], "江城日报");
    EXPECT_EQ(a["date"], "2022-06-27");
    EXPECT_TRUE(a.contains("source"));
    ++all;
    return true;
  });
  s.ForEach("甲乙", SortOrder::kIndex, [&](const Json&) { return ++some, true; });
  EXPECT_EQ(all, 3u);
  EXPECT_EQ(some, 2u);
  EXPECT_EQ(s.Count("甲乙"), 2u);
  EXPECT_TRUE(s.Find("jcrb-20220627-01-02"));
  EXPECT_FALSE(s.Find("jcrb-20220627-09-09"));
}

// Killed at any moment, the index still opens and answers; the next run finishes the job with the
// same ids and counts as a run that was never interrupted.
TEST_F(IndexTest, SurvivesBeingKilledAtAnyMoment) {
  for (int d = 1; d <= 120; ++d) {
    std::vector<Story> stories;
    for (int k = 0; k < 4; ++k) {
      stories.push_back({"第" + std::to_string(d) + "期第" + std::to_string(k) + "篇",
                         {"全市各部门按照统一部署持续推进各项工作，取得了明显成效。编号" +
                              std::to_string(d * 10 + k) + "。",
                          "群众满意度不断提升，经济社会发展的基础更加牢固。"}});
    }
    char name[64];
    std::snprintf(name, sizeof name, "p/jc-2022-%02d-%02d.txt", (d - 1) / 28 + 1, (d - 1) % 28 + 1);
    archive_.Write(name, IssueText("江城日报",
                                   "2022年" + std::to_string((d - 1) / 28 + 1) + "月" +
                                       std::to_string((d - 1) % 28 + 1) + "日",
                                   stories));
  }
  // The uninterrupted run, for comparison.
  const std::string reference = (index_.path() / "reference").string();
  {
    IndexOptions o = Options();
    o.index_dir = reference;
    UpdateIndex({archive_.path().string()}, o);
  }
  std::set<std::string> want;
  Searcher(reference).ForEach("", SortOrder::kIndex,
                              [&](const Json& a) { return want.insert(a["id"]).second || true; });
  ASSERT_EQ(want.size(), 480u);

  const std::string dir = Options().index_dir;
  for (int delay_ms : {5, 30, 80, 150, 300}) {
    const pid_t pid = fork();
    ASSERT_GE(pid, 0);
    if (pid == 0) {
      execl(PAPERDEX_BINARY, PAPERDEX_BINARY, "index", "--quiet", "--commit-every", "37", "--index",
            dir.c_str(), archive_.path().c_str(), static_cast<char*>(nullptr));
      _exit(127);
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(delay_ms));
    kill(pid, SIGKILL);
    int status = 0;
    waitpid(pid, &status, 0);
    if (fs::exists(dir)) {
      const Searcher s(dir);  // opens and answers
      EXPECT_LE(s.Stats().articles, 480u);
      s.Search("全市各部门", 0, 5, SortOrder::kRelevance);
    }
  }
  const IndexSummary s = Index();
  EXPECT_FALSE(s.interrupted);
  std::set<std::string> got;
  Searcher(dir).ForEach("", SortOrder::kIndex,
                        [&](const Json& a) { return got.insert(a["id"]).second || true; });
  EXPECT_EQ(got, want);
  EXPECT_EQ(Searcher(dir).Count("编号"), 480u);
}

// Bytes that are text in no encoding.
std::string NotText() {
  std::string bytes;
  for (int i = 0; i < 4096; ++i) bytes.push_back(static_cast<char>((i * 7919) % 256));
  return bytes;
}

// Runs UpdateIndex on `paths` and keeps what it names through on_problem.
struct ProblemRun {
  IndexSummary summary;
  std::vector<std::string> problems;
};
ProblemRun IndexNaming(const std::vector<std::string>& paths, IndexOptions o) {
  ProblemRun run;
  o.on_problem = [&](const std::string& path, const std::string& reason) {
    run.problems.push_back(path + ": " + reason);
  };
  run.summary = UpdateIndex(paths, o);
  return run;
}

std::vector<std::string> FailedPaths(const std::string& index_dir) {
  std::vector<std::string> out;
  for (const auto& f : Searcher(index_dir).Stats().failed) out.push_back(f.path);
  return out;
}

TEST_F(IndexTest, NamesAFailedFileOnceUntilItChanges) {
  archive_.Write("good.txt",
                 IssueText("江城日报", "2022年6月27日", {{"好文件", {"好文件的新闻。"}}}));
  const std::string empty = archive_.Write("empty.txt", "");
  const std::string binary = archive_.Write("binary.txt", NotText());
  const std::vector<std::string> root = {archive_.path().string()};

  const ProblemRun first = IndexNaming(root, Options());
  EXPECT_EQ(first.summary.files_failed, 2u);
  EXPECT_EQ(first.summary.files_still_failing, 0u);
  EXPECT_EQ(first.problems.size(), 2u);
  const IndexStats stats = Searcher(Options().index_dir).Stats();
  ASSERT_EQ(stats.failed.size(), 2u);
  EXPECT_EQ(stats.failed[0].path, binary);
  EXPECT_NE(stats.failed[0].reason.find("binary"), std::string::npos) << stats.failed[0].reason;
  EXPECT_EQ(stats.failed[1].path, empty);
  EXPECT_NE(stats.failed[1].reason.find("empty file"), std::string::npos);
  EXPECT_FALSE(stats.failed[1].when.empty());

  // Unchanged: neither read nor named again.
  const ProblemRun second = IndexNaming(root, Options());
  EXPECT_EQ(second.summary.files_failed, 0u);
  EXPECT_EQ(second.summary.files_still_failing, 2u);
  EXPECT_EQ(second.summary.files_unchanged, 1u);
  EXPECT_EQ(second.summary.bytes_read, 0u);
  EXPECT_TRUE(second.problems.empty()) << second.problems[0];

  // Changed and still bad: read and named again, with the new reason.
  archive_.Write("empty.txt", "江城日报\n2022年6月28日 星期二\n第100期 今日4版\n");
  fs::last_write_time(empty, fs::last_write_time(empty) + std::chrono::seconds(5));
  const ProblemRun third = IndexNaming(root, Options());
  EXPECT_EQ(third.summary.files_failed, 1u);
  EXPECT_EQ(third.summary.files_still_failing, 1u);
  ASSERT_EQ(third.problems.size(), 1u);
  EXPECT_NE(third.problems[0].find("empty.txt: no articles"), std::string::npos)
      << third.problems[0];

  // Changed into a good issue: indexed, and no longer listed.
  archive_.Write("binary.txt",
                 IssueText("江城日报", "2022年6月29日", {{"修好了", {"滨湖公园的新闻。"}}}));
  fs::last_write_time(binary, fs::last_write_time(binary) + std::chrono::seconds(5));
  const ProblemRun fourth = IndexNaming(root, Options());
  EXPECT_EQ(fourth.summary.files_failed, 0u);
  EXPECT_EQ(fourth.summary.files_new, 1u);
  EXPECT_EQ(fourth.summary.files_still_failing, 1u);
  EXPECT_EQ(Search("滨湖公园").hits.size(), 1u);
  EXPECT_EQ(FailedPaths(Options().index_dir), std::vector<std::string>{empty});

  // Deleted: forgotten.
  fs::remove(empty);
  const ProblemRun fifth = IndexNaming(root, Options());
  EXPECT_EQ(fifth.summary.files_still_failing, 0u);
  EXPECT_EQ(fifth.summary.files_failed, 0u);
  EXPECT_TRUE(FailedPaths(Options().index_dir).empty());
}

// A file indexed once and then spoilt keeps its articles; mended, it is re-read even when it is
// back to the size and time of its file record.
TEST_F(IndexTest, AGoodFileThatGoesBadAndBackIsReadAgain) {
  const std::string text = IssueText("江城日报", "2022年6月27日", {{"原来的", {"张三的报道。"}}});
  const std::string path = archive_.Write("jc-2022-06-27.txt", text);
  Index();
  const auto mtime = fs::last_write_time(path);
  archive_.Write("jc-2022-06-27.txt", NotText());
  fs::last_write_time(path, mtime + std::chrono::seconds(5));
  EXPECT_EQ(Index().files_failed, 1u);
  EXPECT_EQ(Search("张三的报道").hits.size(), 1u);
  EXPECT_EQ(Index().files_still_failing, 1u);
  archive_.Write("jc-2022-06-27.txt", text);
  fs::last_write_time(path, mtime);
  const IndexSummary s = Index();
  EXPECT_EQ(s.files_changed, 1u);
  EXPECT_EQ(s.files_still_failing, 0u);
  EXPECT_TRUE(FailedPaths(Options().index_dir).empty());
}

TEST_F(IndexTest, RebuildNamesFailedFilesAgain) {
  archive_.Write("empty.txt", "");
  EXPECT_EQ(Index().files_failed, 1u);
  EXPECT_EQ(Index().files_still_failing, 1u);
  IndexOptions o = Options();
  o.rebuild = true;
  const ProblemRun rebuilt = IndexNaming({archive_.path().string()}, o);
  EXPECT_EQ(rebuilt.summary.files_failed, 1u);
  EXPECT_EQ(rebuilt.summary.files_still_failing, 0u);
  EXPECT_EQ(rebuilt.problems.size(), 1u);
}

// A failed file moved with its folder is the same failure, not a new one, whether the run walks the
// old folder's parent or only the new folder; --prune forgets a failed file gone from anywhere.
TEST_F(IndexTest, AMovedFailedFileIsNotNamedAgainAndPruneForgetsAGoneOne) {
  archive_.Write("a/binary.txt", NotText());
  archive_.Write("b/empty.txt", "");
  IndexOptions o = Options();
  const std::string a = (archive_.path() / "a").string(), b = (archive_.path() / "b").string();
  EXPECT_EQ(IndexNaming({a, b}, o).summary.files_failed, 2u);

  fs::rename(archive_.path() / "a", archive_.path() / "c");
  const std::string c = (archive_.path() / "c").string();
  const ProblemRun moved = IndexNaming({c, b}, o);
  EXPECT_EQ(moved.summary.files_failed, 0u);
  EXPECT_EQ(moved.summary.files_still_failing, 2u);
  EXPECT_TRUE(moved.problems.empty()) << moved.problems[0];
  EXPECT_EQ(FailedPaths(o.index_dir),
            (std::vector<std::string>{b + "/empty.txt", c + "/binary.txt"}));

  fs::rename(archive_.path() / "c", archive_.path() / "d");
  const ProblemRun walked = IndexNaming({archive_.path().string()}, o);
  EXPECT_EQ(walked.summary.files_failed, 0u);
  EXPECT_EQ(walked.summary.files_still_failing, 2u);
  EXPECT_EQ(FailedPaths(o.index_dir),
            (std::vector<std::string>{b + "/empty.txt",
                                      (archive_.path() / "d").string() + "/binary.txt"}));

  fs::remove(b + "/empty.txt");
  const std::string d = (archive_.path() / "d").string();
  IndexNaming({d}, o);  // b is not walked: its failed file stays listed…
  EXPECT_EQ(FailedPaths(o.index_dir).size(), 2u);
  o.prune = true;
  const ProblemRun pruned = IndexNaming({d}, o);  // …until --prune
  EXPECT_EQ(pruned.summary.files_still_failing, 1u);
  EXPECT_EQ(FailedPaths(o.index_dir), std::vector<std::string>{d + "/binary.txt"});

  // With --prune, a moved failed file is still the known failure.
  fs::rename(archive_.path() / "d", archive_.path() / "e");
  const std::string e = (archive_.path() / "e").string();
  const ProblemRun moved_pruned = IndexNaming({e}, o);
  EXPECT_EQ(moved_pruned.summary.files_failed, 0u);
  EXPECT_EQ(moved_pruned.summary.files_still_failing, 1u);
  EXPECT_EQ(FailedPaths(o.index_dir), std::vector<std::string>{e + "/binary.txt"});
}

TEST_F(IndexTest, AnUnreadableFileIsTriedAgainAfterAChmod) {
  if (geteuid() == 0) GTEST_SKIP() << "root reads any file";
  const std::string path = archive_.Write(
      "jc-2022-06-27.txt", IssueText("江城日报", "2022年6月27日", {{"锁着的", {"滨湖的新闻。"}}}));
  fs::permissions(path, fs::perms::none);
  const ProblemRun locked = IndexNaming({archive_.path().string()}, Options());
  EXPECT_EQ(locked.summary.files_failed, 1u);
  ASSERT_EQ(locked.problems.size(), 1u);
  EXPECT_NE(locked.problems[0].find("cannot open"), std::string::npos) << locked.problems[0];
  EXPECT_EQ(Index().files_still_failing, 1u);
  fs::permissions(path, fs::perms::owner_read | fs::perms::owner_write);
  const IndexSummary s = Index();
  EXPECT_EQ(s.files_new, 1u);
  EXPECT_EQ(s.files_still_failing, 0u);
  EXPECT_EQ(Search("滨湖").hits.size(), 1u);
  EXPECT_TRUE(FailedPaths(Options().index_dir).empty());
}

// Issue files of `paper`, one for each day from 2024-03-01 (a Friday) for `days` days on which
// `publishes` (given the day's offset and weekday, 0 for Sunday) says it came out.
void WriteRun(const TempDir& archive, const std::string& paper, const std::string& tag, int days,
              const std::function<bool(int, int)>& publishes) {
  const int month_days[] = {31, 30, 31, 30};  // March to June
  for (int n = 0; n < days; ++n) {
    if (!publishes(n, (n + 5) % 7)) continue;
    int month = 3, day = n + 1;
    while (day > month_days[month - 3]) day -= month_days[month++ - 3];
    const std::string date = "2024年" + std::to_string(month) + "月" + std::to_string(day) + "日";
    archive.Write(
        tag + "/" + std::to_string(n) + ".txt",
        IssueText(paper, date, {{tag + "第" + std::to_string(n) + "期", {"本期新闻。"}}}));
  }
}

TEST_F(IndexTest, StatsListsTheDatesADailyIsMissingAndNoneForOtherPapers) {
  // A daily with a gap of three days and one of a day.
  WriteRun(archive_, "江城日报", "jc", 31,
           [](int n, int) { return n != 4 && n != 5 && n != 6 && n != 19; });
  // A paper that never comes out on Sunday, missing one Wednesday.
  WriteRun(archive_, "滨湖晚报", "bh", 28, [](int n, int w) { return w != 0 && n != 12; });
  // A weekly, missing a week.
  WriteRun(archive_, "滨湖周刊", "zk", 56, [](int n, int w) { return w == 5 && n != 21; });
  // A paper with a few issues only.
  WriteRun(archive_, "江城晨报", "cb", 20, [](int n, int) { return n % 6 == 0; });
  Index();
  const IndexStats s = Searcher(Options().index_dir).Stats();
  const std::vector<std::pair<std::string, std::vector<std::string>>> want = {
      {"江城日报", {"2024-03-05", "2024-03-06", "2024-03-07", "2024-03-20"}},
      {"滨湖晚报", {"2024-03-13"}},
  };
  EXPECT_EQ(s.missing_dates, want);
}

// A writer that holds the index, partway through its run, until it is let go.
class Holder {
 public:
  Holder(const std::string& archive, IndexOptions options) {
    options.on_progress = [this](const IndexProgress&) {
      holding_ = true;
      while (!let_go_) std::this_thread::sleep_for(std::chrono::milliseconds(5));
    };
    thread_ = std::thread([archive, options] { UpdateIndex({archive}, options); });
    while (!holding_) std::this_thread::sleep_for(std::chrono::milliseconds(5));
  }
  ~Holder() { LetGo(); }
  void LetGo() {
    let_go_ = true;
    if (thread_.joinable()) thread_.join();
  }

 private:
  std::atomic<bool> holding_{false}, let_go_{false};
  std::thread thread_;
};

TEST_F(IndexTest, WaitsForTheIndexLockWithWait) {
  archive_.Write("jc-2022-06-01.txt",
                 IssueText("江城日报", "2022年6月1日", {{"第一天", {"第一天的新闻。"}}}));
  Index();
  archive_.Write("jc-2022-06-02.txt",
                 IssueText("江城日报", "2022年6月2日", {{"第二天", {"滨湖第二天的新闻。"}}}));
  // A first writer holds the index until it is let go.
  Holder holder(archive_.path().string(), Options());

  // Without --wait a second writer is turned away at once.
  try {
    Index();
    ADD_FAILURE() << "a second writer got in";
  } catch (const Error& e) {
    EXPECT_NE(e.reason().find("in use"), std::string::npos) << e.what();
  }
  // With it, the second writer waits, says so once, and runs when the first is done.
  std::atomic<int> waits{0};
  std::atomic<bool> done{false};
  IndexSummary second;
  IndexOptions o = Options();
  o.wait = true;
  o.on_wait = [&] { ++waits; };
  std::thread waiter([&] {
    second = UpdateIndex({archive_.path().string()}, o);
    done = true;
  });
  std::this_thread::sleep_for(std::chrono::milliseconds(300));
  EXPECT_FALSE(done);
  EXPECT_EQ(waits, 1);
  holder.LetGo();
  waiter.join();
  EXPECT_EQ(waits, 1);
  EXPECT_FALSE(second.interrupted);
  EXPECT_EQ(second.files_unchanged, 2u);  // the first writer indexed the new file
  EXPECT_EQ(Search("滨湖").hits.size(), 1u);
}

TEST_F(IndexTest, TheWaitForTheLockEndsOnStopOrAfterItsSeconds) {
  archive_.Write("jc-2022-06-01.txt",
                 IssueText("江城日报", "2022年6月1日", {{"第一天", {"滨湖第一天的新闻。"}}}));
  Holder holder(archive_.path().string(), Options());

  std::atomic<bool> stop{false};
  IndexOptions o = Options();
  o.wait = true;
  o.stop = &stop;
  std::thread stopper([&] {
    std::this_thread::sleep_for(std::chrono::milliseconds(200));
    stop = true;
  });
  const IndexSummary stopped = UpdateIndex({archive_.path().string()}, o);
  stopper.join();
  EXPECT_TRUE(stopped.interrupted);
  EXPECT_EQ(stopped.files_new + stopped.files_unchanged, 0u);

  o.stop = nullptr;
  o.wait_seconds = 0.2;
  try {
    UpdateIndex({archive_.path().string()}, o);
    ADD_FAILURE() << "the wait did not end";
  } catch (const Error& e) {
    EXPECT_NE(e.reason().find("still in use"), std::string::npos) << e.what();
    EXPECT_NE(e.reason().find("0.2 s"), std::string::npos) << e.what();
  }
  holder.LetGo();
  EXPECT_EQ(Search("滨湖").hits.size(), 1u);
}

}  // namespace
}  // namespace paperdex
