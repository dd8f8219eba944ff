package boilerplate

import (
	"sort"
	"strings"
	"unicode/utf8"
)

// minPageParas is the size from which an input without prose is taken
// for a page of menus rather than a fragment of an article.
const minPageParas = 10

// endReasons are the rule reasons that mark the end of an article: after
// one of them, short paragraphs are page furniture.
var endReasons = map[string]bool{
	ReasonDisclaimer: true, ReasonCopyright: true, ReasonCredit: true, ReasonForm: true, ReasonRelated: true,
	ReasonPrevNext: true, ReasonTags: true, ReasonContact: true, ReasonShare: true, ReasonFollow: true,
}

// Classify returns one verdict per paragraph. It works in four passes:
// rules on each paragraph alone; blocks opened by related-list headers;
// the article core (the densest run of prose) with navigation before it and
// short furniture after it; and cuts inside the kept paragraphs.
func Classify(paras []string, opts ...Option) []Verdict {
	c := newConfig(opts)
	n := len(paras)
	verdicts := make([]Verdict, n)
	if n == 0 {
		return verdicts
	}
	feats := make([]features, n)

	// Pass 1 and 2: rules and related blocks.
	inRelated := false
	relatedList := false // the block's first item was a list item
	relatedItems := 0
	bareLabel := "" // a "关键字：" or "上一篇" with its value on the next line
	for i, p := range paras {
		f := analyze(p)
		feats[i] = f
		reason, rule := lineRule(p, &f, &c)
		core, _ := stripListMarker(p)
		if reason == ReasonBreadcrumb {
			inRelated = false // a breadcrumb heads the main column: the sidebar list is over
		}
		switch {
		case reason == "" && bareLabel != "" && f.runes <= 2*c.maxRuleRunes() && !f.endsSent:
			reason, rule = bareLabel, "value of the label on the line before"
		case reason == "" && isRelatedHeader(core, f.runes):
			reason, rule = ReasonRelated, "related-list header"
			// "热门搜索： a b c" carries its items inline; a bare header
			// opens a block over the items below it.
			_, value, ok := leadingLabel(core)
			inRelated = !ok || value == ""
			relatedItems = 0
		case inRelated:
			if reason != "" {
				break
			}
			if relatedItems == 0 {
				relatedList = f.list
			}
			relatedItems++
			if endsRelated(paras, feats, i) || relatedList && relatedItems > 1 && !f.list && !f.teaser {
				// prose resumes, or a list of links gave way to a plain line
				inRelated = false
			} else {
				reason, rule = ReasonRelated, "item of a related list"
			}
		}
		bareLabel = ""
		if reason == ReasonTags || reason == ReasonPrevNext {
			if _, v, ok := leadingLabel(core); ok && v == "" || !ok && f.runes <= 6 {
				bareLabel = reason
			}
		}
		if reason == "" {
			verdicts[i].Keep = true
		} else {
			verdicts[i] = Verdict{Reason: reason, Rule: rule}
		}
	}

	// Pass 3: the article core and the position rules around it; on a
	// forum thread, the posts.
	thread := countFloors(paras) >= minFloors
	var ruleKeep []bool
	if thread {
		ruleKeep = make([]bool, n)
		for i := range verdicts {
			ruleKeep[i] = verdicts[i].Keep
		}
	}
	applyPosition(verdicts, feats, paras, &c, thread)
	if thread && c.mode != modePrecision {
		keepThreadPosts(verdicts, feats, paras, ruleKeep)
	}
	dropAdCopy(verdicts, feats, paras)

	// Pass 4: cuts inside kept paragraphs.
	for i, p := range paras {
		if !verdicts[i].Keep {
			continue
		}
		cuts := inlineCuts(p, &feats[i])
		if len(verdicts[i].Cuts) > 0 {
			cuts = normalizeCuts(p, append(cuts, verdicts[i].Cuts...)) // a reply's user name
		}
		if len(cuts) == 0 {
			continue
		}
		verdicts[i].Cuts = cuts
		if !hasLetters(verdicts[i].Apply(p)) {
			verdicts[i] = Verdict{Reason: cuts[0].Reason, Rule: "nothing left after cuts: " + cuts[0].Rule}
		}
	}
	return verdicts
}

