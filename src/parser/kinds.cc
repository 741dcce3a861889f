#include "parser/kinds.h"

#include <algorithm>

#include "conventions.h"
#include "parser/bylines.h"
#include "parser/headlines.h"
#include "parser/lines.h"

namespace paperdex::parser {
namespace {

namespace cv = conventions;

std::string JoinParagraphs(const std::vector<std::u32string>& paragraphs) {
  size_t bytes = 0;
  for (const auto& p : paragraphs) bytes += Utf8Length(p) + 1;
  std::string out;
  out.reserve(bytes);
  for (const auto& p : paragraphs) {
    const std::u32string_view t = Trim(p);
    if (t.empty()) continue;
    if (!out.empty()) out.push_back('\n');
    AppendUtf8(t, out);
  }
  return out;
}

}  // namespace

bool IsNoticeHeadline(std::u32string_view headline) {
  const std::u32string h = StripSpaces(headline);  // "征 集" spaced out to the width of a box
  if (EndsWithAny(h, cv::kNewsDocumentEndings)) return false;
  for (auto r : cv::kNoticeLabels) {
    if (EndsWith(h, r)) {
      // "通知" ends many news headlines; a notice's starts with 关于.
      if (HasRow(cv::kAboutOnlyNoticeLabels, r) && !StartsWithAny(h, cv::kNoticeSubjectLeads))
        continue;
      return true;
    }
  }
  return false;
}

bool IsInterview(const std::vector<std::u32string>& paragraphs) {
  int questions = 0, answers = 0;
  for (const auto& p : paragraphs) {
    const std::u32string key = FoldWidth(p.substr(0, 12));
    if (StartsWithAny(key, cv::kInterviewLeads)) {
      (StartsWithAny(key, cv::kInterviewAnswerLeads) ? answers : questions) += 1;
      continue;
    }
    const size_t colon = key.find(':');
    if (colon >= 2 && colon <= 4 && IsPersonName(key.substr(0, colon))) ++answers;
  }
  return questions >= 2 && answers >= 1;
}

ArticleKind DecideKind(const Draft& d) {
  const Article& a = d.article;
  const std::u32string headline = ToU32(a.headline);
  const std::optional<std::u32string> page_name =
      d.page_name.empty() ? std::nullopt : std::optional<std::u32string>(d.page_name);
  if (d.contents || (d.teaser && d.paragraphs.size() <= 1)) return ArticleKind::kTeaser;
  if (IsNoticeHeadline(headline) || HasRow(cv::kAdvertLeads, StripSpaces(headline)) ||
      HasRow(cv::kAdvertLeads, d.page_name) || MatchesLabel(d.column, cv::kNoticeLabels) ||
      MatchesLabel(page_name, cv::kNoticeLabels)) {
    return ArticleKind::kNotice;
  }
  if (MatchesLabel(d.column, cv::kBriefLabels)) return ArticleKind::kBrief;
  if (IsInterview(d.paragraphs)) return ArticleKind::kInterview;
  const bool commentary_role = std::any_of(a.bylines.begin(), a.bylines.end(), [](const Byline& b) {
    return ContainsAny(ToU32(b.role ? *b.role : b.name), cv::kEditorialRoles);
  });
  // A name signed without a role makes a commentary only under a column label of its own (a
  // label over the headline, or a short kicker that is one): papers sign essays, features and
  // reporters' notes the same way, and tag them in the headline ("（记者手记）").
  const bool bare_author =
      !a.bylines.empty() && std::all_of(a.bylines.begin(), a.bylines.end(),
                                        [](const Byline& b) { return !b.role && !b.photo; });
  const bool column_label = d.column || (a.kicker && ShortLine(ToU32(*a.kicker), kMaxColumnChars) &&
                                         !EndsWithDash(ToU32(*a.kicker)));
  const std::optional<std::u32string> tag = HeadlineTag(headline);
  if (commentary_role || (bare_author && column_label) ||
      MatchesLabel(d.column, cv::kCommentaryLabels) || MatchesLabel(tag, cv::kCommentaryLabels) ||
      (a.kicker && ContainsAny(ToU32(*a.kicker), cv::kCommentaryLabels))) {
    return ArticleKind::kCommentary;
  }
  // A commentary page makes commentaries of what it prints, pictures too.
  if (MatchesLabel(page_name, cv::kCommentaryLabels) && a.bylines.size() <= 1)
    return ArticleKind::kCommentary;
  if (MatchesLabel(d.column, cv::kPhotoLabels) || MatchesLabel(page_name, cv::kPhotoLabels) ||
      HasRow(cv::kPhotoLabels, StripSpaces(headline))) {
    return ArticleKind::kPhoto;
  }
  const bool only_credits =
      !a.bylines.empty() &&
      std::all_of(a.bylines.begin(), a.bylines.end(), [](const Byline& b) { return b.photo; });
  if (only_credits) return ArticleKind::kPhoto;
  return ArticleKind::kNews;
}

std::vector<Article> FinishArticles(std::vector<Draft> drafts) {
  std::vector<Article> articles;
  articles.reserve(drafts.size());
  for (Draft& d : drafts) {
    Article& a = d.article;
    if (a.headline.empty() && d.paragraphs.empty() && a.captions.empty()) continue;
    a.kind = DecideKind(d);
    // A signed commentary has a column over its headline, not a kicker: this overrides the
    // headline block (headlines.h), which took the line for a kicker.
    if (a.kind == ArticleKind::kCommentary && a.kicker && !d.column &&
        ShortLine(ToU32(*a.kicker), kMaxColumnChars)) {
      d.column = ToU32(*a.kicker);
      a.kicker.reset();
    }
    a.body = JoinParagraphs(d.paragraphs);
    if (d.column) {
      a.section = ToUtf8(*d.column);
    } else if (!d.page_name.empty()) {
      a.section = ToUtf8(d.page_name);
    }
    articles.push_back(std::move(a));
  }
  return articles;
}

}  // namespace paperdex::parser
