package encoding

import (
	"slices"
	"strings"
	"unicode/utf8"
)

// A GBK↔Big5 repair maps rune to rune, so it can be checked one character
// at a time. Splitting a line into clauses cuts at punctuation, and
// punctuation is where a repair's edges go wrong both ways: clean text
// next to the mojibake gets taken in ("。近日" read back as "﹝輪゜"), and
// an odd mark inside it is left out ("〆" in "省衛健〆副主任", which is 委).

// doubleByteLayer returns the misreading a chain name stands for when it
// is one GBK↔Big5 layer.
func doubleByteLayer(chain string) (misreading, bool) {
	for _, m := range misreadings {
		if m.wrong != csSingle && m.right != csUTF8 && m.right != csSingle && m.name(false) == chain {
			return m, true
		}
	}
	return misreading{}, false
}

// breaksPunct reports a GBK↔Big5 repair that turns the punctuation of
// running text into odd marks: the span ran past the mojibake into clean
// text, so it should be split there.
func breaksPunct(span, repaired string) bool {
	if utf8.RuneCountInString(span) != utf8.RuneCountInString(repaired) {
		return false
	}
	for _, o := range span {
		r, n := utf8.DecodeRuneInString(repaired)
		repaired = repaired[n:]
		if strings.ContainsRune(commonPunct, o) && !strings.ContainsRune(commonPunct, r) && !isIdeograph(r) {
			return true
		}
	}
	return false
}

// markReading undoes one odd mark (or a short run of them) between or next
// to GBK↔Big5 fixes: taken when it reads as ideographs or the punctuation
// of running text.
func markReading(m misreading, gap string) (string, bool) {
	if gap == "" || utf8.RuneCountInString(gap) > 2 {
		return "", false
	}
	for _, r := range gap {
		if r < utf8.RuneSelf || isSeparator(r) || strings.ContainsRune(commonPunct, r) || isIdeograph(r) {
			return "", false
		}
	}
	var sc scratch
	out, ok := m.undo(gap, &sc)
	if !ok {
		return "", false
	}
	for _, r := range out {
		if !isIdeograph(r) && !strings.ContainsRune(commonPunct, r) {
			return "", false
		}
	}
	return out, true
}

// bridgeFixes joins GBK↔Big5 fixes of one chain across the odd marks
// between them, and extends them over an odd mark at either edge.
func (a *analysis) bridgeFixes() {
	free := func(start, end int) bool {
		for _, g := range a.garbled {
			if g.Start < end && start < g.End {
				return false
			}
		}
		return true
	}
	out := a.fixes[:0]
	for _, f := range a.fixes {
		m, ok := doubleByteLayer(f.Chain)
		if !ok {
			out = append(out, f)
			continue
		}
		if n := len(out); n > 0 && out[n-1].Chain == f.Chain {
			prev := &out[n-1]
			gap := a.s[prev.End:f.Start]
			if rep, ok := markReading(m, gap); ok && free(prev.End, f.Start) {
				prev.Repaired += rep + f.Repaired
				prev.End = f.End
				prev.Original = a.s[prev.Start:prev.End]
				continue
			}
		}
		// Odd marks before the fix, not taken by the fix before it.
		for k := 0; k < maxEdgeMarks; k++ {
			r, size := utf8.DecodeLastRuneInString(a.s[:f.Start])
			if size == 0 || len(out) > 0 && out[len(out)-1].End > f.Start-size {
				break
			}
			rep, ok := markReading(m, string(r))
			if !ok || !free(f.Start-size, f.Start) {
				break
			}
			f.Start -= size
			f.Original = a.s[f.Start:f.End]
			f.Repaired = rep + f.Repaired
		}
		out = append(out, f)
	}
	// Odd marks after each fix, not taken by the fix after it.
	for i := range out {
		f := &out[i]
		m, ok := doubleByteLayer(f.Chain)
		if !ok {
			continue
		}
		for k := 0; k < maxEdgeMarks; k++ {
			r, size := utf8.DecodeRuneInString(a.s[f.End:])
			if size == 0 || i+1 < len(out) && out[i+1].Start < f.End+size {
				break
			}
			rep, ok := markReading(m, string(r))
			if !ok || !free(f.End, f.End+size) {
				break
			}
			f.End += size
			f.Original = a.s[f.Start:f.End]
			f.Repaired += rep
		}
	}
	a.fixes = out
}

// maxEdgeMarks bounds how far a fix grows over odd marks at an edge.
const maxEdgeMarks = 2

// Mojibake inside a line of clean text (a template around a mis-decoded
// field) fails as a whole segment, and cutting it at punctuation cuts the
// mojibake too: "鏄庣‘閲嶇偣" (明确重点) holds "‘", and "è¿‘æ—¥" holds
// "‘" and "—". Clean Chinese has no reading through a layer that is
// evidence in itself (UTF-8, or a Latin-1 re-encoding), so the spans where
// such a layer decodes mark where the mojibake is.

