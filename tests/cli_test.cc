// Runs the built paperdex binary as a user or a script would and checks stdout, stderr and the exit
// status.
#include <arpa/inet.h>
#include <gtest/gtest.h>
#include <netinet/in.h>
#include <signal.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdlib>
#include <sstream>
#include <iostream>
#include <map>
#include <nlohmann/json.hpp>
#include <set>

#include "paperdex/charset.h"
#include "paperdex/text.h"
#include "test_util.h"

namespace paperdex {
namespace {

using testing::TempDir;

struct Result {
  int status = -1;
  std::string out, err;
};

std::string Quote(const std::string& s) {
  std::string q = "'";
  for (char c : s) q += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return q + "'";
}

// Runs `paperdex ARGS` through the shell (ARGS is shell text) and captures what it prints.
Result Paperdex(const std::string& args, const std::string& pipe_to = "") {
  TempDir dir;
  const std::string out = (dir.path() / "out").string(), err = (dir.path() / "err").string();
  std::string cmd = Quote(PAPERDEX_BINARY) + " " + args + " 2>" + Quote(err);
  cmd =
      pipe_to.empty() ? cmd + " >" + Quote(out) : "(" + cmd + ") | " + pipe_to + " >" + Quote(out);
  const int raw = std::system(cmd.c_str());
  Result r;
  r.status = WIFEXITED(raw) ? WEXITSTATUS(raw) : -1;
  r.out = testing::ReadFile(out);
  r.err = testing::ReadFile(err);
  return r;
}

std::string Sample(const std::string& name) {
  return Quote(testing::SourceDir() + "/data/issues/" + name);
}

size_t Lines(const std::string& s) {
  return static_cast<size_t>(std::count(s.begin(), s.end(), '\n'));
}

TEST(CliTest, ParsePrintsAnOutline) {
  const Result r = Paperdex("parse " + Sample("jiangcheng-daily-2023-03-08.txt"));
  EXPECT_EQ(r.status, 0) << r.err;
  EXPECT_EQ(r.err, "");
  EXPECT_NE(r.out.find("江城日报 · 2023-03-08 · 第23418期"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("jcrb-20230308-01-01"), std::string::npos) << r.out;
}

// The outline's columns line up by display width whatever the mix of Han, Latin and digits, and a
// cut field is marked with …
TEST(CliTest, ParseOutlineColumnsLineUpByDisplayWidth) {
  for (const char* sample : {"jiangcheng-daily-2023-03-08.txt", "t-1.txt", "g-1.txt"}) {
    const Result r = Paperdex("parse " + Sample(sample));
    ASSERT_EQ(r.status, 0) << r.err;
    std::istringstream in(r.out);
    std::string line;
    std::getline(in, line);  // the issue line
    std::set<int> widths;
    while (std::getline(in, line)) {
      const std::u32string row = ToU32(line);
      ASSERT_NE(row.find(U" chars"), std::u32string::npos) << line;
      widths.insert(DisplayWidth(std::u32string_view(row).substr(0, row.find(U" chars"))));
    }
    EXPECT_EQ(widths.size(), 1u) << sample << ":\n" << r.out;
  }
}

TEST(CliTest, ParseJsonIsOneIssueObject) {
  const Result r = Paperdex("parse --json " + Sample("t-1.txt"));
  ASSERT_EQ(r.status, 0) << r.err;
  const auto j = nlohmann::json::parse(r.out);
  EXPECT_EQ(j["paper"], "瀛洲時報");
  EXPECT_EQ(j["encoding"], "big5");
  EXPECT_EQ(j["date"], "2023-04-17");
  EXPECT_GE(j["articles"].size(), 5u);
  EXPECT_NE(r.out.find("瀛洲"), std::string::npos) << "JSON must not escape non-ASCII text";
}

TEST(CliTest, SpeaksTheUsersWordsInHelpAndErrors) {
  const Result typo = Paperdex("serach 口袋公园");
  EXPECT_EQ(typo.status, 2);
  EXPECT_EQ(Lines(typo.err), 1u);
  EXPECT_NE(typo.err.find("unknown command 'serach' (did you mean 'search'?)"), std::string::npos)
      << typo.err;
  const Result negative = Paperdex("search --limit -1 口袋公园");
  EXPECT_EQ(negative.status, 2);
  EXPECT_NE(negative.err.find("'-1' is not a count"), std::string::npos) << negative.err;
  const Result colour = Paperdex("search --color=sometimes 口袋公园");
  EXPECT_EQ(colour.status, 2);
  EXPECT_NE(colour.err.find("'sometimes' is none of auto, always and never"), std::string::npos)
      << colour.err;
  for (const char* command : {"search", "show", "export", "index", "parse", "stats"}) {
    const Result help = Paperdex(std::string(command) + " --help");
    EXPECT_EQ(help.status, 0) << command;
    for (const char* internal : {"ENUM", "->", "NONNEGATIVE", "UINT", "TEXT:"}) {
      EXPECT_EQ(help.out.find(internal), std::string::npos) << command << " shows " << internal;
    }
  }
}

TEST(CliTest, ParseReadsStandardInputForADash) {
  const Result file = Paperdex("parse --json " + Sample("t-1.txt"));
  const Result in = Paperdex("parse --json - < " + Sample("t-1.txt"));
  ASSERT_EQ(in.status, 0) << in.err;
  auto a = nlohmann::json::parse(file.out), b = nlohmann::json::parse(in.out);
  EXPECT_EQ(b["source"], "-");
  EXPECT_GT(b["articles"].size(), 0u);
  EXPECT_EQ(a["articles"], b["articles"]);
  EXPECT_EQ(a["paper"], b["paper"]);
}

TEST(CliTest, ParseJsonOfSeveralFilesIsOneObjectALine) {
  const Result r = Paperdex("parse --json " + Sample("t-2.txt") + " " + Sample("t-3.txt"));
  ASSERT_EQ(r.status, 0) << r.err;
  ASSERT_EQ(Lines(r.out), 2u);
  const auto second = nlohmann::json::parse(r.out.substr(r.out.find('\n') + 1));
  EXPECT_EQ(second["encoding"], "utf-16");
}

TEST(CliTest, BadFilesGetOneLineNamingTheFileAndStatusTwo) {
  TempDir dir;
  std::string binary;
  for (int i = 0; i < 4096; ++i) binary.push_back(static_cast<char>((i * 7919) % 256));
  struct Row {
    std::string path;
    std::string reason;
  };
  const Row rows[] = {
      {dir.Write("empty.txt", ""), "empty file"},
      {dir.Write("binary.txt", binary), "binary"},
      {dir.Write("masthead.txt", "江城日报\n2023年3月8日 星期三\n第23418期 今日8版\n"),
       "no articles"},
      {dir.Write("long.txt", std::string(20 * 1024 * 1024, 'x')), "no line break"},
      {dir.path().string(), "directory"},
      {(dir.path() / "missing.txt").string(), "no such file"},
  };
  for (const Row& r : rows) {
    const Result run = Paperdex("parse --json " + Quote(r.path));
    EXPECT_EQ(run.status, 2) << r.path;
    EXPECT_EQ(Lines(run.err), 1u) << run.err;
    EXPECT_EQ(run.err.rfind("paperdex: " + r.path + ": ", 0), 0u) << run.err;
    EXPECT_NE(run.err.find(r.reason), std::string::npos) << run.err;
  }
}

TEST(CliTest, InvalidUtf8IsReportedWithItsOffsetAndTheRestIsKept) {
  TempDir dir;
  const std::string text =
      "江城日报\n2023年3月8日\n\n标题\n\n全市各部门按照统一部署持续推进各项工作，取得\xFF明显成效。"
      "\n";
  const std::string path = dir.Write("bad.txt", text);
  const Result r = Paperdex("parse --json " + Quote(path));
  EXPECT_EQ(r.status, 2);
  EXPECT_EQ(Lines(r.err), 1u);
  EXPECT_NE(r.err.find(path), std::string::npos);
  EXPECT_NE(r.err.find("offset " + std::to_string(text.find('\xFF'))), std::string::npos) << r.err;
  EXPECT_EQ(nlohmann::json::parse(r.out)["articles"].size(), 1u);
}

TEST(CliTest, OneBadFileDoesNotStopTheOthers) {
  const Result r = Paperdex("parse --json /nonexistent/x.txt " + Sample("t-2.txt"));
  EXPECT_EQ(r.status, 2);
  EXPECT_EQ(Lines(r.out), 1u);
  EXPECT_NE(r.err.find("/nonexistent/x.txt: no such file"), std::string::npos);
}

TEST(CliTest, HelpGoesToStdoutWithStatusZero) {
  for (const std::string args : {"--help", "parse --help"}) {
    const Result r = Paperdex(args);
    EXPECT_EQ(r.status, 0) << args;
    EXPECT_NE(r.out.find("Usage"), std::string::npos) << args;
    EXPECT_NE(r.out.find("Examples"), std::string::npos) << args;
  }
  const Result v = Paperdex("--version");
  EXPECT_EQ(v.status, 0);
  EXPECT_NE(v.out.find("ICU"), std::string::npos);
}

TEST(CliTest, UsageErrorsAreOneLineAndStatusTwo) {
  for (const std::string args : {"", "frobnicate", "parse", "parse --no-such-flag x"}) {
    const Result r = Paperdex(args);
    EXPECT_EQ(r.status, 2) << args;
    EXPECT_EQ(Lines(r.err), 1u) << args << ": " << r.err;
    EXPECT_NE(r.err.find("--help"), std::string::npos) << r.err;
  }
}

TEST(CliTest, OutputPipedIntoHeadEndsQuietly) {
  const std::string all = testing::SourceDir() + "/data/issues/*.txt";  // a glob for the shell
  const Result r = Paperdex("parse " + all + " " + all + " " + all, "head -1");
  EXPECT_EQ(Lines(r.out), 1u);
  EXPECT_EQ(r.err, "");
}

}  // namespace
}  // namespace paperdex

namespace paperdex {
namespace {

// The sample issues indexed once for the search tests.
class CliSearchTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = new TempDir();
    index_ = (dir_->path() / "idx").string();
    const Result r = Paperdex("index --quiet --index " + Quote(index_) + " " +
                              Quote(testing::SourceDir() + "/data/issues"));
    ASSERT_EQ(r.status, 0) << r.err;
  }
  static void TearDownTestSuite() { delete dir_; }
  static std::string Idx() { return " --index " + Quote(index_) + " "; }

