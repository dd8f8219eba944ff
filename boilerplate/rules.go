package boilerplate

import (
	"sort"
	"strings"
	"unicode/utf8"
)

// A paragraph made only of toolbar and menu words is furniture. vocab maps
// each word to the reason it stands for; words that also occur in article
// text (ambiguous) never drop a paragraph on their own.
var vocabGroups = []struct {
	reason string
	words  []string
}{
	{ReasonShare, []string{"分享到", "分享至", "分享", "一键分享", "微信", "微信好友", "朋友圈", "微博", "新浪微博", "腾讯微博",
		"QQ空间", "QQ好友", "腾讯QQ", "QQ", "人人网", "豆瓣", "百度贴吧", "复制链接", "海报分享", "转发", "收藏", "点赞", "赞",
		"喜欢", "推荐", "喜欢就支持一下吧", "E-mail转寄", "转寄", "facebook", "twitter", "LINE", "用LINE传送", "Plurk",
		"WhatsApp", "Telegram", "Email"}},
	{ReasonPrint, []string{"打印本页", "打印此页", "打印文章", "打印", "关闭窗口", "关闭本页", "关闭", "返回顶部", "回到顶部", "顶部",
		"字号", "大中小", "A-A+", "A+", "A-", "列印", "列印本页", "大", "中", "小", "缩小字体", "放大字体", "默认字体", "字体", "TT", "保存本页", "停止浮动", "【", "】"}},
	{ReasonFollow, []string{"扫一扫", "二维码", "扫码关注", "微信二维码", "微博二维码", "APP二维码", "关注", "关注我们", "扫码",
		"微信扫码关注", "扫码关注小程序"}},
	{ReasonNavigation, []string{"首页", "网站首页", "新闻中心", "正文", "更多", "MORE", "返回", "加载中", "点击加载更多", "查看更多",
		"点击查看", "下载APP", "APP", "客户端", "网站地图", "关于我们", "联系我们", "法律声明", "人才招聘", "招聘信息", "广告服务",
		"广告营销", "投稿须知", "注册协议", "隐私政策", "意见反馈", "帮助中心", "设为首页", "加入收藏", "切换导航", "导航", "搜索",
		"进入", "跳到主文", "全部", "移动客户端", "我的收藏", "通行证注册", "产品答疑", "网站律师", "改版调查", "相关新闻", // a bare heading: its list is often far from it
		"站内搜索", "全站搜索", "搜贴", "搜人", "进吧", "搜标签", "看贴", "图片", "视频", "上一页", "下一页", "尾页", "末页", "页",
		"在线留言", "留言", "相册", "THE END", "NEWS", "CONTACT US", "ABOUT US", "HOME", "English", "中文", "版权声明",
		"广告投放", "友情链接", "网站导航", "繁体", "简体", "繁體", "简体中文", "繁体中文", "相簿", "部落格", "名片", "RSS", "返回列表", "返回上一级"}},
	{ReasonForm, []string{"登录", "注册", "立即注册", "免费注册", "退出", "找回密码", "忘记密码", "记住登录", "下次自动登录",
		"自动登录", "快速登录", "扫码登录", "用户名", "密码", "验证码", "换一张", "发表", "发布", "提交", "发表评论", "发表回复",
		"网友评论", "我来说两句", "匿名发表", "最新评论", "最热评论", "刷新", "表情", "回复", "收起回复", "查看对话", "举报",
		"我也说一句", "只看楼主", "送TA礼物", "用户名登录", "社交帐号登录", "社交账号登录", "已有帐号", "已有账号", "立即登录",
		"没有帐号", "没有账号", "设置用户名", "设置密码", "邮箱", "发送验证码", "安全验证", "确定", "取消", "请稍候再试",
		"评论", "条评论", "人参与", "使用签名档", "查看全部", "保存至快速回贴", "内容", "点击刷新", "用户名或邮箱", "登录密码",
		"记住我", "登录名", "手机号", "请输入", "评论区", "写评论", "发表评论", "参与评论", "个人中心", "我的"}},
	{ReasonAd, []string{"广告", "立即查看", "立即咨询", "在线咨询", "咨询", "在线预约", "立即购买", "在线询价", "推广"}},
	{ReasonPaywall, []string{"展开全文", "阅读全文", "查看全文", "点击查看全文", "开通会员", "免费阅读", "继续阅读"}},
}

