#include "parser/assembly.h"

#include <algorithm>
#include <unordered_map>

#include "conventions.h"
#include "paperdex/masthead.h"
#include "parser/bylines.h"
#include "parser/classify.h"
#include "parser/headlines.h"
#include "parser/junk.h"
#include "parser/kinds.h"

namespace paperdex::parser {
namespace {

namespace cv = conventions;

// Longest text that a photo credit at its end makes a caption.
constexpr size_t kMaxCaptionChars = 80;
// The length of a draft's text so far, in characters.
std::vector<std::string> Names(const Draft& d) {
  std::vector<std::string> names;
  for (const Byline& b : d.article.bylines) {
    if (!b.photo) names.push_back(b.name);
  }
  return names;
}

size_t BodyChars(const Draft& d) {
  size_t chars = 0;
  for (const auto& p : d.paragraphs) chars += p.size();
  return chars;
}

// Appends `part` to the text of `host`: its kicker (unless `skip_kicker`), headline and
// subheadline, its writer's line, its text with the dateline it opened with, and its captions; of
// its bylines the photo credits go with it, or all of them with `all_bylines`.
void AppendAsText(Draft& part, Draft& host, bool skip_kicker, bool all_bylines) {
  if (part.article.kicker && !skip_kicker) host.paragraphs.push_back(ToU32(*part.article.kicker));
  if (!part.article.headline.empty()) host.paragraphs.push_back(ToU32(part.article.headline));
  if (part.article.subheadline) host.paragraphs.push_back(ToU32(*part.article.subheadline));
  const std::u32string& writer =
      part.contributor_line.empty() ? part.byline_text : part.contributor_line;
  if (!writer.empty()) host.paragraphs.push_back(writer);
  if (!part.dateline_text.empty() && !part.dateline_in_text && !part.paragraphs.empty()) {
    part.paragraphs.front() = part.dateline_text + part.paragraphs.front();
  }
  for (auto& p : part.paragraphs) host.paragraphs.push_back(std::move(p));
  for (auto& c : part.article.captions) host.article.captions.push_back(std::move(c));
  for (const Byline& b : part.article.bylines) {
    if (b.photo || all_bylines) AddBylines({b}, &host.article.bylines);
  }
}

// The same text but for white space.
bool SameText(std::u32string_view a, std::u32string_view b) {
  if (a == b) return true;
  size_t i = 0, j = 0;
  while (true) {
    while (i < a.size() && IsSpace(a[i])) ++i;
    while (j < b.size() && IsSpace(b[j])) ++j;
    if (i == a.size() || j == b.size()) return i == a.size() && j == b.size();
    if (a[i++] != b[j++]) return false;
  }
}

// A reference in brackets at the end of a paragraph ("……（下转第3版）"): its kind and page; removes
// it from `para`.
RefKind TakeTrailingRef(std::u32string& para, int* page) {
  if (para.empty() || FoldWidth(para.back()) != ')') return RefKind::kNone;
  const std::u32string key = FoldWidth(para);
  if (key.empty() || (key.back() != ')')) return RefKind::kNone;
  const size_t open = key.rfind('(');
  if (open == std::u32string::npos) return RefKind::kNone;
  const RefKind kind = ParseRef(std::u32string_view(key).substr(open), page);
  if (kind != RefKind::kNone)
    para = std::u32string(Trim(std::u32string_view(para).substr(0, open)));
  return kind;
}

// The same at the start of a paragraph: "（上接第1版）……".
RefKind TakeLeadingRef(std::u32string& para, int* page) {
  if (para.empty() || FoldWidth(para.front()) != '(') return RefKind::kNone;
  const std::u32string key = FoldWidth(para);
  if (key.empty() || key.front() != '(') return RefKind::kNone;
  const size_t close = key.find(')');
  if (close == std::u32string::npos) return RefKind::kNone;
  const RefKind kind = ParseRef(std::u32string_view(key).substr(0, close + 1), page);
  if (kind != RefKind::kNone)
    para = std::u32string(Trim(std::u32string_view(para).substr(close + 1)));
  return kind;
}

// The state machine. Each line goes to the handler of its kind, which may open an article (Start),
// close it (Close), hold title lines until the kind of the next line tells what they head, or
// drop the line as noise.
class Assembler {
 public:
  explicit Assembler(const std::vector<Line>& lines) : lines_(lines) {}

  Assembly Run();

 private:
  void OnNoise(size_t i);
  void OnPage(const Line& l);
  void OnTitle(size_t i);
  void OnByline(const Line& l);
  void OnCredit(const Line& l);
  void OnCaption(const Line& l);
  void OnTeaserRef(const Line& l);
  void OnTeaserBox(size_t header, size_t end);
  void OnContinuedOn(const Line& l);
  void OnContinuedFrom(const Line& l);
  void OnBody(const Line& l);

