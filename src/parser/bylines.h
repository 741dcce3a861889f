// Bylines, datelines and credits: roles and names ("本报记者 张 磊 李晓华"), the dateline that
// opens a body ("新华社北京3月7日电（记者 王五）"), a byline in brackets at the end of a body, and
// the photo credit at the end of a caption ("图为…。 记者 何春林 摄").
#ifndef PAPERDEX_PARSER_BYLINES_H_
#define PAPERDEX_PARSER_BYLINES_H_

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "paperdex/issue.h"

namespace paperdex::parser {

// A Han character, or a middle dot of a transcribed name.
bool IsNameChar(char32_t c);
// A personal name: 2–4 Han characters, or a transcribed name with a middle dot (阿不都·热合曼).
bool IsPersonName(std::u32string_view name);
// A line that could be an author's name whatever the surname: two or three Han characters, maybe
// padded with spaces ("禾 晟"), and no word that is never a name.
bool IsAuthorShaped(std::u32string_view key);
// Whether `name` starts with a common surname (欧阳, 王).
bool StartsWithSurname(std::u32string_view name);

// The length of the byline role at `pos` of `t`, with the organisation before it if any (本报记者,
// 株洲日报全媒体记者, 新华社记者); 0 when there is none.
size_t RoleAt(std::u32string_view t, size_t pos);

// Parses the whole of `line` as bylines: roles followed by names, with leads (文/图, □) and endings
// (摄, 报道). With `bare`, names with no role are accepted too ("唐剑华"). Appends them to `out`
// and returns true; returns false, leaving `out` alone, when any part of the line is not a role or
// a name.
bool ParseBylines(std::u32string_view line, bool bare, std::vector<Byline>* out);

// Parses `line`, a line of its own, as one writer with a description for a role: the post or the
// place before the name ("北京理工大学党委副书记 杨 帆", "市政协委员 许 宁", "江北省海晏市 韩 立").
// The description ends in a title or a place word (kDescriptionEndings) and the name is the last
// thing on the line, after a space. Appends it to `out` and returns true, else returns false.
bool ParseDescriptionByline(std::u32string_view line, std::vector<Byline>* out);

// Appends to `to` the bylines of `add` that it does not hold yet.
void AddBylines(const std::vector<Byline>& add, std::vector<Byline>* to);

// Whether `dateline` is a dispatch head, which is the opening of its text: a place and date, or
// 电 ("新华社北京3月7日电", "本报长沙6月9日讯", "本报北京电"), not a label ("本报讯", "台北報導").
bool IsDispatchDateline(std::string_view dateline);

// Moves a dateline ("本报讯", "新华社北京3月7日电") and the byline in brackets after it from the
// start of `para` into `dateline` and `bylines`. Leaves all alone when `para` opens with neither.
void TakeDateline(std::u32string& para, std::optional<std::string>* dateline,
                  std::vector<Byline>* bylines);

// Moves a byline in brackets at the end of `para` ("……。（记者 吴十 通讯员 郑十一）") into
// `bylines`; false, leaving both alone, when there is none.
bool TakeTrailingByline(std::u32string& para, std::vector<Byline>* bylines);

// Moves a photo credit at the end of `text` ("图为…。 记者 何春林 摄", "…（記者 黃志強攝）") into
// `bylines`; false, leaving both alone, when there is none.
bool TakeTrailingCredit(std::u32string& text, std::vector<Byline>* bylines);

}  // namespace paperdex::parser

#endif  // PAPERDEX_PARSER_BYLINES_H_
