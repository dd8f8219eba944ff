package boilerplate_test

import (
	"testing"

	"github.com/zhnorm/zhnorm/boilerplate"
)

// Prose of corpus page 20 and 03, the article text around the structures
// under test.
const (
	blogProse1 = "行程第四天，我们由自台东走海线往花莲，沿途景点随意绕。然而，从饭店走往海岸线时，老公的症头发作；我明明印出孤狗开车指示，老公却觉得孤狗指示的路线不对。"
	blogProse2 = "我们拜访过野柳，对于参观小野柳，我心中冒出注解：曾为沧海难为水。事实上台东小野柳一点都不小，虽然与野柳的地质风貌属于同一类，多个小字真是委屈了它。"
	tramProse  = "2019年，国内现代有轨电车运营线路比重为6.2%，达到近年最高。此后一路下滑，到2023年，现代有轨电车运营线路里程为578.42公里，只占城轨交通运营线路总长度的5.6%。"
)

// TestStructure checks the rules that judge a line by the lines around it,
// each with the page structure it was written for and a look-alike that
// must keep its lines. want lists the indexes whose Keep is checked.
func TestStructure(t *testing.T) {
	tests := []struct {
		name  string
		page  []string
		wantK map[int]bool
	}{
		{
			name: "page title with blog and site name, blog name and tagline above the menu (20)",
			page: []string{
				"[玩]台东小野柳 @ May执念与直念 :: 痞客邦 ::", "May执念与直念", "跳到主文",
				"惊喜也说不准在哪个转角。希望修练乌烟瘴气中的欢笑，还有～～老来俏。",
				"部落格全站分类：生活综合", "相簿", "部落格", "留言", "名片", "Sep 23 Fri 2011 10:59",
				"[玩]台东小野柳", blogProse1, blogProse2,
			},
			wantK: map[int]bool{0: false, 1: false, 3: false, 10: true, 11: true},
		},
		{
			name: "page title with the site name above the headline (14)",
			page: []string{
				"三四线楼市松绑调查·台州 、丽水｜放松公积贷款政策 ，能否有效“刺激”台州和丽水的刚需市场? | 每经网",
				"三四线楼市松绑调查·台州 、丽水｜放松公积贷款政策 ，能否有效“刺激”台州和丽水的刚需市场?",
				"每日经济新闻 2022-04-14 19:18:28", proseA, proseB,
			},
			wantK: map[int]bool{0: false, 1: true},
		},
		{
			name:  "look-alike: a headline that only starts like the title line is kept",
			page:  []string{"城市有轨电车之困：一边争相上马，一边接连叫停", "城市有轨电车之困", tramProse, blogProse1},
			wantK: map[int]bool{0: true},
		},
		{
			name: "look-alike: a lead sentence below the title is kept",
			page: []string{
				"首页", "资讯", "科技", "数码", "汽车", "[玩]台东小野柳", "2011-09-23",
				"这种树荫停车位不停可惜。", blogProse1, blogProse2,
			},
			wantK: map[int]bool{5: true, 7: true},
		},
		{
			name: "site name lines above a menu above the title (16)",
			page: []string{
				"贵州白癜风", "诊疗专科医院", "365天接诊", "无假日医院", "白癜风诊疗导航", "网站首页", "医院简介", "医护团队",
				"在线预约", "诊疗设备", "医院动态", "来院路线", "当前位置：贵州白癜风皮肤病医院 > 白癜风病因 >",
				"「皮肤上长浅色的白斑 是怎么回事」常见诱因有哪些？什么原因会诱发", "文章来源:贵州白癜风皮肤病医院 发布时间:2022-10-01",
				proseA, proseB,
			},
			wantK: map[int]bool{3: false, 4: false, 13: true},
		},
		{
			name: "look-alike: a byline and a short author line between title and lead keep the title (jsonl doc 9)",
			page: []string{
				"光阳高考网", "菜单", "关闭菜单", "高考志愿业务：帮助填报志愿收入3万元，规划师三天内拿到证书，年收入90万元",
				"2022年5月15日 23:04 阅读(63)", "文｜AI财经社 陈畅", "编辑｜杨洁", "“你家孩子报志愿填报班了吗？”", proseA, proseB,
			},
			wantK: map[int]bool{3: true},
		},
		{
			name: "headline-like item inside a menu (14)",
			page: []string{
				"宏观丨", "金融丨", "新文化丨", "未来商业丨", "文创通丨", "城市丨", "每经商学院", "要闻", "每经网首页 > 要闻 > 正文",
				"三四线楼市松绑调查·台州 、丽水｜放松公积贷款政策 ，能否有效“刺激”台州和丽水的刚需市场?",
				"每日经济新闻 2022-04-14 19:18:28", proseA, proseB,
			},
			wantK: map[int]bool{3: false, 6: false, 9: true},
		},
		{
			name: "look-alike: a title between a menu and the author line is kept (18)",
			page: []string{
				"暖心话", "首页", "生活家", "正文", "为什么2021年属蛇的是一个坎，属蛇在2021年以后十年大运", "糖小妹", "36天前发布", "关注", "2312",
				proseA, proseB,
			},
			wantK: map[int]bool{4: true},
		},
		{
			name:  "THE END ends the article: the site label after it goes (18)",
			page:  []string{proseA, proseB, proseC, "THE END", "生活家", "喜欢就支持一下吧"},
			wantK: map[int]bool{4: false},
		},
		{
			name:  "look-alike: without an end marker a short line after the article stays",
			page:  []string{proseA, proseB, proseC, "生活家"},
			wantK: map[int]bool{3: true},
		},
		{
			name: "reader comments after the article (03)",
			page: []string{
				tramProse, proseA, "![]()", "责任编辑：刘德宾", "关键字 :", "有轨电车珠海市轨道交通瑞丽市", "![]()",
				"177条评论|1,088人参与网友评论", "表情", "登录|注册", "分享到微博", "发布", "最热评论 刷新", "![]()",
				"云游幽谷四川", "只有不停地拆建，经办者才有钱赚。", "5月10日09:01举报赞118回复",
				"用户7919988804：有轨电车上下人流对主干道的割裂作用是个硬伤，在步行交通时代，这个问题没影响，在现代化交通出行模式下，显然是一种错误的交通出行模式，应追究决策者的渎职罪！",
				"5月10日08:38举报赞83回复",
			},
			wantK: map[int]bool{15: false, 17: false},
		},
		{
			name: "look-alike: prose after an end marker followed by a plain date stays",
			page: []string{
				tramProse, proseA, "责任编辑：刘德宾",
				"公开报道显示，该线路早期日均客流量为6500~7000人次，而到停运前，已锐减到1000人次左右，早晚高峰以外经常是空车过站。",
				"2024年5月10日",
			},
			wantK: map[int]bool{3: true},
		},
		{
			name: "a breadcrumb ends a sidebar list; the teaser card repeats the description (19)",
			page: []string{
				"相关文章", "液体类引压式差压变送器 排污回零检查及启用操作", "磁致伸缩液位变送器故障原因及解决方法",
				"产品中心您的位置：网站首页 > 产品中心 > 压力仪表 > 差压变送器", "1151DR2F22M1B1D1微差压变送器",
				"更新时间：2022-10-16", "访问量：420", "简要描述：",
				"上海自动化销售中心主要销售压力表，气体压力变送器，微压变送器，差压变送器等产品。1151DR2F22M1B1D1微差压变送器是用来精确地测量微差压至大差压、低压力至高压力、液位、真空度和比重。配合节流装置还可以测量流量、不需外加开方器。",
				"在线询价 联系我们", "产品介绍：", "品牌", "其他品牌", "产地", "国产", "产品说明：",
				"1151DR2F22M1B1D1微差压变送器是用来精确地测量微差压至大差压、低压力至高压力、液位、真空度和比重。配合节流装置还可以测量流量、不需外加开方器。其特点如下：",
				"·精度高、品种丰富、测量范围宽广、稳定性好，（见品种规格表）",
				"被测介质的压力通过δ室的隔离膜片（LT和带1199的DP/GP远传变送器则是被测压力先经过一次隔离膜片和充满硅油或氟油的全密封的毛细管系统再被传到δ室的隔防膜片）和其中的灌充油传到中心的测量膜片上。除AP型压力变送器，其测量膜片的另一侧是真空基准点外，其它品种的测量膜片的另一侧不是大气压力，就是被测差压的低压测。",
				"阻尼时间：阻尼时间常数在0.2-1.67s内连续可调。灌充其它惰性油时，时间常数稍大些。",
			},
			wantK: map[int]bool{2: false, 4: true, 8: false, 15: true, 16: true},
		},
		{
			name: "look-alike: a headline repeated in the first paragraph is not a teaser (16)",
			page: []string{
				"网站首页", "「皮肤上长浅色的白斑 是怎么回事」常见诱因有哪些？什么原因会诱发",
				"「皮肤上长浅色的白斑 是怎么回事」常见诱因有哪些？什么原因会诱发？相信您对于白癜风这一疾病已经有所了解了吧，这一疾病在日常生活中经常会发生在我们身边。",
				proseA,
			},
			wantK: map[int]bool{1: true},
		},
		{
			name: "a table grid of codes and descriptions; its heading before a kept table stays (19)",
			page: []string{
				proseA, proseB, "1151 DP 1151√ΔP", "选用项目", "M1", "线性根指示表，0～100%刻度", "M2", "平方根指示表，0～10刻度", "B1",
				"弯支架管装（ø51 mm管子）", "B2", "弯支架板装", "B3", "平支架管装（ø51 mm管子）", "D1", "泄放阀在压力容室侧上部",
				"D2", "泄放阀在压力容室侧上部", "Ed", "隔爆型 防爆dⅡCT6", "品种规格",
				"1151DP低中高差压变送器（461/293） 0-1.24～186.46 Kpa ±0.2% ＜±0.2%/6个月", proseC,
			},
			wantK: map[int]bool{1: true, 2: false, 5: false, 6: false, 15: false, 19: false, 20: true, 21: true},
		},
		{
			name: "look-alike: photo captions between short captions are not a table (20)",
			page: []string{
				blogProse1, "我们在这里买椰子水", "穿过树荫", "走过湿滑的小路抵达岸边", "我欣赏景色", "这是一处窄长延伸向海的岩岸",
				"小孩挑战爬石头", "小孩研究如何穿越积水抵达对面", "靠近海边有蜂状岩", "排列整齐的蕈状岩", "翔在这里完成横渡海水的壮举",
				"走回游客中心的木栈道", "辽阔天空海景", blogProse2,
			},
			wantK: map[int]bool{1: true, 2: true, 3: true, 4: true, 5: true, 10: true},
		},
		{
			name: "the copy of an ad above its 广告 label (07)",
			page: []string{
				proseA, proseB, "![]()", "指南针炒股 · 效卓", "上海股民专享福利！！", "新一代炒股软件，一键选股买卖提示，上海股民免费领",
				"立即查看", "![]()", "2024-05-24 14:56:18 广告", proseC,
			},
			wantK: map[int]bool{1: true, 3: false, 4: false, 5: false},
		},
	}
	for _, tt := range tests {
		got := boilerplate.Classify(tt.page)
		for i, keep := range tt.wantK {
			if got[i].Keep != keep {
				t.Errorf("%s: %d %q: keep=%v (%s: %s), want keep=%v", tt.name, i, tt.page[i], got[i].Keep, got[i].Reason, got[i].Rule, keep)
			}
		}
	}
}