  Draft& Start();
  void Close();
  void AddParagraph(std::u32string para, bool joinable_with_previous);
  void FlushTitlesAsArticle();
  const Line* NextContent(size_t i) const;
  // The content line before line `i` (not blank, not noise), or null.
  const Line* PrevContent(size_t i) const;
  // The article that a part "上接第N版" goes on: on page `from_page`, continued on this page.
  std::optional<size_t> ContinuedStart(int from_page) const;
  // The current page, or nullopt when it is unknown.
  std::optional<int> Page() const { return page_ ? std::optional<int>(page_) : std::nullopt; }

  const std::vector<Line>& lines_;
  std::vector<Draft> drafts_;
  std::vector<std::u32string> noise_;
  std::optional<size_t> cur_;
  bool in_body_ = false;
  bool after_subhead_ = false;
  std::vector<TitleLine> titles_;
  std::vector<std::u32string> pending_captions_;
  std::vector<Byline> pending_credits_;
  int page_ = 0;
  std::optional<int> brief_page_;  // the page of the last brief column seen
  std::u32string page_name_;
  bool indented_layout_ = false;
};

const Line* Assembler::PrevContent(size_t i) const {
  const auto j = ContentBefore(lines_, i);
  return j ? &lines_[*j] : nullptr;
}

const Line* Assembler::NextContent(size_t i) const {
  const size_t j = ContentAt(lines_, i + 1);
  return j < lines_.size() ? &lines_[j] : nullptr;
}

std::optional<size_t> Assembler::ContinuedStart(int from_page) const {
  for (size_t k = drafts_.size(); k-- > 0;) {
    const Draft& d = drafts_[k];
    if (d.article.page == from_page && d.article.continued_on_page == page_ && !d.teaser) return k;
  }
  return std::nullopt;
}

Draft& Assembler::Start() {
  Close();
  Draft d;
  if (page_ > 0) d.article.page = page_;
  d.page_name = page_name_;
  HeadlineBlock block = AssignTitles(std::move(titles_));
  titles_.clear();
  d.column = std::move(block.column);
  d.article.kicker = std::move(block.kicker);
  d.article.headline = std::move(block.headline);
  d.article.subheadline = std::move(block.subheadline);
  for (auto& p : block.preamble) d.paragraphs.push_back(std::move(p));
  if (block.author) {
    std::vector<Byline> names;
    ParseBylines(FoldWidth(*block.author), true, &names);
    AddBylines(names, &d.article.bylines);
    d.byline_line = true;
    d.byline_text = *block.author;
  }
  if (MatchesLabel(d.column, cv::kBriefLabels)) {
    brief_page_ = page_;
  } else if (d.column || d.article.kicker || d.article.subheadline) {
    brief_page_.reset();  // a full article ends the run of brief items
  }
  drafts_.push_back(std::move(d));
  cur_ = drafts_.size() - 1;
  in_body_ = false;
  after_subhead_ = false;
  Draft& cur = drafts_.back();
  for (auto& c : pending_captions_) cur.article.captions.push_back(ToUtf8(c));
  pending_captions_.clear();
  AddBylines(pending_credits_, &cur.article.bylines);
  pending_credits_.clear();
  return cur;
}

void Assembler::Close() {
  cur_.reset();
  in_body_ = false;
  after_subhead_ = false;
}

void Assembler::AddParagraph(std::u32string para, bool joinable) {
  Draft& d = drafts_[*cur_];
  if (para.empty()) return;
  if (d.paragraphs.empty() && !d.article.dateline) {
    const size_t before = para.size();
    const std::u32string printed = para;
    TakeDateline(para, &d.article.dateline, &d.article.bylines);
    if (d.article.dateline) {
      d.dateline_text = printed.substr(0, before - para.size());
      // A dispatch head opens its text as printed; a label before the text leaves it.
      if (IsDispatchDateline(*d.article.dateline)) {
        para = printed;
        d.dateline_in_text = true;
      }
    }
    if (para.empty()) return;
  }
  if (!d.paragraphs.empty() && d.open_paragraph && joinable) {
    d.paragraphs.back() += para;
  } else if (d.paragraphs.empty() || !SameText(d.paragraphs.back(), para)) {
    d.paragraphs.push_back(std::move(para));
  }
  const std::u32string& last = d.paragraphs.back();
  d.open_paragraph = !last.empty() && !ClosesParagraph(FoldWidth(last.back()));
  in_body_ = true;
}

// Title lines with nothing after them: a headline whose text is missing, kept as an article when it
// is a real block (two lines or more), else dropped as a stray label.
void Assembler::FlushTitlesAsArticle() {
  if (titles_.empty()) return;
  if (titles_.size() >= 2) {
    Start();
    Close();
  } else {
    noise_.push_back(titles_.front().text);
    titles_.clear();
  }
}

Assembly Assembler::Run() {
  size_t body_lines = 0, indented = 0, titles = 0;
  for (const Line& l : lines_) {
    if (l.kind == LineKind::kBody) {
      ++body_lines;
      indented += l.indented;
    }
    titles += l.kind == LineKind::kTitle;
  }
  drafts_.reserve(titles + 1);  // most articles start at a title
  indented_layout_ = body_lines > 0 && indented * 10 >= body_lines * 3;

  for (size_t i = 0; i < lines_.size(); ++i) {
    const Line& l = lines_[i];
    if (l.box_end > i) {
      OnTeaserBox(i, l.box_end);
      i = l.box_end - 1;
      continue;
    }
    switch (l.kind) {
      case LineKind::kBlank:
        break;
      case LineKind::kNoise:
        OnNoise(i);
        break;
      case LineKind::kPage:
        OnPage(l);
        break;
      case LineKind::kTitle:
      case LineKind::kDash:
        OnTitle(i);
        break;
      case LineKind::kByline:
        OnByline(l);
        break;
      case LineKind::kCredit:
        OnCredit(l);
        break;
      case LineKind::kCaption:
        OnCaption(l);
        break;
      case LineKind::kTeaserRef:
        OnTeaserRef(l);
        break;
      case LineKind::kContinuedOn:
        OnContinuedOn(l);
        break;
      case LineKind::kContinuedFrom:
        OnContinuedFrom(l);
        break;
      case LineKind::kBody:
        OnBody(l);
        break;
    }
  }
  FlushTitlesAsArticle();
  return {std::move(drafts_), std::move(noise_)};
}

void Assembler::OnNoise(size_t i) {
  const Line& l = lines_[i];
  // A page that holds only an advertisement, its label and no text ("广告" over a picture), is
  // a notice of its own.
  if (l.advert && titles_.empty() && HasRow(cv::kAdvertLeads, StripSpaces(l.key))) {
    size_t j = i + 1;
    while (j < lines_.size() && (lines_[j].kind == LineKind::kBlank ||
                                 (lines_[j].kind == LineKind::kNoise && !lines_[j].advert))) {
      ++j;
    }
    if (j == lines_.size() || lines_[j].kind == LineKind::kPage) {
      titles_.push_back({l.text, false});
      Start();
      Close();
      return;
    }
  }
  // A notice's own contact line ("联系电话：…") closes its text.
  if (l.advert && cur_ && in_body_ && titles_.empty() &&
      IsNoticeHeadline(ToU32(drafts_[*cur_].article.headline)) && StartsWithContactWord(l.key)) {
    AddParagraph(l.text, false);
    return;
  }
  // The short lines just before an advertisement's telephone line are the advertisement.
  if (l.advert) {
    for (const TitleLine& t : titles_) noise_.push_back(t.text);
    titles_.clear();
  }
  noise_.push_back(l.text);
}

void Assembler::OnPage(const Line& l) {
  FlushTitlesAsArticle();
  Close();
  page_ = l.page_ref;
  page_name_ = l.page_name;
  noise_.push_back(l.text);
}

void Assembler::OnTitle(size_t i) {
  const Line& l = lines_[i];
  const Line* next = NextContent(i);
  const bool in_article_body = cur_ && in_body_;
  const char32_t first = l.key.empty() ? 0 : l.key.front();
  // Under a brief column, a marked line ("■滨湖区启动春季植树护绿行动") heads the next item.
  if (in_article_body && titles_.empty() && IsIn(first, cv::kSubheadMarks) &&
      l.kind == LineKind::kTitle && brief_page_ == page_) {
    titles_.push_back({l.text, false});
    return;
  }
  // An inner subhead ("●直奔现场") and the line right after it stay in the body.
  if (in_article_body && titles_.empty() &&
      (IsIn(first, cv::kSubheadMarks) || IsNumberedSubhead(l.key) || IsChapterHeading(l.key) ||
       (after_subhead_ && l.kind == LineKind::kTitle))) {
    AddParagraph(l.text, false);
    drafts_[*cur_].open_paragraph = false;
    after_subhead_ = IsIn(first, cv::kSubheadMarks);
    return;
  }
  // Who signed a document and when, under its text, stay in it ("总理 王 五" / "2026年5月15日");
  // so does the number of the next order under a decree ("第七十八号").
  if (in_article_body && titles_.empty() && l.kind == LineKind::kTitle) {
    const Line* prev = PrevContent(i);
    const Draft& d = drafts_[*cur_];
    const bool decree = IsDecreeLine(ToU32(d.article.headline)) ||
                        (!d.paragraphs.empty() && IsDecreeLine(d.paragraphs.front()));
    if ((IsSignerLine(l.key) && next && IsDateOnly(next->key)) ||
        (IsDateOnly(l.key) && prev && IsSignerLine(prev->key)) ||
        (decree && IsDecreeNumber(l.key))) {
      AddParagraph(l.text, false);
      drafts_[*cur_].open_paragraph = false;
      return;
    }
  }
  // The signature and the date under a notice stay in its text.
  if (in_article_body && titles_.empty() && l.kind == LineKind::kTitle &&
      IsNoticeHeadline(ToU32(drafts_[*cur_].article.headline)) && !IsNoticeHeadline(l.key) &&
      (IsNoticeSignature(l.key) || IsIn(l.key.back(), U"!?"))) {
    AddParagraph(l.text, false);
    drafts_[*cur_].open_paragraph = false;
    return;
  }
  // A short line that goes on in the next is the head of a broken paragraph: in a body, or right
  // under a headline block that a subheadline closed.
  const bool block_closed = !titles_.empty() && titles_.back().dash;
  if ((in_article_body || block_closed) && (titles_.empty() || block_closed) &&
      l.kind == LineKind::kTitle && next && next->kind == LineKind::kBody &&
      Contains(l.key, U",") && !l.maybe_name) {
    if (block_closed) Start();
    AddParagraph(l.text, drafts_[*cur_].open_paragraph);
    drafts_[*cur_].open_paragraph = true;
    return;
  }
  // After the byline, before any text: the first line of a broken paragraph, not a title.
  if (cur_ && !in_body_ && titles_.empty() && l.kind == LineKind::kTitle && !l.maybe_name && next &&
      next->kind == LineKind::kBody && !drafts_[*cur_].article.bylines.empty() &&
      !IsColumnLabel(l.text) && !IsIn(first, cv::kSubheadMarks)) {
    AddParagraph(l.text, false);
    drafts_[*cur_].open_paragraph = !ClosesParagraph(l.key.back());
    return;
  }
  // Under its author's bare name, a run of short lines with no text is a poem: its lines are the
  // text ("岭上雨季的折页" / "冯 娜" / "黄昏的平潭…" / "早先…").
  if (cur_ && !in_body_ && titles_.empty() && l.kind == LineKind::kTitle && !l.maybe_name && next &&
      next->kind == LineKind::kTitle && !next->maybe_name && drafts_[*cur_].byline_line &&
      drafts_[*cur_].paragraphs.empty() && !drafts_[*cur_].article.bylines.empty() &&
      std::none_of(drafts_[*cur_].article.bylines.begin(), drafts_[*cur_].article.bylines.end(),
                   [](const Byline& b) { return b.role.has_value(); }) &&
      IsVerse(lines_, i)) {
    AddParagraph(l.text, false);
    drafts_[*cur_].verse = true;
    return;
  }
  // A poem goes on line by line until a headline over its author's name.
  if (in_article_body && titles_.empty() && drafts_[*cur_].verse && l.kind == LineKind::kTitle &&
      !l.maybe_name && ShortLine(l.key, kMaxVerseChars) && !(next && next->maybe_name)) {
    AddParagraph(l.text, false);
    return;
  }
  // A bare name between a headline and the body is the author; so is a line of two or three
  // characters there, under a longer headline, when the surname is one no table holds ("禾 晟").
  const bool author_shaped = !l.maybe_name && !titles_.empty() && !titles_.back().dash &&
                             IsAuthorShaped(l.key) && !IsColumnLabel(l.text) &&
                             CountNonSpace(titles_.back().text) >= CountNonSpace(l.key) + 3;
  if ((l.maybe_name || author_shaped) && !titles_.empty() && next &&
      (next->kind == LineKind::kBody ||
       IsVerse(lines_, static_cast<size_t>(next - lines_.data())))) {
    std::vector<Byline> names;
    if (l.maybe_name) {
      ParseBylines(l.key, true, &names);
    } else {
      Byline author;
      author.name = ToUtf8(StripSpaces(l.key));
      names.push_back(std::move(author));
    }
    Draft& d = Start();
    AddBylines(names, &d.article.bylines);
    d.byline_line = true;
    d.byline_text = l.text;
    return;
  }
  if (in_article_body && titles_.empty() && l.kind == LineKind::kDash) {
    AddParagraph(l.text, false);  // "——摘自…" inside a body
    return;
  }
  // A title line inside a body that opens no article is an inner subhead; after a paragraph cut
  // mid-sentence, it is that paragraph's end.
  if (in_article_body && titles_.empty() &&
      !OpensArticle(lines_, i,
                    {.byline_over_text = drafts_[*cur_].byline_line,
                     .brief_column = brief_page_ && brief_page_ == page_,
                     .body_chars = BodyChars(drafts_[*cur_]),
                     .names = Names(drafts_[*cur_])})) {
    const bool joins = drafts_[*cur_].open_paragraph;
    AddParagraph(l.text, joins);
    if (!joins) drafts_[*cur_].open_paragraph = false;
    return;
  }
  titles_.push_back({l.text, l.kind == LineKind::kDash, l.maybe_name});
}

void Assembler::OnByline(const Line& l) {
  if (!titles_.empty()) {
    Start();
  } else if (!cur_) {
    // A byline with no headline before it: the article's own start is missing.
    Start();
  }
  if (!in_body_) {
    drafts_[*cur_].byline_line = true;  // a byline over the text, as full articles have
    drafts_[*cur_].byline_text = l.text;
    if (l.description) drafts_[*cur_].contributor_line = l.text;
  } else if (l.description) {
    // A writer's place or post under the text signs a letter: it stays in the text.
    AddParagraph(l.text, false);
    drafts_[*cur_].signed_letter = true;
    return;
  }
  AddBylines(l.bylines, &drafts_[*cur_].article.bylines);
}

void Assembler::OnCredit(const Line& l) {
  if (!titles_.empty()) Start();
  if (cur_) {
    AddBylines(l.bylines, &drafts_[*cur_].article.bylines);
  } else if (!drafts_.empty() && drafts_.back().article.page == Page()) {
    AddBylines(l.bylines, &drafts_.back().article.bylines);
  } else {
    AddBylines(l.bylines, &pending_credits_);
  }
}

void Assembler::OnCaption(const Line& l) {
  std::u32string text = l.text;
  std::vector<Byline> credit;
  TakeTrailingCredit(text, &credit);
  if (!titles_.empty()) Start();
  if (cur_) {
    drafts_[*cur_].article.captions.push_back(ToUtf8(text));
    AddBylines(credit, &drafts_[*cur_].article.bylines);
  } else {
    pending_captions_.push_back(text);
    AddBylines(credit, &pending_credits_);
  }
}

void Assembler::OnTeaserRef(const Line& l) {
  if (!titles_.empty()) Start();
  if (cur_) {
    Draft& d = drafts_[*cur_];
    d.teaser = true;
    d.article.continued_on_page = l.page_ref;
  }
  noise_.push_back(l.text);
  Close();
}

// A teaser box is one article: its header is the headline, each of its lines a paragraph, and
// it goes on at the page its first item names.
void Assembler::OnTeaserBox(size_t header, size_t end) {
  FlushTitlesAsArticle();
  Close();
  titles_.push_back({lines_[header].text, false});
  Draft& d = Start();
  d.teaser = true;
  d.contents = true;
  for (size_t j = header + 1; j < end; ++j) {
    const Line& l = lines_[j];
    if (l.kind == LineKind::kBlank || IsContentsHeader(l.key)) continue;
    int page = 0;
    size_t ref_end = 0;
    const std::u32string_view t = Trim(l.key);
    if (const auto n = ParsePageRef(t, 0, &ref_end); n && ref_end == t.size()) page = *n;
    if (page > 0 && !d.article.continued_on_page) d.article.continued_on_page = page;
    AddParagraph(l.text, false);
  }
  Close();
}

void Assembler::OnContinuedOn(const Line& l) {
  if (!titles_.empty()) Start();
  if (cur_) drafts_[*cur_].article.continued_on_page = l.page_ref;
  noise_.push_back(l.text);
  Close();
}

void Assembler::OnContinuedFrom(const Line& l) {
  const std::optional<size_t> start = ContinuedStart(l.page_ref);
  noise_.push_back(l.text);
  if (start) {
    for (const TitleLine& t : titles_) noise_.push_back(t.text);  // the headline printed again
    titles_.clear();
    Close();
    cur_ = *start;  // a sentence cut by the jump goes on here
    in_body_ = true;
  } else {
    Draft& d = Start();
    d.article.continued_from_page = l.page_ref;
  }
}

void Assembler::OnBody(const Line& l) {
  std::u32string para = l.text;
  int ref_page = 0;
  const RefKind lead = TakeLeadingRef(para, &ref_page);
  if (lead == RefKind::kContinuedFrom) {
    const std::optional<size_t> start = ContinuedStart(ref_page);
    if (start) {
      titles_.clear();
      Close();
      cur_ = *start;
    } else {
      Draft& d = Start();
      d.article.continued_from_page = ref_page;
    }
  }
  const RefKind trail = TakeTrailingRef(para, &ref_page);
  std::vector<Byline> credit;
  // A short line with a photo credit at its end is a caption ("市民在绿道骑行。 记者 X 摄").
  const bool caption = TakeTrailingCredit(para, &credit) && ShortLine(para, kMaxCaptionChars) &&
                       cur_ && in_body_ && titles_.empty();
  if (caption) {
    drafts_[*cur_].article.captions.push_back(ToUtf8(para));
    AddBylines(credit, &drafts_[*cur_].article.bylines);
    return;
  }
  if (!titles_.empty()) Start();
  if (!cur_) {
    if (!drafts_.empty() && drafts_.back().article.page == Page() && !drafts_.back().teaser &&
        !drafts_.back().article.continued_on_page) {
      cur_ = drafts_.size() - 1;  // text that goes on after a caption or a credit
    } else {
      Start();
    }
  }
  const bool joinable = !(indented_layout_ && l.indented) && !para.empty() &&
                        !IsIn(FoldWidth(para.front()), U"【[●■◆▲★☆▶►") &&
                        !IsNumberedSubhead(FoldWidth(para.substr(0, 6)));
  AddParagraph(std::move(para), joinable);
  after_subhead_ = false;
  AddBylines(credit, &drafts_[*cur_].article.bylines);
  if (trail == RefKind::kTeaser) {
    drafts_[*cur_].teaser = true;
    drafts_[*cur_].article.continued_on_page = ref_page;
    Close();
  } else if (trail == RefKind::kContinuedOn) {
    drafts_[*cur_].article.continued_on_page = ref_page;
    Close();
  }
}

}  // namespace

Assembly Assemble(const std::vector<Line>& lines) { return Assembler(lines).Run(); }

std::vector<Draft> CarryBriefColumns(std::vector<Draft> drafts) {
  for (size_t i = 1; i < drafts.size(); ++i) {
    Draft& d = drafts[i];
    const Draft& prev = drafts[i - 1];
    if (!d.column && prev.column && MatchesLabel(prev.column, cv::kBriefLabels) &&
        prev.article.page == d.article.page && !d.article.kicker && !d.article.subheadline &&
        !d.byline_line) {
      if (BodyChars(d) <= kMaxBriefChars) d.column = prev.column;
    }
  }
  return drafts;
}

std::vector<Draft> TakeTrailingBylines(std::vector<Draft> drafts) {
  for (Draft& d : drafts) {
    while (!d.paragraphs.empty() && TakeTrailingByline(d.paragraphs.back(), &d.article.bylines)) {
      if (d.paragraphs.back().empty()) d.paragraphs.pop_back();
    }
  }
  return drafts;
}

std::vector<Draft> JoinAdvertPages(std::vector<Draft> drafts) {
  std::vector<Draft> out;
  out.reserve(drafts.size());
  for (Draft& d : drafts) {
    const bool advert_page = HasRow(cv::kAdvertLeads, d.page_name);
    if (advert_page && !out.empty() && out.back().article.page == d.article.page &&
        HasRow(cv::kAdvertLeads, out.back().page_name) && !d.byline_line && !d.article.dateline) {
      AppendAsText(d, out.back(), /*skip_kicker=*/false, /*all_bylines=*/true);
      continue;
    }
    out.push_back(std::move(d));
  }
  return out;
}

std::vector<Draft> AttachEditorsNotes(std::vector<Draft> drafts) {
  std::vector<Draft> out;
  out.reserve(drafts.size());
  for (size_t i = 0; i < drafts.size(); ++i) {
    Draft& d = drafts[i];
    if (d.paragraphs.size() != 1) {
      out.push_back(std::move(d));
      continue;
    }
    const std::u32string head = ToU32(d.article.headline);
    const bool note_only =
        StartsWithAny(FoldWidth(std::u32string_view(d.paragraphs[0]).substr(0, 8)),
                      cv::kEditorsNoteLeads) &&
        !d.article.kicker && !d.article.subheadline && d.article.bylines.empty() && !d.column &&
        ShortLine(head, kMaxColumnChars) && !head.empty();
    if (note_only && i + 1 < drafts.size() && drafts[i + 1].article.page == d.article.page &&
        !drafts[i + 1].article.headline.empty()) {
      Draft& next = drafts[i + 1];
      if (!next.column) next.column = head;
      next.paragraphs.insert(next.paragraphs.begin(), std::move(d.paragraphs[0]));
      continue;
    }
    out.push_back(std::move(d));
  }
  return out;
}

std::vector<Draft> FoldRoundups(std::vector<Draft> drafts) {
  constexpr size_t kMaxItemChars = 700;
  // The label over the first item: its column, or a short kicker that is one.
  const auto label_of = [](const Draft& d) -> std::optional<std::u32string> {
    std::optional<std::u32string> label = d.column;
    if (!label && d.article.kicker) {
      const std::u32string k = ToU32(*d.article.kicker);
      if (ShortLine(k, kMaxColumnChars) && !EndsWithDash(FoldWidth(k)) &&
          k.find_first_of(U"，,。：:；;！？!?") == std::u32string::npos) {
        label = k;
      }
    }
    if (!label || label->empty()) return std::nullopt;
    for (auto rows : {cv::kBriefLabels, cv::kPhotoLabels, cv::kNoticeLabels}) {
      if (ContainsAny(*label, rows)) return std::nullopt;
    }
    return label;
  };
  // An item is short and prints nothing of a full article's own: no column, kicker,
  // subheadline or tag, no reporter's byline line.
  const auto plain_item = [](const Draft& d) {
    const bool reporter = d.byline_line && d.contributor_line.empty() &&
                          std::any_of(d.article.bylines.begin(), d.article.bylines.end(),
                                      [](const Byline& b) { return b.role.has_value(); });
    // Each item of a roundup opens with its own dateline or under its writer's name, or is a
    // letter its writer signs at the end.
    const bool opened = !d.dateline_text.empty() || !d.byline_text.empty() || d.signed_letter;
    return opened && !d.teaser && !d.contents && !d.article.subheadline && !reporter &&
           !d.article.headline.empty() && BodyChars(d) <= kMaxItemChars &&
           !HeadlineTag(ToU32(d.article.headline)) && !IsNoticeHeadline(ToU32(d.article.headline));
  };
  std::vector<Draft> out;
  out.reserve(drafts.size());
  for (size_t i = 0; i < drafts.size();) {
    const std::optional<std::u32string> label = label_of(drafts[i]);
    size_t j = i + 1;
    if (label && plain_item(drafts[i])) {
      while (j < drafts.size() && drafts[j].article.page == drafts[i].article.page &&
             !drafts[j].column && !drafts[j].article.kicker && plain_item(drafts[j])) {
        ++j;
      }
    }
    // A short kicker may be a kicker after all ("市民政局发布指引"): as a label it needs three
    // items.
    const size_t needed = drafts[i].column ? 2 : 3;
    if (!label || j - i < needed) {
      out.push_back(std::move(drafts[i]));
      ++i;
      continue;
    }
    Draft roundup;
    roundup.article.page = drafts[i].article.page;
    roundup.page_name = drafts[i].page_name;
    roundup.article.headline = ToUtf8(*label);
    // The first item's kicker is the label when no column was printed; the others print none.
    for (size_t k = i; k < j; ++k) {
      const bool kicker_is_label = k == i && !drafts[i].column;
      AppendAsText(drafts[k], roundup, /*skip_kicker=*/kicker_is_label, /*all_bylines=*/false);
    }
    out.push_back(std::move(roundup));
    i = j;
  }
  return out;
}

std::vector<Draft> JoinContributions(std::vector<Draft> drafts) {
  constexpr size_t kMaxContributionChars = 900;
  const auto is_part = [](const Draft& d) {
    return !d.contributor_line.empty() && BodyChars(d) <= kMaxContributionChars;
  };
  const auto same_page = [](const Draft& a, const Draft& b) {
    return a.article.page == b.article.page;
  };
  // A part joined to `host`: its titles, its writer's line, then its text.
  const auto join = [](Draft& host, Draft& part) {
    AppendAsText(part, host, /*skip_kicker=*/false, /*all_bylines=*/false);
  };
  // A package: a headline and an unsigned lead of a few lines ("本版约请记者…"), then its
  // reports, each under a kicker and a headline of its own and signed by its reporter.
  const auto is_lead = [](const Draft& d) {
    return !d.byline_line && !d.article.dateline && !d.teaser && !d.contents &&
           !d.article.headline.empty() && BodyChars(d) > 0 && BodyChars(d) <= kMaxBriefChars &&
           std::none_of(d.article.bylines.begin(), d.article.bylines.end(),
                        [](const Byline& b) { return !b.photo; });
  };
  const auto is_report = [](const Draft& d) {
    return d.byline_line && !d.byline_text.empty() && d.article.kicker && !d.article.dateline &&
           !HeadlineTag(ToU32(d.article.headline));
  };
  std::vector<Draft> out;
  out.reserve(drafts.size());
  for (size_t i = 0; i < drafts.size();) {
    if (!out.empty() && is_lead(out.back()) && same_page(out.back(), drafts[i])) {
      size_t j = i;
      while (j < drafts.size() && is_report(drafts[j]) && same_page(drafts[j], drafts[i])) ++j;
      if (j - i >= 2) {
        for (size_t k = i; k < j; ++k) join(out.back(), drafts[k]);
        i = j;
        continue;
      }
    }
    size_t j = i;
    while (j < drafts.size() && is_part(drafts[j]) && same_page(drafts[j], drafts[i])) ++j;
    if (j - i < 2) {
      out.push_back(std::move(drafts[i]));
      ++i;
      continue;
    }
    // The host: the lead just before the parts, else the first part, whose writer then joins
    // its text like the others'.
    const bool lead_before = !out.empty() && same_page(out.back(), drafts[i]) &&
                             out.back().contributor_line.empty() &&
                             BodyChars(out.back()) <= kMaxBriefChars;
    size_t k = i;
    if (!lead_before) {
      Draft& first = drafts[i];
      std::erase_if(first.article.bylines, [](const Byline& b) { return !b.photo; });
      first.paragraphs.insert(first.paragraphs.begin(), first.contributor_line);
      first.contributor_line.clear();
      out.push_back(std::move(first));
      k = i + 1;
    }
    Draft& host = out.back();
    for (; k < j; ++k) join(host, drafts[k]);
    i = j;
  }
  return out;
}

std::vector<Draft> LinkPrintedTwice(std::vector<Draft> drafts) {
  // What two printings of one text share: the headline and the opening of the body, without
  // white space, and about the same length.
  const auto key = [](const Draft& d) {
    std::u32string body;
    for (const auto& p : d.paragraphs) {
      body += StripSpaces(p);
      if (body.size() >= 60) break;
    }
    return StripSpaces(ToU32(d.article.headline)) + U"\n" + body.substr(0, 60);
  };
  std::unordered_map<std::u32string, size_t> last;  // key -> the last printing seen
  for (size_t j = 0; j < drafts.size(); ++j) {
    Draft& d = drafts[j];
    if (d.teaser || d.contents || d.article.headline.empty() || !d.article.page) continue;
    const size_t chars = BodyChars(d);
    if (chars < 120) continue;  // a photo item, a short brief: alike by chance
    const std::u32string k = key(d);
    if (auto it = last.find(k); it != last.end()) {
      Draft& first = drafts[it->second];
      const size_t a = BodyChars(first);
      if (*first.article.page < *d.article.page && !first.article.continued_on_page &&
          !d.article.continued_from_page && std::min(a, chars) * 10 >= std::max(a, chars) * 9) {
        first.article.continued_on_page = *d.article.page;
        d.article.continued_from_page = *first.article.page;
      }
    }
    last[k] = j;
  }
  return drafts;
}

bool IsNumberedSubhead(std::u32string_view key) {
  size_t p = 0;
  const bool bracket = p < key.size() && key[p] == '(';
  if (bracket) ++p;
  const size_t start = p;
  while (p < key.size() && (IsChineseDigit(key[p]) || (key[p] >= '0' && key[p] <= '9'))) ++p;
  if (p == start || p - start > 3) return false;
  // A section's number alone on its line ("一", "十二") in a document's text.
  if (p == key.size()) return !bracket && IsChineseDigit(key[start]);
  if (bracket) return key[p] == ')';
  return key[p] == U'、' || key[p] == '.' || key[p] == U'．';
}

namespace {

// The end of "第…" when a number follows 第 ("第十二", "第3"), or 0.
size_t OrdinalEnd(std::u32string_view key) {
  if (key.empty() || key.front() != U'第') return 0;
  size_t p = 1;
  while (p < key.size() && (IsChineseDigit(key[p]) || (key[p] >= '0' && key[p] <= '9'))) ++p;
  return p > 1 && p - 1 <= 4 ? p : 0;
}

}  // namespace

bool IsChapterHeading(std::u32string_view key) {
  const std::u32string k = StripSpaces(key);
  const size_t p = OrdinalEnd(k);
  if (p == 0 || p >= k.size() || !IsIn(k[p], U"章节節编編") || !ShortLine(k, 24)) return false;
  return !HasSentenceStop(k);
}

bool IsLegalArticleLine(std::u32string_view key) {
  const size_t p = OrdinalEnd(key);
  if (p == 0 || p + 1 >= key.size() || key[p] != U'条') return false;
  // Set off by a space ("第四条 国家…"), or run on into a long provision ("第四条国家加大…").
  return IsSpace(key[p + 1]) || (IsHan(key[p + 1]) && CountNonSpace(key) >= 12);
}

bool IsVerse(const std::vector<Line>& lines, size_t i) {
  constexpr size_t kMinVerseLines = 3;
  size_t verse = 0;
  for (size_t k = i; k < lines.size(); ++k) {
    const Line& l = lines[k];
    if (l.kind == LineKind::kBlank || l.kind == LineKind::kNoise) continue;
    if (l.kind != LineKind::kTitle || l.maybe_name || !ShortLine(l.key, kMaxVerseChars)) break;
    ++verse;
  }
  return verse >= kMinVerseLines;
}

bool IsDateOnly(std::u32string_view key) {
  const auto d = FindDate(key);
  return d && CountNonSpace(key) == CountNonSpace(key.substr(d->begin, d->end - d->begin));
}

bool IsNoticeSignature(std::u32string_view printed) {
  const std::u32string key = StripSpaces(printed);
  // A channel to reach the issuer, as label and value: "邮箱：…", "移动端：…客户端".
  if (const size_t colon = key.find_first_of(U":：");
      colon != std::u32string::npos && colon >= 2 && colon <= 5 && ShortLine(key, 40)) {
    return true;
  }
  if (IsDateOnly(key)) return true;
  if (EndsWithAny(key, cv::kNoticeSignatureEndings)) return true;
  // The contact lines of a notice: "服务热线：96116", "联系人：王先生".
  return ContainsAny(key, cv::kNoticeContactWords) && ShortLine(key, 30);
}

bool StartsWithContactWord(std::u32string_view key) {
  return StartsWithAny(key, cv::kContactLeads);
}

}  // namespace paperdex::parser
