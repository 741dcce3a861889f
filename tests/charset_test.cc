#include "paperdex/charset.h"

#include <gtest/gtest.h>

#include "paperdex/error.h"
#include "test_util.h"

namespace paperdex {
namespace {

using testing::Encode;

const std::string kSimplified =
    "株洲日报全媒体记者报道，全市各部门按照统一部署持续推进各项工作，取得了明显成效，群众满意度不断"
    "提升。"
    "企业发展、项目建设和民生保障等方面都有新的进展，经济社会发展的基础更加牢固。\n";
const std::string kTraditional =
    "本報記者報道，立法會昨日三讀通過條例草案，政府將於七月一日起實施新措施，市民普遍表示歡迎。"
    "議員認為，有關措施有助於改善長者醫療服務，減輕基層家庭的經濟負擔。\n";

TEST(CharsetTest, ReadsUtf8WithAndWithoutBom) {
  EXPECT_EQ(DecodeText(kSimplified, "", "f").encoding, "utf-8");
  const DecodedText bom = DecodeText("\xEF\xBB\xBF" + kSimplified, "", "f");
  EXPECT_EQ(bom.encoding, "utf-8");
  EXPECT_EQ(bom.text, kSimplified);
}

TEST(CharsetTest, TellsGbkFromBig5AndUtf8) {
  struct Row {
    const std::string* text;
    const char* charset;
    const char* want;
  };
  for (const Row& r : {Row{&kSimplified, "GB18030", "gb18030"}, Row{&kSimplified, "GBK", "gb18030"},
                       Row{&kTraditional, "Big5", "big5"}, Row{&kTraditional, "GB18030", "gb18030"},
                       Row{&kTraditional, "Big5-HKSCS", "big5"}}) {
    const DecodedText d = DecodeText(Encode(*r.text, r.charset), "", "f");
    EXPECT_EQ(d.encoding, r.want) << r.charset;
    EXPECT_EQ(d.text, *r.text) << r.charset;
    EXPECT_EQ(d.invalid_count, 0u) << r.charset;
  }
}

TEST(CharsetTest, ReadsUtf16WithAndWithoutBom) {
  EXPECT_EQ(DecodeText("\xFF\xFE" + Encode(kSimplified, "UTF-16LE"), "", "f").text, kSimplified);
  EXPECT_EQ(DecodeText("\xFE\xFF" + Encode(kSimplified, "UTF-16BE"), "", "f").text, kSimplified);
  const std::string ascii_heavy = "2022-06-27 CN 43-0005 paperdex test line\n" + kSimplified;
  const DecodedText le = DecodeText(Encode(ascii_heavy, "UTF-16LE"), "", "f");
  EXPECT_EQ(le.encoding, "utf-16");
  EXPECT_EQ(le.text, ascii_heavy);
}

TEST(CharsetTest, CountsAndLocatesInvalidBytes) {
  const std::string bad = kSimplified + "\xFF" + kSimplified;
  const DecodedText d = DecodeText(bad, "", "f");
  EXPECT_EQ(d.encoding, "utf-8");
  EXPECT_EQ(d.invalid_count, 1u);
  EXPECT_EQ(d.first_invalid, kSimplified.size());
  EXPECT_NE(d.text.find("\xEF\xBF\xBD"), std::string::npos);  // U+FFFD
}

TEST(CharsetTest, RejectsBinaryData) {
  std::string binary;
  for (int i = 0; i < 2048; ++i) binary.push_back(static_cast<char>((i * 131) % 256));
  try {
    DecodeText(binary, "", "data.bin");
    FAIL() << "binary data decoded";
  } catch (const Error& e) {
    EXPECT_EQ(e.path(), "data.bin");
    EXPECT_NE(e.reason().find("binary"), std::string::npos) << e.reason();
  }
}

TEST(CharsetTest, RejectsTextThatDoesNotDecodeInTheForcedEncoding) {
  EXPECT_THROW(DecodeText(Encode(kSimplified, "GB18030"), "utf-8", "f"), Error);
  EXPECT_THROW(DecodeText(kSimplified, "no-such-encoding", "f"), Error);
  EXPECT_EQ(DecodeText(Encode(kTraditional, "Big5"), "big5", "f").text, kTraditional);
}

TEST(CharsetTest, ScoresCommonChineseHigherThanMojibake) {
  EXPECT_GT(CommonHanShare(kSimplified), 0.5);
  EXPECT_GT(CommonHanShare(kTraditional), 0.4);
  // GBK bytes read as Big5 give rare characters.
  EXPECT_LT(CommonHanShare("鍙傚姞浼氳鐨勮繕鏈夊競濮斿壇涔﹁"), 0.2);
}

}  // namespace
}  // namespace paperdex
