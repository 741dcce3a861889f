#include "paperdex/query_parser.h"

#include <algorithm>
#include <cstdio>
#include <memory>
#include <optional>

#include "paperdex/error.h"
#include "paperdex/index_schema.h"
#include "paperdex/issue.h"
#include "paperdex/text.h"

namespace paperdex {
namespace {

namespace s = schema;

// How much more an exact run counts than its scattered characters, and a run in a title field.
constexpr double kPhraseBoost = 2.0;
constexpr double kTitleBoost = 4.0;
constexpr double kWordBoost = 0.5;

[[noreturn]] void Bad(const std::string& why) { throw Error("", "bad query: " + why); }

// ---------------------------------------------------------------------------------------------
// Tokens.

enum class Tok { kWord, kPhrase, kOpen, kClose, kAnd, kOr, kNot, kMinus, kEnd };

struct Token {
  Tok type;
  std::u32string text;  // word or phrase text (for a field, the value)
  std::string field;    // lower-case field name, or empty
};

bool IsQuerySpace(char32_t c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == 0x3000;
}

const char* const kFields[] = {"headline", "title",    "byline", "author", "section", "paper",
                               "caption",  "dateline", "kind",   "page",   "date",    "id"};

std::vector<Token> Lex(std::u32string_view q) {
  std::vector<Token> out;
  size_t i = 0;
  while (i < q.size()) {
    const char32_t c = q[i];
    if (IsQuerySpace(c)) {
      ++i;
      continue;
    }
    if (c == '(') {
      out.push_back({Tok::kOpen, U"", ""});
      ++i;
      continue;
    }
    if (c == ')') {
      out.push_back({Tok::kClose, U"", ""});
      ++i;
      continue;
    }
    if (c == '-' && i + 1 < q.size() && !IsQuerySpace(q[i + 1]) &&
        (out.empty() || out.back().type != Tok::kWord || i == 0 || IsQuerySpace(q[i - 1]) ||
         q[i - 1] == '(')) {
      out.push_back({Tok::kMinus, U"", ""});
      ++i;
      continue;
    }
    if (c == '"') {
      const size_t close = q.find('"', i + 1);
      if (close == std::u32string_view::npos) Bad("unbalanced quote");
      out.push_back({Tok::kPhrase, std::u32string(q.substr(i + 1, close - i - 1)), ""});
      i = close + 1;
      continue;
    }
    size_t j = i;
    while (j < q.size() && !IsQuerySpace(q[j]) && q[j] != '(' && q[j] != ')' && q[j] != '"') ++j;
    std::u32string word(q.substr(i, j - i));
    i = j;
    if (word == U"AND") {
      out.push_back({Tok::kAnd, U"", ""});
      continue;
    }
    if (word == U"OR") {
      out.push_back({Tok::kOr, U"", ""});
      continue;
    }
    if (word == U"NOT") {
      out.push_back({Tok::kNot, U"", ""});
      continue;
    }
    // field:value, field:"phrase"
    const size_t colon = word.find(':');
    if (colon != std::u32string::npos && colon > 0) {
      std::string name;
      bool ascii = true;
      for (char32_t ch : word.substr(0, colon)) {
        if (ch >= 0x80) ascii = false;
        name.push_back(static_cast<char>(std::tolower(static_cast<int>(ch < 0x80 ? ch : 'x'))));
      }
      if (ascii && std::find(std::begin(kFields), std::end(kFields), name) != std::end(kFields)) {
        std::u32string value = word.substr(colon + 1);
        Tok type = Tok::kWord;
        if (value.empty() && i < q.size() && q[i] == '"') {
          const size_t close = q.find('"', i + 1);
          if (close == std::u32string_view::npos) Bad("unbalanced quote");
          value = std::u32string(q.substr(i + 1, close - i - 1));
          type = Tok::kPhrase;
          i = close + 1;
        }
        if (Trim(value).empty()) Bad("the field '" + name + ":' has no value");
        out.push_back({type, value, name});
        continue;
      }
    }
    out.push_back({Tok::kWord, word, ""});
  }
  out.push_back({Tok::kEnd, U"", ""});
  return out;
}

// ---------------------------------------------------------------------------------------------
// Dates.

bool ValidDay(int y, int m, int d) {
  static constexpr int kDays[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (y < 1 || m < 1 || m > 12 || d < 1 || d > kDays[m - 1]) return false;
  return !(m == 2 && d == 29 && !((y % 4 == 0 && y % 100 != 0) || y % 400 == 0));
}

int DaysIn(int y, int m) {
  for (int d = 31; d >= 28; --d) {
    if (ValidDay(y, m, d)) return d;
  }
  return 28;
}

struct DateSpec {
  int year = 0, month = 0, day = 0;  // month/day 0 when not given
};

// 2022, 2022-06, 2022-06-27 (also with / or . and without leading zeros, or 20220627).
DateSpec ParseDate(const std::string& s) {
  DateSpec d;
  int n = 0;
  if (s.size() == 8 && std::all_of(s.begin(), s.end(), ::isdigit)) {
    n = std::sscanf(s.c_str(), "%4d%2d%2d", &d.year, &d.month, &d.day);
  } else {
    std::string t = s;
    for (char& c : t) {
      if (c == '/' || c == '.') c = '-';
    }
    char extra = 0;
    n = std::sscanf(t.c_str(), "%d-%d-%d%c", &d.year, &d.month, &d.day, &extra);
    if (n == 4) Bad("'" + s + "' is not a date");
    if (n <= 0 || t.empty() || !std::isdigit(static_cast<unsigned char>(t[0])) ||
        std::count(t.begin(), t.end(), '-') != std::max(0, n - 1)) {
      Bad("'" + s + "' is not a date (use 2022-06-27, 2022-06 or 2022)");
    }
  }
  if (d.year < 1000 || d.year > 9999) Bad("'" + s + "' is not a date");
  if (n >= 2 && (d.month < 1 || d.month > 12)) Bad("'" + s + "' is an impossible date");
  if (n == 3 && !ValidDay(d.year, d.month, d.day)) Bad("'" + s + "' is an impossible date");
  if (n < 3) d.day = 0;
  if (n < 2) d.month = 0;
  return d;
}

std::string Ymd(int y, int m, int d) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d%02d%02d", y, m, d);
  return buf;
}

Xapian::Query Filter(const Xapian::Query& q) {
  return Xapian::Query(Xapian::Query::OP_SCALE_WEIGHT, q, 0.0);
}

Xapian::Query DateQuery(const std::string& value) {
  const size_t dots = value.find("..");
  if (dots == std::string::npos) {
    const DateSpec d = ParseDate(value);
    std::string term;
    if (d.day) {
      term = s::kDatePrefix + Ymd(d.year, d.month, d.day);
    } else if (d.month) {
      term = s::kMonthPrefix + Ymd(d.year, d.month, 1).substr(0, 6);
    } else {
      term = s::kYearPrefix + std::to_string(d.year);
    }
    return Filter(Xapian::Query(term));
  }
  const std::string a = value.substr(0, dots), b = value.substr(dots + 2);
  if (a.empty() && b.empty()) Bad("the date range '..' has no ends");
  std::string from = "00000000", to = "99999999";
  if (!a.empty()) {
    const DateSpec d = ParseDate(a);
    from = Ymd(d.year, d.month ? d.month : 1, d.day ? d.day : 1);
  }
  if (!b.empty()) {
    const DateSpec d = ParseDate(b);
    const int m = d.month ? d.month : 12;
    to = Ymd(d.year, m, d.day ? d.day : DaysIn(d.year, m));
  }
  if (from > to) Bad("the date range " + value + " ends before it starts");
  return Filter(Xapian::Query(Xapian::Query::OP_VALUE_RANGE, s::kDateSlot, from, to));
}

// ---------------------------------------------------------------------------------------------
// Text.

class Builder {
 public:
  Builder(const Analyzer& analyzer, std::vector<std::u32string>* highlights)
      : analyzer_(analyzer), highlights_(highlights) {}

