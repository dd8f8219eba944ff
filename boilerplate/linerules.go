package boilerplate

import (
	"strings"
	"unicode/utf8"
)

// Phrase lists for the keyword families. Each phrase is specific enough
// that it is furniture wherever it stands in a short paragraph; the length
// limit (config.maxRuleRunes) keeps article sentences that quote them.
var (
	breadcrumbPrefixes = []string{"您的位置", "你的位置", "您现在的位置", "你现在的位置", "当前位置", "所在位置", "现在位置", "位置"}
	followPhrases      = []string{"扫一扫", "长按识别", "长按二维码", "识别二维码", "扫描二维码", "扫码关注", "点击上方", "蓝字关注",
		"关注我们", "关注公众号", "欢迎关注", "请关注", "关注微信", "关注官方", "微信公众号", "扫二维码", "下载客户端", "下载APP", "下载贴吧", "扫码下载", "二维码", "扫码"}
	paywallPhrases = []string{"展开全文", "阅读全文", "查看全文", "全文共", "正式会员", "完整阅读", "剩余", "未读", "开通会员",
		"会员专享", "免费阅读", "部分内容", "VIP", "付费阅读", "订阅后"}
	formPhrases = []string{"您的邮箱地址不会被公开", "必填项已用", "请选择您浏览此资讯时的心情", "参与评论", "条评论", "人参与",
		"发表回复", "发表评论", "网友评论", "我来说两句", "该楼层疑似违规", "隐藏此楼", "收起回复", "匿名发表", "贴吧协议",
		"七条底线", "登录后", "请登录", "请先登录", "您需要登录", "还没有评论", "暂无评论", "抢沙发", "登录|注册", "登录｜注册",
		"立即注册", "忘记密码", "找回密码", "自动登录", "扫码登录", "用户名密码登录", "限制登录", "账号登录", "帐号登录",
		"签到", "补签", "漏签", "超级会员", "回贴", "发贴", "看高清直播", "网络连接失败", "操作频繁", "请稍候", "请在手机端确认",
		"确认即可登录", "扫描成功", "正在生成订单", "开通黄金会员", "开通钻石会员", "全站资源折扣", "专属QQ群", "技术指导",
		"会员权益", "验证码", "手机号发送短信"}
	disclaimerPhrases = []string{"如有侵权", "侵权请联系", "如有侵權", "请联系删除", "联系我们删除", "不代表本站", "不代表本网", "不代表本平台",
		"转载目的在于传递更多信息", "本站不承担", "本网不承担", "仅代表作者本人", "仅代表作者个人", "不构成投资建议", "投资有风险",
		"本站自动屏蔽", "仅供参考，不作", "仅供参考,不作", "不作为医疗诊断", "请遵医嘱", "请作者与本站联系", "与本站联系", "与本网联系", "与本站立场无关", "本站仅提供信息存储"}
	reprintPhrases = []string{"转载请注明出处", "如若转载", "转载请注明来源", "未经授权，禁止转载", "未经授权,禁止转载",
		"未经许可，不得转载", "未经许可不得转载", "版权归原作者", "如需转载", "严禁转载", "谢绝转载", "违者必究", "授权转载", "原创文章，作者", "原创文章,作者", "本文来自网络", "禁止转载"}
	copyrightMarks = []string{"Copyright", "COPYRIGHT", "copyright", "©", "(C)", "All Rights Reserved", "All rights reserved",
		"ICP备", "ICP证", "公网安备", "版權所有", "ICP備", "网安备", "增值电信业务经营许可证", "网站标识码", "版权所有", "备案号"}
	forumMetaPhrases = []string{"来自Android客户端", "来自iPhone客户端", "来自手机贴吧", "来自电脑", "IP属地", "举报赞", "楼主",
		"发表于", "的头像", "天前发布", "小时前", "分钟前", "中级粉丝", "初级粉丝", "高级粉丝", "送TA礼物", "关注：", "贴子："}
	noticePhrases = []string{"本文共分", "建议您升级", "建议您提升", "浏览器版本过低", "升级浏览器", "最佳浏览效果", "分辨率浏览",
		"跳到主文", "返回首页", "返回顶部", "设为首页", "加入收藏"}
	creditWords      = []string{"记者", "编辑", "责编", "通讯员", "摄影", "实习生", "校对", "审核", "撰稿", "报道", "报导", "翻摄"}
	prevNextPrefixes = []string{"上一篇", "下一篇", "上一条", "下一条", "上篇", "下篇", "前一篇", "后一篇", "此分类上一篇", "此分类下一篇"}
)