// endsRelated reports whether paragraph i is article text that closes a
// related list: a complete prose sentence that is not a list item and is
// not followed by the date or count line of a teaser.
func endsRelated(paras []string, feats []features, i int) bool {
	f := &feats[i]
	if f.list || !f.strong() || !f.endsSent || f.runes < 30 || f.sentEnd < 2 && !strings.Contains(paras[i], "。") {
		return false
	}
	for j := i + 1; j < len(paras) && j <= i+2; j++ {
		next := strings.TrimSpace(paras[j])
		if isDateLine(next) || isCounter(next) {
			return false
		}
	}
	return true
}

// applyPosition finds the article core, the run of paragraphs with the
// largest prose score, and drops non-prose paragraphs outside it: menus
// before it (except the title lines just above it) and short lines after
// its end.
func applyPosition(verdicts []Verdict, feats []features, paras []string, c *config, thread bool) {
	start, end, ok := articleCore(verdicts, feats, paras)
	if !ok {
		// No prose anywhere on a page-sized input: a menu, a form or a
		// garbled page. A few lines are kept: they may be a fragment.
		if len(paras) < minPageParas {
			return
		}
		if c.mode == modePrecision {
			dropCellRuns(verdicts, feats, paras, 0)
			return
		}
		for i := range verdicts {
			if verdicts[i].Keep && !feats[i].prose() {
				verdicts[i] = Verdict{Reason: ReasonNavigation, Rule: "page without article prose"}
			}
		}
		return
	}
	dropPageTitles(verdicts, paras, start)
	dropTeasers(verdicts, feats, paras, start, end)
	budget := 8
	switch c.mode {
	case modeRecall:
		budget = 5
	case modePrecision:
		budget = -1 // keep everything before the article
	}
	// Walk up from the core: the title lines sit just above it, between
	// rule-dropped metadata and toolbars; everything above them is menus.
	titles, gap := 0, 0
	pageHead := false // above the title and a menu: only the site's own lines
	for i := start - 1; i >= 0; i-- {
		f := &feats[i]
		if !verdicts[i].Keep {
			gap++
			if titles > 0 && gap >= 5 && budget > 0 {
				budget, pageHead = 0, true // a toolbar or menu above the title: the rest is page head
			}
			continue
		}
		if budget >= 0 && i == start-1 && headingColon(f, paras[i]) {
			continue // "产品说明：": a heading that introduces the article
		}
		if pageHead && !f.list && f.runes < 60 && f.endsSent {
			// A short sentence above the title and the menu is the site's
			// tagline ("惊喜也说不准在哪个转角。…老来俏。"), not the article.
			verdicts[i] = Verdict{Reason: ReasonNavigation, Rule: "short sentence in the page head above the title"}
			continue
		}
		if headProse(f, paras[i]) || f.endsSent && f.cjk >= 4 || budget < 0 {
			gap = 0
			continue // prose, or a short sentence: menus do not end in "。！？"
		}
		if budget > 0 && isTitleLike(f) && i+2 < len(paras) && i > 0 && navOrCrumb(verdicts[i+1].Reason) &&
			navOrCrumb(verdicts[i+2].Reason) && menuLine(&verdicts[i-1], &feats[i-1], paras[i-1]) {
			// "城市丨 / 每经商学院 / 要闻 / 首页 > 要闻": a longer item inside a
			// menu, with menu items above and two below.
			verdicts[i] = Verdict{Reason: ReasonNavigation, Rule: "item between menu items before the article"}
			gap++
			continue
		}
		if budget > 0 && isTitleLike(f) {
			// A stack of more than five headline-like lines is a list of
			// headlines; only the one next to the article is its title.
			j := i
			for j > 0 && verdicts[j-1].Keep && isTitleLike(&feats[j-1]) && !headProse(&feats[j-1], paras[j-1]) && !feats[j-1].endsSent {
				j--
			}
			if i-j+1 > 5 {
				for k := j; k < i; k++ {
					verdicts[k] = Verdict{Reason: ReasonNavigation, Rule: "list of headlines before the article"}
				}
				budget = 0 // above a headline list is the page head
				titles++
			} else {
				budget -= i - j + 1
				titles += i - j + 1
			}
			gap = 0
			i = j
			continue
		}
		if budget > 0 {
			budget--
		}
		gap++ // a menu line widens the gap like a rule-dropped one
		if titles > 0 && gap >= 5 && budget > 0 {
			budget, pageHead = 0, true
		}
		verdicts[i] = Verdict{Reason: ReasonNavigation, Rule: "short line before the article"}
	}
	ended := false
	for i := end + 1; i < len(paras); i++ {
		f := &feats[i]
		if !verdicts[i].Keep {
			if endReasons[verdicts[i].Reason] || isEndMark(paras[i]) {
				ended = true
			}
			continue
		}
		if ended && c.mode != modePrecision && !thread && isComment(paras, verdicts, i) {
			verdicts[i] = Verdict{Reason: ReasonAfter, Rule: "reader comment after the article"}
			continue
		}
		if dropAfter(f, ended, c.mode) {
			rule := "short line after the article's end marker"
			if !ended {
				rule = "short line after the article"
			}
			verdicts[i] = Verdict{Reason: ReasonAfter, Rule: rule}
		}
	}
	if c.mode == modeRecall {
		dropListRuns(verdicts, feats, start, end)
	}
	if c.mode == modePrecision {
		start = 0 // the head was left alone; its long menus still go
	}
	dropCellRuns(verdicts, feats, paras, start)
	// End markers inside the core (a credit line before a duplicated copy)
	// do not end it; only the tail rules above use them.
}

