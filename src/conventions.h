// The conventions of Chinese newspaper layout that the parser recognises, as named tables. Each row
// shows the form it matches; a new paper's conventions are a new row here, not a change to the
// parser. All matching is done on width-folded text (full-width ２、Ａ、： read as 2, A, :).
#ifndef PAPERDEX_CONVENTIONS_H_
#define PAPERDEX_CONVENTIONS_H_

#include <span>
#include <string_view>

namespace paperdex::conventions {

// Byline roles: the word before a name. An organisation may stand before a role
// ("株洲日报全媒体记者", "新华社记者", "本报记者"); see kRoleOrganisationEndings.
extern const std::span<const std::u32string_view> kBylineRoles;
// How an organisation name that may stand before a role ends: 株洲日报, 新华社, 人民网, 湖南卫视台.
extern const std::span<const std::u32string_view> kRoleOrganisationEndings;
// What a writer's description before the name ends in: a post or a place ("北京理工大学党委副书记
// 杨 帆", "市政协委员 许 宁", "江北省海晏市 韩 立").
extern const std::span<const std::u32string_view> kDescriptionEndings;
// Words that lead a byline without being a role: "文/图 记者 孙八", "□记者 赵六".
extern const std::span<const std::u32string_view> kBylineLeads;
// Words that end a byline: "记者 张三 摄" (a photo credit), "记者 张三 报道".
extern const std::span<const std::u32string_view> kPhotoCreditEndings;
extern const std::span<const std::u32string_view> kBylineEndings;

// Datelines that open a body on their own: "本报讯（记者 王五）…".
extern const std::span<const std::u32string_view> kPlainDatelines;
// Agencies and papers that open a dateline of place and date: "新华社北京3月7日电",
// "本报北京6月9日电".
extern const std::span<const std::u32string_view> kDatelineSources;
// How such a dateline ends after its date: 电, 讯, 消息.
extern const std::span<const std::u32string_view> kDatelineEndings;

// Words of a page's running footer or header that name its editors: "责任编辑：张伟 校对：刘敏".
extern const std::span<const std::u32string_view> kEditorWords;
// Masthead lines besides the name and date: "中共株洲市委主管、主办", "国内统一连续出版物号 CN
// 43-0005".
extern const std::span<const std::u32string_view> kMastheadWords;
// Lines that open a weather box, an advertisement or a table of contents, and words found in them.
extern const std::span<const std::u32string_view> kWeatherWords;
extern const std::span<const std::u32string_view> kAdvertWords;
extern const std::span<const std::u32string_view> kContentsWords;
// The disclaimer under classified advertisements: "以上信息由刊登者提供，请读者自行核实".
extern const std::span<const std::u32string_view> kDisclaimerWords;

// Teasers and continuations. "全文见 08版" / "详见第4版" make a teaser; "下转第3版" ends a part
// that continues on page 3; "上接第1版" opens the part continued from page 1.
extern const std::span<const std::u32string_view> kTeaserLeads;
extern const std::span<const std::u32string_view> kContinuedOnLeads;
extern const std::span<const std::u32string_view> kContinuedFromLeads;

// Photo captions: "图为天元区泰园社区户外劳动者港湾。", "上图：…".
extern const std::span<const std::u32string_view> kCaptionLeads;
// Marks that open an inner subhead in a long article: "●直奔现场".
extern const std::u32string_view kSubheadMarks;
// Marks of a column label rather than a headline: "周·见".
extern const std::u32string_view kColumnMarks;

// Words of a column's (栏目) name, so that a short line beside a headline reads as its column and
// not as a kicker: 一线调查, 民生直通车, 新春走基层, 聚焦全国两会, 纾困增效 在行动.
extern const std::span<const std::u32string_view> kColumnWords;

// Column or headline words that decide an article's kind.
extern const std::span<const std::u32string_view> kBriefLabels;       // 简讯, 快讯
extern const std::span<const std::u32string_view> kCommentaryLabels;  // 评论, 时评, 社论
extern const std::span<const std::u32string_view> kPhotoLabels;       // 图片新闻
extern const std::span<const std::u32string_view>
    kNoticeLabels;  // 公告, 启事 (as a headline ending)
extern const std::span<const std::u32string_view> kInterviewLeads;  // 记者：, 问：, 答：
// How a kicker that reports a speech ends, so that the line under it is the headline: "…时强调".
extern const std::span<const std::u32string_view> kKickerEndings;
// The note that closes a signed piece, in brackets: "（作者为滨湖大学教授）".
extern const std::span<const std::u32string_view> kAuthorNoteLeads;

// Words that follow a role word without being a name: 评论员文章, 记者观察, 记者手记.
extern const std::span<const std::u32string_view> kNotNames;

// Common Chinese surnames, compound ones first, to tell a bare author name ("唐剑华") from a label.
extern const std::span<const std::u32string_view> kCompoundSurnames;
extern const std::u32string_view kSurnames;

// A short line with a telephone number and one of these is an advertisement: "上门服务 电话：138…".
extern const std::span<const std::u32string_view> kTelephoneWords;
// With an advert word, a line that opens with one of these or holds an invitation is an
// advertisement: "广告 金秋购房节", "品质楼盘 欢迎垂询".
extern const std::span<const std::u32string_view> kAdvertLeads;
extern const std::span<const std::u32string_view> kAdvertInvitations;
// The label over a box of one-line classified advertisements: 分类广告, 便民信息.
extern const std::span<const std::u32string_view> kClassifiedLabels;
// The source line under a table: "数据来源：市统计局".
extern const std::span<const std::u32string_view> kTableSourceLeads;
// Dashes that lead a subheadline: "——记一位乡村教师".
extern const std::span<const std::u32string_view> kSubheadlineDashes;
// How a subheadline printed without dashes under its headline opens: a detail that goes on from
// the headline with no subject of its own ("同比增长12.6%", "将发放超3亿元文旅消费券", "访…").
extern const std::span<const std::u32string_view> kSubheadlineLeads;
// What a subheadline that says what kind of piece the article is ends in: "…县域数字化转型见闻",
// "…负责人答记者问" (one that opens with 就 is a headline under the speaker: "就…答记者问").
extern const std::span<const std::u32string_view> kSubheadlineEndings;
// What a leader did at a meeting, in a subheadline under its news: "某某出席并讲话", "某某到会祝贺".
extern const std::span<const std::u32string_view> kAttendanceWords;
// How an editor's note opens: "编者按：…", "编者的话：…".
extern const std::span<const std::u32string_view> kEditorsNoteLeads;
// A page's address for contributions: "本版邮箱：dadi@…", "征稿邮箱：…".
extern const std::span<const std::u32string_view> kMailboxWords;
// What a note under a contributions mailbox asks for: 来稿, 投稿, 征稿.
extern const std::span<const std::u32string_view> kContributionWords;
// How a document's adoption note ends: "（…会议通过）", "（…批准）".
extern const std::span<const std::u32string_view> kAdoptionWords;
// The post of one who signs a decree or an order, before the name: "总理 李某", "市长 王五".
extern const std::span<const std::u32string_view> kSignerPosts;
// The post a portrait's caption names after the name: "某某总统", "某某首相".
extern const std::span<const std::u32string_view> kPortraitPosts;
// What the name of a desk or an agency that signs a report ends in: "国际新闻中心", "编辑部".
extern const std::span<const std::u32string_view> kOrganisationNameEndings;
// Roles of the editorial voice, which may sign with the role alone: 本报评论员.
extern const std::span<const std::u32string_view> kEditorialRoles;
// How a paper's name ends: a lone first line (江城日报, 读者周刊), or a name beside the date in a
// running header (西江晚报 2023年5月12日).
extern const std::span<const std::u32string_view> kPaperNameEndings;
extern const std::span<const std::u32string_view> kRunningHeaderPaperEndings;

// The lines under a notice: how its signature ends (滨海市公共交通集团有限公司) and the words of
// its contact lines ("服务热线：96116", "联系人：王先生").
extern const std::span<const std::u32string_view> kNoticeSignatureEndings;
extern const std::span<const std::u32string_view> kNoticeContactWords;
// A contact line that a notice's text may end with: "联系电话：0731-22222222".
extern const std::span<const std::u32string_view> kContactLeads;
// Notice labels that make a notice only after a subject lead: "关于调整公交线路的通知".
extern const std::span<const std::u32string_view> kAboutOnlyNoticeLabels;
// Headline endings that name a document reported as news, not a notice to the public: a joint
// statement of states or parties ("…的联合声明").
extern const std::span<const std::u32string_view> kNewsDocumentEndings;
extern const std::span<const std::u32string_view> kNoticeSubjectLeads;
// Of the interview leads, those that open an answer: "答：", "A：".
extern const std::span<const std::u32string_view> kInterviewAnswerLeads;

// A table of rows, by its name here ("kBylineRoles").
struct Table {
  std::string_view name;
  std::span<const std::u32string_view> rows;
};
// Every table above.
extern const std::span<const Table> kAllTables;

}  // namespace paperdex::conventions

#endif  // PAPERDEX_CONVENTIONS_H_