// Phrase sets for the one-pass matcher.
var (
	legalSet     = newPhraseSet(disclaimerPhrases, reprintPhrases)
	legalReasons = [...]string{ReasonDisclaimer, ReasonCopyright}
	copyrightSet = newPhraseSet(copyrightMarks)
	// shortSet holds the families checked on short lines, in this order.
	shortSet = newPhraseSet(noticePhrases, followPhrases, formPhrases, forumMetaPhrases, paywallPhrases)
)

const (
	tagNotice = iota
	tagFollow
	tagForm
	tagForumMeta
	tagPaywall
	numShortTags
)

func containsAny(s string, phrases []string) string {
	for _, p := range phrases {
		if strings.Contains(s, p) {
			return p
		}
	}
	return ""
}

func hasAnyPrefix(s string, prefixes []string) string {
	for _, p := range prefixes {
		if strings.HasPrefix(s, p) {
			return p
		}
	}
	return ""
}

// lineRule applies the rules that look at one paragraph alone. It returns
// the reason and rule of the first that fires, or "" when none does.
func lineRule(p string, f *features, c *config) (reason, rule string) {
	if f.letters == 0 {
		return ReasonResidue, "no letters or digits"
	}
	core, _ := stripListMarker(p)
	if f.image {
		core = stripImages(core)
	}
	core = strings.Trim(core, " |｜")
	maxRunes := c.maxRuleRunes()
	short := f.runes <= maxRunes

	for _, ph := range c.phrases {
		if mainContent(core, ph) {
			return ReasonPhrase, "site phrase " + ph
		}
	}
	for _, fu := range c.furniture {
		if fu.Contains(p) && (c.mode == modeRecall || !(f.strong() && f.runes >= 100)) {
			return ReasonCorpus, "learned corpus furniture"
		}
	}
	if f.runes >= 80 && f.prosePunct*100 < f.runes && f.cjk*2 > f.runes {
		return ReasonGarbled, "long run of text without punctuation"
	}
	if f.replacement > 0 && f.replacement*5 >= f.runes {
		return ReasonGarbled, "undecodable: many U+FFFD"
	}
	if isCounter(core) {
		if f.digits >= 7 && f.digits <= 12 && !strings.ContainsAny(core, ",.") {
			return ReasonContact, "a phone number"
		}
		return ReasonCounter, "only a number or count"
	}
	if isPhoneLine(core) {
		return ReasonContact, "phone numbers"
	}
	if short && f.sentEnd == 0 && (strings.HasSuffix(core, "广告") || strings.HasSuffix(core, "推广")) && f.digits > 0 {
		return ReasonAd, "dated line ending in 广告"
	}
	if pre := hasAnyPrefix(core, prevNextPrefixes); pre != "" && f.runes <= 2*maxRunes && !f.endsSent {
		return ReasonPrevNext, pre
	}
	if f.sentEnd == 0 && isDateLine(core) {
		return ReasonMetadata, "date line"
	}
	if f.runes <= 48 {
		if r, ok := vocabOnly(core); ok {
			return r, "only toolbar and menu words"
		}
	}
	if f.runes <= 2*maxRunes && datedLink(core) {
		return ReasonRelated, "headline with a date in parentheses"
	}
	if f.sentEnd == 0 && f.runes <= 80 {
		if bracketToolbar(core) {
			return ReasonPrint, "short items in 【】"
		}
		if pipeMenu(core) {
			return ReasonNavigation, "short items separated by |"
		}
	}
	// breadcrumbs
	if pre := hasAnyPrefix(core, breadcrumbPrefixes); pre != "" {
		if rest := core[len(pre):]; strings.HasPrefix(rest, ":") || strings.HasPrefix(rest, "：") {
			return ReasonBreadcrumb, pre + "："
		}
	}
	if f.sentEnd == 0 && f.runes <= 80 {
		if i := strings.Index(core, "位置"); i >= 0 && i <= 30 && indexColon(core[i:]) == len("位置") {
			return ReasonBreadcrumb, "位置：…"
		}
		arrows := strings.Count(core, ">") + strings.Count(core, "»") + strings.Count(core, "›") + strings.Count(core, "＞")
		if arrows >= 2 && !strings.HasPrefix(core, ">") || strings.HasSuffix(core, "正文") && arrows >= 1 {
			return ReasonBreadcrumb, "items separated by >"
		}
	}
	if f.runes <= 12 && f.prosePunct == 0 && siteLabel(core) {
		return ReasonNavigation, "site label (…网新闻)"
	}
	if f.runes <= 60 && sourceCredit(core) {
		return ReasonMetadata, "image or data source credit"
	}
	// label: value
	if label, value, ok := leadingLabel(core); ok {
		if r := labelReason[label]; r != "" {
			vr := utf8.RuneCountInString(value)
			switch r {
			case ReasonDisclaimer:
				if short || containsAny(value, []string{"本站", "本网", "本平台", "本公众号", "仅供参考", "不代表", "不承担", "侵权"}) != "" {
					return r, label + "："
				}
			case ReasonPrevNext, ReasonTags, ReasonCopyright, ReasonNavigation:
				if f.runes <= 2*maxRunes && !f.endsSent {
					return r, label + "："
				}
			case ReasonCredit:
				if vr <= 20 && f.sentEnd == 0 {
					return r, label + "："
				}
			case ReasonForm:
				if vr <= 4 {
					return r, label + "："
				}
			default:
				if short && f.sentEnd == 0 {
					return r, label + "："
				}
			}
		}
	}
	if f.sentEnd == 0 && f.runes <= 2*maxRunes {
		if n, r := countLabels(core); n >= 2 {
			return r, "several label：value pairs"
		}
	}
	if i := strings.Index(core[:min(len(core), 45)], "免责声明"); i >= 0 && !strings.ContainsAny(core[:i], "，。“\"") {
		// "医药网免责声明:", "焦作网免责声明: | |||": a header, not a mention
		if rest := strings.TrimLeft(core[i+len("免责声明"):], " |"); rest == "" || rest[0] == ':' || strings.HasPrefix(rest, "：") {
			return ReasonDisclaimer, "…免责声明："
		}
	}
	if f.runes <= 400 {
		if ph, tag := legalSet.findTag(core); ph != "" {
			return legalReasons[tag], ph
		}
	}
	if f.runes <= 2*maxRunes {
		if m := copyrightSet.find(core); m != "" {
			if m != "版权所有" && m != "(C)" || f.sentEnd == 0 && !strings.Contains(core, "版权所有者") {
				return ReasonCopyright, m
			}
		}
	}
	if !short {
		return "", ""
	}
	var found [numShortTags]string
	shortSet.findEach(core, found[:])
	if ph := found[tagNotice]; ph != "" {
		return ReasonNavigation, ph
	}
	if f.sentEnd > 0 && f.commas > 0 {
		return "", "" // a sentence with clauses is prose, whatever words it uses
	}
	if ph := found[tagFollow]; ph != "" && f.sentEnd <= 1 {
		return ReasonFollow, ph
	}
	if f.sentEnd == 0 && f.commas == 0 && f.runes <= 40 {
		n := 0
		for _, w := range creditWords {
			n += strings.Count(core, w)
		}
		if n >= 2 {
			return ReasonCredit, "several credit words"
		}
		if strings.Count(core, "﹒")+strings.Count(core, "‧")+strings.Count(core, "・") >= 2 && !strings.Contains(core, " ") {
			return ReasonTags, "items separated by ﹒"
		}
	}
	if ph := found[tagForm]; ph != "" {
		return ReasonForm, ph
	}
	if ph := found[tagForumMeta]; ph != "" && f.sentEnd == 0 {
		return ReasonMetadata, ph
	}
	if ph := found[tagPaywall]; ph != "" && f.sentEnd == 0 {
		return ReasonPaywall, ph
	}
	return "", ""
}

