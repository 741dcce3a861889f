// Assembly: the classified lines, in order, become draft articles. A state machine opens an
// article at a headline block, collects its bylines, dateline, captions and credits, re-joins
// paragraphs cut mid-sentence, keeps inner subheads (●…, 一、…) in the body, makes teasers of
// 全文见/详见 blocks and stitches 下转/上接 parts into one article.
#ifndef PAPERDEX_PARSER_ASSEMBLY_H_
#define PAPERDEX_PARSER_ASSEMBLY_H_

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "paperdex/issue.h"
#include "parser/lines.h"

namespace paperdex::parser {

// An article as assembled, before its kind, section and body are decided (kinds.h).
struct Draft {
  Article article;  // headline block, page, bylines, dateline, captions, page references
  std::vector<std::u32string> paragraphs;
  std::optional<std::u32string> column;  // a column label printed with the article
  std::u32string page_name;
  bool open_paragraph = false;  // the last paragraph stops mid-sentence
  bool teaser = false;
  bool contents = false;            // a teaser box (导读): its items are its paragraphs
  bool byline_line = false;         // a byline printed on a line of its own
  std::u32string byline_text;       // that line as printed
  std::u32string contributor_line;  // that byline, when it gives a writer's post or place
  std::u32string dateline_text;     // the dateline taken from the first paragraph, as printed
  bool dateline_in_text = false;    // a dispatch head, left at the start of the first paragraph
  bool signed_letter = false;  // the text ends in its writer's place and name ("…市 张某")
  bool verse = false;          // a poem: its short lines are its text
};

struct Assembly {
  std::vector<Draft> drafts;          // in the order of the file
  std::vector<std::u32string> noise;  // the lines dropped, as printed
};

// Assembles the classified `lines` (after junk and hard wraps) into drafts. Never fails: lines
// that make no article are noise.
Assembly Assemble(const std::vector<Line>& lines);

// `drafts` with a brief column (简讯) carried to the short items after it on the same page that
// print no column, kicker, subheadline or byline line of their own.
std::vector<Draft> CarryBriefColumns(std::vector<Draft> drafts);

// `drafts` with the bylines in brackets at the end of each body ("（记者 吴十）") moved to the
// article's bylines.
std::vector<Draft> TakeTrailingBylines(std::vector<Draft> drafts);

// `drafts` with the parts of an advertising page's text (a page named 广告) under subheads of
// their own joined to the first: the page prints one advertorial, unsigned.
std::vector<Draft> JoinAdvertPages(std::vector<Draft> drafts);

// `drafts` with an editor's note printed between a column label and the headline it introduces
// ("寻访老手艺" / "编者按：…" / headline) given to the article under it, with the label as its
// column.
std::vector<Draft> AttachEditorsNotes(std::vector<Draft> drafts);

// `drafts` with each roundup column made one article: a column label standing over two or more
// short items in a row on one page (three or more when the label was read as a short kicker)
// (天下纵横, 纵横), items that print no column, kicker, subheadline, tag or reporter's byline line
// of their own, is one article headed by the label; each item's headline, writer's line and text
// (its dateline kept) become its paragraphs. A column of briefs (简讯) is not folded: its items are
// articles of their own.
std::vector<Draft> FoldRoundups(std::vector<Draft> drafts);

// `drafts` with the contributions to one article joined to it: two or more short items in a row
// on one page, each under its own subhead and a writer's description ("市政协委员 许 宁"), are
// the parts of the article before them (a lead of a few lines) or of the first of them. A part's
// subhead and its writer's line become paragraphs; the writers are not the article's bylines.
std::vector<Draft> JoinContributions(std::vector<Draft> drafts);

// `drafts` with an article printed in full on two pages linked: the first printing is continued
// on the page of the second, the second continued from the page of the first (same headline,
// same opening and about the same length of text; teasers and short items are left alone).
std::vector<Draft> LinkPrintedTwice(std::vector<Draft> drafts);

// A numbered subhead inside a body: "一、会议基本情况", "（二）…", "3. …".
bool IsNumberedSubhead(std::u32string_view key);
// The signature, date or contact line under a notice: "滨海市公共交通集团有限公司",
// "2024年1月16日", "服务热线：96116".
bool IsNoticeSignature(std::u32string_view key);
// The heading of a chapter or section of a law or regulation printed in full: "第一章 总 则",
// "第二节 监督管理". It stays in the text.
bool IsChapterHeading(std::u32string_view key);
// An article of a law or regulation, with its number: "第四条 国家加大…". Text, never a title.
bool IsLegalArticleLine(std::u32string_view key);
// The longest line of verse read as such.
constexpr size_t kMaxVerseChars = 24;
// Whether the lines from `i` on are verse: three short title lines or more in a row, before any
// text or author's name.
bool IsVerse(const std::vector<Line>& lines, size_t i);
// A line that is a date and nothing else: "2026年5月15日".
bool IsDateOnly(std::u32string_view key);
// A contact line that a notice's text may end with: "联系电话：0731-22222222".
bool StartsWithContactWord(std::u32string_view key);

}  // namespace paperdex::parser

#endif  // PAPERDEX_PARSER_ASSEMBLY_H_