// dropAdCopy drops the copy of an ad: the short lines just above its
// "广告" or "推广" label and its buttons ("指南针炒股 · 效卓 / 上海股民专享福利！！
// / 立即查看 / 2024-05-24 14:56:18 广告").
func dropAdCopy(verdicts []Verdict, feats []features, paras []string) {
	for j := range paras {
		if verdicts[j].Reason != ReasonAd || !strings.Contains(paras[j], "广告") && !strings.Contains(paras[j], "推广") {
			continue
		}
		k := j - 1
		for skipped := 0; k >= 0 && skipped < 4 && (verdicts[k].Reason == ReasonAd || verdicts[k].Reason == ReasonResidue); skipped++ {
			k--
		}
		for n := 0; k >= 0 && n < 4 && verdicts[k].Keep && !feats[k].strong() && feats[k].runes <= 40; n++ {
			verdicts[k] = Verdict{Reason: ReasonAd, Rule: "ad copy above its 广告 label"}
			k--
		}
	}
}

// isComment reports a paragraph of a comment list: it starts with a
// numbered user label ("用户7919988804：…") or the next line is a comment's
// date with its reply or report buttons ("5月10日08:38举报赞83回复").
func isComment(paras []string, verdicts []Verdict, i int) bool {
	if userLabel(paras[i]) > 0 {
		return true
	}
	for j := i + 1; j < len(paras) && j <= i+2; j++ {
		if isCommentFooter(paras[j]) {
			return true
		}
		if verdicts[j].Reason != ReasonResidue {
			break
		}
	}
	return false
}

// userLabel returns the length of a leading "用户<digits>：" label, or 0.
func userLabel(p string) int {
	rest, ok := strings.CutPrefix(p, "用户")
	if !ok {
		return 0
	}
	d := 0
	for d < len(rest) && rest[d] >= '0' && rest[d] <= '9' {
		d++
	}
	if d < 4 {
		return 0
	}
	rest = rest[d:]
	switch {
	case strings.HasPrefix(rest, ":"):
		return len(p) - len(rest) + 1
	case strings.HasPrefix(rest, "："):
		return len(p) - len(rest) + len("：")
	}
	return 0
}

// isCommentFooter reports a comment's date line with its buttons:
// "5月10日08:38举报赞83回复". A forum floor line ("…1楼2022-10-02 23:02回复")
// is not one: there the posts are the article.
func isCommentFooter(p string) bool {
	rest, ok := cutDate(p)
	return ok && rest != "" && (strings.Contains(rest, "回复") || strings.Contains(rest, "举报")) &&
		!strings.Contains(p, "楼") && utf8.RuneCountInString(rest) <= 20
}

// isEndMark reports a line that says the article is over: "THE END",
// "- END -", "（完）", "全文完".
func isEndMark(p string) bool {
	if len(p) > 24 || !strings.Contains(p, "完") && !strings.Contains(p, "END") && !strings.Contains(p, "End") && !strings.Contains(p, "end") {
		return false
	}
	t := strings.Map(func(r rune) rune {
		if isSeparator(r) || r == '—' || r == '－' || r == '（' || r == '）' || r == '【' || r == '】' {
			return -1
		}
		return r
	}, p)
	switch strings.ToUpper(t) {
	case "THEEND", "END", "完", "全文完", "本文完", "正文完":
		return true
	}
	return false
}