// indexImage returns the byte index and length of the first image marker
// "![]" in s, also in its full-width form "！[]" (the pipeline may have
// converted the punctuation first), or -1.
func indexImage(s string) (i, n int) {
	for off := 0; ; {
		j := strings.Index(s[off:], "[]")
		if j < 0 {
			return -1, 0
		}
		j += off
		switch {
		case strings.HasSuffix(s[:j], "!"):
			return j - 1, 3
		case strings.HasSuffix(s[:j], "！"):
			return j - len("！"), len("！") + 2
		}
		off = j + 2
	}
}

// stripImages removes "![](…)" and "![]" image residue.
func stripImages(s string) string {
	var b strings.Builder
	for {
		i, n := indexImage(s)
		if i < 0 {
			b.WriteString(s)
			return strings.TrimSpace(b.String())
		}
		b.WriteString(s[:i])
		s = s[i+n:]
		if strings.HasPrefix(s, "(") {
			j := strings.IndexByte(s, ')')
			if j < 0 {
				return strings.TrimSpace(b.String())
			}
			s = s[j+1:]
		}
	}
}

// isCounter reports a paragraph that is only a number, a count or a
// counter label with its number: "(0)", "0497", "01.0K", "阅读 1.2万".
func isCounter(s string) bool {
	for _, lab := range []string{"阅读", "浏览", "评论", "点赞", "收藏", "分享", "人气", "访问", "播放", "热度", "点击", "赞"} {
		if strings.HasPrefix(s, lab) {
			s = s[len(lab):]
			break
		}
	}
	digits := 0
	for _, r := range s {
		switch {
		case r >= '0' && r <= '9':
			digits++
		case r == ',' || r == '.' || r == ' ' || r == '(' || r == ')' || r == '（' || r == '）' || r == '+' || r == '%' ||
			r == 'K' || r == 'k' || r == 'W' || r == 'w' || r == '万' || r == '千' || r == '次' || r == '人' || r == ':' || r == '：':
		default:
			return false
		}
	}
	return digits > 0
}

