#include "paperdex/analyzer.h"

#include <unicode/brkiter.h>
#include <unicode/normalizer2.h>
#include <unicode/translit.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/uscript.h>

#include <mutex>
#include <unordered_map>

#include "paperdex/text.h"

namespace paperdex {
namespace {

// Positions skipped between units and at punctuation: any gap breaks a phrase.
constexpr Xapian::termpos kUnitGap = 8;
constexpr Xapian::termpos kPunctGap = 1;
// Longest ICU word worth a term.
constexpr size_t kMaxWordChars = 8;

// The fold of every BMP code point that does not fold to itself, built once.
class FoldTable {
 public:
  static const FoldTable& Get() {
    static const FoldTable table;
    return table;
  }

  std::u32string_view Fold(char32_t c) const {
    if (c < 0x10000) {
      const auto& entry = bmp_[c];
      if (entry.empty()) return std::u32string_view(&ident_[c], 1);
      return entry;
    }
    std::lock_guard<std::mutex> lock(mu_);
    auto it = astral_.find(c);
    if (it == astral_.end()) it = astral_.emplace(c, Compute(c)).first;
    return it->second;
  }

 private:
  FoldTable() : bmp_(0x10000), ident_(0x10000) {
    UErrorCode status = U_ZERO_ERROR;
    nfkc_ = icu::Normalizer2::getNFKCCasefoldInstance(status);
    t2s_.reset(
        icu::Transliterator::createInstance("Traditional-Simplified", UTRANS_FORWARD, status));
    for (char32_t c = 0; c < 0x10000; ++c) ident_[c] = c;
    // NFKC_Casefold, one code point at a time.
    for (char32_t c = 0; c < 0x10000; ++c) {
      if (c >= 0xD800 && c < 0xE000) continue;
      if (c < 0x80) {
        if (c >= 'A' && c <= 'Z') bmp_[c] = std::u32string(1, c + 32);
        continue;
      }
      icu::UnicodeString u(static_cast<UChar32>(c));
      UErrorCode st = U_ZERO_ERROR;
      if (nfkc_ && !nfkc_->isNormalized(u, st)) bmp_[c] = ToU32(Normalize(u));
    }
    // Traditional → simplified for the Han blocks, in one pass separated by newlines.
    if (t2s_) {
      icu::UnicodeString all;
      std::vector<char32_t> order;
      for (char32_t c = 0x3400; c < 0xA000; ++c) {
        order.push_back(c);
        all.append(static_cast<UChar32>(c));
        all.append(static_cast<UChar>('\n'));
      }
      for (char32_t c = 0xF900; c < 0xFB00; ++c) {
        order.push_back(c);
        all.append(static_cast<UChar32>(c));
        all.append(static_cast<UChar>('\n'));
      }
      t2s_->transliterate(all);
      std::string utf8;
      all.toUTF8String(utf8);
      const std::u32string out = ToU32(utf8);
      size_t k = 0, start = 0;
      for (size_t i = 0; i <= out.size() && k < order.size(); ++i) {
        if (i < out.size() && out[i] != '\n') continue;
        const std::u32string simplified = out.substr(start, i - start);
        const char32_t c = order[k++];
        start = i + 1;
        // The NFKC fold first (compatibility ideographs), then the simplification of its result.
        std::u32string base = bmp_[c].empty() ? std::u32string(1, c) : bmp_[c];
        if (base.size() == 1 && base[0] == c && simplified.size() == 1 && simplified[0] != c) {
          bmp_[c] = simplified;
        }
      }
      // Compatibility ideographs fold (NFKC) to a traditional form: simplify that too.
      for (char32_t c = 0xF900; c < 0xFB00; ++c) {
        if (bmp_[c].size() == 1 && bmp_[c][0] < 0x10000 && !bmp_[bmp_[c][0]].empty()) {
          bmp_[c] = bmp_[bmp_[c][0]];
        }
      }
    }
  }

  std::string Normalize(const icu::UnicodeString& u) const {
    UErrorCode st = U_ZERO_ERROR;
    std::string out;
    nfkc_->normalize(u, st).toUTF8String(out);
    return out;
  }

  std::u32string Compute(char32_t c) const {
    if (!nfkc_) return std::u32string(1, c);
    icu::UnicodeString u(static_cast<UChar32>(c));
    UErrorCode st = U_ZERO_ERROR;
    if (nfkc_->isNormalized(u, st)) return std::u32string(1, c);
    return ToU32(Normalize(u));
  }

  const icu::Normalizer2* nfkc_ = nullptr;
  std::unique_ptr<icu::Transliterator> t2s_;
  std::vector<std::u32string> bmp_;
  std::vector<char32_t> ident_;
  mutable std::mutex mu_;
  mutable std::unordered_map<char32_t, std::u32string> astral_;
};

enum class CharClass { kSeparator, kSpace, kCharLevel, kWord };

bool IsKanaOrHangul(char32_t c) {
  return (c >= 0x3040 && c <= 0x30FF) || (c >= 0x31F0 && c <= 0x31FF) ||
         (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0x1100 && c <= 0x11FF);
}

CharClass Classify(char32_t c) {
  if (c >= '0' && c <= '9') return CharClass::kCharLevel;
  if (c < 0x80) {
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) return CharClass::kWord;
    return IsSpace(c) ? CharClass::kSpace : CharClass::kSeparator;
  }
  if (IsHan(c) || IsKanaOrHangul(c)) return CharClass::kCharLevel;
  if (IsSpace(c)) return CharClass::kSpace;
  if (u_isalpha(static_cast<UChar32>(c)) || u_getCombiningClass(static_cast<UChar32>(c)) != 0) {
    return CharClass::kWord;
  }
  if (u_isdigit(static_cast<UChar32>(c))) return CharClass::kCharLevel;
  return CharClass::kSeparator;
}

bool EndsWithDigit(const Segment& s) {
  if (s.tokens.empty()) return false;
  const std::string& t = s.tokens.back();
  return s.char_level.back() && t.size() == 1 && t[0] >= '0' && t[0] <= '9';
}

}  // namespace