// tiebaThread is the structure of corpus page 07: a thread title, posts
// between their headers and floor lines, a sub-reply with its author.
var tiebaThread = []string{
	"- 6回复贴，共1页", "<返回佛系吧", ">0< 加载中...",
	"什么样的人才算是佛系？在线等，挺急的", // 3 thread title
	"只看楼主收藏回复", "![]()", "- 绫清逸", "中级粉丝", "2", "该楼层疑似违规已被系统折叠 隐藏此楼查看此楼",
	"![]() ![]() #佛系#", // 10 post 1
	"送TA礼物", "百度贴吧", "微信", "新浪微博", "QQ空间", "复制链接",
	"![]() 来自Android客户端1楼2022-10-02 23:02回复", "- 我也说一句", "![]()",
	"- 逝者如斯不舍昼夜", "初级粉丝", "1", "该楼层疑似违规已被系统折叠 隐藏此楼查看此楼",
	"我就很佛系", // 24 post 2
	"![]() 来自Android客户端2楼2022-11-26 15:19", "回复(1)收起回复", "- ![]()",
	"张无极: 其实就是生活中消费不和别人攀比，都自己买便宜的，低消费，不去高消费，这就叫佛系", // 28 sub-reply
	"2023-3-8 13:30回复", "- 我也说一句",
	"- 逝者如斯不舍昼夜", "初级粉丝", "1", "该楼层疑似违规已被系统折叠 隐藏此楼查看此楼",
	"大家好，我是一个中专学历并且动手能力差工作能力差口才差的底层人、下水道人，男，今年22岁，我还是个社恐，个子也矮，人又黑又胖，我跟大家比真是差远了。", // 35
	"![]() 来自Android客户端3楼2022-11-26 15:19", "回复收起回复", "![]()",
	"- agrdcgy", "初级粉丝", "1", "该楼层疑似违规已被系统折叠 隐藏此楼查看此楼",
	"随缘吧", // 43 post 8
	"IP属地:广东![]() 来自Android客户端8楼2023-02-01 21:54", "回复收起回复",
	"登录百度账号", "扫二维码下载贴吧客户端", "贴吧热议榜", "- 1是什么原因导致鸣潮的褒姒？1623333",
}

