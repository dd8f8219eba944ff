package boilerplate_test

import (
	"strings"
	"testing"

	"github.com/zhnorm/zhnorm/boilerplate"
)

// Article paragraphs from the corpus pages, used as the context around the
// line under test so that only the line's own evidence decides.
const (
	proseA = "大健康生物医药产业是具有创新活力的新兴产业，也是四川省成都市高新区近年来构建具有国际竞争力和区域带动力的现代产业体系的重要支撑，是大健康产业高速发展并推动经济高质量发展的重要源头力量。"
	proseB = "成都高新区日前与世界500强美国通用电气公司正式签约，大健康产业化基地项目正式落地成都天府国际生物城。同期，第十七届国际基因组学大会（ICG-17）在成都高新区开幕。"
	proseC = "两个活动显示出成都的战略地位和大健康生物产业发展优势，将进一步促进健康产业发展及相关领域的合作、创新和应用。"
)

// classifyInArticle classifies line between article paragraphs and returns
// its verdict.
func classifyInArticle(line string, opts ...boilerplate.Option) boilerplate.Verdict {
	paras := []string{proseA, proseB, line, proseC, proseA}
	return boilerplate.Classify(paras, opts...)[2]
}

// TestReasonCodes checks every line-level reason code with real lines from
// the corpus pages (testdata/corpus, after simplification).
func TestReasonCodes(t *testing.T) {
	tests := []struct {
		reason string
		line   string
		page   string
	}{
		{boilerplate.ReasonBreadcrumb, "您的位置：首页 > 资讯频道 > 国际商业 > 各地要闻>正文", "004"},
		{boilerplate.ReasonBreadcrumb, "您的位置:首页 > 资讯频道 > 国际商业 > 各地要闻>正文", "004 ASCII colon"},
		{boilerplate.ReasonBreadcrumb, "当前位置：贵州白癜风皮肤病医院 > 白癜风病因 >", "16"},
		{boilerplate.ReasonBreadcrumb, "首页 > 资讯 > 宏观 > 正文", "17"},
		{boilerplate.ReasonBreadcrumb, "国内新闻>正文", "03"},
		{boilerplate.ReasonBreadcrumb, "产品中心您的位置：网站首页 > 产品中心 > 压力仪表 > 差压变送器 >", "19"},
		{boilerplate.ReasonMetadata, "时间：2022-11-04 14:27:14 来源：企业供稿 浏览次数： 我来说两句() 字号：TT", "004"},
		{boilerplate.ReasonMetadata, "时间:2022-11-04 14:27:14 来源:企业供稿 浏览次数: 我来说两句() 字号:TT", "004 ASCII"},
		{boilerplate.ReasonMetadata, "文章来源:贵州白癜风皮肤病医院 发布时间:2022-10-01", "16"},
		{boilerplate.ReasonMetadata, "- 来源：新华社", "01"},
		{boilerplate.ReasonMetadata, "2024年05月10日 00:26 每日经济新闻", "03"},
		{boilerplate.ReasonMetadata, "2022-09-22 08:27:44来源：鲁网", "17"},
		{boilerplate.ReasonMetadata, "IP属地:广东![]() 来自Android客户端8楼2023-02-01 21:54", "07"},
		{boilerplate.ReasonMetadata, "2024年6月17日", "002"},
		{boilerplate.ReasonMetadata, "![]() 图片来源：城市轨道交通2023年度统计和分析报告", "03 image credit"},
		{boilerplate.ReasonMetadata, "![]() 天水有轨电车 图片来源：天水融媒", "03 caption label + credit"},
		{boilerplate.ReasonMetadata, "台州近一年新房价格走势?来源：安居客", "14 chart title + credit"},
		{boilerplate.ReasonMetadata, "数据来源：丽水楼市", "14 data credit"},
		{boilerplate.ReasonMetadata, "封面图片来源：摄图网-500635638", "14 cover credit"},
		{boilerplate.ReasonNavigation, "医药网新闻", "000 site label"},
		{boilerplate.ReasonShare, "QQ空间微博QQ好友海报分享复制链接", "18"},
		{boilerplate.ReasonShare, "分享到：微信 微博", "issue"},
		{boilerplate.ReasonShare, "腾讯QQ QQ空间", "03"},
		{boilerplate.ReasonPrint, "打印本页 关闭窗口", "issue"},
		{boilerplate.ReasonPrint, "【打印此页】 【返回】【顶部】", "15"},
		{boilerplate.ReasonFollow, "扫一扫，关注我们", "19"},
		{boilerplate.ReasonFollow, "长按识别二维码", "issue"},
		{boilerplate.ReasonFollow, "点击上方蓝字关注我们", "issue"},
		{boilerplate.ReasonFollow, "微信扫码关注", "18"},
		{boilerplate.ReasonRelated, "相关推荐", "002"},
		{boilerplate.ReasonRelated, "- 相关报道", "000"},
		{boilerplate.ReasonRelated, "相关文章阅读：", "16"},
		{boilerplate.ReasonRelated, "延伸阅读", "13"},
		{boilerplate.ReasonRelated, "白癜风常识MORE", "16"},
		{boilerplate.ReasonRelated, "- Nature Cancer:中科大刘连新团队等揭示相分离促进肝癌发展的新机制 (2025-06-06)", "000"},
		{boilerplate.ReasonPrevNext, "上一篇 2024年12月18日 下午7:59", "002"},
		{boilerplate.ReasonPrevNext, "上一篇:「常在阳光强的地方皮肤出现给白 下一篇:「请问身体上出现了白斑是什么原", "16"},
		{boilerplate.ReasonPrevNext, "下一篇 : 1151DR系列微差压变送器", "19"},
		{boilerplate.ReasonTags, "标签： 山东新增航线 海铁联运量 沿海港口 山东航线数量", "17"},
		{boilerplate.ReasonTags, "桃园机场﹒夫妻﹒家暴", "13"},
		{boilerplate.ReasonDisclaimer, "免责声明：本网站所刊登、转载的各种稿件、图片均有可靠的来源，市场有风险，选择需谨慎！此文仅供参考，不作买卖依据，并不代表新讯网观点，由此产生的财务损失，本站不承担任何经济和法律责任，本站自动屏蔽违反《广告法》词语。", "004"},
		{boilerplate.ReasonDisclaimer, "医药网免责声明:", "000"},
		{boilerplate.ReasonDisclaimer, "焦作网免责声明: | |||||||", "001"},
		{boilerplate.ReasonDisclaimer, "本文来源于网络，如有侵权请联系删除", "issue"},
		{boilerplate.ReasonCopyright, "Copyright © 1996-2024 SINA Corporation", "03"},
		{boilerplate.ReasonCopyright, "All Rights Reserved 新浪公司 版权所有", "03"},
		{boilerplate.ReasonCopyright, "- 京ICP备05022684号-3", "01"},
		{boilerplate.ReasonCopyright, "京公网安备 11010502030143号", "issue"},
		{boilerplate.ReasonCopyright, "原创文章,作者:nbdnews,如若转载,请注明出处:https://www.nbdnews.cn/18/20/00/72670.html", "002"},
		{boilerplate.ReasonCopyright, "主办单位:北京时代互通文化传媒有限公司 技术支持单位:西部数码", "004"},
		{boilerplate.ReasonContact, "联系电话：400-600-0893 座机：0851-85766590", "16"},
		{boilerplate.ReasonContact, "- TEL:010-58884104", "01"},
		{boilerplate.ReasonContact, "- E-Mail:kepu@kepu.gov.cn", "01"},
		{boilerplate.ReasonContact, "举报邮箱：jubao@vip.sina.com", "03"},
		{boilerplate.ReasonCredit, "编辑:王冲", "002"},
		{boilerplate.ReasonCredit, "责任编辑：刘德宾", "03"},
		{boilerplate.ReasonCredit, "总值班:王静锋 |", "001"},
		{boilerplate.ReasonCredit, "统 筹:曾琳琳 |", "001"},
		{boilerplate.ReasonCredit, "责 编:刘 佳 |", "001"},
		{boilerplate.ReasonCredit, "审 核:聂 楠 |", "001"},
		{boilerplate.ReasonCredit, "校对：张三", "issue"},
		{boilerplate.ReasonCredit, "每经记者 包晶晶 每经编辑 魏文艺", "14"},
		{boilerplate.ReasonForm, "发表回复", "002"},
		{boilerplate.ReasonForm, "您的邮箱地址不会被公开。 必填项已用 * 标注", "002"},
		{boilerplate.ReasonForm, "用户名:", "004"},
		{boilerplate.ReasonForm, "密码:", "004"},
		{boilerplate.ReasonForm, "验证码:", "004"},
		{boilerplate.ReasonForm, "匿名发表", "004"},
		{boilerplate.ReasonForm, "本文共有人参与评论", "004"},
		{boilerplate.ReasonForm, "已有1088人参与", "issue"},
		{boilerplate.ReasonForm, "177条评论|1,088人参与网友评论", "03"},
		{boilerplate.ReasonForm, "登录|注册", "03"},
		{boilerplate.ReasonPaywall, "展开全文", "issue"},
		{boilerplate.ReasonPaywall, "阅读全文", "issue"},
		{boilerplate.ReasonCounter, "(0)", "002"},
		{boilerplate.ReasonCounter, "0497", "002"},
		{boilerplate.ReasonCounter, "01.0K", "002"},
		{boilerplate.ReasonCounter, "阅读 1.2万", "issue"},
		{boilerplate.ReasonCounter, "赞(27)", "jsonl"},
		{boilerplate.ReasonAd, "2024-05-24 14:56:18 广告", "07"},
		{boilerplate.ReasonAd, "在线询价 联系我们", "19"},
		{boilerplate.ReasonResidue, "![]() |", "000"},
		{boilerplate.ReasonResidue, "|||||||||||", "000"},
		{boilerplate.ReasonResidue, "-", "000"},
		{boilerplate.ReasonResidue, "![]() ![]() ![]() ![]() ![]() |", "003"},
		{boilerplate.ReasonGarbled, strings.Repeat("闂傚倸鍊搁崐鐑芥嚄閸撲礁鍨濇い鏍仜缁€澶嬫叏濡炶浜鹃梺鎸庣箘閸嬬偛顕ラ崟顖氱疀闁割煈鍋呭", 3), "003"},
		{boilerplate.ReasonGarbled, "公司��I生�a各�色�布 、提花布 、��麻棉混�布等", "15"},
		{boilerplate.ReasonNavigation, "切换导航", "01"},
		{boilerplate.ReasonNavigation, "新浪首页 相关新闻 改版调查 返回顶部", "03"},
		{boilerplate.ReasonNavigation, "为确保您享有最佳的浏览体验，建议您提升您的 IE 浏览器至最新版本，感谢您的配合。", "13"},
	}
	for _, tt := range tests {
		v := classifyInArticle(tt.line)
		if v.Keep || v.Reason != tt.reason {
			t.Errorf("page %s: %q: got keep=%v reason=%q rule=%q, want reason %q", tt.page, tt.line, v.Keep, v.Reason, v.Rule, tt.reason)
		}
		if !v.Keep && v.Rule == "" {
			t.Errorf("%q: dropped without a rule", tt.line)
		}
	}
}