// dropAfter decides a kept paragraph after the article core. Before an end
// marker (a credit, copyright, related header, form…) only Recall drops
// anything, and then only list items and lines of under six Han characters
// that are not sentences; after one, every mode
// drops short non-prose lines, and Default and Recall drop short prose too.
func dropAfter(f *features, ended bool, m mode) bool {
	longProse := f.strong() && f.runes >= 40 && f.endsSent && f.commas > 0
	switch {
	case !ended:
		return m == modeRecall && !f.strong() && !(f.endsSent && f.cjk >= 4) && (f.list || f.cjk < 6)
	case m == modePrecision:
		return !f.strong() && !f.endsSent
	}
	return !longProse
}

// dropPageTitles drops the page's <title> line at the top of the page: a
// later headline followed by the site's name ("TITLE | 每经网",
// "TITLE @ BLOG :: 痞客邦 ::", "TITLE_骄阳网"). The headline itself stays.
func dropPageTitles(verdicts []Verdict, paras []string, start int) {
	// A title line with a question mark reads as prose and may open the
	// core itself: look at its first lines too.
	seen := 0
	for i := 0; i < len(paras) && i <= start+2 && seen < maxTitleLines; i++ {
		if !verdicts[i].Keep {
			continue
		}
		seen++ // the <title> line is among the first kept lines
		for j := i + 1; j < len(paras) && j <= start+4 && j <= i+maxTitleGap; j++ {
			if verdicts[j].Keep && siteSuffix(paras[i], paras[j]) {
				verdicts[i] = Verdict{Reason: ReasonNavigation, Rule: "page title: a later headline plus the site name"}
				break
			}
		}
	}
}

// maxTitleLines and maxTitleGap bound dropPageTitles: the <title> line is
// one of the first kept lines and its headline follows within a few hundred
// lines, so the pass stays linear on long pages.
const (
	maxTitleLines = 3
	maxTitleGap   = 300
)

// siteSuffix reports whether line is headline followed by a separator and
// a short site name.
func siteSuffix(line, headline string) bool {
	if len(headline) < 6 || !strings.HasPrefix(line, headline) {
		return false
	}
	rest := strings.TrimLeft(line[len(headline):], " ")
	sep := false
	for _, s := range []string{"|", "｜", "_", "-", "—", "–", "@", "::", "：：", "丨"} {
		if strings.HasPrefix(rest, s) {
			rest, sep = rest[len(s):], true
			break
		}
	}
	return sep && strings.TrimSpace(rest) != "" && utf8.RuneCountInString(rest) <= 40
}

// teaserWindow bounds the lines dropTeasers compares, so that the pass
// stays linear on long pages.
const teaserWindow = 20

// dropTeasers drops a prose paragraph above the article whose sentences
// are mostly found word for word in the article's first paragraphs: a
// summary card ("简要描述：…") that repeats the text below it.
func dropTeasers(verdicts []Verdict, feats []features, paras []string, start, end int) {
	for i := max(0, start-teaserWindow); i < start; i++ {
		if !verdicts[i].Keep || !feats[i].strong() || feats[i].runes < 60 || !strings.Contains(paras[i], "。") {
			continue // a headline repeated in the first paragraph is still the headline
		}
		repeated, total := 0, 0
		for rest := paras[i]; rest != ""; {
			k := strings.IndexAny(rest, "。！？")
			sent := rest
			if k >= 0 {
				_, n := utf8.DecodeRuneInString(rest[k:])
				sent, rest = rest[:k+n], rest[k+n:]
			} else {
				rest = ""
			}
			total += len(sent)
			if len(sent) < 30 { // under ten Han characters: too common to prove a copy
				continue
			}
			for j := start; j <= end && j < start+teaserWindow; j++ {
				if verdicts[j].Keep && strings.Contains(paras[j], sent) {
					repeated += len(sent)
					break
				}
			}
		}
		if 2*repeated >= total {
			verdicts[i] = Verdict{Reason: ReasonRelated, Rule: "teaser repeating the article below"}
		}
	}
}

func navOrCrumb(reason string) bool { return reason == ReasonNavigation || reason == ReasonBreadcrumb }

// menuLine reports a line above the article that is a menu item: dropped
// as navigation, or short, not a sentence and not headline-like.
func menuLine(v *Verdict, f *features, p string) bool {
	if !v.Keep {
		return v.Reason == ReasonNavigation
	}
	return f.runes <= 10 && !f.endsSent && !isTitleLike(f) && !headProse(f, p)
}

