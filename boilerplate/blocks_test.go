package boilerplate_test

import (
	"fmt"
	"strings"
	"sync"
	"testing"

	"github.com/zhnorm/zhnorm/boilerplate"
)

// TestBlocks checks the reasons that depend on a paragraph's place on the
// page: related-list items, navigation before the article, lines after it.
func TestBlocks(t *testing.T) {
	page := []string{
		"- 首页",           // 0 navigation (menu word)
		"- 科普资讯",         // 1 navigation: before the article
		"- 科普视频",         // 2
		"中国科普网 > 时政新闻 >", // 3 breadcrumb
		"习近平主持召开深入推进长三角一体化发展座谈会", // 4 title: kept
		"- 来源：新华社",  // 5 metadata
		proseA,      // 6
		"强化高能级项目招引", // 7 heading inside the article: kept
		proseB,      // 8
		proseC,      // 9
		"编辑：毛梦囡",    // 10 credit: ends the article
		"时政新闻",      // 11 after-article
		"相关推荐",      // 12 related header
		"• 黑龙江定向培养军士有哪些学校2024(招生院校+招生计划)",                          // 13 related item
		"2024年全国共有28所高校面向黑龙江省招收定向培养军士459人,其中女军士4人。下面小编便为大家带来招生学校…", // 14 teaser
		"2024年6月17日", // 15 metadata
		"0497",       // 16 counter
		"• 2024硚口区3C数码消费券怎么领", // 17 related item
	}
	want := []struct {
		keep   bool
		reason string
	}{
		{false, boilerplate.ReasonNavigation}, {false, boilerplate.ReasonNavigation}, {false, boilerplate.ReasonNavigation},
		{false, boilerplate.ReasonBreadcrumb}, {true, ""}, {false, boilerplate.ReasonMetadata},
		{true, ""}, {true, ""}, {true, ""}, {true, ""},
		{false, boilerplate.ReasonCredit}, {false, boilerplate.ReasonAfter}, {false, boilerplate.ReasonRelated},
		{false, boilerplate.ReasonRelated}, {false, boilerplate.ReasonRelated}, {false, boilerplate.ReasonMetadata},
		{false, boilerplate.ReasonCounter}, {false, boilerplate.ReasonRelated},
	}
	got := boilerplate.Classify(page)
	if len(got) != len(page) {
		t.Fatalf("got %d verdicts for %d paragraphs", len(got), len(page))
	}
	for i, w := range want {
		if got[i].Keep != w.keep || got[i].Reason != w.reason {
			t.Errorf("%d %q: got keep=%v %q (%s), want keep=%v %q", i, page[i], got[i].Keep, got[i].Reason, got[i].Rule, w.keep, w.reason)
		}
	}
	// Precision keeps the menu before the article and the heading after a
	// credit, but still applies the rules.
	prec := boilerplate.Classify(page, boilerplate.Precision())
	if !prec[1].Keep || prec[3].Keep || prec[13].Keep {
		t.Errorf("precision: menu item kept=%v, breadcrumb kept=%v, related item kept=%v", prec[1].Keep, prec[3].Keep, prec[13].Keep)
	}
}

// TestRelatedBlockEnds checks that article prose after a related list is
// kept: the block ends where prose resumes.
func TestRelatedBlockEnds(t *testing.T) {
	page := []string{proseA, "相关阅读", "环球视讯！32开的尺寸是多少 32开纸是多大的规格", "2022-11-10", proseB, proseC}
	got := boilerplate.Classify(page)
	if got[2].Keep {
		t.Errorf("related item kept")
	}
	if !got[4].Keep || !got[5].Keep {
		t.Errorf("prose after the related list dropped: %+v %+v", got[4], got[5])
	}
}

