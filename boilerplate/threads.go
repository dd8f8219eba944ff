package boilerplate

import (
	"strings"
	"unicode/utf8"
)

// Forum threads: the posts are the article. A thread page prints every
// post between a header (user name, fan level, "该楼层疑似违规…") and a
// floor line ("来自Android客户端3楼2022-11-26 15:19"); the position rules
// take short posts for furniture, so the posts are found by their floor
// lines instead.

// minFloors is how many floor lines make a page a thread.
const minFloors = 2

// floorLine reports a post's floor line: a floor number followed by a
// date ("…1楼2022-10-02 23:02回复", "6楼 2022-11-27").
func floorLine(p string) bool {
	for off := 0; ; {
		i := strings.Index(p[off:], "楼")
		if i < 0 {
			return false
		}
		i += off
		if i > 0 && p[i-1] >= '0' && p[i-1] <= '9' {
			if _, ok := cutDate(strings.TrimSpace(p[i+len("楼"):])); ok {
				return true
			}
		}
		off = i + len("楼")
	}
}

// countFloors counts the floor lines of a page, stopping at minFloors.
func countFloors(paras []string) int {
	n := 0
	for _, p := range paras {
		if strings.Contains(p, "楼") && floorLine(p) {
			if n++; n >= minFloors {
				break
			}
		}
	}
	return n
}

// maxPostLines bounds the lines taken for one post and the buttons
// skipped between a post and its floor line.
const maxPostLines = 30

// keepThreadPosts keeps, on a thread page, the text of every post: the
// lines above each floor line, past its buttons (share menus, "送TA礼物"),
// up to the post header. Only lines the position rules dropped come back
// (ruleKeep says which lines no rule dropped). It also keeps the thread
// title above the first post and cuts the user name from sub-replies.
func keepThreadPosts(verdicts []Verdict, feats []features, paras []string, ruleKeep []bool) {
	first := -1
	for f, p := range paras {
		if !strings.Contains(p, "楼") || !floorLine(p) {
			continue
		}
		k := f - 1
		for skipped := 0; k >= 0 && !ruleKeep[k] && skipped < 8; skipped++ {
			k-- // buttons between the post and its floor line
		}
		top := -1
		for n := 0; k >= 0 && ruleKeep[k] && !feats[k].list && n < maxPostLines; n++ {
			top = k
			k--
		}
		if top < 0 {
			continue
		}
		for i := top; i < f; i++ {
			if ruleKeep[i] && !verdicts[i].Keep {
				verdicts[i] = Verdict{Keep: true}
			}
		}
		if first < 0 {
			first = top
		}
	}
	if first > 0 {
		keepThreadTitle(verdicts, feats, ruleKeep, first)
	}
	for i := range paras {
		if verdicts[i].Keep && verdicts[i].Cuts == nil {
			if n := replyName(paras, verdicts, i); n > 0 {
				verdicts[i].Cuts = []Cut{{0, n, ReasonMetadata, "user name of a reply"}}
			}
		}
	}
}

// keepThreadTitle keeps the headline just above the first post's header:
// the header holds rule-dropped lines and the user name (a short list item).
func keepThreadTitle(verdicts []Verdict, feats []features, ruleKeep []bool, first int) {
	for i := first - 1; i >= 0 && i >= first-8; i-- {
		f := &feats[i]
		if !ruleKeep[i] || f.list || f.runes <= 8 {
			continue
		}
		if isTitleLike(f) {
			verdicts[i] = Verdict{Keep: true}
		}
		return
	}
}

// replyName returns the length of the "张无极: " user name before a
// sub-reply, whose next line is its date and reply button
// ("2023-3-8 13:30回复"), or 0.
func replyName(paras []string, verdicts []Verdict, i int) int {
	p := paras[i]
	c := indexColon(p)
	if c <= 0 || utf8.RuneCountInString(p[:c]) > 12 || strings.ContainsAny(p[:c], " ，,。") {
		return 0
	}
	j := i + 1
	for j < len(paras) && verdicts[j].Reason == ReasonResidue {
		j++
	}
	if j == len(paras) {
		return 0
	}
	rest, ok := cutDate(paras[j])
	if !ok || rest != "回复" {
		return 0
	}
	n := c + colonLen(p, c)
	for n < len(p) && p[n] == ' ' {
		n++
	}
	if n == len(p) {
		return 0
	}
	return n
}