  static TempDir* dir_;
  static std::string index_;
};
TempDir* CliSearchTest::dir_ = nullptr;
std::string CliSearchTest::index_;

// stats lists the papers in two columns: names padded by display width, counts to the right.
TEST_F(CliSearchTest, StatsListsPapersInColumns) {
  const Result r = Paperdex("stats" + Idx());
  ASSERT_EQ(r.status, 0) << r.err;
  const std::string papers = r.out.substr(r.out.find("papers\n") + 7);
  std::istringstream in(papers);
  std::string line;
  std::set<int> widths;
  size_t rows = 0;
  while (std::getline(in, line) && line.rfind("  ", 0) == 0) {
    widths.insert(DisplayWidth(ToU32(line)));
    ++rows;
  }
  EXPECT_EQ(rows, 22u);
  EXPECT_EQ(widths.size(), 1u) << papers;
}

TEST_F(CliSearchTest, IndexPrintsASummary) {
  const Result again = Paperdex("index --quiet --index " + Quote(index_) + " " +
                                Quote(testing::SourceDir() + "/data/issues"));
  EXPECT_EQ(again.status, 0);
  EXPECT_EQ(again.out, "");
  EXPECT_NE(again.err.find("0 new, 0 changed, 22 unchanged, 0 removed files"), std::string::npos)
      << again.err;
}

TEST_F(CliSearchTest, SearchExitsZeroWithHitsOneWithNoneTwoOnABadQuery) {
  const Result hits = Paperdex("search" + Idx() + "--color=never 口袋公园");
  EXPECT_EQ(hits.status, 0) << hits.err;
  EXPECT_NE(hits.out.find("口袋公园"), std::string::npos);
  const Result none = Paperdex("search" + Idx() + "火星殖民计划");
  EXPECT_EQ(none.status, 1);
  EXPECT_NE(none.out.find("no results"), std::string::npos);
  const Result bad = Paperdex("search" + Idx() + Quote("\"口袋公园"));
  EXPECT_EQ(bad.status, 2);
  EXPECT_EQ(Lines(bad.err), 1u);
  EXPECT_NE(bad.err.find("unbalanced quote"), std::string::npos) << bad.err;
}

TEST_F(CliSearchTest, SearchJsonCarriesHitsSnippetsAndHighlights) {
  const Result r = Paperdex("search --json --limit 3" + Idx() + Quote("\"口袋公园\""));
  ASSERT_EQ(r.status, 0) << r.err;
  const auto j = nlohmann::json::parse(r.out);
  EXPECT_EQ(j["query"], "\"口袋公园\"");
  EXPECT_GE(j["estimated_total"].get<int>(), 2);
  ASSERT_LE(j["hits"].size(), 3u);
  for (const auto& h : j["hits"]) {
    for (const char* key :
         {"id", "rank", "score", "paper", "date", "page", "headline", "snippet", "highlights"}) {
      EXPECT_TRUE(h.contains(key)) << key;
    }
    ASSERT_FALSE(h["highlights"].empty());
    const std::u32string snippet = ToU32(h["snippet"].get<std::string>());
    const auto& first = h["highlights"][0];
    EXPECT_EQ(ToUtf8(snippet.substr(first[0].get<size_t>(), first[1].get<size_t>())), "口袋公园");
  }
  EXPECT_EQ(j["hits"][0]["rank"], 1);
}

TEST_F(CliSearchTest, MarksMatchesInTheHeadlineForTextAndHeadlineQueries) {
  for (const std::string q : {"口袋公园", "headline:口袋公园"}) {
    const Result r = Paperdex("search --json --limit 20" + Idx() + Quote(q));
    ASSERT_EQ(r.status, 0) << r.err;
    size_t marked = 0;
    const auto j = nlohmann::json::parse(r.out);
    for (const auto& h : j["hits"]) {
      const std::u32string headline = ToU32(h["headline"].get<std::string>());
      const bool holds = headline.find(U"口袋公园") != std::u32string::npos;
      ASSERT_EQ(h["title_highlights"].contains("headline"), holds) << q;
      if (!holds) continue;
      ++marked;
      const auto& span = h["title_highlights"]["headline"][0];
      EXPECT_EQ(ToUtf8(headline.substr(span[0].get<size_t>(), span[1].get<size_t>())), "口袋公园");
    }
    EXPECT_GE(marked, 1u) << q;
  }
  // On a terminal the match in the headline is marked.
  const Result text = Paperdex("search --color=always --limit 20" + Idx() + "headline:口袋公园");
  EXPECT_NE(text.out.find("\033[1;31m口袋公园\033[0m"), std::string::npos);
}

TEST_F(CliSearchTest, TheFooterTheJsonAndTheCountAgree) {
  // Over queries of every kind the sample issues answer (a word, an exact string, a name, an
  // operator, a field), the footer's total is the exact number of matches, as --count and the JSON.
  for (const std::string q : {"口袋公园", "\"口袋公园\"", "发展", "\"发展\"", "经济 OR 社会",
                              "城市 -公园", "headline:公园", "\"本报讯\"", "记者", "kind:brief"}) {
    const Result count = Paperdex("search --count" + Idx() + Quote(q));
    ASSERT_EQ(count.status, 0) << q << ": " << count.err;
    const std::string n = count.out.substr(0, count.out.find_last_not_of(" \n") + 1);
    const Result json = Paperdex("search --json --limit 3" + Idx() + Quote(q));
    const auto j = nlohmann::json::parse(json.out);
    EXPECT_EQ(std::to_string(j["estimated_total"].get<size_t>()), n) << q;
    EXPECT_EQ(j["exact"], true) << q;
    const Result text = Paperdex("search --color=never --limit 3" + Idx() + Quote(q));
    const std::string footer = text.out.substr(text.out.rfind("results "));
    EXPECT_NE(footer.find(" of " + n), std::string::npos) << q << ": " << footer;
    EXPECT_EQ(footer.find("about"), std::string::npos) << q << ": " << footer;
  }
}

TEST_F(CliSearchTest, ListsIdsFilesOrJsonLinesAsGrepUsersExpect) {
  const std::string q = Quote("\"口袋公园\"");
  const Result count = Paperdex("search --count" + Idx() + q);
  const size_t n = std::stoul(count.out);
  ASSERT_GT(n, 1u);
  // -l: every match's id (not only the first page), one a line.
  const Result ids = Paperdex("search -l" + Idx() + q);
  ASSERT_EQ(ids.status, 0) << ids.err;
  EXPECT_EQ(Lines(ids.out), n);
  const Result json = Paperdex("search --json --limit 100" + Idx() + q);
  std::string expected;
  const auto page = nlohmann::json::parse(json.out);
  for (const auto& h : page["hits"]) {
    expected += h["id"].get<std::string>() + "\n";
  }
  EXPECT_EQ(ids.out, expected);
  EXPECT_EQ(Lines(Paperdex("search -l --limit 1" + Idx() + q).out), 1u);
  // --files: each source file once.
  const Result files = Paperdex("search --files" + Idx() + q);
  std::set<std::string> distinct;
  size_t lines = 0;
  for (size_t at = 0, nl; (nl = files.out.find('\n', at)) != std::string::npos; at = nl + 1) {
    const std::string f = files.out.substr(at, nl - at);
    EXPECT_TRUE(std::filesystem::exists(f)) << f;
    distinct.insert(f);
    ++lines;
  }
  EXPECT_EQ(distinct.size(), lines);
  EXPECT_GE(lines, 1u);
  // --jsonl: one hit a line, each the object --json holds.
  const Result jsonl = Paperdex("search --jsonl --limit 3" + Idx() + q);
  EXPECT_EQ(Lines(jsonl.out), std::min<size_t>(3, n));
  const auto first = nlohmann::json::parse(jsonl.out.substr(0, jsonl.out.find('\n')));
  EXPECT_EQ(first, nlohmann::json::parse(json.out)["hits"][0]);
  // -C: the snippet's width in columns.
  const Result narrow = Paperdex("search -C 20 --jsonl --limit 3" + Idx() + q);
  for (size_t at = 0, nl; (nl = narrow.out.find('\n', at)) != std::string::npos; at = nl + 1) {
    const auto h = nlohmann::json::parse(narrow.out.substr(at, nl - at));
    const std::u32string snippet = ToU32(h["snippet"].get<std::string>());
    EXPECT_LE(static_cast<size_t>(DisplayWidth(snippet)), 20u + 4) << h["snippet"];  // and …
  }
  // Nothing found: exit 1, as grep.
  EXPECT_EQ(Paperdex("search -l" + Idx() + "火星殖民计划").status, 1);
}

// Each hit says how often the article holds the query, and -n where the first match is in the
// source file: the line there holds the string (or its start, when a hard wrap cuts it).
TEST_F(CliSearchTest, GivesEachHitItsMatchCountAndSourceLine) {
  for (const std::string q : {"公园", "\"口袋公园\"", "江城 港口"}) {
    const Result r = Paperdex("search -n --json --limit 20" + Idx() + Quote(q));
    ASSERT_EQ(r.status, 0) << q << ": " << r.err;
    const auto j = nlohmann::json::parse(r.out);
    const std::string first = q == "江城 港口" ? "江城" : q == "公园" ? "公园" : "口袋";
    for (const auto& h : j["hits"]) {
      // The count is that of a plain scan of the article's text.
      const auto a = nlohmann::json::parse(Paperdex("show --json" + Idx() + h["id"].get<std::string>()).out);
      std::string text = a["headline"].get<std::string>() + "\n" + a["body"].get<std::string>();
      for (const auto& c : a["captions"]) text += "\n" + c.get<std::string>();
      size_t n = 0;
      for (size_t at = text.find(first); at != std::string::npos; at = text.find(first, at + 1)) ++n;
      if (q == "公园") {
        EXPECT_GE(h["matches"].get<size_t>(), n) << h["id"];
      }
      EXPECT_GE(h["matches"].get<size_t>(), 1u) << h["id"];
      ASSERT_TRUE(h["line"].is_number()) << h["id"];
      // The file as paperdex reads it (the samples hold GB18030, Big5 and UTF-16 too).
      const std::string path = h["source"].get<std::string>();
      std::istringstream in(DecodeText(testing::ReadFile(path), "", path).text);
      std::string line;
      for (size_t k = 0; k < h["line"].get<size_t>(); ++k) std::getline(in, line);
      EXPECT_NE(line.find(first.substr(0, 3)), std::string::npos) << q << " " << h["id"] << ": " << line;
    }
  }
  // Without -n no file is read: the line is null; on a terminal the meta line gives file:line.
  const auto plain = nlohmann::json::parse(Paperdex("search --json" + Idx() + "公园").out);
  EXPECT_TRUE(plain["hits"][0]["line"].is_null());
  const Result text = Paperdex("search -n --color=never --limit 1" + Idx() + "公园");
  EXPECT_NE(text.out.find(".txt:"), std::string::npos) << text.out;
}

// Runs `paperdex ARGS` on a terminal of its own (script(1)), with `env` before it.
Result OnATerminal(const std::string& env, const std::string& args) {
  const std::string inner = env + " " + Quote(PAPERDEX_BINARY) + " " + args;
  return Paperdex("--version >/dev/null; script -qec " + Quote(inner) + " /dev/null", "tr -d '\\r'");
}

// The lines of `out` without colour escapes.
std::vector<std::u32string> PlainLines(const std::string& out) {
  std::vector<std::u32string> lines;
  std::u32string line;
  const std::u32string t = ToU32(out);
  for (size_t k = 0; k < t.size(); ++k) {
    if (t[k] == U'\033') {  // ESC [ … letter
      while (k < t.size() && !((t[k] >= U'a' && t[k] <= U'z') || (t[k] >= U'A' && t[k] <= U'Z'))) ++k;
      continue;
    }
    if (t[k] == U'\n') {
      lines.push_back(line);
      line.clear();
    } else {
      line.push_back(t[k]);
    }
  }
  if (!line.empty()) lines.push_back(line);
  return lines;
}

// At 40, 80 and 120 columns, search and show lay their text out by the Chinese line-breaking
// rules: no line wider than the terminal, none starting with a closing mark or ending with an
// opening one, ids whole.
TEST_F(CliSearchTest, LaysTextOutByTheChineseLineBreakingRulesAtAnyWidth) {
  // (A snippet starts with … where it cuts into its paragraph: that is no line break.)
  const std::u32string closing = U"、。，．：；！？）」』》〉”’", opening = U"（「『《〈“‘";
  for (const int columns : {40, 80, 120}) {
    const std::string env = "COLUMNS=" + std::to_string(columns);
    const Result search =
        OnATerminal(env, "search --color=always --limit 10" + Idx() + Quote("江城"));
    ASSERT_EQ(search.status, 0) << search.err;
    const Result show = OnATerminal(
        env, "show --no-pager --color=always -q 江城" + Idx() + "jcrb-20230308-01-01 jcrb-20230308-02-02");
    ASSERT_EQ(show.status, 0) << show.err;
    size_t ids = 0;
    for (const Result* r : {&search, &show}) {
      for (const std::u32string& line : PlainLines(r->out)) {
        EXPECT_LE(DisplayWidth(line), columns) << columns << ": " << ToUtf8(line);
        const std::u32string text = line.substr(std::min(line.find_first_not_of(U" "), line.size()));
        if (text.empty()) continue;
        EXPECT_EQ(closing.find(text.front()), std::u32string::npos) << columns << ": " << ToUtf8(line);
        EXPECT_EQ(opening.find(text.back()), std::u32string::npos) << columns << ": " << ToUtf8(line);
        ids += text.find(U"jcrb-20230308-0") != std::u32string::npos;
      }
    }
    EXPECT_EQ(ids, 5u + 2u) << columns;  // five hits and two articles, each id whole on a line
  }
}

// On a terminal, show goes through $PAGER with its colours; into a pipe, straight out.
TEST_F(CliSearchTest, ShowPagesThroughThePagerOnATerminalOnly) {
  TempDir d;
  const std::string paged = (d.path() / "paged").string();
  const std::string pager = "PAGER=" + Quote("cat > " + Quote(paged));
  const Result r = OnATerminal(pager, "show --color=always -q 江城" + Idx() + "jcrb-20230308-02-02");
  ASSERT_EQ(r.status, 0) << r.err;
  const std::string text = testing::ReadFile(paged);
  EXPECT_NE(text.find("\033[1;31m江城\033[0m"), std::string::npos) << text;  // the match marked
  EXPECT_EQ(r.out.find("江城"), std::string::npos) << r.out;  // all of it went to the pager
  const Result none = OnATerminal(pager, "show --no-pager" + Idx() + "jcrb-20230308-02-02");
  EXPECT_NE(none.out.find("江城"), std::string::npos);
  // Into a pipe: no pager, no colour, each paragraph one line.
  std::filesystem::remove(paged);
  const Result piped = Paperdex("--version >/dev/null; " + pager + " " + Quote(PAPERDEX_BINARY) +
                                " show" + Idx() + "-q 江城 jcrb-20230308-02-02");
  EXPECT_FALSE(std::filesystem::exists(paged));
  EXPECT_EQ(piped.out.find('\033'), std::string::npos);
  EXPECT_NE(piped.out.find("江城港"), std::string::npos) << piped.out;
}

// A story printed in full on two pages: one hit on the terminal ("also on page 5"), counted once;
// the JSON lists the other printing after it, folded into it; --no-collapse shows both.
TEST(CliCollapseTest, AStoryPrintedTwiceIsOneHitThatSaysWhereElse) {
  TempDir d;
  const std::string story =
      "滨湖新区今年将新建十二座口袋公园，总面积约八万平方米，年底前全部向市民开放。"
      "新建公园将配套建设健身步道、儿童游乐设施和休憩座椅。";
  d.Write("in/jc-2022-06-27.txt",
          "江城日报\n2022年6月27日 星期一\n第100期 今日8版\n\n第01版：要闻\n\n滨湖新区建设口袋公园\n\n"
          "本报记者 张三\n\n" + story + "\n\n第05版：城建\n\n滨湖新区建设口袋公园\n\n本报记者 张三\n\n" +
          story + "\n\n");
  const std::string idx = " --index " + Quote((d.path() / "idx").string()) + " ";
  ASSERT_EQ(Paperdex("index -q" + idx + Quote((d.path() / "in").string())).status, 0);
  const Result text = Paperdex("search --color=never" + idx + "口袋公园");
  EXPECT_NE(text.out.find("also on page 5"), std::string::npos) << text.out;
  EXPECT_NE(text.out.find("results 1–1 of 1"), std::string::npos) << text.out;
  EXPECT_EQ(Paperdex("search --count" + idx + "口袋公园").out, "1\n");
  EXPECT_EQ(Paperdex("search --count --no-collapse" + idx + "口袋公园").out, "2\n");
  EXPECT_EQ(Lines(Paperdex("search -l" + idx + "口袋公园").out), 1u);
  EXPECT_EQ(Lines(Paperdex("search -l --no-collapse" + idx + "口袋公园").out), 2u);
  const auto j = nlohmann::json::parse(Paperdex("search --json" + idx + "口袋公园").out);
  EXPECT_EQ(j["estimated_total"], 1);
  ASSERT_EQ(j["hits"].size(), 2u);
  EXPECT_TRUE(j["hits"][0]["folded_into"].is_null());
  EXPECT_EQ(j["hits"][1]["folded_into"], j["hits"][0]["id"]);
  ASSERT_EQ(j["hits"][0]["also"].size(), 1u);
  EXPECT_EQ(j["hits"][0]["also"][0]["id"], j["hits"][1]["id"]);
  EXPECT_EQ(j["hits"][0]["also"][0]["page"], 5);
  const auto all = nlohmann::json::parse(Paperdex("search --json --no-collapse" + idx + "口袋公园").out);
  EXPECT_EQ(all["estimated_total"], 2);
  EXPECT_TRUE(all["hits"][1]["folded_into"].is_null());
}

TEST_F(CliSearchTest, AMinusWordOnItsOwnIsANotTermNotAnOption) {
  const Result all = Paperdex("search --count" + Idx() + "公园");
  const Result minus = Paperdex("search --count" + Idx() + "公园 -口袋");
  const Result quoted = Paperdex("search --count" + Idx() + Quote("公园 -口袋"));
  ASSERT_EQ(minus.status, 0) << minus.err;
  EXPECT_EQ(minus.out, quoted.out);
  EXPECT_LT(std::stoi(minus.out), std::stoi(all.out));
  // An option that is none is still an error.
  EXPECT_EQ(Paperdex("search --count" + Idx() + "公园 -x").status, 2);
}

TEST_F(CliSearchTest, ShowCitesAnArticleAsAReferenceListDoes) {
  const std::string id = "jcrb-20230308-01-01";
  const auto a = nlohmann::json::parse(Paperdex("show --json" + Idx() + id).out);
  const Result cite = Paperdex("show --cite" + Idx() + id);
  ASSERT_EQ(cite.status, 0) << cite.err;
  std::string names;
  for (const auto& b : a["bylines"]) {
    if (b.value("credit", "") != "photo") names += (names.empty() ? "" : "、") + b["name"].get<std::string>();
  }
  ASSERT_FALSE(names.empty());
  EXPECT_EQ(cite.out, names + "：《" + a["headline"].get<std::string>() + "》，" +
                          a["paper"].get<std::string>() + "，2023年3月8日，第1版。\n");
}

TEST_F(CliSearchTest, ShowFindsKnownIdsAndNamesUnknownOnes) {
  const Result known = Paperdex("show" + Idx() + "jcrb-20230308-01-01");
  EXPECT_EQ(known.status, 0);
  EXPECT_NE(known.out.find("代表委员热议政府工作报告"), std::string::npos);
  const Result json = Paperdex("show --json" + Idx() + "jcrb-20230308-01-01");
  EXPECT_EQ(nlohmann::json::parse(json.out)["id"], "jcrb-20230308-01-01");
  const Result unknown = Paperdex("show" + Idx() + "jcrb-20230308-01-01 nope-00000000-00-00");
  EXPECT_EQ(unknown.status, 1);
  EXPECT_NE(unknown.err.find("no article with id nope-00000000-00-00"), std::string::npos);
}

TEST_F(CliSearchTest, ExportWritesAByteOrderMarkBeforeCsvOnlyWhenAsked) {
  const Result plain = Paperdex("export --format csv" + Idx());
  const Result bom = Paperdex("export --format csv --bom" + Idx());
  ASSERT_EQ(bom.status, 0) << bom.err;
  EXPECT_EQ(plain.out.rfind("id,", 0), 0u);
  EXPECT_EQ(bom.out, "\xEF\xBB\xBF" + plain.out);
}

TEST_F(CliSearchTest, ExportPrintsEveryArticleAsAJsonLine) {
  const Result all = Paperdex("export --jsonl" + Idx());
  ASSERT_EQ(all.status, 0);
  EXPECT_EQ(Lines(all.out), 193u);
  size_t start = 0;
  std::set<std::string> ids;
  while (start < all.out.size()) {
    const size_t end = all.out.find('\n', start);
    const auto a = nlohmann::json::parse(all.out.substr(start, end - start));
    for (const char* key : {"id", "kind", "page", "section", "kicker", "headline", "subheadline",
                            "bylines", "dateline", "body", "captions", "continued_from_page",
                            "continued_on_page", "paper", "date", "issue_no", "source"}) {
      EXPECT_TRUE(a.contains(key)) << key;
    }
    ids.insert(a["id"].get<std::string>());
    start = end + 1;
  }
  EXPECT_EQ(ids.size(), 193u) << "ids are unique";
  const Result some = Paperdex("export" + Idx() + "kind:commentary");
  EXPECT_GT(Lines(some.out), 5u);
  EXPECT_LT(Lines(some.out), 40u);
}

TEST_F(CliSearchTest, TheIndexDefaultsToPaperdexIndex) {
  const std::string cmd = "PAPERDEX_INDEX=" + Quote(index_) + " " + Quote(PAPERDEX_BINARY) +
                          " search --json 口袋公园 > /dev/null";
  EXPECT_EQ(std::system(cmd.c_str()), 0);
  const Result stats = Paperdex("stats --json" + Idx());
  const auto j = nlohmann::json::parse(stats.out);
  EXPECT_EQ(j["articles"], 193);
  EXPECT_EQ(j["issues"], 22);
  EXPECT_EQ(j["first_date"], "2023-03-08");
}

TEST_F(CliSearchTest, AMissingIndexIsAnError) {
  const Result r = Paperdex("search --index /nonexistent/index 口袋公园");
  EXPECT_EQ(r.status, 2);
  EXPECT_NE(r.err.find("/nonexistent/index: no index here"), std::string::npos) << r.err;
}

}  // namespace
}  // namespace paperdex