  // Text in a field (prefix) or the default field; `exact` for a quoted phrase.
  std::optional<Xapian::Query> Text(std::u32string_view text, const std::string& prefix,
                                    bool exact) {
    const std::vector<Segment> segments = analyzer_.Segments(text);
    if (segments.empty()) return std::nullopt;
    std::vector<Xapian::Query> match, bonus;
    for (const Segment& seg : segments) {
      // The run as folded text: words keep the space between them.
      std::u32string folded;
      for (size_t k = 0; k < seg.tokens.size(); ++k) {
        if (k > 0 && !seg.char_level[k] && !seg.char_level[k - 1]) folded.push_back(' ');
        folded += ToU32(seg.tokens[k]);
      }
      if (highlights_ && prefix.empty()) highlights_->push_back(folded);
      const Xapian::Query phrase = Phrase(seg, prefix);
      if (exact || seg.tokens.size() == 1) {
        match.push_back(phrase);
      } else {
        match.push_back(Scattered(seg, prefix));
        bonus.push_back(Xapian::Query(Xapian::Query::OP_SCALE_WEIGHT, phrase, kPhraseBoost));
      }
      if (prefix.empty()) {
        bonus.push_back(Xapian::Query(Xapian::Query::OP_SCALE_WEIGHT, Phrase(seg, s::kTitlePrefix),
                                      kTitleBoost));
        std::vector<Xapian::Query> words;
        for (const std::string& w : analyzer_.Words(folded)) words.emplace_back(w);
        if (!words.empty()) {
          bonus.push_back(Xapian::Query(
              Xapian::Query::OP_SCALE_WEIGHT,
              Xapian::Query(Xapian::Query::OP_OR, words.begin(), words.end()), kWordBoost));
        }
      }
    }
    Xapian::Query q(Xapian::Query::OP_AND, match.begin(), match.end());
    if (!bonus.empty()) {
      q = Xapian::Query(Xapian::Query::OP_AND_MAYBE, q,
                        Xapian::Query(Xapian::Query::OP_OR, bonus.begin(), bonus.end()));
    }
    return q;
  }

