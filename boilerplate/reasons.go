package boilerplate

// Reason codes reported in Verdict.Reason and Cut.Reason. The table in doc.go
// says what each covers.
const (
	ReasonBreadcrumb = "breadcrumb"       // 您的位置：首页 > 资讯
	ReasonMetadata   = "metadata"         // 时间：… 来源：… 浏览次数：; bare dates; forum floor lines
	ReasonShare      = "share"            // 分享到：微信 微博
	ReasonPrint      = "print"            // 打印本页 关闭窗口, font-size toolbars
	ReasonFollow     = "follow"           // 扫一扫, 长按识别二维码, 点击上方蓝字关注
	ReasonRelated    = "related"          // 相关推荐 and the list items and teasers after it
	ReasonPrevNext   = "prev-next"        // 上一篇 / 下一篇
	ReasonTags       = "tags"             // 标签： / 关键词：
	ReasonDisclaimer = "disclaimer"       // 免责声明, 如有侵权请联系删除
	ReasonCopyright  = "copyright"        // Copyright ©, 版权所有, ICP备, 公网安备, reprint notices
	ReasonContact    = "contact"          // 联系电话：, 地址：, E-mail:
	ReasonCredit     = "credit"           // 责任编辑：, 责编, 审核, 校对, 总值班, 统筹
	ReasonForm       = "form"             // comment and login forms: 发表回复, 用户名：, 验证码：
	ReasonPaywall    = "paywall"          // 展开全文, 阅读全文, (未完,全文共N字…), 省略N字
	ReasonCounter    = "counter"          // (0), 0497, 阅读 1.2万
	ReasonAd         = "ad"               // 广告, 立即咨询
	ReasonResidue    = "residue"          // ![]() |, lines of pipes, bare list markers
	ReasonGarbled    = "garbled"          // a long run of Han text without punctuation: mojibake or keyword stuffing
	ReasonNavigation = "navigation"       // menus and short lines before the article
	ReasonAfter      = "after-article"    // short lines after the article's end
	ReasonPhrase     = "site-phrase"      // a WithPhrases phrase
	ReasonCorpus     = "corpus-furniture" // a line learned by a Learner
)
