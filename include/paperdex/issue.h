// Plain value types for a parsed newspaper issue and its articles. Their JSON shape is defined
// once, in issue_json.h.
#ifndef PAPERDEX_ISSUE_H_
#define PAPERDEX_ISSUE_H_

#include <optional>
#include <string>
#include <vector>

namespace paperdex {

// One name in a byline with the role printed before it ("本报记者", "通讯员"), if any.
struct Byline {
  std::optional<std::string> role;
  std::string name;
  bool photo = false;  // a photo credit ("… 摄")

  bool operator==(const Byline&) const = default;
};

enum class ArticleKind { kNews, kBrief, kCommentary, kPhoto, kNotice, kInterview, kTeaser };

// The lower-case name used in JSON ("news", "teaser"…).
const char* KindName(ArticleKind kind);
// The inverse of KindName; nullopt for an unknown name.
std::optional<ArticleKind> KindFromName(const std::string& name);

struct Article {
  std::string id;  // stable: paper, date, page and position, e.g. "zzrb-20220627-01-03"
  ArticleKind kind = ArticleKind::kNews;
  std::optional<int> page;
  std::optional<std::string> section;  // column label, else the page name
  std::optional<std::string> kicker;
  std::string headline;
  std::optional<std::string> subheadline;
  std::vector<Byline> bylines;
  std::optional<std::string> dateline;
  std::string body;  // paragraphs joined by '\n'
  std::vector<std::string> captions;
  std::optional<int> continued_from_page;
  std::optional<int> continued_on_page;
  int position = 0;  // 1-based position on its page (or in the file when pages are unknown)
};

// Something worth telling the user about a file that was parsed anyway.
struct Diagnostic {
  std::string message;
};

struct Issue {
  std::optional<std::string> paper;
  std::optional<std::string> date;         // ISO 8601, YYYY-MM-DD
  std::optional<std::string> date_source;  // "masthead", "page header" or "file name"
  std::optional<std::string> weekday;      // as printed, e.g. "星期一"
  std::optional<int> issue_no;
  std::optional<int> pages;
  std::string encoding;  // "utf-8", "gb18030", "big5", "utf-16"
  std::string source;    // the path the issue was read from
  std::vector<Article> articles;
  std::vector<std::string> noise;  // lines dropped as page furniture or extraction junk
  std::vector<Diagnostic> diagnostics;
};

}  // namespace paperdex

#endif  // PAPERDEX_ISSUE_H_
