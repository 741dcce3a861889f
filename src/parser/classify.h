// Classification: what each line is (a page marker, furniture, a page reference, a subheadline, a
// caption, a byline, a credit, a title-like short line, or body text), decided from the line alone.
#ifndef PAPERDEX_PARSER_CLASSIFY_H_
#define PAPERDEX_PARSER_CLASSIFY_H_

#include <string_view>
#include <vector>

#include "parser/lines.h"

namespace paperdex::parser {

// Longest line that a title (kicker, headline, subheadline, label) may be, in characters.
constexpr size_t kMaxTitleChars = 40;

enum class RefKind { kNone, kTeaser, kContinuedOn, kContinuedFrom };

// A reference line or fragment such as "全文见 08版", "（下转第3版）", "上接第1版": its kind, and
// its page in `*page`. kNone, leaving `*page` alone, when `text` is not one.
RefKind ParseRef(std::u32string_view text, int* page);

// A short line with no sentence in it, so it may be a kicker, a headline or a label ("春耕正当时").
bool IsTitleLike(std::u32string_view key);
// A lead-in that ends in a dash, too long or too full of commas to pass for a title on its own
// ("有市民来信说，刚反映了一个问题，就被对方“找上门来”——"): it is a kicker when a title
// line follows it.
bool IsLeadInKicker(std::u32string_view key);
// A writer's signature at the end of a text: a name, a space or slash, and 文 ("林 子文" is 林子).
bool IsTextSignature(std::u32string_view key);
// A line that opens with a dateline ("新华社江城5月12日电 （记者 王五）", "本报讯 …"): the start
// of a text, never a title.
bool OpensWithDatelineText(std::u32string_view text);
// A kicker too long or too full of commas to pass for a title on its own, but no sentence ("从
// 广东深圳到山东青岛，澳门青年…"): it is one over a headline with its column tag or its byline.
bool IsLongKicker(std::u32string_view key);
// A headline too long or too full of commas to pass for a title on its own, but no sentence
// ("江城累计向新区供水超5000万吨，达标率保持在100%"): it is one over a text that
// opens with a dateline.
bool IsLongHeadline(std::u32string_view key);
// Who speaks, on a line of its own that ends in a colon ("市水务局：", "外交部："): a kicker over
// the headline of a news text.
bool IsSpeakerKicker(std::u32string_view key);
// A name and the post of its bearer, as under a portrait ("吉米·沙巴总统"): after a text that
// ends and before the next headline, the caption of the picture beside that text.
bool IsPortraitCaption(std::u32string_view key);
// A document's note of when and by whom it was adopted, in brackets under its title:
// "（2026年3月12日江城市第十六届人民代表大会常务委员会第五次会议通过）".
bool IsAdoptionNote(std::u32string_view key);
// A short line that is only a name or names with no role ("唐剑华").
bool IsBareName(std::u32string_view key);

// `line` classified: its text, key and indent, with the kind and what goes with it (the page of a
// marker or reference, the bylines of a byline or credit line). Only the text, the key and the
// indent of `line` are read; whatever else it held is not kept.
Line ClassifyLine(Line line);

// The lines of `lines` classified; those at `masthead_lines` are noise (the masthead was read). A
// lead-in kicker followed by a title line is a title line.
std::vector<Line> Classify(std::vector<Line> lines, const std::vector<size_t>& masthead_lines);

}  // namespace paperdex::parser

#endif  // PAPERDEX_PARSER_CLASSIFY_H_