// decodableRuns returns the maximal spans of s[start:end], on rune
// boundaries, whose bytes in m.wrong decode as complete characters of
// m.right.
func decodableRuns(s string, start, end int, m misreading) [][2]int {
	var runs [][2]int
	runStart, lastGood := -1, -1
	var need int  // continuation bytes still due
	var lead byte // GBK/Big5: the pending lead byte
	closeRun := func() {
		if runStart >= 0 && lastGood > runStart {
			runs = append(runs, [2]int{runStart, lastGood})
		}
		runStart, lastGood, need = -1, -1, 0
	}
	// step feeds one byte; false when the byte breaks the sequence.
	step := func(x byte) bool {
		if m.right == csUTF8 {
			if need > 0 {
				need--
				return x&0xC0 == 0x80
			}
			n := utf8SeqLen(x)
			need = n - 1
			return n > 0
		}
		if need > 0 {
			need = 0
			r, size := decodeRune(m.right, []byte{lead, x})
			return size == 2 && r != 0
		}
		if x < 0x80 {
			return true
		}
		lead, need = x, 1
		return true
	}
	feed := func(b []byte) bool {
		for _, x := range b {
			if !step(x) {
				return false
			}
		}
		return true
	}
	var enc [4]byte
	for i := start; i < end; {
		r, size := utf8.DecodeRuneInString(s[i:end])
		b, ok := appendRune(enc[:0], m.wrong, r)
		if !ok || r == utf8.RuneError {
			closeRun()
			i += size
			continue
		}
		if !feed(b) {
			closeRun()
			// The rune may start a new run on its own.
			need, lead = 0, 0
			if !feed(b) {
				need = 0
				i += size
				continue
			}
		}
		if runStart < 0 {
			runStart = i
		}
		i += size
		if need == 0 {
			lastGood = i
		}
	}
	closeRun()
	return runs
}

// strongLayers are the misreadings whose decode is evidence in itself.
var strongLayers = func() (ms []misreading) {
	for _, m := range misreadings {
		if m.strong() {
			ms = append(ms, m)
		}
	}
	return ms
}()

// embeddedFix is a repair found by embeddedRepairs.
type embeddedFix struct {
	start, end int
	c          candidate
}

// embeddedRepairs finds and repairs mojibake runs inside s[start:end], a
// segment that failed as a whole. It returns the repairs in order, not
// overlapping.
func (a *analysis) embeddedRepairs(start, end int) []embeddedFix {
	s := a.s
	var fixes []embeddedFix
	taken := func(a, b int) bool {
		for _, f := range fixes {
			if f.start < b && a < f.end {
				return true
			}
		}
		return false
	}
	// Longest runs first: a short run of one layer ("Ö±" is valid UTF-8)
	// may sit inside a long one of another (我市分别 in GBK, read as Latin-1).
	var runs [][2]int
	for _, z := range suspectZones(s, start, end) {
		for _, m := range strongLayers {
			runs = append(runs, decodableRuns(s, z[0], z[1], m)...)
		}
	}
	slices.SortStableFunc(runs, func(x, y [2]int) int { return (y[1] - y[0]) - (x[1] - x[0]) })
	{
		for _, run := range runs {
			rs, re := run[0], run[1]
			// ASCII at the edges is the line's own, not the mojibake's.
			for rs < re && s[rs] < utf8.RuneSelf {
				rs++
			}
			for re > rs && s[re-1] < utf8.RuneSelf {
				re--
			}
			if runeCount(s[rs:re]) < 2 || taken(rs, re) {
				continue
			}
			if c, ok := tryRepair(s[rs:re]); ok && c.strong && a.settled(c.text) {
				fixes = append(fixes, embeddedFix{rs, re, c})
			}
		}
	}
	slices.SortFunc(fixes, func(x, y embeddedFix) int { return x.start - y.start })
	return fixes
}

// Suspect zones keep the search for embedded mojibake off clean text: a
// zone is a cluster of runes the fast path does not pass (two within
// zoneGap runes of each other), widened by zoneMargin runes on each side,
// since mojibake holds common characters too. A lone rare character (a
// name) makes no zone.
const (
	zoneGap    = 4
	zoneMargin = 12
)

func suspectZones(s string, start, end int) [][2]int {
	var zones [][2]int
	lastOdd, lastOddStart, lastOddEnd := -1, -1, -1 // rune index and bytes of the last odd rune
	clusterStart := -1                              // first byte of the cluster
	flush := func() {
		if clusterStart < 0 {
			return
		}
		zs, ze := clusterStart, lastOddEnd
		for k := 0; k < zoneMargin && zs > start; k++ {
			_, size := utf8.DecodeLastRuneInString(s[start:zs])
			zs -= size
		}
		for k := 0; k < zoneMargin && ze < end; k++ {
			_, size := utf8.DecodeRuneInString(s[ze:end])
			ze += size
		}
		if n := len(zones); n > 0 && zones[n-1][1] >= zs {
			zones[n-1][1] = ze
		} else {
			zones = append(zones, [2]int{zs, ze})
		}
		clusterStart = -1
	}
	for i, idx := start, 0; i < end; idx++ {
		r, size := utf8.DecodeRuneInString(s[i:end])
		if r >= utf8.RuneSelf && (r >= 0x10000 || !runeClasses[r].isClean()) {
			if lastOdd >= 0 && idx-lastOdd <= zoneGap {
				if clusterStart < 0 {
					clusterStart = lastOddStart
				}
			} else {
				flush()
			}
			lastOdd, lastOddStart, lastOddEnd = idx, i, i+size
		}
		i += size
	}
	flush()
	return zones
}