namespace paperdex {
namespace {

std::vector<nlohmann::json> JsonLines(const std::string& out) {
  std::vector<nlohmann::json> v;
  size_t start = 0;
  while (start < out.size()) {
    const size_t end = out.find('\n', start);
    v.push_back(nlohmann::json::parse(out.substr(start, end - start)));
    start = end + 1;
  }
  return v;
}

class CliReadTest : public CliSearchTest {};

TEST_F(CliReadTest, ExportedLinesEqualShowJsonOfTheirIds) {
  const auto lines = JsonLines(Paperdex("export" + Idx() + "date:2023-03").out);
  ASSERT_GT(lines.size(), 10u);
  for (const auto& a : lines) {
    const Result show = Paperdex("show --json" + Idx() + Quote(a["id"].get<std::string>()));
    ASSERT_EQ(show.status, 0);
    EXPECT_EQ(nlohmann::json::parse(show.out), a) << a["id"];
  }
}

TEST_F(CliReadTest, CountAndFacetsAgreeWithExport) {
  for (const std::string q : {"记者", "kind:news", "\"口袋公园\"", "date:2024"}) {
    const auto lines = JsonLines(Paperdex("export" + Idx() + Quote(q)).out);
    const Result count = Paperdex("search --count" + Idx() + Quote(q));
    EXPECT_EQ(count.out, std::to_string(lines.size()) + "\n") << q;
    std::map<std::string, size_t> papers, months;
    for (const auto& a : lines) {
      ++papers[a["paper"].get<std::string>()];
      ++months[a["date"].get<std::string>().substr(0, 7)];
    }
    for (const auto& [facet, want] :
         {std::pair{std::string("paper"), papers}, std::pair{std::string("date:month"), months}}) {
      const auto j =
          nlohmann::json::parse(Paperdex("search --json --facet " + facet + Idx() + Quote(q)).out);
      std::map<std::string, size_t> got;
      for (const auto& row : j["counts"])
        got[row["value"].get<std::string>()] = row["count"].get<size_t>();
      EXPECT_EQ(got, want) << q << " by " << facet;
    }
  }
  const Result chart = Paperdex("search --facet date:month --color=never" + Idx() + "记者");
  EXPECT_NE(chart.out.find("2024-03"), std::string::npos);
  EXPECT_NE(chart.out.find("█"), std::string::npos);
}

TEST_F(CliReadTest, AFacetsLimitKeepsItsFirstRows) {
  const auto all = nlohmann::json::parse(Paperdex("search --json --facet paper" + Idx() + "记者").out);
  ASSERT_GT(all["counts"].size(), 2u);
  const auto two =
      nlohmann::json::parse(Paperdex("search --json --facet paper --limit 2" + Idx() + "记者").out);
  ASSERT_EQ(two["counts"].size(), 2u);
  EXPECT_EQ(two["counts"][0], all["counts"][0]);
  EXPECT_EQ(two["counts"][1], all["counts"][1]);
  EXPECT_EQ(Lines(Paperdex("search --facet paper --limit 2 --color=never" + Idx() + "记者").out), 2u);
}

TEST_F(CliReadTest, CsvExportIsRfc4180WithAHeader) {
  const Result r = Paperdex("export --format csv" + Idx() + "kind:notice");
  ASSERT_EQ(r.status, 0);
  EXPECT_EQ(r.out.rfind("id,paper,date,", 0), 0u);
  EXPECT_NE(r.out.find("\r\n"), std::string::npos);
  // Bodies hold line feeds and commas: such fields are quoted.
  EXPECT_NE(r.out.find(",\""), std::string::npos);
}

TEST_F(CliReadTest, ColoursOnlyWhenAskedOrOnATerminal) {
  const std::string q = Idx() + "口袋公园";
  EXPECT_NE(Paperdex("search --color=always" + q).out.find("\033["), std::string::npos);
  EXPECT_EQ(Paperdex("search --color=never" + q).out.find("\033["), std::string::npos);
  EXPECT_EQ(Paperdex("search" + q).out.find("\033["), std::string::npos) << "not a terminal";
  EXPECT_EQ(Paperdex("search --json --color=always" + q).out.find("\033["), std::string::npos);
  if (std::system("command -v script > /dev/null 2>&1") != 0)
    GTEST_SKIP() << "no script(1) for a terminal";
  auto on_terminal = [&](const std::string& env) {
    TempDir d;
    const std::string out = (d.path() / "out").string();
    const std::string cmd = "env " + env + " script -qec " +
                            Quote(Quote(PAPERDEX_BINARY) + " search" + q) + " /dev/null > " +
                            Quote(out) + " 2>&1";
    std::system(cmd.c_str());
    return testing::ReadFile(out);
  };
  EXPECT_NE(on_terminal("-u NO_COLOR TERM=xterm").find("\033["), std::string::npos);
  EXPECT_EQ(on_terminal("TERM=xterm NO_COLOR=1").find("\033["), std::string::npos);
  EXPECT_EQ(on_terminal("-u NO_COLOR TERM=dumb").find("\033["), std::string::npos);
}

TEST_F(CliReadTest, CtrlCStopsIndexingCleanly) {
  TempDir d;
  for (int i = 0; i < 400; ++i) {
    std::string text = "江城日报\n2022年1月1日\n\n";
    for (int k = 0; k < 20; ++k)
      text += "第" + std::to_string(k) + "条新闻\n本报记者 张三\n" + std::string(30, 'x') +
              "全市各部门按照统一部署持续推进各项工作，取得了明显成效。\n";
    d.Write("a/" + std::to_string(i) + ".txt", text);
  }
  const std::string out = (d.path() / "out").string(), err = (d.path() / "err").string();
  const std::string cmd =
      Quote(PAPERDEX_BINARY) + " index --commit-every 50 --index " +
      Quote((d.path() / "idx").string()) + " " + Quote((d.path() / "a").string()) + " > " +
      Quote(out) + " 2> " + Quote(err) +
      " & pid=$!; sleep 0.3; kill -INT $pid; wait $pid; echo $? >> " + Quote(out);
  std::system(("bash -c " + Quote(cmd)).c_str());
  const std::string status = testing::ReadFile(out), message = testing::ReadFile(err);
  if (status == "0\n") GTEST_SKIP() << "indexing finished before the interrupt";
  EXPECT_EQ(status, "130\n") << message;
  EXPECT_NE(message.find("interrupted:"), std::string::npos) << message;
  const Result stats = Paperdex("stats --json --index " + Quote((d.path() / "idx").string()));
  EXPECT_EQ(stats.status, 0);
  EXPECT_GT(nlohmann::json::parse(stats.out)["articles"].get<int>(), 0);
}

}  // namespace
}  // namespace paperdex