// TestCuts checks the inline furniture of seed page 003, line 5.
func TestCuts(t *testing.T) {
	line := "关于医药产业发展情况的调研报告 2023年5月12日,习近平总书记在我省考察调研时强调,生物医药产业是关系国计民生的战略性新兴产业。" +
		"拥有全国医药工业百强企业4家,上市挂牌企业7家,已连续6年在全 ……(快文网http://www.fanwy.cn省略1450字,正式会员可完整阅读)…… " +
		"(五)高端人才吸引不足。项目跟着人才走的特点在生物医药领域尤其显著。建立稳定的产供销和技术开发紧密型协作关系 " +
		"……(未完,全文共7827字,当前只显示3768字,请阅读下面提示信息。收藏关于医药产业发展情况的调研报告) " +
		"上一篇:书记在2024年党风廉政建设暨警示教育工作会上的讲话 下一篇:党课:深入学习习近平关于科技自立自强重要论述精神 相关栏目:科技 党务讲话 调研报告 |"
	v := boilerplate.Classify([]string{line})[0]
	if !v.Keep {
		t.Fatalf("article line dropped: %s", v.Rule)
	}
	var reasons []string
	last := 0
	for _, c := range v.Cuts {
		if c.Start < last || c.End > len(line) || c.Start >= c.End {
			t.Fatalf("bad cut %+v", c)
		}
		last = c.End
		reasons = append(reasons, c.Reason)
	}
	if got, want := strings.Join(reasons, ","), "paywall,paywall,prev-next"; got != want {
		t.Errorf("cut reasons %s, want %s", got, want)
	}
	out := v.Apply(line)
	for _, bad := range []string{"省略1450字", "正式会员", "未完", "上一篇", "下一篇", "相关栏目", "|", "……"} {
		if strings.Contains(out, bad) {
			t.Errorf("output still contains %q: %s", bad, out)
		}
	}
	for _, keep := range []string{"已连续6年在全 (五)高端人才吸引不足。", "紧密型协作关系"} {
		if !strings.Contains(out, keep) {
			t.Errorf("output lost %q: %s", keep, out)
		}
	}
	if !strings.HasSuffix(out, "紧密型协作关系") {
		t.Errorf("output should end with the article text: %q", out[len(out)-40:])
	}
	// Image residue and trailing pipes are cut from kept lines.
	got := boilerplate.Strip([]string{"成都加快医药产业发展 |", proseA, "![]() 图为沈阳浑南新区的现代有轨电车。", proseB})
	if len(got) != 4 || got[0] != "成都加快医药产业发展" || got[2] != "图为沈阳浑南新区的现代有轨电车。" {
		t.Errorf("trailing pipe and image residue: got %q", got)
	}
	// The pipeline may have made the "!" full-width before Classify (07).
	for _, line := range []string{"现在这社会![]() ![]() 佛系别想了", "现在这社会！[]() ！[]() 佛系别想了"} {
		v := boilerplate.Classify([]string{proseA, line, proseB})[1]
		if got := v.Apply(line); got != "现在这社会 佛系别想了" {
			t.Errorf("image residue in %q: got %q", line, got)
		}
	}
}

func TestWithPhrases(t *testing.T) {
	// A bare site name ("焦作网", page 001) is not a site label by rule:
	// "互联网" looks the same.
	page := []string{proseA, "焦作网", proseB, "焦作网报道，成都高新区开展了调研。"}
	if v := boilerplate.Classify(page)[1]; !v.Keep {
		t.Fatalf("without the phrase the site name is kept by default, got %s", v.Reason)
	}
	got := boilerplate.Classify(page, boilerplate.WithPhrases("焦作网", ""))
	if got[1].Keep || got[1].Reason != boilerplate.ReasonPhrase {
		t.Errorf("site phrase line: got keep=%v %q", got[1].Keep, got[1].Reason)
	}
	if !got[3].Keep {
		t.Errorf("a sentence that mentions the phrase was dropped: %s", got[3].Rule)
	}
}

func TestRecallDropsMore(t *testing.T) {
	page := []string{proseA, "- 科普一下", "- 科普时报", "- 全国科技活动周", proseB, proseC, "时政新闻"}
	def := boilerplate.Classify(page)
	rec := boilerplate.Classify(page, boilerplate.Recall())
	if !def[1].Keep || !def[6].Keep {
		t.Errorf("default dropped %q or %q without an end marker", page[1], page[6])
	}
	for _, i := range []int{1, 2, 3, 6} {
		if rec[i].Keep {
			t.Errorf("recall kept %q", page[i])
		}
	}
}