 private:
  // The exact run: a phrase of its tokens, filtered by its bigrams (which makes it cheap).
  static Xapian::Query Phrase(const Segment& seg, const std::string& prefix) {
    if (seg.tokens.size() == 1) return Xapian::Query(prefix + seg.tokens[0]);
    std::vector<Xapian::Query> terms;
    for (const std::string& t : seg.tokens) terms.emplace_back(prefix + t);
    const Xapian::Query phrase(Xapian::Query::OP_PHRASE, terms.begin(), terms.end(),
                               static_cast<Xapian::termcount>(terms.size()));
    std::vector<Xapian::Query> bigrams;
    for (size_t k = 1; k < seg.tokens.size(); ++k) {
      if (seg.char_level[k] && seg.char_level[k - 1])
        bigrams.emplace_back(prefix + Bigram(seg.tokens[k - 1], seg.tokens[k]));
    }
    if (bigrams.empty()) return phrase;
    if (seg.tokens.size() == 2) return bigrams.front();  // two characters: the bigram is exact
    bigrams.push_back(phrase);
    return Xapian::Query(Xapian::Query::OP_AND, bigrams.begin(), bigrams.end());
  }

  // The run's words, each anywhere in the article: a Han run is split into ICU words (a word of
  // two characters or more must appear whole, as its bigrams), digits and letters as they are.
  // Every article holding the run holds all of these; so do articles holding the words apart.
  Xapian::Query Scattered(const Segment& seg, const std::string& prefix) const {
    std::vector<Xapian::Query> parts;
    auto is_han = [&](size_t k) {
      return seg.char_level[k] && IsHan(ToU32(seg.tokens[k]).front());
    };
    size_t k = 0;
    while (k < seg.tokens.size()) {
      if (is_han(k)) {
        size_t e = k;
        std::u32string run;
        while (e < seg.tokens.size() && is_han(e)) run += ToU32(seg.tokens[e++]);
        size_t at = k;
        for (size_t len : analyzer_.WordLengths(run)) {
          if (len == 1) parts.emplace_back(prefix + seg.tokens[at]);
          for (size_t j = at + 1; j < at + len; ++j)
            parts.emplace_back(prefix + Bigram(seg.tokens[j - 1], seg.tokens[j]));
          at += len;
        }
        k = e;
        continue;
      }
      const bool left = k > 0 && seg.char_level[k] && seg.char_level[k - 1] && !is_han(k - 1);
      const bool right =
          k + 1 < seg.tokens.size() && seg.char_level[k] && seg.char_level[k + 1] && !is_han(k + 1);
      if (left) parts.emplace_back(prefix + Bigram(seg.tokens[k - 1], seg.tokens[k]));
      if (!left && !right) parts.emplace_back(prefix + seg.tokens[k]);
      ++k;
    }
    return Xapian::Query(Xapian::Query::OP_AND, parts.begin(), parts.end());
  }

