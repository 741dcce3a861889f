// Text laid out for a terminal: Chinese and mixed Latin text wrapped into lines of a number of
// columns by the Chinese line-breaking conventions (GB/T 15834 and the W3C "Requirements for
// Chinese Text Layout", clreq), cut short with an ellipsis, or padded to a column. Widths are
// display widths as DisplayWidth (text.h) counts them: a full-width character takes 2 columns.
//
// The line-breaking rules:
//  1. No line starts with closing or middle punctuation (、。，．：；！？）］｝」』〕】》〉”’…‥·—～
//     and ASCII ,.;:!?)]}). Such a mark that does not fit hangs past the width, by at most 2
//     columns; when even that is too much, the character before it moves down with it.
//  2. No line ends with opening punctuation (（［｛「『〔【《〈“‘ and ASCII ([{): it moves down
//  with
//     what follows.
//  3. A run of single-column characters without a space (Latin words, numbers such as 12.5%, ids
//     such as jcrb-20260506-07-03, paths) is never broken, unless it alone is wider than the line:
//     then it is cut hard at the width. A line may break before and after any wide character (Han,
//     kana, full-width forms), subject to rules 1 and 2, and after a space. The spaces at a break
//     end the line before it, where they are dropped, so that the next line never starts with one.
//  4. A '\n' always ends a line, and what follows it starts a line of its own: "a\n" is two lines,
//     the second one empty.
//  5. A width below 2 counts as 2, so that every line holds at least one character (a character is
//     never wider than 2 columns) and the layout always ends.
// A combining mark (a character of width 0) stays with the character before it. Spaces at the start
// of the text or after a '\n' are kept; when they alone fill the line, that line shows blank.
// Layout takes time linear in the length of the text.
#ifndef PAPERDEX_LAYOUT_H_
#define PAPERDEX_LAYOUT_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace paperdex {

// Where each line of `text` starts (code-point offsets, the first is 0) when it is laid out in
// lines of at most `first_width` terminal columns for the first line and `rest_width` for the
// others (the lines after a '\n' included). Line k is text[starts[k], starts[k + 1]); its trailing
// spaces and '\n' are not counted in its width. A line is wider than its width only when it ends
// with hanging closing punctuation, and then by at most 2 columns. The empty text is one empty
// line: {0}.
std::vector<size_t> LineStarts(std::u32string_view text, int first_width, int rest_width);

// `text` laid out in lines of at most `columns` terminal columns (by LineStarts): each line without
// its trailing spaces, as UTF-8, the first led by `first_indent` and the others by
// `hanging_indent`. An indent is any text (spaces, a label such as "标题："), and its width counts
// in the line's; a line whose text is empty is its indent without trailing spaces, so the empty
// text gives one line.
std::vector<std::string> WrapText(std::u32string_view text, int columns,
                                  std::u32string_view first_indent,
                                  std::u32string_view hanging_indent);

// `text` (one line) cut to at most `columns` terminal columns, as UTF-8. When it is cut, its end is
// marked with "…" (U+2026, 2 columns as DisplayWidth counts it) after the kept part without its
// trailing spaces; below 2 columns there is no room for the mark and the text is cut unmarked. A
// cut never splits a character from its combining marks, and a wide character that would stick out
// by half is left out whole, so the result may be a column narrower than `columns` (PadRight it to
// align).
std::string Truncate(std::u32string_view text, int columns);

// `text` as UTF-8 with spaces after it (PadRight) or before it (PadLeft) up to `columns` display
// columns. A text already that wide or wider comes back unchanged, never cut.
std::string PadRight(std::u32string_view text, int columns);
std::string PadLeft(std::u32string_view text, int columns);

}  // namespace paperdex

#endif  // PAPERDEX_LAYOUT_H_