func TestLearner(t *testing.T) {
	l := boilerplate.NewLearner(3)
	var wg sync.WaitGroup
	for d := 0; d < 10; d++ {
		wg.Add(1)
		go func(d int) {
			defer wg.Done()
			doc := []string{fmt.Sprintf("独一无二的第%c篇文章正文", 'A'+d), "医药网新闻", "阅读 " + fmt.Sprint(100+d), "医药网新闻"}
			if d < 2 {
				doc = append(doc, "只在两篇里出现的行")
			}
			l.Add(doc)
		}(d)
	}
	wg.Wait()
	if l.Docs() != 10 {
		t.Fatalf("Docs = %d", l.Docs())
	}
	f := l.Furniture()
	if !f.Contains("医药网新闻") || !f.Contains(" 医药网新闻 ") {
		t.Error("医药网新闻 (10 documents) not learned")
	}
	if !f.Contains("阅读 999") {
		t.Error("digits should fold: 阅读 N not learned")
	}
	if f.Contains("只在两篇里出现的行") || f.Contains("独一无二的第A篇文章正文") {
		t.Error("line below minDocs learned")
	}
	lines := f.Lines()
	if len(lines) != 2 || f.Len() != 2 {
		t.Fatalf("Lines = %q", lines)
	}
	got := boilerplate.Classify([]string{proseA, "医药网新闻", proseB}, boilerplate.WithFurniture(f))
	if got[1].Keep || got[1].Reason != boilerplate.ReasonCorpus {
		t.Errorf("learned line: got keep=%v %q", got[1].Keep, got[1].Reason)
	}
	if !got[0].Keep || !got[2].Keep {
		t.Error("prose dropped with furniture")
	}
	var nilF *boilerplate.Furniture
	if nilF.Contains("x") || nilF.Lines() != nil || nilF.Len() != 0 {
		t.Error("nil Furniture should be empty")
	}
}

// TestLearnerBounded feeds many distinct lines through a small Learner: the
// table stays within its capacity and frequent lines survive eviction.
func TestLearnerBounded(t *testing.T) {
	l := boilerplate.NewLearner(50, boilerplate.WithCapacity(64))
	for d := 0; d < 200; d++ {
		doc := []string{"版权所有 示例网站", "返回顶部"}
		for k := 0; k < 20; k++ {
			doc = append(doc, fmt.Sprintf("一次性的行 %c%c", 'a'+rune(d%26), 0x4E00+rune(d*20+k)))
		}
		l.Add(doc)
	}
	f := l.Furniture()
	if !f.Contains("版权所有 示例网站") || !f.Contains("返回顶部") {
		t.Errorf("frequent lines evicted: %q", f.Lines())
	}
	if n := f.Len(); n != 2 {
		t.Errorf("furniture has %d lines, want 2: %q", n, f.Lines())
	}
	if got := boilerplate.NewFurniture("返回顶部", "返回顶部", "x"); got.Len() != 1 {
		t.Errorf("NewFurniture: %d lines, want 1 (duplicates and lines without two letters are skipped)", got.Len())
	}
}

func TestEmptyAndOddInput(t *testing.T) {
	if got := boilerplate.Classify(nil); len(got) != 0 {
		t.Errorf("nil input: %d verdicts", len(got))
	}
	in := []string{"", " ", "\xff\xfe", "。", strings.Repeat("a", 10000)}
	got := boilerplate.Classify(in, nil, boilerplate.WithFurniture(nil))
	if len(got) != len(in) {
		t.Fatalf("%d verdicts", len(got))
	}
	if got[0].Keep || got[1].Keep || got[3].Keep {
		t.Errorf("empty or punctuation-only paragraphs kept: %+v", got[:4])
	}
}