  const Analyzer& analyzer_;
  std::vector<std::u32string>* highlights_;
};

// ---------------------------------------------------------------------------------------------
// Grammar: or := and ("OR" and)* ; and := unary (["AND"] unary)* ; unary := ("NOT" | "-") unary |
// atom ; atom := "(" or ")" | word | phrase | field.

struct Node {
  std::optional<Xapian::Query> query;  // nullopt: nothing to search for (only punctuation)
  bool negated = false;
};

class Parser {
 public:
  Parser(std::vector<Token> tokens, const Analyzer& analyzer,
         std::vector<std::u32string>* highlights)
      : tokens_(std::move(tokens)), builder_(analyzer, highlights) {}

  Xapian::Query ParseAll() {
    Node n = Or();
    if (Peek().type == Tok::kClose) Bad("unbalanced parenthesis: ')' without '('");
    if (!n.query) Bad("nothing to search for");
    return n.negated ? Xapian::Query(Xapian::Query::OP_AND_NOT, Xapian::Query::MatchAll, *n.query)
                     : *n.query;
  }

 private:
  const Token& Peek() const { return tokens_[pos_]; }
  Token Next() { return tokens_[pos_++]; }

  Node Or() {
    Node left = And();
    while (Peek().type == Tok::kOr) {
      Next();
      Node right = And();
      left = Combine(Xapian::Query::OP_OR, std::move(left), std::move(right));
    }
    return left;
  }

  Node And() {
    Node left = Unary();
    for (;;) {
      const Tok t = Peek().type;
      if (t == Tok::kAnd) {
        Next();
      } else if (t == Tok::kEnd || t == Tok::kClose || t == Tok::kOr) {
        return left;
      }
      Node right = Unary();
      left = Combine(Xapian::Query::OP_AND, std::move(left), std::move(right));
    }
  }

  Node Unary() {
    const Tok t = Peek().type;
    if (t == Tok::kNot || t == Tok::kMinus) {
      Next();
      Node n = Unary();
      n.negated = !n.negated;
      return n;
    }
    return Atom();
  }

  Node Atom() {
    Token t = Next();
    switch (t.type) {
      case Tok::kOpen: {
        Node n = Or();
        if (Next().type != Tok::kClose) Bad("unbalanced parenthesis: '(' without ')'");
        return n;
      }
      case Tok::kWord:
      case Tok::kPhrase:
        return Node{Field(t), false};
      case Tok::kEnd:
        Bad("the query ends where a word was expected");
      case Tok::kClose:
        Bad("unbalanced parenthesis: ')' without '('");
      default:
        Bad("an operator where a word was expected");
    }
  }