// headingColon reports a short heading that ends in a colon and introduces
// the paragraph below it: "产品说明：", "白斑医生提示：".
func headingColon(f *features, p string) bool {
	return f.cjk >= 2 && f.runes <= 16 && !f.list && (strings.HasSuffix(p, "：") || strings.HasSuffix(p, ":"))
}

// headProse reports a paragraph before the core that is prose rather than a
// headline in a menu: it has a full stop or is long.
func headProse(f *features, p string) bool {
	return f.strong() && (f.runes >= 50 || strings.Contains(p, "。"))
}

// isTitleLike reports a short line that may be a title or subtitle: enough
// Han text and not a list item.
func isTitleLike(f *features) bool {
	return !f.list && f.cjk >= 5 && f.runes <= 80 && !f.teaser
}

// articleCore returns the run of paragraphs with the largest prose score
// (maximum-sum subarray: prose scores by length, other lines cost up to
// one), then widened over earlier or later prose when the lines between cost
// less than coreGap: a list or a subheading inside the article does not cut
// it in two.
func articleCore(verdicts []Verdict, feats []features, paras []string) (start, end int, ok bool) {
	scores := make([]float64, len(feats))
	anchor := make([]bool, len(feats)) // prose that may widen the core: not a headline
	for i := range feats {
		scores[i] = lineScore(&verdicts[i], &feats[i])
		anchor[i] = scores[i] > 0 && headProse(&feats[i], paras[i])
	}
	best, cur := 0.0, 0.0
	curStart := 0
	for i, s := range scores {
		if cur <= 0 {
			cur, curStart = 0, i
		}
		cur += s
		if cur > best {
			best, start, end = cur, curStart, i
		}
	}
	if best <= 0 {
		// Only short prose: the article runs from its first to its last
		// prose paragraph.
		start, end = -1, -1
		for i := range feats {
			if verdicts[i].Keep && feats[i].strong() {
				if start < 0 {
					start = i
				}
				end = i
			}
		}
		return start, end, start >= 0
	}
	const coreGap = -4.0
	for widened := true; widened; {
		widened = false
		sum := 0.0
		for j := start - 1; j >= 0 && sum > coreGap; j-- {
			if anchor[j] {
				start, widened = j, true
				break
			}
			sum += scores[j]
		}
		sum = 0
		for j := end + 1; j < len(scores) && sum > coreGap; j++ {
			if anchor[j] {
				end, widened = j, true
				break
			}
			sum += scores[j]
		}
	}
	return start, end, true
}

// lineScore is a paragraph's prose score for articleCore.
func lineScore(v *Verdict, f *features) float64 {
	switch {
	case !v.Keep:
		return -1
	case f.strong():
		r := f.runes
		if r > 300 {
			r = 300
		}
		return float64(r)/25 - 1
	case f.endsSent && f.cjk >= 1 && !f.list:
		return 0 // a short sentence ("轰！", "“好！”"): dialogue, not a menu
	case f.list && f.commas > 0 || f.list && f.cjk >= 8:
		return -0.25 // a list item with content: part of the article's lists
	case isTitleLike(f):
		return -0.5
	}
	return -1
}

// minCellRun is the shortest run of tiny lines taken for a flattened table
// or menu.
const minCellRun = 8