// cutDate removes a leading date and time ("2024年12月18日 下午7:59",
// "2022-11-04 14:27:14", "Sep 23 Fri 2011 10:59" is not handled) and reports
// whether one was there.
func cutDate(s string) (rest string, ok bool) {
	i := 0
	digits := 0
	seps, han := 0, false
	for i < len(s) {
		r, n := utf8.DecodeRuneInString(s[i:])
		switch {
		case r >= '0' && r <= '9':
			digits++
		case r == '年' || r == '月' || r == '日':
			han = true
		case r == '-' || r == '/' || r == '.':
			seps++
		case r == ':' || r == ' ' || r == '时' || r == '分' || r == '秒':
		default:
			if strings.HasPrefix(s[i:], "上午") || strings.HasPrefix(s[i:], "下午") || strings.HasPrefix(s[i:], "星期") || strings.HasPrefix(s[i:], "周") {
				i += n
				continue
			}
			goto done
		}
		i += n
	}
done:
	if digits < 4 || !han && seps < 2 {
		return s, false
	}
	return strings.TrimSpace(s[i:]), true
}

// datedLink reports a headline that ends in a parenthesised date, the form
// of list items in related and latest-news lists: "… 机制 (2025-06-06)".
func datedLink(s string) bool {
	var open int
	switch {
	case strings.HasSuffix(s, ")"):
		open = strings.LastIndexByte(s, '(')
	case strings.HasSuffix(s, "）"):
		open = strings.LastIndex(s, "（")
	default:
		return false
	}
	if open <= 0 {
		return false
	}
	inner := strings.TrimRight(s[open:], ")）")
	inner = strings.TrimLeft(inner, "(（")
	rest, ok := cutDate(strings.TrimSpace(inner))
	return ok && rest == ""
}

// bracketToolbar reports a line of short bracketed items and nothing else:
// "【打印】 【关闭】", "【大 中 小】".
func bracketToolbar(s string) bool {
	items := 0
	for s != "" {
		s = strings.TrimLeft(s, " ")
		if !strings.HasPrefix(s, "【") {
			return s == "" && items >= 2
		}
		j := strings.Index(s, "】")
		if j < 0 || utf8.RuneCountInString(s[len("【"):j]) > 6 {
			return false
		}
		items++
		s = s[j+len("】"):]
	}
	return items >= 2
}

// pipeMenu reports a line of at least four short items separated by "|":
// "诊疗点睛 | 保健要点 | 最新进展 | 名词详解".
func pipeMenu(s string) bool {
	if strings.Count(s, "|")+strings.Count(s, "｜") < 3 {
		return false
	}
	items := 0
	for _, it := range strings.FieldsFunc(s, func(r rune) bool { return r == '|' || r == '｜' }) {
		it = strings.TrimSpace(it)
		if it == "" {
			continue
		}
		if utf8.RuneCountInString(it) > 8 {
			return false
		}
		items++
	}
	return items >= 4
}

