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
// Longest ICU word worth a term.
constexpr size_t kMaxWordChars = 8;

// The fold of every BMP code point, computed at build time from ICU (src/tools/gen_fold_table.cc).
#include "fold_table.inc"

// Folds code points: the BMP from the generated table, the rest (rare) through ICU, remembered.
class FoldTable {
 public:
  static const FoldTable& Get() {
    static const FoldTable table;
    return table;
  }

  std::u32string_view Fold(const char32_t& c) const {
    if (c < 0x10000) {
      const uint32_t v = kFoldIndex[c];
      if (v == 0) return std::u32string_view(&c, 1);
      return std::u32string_view(kFoldPool + (v >> 5), (v >> 1) & 0xF);
    }
    std::lock_guard<std::mutex> lock(mu_);
    auto it = astral_.find(c);
    if (it == astral_.end()) it = astral_.emplace(c, Compute(c)).first;
    return it->second;
  }

 private:
  std::u32string Compute(char32_t c) const {
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2* nfkc = icu::Normalizer2::getNFKCCasefoldInstance(status);
    icu::UnicodeString u(static_cast<UChar32>(c));
    if (U_FAILURE(status) || nfkc->isNormalized(u, status)) return std::u32string(1, c);
    std::string out;
    nfkc->normalize(u, status).toUTF8String(out);
    return ToU32(out);
  }

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

std::u32string_view FoldCodePoint(const char32_t& c) { return FoldTable::Get().Fold(c); }

std::u32string FoldText(std::u32string_view text, std::vector<size_t>* origin) {
  const FoldTable& table = FoldTable::Get();
  std::u32string out;
  out.reserve(text.size());
  if (origin) {
    origin->clear();
    origin->reserve(text.size());
  }
  // White space between two Han characters is dropped: a name padded to the width of three (张 磊)
  // and a layout's stray spaces are no part of the text.
  size_t spaces = 0;  // folded white space held back since the last character
  for (size_t i = 0; i < text.size(); ++i) {
    const std::u32string_view f = table.Fold(text[i]);  // may point into `text`
    if (f.size() == 1 && IsSpace(f[0])) {
      out += f;
      if (origin) origin->push_back(i);
      ++spaces;
      continue;
    }
    if (spaces > 0 && !f.empty() && spaces < out.size()) {
      if (IsHan(out[out.size() - spaces - 1]) && IsHan(f.front())) {
        out.resize(out.size() - spaces);
        if (origin) origin->resize(origin->size() - spaces);
      }
    }
    spaces = 0;
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
    const bool joined = !pending_space;
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
      cur.joined.push_back(joined);
      last = k;
      ++i;
      continue;
    }
    size_t j = i;
    while (j < folded.size() && Classify(folded[j]) == CharClass::kWord) ++j;
    cur.tokens.push_back(ToUtf8(folded.substr(i, j - i)));
    cur.char_level.push_back(false);
    cur.joined.push_back(joined);
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
  for (int32_t end = impl_->words->next(); end != icu::BreakIterator::DONE;
       start = end, end = impl_->words->next()) {
    out.push_back(static_cast<size_t>(u.countChar32(start, end - start)));
  }
  return out;
}

void Analyzer::IndexUnit(std::u32string_view text, const std::string& prefix, Xapian::Document& doc,
                         Xapian::termcount wdf_inc) const {
  for (const Segment& s : Segments(text)) {
    for (size_t k = 0; k < s.tokens.size(); ++k) {
      if (StartsBigram(s, k)) {
        doc.add_term(prefix + Bigram(s.tokens[k], s.tokens[k + 1]), wdf_inc);
      } else {
        doc.add_term(prefix + s.tokens[k],
                     wdf_inc);  // a word, or a character that starts no bigram
      }
    }
  }
  for (const std::string& w : Words(FoldText(text))) doc.add_term(prefix + w, wdf_inc);
}

}  // namespace paperdex
