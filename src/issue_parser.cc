#include "paperdex/issue_parser.h"

#include <filesystem>
#include <fstream>
#include <sstream>

#include "paperdex/charset.h"
#include "paperdex/error.h"
#include "paperdex/masthead.h"
#include "parser/assembly.h"
#include "parser/classify.h"
#include "parser/columns.h"
#include "parser/furniture.h"
#include "parser/ids.h"
#include "parser/junk.h"
#include "parser/kinds.h"
#include "parser/lines.h"

namespace paperdex {
namespace {

// Longest line accepted at all: a file with a longer one is not issue text.
constexpr size_t kMaxLineBytes = 256 * 1024;

void SetMeta(const parser::IssueMeta& meta, Issue& issue) {
  issue.paper = meta.paper;
  issue.date = meta.date;
  issue.date_source = meta.date_source;
  issue.weekday = meta.weekday;
  issue.issue_no = meta.issue_no;
  issue.pages = meta.pages;
}

}  // namespace

IssueParser::IssueParser(ParseOptions options) : options_(std::move(options)) {}

// The pipeline: each stage (src/parser/) takes what the one before it produced and hands on its
// own.
Issue IssueParser::Parse(std::string_view utf8_text, const std::string& source) const {
  std::vector<parser::Line> lines = parser::SplitLines(utf8_text);
  const parser::Masthead masthead = parser::ReadMasthead(lines);
  std::vector<parser::Line> classified = parser::Classify(std::move(lines), masthead.lines);
  std::vector<parser::Line> cleaned = parser::MarkJunk(std::move(classified));
  parser::IssueMeta meta = parser::ReadRunningHeaders(cleaned, masthead.meta);
  if (!meta.date) {
    if (auto d = DateFromFileName(std::filesystem::path(source).filename().string())) {
      meta.date = *d;
      meta.date_source = "file name";
    }
  }
  const std::vector<parser::Line> joined =
      parser::UnweaveColumns(parser::JoinHardWraps(std::move(cleaned)));

  parser::Assembly assembly = parser::Assemble(joined);
  std::vector<parser::Draft> drafts = parser::CarryBriefColumns(std::move(assembly.drafts));
  drafts = parser::TakeTrailingBylines(std::move(drafts));
  drafts = parser::JoinAdvertPages(std::move(drafts));
  drafts = parser::AttachEditorsNotes(std::move(drafts));
  drafts = parser::JoinContributions(std::move(drafts));
  drafts = parser::FoldRoundups(std::move(drafts));
  drafts = parser::LinkPrintedTwice(std::move(drafts));
  std::vector<Article> articles = parser::FinishArticles(std::move(drafts));
  articles = parser::NumberArticles(std::move(articles), meta.paper, meta.date);

  Issue issue;
  issue.source = source;
  issue.encoding = "utf-8";
  SetMeta(meta, issue);
  for (const auto& n : assembly.noise) issue.noise.push_back(ToUtf8(n));
  if (const int last = parser::LastPage(articles); !issue.pages && last > 0) issue.pages = last;
  issue.articles = std::move(articles);
  return issue;
}

Issue IssueParser::ParseBytes(std::string_view bytes, const std::string& source) const {
  if (bytes.empty()) throw Error(source, "empty file");
  DecodedText decoded = DecodeText(bytes, options_.encoding, source);
  // A line this long is not issue text (and would make the parser slow for nothing).
  size_t run = 0;
  size_t line_no = 1;
  for (char c : decoded.text) {
    if (c == '\n' || c == '\r') {
      run = 0;
      line_no += c == '\n';
      continue;
    }
    if (++run > kMaxLineBytes) {
      throw Error(source, "line " + std::to_string(line_no) + " is longer than " +
                              std::to_string(kMaxLineBytes / 1024) +
                              " KiB with no line break: not issue text");
    }
  }
  Issue issue = Parse(decoded.text, source);
  issue.encoding = decoded.encoding;
  if (decoded.invalid_count > 0) {
    issue.diagnostics.push_back({std::to_string(decoded.invalid_count) +
                                 " byte sequence(s) invalid in " + decoded.encoding +
                                 " replaced by U+FFFD, the first at byte offset " +
                                 std::to_string(decoded.first_invalid)});
  }
  if (issue.articles.empty()) {
    const bool masthead = issue.paper || issue.date || issue.issue_no;
    throw Error(source, masthead ? "no articles found (only a masthead)" : "no articles found");
  }
  return issue;
}

Issue IssueParser::ParseFile(const std::string& path) const {
  std::error_code ec;
  const auto status = std::filesystem::status(path, ec);
  if (ec || !std::filesystem::exists(status)) throw Error(path, "no such file");
  if (std::filesystem::is_directory(status)) throw Error(path, "is a directory, not an issue file");
  std::ifstream in(path, std::ios::binary);
  if (!in) throw Error(path, "cannot open for reading");
  std::ostringstream buf;
  buf << in.rdbuf();
  if (in.bad()) throw Error(path, "read error");
  return ParseBytes(buf.str(), path);
}

}  // namespace paperdex