// TestArticleLinesKept holds article lines that look like furniture: they
// must survive in the default mode and in Recall mode.
func TestArticleLinesKept(t *testing.T) {
	lawsuit := []string{
		"北京互联网法院近日审结一起著作权纠纷案，原告主张被告网站未经许可转载其享有版权的摄影作品。",
		"法院审理认为，被告在网页底部标注的免责条款不能免除其侵权责任，版权保护不因转载来源注明而豁免。",
		"原告代理律师表示，涉案图片的来源清晰，编辑在上传前应当核实授权情况。",
		"据了解，该网站的评论区已被关闭，用户登录后仍可举报侵权内容。",
		"判决书指出，平台对编辑审核负有注意义务。",
		"此案的来源是一次普通的举报。",
	}
	tests := []struct {
		name string
		line string
	}{
		{"lawsuit 版权", lawsuit[0]},
		{"lawsuit 免责", lawsuit[1]},
		{"lawsuit 来源/编辑", lawsuit[2]},
		{"lawsuit 评论/登录/举报", lawsuit[3]},
		{"short sentence with 编辑/审核", lawsuit[4]},
		{"short sentence with 来源/举报", lawsuit[5]},
		{"heading (004)", "强化高能级项目招引"},
		{"heading (004)", "大健康产业基地落地成都高新区"},
		{"heading (03)", "从萌芽到第三"},
		{"short line (03)", "安全性也是一大因素。"},
		{"short line (03)", "其次是地理位置偏。"},
		{"short line (20)", "我們在這裡買椰子水"},
		{"reporter credit inside a sentence", "记者从发布会上了解到，山东港口一体化改革成效显著。"},
		{"byline in parentheses (001)", "(记者翟倩倩、焦娇)"},
		{"closing attribution (004)", "(叶青)"},
		{"source of funds, not a credit", "项目资金来源：市级财政专项"},
		{"caption sentence naming its source", "图为天水有轨电车，图片来源：天水融媒。"},
		{"date inside a sentence", "2021年1月，珠海有轨电车停运"},
		{"sentence starting with a date (002)", "12月17日,省委常委、市委书记郭元强专题调研我市生物医药产业发展并主持召开企业座谈会。"},
		{"quoted 免责声明 in a sentence", "专家指出，所谓“免责声明”并不能让平台免除审核义务。"},
		{"number inside text", "2023年，全国城轨交通平均客运强度为0.55万人次/公里·日。"},
		{"date in parentheses inside prose", "该条例自公布之日起施行，此前的规定同时废止（2023年5月1日）。"},
		{"list item with content (19)", "·采用二线制的工作方式"},
		{"subheading ending in 网", "互联网"},
		{"subheading ending in 网新闻 inside a phrase", "如何看待网新闻的真实性"},
		{"sentence naming a data source", "数据来源：国家统计局，2023年全国粮食总产量再创新高。"},
		{"chart title ending in a question mark, no credit", "台州近一年新房价格走势如何？"},
	}
	for _, mode := range []struct {
		name string
		opts []boilerplate.Option
	}{{"default", nil}, {"recall", []boilerplate.Option{boilerplate.Recall()}}, {"precision", []boilerplate.Option{boilerplate.Precision()}}} {
		for _, tt := range tests {
			if v := classifyInArticle(tt.line, mode.opts...); !v.Keep {
				t.Errorf("%s/%s: %q dropped: %s (%s)", mode.name, tt.name, tt.line, v.Reason, v.Rule)
			}
		}
	}
	// A whole story about a copyright lawsuit keeps every paragraph.
	for i, v := range boilerplate.Classify(lawsuit) {
		if !v.Keep {
			t.Errorf("lawsuit story paragraph %d dropped: %s (%s)", i, v.Reason, v.Rule)
		}
	}
}
