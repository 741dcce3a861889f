#include "conventions.h"

#include <array>

namespace paperdex::conventions {
namespace {

// Longer roles first: the matcher takes the first row that fits.
constexpr std::array kBylineRoleRows = {
    std::u32string_view(U"全媒体记者"),  // 江城日报全媒体记者/陈思远
    std::u32string_view(U"融媒体记者"),  // 本报融媒体记者 李四
    std::u32string_view(U"特约通讯员"),  // 特约通讯员 王五
    std::u32string_view(U"特约评论员"),  // 特约评论员 赵六
    std::u32string_view(U"首席记者"),    // 首席记者 孙八
    std::u32string_view(U"特约记者"),    // 特约记者 钱七
    std::u32string_view(U"见习记者"),    // 见习记者 周九
    std::u32string_view(U"实习记者"),    // 实习记者 吴十
    std::u32string_view(U"摄影记者"),    // 本报摄影记者 郑一
    std::u32string_view(U"驻站记者"),    // 驻站记者 王二
    std::u32string_view(U"评论员"),      // 本报评论员
    std::u32string_view(U"通讯员"),      // 通讯员/易汝青
    std::u32string_view(U"通訊員"),      // 通訊員 黃美玲
    std::u32string_view(U"实习生"),      // 实习生 钱七
    std::u32string_view(U"實習生"),      // 實習生 錢七
    std::u32string_view(U"評論員"),      // 本報評論員
    std::u32string_view(U"記者"),        // 記者 陳大文
    std::u32string_view(U"记者"),        // 本报记者 张三
    std::u32string_view(U"撰文"),        // 撰文/李四
    std::u32string_view(U"摄影"),        // 摄影/王五
    std::u32string_view(U"攝影"),        // 攝影/王五
    std::u32string_view(U"读者"),        // 读者 李先生 (a letter's signature)
    std::u32string_view(U"讀者"),        // 讀者 李先生
    std::u32string_view(U"编辑"),        // 编辑 赵六
    std::u32string_view(U"作者"),        // 作者 孙八
};

constexpr std::array kRoleOrganisationEndingRows = {
    std::u32string_view(U"报"),  // 株洲日报全媒体记者, 本报记者
    std::u32string_view(U"報"),  // 港島日報記者
    std::u32string_view(U"社"),  // 新华社记者
    std::u32string_view(U"网"),  // 人民网记者
    std::u32string_view(U"網"),  // 中新網記者
    std::u32string_view(U"台"),  // 株洲广播电视台记者
    std::u32string_view(U"刊"),  // 本刊记者
    std::u32string_view(U"站"),  // 记者站记者
};

constexpr std::array kBylineLeadRows = {
    std::u32string_view(U"文/图"),  // 文/图 记者 孙八
    std::u32string_view(U"图/文"),  // 图/文 记者 孙八
    std::u32string_view(U"文/圖"),  // 文/圖 記者 孫八
    std::u32string_view(U"圖/文"),  // 圖/文 記者 孫八
    std::u32string_view(U"文图"),   // 文图 本报记者 孙八
    std::u32string_view(U"文圖"),   // 文圖 記者 孫八
    std::u32string_view(U"文/"),    // 文/本报记者 张三
    std::u32string_view(U"□"),      // □记者 赵六
    std::u32string_view(U"■"),      // ■本报记者 赵六
    std::u32string_view(U"◎"),      // ◎记者 赵六
    std::u32string_view(U"●"),      // ●记者 赵六
    std::u32string_view(U"◇"),      // ◇记者 赵六
    std::u32string_view(U"◆"),      // ◆记者 赵六
    std::u32string_view(U"★"),      // ★记者 赵六
};

constexpr std::array kPhotoCreditEndingRows = {
    std::u32string_view(U"摄影报道"),  // 本报记者 张三 摄影报道
    std::u32string_view(U"攝影報道"),  // 記者 張三 攝影報道
    std::u32string_view(U"翻摄"),      // 记者 吴柏翰 翻摄 (a picture of a picture)
    std::u32string_view(U"翻攝"),
    std::u32string_view(U"摄"),  // 株洲日报通讯员/谭嘉玲 杨帆 摄
    std::u32string_view(U"攝"),  // 記者 陳大文 攝
    std::u32string_view(U"绘"),  // 韦小景绘（漫画）
    std::u32string_view(U"繪"),  // 記者 陳大文 繪
};

constexpr std::array kBylineEndingRows = {
    std::u32string_view(U"文/图"),  // 记者 陈思远 通讯员 林晓 文/图
    std::u32string_view(U"文/圖"),    std::u32string_view(U"图/文"), std::u32string_view(U"文图"),
    std::u32string_view(U"综合报道"),  // 记者 张三 综合报道
    std::u32string_view(U"綜合報導"),
    std::u32string_view(U"報導"),  // 記者 王冠宇／台北報導
    std::u32string_view(U"报导"),
    std::u32string_view(U"报道"),  // 记者 张三 报道
    std::u32string_view(U"報道"),  // 記者 張三 報道
    std::u32string_view(U"采写"),  // 记者 张三 采写
    std::u32string_view(U"整理"),  // 记者 张三 整理
    std::u32string_view(U"撰文"),  // 张三 撰文
};

constexpr std::array kPlainDatelineRows = {
    std::u32string_view(U"本报讯"),    // 本报讯（记者 王五）6月26日，…
    std::u32string_view(U"本報訊"),    // 本報訊（記者 王五）
    std::u32string_view(U"本刊讯"),    // 本刊讯 …
    std::u32string_view(U"本报消息"),  // 本报消息 …
    std::u32string_view(U"本報消息"),  // 【本報消息】…
    std::u32string_view(U"本刊訊"),
    std::u32string_view(U"据新华社电"),  // 据新华社电 …
    std::u32string_view(U"新华社电"),    // 新华社电 …
    std::u32string_view(U"综合消息"),    // 综合消息 …
    std::u32string_view(U"央视网消息"),  // 央视网消息（新闻联播）：…
};

constexpr std::array kDatelineSourceRows = {
    std::u32string_view(U"新华社"),  // 新华社北京3月7日电
    std::u32string_view(U"新華社"),  // 新華社北京3月7日電
    std::u32string_view(U"中新社"),  // 中新社上海3月7日电
    std::u32string_view(U"中新网"),  // 中新网北京3月7日电
    std::u32string_view(U"人民网"),  // 人民网北京3月7日电
    std::u32string_view(U"新华网"),  // 新华网北京3月7日电
    std::u32string_view(U"央视网"),  // 央视网北京3月7日电
    std::u32string_view(U"本报"),    // 本报北京6月9日电
    std::u32string_view(U"本報"),    // 本報台北3月8日訊
    std::u32string_view(U"本刊"),    // 本刊北京6月9日讯
    std::u32string_view(U"中央社"),  // 中央社台北8日電
    std::u32string_view(U"路透社"),  // 路透社伦敦3月7日电
    std::u32string_view(U"法新社"),  // 法新社巴黎3月7日电
};

constexpr std::array kDatelineEndingRows = {
    std::u32string_view(U"电"),    // 新华社北京3月7日电
    std::u32string_view(U"電"),    // 新華社北京3月7日電
    std::u32string_view(U"讯"),    // 本报长沙3月7日讯
    std::u32string_view(U"訊"),    // 本報台北3月8日訊
    std::u32string_view(U"消息"),  // 本报北京3月7日消息
};

constexpr std::array kEditorWordRows = {
    std::u32string_view(U"责任编辑"),  // 责任编辑：张伟 校对：刘敏
    std::u32string_view(U"責任編輯"),  // 責任編輯 王芳
    std::u32string_view(U"责编"),      // 责编 王芳
    std::u32string_view(U"責編"),      // 責編 王芳
    std::u32string_view(U"本版编辑"),  // 本版编辑/王芳
    std::u32string_view(U"美术编辑"),  // 美术编辑 李强
    std::u32string_view(U"美编"),      // 美编 李强
    std::u32string_view(U"美編"),      // 美編 李強
    std::u32string_view(U"版式"),      // 版式设计 李强
    std::u32string_view(U"校对"),      // 校对：刘敏
    std::u32string_view(U"校對"),      // 校對 劉敏
    std::u32string_view(U"组版"),      // 组版 王五
    std::u32string_view(U"值班编辑"),  // 值班编辑 王五
    std::u32string_view(U"照排"),      // 照排 王五
};

constexpr std::array kMastheadWordRows = {
    std::u32string_view(U"主管"),          // 中共株洲市委主管、主办
    std::u32string_view(U"主办"),          // 江城日报社主办
    std::u32string_view(U"主辦"),          // 港島報業集團主辦
    std::u32string_view(U"出版"),          // 江城日报社出版
    std::u32string_view(U"连续出版物号"),  // 国内统一连续出版物号 CN 43-0005
    std::u32string_view(U"連續出版物號"),  // 國內統一連續出版物號
    std::u32string_view(U"邮发代号"),      // 邮发代号 41-1
    std::u32string_view(U"郵發代號"),      // 郵發代號 41-1
    std::u32string_view(U"社址"),          // 社址：江城市滨江路1号
    std::u32string_view(U"农历"),          // 农历癸卯年二月十七
    std::u32string_view(U"農曆"),          // 農曆癸卯年二月十七
    std::u32string_view(U"今日"),          // 今日8版
    std::u32string_view(U"本期"),          // 本期16版
    std::u32string_view(U"总第"),          // 总第12345期
    std::u32string_view(U"總第"),          // 總第12345期
    std::u32string_view(U"星期"),          // 星期一
    std::u32string_view(U"周一"),          // 2023年3月6日 周一
    std::u32string_view(U"周二"),         std::u32string_view(U"周三"),
    std::u32string_view(U"周四"),         std::u32string_view(U"周五"),
    std::u32string_view(U"周六"),         std::u32string_view(U"周日"),
    std::u32string_view(U"www."),  // www.example.cn
    std::u32string_view(U"http"),  // http://epaper.example.cn
    std::u32string_view(U"CN"),    // CN 43-0005
};

constexpr std::array kWeatherWordRows = {
    std::u32string_view(U"天气预报"),  // 天气预报 …
    std::u32string_view(U"天氣預報"),
    std::u32string_view(U"今日天气"),  // 今日天气 多云 12℃～18℃
    std::u32string_view(U"今日天氣"), std::u32string_view(U"明日天气"),
    std::u32string_view(U"明天天气"),
    std::u32string_view(U"空气质量"),  // 空气质量 良
    std::u32string_view(U"空氣質量"),
    std::u32string_view(U"相对湿度"),  // 气温：16至20度 相对湿度：75%至95%
    std::u32string_view(U"相對濕度"),
};

constexpr std::array kAdvertWordRows = {
    std::u32string_view(U"广告"),  // 广告
    std::u32string_view(U"廣告"),
    std::u32string_view(U"招商热线"),  // 招商热线 0731-22334455
    std::u32string_view(U"廣告熱線"),
    std::u32string_view(U"订购热线"),  // 订购热线 …
    std::u32string_view(U"咨询热线"),  // 咨询热线 …
    std::u32string_view(U"服务热线"),  // 服务热线 …
    std::u32string_view(U"加盟热线"),  // 加盟热线 …
    std::u32string_view(U"订阅热线"),  // 订阅热线 …
    std::u32string_view(U"报名热线"),  // 报名热线 …
    std::u32string_view(U"热线"),      // 热线：0731-…
    std::u32string_view(U"熱線"),
    std::u32string_view(U"欢迎垂询"),  // 欢迎垂询
    std::u32string_view(U"歡迎垂詢"),
    std::u32string_view(U"欢迎来电"),  // 欢迎来电
    std::u32string_view(U"诚邀加盟"),  // 诚邀加盟
    std::u32string_view(U"限时抢购"),  // 限时抢购
    std::u32string_view(U"优惠"),      // 全场8折优惠
    std::u32string_view(U"特价"),      // 特价…
    std::u32string_view(U"地址："),    // 地址：江城市…
    std::u32string_view(U"地址:"),
};

constexpr std::array kContentsWordRows = {
    std::u32string_view(U"本期导读"),  // 本期导读
    std::u32string_view(U"今日导读"),  // 今日导读
    std::u32string_view(U"本期導讀"), std::u32string_view(U"今日導讀"),
    std::u32string_view(U"导读"),  // 导读
    std::u32string_view(U"導讀"),
    std::u32string_view(U"本期看点"),  // 本期看点
    std::u32string_view(U"今日看点"),
    std::u32string_view(U"目录"),  // 目录
};

constexpr std::array kDisclaimerWordRows = {
    std::u32string_view(U"自行核实"),  // 以上信息由刊登者提供,请读者自行核实
    std::u32string_view(U"自行核實"),
    std::u32string_view(U"谨防上当受骗"),  // 谨防上当受骗
    std::u32string_view(U"謹防上當受騙"),
    std::u32string_view(U"本报不承担"),  // 本报不承担任何责任
    std::u32string_view(U"本報不承擔"),
};

constexpr std::array kTeaserLeadRows = {
    std::u32string_view(U"全文见"),  // 全文见 08版
    std::u32string_view(U"全文見"),
    std::u32string_view(U"详见"),  // 详见第4版
    std::u32string_view(U"詳見"),
    std::u32string_view(U"详细报道见"),  // 详细报道见第4版
    std::u32string_view(U"全文转"),      // 全文转第4版
    std::u32string_view(U"见第"),        // （见第4版）
    std::u32string_view(U"見第"),
};

constexpr std::array kContinuedOnLeadRows = {
    std::u32string_view(U"下转"),  // 下转第3版
    std::u32string_view(U"下轉"),
    std::u32string_view(U"转第"),  // 转第3版
    std::u32string_view(U"轉第"),
    std::u32string_view(U"转"),  // 转A3版
    std::u32string_view(U"轉"),
};

constexpr std::array kContinuedFromLeadRows = {
    std::u32string_view(U"上接"),  // 上接第1版
    std::u32string_view(U"接第"),  // 接第1版
    std::u32string_view(U"接"),    // 接A1版
};

constexpr std::array kCaptionLeadRows = {
    std::u32string_view(U"图为"),  // 图为天元区泰园社区户外劳动者港湾。
    std::u32string_view(U"圖為"),  // 圖為…
    std::u32string_view(U"图①"),   // 图①…
    std::u32string_view(U"图:"),   // 图：…
    std::u32string_view(U"圖:"),   // 圖：…
    std::u32string_view(U"上图"),  // 上图：…
    std::u32string_view(U"下图"),   std::u32string_view(U"左图"), std::u32string_view(U"右图"),
    std::u32string_view(U"上圖"),   std::u32string_view(U"下圖"), std::u32string_view(U"左圖"),
    std::u32string_view(U"右圖"),
    std::u32string_view(U"(图)"),    // （图）…
    std::u32string_view(U"照片为"),  // 照片为…
};

constexpr std::array kColumnWordRows = {
    std::u32string_view(U"观察"),  // 记者观察, 滨海观察
    std::u32string_view(U"觀察"),  // 產業觀察
    std::u32string_view(U"调查"),  // 一线调查
    std::u32string_view(U"調查"),
    std::u32string_view(U"追踪"),    // 社区追踪
    std::u32string_view(U"追蹤"),    // 社區追蹤
    std::u32string_view(U"直通车"),  // 民生直通车
    std::u32string_view(U"直通車"),
    std::u32string_view(U"走基层"),  // 新春走基层
    std::u32string_view(U"走基層"),
    std::u32string_view(U"聚焦"),    // 聚焦全国两会
    std::u32string_view(U"进行时"),  // 民生实事进行时
    std::u32string_view(U"進行時"),
    std::u32string_view(U"在行动"),  // 纾困增效 在行动
    std::u32string_view(U"在行動"),
    std::u32string_view(U"采风"),  // 地方采风
    std::u32string_view(U"采風"),
    std::u32string_view(U"访谈"),  // 高端访谈
    std::u32string_view(U"訪談"),
    std::u32string_view(U"一线"),  // “三夏”一线
    std::u32string_view(U"一線"),
    std::u32string_view(U"时评"),  // 晚报时评
    std::u32string_view(U"時評"),
    std::u32string_view(U"评论"),  // 评论员文章
    std::u32string_view(U"評論"),
    std::u32string_view(U"论坛"),  // 星湾论坛
    std::u32string_view(U"論壇"),
    std::u32string_view(U"投书"),  // 读者投书
    std::u32string_view(U"投書"),
    std::u32string_view(U"来信"),  // 读者来信
    std::u32string_view(U"來信"),  // 讀者來信
    std::u32string_view(U"視點"),  // 財經視點
    std::u32string_view(U"视点"),
    std::u32string_view(U"关注"),  // 民生关注
    std::u32string_view(U"關注"),
    std::u32string_view(U"特写"),  // 新闻特写
    std::u32string_view(U"特寫"),
    std::u32string_view(U"纪实"),  // 基层纪实
    std::u32string_view(U"紀實"),
    std::u32string_view(U"面对面"),  // 厅局长面对面
    std::u32string_view(U"面對面"),
    std::u32string_view(U"巷议"),  // 街谈巷议
    std::u32string_view(U"巷議"),
    std::u32string_view(U"快讯"),  // 农事快讯
    std::u32string_view(U"快报"),  // 快报
    std::u32string_view(U"快報"),
    std::u32string_view(U"调研行"),  // 高质量发展调研行
    std::u32string_view(U"調研行"),
    std::u32string_view(U"蹲点"),  // 蹲点日记
    std::u32string_view(U"蹲點"),
    std::u32string_view(U"评说"),  // 城事评说
    std::u32string_view(U"評說"),     std::u32string_view(U"快訊"),
    std::u32string_view(U"简讯"),  // 经济简讯
    std::u32string_view(U"簡訊"),
    std::u32string_view(U"致富经"),  // 致富经
    std::u32string_view(U"致富經"),
    std::u32string_view(U"专栏"),  // 专栏
    std::u32string_view(U"專欄"),
    std::u32string_view(U"链接"),  // 新闻链接
    std::u32string_view(U"鏈接"),
    std::u32string_view(U"看台"),      // 文化看台
    std::u32string_view(U"故事"),      // 身边的故事
    std::u32string_view(U"人物"),      // 新闻人物
    std::u32string_view(U"图片新闻"),  // 图片新闻
    std::u32string_view(U"圖片新聞"),
    std::u32string_view(U"说法"),  // 律师说法, 专家说法
    std::u32string_view(U"說法"),
    std::u32string_view(U"之眼"),  // 新闻之眼
    std::u32string_view(U"之窗"),  // 法治之窗
};

constexpr std::array kBriefLabelRows = {
    std::u32string_view(U"简讯"),       std::u32string_view(U"簡訊"),
    std::u32string_view(U"快讯"),       std::u32string_view(U"快訊"),
    std::u32string_view(U"短讯"),       std::u32string_view(U"短訊"),
    std::u32string_view(U"速览"),       std::u32string_view(U"速覽"),
    std::u32string_view(U"简报"),       std::u32string_view(U"簡報"),
    std::u32string_view(U"快报"),       std::u32string_view(U"快報"),
    std::u32string_view(U"一句话新闻"), std::u32string_view(U"新闻超市"),
};

constexpr std::array kCommentaryLabelRows = {
    std::u32string_view(U"评论"),   std::u32string_view(U"評論"),   std::u32string_view(U"时评"),
    std::u32string_view(U"時評"),   std::u32string_view(U"社论"),   std::u32string_view(U"社論"),
    std::u32string_view(U"社评"),   std::u32string_view(U"社評"),   std::u32string_view(U"短评"),
    std::u32string_view(U"短評"),   std::u32string_view(U"快评"),   std::u32string_view(U"快評"),
    std::u32string_view(U"锐评"),   std::u32string_view(U"銳評"),   std::u32string_view(U"热评"),
    std::u32string_view(U"熱評"),   std::u32string_view(U"言论"),   std::u32string_view(U"言論"),
    std::u32string_view(U"论坛"),   std::u32string_view(U"論壇"),   std::u32string_view(U"杂谈"),
    std::u32string_view(U"雜談"),   std::u32string_view(U"漫谈"),   std::u32string_view(U"漫談"),
    std::u32string_view(U"评论员"), std::u32string_view(U"評論員"), std::u32string_view(U"投书"),
    std::u32string_view(U"投書"),
};

constexpr std::array kPhotoLabelRows = {
    std::u32string_view(U"图片新闻"), std::u32string_view(U"圖片新聞"),
    std::u32string_view(U"图片报道"), std::u32string_view(U"圖片報道"),
    std::u32string_view(U"新闻图片"), std::u32string_view(U"新聞圖片"),
    std::u32string_view(U"摄影报道"), std::u32string_view(U"攝影報道"),
    std::u32string_view(U"图说"),     std::u32string_view(U"圖說"),
};

constexpr std::array kNoticeLabelRows = {
    std::u32string_view(U"公告"),     std::u32string_view(U"通告"),
    std::u32string_view(U"启事"),     std::u32string_view(U"啟事"),
    std::u32string_view(U"声明"),     std::u32string_view(U"聲明"),
    std::u32string_view(U"公示"),     std::u32string_view(U"讣告"),
    std::u32string_view(U"訃告"),     std::u32string_view(U"通知"),
    std::u32string_view(U"告示"),     std::u32string_view(U"分类广告"),
    std::u32string_view(U"分類廣告"), std::u32string_view(U"招租"),
    std::u32string_view(U"出租"),     std::u32string_view(U"转让"),
    std::u32string_view(U"轉讓"),     std::u32string_view(U"征婚"),
    std::u32string_view(U"徵婚"),     std::u32string_view(U"拍卖"),
    std::u32string_view(U"拍賣"),     std::u32string_view(U"征集"),
    std::u32string_view(U"徵集"),     std::u32string_view(U"征稿"),
    std::u32string_view(U"徵稿"),
};

constexpr std::array kAuthorNoteLeadRows = {
    std::u32string_view(U"作者"),      // （作者为滨湖大学教授）
    std::u32string_view(U"本文作者"),  // （本文作者系…）
};

constexpr std::array kKickerEndingRows = {
    std::u32string_view(U"强调"),  // 市长在港区调研时强调
    std::u32string_view(U"強調"),  // 院長出席會議時強調
    std::u32string_view(U"指出"),  // 省统计局新闻发言人在发布会上指出
    std::u32string_view(U"表示"),  // 外交部发言人表示
};

constexpr std::array kInterviewLeadRows = {
    std::u32string_view(U"记者:"), std::u32string_view(U"記者:"), std::u32string_view(U"问:"),
    std::u32string_view(U"問:"),   std::u32string_view(U"答:"),   std::u32string_view(U"主持人:"),
    std::u32string_view(U"Q:"),    std::u32string_view(U"A:"),
};

constexpr std::array kNotNameRows = {
    std::u32string_view(U"文章"),  // 评论员文章
    std::u32string_view(U"观察"),  // 记者观察
    std::u32string_view(U"觀察"),
    std::u32string_view(U"手记"),  // 记者手记
    std::u32string_view(U"手記"),
    std::u32string_view(U"来信"),  // 读者来信
    std::u32string_view(U"來信"),  // 讀者來信
    std::u32string_view(U"投书"),  // 读者投书
    std::u32string_view(U"投書"),  // 讀者投書
    std::u32string_view(U"来稿"),  // 读者来稿
    std::u32string_view(U"來稿"),
    std::u32string_view(U"之声"),  // 读者之声
    std::u32string_view(U"之聲"),
    std::u32string_view(U"视点"),  // 记者视点
    std::u32string_view(U"札记"),  // 采访札记
    std::u32string_view(U"调查"),  // 记者调查
    std::u32string_view(U"专访"),  // 记者专访
    std::u32string_view(U"專訪"),
    std::u32string_view(U"探访"),  // 记者探访
    std::u32string_view(U"暗访"),  // 记者暗访
    std::u32string_view(U"走访"),  // 记者走访
    std::u32string_view(U"连线"),  // 记者连线
    std::u32string_view(U"了解"),  // 记者了解到
    std::u32string_view(U"获悉"),  // 记者获悉
};

constexpr std::array kCompoundSurnameRows = {
    std::u32string_view(U"欧阳"), std::u32string_view(U"歐陽"), std::u32string_view(U"司马"),
    std::u32string_view(U"司馬"), std::u32string_view(U"诸葛"), std::u32string_view(U"諸葛"),
    std::u32string_view(U"上官"), std::u32string_view(U"东方"), std::u32string_view(U"東方"),
    std::u32string_view(U"皇甫"), std::u32string_view(U"令狐"), std::u32string_view(U"慕容"),
    std::u32string_view(U"尉迟"), std::u32string_view(U"尉遲"), std::u32string_view(U"公孙"),
    std::u32string_view(U"公孫"), std::u32string_view(U"夏侯"), std::u32string_view(U"端木"),
    std::u32string_view(U"司徒"), std::u32string_view(U"申屠"), std::u32string_view(U"长孙"),
    std::u32string_view(U"長孫"), std::u32string_view(U"宇文"), std::u32string_view(U"轩辕"),
};

// Words beside a telephone number that make a short line an advertisement.
constexpr std::array kTelephoneWordRows = {
    std::u32string_view(U"电话"),  // 钢琴调律 上门服务 电话：13805712468
    std::u32string_view(U"電話"),  // 冷氣維修 電話：23456789
    std::u32string_view(U"手机"),  // 搬家公司 手机 13907331234
    std::u32string_view(U"热线"),  // 家政服务热线 96118
};

constexpr std::array kAdvertLeadRows = {
    std::u32string_view(U"广告"),  // 广告 金秋购房节 样板房开放
    std::u32string_view(U"廣告"),  // 廣告 新店開張
};

// The label over a box of one-line classified advertisements ("分类广告" over "招聘：…，电话 …").
constexpr std::array kClassifiedLabelRows = {
    std::u32string_view(U"分类广告"), std::u32string_view(U"分類廣告"),
    std::u32string_view(U"分类信息"), std::u32string_view(U"分類信息"),
    std::u32string_view(U"便民信息"),
};

constexpr std::array kAdvertInvitationRows = {
    std::u32string_view(U"欢迎垂询"),  // 品质楼盘 欢迎垂询
    std::u32string_view(U"诚邀加盟"),  // 连锁餐饮 诚邀加盟
    std::u32string_view(U"欢迎来电"),  // 专业搬家 欢迎来电
};

constexpr std::array kTableSourceLeadRows = {
    std::u32string_view(U"数据来源"),  // 数据来源：市统计局
    std::u32string_view(U"资料来源"),  // 资料来源：市农业农村局
    std::u32string_view(U"數據來源"),  // 數據來源：統計處
    std::u32string_view(U"来源:"),     // 来源：市场监管局
};

constexpr std::array kSubheadlineDashRows = {
    std::u32string_view(U"——"),    // ——记株洲市某社区党委书记
    std::u32string_view(U"--"),    // --访某区区长
    std::u32string_view(U"─"),     // ─记一位乡村教师
    std::u32string_view(U"－－"),  // －－走进新村
};

constexpr std::array kEditorialRoleRows = {
    std::u32string_view(U"评论员"),  // 本报评论员
    std::u32string_view(U"評論員"),  // 本報評論員
};

constexpr std::array kPaperNameEndingRows = {
    std::u32string_view(U"报"),  // 江城日报
    std::u32string_view(U"報"),  // 港島日報
    std::u32string_view(U"刊"),  // 读者周刊
};

constexpr std::array kRunningHeaderPaperEndingRows = {
    std::u32string_view(U"报"),  // 西江晚报 2023年5月12日
    std::u32string_view(U"報"),  // 港島日報 2023年5月12日
};

constexpr std::array kNoticeSignatureEndingRows = {
    std::u32string_view(U"公司"),    // 滨海市公共交通集团有限公司
    std::u32string_view(U"委员会"),  // 江城市住房和城乡建设委员会
    std::u32string_view(U"委員會"),  // 港島區議會選舉委員會
    std::u32string_view(U"局"),      // 江城市自然资源和规划局
    std::u32string_view(U"厅"),      // 湖南省交通运输厅
    std::u32string_view(U"廳"),      // 交通運輸廳
    std::u32string_view(U"办公室"),  // 市人民政府办公室
    std::u32string_view(U"辦公室"),  // 市政府辦公室
    std::u32string_view(U"政府"),    // 江城市人民政府
    std::u32string_view(U"集团"),    // 江城城市建设发展集团
    std::u32string_view(U"集團"),    // 港島地產集團
    std::u32string_view(U"中心"),    // 江城市公共资源交易中心
    std::u32string_view(U"协会"),    // 江城市消费者协会
    std::u32string_view(U"協會"),    // 港島消費者協會
    std::u32string_view(U"学校"),    // 江城市第一中等职业学校
    std::u32string_view(U"医院"),    // 江城市中心医院
    std::u32string_view(U"银行"),    // 江城农村商业银行
    std::u32string_view(U"所"),      // 江城市不动产登记事务所
    std::u32string_view(U"处"),      // 江城市住房公积金管理处
    std::u32string_view(U"部"),      // 中共江城市委宣传部
    std::u32string_view(U"会"),      // 江城市红十字会
    std::u32string_view(U"社"),      // 江城日报社
    std::u32string_view(U"社区"),    // 桂花街道泰园社区
    std::u32string_view(U"村委会"),  // 白关镇丫江桥村村委会
    std::u32string_view(U"小组"),    // 江城市防汛抗旱指挥部工作小组
};

constexpr std::array kNoticeContactWordRows = {
    std::u32string_view(U"热线"),    // 服务热线：96116
    std::u32string_view(U"熱線"),    // 查詢熱線：23456789
    std::u32string_view(U"电话"),    // 联系电话：0731-22222222
    std::u32string_view(U"電話"),    // 聯絡電話：23456789
    std::u32string_view(U"联系人"),  // 联系人：王先生
    std::u32string_view(U"聯絡人"),  // 聯絡人：陳小姐
    std::u32string_view(U"地址"),    // 地址：江城市天元区黄河北路
};

constexpr std::array kContactLeadRows = {
    std::u32string_view(U"联系电话"),  // 联系电话：0731-22222222
    std::u32string_view(U"聯絡電話"),  // 聯絡電話：23456789
    std::u32string_view(U"咨询电话"),  // 咨询电话：0731-28888888
    std::u32string_view(U"服务热线"),  // 服务热线：96116
    std::u32string_view(U"联系人"),    // 联系人：王先生
    std::u32string_view(U"地址"),      // 地址：江城市天元区黄河北路
    std::u32string_view(U"电话"),      // 电话：0731-22222222
    std::u32string_view(U"電話"),      // 電話：23456789
};

constexpr std::array kAboutOnlyNoticeLabelRows = {
    std::u32string_view(U"通知"),  // 关于调整公交线路的通知 (but not 市民收到降温通知)
};

constexpr std::array kDescriptionEndingRows = {
    std::u32string_view(U"委员"),   std::u32string_view(U"委員"),   std::u32string_view(U"常委"),
    std::u32string_view(U"代表"),   std::u32string_view(U"院士"),   std::u32string_view(U"主任"),
    std::u32string_view(U"主席"),   std::u32string_view(U"书记"),   std::u32string_view(U"書記"),
    std::u32string_view(U"董事长"), std::u32string_view(U"董事長"), std::u32string_view(U"总经理"),
    std::u32string_view(U"總經理"), std::u32string_view(U"经理"),   std::u32string_view(U"經理"),
    std::u32string_view(U"总裁"),   std::u32string_view(U"總裁"),   std::u32string_view(U"创始人"),
    std::u32string_view(U"創辦人"), std::u32string_view(U"会长"),   std::u32string_view(U"會長"),
    std::u32string_view(U"理事长"), std::u32string_view(U"理事長"), std::u32string_view(U"秘书长"),
    std::u32string_view(U"秘書長"), std::u32string_view(U"部长"),   std::u32string_view(U"部長"),
    std::u32string_view(U"局长"),   std::u32string_view(U"局長"),   std::u32string_view(U"厅长"),
    std::u32string_view(U"廳長"),   std::u32string_view(U"处长"),   std::u32string_view(U"處長"),
    std::u32string_view(U"司长"),   std::u32string_view(U"司長"),   std::u32string_view(U"院长"),
    std::u32string_view(U"院長"),   std::u32string_view(U"校长"),   std::u32string_view(U"校長"),
    std::u32string_view(U"所长"),   std::u32string_view(U"所長"),   std::u32string_view(U"馆长"),
    std::u32string_view(U"館長"),   std::u32string_view(U"省长"),   std::u32string_view(U"省長"),
    std::u32string_view(U"市长"),   std::u32string_view(U"市長"),   std::u32string_view(U"县长"),
    std::u32string_view(U"縣長"),   std::u32string_view(U"区长"),   std::u32string_view(U"區長"),
    std::u32string_view(U"镇长"),   std::u32string_view(U"鎮長"),   std::u32string_view(U"主编"),
    std::u32string_view(U"主編"),   std::u32string_view(U"社长"),   std::u32string_view(U"社長"),
    std::u32string_view(U"教授"),   std::u32string_view(U"研究员"), std::u32string_view(U"研究員"),
    std::u32string_view(U"博士"),   std::u32string_view(U"工程师"), std::u32string_view(U"工程師"),
    std::u32string_view(U"负责人"), std::u32string_view(U"負責人"), std::u32string_view(U"发言人"),
    std::u32string_view(U"發言人"), std::u32string_view(U"大使"),   std::u32string_view(U"总监"),
    std::u32string_view(U"總監"),   std::u32string_view(U"省"),     std::u32string_view(U"市"),
    std::u32string_view(U"县"),     std::u32string_view(U"縣"),     std::u32string_view(U"区"),
    std::u32string_view(U"區"),     std::u32string_view(U"州"),     std::u32string_view(U"镇"),
    std::u32string_view(U"鎮"),     std::u32string_view(U"乡"),     std::u32string_view(U"鄉"),
    std::u32string_view(U"村"),     std::u32string_view(U"旗"),
};

constexpr std::array kSubheadlineLeadRows = {
    std::u32string_view(U"同比"), std::u32string_view(U"较"),       std::u32string_view(U"提出"),
    std::u32string_view(U"全年"), std::u32string_view(U"平均"),     std::u32string_view(U"完成"),
    std::u32string_view(U"运送"), std::u32string_view(U"新建"),     std::u32string_view(U"实现"),
    std::u32string_view(U"累计"), std::u32string_view(U"其中"),     std::u32string_view(U"访"),
    std::u32string_view(U"訪"),   std::u32string_view(U"对话"),     std::u32string_view(U"對話"),
    std::u32string_view(U"到20"), std::u32string_view(U"到本世纪"),
};

constexpr std::array kSubheadlineEndingRows = {
    std::u32string_view(U"见闻"),     std::u32string_view(U"見聞"),
    std::u32string_view(U"调查"),     std::u32string_view(U"調查"),
    std::u32string_view(U"观察"),     std::u32string_view(U"觀察"),
    std::u32string_view(U"侧记"),     std::u32string_view(U"側記"),
    std::u32string_view(U"纪实"),     std::u32string_view(U"紀實"),
    std::u32string_view(U"摘编"),     std::u32string_view(U"摘編"),
    std::u32string_view(U"答记者问"), std::u32string_view(U"答記者問"),
};

constexpr std::array kEditorsNoteLeadRows = {
    std::u32string_view(U"编者按"),   std::u32string_view(U"編者按"),
    std::u32string_view(U"编者的话"), std::u32string_view(U"編者的話"),
    std::u32string_view(U"编者注"),   std::u32string_view(U"編者註"),
};

constexpr std::array kPortraitPostRows = {
    std::u32string_view(U"总统"),   std::u32string_view(U"總統"),   std::u32string_view(U"主席"),
    std::u32string_view(U"总理"),   std::u32string_view(U"總理"),   std::u32string_view(U"首相"),
    std::u32string_view(U"国王"),   std::u32string_view(U"國王"),   std::u32string_view(U"女王"),
    std::u32string_view(U"亲王"),   std::u32string_view(U"親王"),   std::u32string_view(U"王储"),
    std::u32string_view(U"王儲"),   std::u32string_view(U"苏丹"),   std::u32string_view(U"蘇丹"),
    std::u32string_view(U"秘书长"), std::u32string_view(U"秘書長"),
};

constexpr std::array kSignerPostRows = {
    std::u32string_view(U"主席"), std::u32string_view(U"总理"), std::u32string_view(U"總理"),
    std::u32string_view(U"部长"), std::u32string_view(U"部長"), std::u32string_view(U"省长"),
    std::u32string_view(U"省長"), std::u32string_view(U"市长"), std::u32string_view(U"市長"),
    std::u32string_view(U"县长"), std::u32string_view(U"縣長"), std::u32string_view(U"局长"),
    std::u32string_view(U"局長"), std::u32string_view(U"主任"), std::u32string_view(U"院长"),
    std::u32string_view(U"院長"), std::u32string_view(U"行长"), std::u32string_view(U"行長"),
};

constexpr std::array kAdoptionWordRows = {
    std::u32string_view(U"通过"), std::u32string_view(U"通過"), std::u32string_view(U"批准"),
    std::u32string_view(U"修正"), std::u32string_view(U"修订"), std::u32string_view(U"修訂"),
    std::u32string_view(U"公布"), std::u32string_view(U"发布"), std::u32string_view(U"發布"),
    std::u32string_view(U"施行"),
};

constexpr std::array kMailboxWordRows = {
    std::u32string_view(U"本版邮箱"), std::u32string_view(U"本版郵箱"),
    std::u32string_view(U"征稿邮箱"), std::u32string_view(U"徵稿郵箱"),
    std::u32string_view(U"投稿邮箱"), std::u32string_view(U"投稿郵箱"),
    std::u32string_view(U"来稿邮箱"), std::u32string_view(U"來稿郵箱"),
};

// What a note under a page's contributions mailbox asks for: "欢迎读者来稿，来稿请注明…".
constexpr std::array kContributionWordRows = {
    std::u32string_view(U"来稿"), std::u32string_view(U"來稿"), std::u32string_view(U"投稿"),
    std::u32string_view(U"赐稿"), std::u32string_view(U"賜稿"), std::u32string_view(U"征稿"),
    std::u32string_view(U"徵稿"),
};

constexpr std::array kOrganisationNameEndingRows = {
    std::u32string_view(U"中心"),   std::u32string_view(U"新闻社"), std::u32string_view(U"新聞社"),
    std::u32string_view(U"编辑部"), std::u32string_view(U"編輯部"), std::u32string_view(U"报社"),
    std::u32string_view(U"報社"),   std::u32string_view(U"通讯社"), std::u32string_view(U"通訊社"),
};

constexpr std::array kAttendanceWordRows = {
    std::u32string_view(U"出席"),   std::u32string_view(U"到会"),   std::u32string_view(U"到會"),
    std::u32string_view(U"主持"),   std::u32string_view(U"致辞"),   std::u32string_view(U"致辭"),
    std::u32string_view(U"并讲话"), std::u32string_view(U"並講話"),
};

constexpr std::array kNewsDocumentEndingRows = {
    std::u32string_view(U"联合声明"),
    std::u32string_view(U"聯合聲明"),
    std::u32string_view(U"共同声明"),
    std::u32string_view(U"共同聲明"),
};

constexpr std::array kNoticeSubjectLeadRows = {
    std::u32string_view(U"关于"),  // 关于调整公交线路的通知
    std::u32string_view(U"關於"),  // 關於調整巴士路線的通知
};

constexpr std::array kInterviewAnswerLeadRows = {
    std::u32string_view(U"答"),  // 答：今年我们将……
    std::u32string_view(U"A"),   // A：今年我们将……
};

// Every table above, by name (the tests check them all).
constexpr std::array kTableRows = {
    Table{"kBylineRoles", kBylineRoleRows},
    Table{"kRoleOrganisationEndings", kRoleOrganisationEndingRows},
    Table{"kBylineLeads", kBylineLeadRows},
    Table{"kPhotoCreditEndings", kPhotoCreditEndingRows},
    Table{"kBylineEndings", kBylineEndingRows},
    Table{"kPlainDatelines", kPlainDatelineRows},
    Table{"kDatelineSources", kDatelineSourceRows},
    Table{"kDatelineEndings", kDatelineEndingRows},
    Table{"kEditorWords", kEditorWordRows},
    Table{"kMastheadWords", kMastheadWordRows},
    Table{"kWeatherWords", kWeatherWordRows},
    Table{"kAdvertWords", kAdvertWordRows},
    Table{"kContentsWords", kContentsWordRows},
    Table{"kDisclaimerWords", kDisclaimerWordRows},
    Table{"kTeaserLeads", kTeaserLeadRows},
    Table{"kContinuedOnLeads", kContinuedOnLeadRows},
    Table{"kContinuedFromLeads", kContinuedFromLeadRows},
    Table{"kCaptionLeads", kCaptionLeadRows},
    Table{"kColumnWords", kColumnWordRows},
    Table{"kBriefLabels", kBriefLabelRows},
    Table{"kCommentaryLabels", kCommentaryLabelRows},
    Table{"kPhotoLabels", kPhotoLabelRows},
    Table{"kNoticeLabels", kNoticeLabelRows},
    Table{"kInterviewLeads", kInterviewLeadRows},
    Table{"kKickerEndings", kKickerEndingRows},
    Table{"kAuthorNoteLeads", kAuthorNoteLeadRows},
    Table{"kNotNames", kNotNameRows},
    Table{"kCompoundSurnames", kCompoundSurnameRows},
    Table{"kTelephoneWords", kTelephoneWordRows},
    Table{"kAdvertLeads", kAdvertLeadRows},
    Table{"kAdvertInvitations", kAdvertInvitationRows},
    Table{"kClassifiedLabels", kClassifiedLabelRows},
    Table{"kTableSourceLeads", kTableSourceLeadRows},
    Table{"kSubheadlineDashes", kSubheadlineDashRows},
    Table{"kEditorialRoles", kEditorialRoleRows},
    Table{"kPaperNameEndings", kPaperNameEndingRows},
    Table{"kRunningHeaderPaperEndings", kRunningHeaderPaperEndingRows},
    Table{"kNoticeSignatureEndings", kNoticeSignatureEndingRows},
    Table{"kNoticeContactWords", kNoticeContactWordRows},
    Table{"kContactLeads", kContactLeadRows},
    Table{"kAboutOnlyNoticeLabels", kAboutOnlyNoticeLabelRows},
    Table{"kNewsDocumentEndings", kNewsDocumentEndingRows},
    Table{"kSubheadlineLeads", kSubheadlineLeadRows},
    Table{"kSubheadlineEndings", kSubheadlineEndingRows},
    Table{"kAttendanceWords", kAttendanceWordRows},
    Table{"kEditorsNoteLeads", kEditorsNoteLeadRows},
    Table{"kMailboxWords", kMailboxWordRows},
    Table{"kContributionWords", kContributionWordRows},
    Table{"kAdoptionWords", kAdoptionWordRows},
    Table{"kSignerPosts", kSignerPostRows},
    Table{"kPortraitPosts", kPortraitPostRows},
    Table{"kOrganisationNameEndings", kOrganisationNameEndingRows},
    Table{"kDescriptionEndings", kDescriptionEndingRows},
    Table{"kNoticeSubjectLeads", kNoticeSubjectLeadRows},
    Table{"kInterviewAnswerLeads", kInterviewAnswerLeadRows},
};

}  // namespace

const std::span<const std::u32string_view> kBylineRoles(kBylineRoleRows);
const std::span<const std::u32string_view> kRoleOrganisationEndings(kRoleOrganisationEndingRows);
const std::span<const std::u32string_view> kBylineLeads(kBylineLeadRows);
const std::span<const std::u32string_view> kPhotoCreditEndings(kPhotoCreditEndingRows);
const std::span<const std::u32string_view> kBylineEndings(kBylineEndingRows);
const std::span<const std::u32string_view> kPlainDatelines(kPlainDatelineRows);
const std::span<const std::u32string_view> kDatelineSources(kDatelineSourceRows);
const std::span<const std::u32string_view> kDatelineEndings(kDatelineEndingRows);
const std::span<const std::u32string_view> kEditorWords(kEditorWordRows);
const std::span<const std::u32string_view> kMastheadWords(kMastheadWordRows);
const std::span<const std::u32string_view> kWeatherWords(kWeatherWordRows);
const std::span<const std::u32string_view> kAdvertWords(kAdvertWordRows);
const std::span<const std::u32string_view> kContentsWords(kContentsWordRows);
const std::span<const std::u32string_view> kDisclaimerWords(kDisclaimerWordRows);
const std::span<const std::u32string_view> kTeaserLeads(kTeaserLeadRows);
const std::span<const std::u32string_view> kContinuedOnLeads(kContinuedOnLeadRows);
const std::span<const std::u32string_view> kContinuedFromLeads(kContinuedFromLeadRows);
const std::span<const std::u32string_view> kCaptionLeads(kCaptionLeadRows);
const std::u32string_view kSubheadMarks = U"●■◆▲★☆▶►◎◇□◤▌";
const std::u32string_view kColumnMarks = U"·•・｜|";
const std::span<const std::u32string_view> kColumnWords(kColumnWordRows);
const std::span<const std::u32string_view> kBriefLabels(kBriefLabelRows);
const std::span<const std::u32string_view> kCommentaryLabels(kCommentaryLabelRows);
const std::span<const std::u32string_view> kPhotoLabels(kPhotoLabelRows);
const std::span<const std::u32string_view> kNoticeLabels(kNoticeLabelRows);
const std::span<const std::u32string_view> kInterviewLeads(kInterviewLeadRows);
const std::span<const std::u32string_view> kKickerEndings(kKickerEndingRows);
const std::span<const std::u32string_view> kAuthorNoteLeads(kAuthorNoteLeadRows);
const std::span<const std::u32string_view> kNotNames(kNotNameRows);
const std::span<const std::u32string_view> kCompoundSurnames(kCompoundSurnameRows);
const std::span<const std::u32string_view> kTelephoneWords(kTelephoneWordRows);
const std::span<const std::u32string_view> kAdvertLeads(kAdvertLeadRows);
const std::span<const std::u32string_view> kAdvertInvitations(kAdvertInvitationRows);
const std::span<const std::u32string_view> kClassifiedLabels(kClassifiedLabelRows);
const std::span<const std::u32string_view> kTableSourceLeads(kTableSourceLeadRows);
const std::span<const std::u32string_view> kSubheadlineDashes(kSubheadlineDashRows);
const std::span<const std::u32string_view> kEditorialRoles(kEditorialRoleRows);
const std::span<const std::u32string_view> kPaperNameEndings(kPaperNameEndingRows);
const std::span<const std::u32string_view> kRunningHeaderPaperEndings(
    kRunningHeaderPaperEndingRows);
const std::span<const std::u32string_view> kNoticeSignatureEndings(kNoticeSignatureEndingRows);
const std::span<const std::u32string_view> kNoticeContactWords(kNoticeContactWordRows);
const std::span<const std::u32string_view> kContactLeads(kContactLeadRows);
const std::span<const std::u32string_view> kAboutOnlyNoticeLabels(kAboutOnlyNoticeLabelRows);
const std::span<const std::u32string_view> kNewsDocumentEndings(kNewsDocumentEndingRows);
const std::span<const std::u32string_view> kSubheadlineLeads(kSubheadlineLeadRows);
const std::span<const std::u32string_view> kSubheadlineEndings(kSubheadlineEndingRows);
const std::span<const std::u32string_view> kAttendanceWords(kAttendanceWordRows);
const std::span<const std::u32string_view> kEditorsNoteLeads(kEditorsNoteLeadRows);
const std::span<const std::u32string_view> kMailboxWords(kMailboxWordRows);
const std::span<const std::u32string_view> kContributionWords(kContributionWordRows);
const std::span<const std::u32string_view> kAdoptionWords(kAdoptionWordRows);
const std::span<const std::u32string_view> kSignerPosts(kSignerPostRows);
const std::span<const std::u32string_view> kPortraitPosts(kPortraitPostRows);
const std::span<const std::u32string_view> kOrganisationNameEndings(kOrganisationNameEndingRows);
const std::span<const std::u32string_view> kDescriptionEndings(kDescriptionEndingRows);
const std::span<const std::u32string_view> kNoticeSubjectLeads(kNoticeSubjectLeadRows);
const std::span<const std::u32string_view> kInterviewAnswerLeads(kInterviewAnswerLeadRows);
// The common single-character surnames, simplified and traditional.
const std::u32string_view kSurnames =
    U"王李张張刘劉陈陳杨楊黄黃赵趙吴吳周徐孙孫马馬朱胡郭何高林罗羅郑鄭梁谢謝宋唐许許韩韓冯馮邓鄧曹"
    U"彭曾"
    U"肖萧蕭田董袁潘于蒋蔣蔡余杜叶葉程苏蘇魏吕呂丁任沈姚卢盧姜崔钟鍾谭譚陆陸汪范金石廖贾賈夏韦韋付"
    U"傅方"
    U"白邹鄒孟熊秦邱江尹薛闫閆段雷侯龙龍史陶黎贺賀顾顧毛郝龚龔邵万萬钱錢严嚴覃武戴莫孔向汤湯常温溫"
    U"康施"
    U"文牛樊葛邢安齐齊易乔喬伍庞龐颜顏倪庄莊聂聶章鲁魯岳翟殷詹申欧歐耿关關兰蘭焦俞左柳甘祝包宁寧尚"
    U"符舒"
    U"阮柯纪紀梅童凌毕畢单單季裴霍涂成苗谷盛曲翁冉骆駱蓝藍路游辛靳管柴蒙鲍鮑华華喻祁蒲房滕屈饶饒解"
    U"牟艾"
    U"尤阳陽时時穆农農司卓古吉缪繆简簡车車项項连連芦蘆麦麥褚娄婁窦竇戚岑景党宫宮费費卜冷晏席卫衛米"
    U"柏宗"
    U"瞿桂全佟应應臧闵閔苟邬鄔边邊卞姬师師和仇栾欒隋商刁沙荣榮巫寇桑郎甄丛叢仲虞敖巩鞏明佘池查麻苑"
    U"迟遲"
    U"邝鄺官封谈談匡鞠惠荆荊乐樂冀郁胥南班储儲原栗燕楚鄢劳勞谌諶奚皮粟冼蔺藺楼樓盘盤满滿闻聞位厉厲"
    U"伊仝区區"
    U"郜海阎閻帅帥揭练練";

const std::span<const Table> kAllTables(kTableRows);

}  // namespace paperdex::conventions
