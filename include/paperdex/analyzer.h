// The text analyser: the one place that turns text into index terms, used by indexing and querying
// alike. Text is folded code point by code point (NFKC with case folding, then traditional to
// simplified Chinese), so ２０２２ finds 2022 and 國家 finds 国家 and the reverse. Han characters
// and digits become positional single-character terms plus unpositioned bigrams, so that any
// substring is an exact phrase of characters; runs of letters become word terms; ICU word
// segmentation adds words of three characters or more for ranking. Punctuation and paragraph ends
// leave a gap, so a phrase never matches across them; spaces between Han characters are no part of
// the text (a padded name 张 磊 is 张磊).
#ifndef PAPERDEX_ANALYZER_H_
#define PAPERDEX_ANALYZER_H_

#include <xapian.h>

#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace paperdex {

// Bump when the terms produced for the same text change: an index built by another version asks for
// a rebuild.
inline constexpr int kAnalyzerVersion = 4;

// One searchable piece of a folded text: consecutive tokens with no gap between them.
struct Segment {
  std::vector<std::string> tokens;  // tokens (without prefix), in order
  std::vector<bool> char_level;     // per token: a single Han/kana/digit character
  std::vector<bool> joined;         // per token: nothing (not even a space) before it in the run
};

// Folds one code point: NFKC_Casefold then traditional→simplified. Usually one code point comes
// back; some fold to several (㈱ → (株)) or to none (soft hyphen). The view may point at `c`
// itself, so `c` must outlive it. Thread-safe.
std::u32string_view FoldCodePoint(const char32_t& c);
// Folds a whole text, and drops the white space between two Han characters (张 磊 is 张磊). With
// `origin`, fills, for each folded code point, the
// index in `text` of the code point it came from (for mapping matches back to the original text).
std::u32string FoldText(std::u32string_view text, std::vector<size_t>* origin = nullptr);

// Breaks a text into segments. Not thread-safe per instance (holds an ICU break iterator); create
// one per thread.
class Analyzer {
 public:
  Analyzer();
  ~Analyzer();
  Analyzer(const Analyzer&) = delete;
  Analyzer& operator=(const Analyzer&) = delete;

  // The segments of `text` (original, unfolded text).
  std::vector<Segment> Segments(std::u32string_view text) const;

  // Adds the terms of one unit of text (a title field or a paragraph) to `doc` under `prefix`
  // (empty for the default field). `wdf_inc` weights the unit's terms.
  void IndexUnit(std::u32string_view text, const std::string& prefix, Xapian::Document& doc,
                 Xapian::termcount wdf_inc = 1) const;

  // ICU words of three Han characters or more in folded `text`, for ranking.
  std::vector<std::string> Words(std::u32string_view folded) const;

  // The lengths (in code points) of the ICU words that a run of folded Han text splits into.
  std::vector<size_t> WordLengths(std::u32string_view han_run) const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

// The bigram term of two character-level tokens.
inline std::string Bigram(const std::string& a, const std::string& b) { return a + b; }

// Whether token k of `s` and the one after it make a bigram (both characters, side by side).
inline bool StartsBigram(const Segment& s, size_t k) {
  return k + 1 < s.tokens.size() && s.char_level[k] && s.char_level[k + 1] && s.joined[k + 1];
}

}  // namespace paperdex

#endif  // PAPERDEX_ANALYZER_H_
