// The layout of a paperdex index: term prefixes, value slots, document data and metadata keys.
// Indexing and searching both read it from here; README's "How it works" describes it for people.
#ifndef PAPERDEX_INDEX_SCHEMA_H_
#define PAPERDEX_INDEX_SCHEMA_H_

#include <xapian.h>

namespace paperdex::schema {

// Term prefixes (Omega's conventions where one exists).
inline constexpr char kIdPrefix[] = "Q";         // Q<article id>: unique, for replace_document
inline constexpr char kBylinePrefix[] = "A";     // byline names text
inline constexpr char kSectionPrefix[] = "XS";   // section / column text
inline constexpr char kPaperPrefix[] = "XP";     // paper name text
inline constexpr char kCaptionPrefix[] = "XC";   // caption text
inline constexpr char kDatelinePrefix[] = "XD";  // dateline text
inline constexpr char kKindPrefix[] = "K";       // K<kind>: boolean
inline constexpr char kPagePrefix[] = "XG";      // XG<page number>: boolean
inline constexpr char kDatePrefix[] = "D";       // D<YYYYMMDD>: boolean
inline constexpr char kMonthPrefix[] = "M";      // M<YYYYMM>: boolean
inline constexpr char kYearPrefix[] = "Y";       // Y<YYYY>: boolean
inline constexpr char kCopyPrefix[] = "XH";  // XH<fingerprint>: boolean, the article's printings
inline constexpr char kFilePrefix[] = "XF";  // XF<hash of the source path>: boolean, for removal
// The default field (no prefix) holds the text that a search means by "in the article": kicker,
// headline, subheadline and body paragraphs, each a unit of its own.

// Value slots.
inline constexpr Xapian::valueno kDateSlot = 0;     // "YYYYMMDD", sorts and ranges as a string
inline constexpr Xapian::valueno kPaperSlot = 1;    // paper name
inline constexpr Xapian::valueno kPageSlot = 2;     // page number, sortable_serialise
inline constexpr Xapian::valueno kKindSlot = 3;     // kind name
inline constexpr Xapian::valueno kSectionSlot = 4;  // section
inline constexpr Xapian::valueno kOrderSlot = 5;   // "<YYYYMMDD><page 3 digits><position 3 digits>"
inline constexpr Xapian::valueno kBylineSlot = 6;  // byline names, joined by kValueSeparator
inline constexpr Xapian::valueno kCopySlot = 7;    // the fingerprint, empty for a short body
inline constexpr char kValueSeparator = '\x1f';

// Document data: the article as JSON (issue_json.h's ArticleToJson) plus "paper", "date",
// "issue_no" and "source".

// Metadata keys.
inline constexpr char kAnalyzerKey[] = "paperdex:analyzer";  // kAnalyzerVersion, as text
inline constexpr char kFileKeyPrefix[] = "paperdex:file:";   // + hash of path → JSON file record
// + hash of path → JSON record of a file that could not be indexed: {"path", "size", "mtime",
// "ctime", "hash", "reason", "when"} (ctime the status-change time, hash the content's when it was
// read, when the ISO 8601 time of the run that failed on it). A later run skips the file while its
// size and mtime stay the same (and its ctime, for a file that could not be read at all).
inline constexpr char kFailedKeyPrefix[] = "paperdex:failed:";
inline constexpr char kLastIndexedKey[] = "paperdex:last-indexed";  // ISO 8601 time of the last run

}  // namespace paperdex::schema

#endif  // PAPERDEX_INDEX_SCHEMA_H_
