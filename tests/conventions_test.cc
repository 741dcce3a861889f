#include "conventions.h"

#include <gtest/gtest.h>

#include <set>
#include <string>

#include "paperdex/text.h"

namespace paperdex::conventions {
namespace {

TEST(ConventionsTest, NoTableHasDuplicateRows) {
  ASSERT_GE(kAllTables.size(), 40u);
  for (const Table& t : kAllTables) {
    std::set<std::u32string_view> seen;
    for (std::u32string_view row : t.rows) {
      EXPECT_TRUE(seen.insert(row).second) << t.name << ": " << ToUtf8(row) << " twice";
    }
  }
}

TEST(ConventionsTest, EveryTableHasNamedNonEmptyTrimmedRows) {
  std::set<std::string_view> names;
  for (const Table& t : kAllTables) {
    EXPECT_TRUE(names.insert(t.name).second) << t.name << " listed twice";
    EXPECT_FALSE(t.rows.empty()) << t.name;
    for (std::u32string_view row : t.rows) {
      EXPECT_FALSE(row.empty()) << t.name;
      EXPECT_EQ(Trim(row), row) << t.name << ": " << ToUtf8(row);
    }
  }
  EXPECT_TRUE(names.count("kBylineRoles"));
  EXPECT_TRUE(names.count("kNoticeSignatureEndings"));
}

TEST(ConventionsTest, NoMarkSetHasACharacterTwice) {
  for (std::u32string_view set : {kSubheadMarks, kColumnMarks, kSurnames}) {
    std::set<char32_t> seen;
    for (char32_t c : set) EXPECT_TRUE(seen.insert(c).second) << ToUtf8(std::u32string(1, c));
  }
}

}  // namespace
}  // namespace paperdex::conventions
