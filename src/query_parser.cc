#include "paperdex/query_parser.h"

#include <algorithm>
#include <cstdio>
#include <functional>
#include <memory>
#include <optional>

#include "paperdex/error.h"
#include "paperdex/index_schema.h"
#include "paperdex/issue.h"
#include "paperdex/stored_article.h"
#include "paperdex/text.h"

namespace paperdex {
namespace {

namespace s = schema;

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

// "unknown field 'headlin:' (did you mean 'headline:'?)", or the fields there are.
std::string UnknownField(const std::string& name) {
  std::string best;
  size_t best_distance = 3;  // at most two edits away
  for (const FieldSpec& f : Fields()) {
    for (const char* n : {f.name, f.alias}) {
      if (!n) continue;
      const size_t d = EditDistance(name, n);
      if (d < best_distance) {
        best_distance = d;
        best = n;
      }
    }
  }
  if (!best.empty()) return "unknown field '" + name + ":' (did you mean '" + best + ":'?)";
  std::string all;
  for (const FieldSpec& f : Fields()) all += std::string(all.empty() ? "" : ", ") + f.name + ":";
  return "unknown field '" + name + ":' (the fields are " + all + ")";
}

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
    // field:value, field:"phrase" (a full-width colon works as one)
    const size_t colon = word.find_first_of(U":：");
    if (colon != std::u32string::npos && colon > 0) {
      std::string name;
      bool ascii = true, letters = true;
      for (char32_t ch : word.substr(0, colon)) {
        if (ch >= 0x80) ascii = false;
        if (!((ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z'))) letters = false;
        name.push_back(static_cast<char>(std::tolower(static_cast<int>(ch < 0x80 ? ch : 'x'))));
      }
      const bool known = ascii && FindField(name) != nullptr;
      // A word of letters before a colon names a field: one that is none is a mistake (a web
      // address is not).
      if (!known && letters && colon + 1 < word.size() && name != "http" && name != "https" &&
          name != "ftp" && name != "mailto") {
        Bad(UnknownField(name));
      }
      if (known) {
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

// A date as written, in the form 2022-6-27: full-width digits folded, / . 年 月 as -, a closing 日
// dropped ("2022年6月27日", "２０２２年６月"). Empty when it holds anything else.
std::string DashedDate(const std::string& s) {
  const std::u32string u = FoldWidth(ToU32(s));
  std::string t;
  for (size_t i = 0; i < u.size(); ++i) {
    const char32_t c = u[i];
    if (c >= '0' && c <= '9') {
      t.push_back(static_cast<char>(c));
    } else if (c == '/' || c == '.' || c == '-' || c == U'年' || c == U'月') {
      // "2022年6月": the unit after the last number closes it.
      if (i + 1 < u.size() || c == '-' || c == '/' || c == '.') t.push_back('-');
    } else if (!(c == U'日' && i + 1 == u.size())) {
      return "";
    }
  }
  return t;
}

// 2022, 2022-06, 2022-06-27 (also with / or . and without leading zeros, or 20220627), and as
// Chinese writes them: 2022年, 2022年6月, 2022年6月27日.
DateSpec ParseDate(const std::string& s) {
  DateSpec d;
  int n = 0;
  const std::string t = DashedDate(s);
  const auto dashes = std::count(t.begin(), t.end(), '-');
  if (t.size() == 8 && dashes == 0) {
    n = std::sscanf(t.c_str(), "%4d%2d%2d", &d.year, &d.month, &d.day);
  } else {
    // Numbers of one to four digits with one dash between each, nothing else.
    bool ok = !t.empty() && t.front() != '-' && t.back() != '-' && dashes <= 2;
    for (size_t i = 1; ok && i < t.size(); ++i) ok = !(t[i] == '-' && t[i - 1] == '-');
    if (ok) n = std::sscanf(t.c_str(), "%d-%d-%d", &d.year, &d.month, &d.day);
    if (!ok || n != dashes + 1) {
      Bad("'" + s + "' is not a date (use 2022-06-27, 2022-06, 2022 or 2022年6月27日)");
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

// A date, month, year or range: its filter term or value range, and the dates it spans.
struct DateFilter {
  Xapian::Query query;
  std::string from, to;  // YYYYMMDD, inclusive
};

DateFilter DateQuery(const std::string& value) {
  const size_t dots = value.find("..");
  if (dots == std::string::npos) {
    const DateSpec d = ParseDate(value);
    if (d.day) {
      const std::string day = Ymd(d.year, d.month, d.day);
      return {Filter(Xapian::Query(s::kDatePrefix + day)), day, day};
    }
    if (d.month) {
      return {Filter(Xapian::Query(s::kMonthPrefix + Ymd(d.year, d.month, 1).substr(0, 6))),
              Ymd(d.year, d.month, 1), Ymd(d.year, d.month, DaysIn(d.year, d.month))};
    }
    return {Filter(Xapian::Query(s::kYearPrefix + std::to_string(d.year))), Ymd(d.year, 1, 1),
            Ymd(d.year, 12, 31)};
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
  return {Filter(Xapian::Query(Xapian::Query::OP_VALUE_RANGE, s::kDateSlot, from, to)), from, to};
}

// ---------------------------------------------------------------------------------------------
// Predicates: the meaning of a query, decided from an article's text.

bool IsLetter(char32_t c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
         (c >= 0xC0 && c < 0x2000 && !IsSpace(c));
}

// A word of letters standing on its own in `unit`.
bool HasWord(std::u32string_view unit, std::u32string_view word) {
  for (size_t at = unit.find(word); at != std::u32string_view::npos; at = unit.find(word, at + 1)) {
    const bool left = at == 0 || !IsLetter(unit[at - 1]);
    const bool right = at + word.size() == unit.size() || !IsLetter(unit[at + word.size()]);
    if (left && right) return true;
  }
  return false;
}

// Every piece in some unit of the field (each piece anywhere), every word standing on its own.
class ContainsAll : public Predicate {
 public:
  ContainsAll(TextField field, std::vector<std::u32string> pieces,
              std::vector<std::u32string> words)
      : field_(field), pieces_(std::move(pieces)), words_(std::move(words)) {}
  bool Matches(const ArticleText& a) const override {
    const auto& units = a.Units(field_);
    for (const auto& p : pieces_) {
      if (!std::any_of(units.begin(), units.end(),
                       [&](const std::u32string& u) { return Contains(u, p); }))
        return false;
    }
    for (const auto& w : words_) {
      if (!std::any_of(units.begin(), units.end(),
                       [&](const std::u32string& u) { return HasWord(u, w); }))
        return false;
    }
    return true;
  }

 private:
  TextField field_;
  std::vector<std::u32string> pieces_, words_;
};

class FilterPredicate : public Predicate {
 public:
  explicit FilterPredicate(std::function<bool(const ArticleText&)> f) : f_(std::move(f)) {}
  bool Matches(const ArticleText& a) const override { return f_(a); }

 private:
  std::function<bool(const ArticleText&)> f_;
};

class Junction : public Predicate {
 public:
  Junction(bool all, std::shared_ptr<const Predicate> a, std::shared_ptr<const Predicate> b)
      : all_(all), a_(std::move(a)), b_(std::move(b)) {}
  bool Matches(const ArticleText& x) const override {
    return all_ ? a_->Matches(x) && b_->Matches(x) : a_->Matches(x) || b_->Matches(x);
  }

 private:
  bool all_;
  std::shared_ptr<const Predicate> a_, b_;
};

class Negation : public Predicate {
 public:
  explicit Negation(std::shared_ptr<const Predicate> a) : a_(std::move(a)) {}
  bool Matches(const ArticleText& x) const override { return !a_->Matches(x); }

 private:
  std::shared_ptr<const Predicate> a_;
};

// ---------------------------------------------------------------------------------------------
// Text.

// A part of a query: the index query that finds (at least) its matches, what it means exactly, and
// whether the index query is a superset that needs that check.
struct Part {
  Xapian::Query query;
  std::shared_ptr<const Predicate> pred;
  bool verify = false;
};

class Builder {
 public:
  Builder(const Analyzer& analyzer, const Xapian::Database* db, ParsedQuery* out)
      : analyzer_(analyzer), db_(db), out_(out) {}

  // Text in a field; `exact` for a quoted string (a field's text is always matched exactly).
  std::optional<Part> Text(std::u32string_view text, TextField field, const std::string& prefix,
                           bool exact) {
    const std::vector<Segment> segments = analyzer_.Segments(text);
    if (segments.empty()) return std::nullopt;
    std::vector<Xapian::Query> match;
    std::vector<std::u32string> pieces, words;
    for (const Segment& seg : segments) {
      const std::u32string folded = Folded(seg);
      // What a search for the text, or for a headline, shows marked.
      if (field == TextField::kText || field == TextField::kTitle || field == TextField::kBody) {
        out_->highlights.push_back(folded);
      }
      if (field == TextField::kText && !exact) out_->runs.push_back(folded);
      match.push_back(exact ? Covering(seg, prefix, &pieces, &words)
                            : Scattered(seg, prefix, &pieces, &words));
    }
    Part part;
    part.query = Xapian::Query(Xapian::Query::OP_AND, match.begin(), match.end());
    if (exact) {
      // The whole string, as folded, within one unit of the field.
      std::u32string whole(Trim(FoldText(text)));
      const bool by_terms = segments.size() == 1 && field == TextField::kText &&
                            (segments[0].tokens.size() == 1 ||
                             (segments[0].tokens.size() == 2 && StartsBigram(segments[0], 0)));
      part.pred = std::make_shared<ContainsAll>(field, std::vector<std::u32string>{whole},
                                                std::vector<std::u32string>{});
      part.verify = !by_terms;
    } else {
      part.pred = std::make_shared<ContainsAll>(field, std::move(pieces), std::move(words));
      part.verify = false;
    }
    return part;
  }

 private:
  // The run as folded text: words keep the space between them.
  static std::u32string Folded(const Segment& seg) {
    std::u32string folded;
    for (size_t k = 0; k < seg.tokens.size(); ++k) {
      if (k > 0 && !seg.joined[k]) folded.push_back(' ');
      folded += ToU32(seg.tokens[k]);
    }
    return folded;
  }

  // A character on its own: its term where it starts no bigram, or any bigram it starts.
  Xapian::Query Character(const std::string& prefix, const std::string& c) const {
    std::vector<Xapian::Query> any{Xapian::Query(prefix + c)};
    if (db_) {
      const std::string start = prefix + c;
      for (auto t = db_->allterms_begin(start); t != db_->allterms_end(start); ++t) {
        const std::string term = *t;
        if (term.size() > start.size() &&
            ToU32(std::string_view(term).substr(prefix.size())).size() == 2) {
          any.emplace_back(term);
        }
      }
    }
    return any.size() == 1 ? any.front()
                           : Xapian::Query(Xapian::Query::OP_OR, any.begin(), any.end());
  }

  // The terms a part of a query needs, and the pieces of text the check looks for.
  struct Terms {
    std::vector<Xapian::Query> parts;
    std::vector<std::u32string>* pieces;
    std::vector<std::u32string>* words;
  };

  // The bigram of tokens k and k+1.
  static void AddBigram(const Segment& seg, size_t k, const std::string& prefix, Terms* t) {
    const std::string b = Bigram(seg.tokens[k], seg.tokens[k + 1]);
    t->parts.emplace_back(prefix + b);
    t->pieces->push_back(ToU32(b));
  }

  // Token k on its own: a character (its term, or a bigram it starts), or a word.
  void AddToken(const Segment& seg, size_t k, const std::string& prefix, Terms* t) const {
    if (seg.char_level[k]) {
      t->parts.push_back(Character(prefix, seg.tokens[k]));
      t->pieces->push_back(ToU32(seg.tokens[k]));
    } else {
      t->parts.emplace_back(prefix + seg.tokens[k]);
      t->words->push_back(ToU32(seg.tokens[k]));
    }
  }

  // Terms every text holding the run holds: its bigrams, its lone characters, its words.
  Xapian::Query Covering(const Segment& seg, const std::string& prefix,
                         std::vector<std::u32string>* pieces,
                         std::vector<std::u32string>* words) const {
    Terms t{{}, pieces, words};
    for (size_t k = 0; k < seg.tokens.size(); ++k) {
      if (StartsBigram(seg, k)) {
        AddBigram(seg, k, prefix, &t);
      } else if (k == 0 || !StartsBigram(seg, k - 1)) {
        AddToken(seg, k, prefix, &t);
      }
    }
    return Xapian::Query(Xapian::Query::OP_AND, t.parts.begin(), t.parts.end());
  }

  // The run's words, each anywhere in the article: a Han run is split into ICU words (a word of
  // two characters or more must appear whole, as its bigrams), digits and letters as they are.
  // Every article holding the run holds all of these; so do articles holding the words apart.
  Xapian::Query Scattered(const Segment& seg, const std::string& prefix,
                          std::vector<std::u32string>* pieces,
                          std::vector<std::u32string>* words) const {
    Terms t{{}, pieces, words};
    auto is_han = [&](size_t k) {
      return seg.char_level[k] && IsHan(ToU32(seg.tokens[k]).front());
    };
    size_t k = 0;
    while (k < seg.tokens.size()) {
      if (is_han(k)) {
        size_t e = k + 1;
        while (e < seg.tokens.size() && is_han(e) && seg.joined[e]) ++e;
        std::u32string run;
        for (size_t j = k; j < e; ++j) run += ToU32(seg.tokens[j]);
        // A character the segmenter left alone is tied to a neighbour by a bigram (a lone
        // character matches almost everything, and costs an OR of all the bigrams it starts).
        size_t at = k;
        for (size_t len : analyzer_.WordLengths(run)) {
          if (len == 1 && e - k == 1) AddToken(seg, at, prefix, &t);
          if (len == 1 && e - k > 1) AddBigram(seg, at + 1 < e ? at : at - 1, prefix, &t);
          for (size_t j = at; j + 1 < at + len; ++j) AddBigram(seg, j, prefix, &t);
          at += len;
        }
        k = e;
        continue;
      }
      if (StartsBigram(seg, k) && !is_han(k + 1)) {
        AddBigram(seg, k, prefix, &t);
      } else if (k == 0 || !StartsBigram(seg, k - 1) || is_han(k - 1)) {
        AddToken(seg, k, prefix, &t);
      }
      ++k;
    }
    return Xapian::Query(Xapian::Query::OP_AND, t.parts.begin(), t.parts.end());
  }

  const Analyzer& analyzer_;
  const Xapian::Database* db_;
  ParsedQuery* out_;
};

// ---------------------------------------------------------------------------------------------
// Grammar: or := and ("OR" and)* ; and := unary (["AND"] unary)* ; unary := ("NOT" | "-") unary |
// atom ; atom := "(" or ")" | word | phrase | field.

struct Node {
  std::optional<Part> part;  // nullopt: nothing to search for (only punctuation)
  bool negated = false;
};

class Parser {
 public:
  Parser(std::vector<Token> tokens, const Analyzer& analyzer, const Xapian::Database* db,
         ParsedQuery* out)
      : tokens_(std::move(tokens)), builder_(analyzer, db, out) {}

  Part ParseAll() {
    Node n = And();
    if (Peek().type == Tok::kClose) Bad("unbalanced parenthesis: ')' without '('");
    if (!n.part) Bad("nothing to search for");
    return Positive(n);
  }

 private:
  const Token& Peek() const { return tokens_[pos_]; }
  Token Next() { return tokens_[pos_++]; }

  // Precedence, tightest first: NOT and -, then OR, then AND and the space between words, as web
  // search engines read a query: 株洲 湘潭 OR 长沙 is 株洲 (湘潭 OR 长沙).
  Node And() {
    Node left = Or();
    for (;;) {
      const Tok t = Peek().type;
      if (t == Tok::kAnd) {
        Next();
      } else if (t == Tok::kEnd || t == Tok::kClose) {
        return left;
      }
      Node right = Or();
      left = Combine(true, std::move(left), std::move(right));
    }
  }

  Node Or() {
    Node left = Unary();
    while (Peek().type == Tok::kOr) {
      Next();
      Node right = Unary();
      left = Combine(false, std::move(left), std::move(right));
    }
    return left;
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
        Node n = And();
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

  static Part FilterPart(Xapian::Query q, std::function<bool(const ArticleText&)> f) {
    return Part{std::move(q), std::make_shared<FilterPredicate>(std::move(f)), false};
  }

  std::optional<Part> Field(const Token& t) {
    const bool exact = t.type == Tok::kPhrase;
    const std::string value = ToUtf8(Trim(t.text));
    const std::string& f = t.field;
    if (f.empty()) return builder_.Text(t.text, TextField::kText, "", exact);
    const FieldSpec* spec = FindField(f);
    switch (spec->type) {
      case FieldType::kText:
        return Required(builder_.Text(t.text, spec->text, spec->prefix, true), f);
      case FieldType::kKind:
        return KindPart(value);
      case FieldType::kId:
        return FilterPart(Filter(Xapian::Query(s::kIdPrefix + value)),
                          [value](const ArticleText& a) { return a.id == value; });
      case FieldType::kDate:
        return DatePart(value);
      case FieldType::kPage:
        return PagePart(value);
    }
    return std::nullopt;
  }

  static Part KindPart(const std::string& value) {
    if (!KindFromName(value)) {
      Bad("unknown kind '" + value +
          "' (news, brief, commentary, photo, notice, interview, teaser)");
    }
    return FilterPart(Filter(Xapian::Query(s::kKindPrefix + value)),
                      [value](const ArticleText& a) { return a.kind == value; });
  }

  static Part DatePart(const std::string& value) {
    DateFilter d = DateQuery(value);
    return FilterPart(d.query, [from = d.from, to = d.to](const ArticleText& a) {
      if (a.date.size() != 10) return false;
      const std::string ymd = a.date.substr(0, 4) + a.date.substr(5, 2) + a.date.substr(8, 2);
      return ymd >= from && ymd <= to;
    });
  }

  // page:3 or page:1..4
  static Part PagePart(const std::string& value) {
    const size_t dots = value.find("..");
    const std::string a = dots == std::string::npos ? value : value.substr(0, dots);
    const std::string b = dots == std::string::npos ? value : value.substr(dots + 2);
    auto number = [&](const std::string& x) {
      if (x.empty() || x.size() > 4 || !std::all_of(x.begin(), x.end(), ::isdigit)) {
        Bad("page:" + value + " is not a page number");
      }
      return std::stoi(x);
    };
    const int from = number(a), to = number(b);
    if (from > to) Bad("page:" + value + " ends before it starts");
    std::vector<Xapian::Query> pages;
    for (int p = from; p <= to && pages.size() < 1000; ++p)
      pages.emplace_back(s::kPagePrefix + std::to_string(p));
    return FilterPart(Filter(Xapian::Query(Xapian::Query::OP_OR, pages.begin(), pages.end())),
                      [from, to](const ArticleText& x) { return x.page >= from && x.page <= to; });
  }

  static std::optional<Part> Required(std::optional<Part> p, const std::string& field) {
    if (!p) Bad("the field '" + field + ":' has nothing to search for");
    return p;
  }

  // A node as a positive part: a negated one matches all but its matches. The index cannot take
  // away what it only narrows down (a part to verify): then the check alone does.
  static Part Positive(const Node& n) {
    if (!n.negated) return *n.part;
    const Part& p = *n.part;
    Xapian::Query q =
        p.verify ? Xapian::Query::MatchAll
                 : Xapian::Query(Xapian::Query::OP_AND_NOT, Xapian::Query::MatchAll, p.query);
    return Part{q, std::make_shared<Negation>(p.pred), p.verify};
  }

  static Node Combine(bool all, Node a, Node b) {
    if (!a.part) return b;
    if (!b.part) return a;
    if (all) {
      if (a.negated && b.negated) {  // NOT a AND NOT b: NOT (a OR b)
        return Node{Part{Xapian::Query(Xapian::Query::OP_OR, a.part->query, b.part->query),
                         std::make_shared<Junction>(false, a.part->pred, b.part->pred),
                         a.part->verify || b.part->verify},
                    true};
      }
      if (a.negated) std::swap(a, b);
      const Part& pa = *a.part;
      if (b.negated) {
        const Part& pb = *b.part;
        Xapian::Query q =
            pb.verify ? pa.query : Xapian::Query(Xapian::Query::OP_AND_NOT, pa.query, pb.query);
        return Node{
            Part{q, std::make_shared<Junction>(true, pa.pred, std::make_shared<Negation>(pb.pred)),
                 pa.verify || pb.verify},
            false};
      }
      const Part& pb = *b.part;
      return Node{Part{Xapian::Query(Xapian::Query::OP_AND, pa.query, pb.query),
                       std::make_shared<Junction>(true, pa.pred, pb.pred), pa.verify || pb.verify},
                  false};
    }
    const Part pa = Positive(a), pb = Positive(b);
    return Node{Part{Xapian::Query(Xapian::Query::OP_OR, pa.query, pb.query),
                     std::make_shared<Junction>(false, pa.pred, pb.pred), pa.verify || pb.verify},
                false};
  }

  std::vector<Token> tokens_;
  size_t pos_ = 0;
  Builder builder_;
};

}  // namespace

ArticleText ArticleText::From(const Json& a) {
  ArticleText t;
  auto& text = t.units[static_cast<size_t>(TextField::kText)];
  for (const FieldSpec& f : Fields()) {
    if (f.type != FieldType::kText) continue;
    auto& units = t.units[static_cast<size_t>(f.text)];
    ForEachFieldUnit(a, f, [&](std::string_view u) { units.push_back(FoldText(ToU32(u))); });
    if (f.in_text) text.insert(text.end(), units.begin(), units.end());
  }
  t.kind = a.value("kind", "");
  t.date = a.contains("date") && a["date"].is_string() ? a["date"].get<std::string>() : "";
  t.id = a.value("id", "");
  t.page = a.contains("page") && a["page"].is_number_integer() ? a["page"].get<int>() : 0;
  return t;
}

void RunBonus(const ArticleText& a, const std::vector<std::u32string>& runs, int* whole,
              int* in_title, int* in_byline) {
  *whole = *in_title = *in_byline = 0;
  for (const auto& r : runs) {
    if (r.empty()) continue;
    auto has = [&](const std::vector<std::u32string>& units) {
      return std::any_of(units.begin(), units.end(),
                         [&](const std::u32string& u) { return Contains(u, r); });
    };
    if (has(a.Units(TextField::kTitle))) {
      // A title that is the run itself counts twice: the article the user named by its headline.
      const auto& title = a.Units(TextField::kTitle);
      *in_title += std::find(title.begin(), title.end(), r) != title.end() ? 2 : 1;
      ++*whole;
    } else if (has(a.Units(TextField::kByline))) {
      ++*in_byline;
      ++*whole;
    } else if (has(a.Units(TextField::kText))) {
      ++*whole;
    }
  }
}

ParsedQuery QueryParser::Parse(std::string_view text) const {
  ParsedQuery out;
  Parser parser(Lex(ToU32(text)), analyzer_, db_, &out);
  Part p = parser.ParseAll();
  out.query = p.query;
  if (p.verify) out.verify = p.pred;
  return out;
}

}  // namespace paperdex
