// Turns the raw bytes of an issue file into UTF-8 text: detects the encoding (byte-order marks,
// validity under each candidate encoding, ICU's charset detector, and how much of the decoded text
// is common Chinese) and decodes it, reporting bytes that do not decode.
#ifndef PAPERDEX_CHARSET_H_
#define PAPERDEX_CHARSET_H_

#include <cstddef>
#include <string>
#include <string_view>

namespace paperdex {

struct DecodedText {
  std::string text;          // UTF-8 without a byte-order mark; line ends as in the file
  std::string encoding;      // "utf-8", "gb18030", "big5", "utf-16" or the forced encoding's name
  size_t invalid_count = 0;  // byte sequences that did not decode and became U+FFFD
  size_t first_invalid = 0;  // byte offset of the first of them (when invalid_count > 0)
};

// Decodes `bytes`. `forced` is empty for detection, or an encoding name ICU knows ("gbk", "big5",
// "utf-16le"…). Throws Error(path, reason) for data that is not text (binary), for an unknown
// forced encoding, and for text in which too much does not decode to be worth reading. A few
// undecodable bytes are replaced and counted instead.
DecodedText DecodeText(std::string_view bytes, std::string_view forced, const std::string& path);

// The share (0..1) of Han characters in `utf8` that are among the most common ones of Chinese news
// text, simplified or traditional. Text mis-decoded from another encoding scores near zero.
double CommonHanShare(std::string_view utf8);

}  // namespace paperdex

#endif  // PAPERDEX_CHARSET_H_
