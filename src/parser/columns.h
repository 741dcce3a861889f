// Columns read across: two articles set side by side that an extraction read row by row, so that
// their lines alternate (headline, headline, byline, byline, then paragraphs of each in turn, a
// paragraph of one cut mid-sentence by a paragraph of the other). The stage finds such a stretch
// and hands on its lines as two texts, one after the other.
#ifndef PAPERDEX_PARSER_COLUMNS_H_
#define PAPERDEX_PARSER_COLUMNS_H_

#include <vector>

#include "parser/lines.h"

namespace paperdex::parser {

// `lines` (classified, junk marked, hard wraps joined) with every stretch of two interleaved
// articles rewritten as the first article's lines, then the second's. Two cues open a stretch:
//  - two title lines over two byline lines of one role and different names ("滨湖港吞吐量创新高" /
//    "小学食堂开放品尝日" / "■本报记者 甲" / "■本报记者 乙"): the first title and byline are
//    the first article's, the second the second's;
//  - under an article signed on a byline line, a title with a paragraph or more between it and
//    its own byline line of other names, where one of those paragraphs or the last one before the
//    title is cut mid-sentence: the paragraphs between are the first article's.
// Each paragraph of the stretch (up to the next title, page or jump line) then goes to the article
// whose text so far shares more of its character pairs with it, as no other text does; a tie goes
// to an article whose last paragraph is unfinished, else to the other article than the last.
std::vector<Line> UnweaveColumns(std::vector<Line> lines);

}  // namespace paperdex::parser

#endif  // PAPERDEX_PARSER_COLUMNS_H_