// TestForumThread checks that the posts of a thread are its article: the
// title, short posts and the sub-reply without its author's name.
func TestForumThread(t *testing.T) {
	got := boilerplate.Classify(tiebaThread)
	for _, i := range []int{3, 10, 24, 28, 35, 43} {
		if !got[i].Keep {
			t.Errorf("post line %d %q dropped: %s (%s)", i, tiebaThread[i], got[i].Reason, got[i].Rule)
		}
	}
	for _, i := range []int{6, 7, 11, 20, 39, 46, 48} {
		if got[i].Keep {
			t.Errorf("furniture line %d %q kept", i, tiebaThread[i])
		}
	}
	if s := got[28].Apply(tiebaThread[28]); s != "其实就是生活中消费不和别人攀比，都自己买便宜的，低消费，不去高消费，这就叫佛系" {
		t.Errorf("sub-reply: got %q, want the text without the user name", s)
	}
	if s := got[10].Apply(tiebaThread[10]); s != "#佛系#" {
		t.Errorf("post 1: got %q", s)
	}
	// Look-alike: one floor line is not a thread; the short lines far
	// above the article stay furniture.
	single := append([]string{}, tiebaThread[:20]...)
	single = append(single, proseA, proseB, proseC)
	got = boilerplate.Classify(single)
	if got[10].Keep {
		t.Errorf("page with one floor line: %q kept as a post", single[10])
	}
	// Precision does not take posts back.
	got = boilerplate.Classify(tiebaThread, boilerplate.Precision())
	if got[8].Keep {
		t.Errorf("precision: counter %q kept", tiebaThread[8])
	}
}