// dropCellRuns drops runs of at least minCellRun kept lines from the
// article on that are tiny (at most 8 runes) and carry no clause
// punctuation: the cells of a flattened table or an in-page menu
// ("代号", "≤±0.25%", "M2"). Rule-dropped lines inside the run (counters,
// dates) do not break it. A short line without a sentence end between two
// tiny cells ("M2 / 平方根指示表，0～10刻度 / B1") is a description cell of
// the same grid when the run has code cells of one to three runes for at
// least half of its description cells: photo captions between short lines
// have no codes.
func dropCellRuns(verdicts []Verdict, feats []features, paras []string, start int) {
	isCell := func(i int) bool {
		f := &feats[i]
		return f.runes <= 8 && f.sentEnd == 0 && f.commas == 0
	}
	isBridge := func(i int) bool {
		f := &feats[i]
		return f.runes <= 30 && !f.endsSent && f.sentEnd == 0 && !f.strong()
	}
	for i := start; i < len(verdicts); {
		if !verdicts[i].Keep || !isCell(i) {
			i++
			continue
		}
		j, kept, codes, bridges := i, 0, 0, 0
		lastCell := true // the previous kept line of the run was a cell
		for j < len(verdicts) {
			if !verdicts[j].Keep {
				j++
				continue
			}
			if isCell(j) {
				kept++
				if feats[j].runes <= 3 {
					codes++
				}
				lastCell = true
				j++
				continue
			}
			// a description cell: one line, with a cell after it
			if !lastCell || !isBridge(j) {
				break
			}
			k := j + 1
			for k < len(verdicts) && !verdicts[k].Keep {
				k++
			}
			if k == len(verdicts) || !isCell(k) {
				break
			}
			bridges++
			lastCell = false
			j++
		}
		if kept >= minCellRun && 2*codes >= bridges {
			last := j - 1
			for last > i && !verdicts[last].Keep {
				last--
			}
			if h := i - 1; h >= start && verdicts[h].Keep && feats[h].cjk == 0 && isBridge(h) {
				i = h // a header row of codes above the grid ("1151 DP 1151√ΔP")
			}
			for k := i; k < j; k++ {
				if verdicts[k].Keep && !(k == last && headsNext(verdicts, feats, paras, k, j)) {
					verdicts[k] = Verdict{Reason: ReasonResidue, Rule: "run of table cells or menu items"}
				}
			}
		} else if bridges > 0 {
			// Without the description cells the lines may still hold plain
			// runs of tiny lines: check each strict run inside [i, j) once,
			// so that the pass stays linear.
			for a := i; a < j; {
				if !verdicts[a].Keep || !isCell(a) {
					a++
					continue
				}
				b, n := a, 0
				for b < j && (!verdicts[b].Keep || isCell(b)) {
					if verdicts[b].Keep {
						n++
					}
					b++
				}
				if n >= minCellRun {
					for k := a; k < b; k++ {
						if verdicts[k].Keep {
							verdicts[k] = Verdict{Reason: ReasonResidue, Rule: "run of table cells or menu items"}
						}
					}
				}
				a = b
			}
		}
		i = j
	}
}

// headsNext reports that cell k, the last of a run ending before line j,
// is the heading of the kept text after the run ("品种规格" above a table
// whose rows survived as lines): four or more Han characters and nothing
// else, directly before a kept line that is not a cell.
func headsNext(verdicts []Verdict, feats []features, paras []string, k, j int) bool {
	if j != k+1 || j >= len(verdicts) || !verdicts[j].Keep || feats[j].runes <= 8 || feats[k].cjk < 4 || feats[k].cjk != feats[k].runes {
		return false
	}
	return !strings.ContainsAny(paras[k], " ")
}

// dropListRuns drops runs of three or more short list items inside the
// core: in-article menus (Recall mode only).
func dropListRuns(verdicts []Verdict, feats []features, start, end int) {
	for i := start; i <= end; {
		j := i
		for j <= end && verdicts[j].Keep && feats[j].list && !feats[j].strong() {
			j++
		}
		if j-i >= 3 {
			for k := i; k < j; k++ {
				verdicts[k] = Verdict{Reason: ReasonNavigation, Rule: "run of short list items"}
			}
		}
		if j == i {
			j++
		}
		i = j
	}
}

func hasLetters(s string) bool {
	for _, r := range s {
		if isHan(r) || r >= '0' && r <= '9' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r > 0x7f && !isSeparator(r) && !isSentencePunct(r) {
			return true
		}
	}
	return false
}

// Inline markers that start furniture running to the end of a paragraph.
var tailMarkers = []struct{ marker, reason string }{
	{"上一篇", ReasonPrevNext}, {"下一篇", ReasonPrevNext}, {"相关栏目", ReasonRelated}, {"相关阅读", ReasonRelated},
	{"相关文章", ReasonRelated}, {"(责任编辑", ReasonCredit}, {"（责任编辑", ReasonCredit}, {"【责任编辑", ReasonCredit},
	{"责任编辑：", ReasonCredit}, {"责任编辑:", ReasonCredit}, {"分享到", ReasonShare},
}

// paywallMarkers are found inside a parenthesised truncation notice.
var paywallMarkers = []string{"省略", "未完", "全文共", "正式会员", "完整阅读", "当前只显示"}