namespace paperdex {
namespace {

// An archive too big for one machine: shards searched together through Xapian's remote backend, a
// stub file naming a local shard and a shard served by xapian-tcpsrv.
TEST(CliShardTest, SearchesLocalAndRemoteShardsAsOne) {
  if (std::system("command -v xapian-tcpsrv > /dev/null 2>&1") != 0)
    GTEST_SKIP() << "no xapian-tcpsrv";
  TempDir d;
  const std::string a = (d.path() / "a").string(), b = (d.path() / "b").string();
  ASSERT_EQ(Paperdex("index -q --index " + Quote(a) + " " +
                     Sample("jiangcheng-daily-2023-03-08.txt") + " " + Sample("t-1.txt"))
                .status,
            0);
  ASSERT_EQ(
      Paperdex("index -q --index " + Quote(b) + " " + Sample("t-2.txt") + " " + Sample("t-3.txt"))
          .status,
      0);
  auto db_of = [](const std::string& dir) {
    std::string stub = testing::ReadFile(dir + "/XAPIANDB");
    return dir + "/" + stub.substr(5, stub.find('\n') - 5);
  };
  // A port nobody listens on: the kernel's choice for a socket bound to port 0.
  int port = 20000 + static_cast<int>(getpid() % 20000);
  if (const int fd = socket(AF_INET, SOCK_STREAM, 0); fd >= 0) {
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t len = sizeof addr;
    if (bind(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr) == 0 &&
        getsockname(fd, reinterpret_cast<sockaddr*>(&addr), &len) == 0) {
      port = ntohs(addr.sin_port);
    }
    close(fd);
  }
  const std::string pidfile = (d.path() / "server.pid").string();
  // In a session of its own: on SIGTERM the server signals its whole process group.
  const std::string server = "setsid xapian-tcpsrv --interface 127.0.0.1 --port " +
                             std::to_string(port) + " " + Quote(db_of(b)) +
                             " > /dev/null 2>&1 & echo $! > " + Quote(pidfile);
  ASSERT_EQ(std::system(server.c_str()), 0);
  struct Stop {
    std::string pidfile;
    ~Stop() {
      const std::string pid = testing::ReadFile(pidfile);
      if (!pid.empty()) kill(static_cast<pid_t>(std::stol(pid)), SIGTERM);
    }
  } stop{pidfile};
  const std::string stub = d.Write(
      "shards.stub", "auto " + db_of(a) + "\nremote 127.0.0.1:" + std::to_string(port) + "\n");
  const size_t in_a = std::stoul(Paperdex("search --count --index " + Quote(a) + " 记者").out);
  const size_t in_b = std::stoul(Paperdex("search --count --index " + Quote(b) + " 记者").out);
  Result both;
  for (int tries = 0; tries < 50; ++tries) {  // the server takes a moment to listen
    both = Paperdex("search --count --index " + Quote(stub) + " 记者");
    if (both.status == 0) break;
    usleep(100 * 1000);
  }
  ASSERT_EQ(both.status, 0) << both.err;
  EXPECT_EQ(std::stoul(both.out), in_a + in_b);
  const auto stats = nlohmann::json::parse(Paperdex("stats --json --index " + Quote(stub)).out);
  EXPECT_EQ(stats["issues"], 4);
  EXPECT_EQ(stats["articles"].get<size_t>(), 19u + 15u);
}

}  // namespace
}  // namespace paperdex