  std::optional<Xapian::Query> Field(const Token& t) {
    const bool exact = t.type == Tok::kPhrase;
    const std::string value = ToUtf8(Trim(t.text));
    const std::string& f = t.field;
    if (f.empty()) return builder_.Text(t.text, "", exact);
    if (f == "headline" || f == "title")
      return Required(builder_.Text(t.text, s::kTitlePrefix, true), f);
    if (f == "byline" || f == "author")
      return Required(builder_.Text(t.text, s::kBylinePrefix, true), f);
    if (f == "section") return Required(builder_.Text(t.text, s::kSectionPrefix, true), f);
    if (f == "paper") return Required(builder_.Text(t.text, s::kPaperPrefix, true), f);
    if (f == "caption") return Required(builder_.Text(t.text, s::kCaptionPrefix, true), f);
    if (f == "dateline") return Required(builder_.Text(t.text, s::kDatelinePrefix, true), f);
    if (f == "kind") {
      if (!KindFromName(value))
        Bad("unknown kind '" + value +
            "' (news, brief, commentary, photo, notice, interview, teaser)");
      return Filter(Xapian::Query(s::kKindPrefix + value));
    }
    if (f == "id") return Filter(Xapian::Query(s::kIdPrefix + value));
    if (f == "date") return DateQuery(value);
    // page:3 or page:1..4
    const size_t dots = value.find("..");
    const std::string a = dots == std::string::npos ? value : value.substr(0, dots);
    const std::string b = dots == std::string::npos ? value : value.substr(dots + 2);
    auto number = [&](const std::string& x) {
      if (x.empty() || x.size() > 4 || !std::all_of(x.begin(), x.end(), ::isdigit))
        Bad("page:" + value + " is not a page number");
      return std::stoi(x);
    };
    const int from = number(a), to = number(b);
    if (from > to) Bad("page:" + value + " ends before it starts");
    std::vector<Xapian::Query> pages;
    for (int p = from; p <= to && pages.size() < 1000; ++p)
      pages.emplace_back(s::kPagePrefix + std::to_string(p));
    return Filter(Xapian::Query(Xapian::Query::OP_OR, pages.begin(), pages.end()));
  }

  static std::optional<Xapian::Query> Required(std::optional<Xapian::Query> q,
                                               const std::string& field) {
    if (!q) Bad("the field '" + field + ":' has nothing to search for");
    return q;
  }

  static Node Combine(Xapian::Query::op op, Node a, Node b) {
    if (!a.query) return b;
    if (!b.query) return a;
    if (op == Xapian::Query::OP_AND) {
      if (a.negated && b.negated) {
        return Node{Xapian::Query(Xapian::Query::OP_OR, *a.query, *b.query), true};
      }
      if (b.negated)
        return Node{Xapian::Query(Xapian::Query::OP_AND_NOT, *a.query, *b.query), false};
      if (a.negated)
        return Node{Xapian::Query(Xapian::Query::OP_AND_NOT, *b.query, *a.query), false};
      return Node{Xapian::Query(Xapian::Query::OP_AND, *a.query, *b.query), false};
    }
    auto positive = [](const Node& n) {
      return n.negated ? Xapian::Query(Xapian::Query::OP_AND_NOT, Xapian::Query::MatchAll, *n.query)
                       : *n.query;
    };
    return Node{Xapian::Query(op, positive(a), positive(b)), false};
  }

  std::vector<Token> tokens_;
  size_t pos_ = 0;
  Builder builder_;
};

}  // namespace

ParsedQuery QueryParser::Parse(std::string_view text) const {
  ParsedQuery out;
  Parser parser(Lex(ToU32(text)), analyzer_, &out.highlights);
  out.query = parser.ParseAll();
  return out;
}

}  // namespace paperdex
