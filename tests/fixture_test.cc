// Parses every sample issue in data/issues that has a gold annotation beside it and compares the
// result with the gold, field by field, at the bar the project holds itself to.
#include <gtest/gtest.h>

#include <filesystem>
#include <map>
#include <set>

#include "paperdex/issue_json.h"
#include "paperdex/issue_parser.h"
#include "paperdex/text.h"
#include "test_util.h"

namespace paperdex {
namespace {

// What two renderings of the same text share: width-folded, no white space, no leading dashes.
std::string Norm(const Json& v) {
  if (!v.is_string()) return "";
  std::u32string t = StripSpaces(FoldWidth(ToU32(v.get<std::string>())));
  size_t b = 0;
  while (b < t.size() && (t[b] == U'—' || t[b] == '-')) ++b;
  return ToUtf8(t.substr(b));
}

std::string Text(const Json& a) {
  std::string t = Norm(a["body"]);
  for (const Json& c : a["captions"]) t += Norm(c);
  return t;
}

std::set<std::string> Names(const Json& a) {
  std::set<std::string> out;
  for (const Json& b : a["bylines"]) out.insert(Norm(b["name"]));
  return out;
}

std::vector<std::string> GoldFiles() {
  std::vector<std::string> out;
  const auto dir = std::filesystem::path(testing::SourceDir()) / "data" / "issues";
  for (const auto& e : std::filesystem::directory_iterator(dir)) {
    const std::string p = e.path().string();
    if (p.size() > 10 && p.substr(p.size() - 10) == ".gold.json") out.push_back(p);
  }
  std::sort(out.begin(), out.end());
  return out;
}

class FixtureTest : public ::testing::TestWithParam<std::string> {};

TEST_P(FixtureTest, MatchesTheGoldAnnotation) {
  const std::string gold_path = GetParam();
  const std::string txt = gold_path.substr(0, gold_path.size() - 10) + ".txt";
  const Json gold = Json::parse(testing::ReadFile(gold_path));
  const Json got = IssueToJson(IssueParser().ParseFile(txt));

  EXPECT_EQ(got["paper"], gold["paper"]);
  EXPECT_EQ(got["date"], gold["date"]);
  EXPECT_EQ(got["issue_no"], gold["issue_no"]);
  EXPECT_EQ(got["encoding"], gold["encoding"]);

  // Pair articles by their text; teasers (no text) by headline.
  std::map<std::string, const Json*> by_text, by_headline;
  for (const Json& a : got["articles"]) {
    by_text[Text(a)] = &a;
    // A teaser shares its headline with the full article: the teaser (no text) wins the name.
    if (!by_headline.count(Norm(a["headline"])) || Text(a).empty())
      by_headline[Norm(a["headline"])] = &a;
  }
  const size_t n = gold["articles"].size();
  size_t found = 0;
  std::map<std::string, size_t> right;
  for (const Json& g : gold["articles"]) {
    const Json* p = nullptr;
    if (!Text(g).empty() && by_text.count(Text(g))) p = by_text[Text(g)];
    if (!p && by_headline.count(Norm(g["headline"]))) p = by_headline[Norm(g["headline"])];
    if (!p) {
      ADD_FAILURE() << "not found: " << g["headline"];
      continue;
    }
    ++found;
    for (const char* field : {"headline", "kicker", "subheadline", "section"}) {
      right[field] += Norm(g[field]) == Norm((*p)[field]);
    }
    right["kind"] += g["kind"] == (*p)["kind"];
    right["bylines"] += Names(g) == Names(*p);
    right["body"] += Text(g) == Text(*p);
  }
  // The bar for unseen issues: nearly every article found, every field right in 9 articles of 10.
  EXPECT_GE(found, n * 95 / 100);
  EXPECT_LE(got["articles"].size(), n + n / 20) << "spurious articles";
  for (const auto& [field, count] : right) {
    EXPECT_GE(count * 10, n * 9) << field << ": " << count << " of " << n << " right";
  }

  // No junk line reaches a body.
  std::set<std::string> noise;
  for (const Json& line : gold["noise"]) noise.insert(Norm(line));
  for (const Json& a : got["articles"]) {
    std::string body = a["body"];
    size_t start = 0;
    while (start <= body.size()) {
      size_t end = body.find('\n', start);
      if (end == std::string::npos) end = body.size();
      const std::string para = Norm(body.substr(start, end - start));
      EXPECT_FALSE(!para.empty() && noise.count(para)) << "noise in body: " << para;
      start = end + 1;
    }
  }
}

INSTANTIATE_TEST_SUITE_P(SampleIssues, FixtureTest, ::testing::ValuesIn(GoldFiles()),
                         [](const ::testing::TestParamInfo<std::string>& param) {
                           std::string name =
                               std::filesystem::path(param.param).filename().string();
                           name = name.substr(0, name.size() - 10);
                           for (char& c : name) {
                             if (!std::isalnum(static_cast<unsigned char>(c))) c = '_';
                           }
                           return name;
                         });

}  // namespace
}  // namespace paperdex