std::u32string_view FoldCodePoint(char32_t c) { return FoldTable::Get().Fold(c); }

std::u32string FoldText(std::u32string_view text, std::vector<size_t>* origin) {
  const FoldTable& table = FoldTable::Get();
  std::u32string out;
  out.reserve(text.size());
  if (origin) {
    origin->clear();
    origin->reserve(text.size());
  }
  for (size_t i = 0; i < text.size(); ++i) {
    const std::u32string_view f = table.Fold(text[i]);
    out += f;
    if (origin) origin->insert(origin->end(), f.size(), i);
  }
  return out;
}

struct Analyzer::Impl {
  std::unique_ptr<icu::BreakIterator> words;
};

Analyzer::Analyzer() : impl_(std::make_unique<Impl>()) {
  UErrorCode status = U_ZERO_ERROR;
  impl_->words.reset(icu::BreakIterator::createWordInstance(icu::Locale::getChinese(), status));
  if (U_FAILURE(status)) impl_->words.reset();
  FoldTable::Get();
}

Analyzer::~Analyzer() = default;

std::vector<Segment> Analyzer::Segments(std::u32string_view text) const {
  const std::u32string folded = FoldText(text);
  std::vector<Segment> segments;
  Segment cur;
  CharClass last = CharClass::kSeparator;  // class of the last token's characters
  bool pending_space = false;
  auto flush = [&] {
    if (!cur.tokens.empty()) segments.push_back(std::move(cur));
    cur = Segment{};
  };
  size_t i = 0;
  while (i < folded.size()) {
    const char32_t c = folded[i];
    const CharClass k = Classify(c);
    if (k == CharClass::kSeparator) {
      flush();
      pending_space = false;
      ++i;
      continue;
    }
    if (k == CharClass::kSpace) {
      pending_space = true;
      ++i;
      continue;
    }
    // A space beside Han text (or any character-level text but digits) is a gap; between words and
    // numbers it is not ("iphone 15", "cn 43").
    if (pending_space) {
      const bool han_side =
          (last == CharClass::kCharLevel && !cur.tokens.empty() && !EndsWithDigit(cur)) ||
          (k == CharClass::kCharLevel && !(c >= '0' && c <= '9'));
      if (han_side) flush();
      pending_space = false;
    }
    if (k == CharClass::kCharLevel) {
      std::string t;
      AppendUtf8(c, t);
      cur.tokens.push_back(std::move(t));
      cur.char_level.push_back(true);
      last = k;
      ++i;
      continue;
    }
    size_t j = i;
    while (j < folded.size() && Classify(folded[j]) == CharClass::kWord) ++j;
    cur.tokens.push_back(ToUtf8(folded.substr(i, j - i)));
    cur.char_level.push_back(false);
    last = k;
    i = j;
  }
  flush();
  return segments;
}

std::vector<std::string> Analyzer::Words(std::u32string_view folded) const {
  std::vector<std::string> out;
  if (!impl_->words) return out;
  // Only runs of Han characters are worth segmenting.
  size_t i = 0;
  while (i < folded.size()) {
    if (!IsHan(folded[i])) {
      ++i;
      continue;
    }
    size_t j = i;
    while (j < folded.size() && IsHan(folded[j])) ++j;
    if (j - i >= 3) {
      const std::string run = ToUtf8(folded.substr(i, j - i));
      icu::UnicodeString u = icu::UnicodeString::fromUTF8(run);
      impl_->words->setText(u);
      int32_t start = impl_->words->first();
      for (int32_t end = impl_->words->next(); end != icu::BreakIterator::DONE;
           start = end, end = impl_->words->next()) {
        const int32_t len = u.countChar32(start, end - start);
        if (len < 3 || static_cast<size_t>(len) > kMaxWordChars) continue;
        std::string w;
        u.tempSubStringBetween(start, end).toUTF8String(w);
        out.push_back(std::move(w));
      }
    }
    i = j;
  }
  return out;
}

std::vector<size_t> Analyzer::WordLengths(std::u32string_view han_run) const {
  std::vector<size_t> out;
  if (!impl_->words || han_run.size() <= 1) {
    if (!han_run.empty()) out.push_back(han_run.size());
    return out;
  }
  icu::UnicodeString u = icu::UnicodeString::fromUTF8(ToUtf8(han_run));
  impl_->words->setText(u);
  int32_t start = impl_->words->first();
  for (int32_t end = impl_->words->next(); end != icu::BreakIterator::DONE; start = end, end = impl_->words->next()) {
    out.push_back(static_cast<size_t>(u.countChar32(start, end - start)));
  }
  return out;
}

void Analyzer::IndexUnit(std::u32string_view text, const std::string& prefix, Xapian::Document& doc,
                         Xapian::termpos* pos, Xapian::termcount wdf_inc) const {
  for (const Segment& s : Segments(text)) {
    for (size_t k = 0; k < s.tokens.size(); ++k) {
      doc.add_posting(prefix + s.tokens[k], ++*pos, wdf_inc);
      if (k > 0 && s.char_level[k] && s.char_level[k - 1]) {
        doc.add_term(prefix + Bigram(s.tokens[k - 1], s.tokens[k]), wdf_inc);
      }
    }
    *pos += kPunctGap;
  }
  for (const std::string& w : Words(FoldText(text))) doc.add_term(prefix + w, wdf_inc);
  *pos += kUnitGap;
}

}  // namespace paperdex
