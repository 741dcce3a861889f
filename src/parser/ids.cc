#include "parser/ids.h"

#include <unicode/translit.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <cstdio>
#include <memory>
#include <mutex>
#include <unordered_map>

#include "paperdex/issue_parser.h"

namespace paperdex {

std::string PaperSlug(const std::optional<std::string>& paper) {
  if (!paper || paper->empty()) return "paper";
  static std::mutex mu;
  static std::unique_ptr<icu::Transliterator> to_latin;
  static bool tried = false;
  std::string slug;
  {
    std::lock_guard<std::mutex> lock(mu);
    if (!tried) {
      tried = true;
      UErrorCode status = U_ZERO_ERROR;
      to_latin.reset(icu::Transliterator::createInstance("Han-Latin; Latin-ASCII; Lower",
                                                         UTRANS_FORWARD, status));
      if (U_FAILURE(status)) to_latin.reset();
    }
    if (to_latin) {
      icu::UnicodeString u = icu::UnicodeString::fromUTF8(*paper);
      to_latin->transliterate(u);
      std::string latin;
      u.toUTF8String(latin);
      bool word_start = true;
      for (char c : latin) {
        const bool alnum = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
        if (alnum && word_start) slug.push_back(c);
        word_start = !alnum;
      }
    }
  }
  if (slug.empty()) {
    unsigned hash = 2166136261u;
    for (unsigned char c : *paper) hash = (hash ^ c) * 16777619u;
    char buf[16];
    std::snprintf(buf, sizeof buf, "p%06x", hash & 0xFFFFFF);
    slug = buf;
  }
  return slug.substr(0, 8);
}

std::string MakeArticleId(const std::string& paper_slug, const std::optional<std::string>& date,
                          const Article& a) {
  std::string day = "00000000";
  if (date && date->size() == 10)
    day = date->substr(0, 4) + date->substr(5, 2) + date->substr(8, 2);
  char tail[32];
  std::snprintf(tail, sizeof tail, "-%02d-%02d", a.page.value_or(0), a.position);
  return paper_slug + "-" + day + tail;
}

namespace parser {

std::vector<Article> NumberArticles(std::vector<Article> articles,
                                    const std::optional<std::string>& paper,
                                    const std::optional<std::string>& date) {
  std::unordered_map<int, int> positions;
  for (Article& a : articles) a.position = ++positions[a.page.value_or(0)];
  const std::string slug = PaperSlug(paper);
  for (Article& a : articles) a.id = MakeArticleId(slug, date, a);
  return articles;
}

int LastPage(const std::vector<Article>& articles) {
  int max_page = 0;
  for (const Article& a : articles) max_page = std::max(max_page, a.page.value_or(0));
  return max_page;
}

}  // namespace parser
}  // namespace paperdex