// inlineSet screens paragraphs for inline furniture in one pass.
var inlineSet = func() *phraseSet {
	var tails []string
	for _, tm := range tailMarkers {
		tails = append(tails, tm.marker)
	}
	return newPhraseSet(paywallMarkers, tails)
}()

// inlineCuts finds furniture inside a paragraph: image residue, pipes at the
// ends, paywall notices and trailing prev/next or related runs.
func inlineCuts(p string, f *features) []Cut {
	var cuts []Cut
	if f.image {
		for off := 0; ; {
			i, n := indexImage(p[off:])
			if i < 0 {
				break
			}
			s := off + i
			e := s + n
			if strings.HasPrefix(p[e:], "(") {
				if j := strings.IndexByte(p[e:], ')'); j >= 0 {
					e += j + 1
				}
			}
			cuts = append(cuts, Cut{s, e, ReasonResidue, "image residue ![]()"})
			off = e
		}
	}
	if t := strings.TrimRight(p, " |｜"); len(t) < len(p) && strings.ContainsAny(p[len(t):], "|｜") {
		cuts = append(cuts, Cut{len(t), len(p), ReasonResidue, "trailing pipes"})
	}
	if t := strings.TrimLeft(p, " |｜"); len(t) < len(p) && strings.ContainsAny(p[:len(p)-len(t)], "|｜") {
		cuts = append(cuts, Cut{0, len(p) - len(t), ReasonResidue, "leading pipes"})
	}
	if f.runes >= 20 && inlineSet.find(p) != "" {
		for _, m := range paywallMarkers {
			for off := 0; off < len(p); {
				i := strings.Index(p[off:], m)
				if i < 0 {
					break
				}
				s, e, ok := parenAround(p, off+i)
				if !ok {
					off += i + len(m)
					continue
				}
				cuts = append(cuts, Cut{s, e, ReasonPaywall, "truncation notice (…" + m + "…)"})
				off = e
			}
		}
		if f.runes >= 30 {
			best := -1
			bestReason, bestRule := "", ""
			for _, tm := range tailMarkers {
				i := strings.Index(p, tm.marker)
				if i <= 0 || best >= 0 && i >= best {
					continue
				}
				rest := p[i:]
				if strings.Contains(rest, "。") || len(rest) > 900 || i < len(p)/3 {
					continue
				}
				best, bestReason, bestRule = i, tm.reason, "trailing "+tm.marker+"…"
			}
			if best > 0 {
				cuts = append(cuts, Cut{best, len(p), bestReason, bestRule})
			}
		}
	}
	return normalizeCuts(p, cuts)
}

// parenAround returns the span of the parenthesised notice around byte i,
// widened over the ellipses and spaces next to it.
func parenAround(p string, i int) (s, e int, ok bool) {
	lo := i - 120
	if lo < 0 {
		lo = 0
	}
	open := strings.LastIndexAny(p[lo:i], "(（")
	if open < 0 {
		return 0, 0, false
	}
	open += lo
	hi := i + 400
	if hi > len(p) {
		hi = len(p)
	}
	cl := strings.IndexAny(p[i:hi], ")）")
	if cl < 0 {
		return 0, 0, false
	}
	e = i + cl
	if p[e] == ')' {
		e++
	} else {
		e += len("）")
	}
	s = open
	for {
		switch {
		case strings.HasSuffix(p[:s], "…"):
			s -= len("…")
		case strings.HasSuffix(p[:s], "."):
			s--
		default:
			goto left
		}
	}
left:
	for {
		switch {
		case strings.HasPrefix(p[e:], "…"):
			e += len("…")
		case strings.HasPrefix(p[e:], "."):
			e++
		default:
			return s, e, true
		}
	}
}

// normalizeCuts sorts cuts and merges overlaps so that they are ordered and
// disjoint, and widens a cut over the spaces before it.
func normalizeCuts(p string, cuts []Cut) []Cut {
	if len(cuts) == 0 {
		return nil
	}
	sort.SliceStable(cuts, func(i, j int) bool { return cuts[i].Start < cuts[j].Start })
	out := cuts[:1]
	for _, c := range cuts[1:] {
		last := &out[len(out)-1]
		if c.Start < last.End {
			if c.End > last.End {
				last.End = c.End
			}
			continue
		}
		out = append(out, c)
	}
	for i := range out {
		for out[i].Start > 0 && p[out[i].Start-1] == ' ' && (i == 0 || out[i].Start-1 >= out[i-1].End) {
			out[i].Start--
		}
	}
	return out
}
