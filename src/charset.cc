#include "paperdex/charset.h"

#include <unicode/ucnv.h>
#include <unicode/ucnv_cb.h>
#include <unicode/ucsdet.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <array>
#include <memory>
#include <unordered_set>
#include <vector>

#include "paperdex/error.h"
#include "paperdex/text.h"

namespace paperdex {
namespace {

// The most frequent characters of Chinese news text, in simplified and traditional forms.
constexpr std::u32string_view kCommonHan =
    U"的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过"
    U"子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体"
    U"制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内"
    U"数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提"
    U"直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计"
    U"别她手角期根论运农指几九区强放决西被干做必战先回则任取据处队南给色光门即保治北造百规热领七海"
    U"口东导器压志世金增争济阶油思术极交受联什认六共权收证改清己美再采转更单风切打白教速花带安场身"
    U"车例真务具万每目至达走积示议声报斗完类八离华名确才科张信马节话米整空元况今集温传土许步群广石"
    U"记需段研界拉林律叫且究观越织装影算低持音众书布复容儿须际商非验连断深难近矿千周委素技备半办青"
    U"省列习响约支般史感劳便团往酸历市克何除消构府称太准精值号率族维划选标写存候毛亲快效斯院查江型"
    U"眼王按格养易置派层片始却专状育厂京识适属圆包火住调满县局照参红细引听该铁价严龙飞企服策推项城"
    U"疫防控校医旅游乡村振兴這爲個國時來們於對會發動過說產種後學經進電裏現實兩體機當點從業應開還義"
    U"間樣與關線內數麼質氣變條沒結問無軍並題黨員總設長頭資邊級圖統較將組見計別論運農幾區強決幹戰則"
    U"據處隊給門規熱領東導壓爭濟階術極聯認權證採轉單風帶場車務萬達積議聲報鬥類離華確張馬節話況溫傳"
    U"許羣廣記觀織裝衆書覆兒須際驗連斷難礦備辦習響約勞團歷構稱準號維劃選標寫親養層卻專狀廠識適屬圓"
    U"調滿縣參紅細聽該鐵價嚴龍飛項醫遊鄉興";

// How much of a file the detector reads.
constexpr size_t kSampleBytes = 256 * 1024;
// Past this share of undecodable bytes a file is not taken for text in that encoding.
constexpr double kMaxInvalidShare = 0.002;

struct ErrorCount {
  size_t count = 0;
  size_t first = 0;
  const char* begin = nullptr;
};

// Counts each undecodable sequence and substitutes U+FFFD for it.
void CountingCallback(const void* context, UConverterToUnicodeArgs* args, const char* code_units,
                      int32_t length, UConverterCallbackReason reason, UErrorCode* err) {
  if (reason > UCNV_IRREGULAR) return;  // reset, close, clone
  auto* counter = static_cast<ErrorCount*>(const_cast<void*>(context));
  if (counter->count++ == 0) {
    counter->first =
        static_cast<size_t>(args->source - counter->begin) - static_cast<size_t>(length);
  }
  UCNV_TO_U_CALLBACK_SUBSTITUTE(nullptr, args, code_units, length, reason, err);
}

struct ConverterCloser {
  void operator()(UConverter* c) const { ucnv_close(c); }
};

// Decodes with ICU; returns false when ICU has no such converter.
bool IcuDecode(std::string_view bytes, const char* name, std::string& out, ErrorCount& errors) {
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<UConverter, ConverterCloser> conv(ucnv_open(name, &status));
  if (U_FAILURE(status)) return false;
  errors = ErrorCount{0, 0, bytes.data()};
  ucnv_setToUCallBack(conv.get(), CountingCallback, &errors, nullptr, nullptr, &status);
  std::u16string buf(bytes.size() + 16, u'\0');
  const char* src = bytes.data();
  const char* src_end = bytes.data() + bytes.size();
  UChar* dst = buf.data();
  UChar* dst_end = buf.data() + buf.size();
  ucnv_toUnicode(conv.get(), &dst, dst_end, &src, src_end, nullptr, true, &status);
  if (U_FAILURE(status)) return false;
  buf.resize(static_cast<size_t>(dst - buf.data()));
  out.clear();
  icu::UnicodeString(false, buf.data(), static_cast<int32_t>(buf.size())).toUTF8String(out);
  return true;
}

size_t CountInvalidUtf8(std::string_view bytes, size_t& first) {
  size_t count = 0;
  size_t pos = 0;
  while (pos < bytes.size()) {
    const size_t bad = FindInvalidUtf8(bytes.substr(pos));
    if (bad == std::string_view::npos) break;
    if (count++ == 0) first = pos + bad;
    pos += bad + 1;
    while (pos < bytes.size() && (static_cast<unsigned char>(bytes[pos]) & 0xC0) == 0x80) ++pos;
  }
  return count;
}

// Where the sample would cut a multi-byte character, back off to an ASCII byte.
std::string_view Sample(std::string_view bytes) {
  if (bytes.size() <= kSampleBytes) return bytes;
  size_t end = kSampleBytes;
  while (end > kSampleBytes - 64 && static_cast<unsigned char>(bytes[end]) >= 0x80) --end;
  return bytes.substr(0, end);
}

// ICU's detector's confidence (0..100) for each family, read off its list of matches.
struct DetectorVotes {
  int utf8 = 0, gb = 0, big5 = 0;
};

DetectorVotes AskIcuDetector(std::string_view sample) {
  DetectorVotes votes;
  UErrorCode status = U_ZERO_ERROR;
  UCharsetDetector* det = ucsdet_open(&status);
  if (U_FAILURE(status)) return votes;
  ucsdet_setText(det, sample.data(), static_cast<int32_t>(sample.size()), &status);
  int32_t found = 0;
  const UCharsetMatch** matches = ucsdet_detectAll(det, &found, &status);
  for (int32_t i = 0; U_SUCCESS(status) && i < found; ++i) {
    const std::string name = ucsdet_getName(matches[i], &status);
    const int conf = ucsdet_getConfidence(matches[i], &status);
    if (name == "UTF-8") votes.utf8 = std::max(votes.utf8, conf);
    if (name == "GB18030") votes.gb = std::max(votes.gb, conf);
    if (name == "Big5") votes.big5 = std::max(votes.big5, conf);
  }
  ucsdet_close(det);
  return votes;
}

bool LooksBinary(std::string_view utf8) {
  size_t controls = 0;
  for (unsigned char c : utf8) {
    if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' && c != 0x1B) ++controls;
  }
  return controls > 0 && controls * 100 > utf8.size();
}

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

// The name reported for a forced encoding: its family where it has one.
std::string FamilyName(std::string_view forced) {
  const std::string f = Lower(forced);
  if (f == "utf8" || f == "utf-8") return "utf-8";
  if (f.rfind("utf-16", 0) == 0 || f.rfind("utf16", 0) == 0) return "utf-16";
  if (f == "gbk" || f == "gb2312" || f == "gb18030" || f == "cp936" || f == "euc-cn")
    return "gb18030";
  if (f.find("big5") != std::string::npos || f == "cp950" || f == "windows-950") return "big5";
  return f;
}

// What ICU converter reads a family best: GB18030 is a superset of GBK and GB2312, HKSCS of Big5.
const char* ConverterFor(const std::string& family) {
  if (family == "gb18030") return "GB18030";
  if (family == "big5") return "Big5-HKSCS";
  return nullptr;
}

DecodedText Finish(std::string text, std::string encoding, const ErrorCount& errors,
                   size_t byte_count, const std::string& path) {
  if (errors.count > 0 &&
      static_cast<double>(errors.count) > kMaxInvalidShare * static_cast<double>(byte_count) + 8) {
    throw Error(path, std::to_string(errors.count) + " bytes do not decode as " + encoding +
                          " (first at byte offset " + std::to_string(errors.first) +
                          "); not text, or give --encoding");
  }
  if (LooksBinary(text)) throw Error(path, "binary data, not issue text");
  DecodedText out;
  out.text = std::move(text);
  out.encoding = std::move(encoding);
  out.invalid_count = errors.count;
  out.first_invalid = errors.first;
  return out;
}

DecodedText DecodeUtf16(std::string_view bytes, bool little, size_t skip, const std::string& path) {
  std::string text;
  ErrorCount errors;
  IcuDecode(bytes.substr(skip), little ? "UTF-16LE" : "UTF-16BE", text, errors);
  errors.first += skip;
  return Finish(std::move(text), "utf-16", errors, bytes.size(), path);
}

}  // namespace

double CommonHanShare(std::string_view utf8) {
  static const std::unordered_set<char32_t> common(kCommonHan.begin(), kCommonHan.end());
  const std::u32string text = ToU32(utf8);
  size_t han = 0, hits = 0;
  for (char32_t c : text) {
    if (!IsHan(c)) continue;
    ++han;
    hits += common.count(c);
  }
  return han == 0 ? 0.0 : static_cast<double>(hits) / static_cast<double>(han);
}

DecodedText DecodeText(std::string_view bytes, std::string_view forced, const std::string& path) {
  if (!forced.empty()) {
    const std::string family = FamilyName(forced);
    std::string text;
    ErrorCount errors;
    if (family == "utf-8") {
      text = ToUtf8(ToU32(bytes.substr(bytes.substr(0, 3) == "\xEF\xBB\xBF" ? 3 : 0)));
      errors.count = CountInvalidUtf8(bytes, errors.first);
    } else {
      const char* conv = ConverterFor(family);
      if (!IcuDecode(bytes, conv ? conv : std::string(forced).c_str(), text, errors)) {
        throw Error(path, "unknown encoding '" + std::string(forced) + "'");
      }
      if (text.substr(0, 3) == "\xEF\xBB\xBF") text.erase(0, 3);
    }
    return Finish(std::move(text), family, errors, bytes.size(), path);
  }

  if (bytes.substr(0, 3) == "\xEF\xBB\xBF") {
    ErrorCount errors;
    errors.count = CountInvalidUtf8(bytes.substr(3), errors.first);
    errors.first += 3;
    return Finish(ToUtf8(ToU32(bytes.substr(3))), "utf-8", errors, bytes.size(), path);
  }
  if (bytes.substr(0, 2) == "\xFF\xFE") return DecodeUtf16(bytes, true, 2, path);
  if (bytes.substr(0, 2) == "\xFE\xFF") return DecodeUtf16(bytes, false, 2, path);

  const std::string_view sample = Sample(bytes);
  const size_t nul = sample.find('\0');
  if (nul != std::string_view::npos) {
    // UTF-16 without a byte-order mark puts a zero byte beside every ASCII character.
    size_t even = 0, odd = 0;
    for (size_t i = 0; i < sample.size(); ++i) {
      if (sample[i] == '\0') ++(i % 2 == 0 ? even : odd);
    }
    const size_t half = sample.size() / 2;
    if (odd * 5 > half && even * 50 < half) return DecodeUtf16(bytes, true, 0, path);
    if (even * 5 > half && odd * 50 < half) return DecodeUtf16(bytes, false, 0, path);
    throw Error(path,
                "binary data, not issue text (NUL byte at offset " + std::to_string(nul) + ")");
  }

  if (FindInvalidUtf8(bytes) == std::string_view::npos) {
    return Finish(std::string(bytes), "utf-8", ErrorCount{}, bytes.size(), path);
  }

  // Not UTF-8: weigh each candidate by how cleanly and how plausibly it decodes the sample.
  struct Candidate {
    std::string family;
    double score = -1e9;
  };
  const DetectorVotes votes = AskIcuDetector(sample);
  std::array<Candidate, 3> candidates{{{"utf-8"}, {"gb18030"}, {"big5"}}};
  for (Candidate& c : candidates) {
    std::string text;
    ErrorCount errors;
    if (c.family == "utf-8") {
      text = ToUtf8(ToU32(sample));
      errors.count = CountInvalidUtf8(sample, errors.first);
    } else if (!IcuDecode(sample, ConverterFor(c.family), text, errors)) {
      continue;
    }
    const int vote = c.family == "utf-8"     ? votes.utf8
                     : c.family == "gb18030" ? votes.gb
                                             : votes.big5;
    const double invalid_share =
        static_cast<double>(errors.count) / static_cast<double>(std::max<size_t>(1, sample.size()));
    c.score = CommonHanShare(text) - 50.0 * invalid_share + vote / 1000.0;
  }
  const Candidate& best =
      *std::max_element(candidates.begin(), candidates.end(),
                        [](const Candidate& a, const Candidate& b) { return a.score < b.score; });
  if (best.family == "utf-8") {
    ErrorCount errors;
    errors.count = CountInvalidUtf8(bytes, errors.first);
    return Finish(ToUtf8(ToU32(bytes)), "utf-8", errors, bytes.size(), path);
  }
  std::string text;
  ErrorCount errors;
  IcuDecode(bytes, ConverterFor(best.family), text, errors);
  return Finish(std::move(text), best.family, errors, bytes.size(), path);
}

}  // namespace paperdex