namespace paperdex {
namespace {

// An issue file in the layout the parser knows: masthead, page marker, headline, byline, body.
std::string IssueOf(const std::string& paper, const std::string& date,
                    const std::string& headline) {
  return paper + "\n" + date + " 星期一\n第100期 今日4版\n\n第01版：要闻\n\n" + headline +
         "\n\n本报记者 张三\n\n" + headline + "，滨湖公园游人如织。\n";
}

TEST(CliIndexTest, AFileThatStillFailsIsNamedOnceAndLeavesTheStatusZero) {
  TempDir d;
  d.Write("a/jc-2024-03-01.txt", IssueOf("江城日报", "2024年3月1日", "春季植树"));
  const std::string empty = d.Write("a/empty.txt", "");
  const std::string index = "index --quiet --index " + Quote((d.path() / "idx").string()) + " " +
                            Quote((d.path() / "a").string());
  const Result first = Paperdex(index);
  EXPECT_EQ(first.status, 2);
  EXPECT_NE(first.err.find(empty + ": empty file"), std::string::npos) << first.err;
  EXPECT_EQ(first.err.find("still failing"), std::string::npos) << first.err;

  const Result second = Paperdex(index);
  EXPECT_EQ(second.status, 0) << second.err;
  EXPECT_EQ(Lines(second.err), 1u) << second.err;
  EXPECT_EQ(second.err.find(empty), std::string::npos) << second.err;
  EXPECT_NE(second.err.find("0 errors; 1 still failing (see paperdex stats)"), std::string::npos)
      << second.err;

  // Something newly wrong beside it is an error again, and only it is named.
  std::string binary;
  for (int i = 0; i < 4096; ++i) binary.push_back(static_cast<char>((i * 7919) % 256));
  const std::string bad = d.Write("a/binary.txt", binary);
  const Result third = Paperdex(index);
  EXPECT_EQ(third.status, 2);
  EXPECT_NE(third.err.find(bad + ": binary"), std::string::npos) << third.err;
  EXPECT_EQ(third.err.find(empty), std::string::npos) << third.err;
  EXPECT_NE(third.err.find("1 errors; 1 still failing"), std::string::npos) << third.err;

  const std::string idx = " --index " + Quote((d.path() / "idx").string());
  const Result stats = Paperdex("stats" + idx);
  EXPECT_EQ(stats.status, 0);
  EXPECT_NE(stats.out.find("failed files   2\n"), std::string::npos) << stats.out;
  EXPECT_NE(stats.out.find("  " + empty + " — empty file"), std::string::npos) << stats.out;
  const auto j = nlohmann::json::parse(Paperdex("stats --json" + idx).out);
  ASSERT_EQ(j["failed"].size(), 2u) << j.dump();
  EXPECT_EQ(j["failed"][0]["path"], bad);
  EXPECT_EQ(j["failed"][1]["path"], empty);
  EXPECT_NE(j["failed"][1]["reason"].get<std::string>().find("empty file"), std::string::npos);
  EXPECT_FALSE(j["failed"][1]["when"].get<std::string>().empty());
  EXPECT_EQ(j["missing_dates"], nlohmann::json::object());
}

TEST(CliIndexTest, StatsShowsTheDatesADailyIsMissingAsRanges) {
  TempDir d;
  // 江城日报 from 1 March to 31 May 2024 but for 3–5 March and every third day from 10 March;
  // 江城周刊 on Fridays, a week left out.
  const int month_days[] = {31, 30, 31};
  for (int n = 0; n < 92; ++n) {
    int month = 3, day = n + 1;
    while (day > month_days[month - 3]) day -= month_days[month++ - 3];
    const std::string date = "2024年" + std::to_string(month) + "月" + std::to_string(day) + "日";
    const bool missing = (n >= 2 && n <= 4) || (n >= 9 && (n - 9) % 3 == 0);
    if (!missing)
      d.Write("jc/" + std::to_string(n) + ".txt",
              IssueOf("江城日报", date, "第" + std::to_string(n) + "期"));
    if (n % 7 == 0 && n != 28)
      d.Write("zk/" + std::to_string(n) + ".txt",
              IssueOf("江城周刊", date, "周刊" + std::to_string(n)));
  }
  const std::string idx = " --index " + Quote((d.path() / "idx").string());
  ASSERT_EQ(Paperdex("index --quiet" + idx + " " + Quote(d.path().string())).status, 0);
  const Result stats = Paperdex("stats" + idx);
  EXPECT_NE(stats.out.find("missing dates\n  江城日报  31: 2024-03-03..2024-03-05, 2024-03-10, "
                           "2024-03-13, 2024-03-16"),
            std::string::npos)
      << stats.out;
  // Twenty runs, then a count of the dates left.
  EXPECT_NE(stats.out.find(", 2024-05-03, … and 9 more\n"), std::string::npos) << stats.out;
  EXPECT_EQ(stats.out.find("2024-05-06"), std::string::npos) << stats.out;
  EXPECT_EQ(stats.out.find("江城周刊  "), stats.out.rfind("江城周刊  ")) << "a weekly has none";
  const auto j = nlohmann::json::parse(Paperdex("stats --json" + idx).out);
  ASSERT_EQ(j["missing_dates"].size(), 1u) << j["missing_dates"].dump();
  const auto& dates = j["missing_dates"]["江城日报"];
  ASSERT_EQ(dates.size(), 31u);
  EXPECT_EQ(dates[0], "2024-03-03");
  EXPECT_EQ(dates[3], "2024-03-10");
  EXPECT_EQ(dates[30], "2024-05-30");
}

// A second `index` waits for the lock with --wait: until Ctrl-C, until --wait=SECONDS, or until the
// holder lets go. flock(1) holds the lock as another paperdex process would.
TEST(CliIndexTest, WaitWaitsForTheIndexLock) {
  if (std::system("command -v flock > /dev/null 2>&1") != 0) GTEST_SKIP() << "no flock(1)";
  TempDir d;
  d.Write("a/jc-2024-03-01.txt", IssueOf("江城日报", "2024年3月1日", "春季植树"));
  std::filesystem::create_directories(d.path() / "idx");
  const std::string script =
      "P=" + Quote(PAPERDEX_BINARY) + "; I=" + Quote((d.path() / "idx").string()) +
      "; A=" + Quote((d.path() / "a").string()) + "; D=" + Quote(d.path().string()) + R"(
trap 'touch "$D/release"' EXIT
flock "$I/paperdex.lock" -c "touch '$D/held'; while [ ! -e '$D/release' ]; do sleep 0.05; done" &
holder=$!
until_said() { for i in $(seq 400); do grep -q waiting "$1" && return; sleep 0.05; done; }
for i in $(seq 400); do [ -e "$D/held" ] && break; sleep 0.05; done
"$P" index --quiet --index "$I" "$A" 2> "$D/e0"; echo $? > "$D/s0"
"$P" index --quiet --wait --index "$I" "$A" 2> "$D/e1" & p=$!
until_said "$D/e1"; kill -INT $p; wait $p; echo $? > "$D/s1"
"$P" index --quiet --wait=1 --index "$I" "$A" 2> "$D/e2"; echo $? > "$D/s2"
"$P" index --quiet --wait --index "$I" "$A" 2> "$D/e3" & p=$!
until_said "$D/e3"; touch "$D/release"; wait $p; echo $? > "$D/s3"
wait $holder
)";
  std::system(("bash -c " + Quote(script)).c_str());
  auto read = [&](const std::string& name) {
    return testing::ReadFile((d.path() / name).string());
  };
  const std::string waiting =
      "paperdex: waiting for the index lock held by another paperdex process…\n";
  // Without --wait: turned away at once.
  EXPECT_EQ(read("s0"), "2\n");
  EXPECT_NE(read("e0").find("in use by another paperdex process"), std::string::npos) << read("e0");
  EXPECT_EQ(read("e0").find("waiting"), std::string::npos) << read("e0");
  // Ctrl-C while waiting: interrupted, nothing done.
  EXPECT_EQ(read("s1"), "130\n");
  EXPECT_EQ(read("e1").rfind(waiting, 0), 0u) << read("e1");
  EXPECT_NE(read("e1").find("interrupted: 0 new"), std::string::npos) << read("e1");
  // --wait=1: gives up after a second.
  EXPECT_EQ(read("s2"), "2\n");
  EXPECT_EQ(read("e2").rfind(waiting, 0), 0u) << read("e2");
  EXPECT_NE(read("e2").find("still in use by another paperdex process after waiting 1 s"),
            std::string::npos)
      << read("e2");
  // --wait: said once, and the run goes ahead when the lock is let go.
  EXPECT_EQ(read("s3"), "0\n") << read("e3");
  EXPECT_EQ(read("e3").rfind(waiting, 0), 0u) << read("e3");
  EXPECT_EQ(read("e3").find(waiting, 1), std::string::npos) << read("e3");
  EXPECT_NE(read("e3").find("1 new, 0 changed"), std::string::npos) << read("e3");
  const auto stats = nlohmann::json::parse(
      Paperdex("stats --json --index " + Quote((d.path() / "idx").string())).out);
  EXPECT_EQ(stats["articles"], 1);
}

}  // namespace
}  // namespace paperdex
