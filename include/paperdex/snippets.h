// What a hit shows of its article: where the query's strings are found in a text (through the
// fold, so that 张 磊 marks 张磊 and traditional marks simplified), the best window of the article
// around them, and how many times the article holds them.
#ifndef PAPERDEX_SNIPPETS_H_
#define PAPERDEX_SNIPPETS_H_

#include <cstddef>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "paperdex/issue_json.h"

namespace paperdex {

// (start, length) in code points.
using Spans = std::vector<std::pair<size_t, size_t>>;

// A window of an article's text around what matched, with the matched spans.
struct Snippet {
  std::string text;
  Spans highlights;  // in code points of `text`
};

// An occurrence of one of the needles in a text.
struct Match {
  size_t begin, end;  // code points of the text as printed
  size_t which;       // index of the needle
};

// Every occurrence of the folded `needles` in `text` (as printed), in order of their start.
std::vector<Match> FindAll(std::u32string_view text, const std::vector<std::u32string>& needles);
// The occurrences of `needles` in `text` as spans, overlapping ones merged.
Spans MatchSpans(std::u32string_view text, const std::vector<std::u32string>& needles);

// The best window of `article`'s body (or titles) of about `width` terminal columns around
// `highlights` (folded strings), cut at character boundaries.
Snippet MakeSnippet(const Json& article, const std::vector<std::u32string>& highlights,
                    size_t width);

// How many times the strings of `highlights` occur in the article's text (titles, paragraphs,
// names, captions, dateline), overlapping occurrences of different strings counted once.
size_t CountMatches(const Json& article, const std::vector<std::u32string>& highlights);

// The line (1-based) of the article's source file that holds the first match of `highlights` after
// its headline (or anywhere, when none follows it), as `grep -n` counts lines; nullopt when the
// file cannot be read any more or holds no match.
std::optional<size_t> SourceLine(const Json& article, const std::vector<std::u32string>& highlights);

}  // namespace paperdex

#endif  // PAPERDEX_SNIPPETS_H_