// isPhoneLine reports a line of phone numbers: "021-57526553 13127807559",
// "+86 (0851) 8576-6590".
func isPhoneLine(s string) bool {
	digits, hyphens := 0, 0
	for _, r := range s {
		switch {
		case r >= '0' && r <= '9':
			digits++
		case r == '-':
			hyphens++
		case r == ' ' || r == '+' || r == '(' || r == ')' || r == '/' || r == '、' || r == ',':
		default:
			return false
		}
	}
	return digits >= 7 && hyphens <= 4
}

// isDateLine reports a date, optionally with a time and a short tail
// ("发布", a source name): "2024年6月17日", "2022-09-22 08:27:44来源：鲁网".
func isDateLine(s string) bool {
	rest, ok := cutDate(s)
	// "每日经济新闻 2022-04-14 19:18:28": a source, then the date.
	for i, n := 0, 0; !ok && n < 3; n++ {
		j := strings.IndexByte(s[i:], ' ')
		if j < 0 {
			break
		}
		i += j + 1
		if utf8.RuneCountInString(s[:i]) > 15 {
			break
		}
		if r, ok2 := cutDate(s[i:]); ok2 && utf8.RuneCountInString(r) <= 6 {
			rest, ok = s[:i-1], true
		}
	}
	return ok && utf8.RuneCountInString(rest) <= 14 && !strings.ContainsAny(rest, "，,、；;。")
}

// mainContent reports whether phrase is at least half of s's letters.
func mainContent(s, phrase string) bool {
	if !strings.Contains(s, phrase) {
		return false
	}
	total := 0
	for _, r := range s {
		if !isSeparator(r) {
			total++
		}
	}
	n := 0
	for _, r := range phrase {
		if !isSeparator(r) {
			n++
		}
	}
	return 2*n >= total
}

// creditNouns name what a "…来源：" credit is for.
var creditNouns = []string{"图片", "数据", "图", "资料", "图表", "视频", "照片", "封面", "题图", "配图", "制图", "素材"}

// sourceCredit reports a credit under an image or a chart: "图片来源：天水融媒",
// "天水有轨电车 图片来源：天水融媒", "台州近一年新房价格走势?来源：安居客",
// "数据来源：丽水楼市". What stands before "来源" must be a credit noun or
// end a caption (a space or a question mark), so that "资金来源：自筹" in a
// project notice stays.
func sourceCredit(core string) bool {
	i := strings.LastIndex(core, "来源")
	if i < 0 {
		return false
	}
	rest := core[i+len("来源"):]
	switch {
	case strings.HasPrefix(rest, ":"):
		rest = rest[1:]
	case strings.HasPrefix(rest, "："):
		rest = rest[len("："):]
	default:
		return false
	}
	rest = strings.TrimSpace(rest)
	if rest == "" || utf8.RuneCountInString(rest) > 24 || strings.ContainsAny(rest, "，。；,;！:：") {
		return false
	}
	pre := strings.TrimRight(core[:i], " ")
	if utf8.RuneCountInString(pre) > 30 || strings.ContainsAny(pre, "。，,；") {
		return false
	}
	if pre == "" || len(pre) < len(core[:i]) || strings.HasSuffix(pre, "?") || strings.HasSuffix(pre, "？") {
		return true // bare, or after a caption or chart title
	}
	for _, n := range creditNouns {
		if strings.HasSuffix(pre, n) {
			return true
		}
	}
	return false
}

// siteLabelSuffixes end a site's name plus a channel word: "医药网新闻",
// "中国网资讯". A bare "…网" is not enough: "互联网" and "物联网" are
// subheadings.
var siteLabelSuffixes = []string{"网新闻", "网资讯", "网快讯", "网消息", "网讯", "网报道", "网综合"}

// siteLabel reports a line that is only a site label: Han text ending in one
// of siteLabelSuffixes, with one to eight Han characters before it.
func siteLabel(core string) bool {
	for _, suf := range siteLabelSuffixes {
		name, ok := strings.CutSuffix(core, suf)
		if !ok {
			continue
		}
		n := 0
		for _, r := range name {
			if !isHan(r) {
				return false
			}
			n++
		}
		return n >= 1 && n <= 8
	}
	return false
}