// ambiguousWords occur in article text; alone they drop nothing.
var ambiguousWords = map[string]bool{
	"来源": true, "编辑": true, "评论": true, "登录": true, "举报": true, "版权": true, "免责": true,
	"推荐": true, "喜欢": true, "关注": true, "内容": true, "图片": true, "视频": true, "全部": true, "返回": true,
	"进入": true, "大": true, "中": true, "小": true, "赞": true, "页": true, "发表": true, "发布": true, "留言": true,
	"我的": true, "提交": true, "确定": true, "取消": true, "收藏": true, "转发": true, "搜索": true, "打印": true, "关闭": true,
}

type vocabWord struct {
	word   string
	reason string
}

// vocabByFirst indexes vocab words by their first byte, longest first.
var vocabByFirst = func() map[byte][]vocabWord {
	m := map[byte][]vocabWord{}
	for _, g := range vocabGroups {
		for _, w := range g.words {
			m[w[0]] = append(m[w[0]], vocabWord{w, g.reason})
		}
	}
	for k := range m {
		ws := m[k]
		sort.SliceStable(ws, func(i, j int) bool { return len(ws[i].word) > len(ws[j].word) })
	}
	return m
}()

// vocabOnly reports whether s consists only of toolbar words, separators,
// digits and counts, and returns the reason of its first word.
func vocabOnly(s string) (reason string, ok bool) {
	words := 0
	ambiguous := true
	for i := 0; i < len(s); {
		matched := false
		for _, w := range vocabByFirst[s[i]] {
			if hasPrefixFold(s[i:], w.word) {
				if reason == "" {
					reason = w.reason
				}
				if !ambiguousWords[w.word] {
					ambiguous = false
				}
				words++
				i += len(w.word)
				matched = true
				break
			}
		}
		if matched {
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if isSeparator(r) || r >= '0' && r <= '9' || r == '%' || r == '万' || r == 'K' || r == 'k' || r == 'W' || r == 'w' {
			i += n
			continue
		}
		return "", false
	}
	if words == 0 || words == 1 && ambiguous {
		return "", false
	}
	return reason, true
}

// hasPrefixFold is strings.HasPrefix with ASCII case folded.
func hasPrefixFold(s, prefix string) bool {
	if len(s) < len(prefix) {
		return false
	}
	for i := 0; i < len(prefix); i++ {
		a, b := s[i], prefix[i]
		if a != b && !(a|0x20 == b|0x20 && a|0x20 >= 'a' && a|0x20 <= 'z') {
			return false
		}
	}
	return true
}

// relatedHeaders open a block of related-article links.
var relatedHeaders = []string{
	"相关报道", "相关推荐", "相关资讯", "相关新闻", "相关文章", "相关阅读", "相关文章阅读", "相关链接", "相关栏目", "相关专题",
	"相关产品", "推荐阅读", "猜你喜欢", "热门推荐", "往期推荐", "往期回顾", "往期精选", "延伸阅读", "精彩推荐", "为你推荐", "为您推荐",
	"大家都在看", "热点关注", "热点推荐", "热门文章", "最新文章", "最新资讯", "最新新闻", "阅读排行", "阅读排行榜", "评论排行榜",
	"热门排行", "排行榜", "图片新闻", "视频新闻", "其他患者还阅读了", "热门标签", "今日推荐", "编辑推荐", "本周热点", "推荐文章",
	"热门阅读", "最新推荐", "更多精彩", "精彩图文", "推荐产品", "热门产品", "新品推荐", "热议榜", "贴吧热议榜", "全站热搜",
	"热门搜索", "热搜", "热词", "历史上的今天", "你可能感兴趣", "你可能感兴趣的", "您可能感兴趣的文章", "看了本文的人还看了",
	"相关内容", "相关问题", "相关话题", "最近更新", "最新更新", "热门资讯", "热门新闻", "猜您喜欢", "推荐资讯", "推荐新闻",
	"产品目录", "产品分类", "文章分类", "全站分类", "热门关键词", "热文精选", "点击排行", "点击排行榜", "相关信息", "热门点击",
	"最新发布", "本周排行", "本月排行", "周排行", "月排行", "热门评论", "精彩专题", "专题推荐", "推荐专题", "相关词", "相关搜索",
}

var relatedSet = func() map[string]bool {
	m := map[string]bool{}
	for _, h := range relatedHeaders {
		m[h] = true
	}
	return m
}()

// isRelatedHeader reports a short heading that opens a related list:
// "相关推荐", "- 相关报道", "相关文章阅读：", "白癜风常识MORE", "热门搜索： …".
func isRelatedHeader(core string, runes int) bool {
	if runes > 24 {
		return false
	}
	t := strings.TrimRight(core, " :：>》»|")
	for _, suf := range []string{"MORE", "more", "More", "更多>>", "更多"} {
		if strings.HasSuffix(t, suf) && utf8.RuneCountInString(t) <= 14 && len(t) > len(suf) {
			return true
		}
	}
	if relatedSet[t] {
		return true
	}
	// "热门搜索： 贵州白癜风医院 …", "热词：": a header with its items inline.
	if i := indexColon(core); i > 0 && relatedSet[strings.TrimSpace(core[:i])] {
		return true
	}
	return false
}

// indexColon returns the byte index of the first ASCII or full-width colon.
func indexColon(s string) int {
	a := strings.IndexByte(s, ':')
	b := strings.Index(s, "：")
	switch {
	case a < 0:
		return b
	case b < 0:
		return a
	case a < b:
		return a
	}
	return b
}

func colonLen(s string, i int) int {
	if s[i] == ':' {
		return 1
	}
	return len("：")
}

// Label families for "label：value" lines.
var labelReason = map[string]string{
	// metadata
	"时间": ReasonMetadata, "发布时间": ReasonMetadata, "发布日期": ReasonMetadata, "日期": ReasonMetadata, "更新时间": ReasonMetadata,
	"来源": ReasonMetadata, "文章来源": ReasonMetadata, "信息来源": ReasonMetadata, "稿件来源": ReasonMetadata, "新闻来源": ReasonMetadata,
	"作者": ReasonMetadata, "浏览次数": ReasonMetadata, "浏览": ReasonMetadata, "点击": ReasonMetadata, "点击数": ReasonMetadata,
	"点击量": ReasonMetadata, "阅读": ReasonMetadata, "阅读量": ReasonMetadata, "阅读数": ReasonMetadata, "访问量": ReasonMetadata,
	"字号": ReasonPrint, "人气": ReasonMetadata, "发布者": ReasonMetadata, "发布人": ReasonMetadata, "发稿时间": ReasonMetadata,
	"录入": ReasonMetadata, "录入时间": ReasonMetadata, "添加时间": ReasonMetadata, "上传时间": ReasonMetadata, "IP属地": ReasonMetadata,
	"厂商性质": ReasonMetadata, "全站分类": ReasonNavigation, "个人分类": ReasonNavigation, "部落格全站分类": ReasonNavigation,
	"所属栏目": ReasonNavigation, "栏目": ReasonNavigation, "分类": ReasonNavigation, "标题": ReasonMetadata,
	// credits
	"责任编辑": ReasonCredit, "责编": ReasonCredit, "编辑": ReasonCredit, "审核": ReasonCredit, "校对": ReasonCredit,
	"总值班": ReasonCredit, "统筹": ReasonCredit, "主编": ReasonCredit, "监制": ReasonCredit, "值班编辑": ReasonCredit,
	"美编": ReasonCredit, "终审": ReasonCredit, "初审": ReasonCredit, "复审": ReasonCredit, "审校": ReasonCredit, "策划": ReasonCredit,
	"摄影": ReasonCredit, "记者": ReasonCredit, "通讯员": ReasonCredit, "责任校对": ReasonCredit, "审签": ReasonCredit,
	"文字": ReasonCredit, "制作": ReasonCredit, "编审": ReasonCredit, "出品": ReasonCredit, "视觉": ReasonCredit,
	// contact
	"联系电话": ReasonContact, "电话": ReasonContact, "座机": ReasonContact, "手机": ReasonContact, "传真": ReasonContact,
	"地址": ReasonContact, "医院地址": ReasonContact, "公司地址": ReasonContact, "邮箱": ReasonContact, "电子邮箱": ReasonContact,
	"E-mail": ReasonContact, "Email": ReasonContact, "email": ReasonContact, "E-Mail": ReasonContact, "TEL": ReasonContact, "Tel": ReasonContact,
	"QQ": ReasonContact, "联系QQ": ReasonContact, "邮编": ReasonContact, "热线": ReasonContact, "服务热线": ReasonContact,
	"客服": ReasonContact, "客服热线": ReasonContact, "举报邮箱": ReasonContact, "举报电话": ReasonContact, "联系人": ReasonContact,
	"读者热线": ReasonContact, "投稿邮箱": ReasonContact, "投诉电话": ReasonContact, "广告合作": ReasonContact,
	"商务合作": ReasonContact, "合作电话": ReasonContact, "常用邮箱": ReasonContact, "您的姓名": ReasonForm, "您的单位": ReasonForm,
	"详细地址": ReasonForm, "补充说明": ReasonForm, "省份": ReasonForm, "产品": ReasonForm,
	"微信号": ReasonContact, "公众号": ReasonFollow, "生产地址": ReasonContact, "网址": ReasonContact,
	// tags
	"标签": ReasonTags, "关键词": ReasonTags, "关键字": ReasonTags, "Tags": ReasonTags, "TAG": ReasonTags, "Tag": ReasonTags, "tags": ReasonTags,
	// forms
	"用户名": ReasonForm, "密码": ReasonForm, "验证码": ReasonForm, "昵称": ReasonForm, "内容": ReasonForm, "姓名": ReasonForm,
	"留言内容": ReasonForm,
	// legal
	"版权所有": ReasonCopyright, "版权声明": ReasonCopyright, "主办单位": ReasonCopyright, "承办单位": ReasonCopyright,
	"技术支持": ReasonCopyright, "技术支持单位": ReasonCopyright, "主办": ReasonCopyright, "承办": ReasonCopyright,
	"免责声明": ReasonDisclaimer, "声明": ReasonDisclaimer, "郑重声明": ReasonDisclaimer, "特别声明": ReasonDisclaimer,
	"政府网站标识码": ReasonCopyright, "网站标识码": ReasonCopyright,
	// prev/next
	"上一篇": ReasonPrevNext, "下一篇": ReasonPrevNext, "上一条": ReasonPrevNext, "下一条": ReasonPrevNext, "上篇": ReasonPrevNext,
	"下篇": ReasonPrevNext, "此分类上一篇": ReasonPrevNext, "此分类下一篇": ReasonPrevNext, "上一页": ReasonPrevNext, "下一页": ReasonPrevNext,
}

// leadingLabel splits "label：value" when the colon comes within the first
// twelve runes; spaces inside the label ("责 编：") are ignored.
func leadingLabel(s string) (label, value string, ok bool) {
	i := indexColon(s)
	if i <= 0 || utf8.RuneCountInString(s[:i]) > 12 {
		return "", "", false
	}
	label = strings.TrimSpace(s[:i])
	if strings.Contains(label, " ") {
		label = strings.ReplaceAll(label, " ", "")
	}
	if labelReason[label] == "" {
		// "版权合作及网站合作电话：", "网站编辑：": a known label at the end
		for _, suf := range []string{"电话", "热线", "邮箱", "传真", "编辑"} {
			if strings.HasSuffix(label, suf) && utf8.RuneCountInString(label) <= 12 {
				label = suf
				break
			}
		}
	}
	return label, strings.TrimSpace(s[i+colonLen(s, i):]), true
}

// countLabels counts "label：" pairs of metadata, credit and contact labels
// anywhere in s: "时间：… 来源：… 浏览次数：".
func countLabels(s string) (n int, first string) {
	rest := s
	for {
		i := indexColon(rest)
		if i < 0 {
			return n, first
		}
		before := strings.TrimRight(rest[:i], " ")
		// the label is the last run of letters before the colon
		j := strings.LastIndexAny(before, " |｜)）]】")
		lab := before[j+1:]
		if r := labelReason[lab]; r == ReasonMetadata || r == ReasonCredit || r == ReasonContact || r == ReasonPrint {
			if n == 0 {
				first = r
			}
			n++
		}
		rest = rest[i+colonLen(rest, i):]
	}
}
