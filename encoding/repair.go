package encoding

import (
	"slices"
	"strings"
	"unicode/utf8"
)

// Thresholds on plausibility (mean class weight per non-ASCII rune, see
// classWeight). A span is only tried when it looks implausible, and a repair
// is only taken when it is lossless, plausible, and much better.
const (
	// tryBelow: spans scoring at or above this are left alone without any
	// decode tries (clean simplified clauses score about 3.5).
	tryBelow = 3.0
	// acceptAtLeast: a repair must read like everyday Chinese.
	acceptAtLeast = 2.8
	// acceptMargin: and must beat the mojibake by this much.
	acceptMargin = 1.0
	// weakMinRunes: GBK↔Big5 repairs of shorter spans are guesses.
	weakMinRunes = 4
	// shortBelow: unless the span is this implausible (private use, kana,
	// symbols between ideographs).
	shortBelow = 1.0
	// shortMargin: and the gain must be this large.
	shortMargin = 2.0
	// foreignAbove: kana or Cyrillic amid ideographs scoring this well is
	// Japanese or Russian text, not mojibake.
	foreignAbove = 2.0
	// strongAtLeast and strongMargin apply to chains whose decode is
	// evidence in itself (UTF-8 or Latin-1 layers).
	strongAtLeast = 1.0
	strongMargin  = 0.5
	// wordsAtLeast: a short repair that only common bigrams favour must
	// still be made of common characters.
	wordsAtLeast = 2.0
)

// Repair finds spans of mojibake in s — text an earlier program decoded with
// the wrong charset, up to three times over — and undoes each one that can be
// undone losslessly. Clean text comes back unchanged (the same string) with
// no fixes. Fix spans are byte offsets into s, in order, not overlapping.
func Repair(s string) (string, []Fix) {
	out, fixes, _ := analyzeLine(s)
	return out, fixes
}

// Garbled reports the spans of s that are mojibake but cannot be repaired:
// runs of U+FFFD, 锟斤拷 runs, lossy (multi-layer) mojibake and GBK read one
// byte off. They never overlap the spans Repair fixes, so a caller may
// replace the fixes and drop these spans of the same s.
func Garbled(s string) []Span {
	_, _, garbled := analyzeLine(s)
	return garbled
}

// Analyze is Repair and Garbled in one pass: it returns s with its mojibake
// repaired, the fixes (byte offsets into s, as Repair), and the garbled
// spans with byte offsets into repaired, so that a caller can drop them
// from repaired directly.
func Analyze(s string) (repaired string, fixes []Fix, garbled []Span) {
	out, fixes, spans := analyzeLine(s)
	if len(fixes) == 0 || len(spans) == 0 {
		return out, fixes, spans
	}
	// Fixes and garbled spans never overlap: shift each span by what the
	// fixes before it added or removed.
	shifted := make([]Span, len(spans))
	delta, k := 0, 0
	for i, g := range spans {
		for k < len(fixes) && fixes[k].End <= g.Start {
			delta += len(fixes[k].Repaired) - (fixes[k].End - fixes[k].Start)
			k++
		}
		g.Start += delta
		g.End += delta
		shifted[i] = g
	}
	return out, fixes, shifted
}

// analyzeLine returns the repaired s, its fixes and its garbled spans (byte
// offsets into s).
func analyzeLine(s string) (string, []Fix, []Span) {
	if provenClean(s) && !shortWordless(s) {
		return s, nil, nil
	}
	fixes, garbled := analyze(s)
	// The output must be stable (Repair is idempotent). A second pass sees
	// the repaired text as context and may judge a span differently: fixes
	// whose output it would change again are dropped; spans it repairs in
	// text the first pass left alone (debris it garbled, "12堎" next to a
	// repaired sentence) are taken. A few rounds at most.
	for round := 0; len(fixes) > 0; round++ {
		out, spans := applyFixes(s, fixes)
		if provenClean(out) && !shortWordless(out) {
			return out, fixes, garbled
		}
		again, _ := analyze(out)
		if len(again) == 0 {
			return out, fixes, garbled
		}
		if round == 3 {
			break
		}
		kept := fixes[:0:0]
		for i, f := range fixes {
			unstable := false
			for _, g := range again {
				if g.Start < spans[i][1] && spans[i][0] < g.End {
					unstable = true
				}
			}
			if !unstable {
				kept = append(kept, f)
			}
		}
		if len(kept) < len(fixes) {
			fixes = kept
			continue
		}
		// Every new fix lies in text no fix touched: map it back to s.
		for _, g := range again {
			start, end := toInput(fixes, spans, g.Start), toInput(fixes, spans, g.End)
			kept = append(kept, Fix{Start: start, End: end, Original: s[start:end], Repaired: g.Repaired, Chain: g.Chain})
		}
		slices.SortFunc(kept, func(x, y Fix) int { return x.Start - y.Start })
		fixes = kept
		garbled = subtractFixes(s, garbled, fixes)
	}
	return s, nil, garbled
}

// toInput maps an offset of the repaired text outside every fix's output
// back to s.
func toInput(fixes []Fix, spans [][2]int, at int) int {
	delta := 0
	for i, f := range fixes {
		if spans[i][1] > at {
			break
		}
		delta = spans[i][1] - f.End
	}
	return at - delta
}

// subtractFixes removes from garbled what fixes (offsets into s) cover.
func subtractFixes(s string, garbled []Span, fixes []Fix) []Span {
	out := garbled[:0:0]
	for _, g := range garbled {
		pieces := [][2]int{{g.Start, g.End}}
		for _, f := range fixes {
			var next [][2]int
			for _, p := range pieces {
				if f.End <= p[0] || p[1] <= f.Start {
					next = append(next, p)
					continue
				}
				if p[0] < f.Start {
					next = append(next, [2]int{p[0], f.Start})
				}
				if f.End < p[1] {
					next = append(next, [2]int{f.End, p[1]})
				}
			}
			pieces = next
		}
		for _, p := range pieces {
			out = append(out, Span{Start: p[0], End: p[1], Text: s[p[0]:p[1]], Reason: g.Reason, Guess: g.Guess})
		}
	}
	return out
}

// applyFixes writes s with fixes applied and returns each fix's span in
// the output.
func applyFixes(s string, fixes []Fix) (string, [][2]int) {
	var sb strings.Builder
	sb.Grow(len(s))
	spans := make([][2]int, len(fixes))
	last := 0
	for i, f := range fixes {
		sb.WriteString(s[last:f.Start])
		spans[i][0] = sb.Len()
		sb.WriteString(f.Repaired)
		spans[i][1] = sb.Len()
		last = f.End
	}
	sb.WriteString(s[last:])
	return sb.String(), spans
}

// provenClean is the fast path: true when every rune of s belongs to a class
// that mojibake repair never needs to look at (ASCII, common characters of
// GB2312 or Big5 level 1, punctuation). It does no decoding tries. Its blind
// spot, mojibake made only of common characters (謗跺樓辦 for 两个加快 read
// as Big5), is covered for short text by shortWordless; inside a long clean
// line such a clause still passes.
func provenClean(s string) bool {
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == 0x7F {
				return false
			}
			if c == '?' && (strings.HasPrefix(s[i+1:], "！") || strings.HasPrefix(s[i+1:], " ！")) {
				return false // see shiftedQuote
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r >= 0x10000 || !runeClasses[r].isClean() {
			return false
		}
		i += size
	}
	return true
}

// cleanBesidesLoss is provenClean for text that may hold U+FFFD.
func cleanBesidesLoss(s string) bool {
	for s != "" {
		i := strings.Index(s, "\uFFFD")
		if i < 0 {
			return provenClean(s)
		}
		if !provenClean(s[:i]) {
			return false
		}
		s = s[i+len("\uFFFD"):]
	}
	return true
}

// analysis collects fixes and garbled spans for one string.
type analysis struct {
	s       string
	fixes   []Fix
	garbled []Span
	pending []Span // short fragments next to U+FFFD, see region
	suspect []Span // short rare-character clauses, see maybeGarbled
	depth   int    // nesting of settled checks
}

// settled reports whether a repair's output is left alone by Repair: a
// repair found inside a line, or between losses, may be one layer of a
// deeper chain whose next layer decodes only in parts (seed 003's
// 闂傚倸鍊搁崐…); taking it would make Repair non-idempotent.
func (a *analysis) settled(text string) bool {
	if a.depth >= maxSettleDepth || provenClean(text) && !shortWordless(text) {
		return true
	}
	fixes, _ := analyzeAt(text, a.depth+1)
	return len(fixes) == 0
}

// segments handles the whitespace-separated segments of s[from:to].
func (a *analysis) segments(from, to int) {
	s := a.s[:to]
	for start := from; start < len(s); {
		end := segmentEnd(s, start)
		if end > start {
			a.segment(start, end)
			start = end
		}
		// skip the separator run
		for start < len(s) {
			r, size := utf8.DecodeRuneInString(s[start:])
			if !isSeparator(r) {
				break
			}
			start += size
		}
	}
}

func analyze(s string) ([]Fix, []Span) {
	return analyzeAt(s, 0)
}

// maxSettleDepth bounds the nested analyses of settled.
const maxSettleDepth = 2

// analyzeAt is analyze nested depth levels deep in settled checks.
func analyzeAt(s string, depth int) ([]Fix, []Span) {
	a := analysis{s: s, depth: depth}
	// GBK read one byte late around 。” is found first: it spans a space.
	done := 0
	for search := 0; ; {
		i := strings.IndexByte(s[search:], '?')
		if i < 0 {
			break
		}
		i += search
		end, repaired, gEnd, ok := shiftedQuote(s, i)
		if !ok {
			search = i + 1
			continue
		}
		a.segments(done, i)
		a.fixes = append(a.fixes, Fix{Start: i, End: end, Original: s[i:end], Repaired: repaired, Chain: chainShifted})
		if end < gEnd {
			a.addGarbled(end, gEnd, reasonShifted)
			a.garbled[len(a.garbled)-1].Guess = swallowedQuote(s[:i])
		}
		done, search = gEnd, gEnd
	}
	a.segments(done, len(s))
	if len(a.fixes) > 0 {
		a.contextPass()
		a.bridgeFixes()
	}
	a.absorbOddPunct()
	for i := range a.garbled {
		if a.garbled[i].Reason == reasonLossy {
			a.garbled[i].Reason = lossyKind(a.garbled[i].Text)
		}
	}
	return a.fixes, a.garbled
}

// Context thresholds: in a line that already had a repair, a short span
// left over may take the same chain on weaker evidence.
const (
	contextAtLeast      = 2.5
	contextMargin       = 0.5
	contextDebrisMargin = 3.0
)

// contextPass retries the segments a line's repairs left alone with the
// chains those repairs used: "夹爹" alone is two plausible characters, but
// next to a Big5-read-as-GBK sentence it is 標註.
func (a *analysis) contextPass() {
	chains := map[string]bool{}
	for _, f := range a.fixes {
		chains[f.Chain] = true
	}
	taken := func(start, end int) bool {
		for _, f := range a.fixes {
			if f.Start < end && start < f.End {
				return true
			}
		}
		for _, g := range a.garbled {
			if g.Start < end && start < g.End {
				return true
			}
		}
		return false
	}
	added := false
	for start := 0; start < len(a.s); {
		end := segmentEnd(a.s, start)
		for i := start; i < end; {
			r, size := utf8.DecodeRuneInString(a.s[i:end])
			if r < utf8.RuneSelf {
				i += size
				continue
			}
			j := i + size
			for j < end {
				r, size := utf8.DecodeRuneInString(a.s[j:end])
				if r < utf8.RuneSelf {
					break
				}
				j += size
			}
			if !taken(i, j) {
				if c, ok := contextRepair(a.s[i:j], chains); ok {
					a.fixes = append(a.fixes, Fix{Start: i, End: j, Original: a.s[i:j], Repaired: c.text, Chain: chainName(c.layers)})
					added = true
					i = j
					continue
				}
			}
			// Clause by clause: mojibake that ends a clause ("4\ue5ee。" of
			// 4人。) shares its run with the clean text after the 。.
			forPieces(a.s, i, j, isCommonPunct, func(k, e int) {
				if (k > i || e < j) && !taken(k, e) && !provenClean(a.s[k:e]) {
					if c, ok := contextRepair(a.s[k:e], chains); ok {
						a.fixes = append(a.fixes, Fix{Start: k, End: e, Original: a.s[k:e], Repaired: c.text, Chain: chainName(c.layers)})
						added = true
					}
				}
			})
			i = j
		}
		start = end
		for start < len(a.s) {
			r, size := utf8.DecodeRuneInString(a.s[start:])
			if !isSeparator(r) {
				break
			}
			start += size
		}
	}
	if added {
		slices.SortFunc(a.fixes, func(x, y Fix) int { return x.Start - y.Start })
	}
}

// contextRepair undoes span with one of the given chains (single layers)
// if the result is plausible and clearly better, or turns private-use
// debris into punctuation (Big5 "…" read as GBK is U+E4D1). The fast path
// is skipped: "夹爹" is clean on its own but 標註 next to Big5 read as GBK.
func contextRepair(span string, chains map[string]bool) (candidate, bool) {
	if strings.ContainsRune(span, utf8.RuneError) {
		return candidate{}, false
	}
	orig := plausibility(span)
	latin1 := allBelow(span, 0x100)
	var sc scratch
	for _, m := range misreadings {
		name := m.name(latin1)
		if !chains[name] {
			continue
		}
		out, ok := m.undo(span, &sc)
		if !ok {
			continue
		}
		c := candidate{text: out, layers: []string{name}, score: plausibility(out), strong: m.strong()}
		debris := orig < 0 && acceptable(orig, c, 1, contextDebrisMargin) || oddToCommonPunct(span, c.text)
		if !debris && !acceptable(orig, c, contextAtLeast, contextMargin) || !keepsASCII(span, c.text) || interleaved(c.text) {
			continue
		}
		if _, again := tryRepairOnce(c.text); again {
			continue
		}
		return c, true
	}
	return candidate{}, false
}

// oddToCommonPunct: a lone odd mark ("＃", GBK "…" read as Big5) that
// undoes to the punctuation of running text.
func oddToCommonPunct(span, repaired string) bool {
	r, n := utf8.DecodeRuneInString(span)
	q, m := utf8.DecodeRuneInString(repaired)
	return n == len(span) && m == len(repaired) && oddPunct(r) && strings.ContainsRune(commonPunct, q)
}

// commonPunct is the punctuation of running Chinese text. Other marks
// classed as punctuation (full-width letters, ℃, ″, ＄) next to a garbled
// span are debris of the same mojibake.
const commonPunct = "，。、；：？！“”‘’（）《》〈〉「」『』【】—…·－～　"

func oddPunct(r rune) bool {
	return r >= utf8.RuneSelf && classOf(r) == classPunct && !strings.ContainsRune(commonPunct, r)
}

// absorbOddPunct extends garbled spans over adjacent odd punctuation.
func (a *analysis) absorbOddPunct() {
	if len(a.garbled) == 0 {
		return
	}
	inFix := func(i int) bool {
		for _, f := range a.fixes {
			if f.Start <= i && i < f.End {
				return true
			}
		}
		return false
	}
	changed := false
	for k := range a.garbled {
		g := &a.garbled[k]
		for g.End < len(a.s) {
			r, size := utf8.DecodeRuneInString(a.s[g.End:])
			if !oddPunct(r) || inFix(g.End) {
				break
			}
			g.End += size
			changed = true
		}
		for g.Start > 0 {
			r, size := utf8.DecodeLastRuneInString(a.s[:g.Start])
			if !oddPunct(r) || inFix(g.Start-size) {
				break
			}
			g.Start -= size
			changed = true
		}
		g.Text = a.s[g.Start:g.End]
	}
	if changed {
		a.garbled = mergeSpans(a.s, a.garbled)
	}
}

// isSeparator: whitespace is never part of a mojibake span, since every
// misreading keeps ASCII bytes as they are.
func isSeparator(r rune) bool {
	return r == ' ' || r == '\t' || r == '\n' || r == '\r' || r == '\u3000'
}

func segmentEnd(s string, start int) int {
	i := start
	for i < len(s) {
		r, size := utf8.DecodeRuneInString(s[i:])
		if isSeparator(r) {
			break
		}
		i += size
	}
	return i
}

// tryRepair returns the best chain for span if it is acceptable. Strong
// chains (see candidate) are tried on any span the fast path cannot prove
// clean; weak ones only on spans that already look implausible.
func tryRepair(span string) (candidate, bool) {
	c, ok := tryRepairOnce(span)
	if !ok {
		return c, false
	}
	// A result that could be repaired once more is a partial undo of a
	// deeper chain; taking it would make Repair non-idempotent.
	if _, again := tryRepairOnce(c.text); again {
		return candidate{}, false
	}
	return c, true
}

func tryRepairOnce(span string) (candidate, bool) {
	orig := plausibility(span)
	if provenClean(span) || orig >= tryBelow {
		if !shortWordless(span) {
			return candidate{}, false
		}
		// Plausible characters but no words: only common words decide
		// ("棣欐腐" is 香港 read as GBK).
		strong, weak := bestSingleUndo(span)
		if strong.layers != nil && hanSpan(span) && acceptable(orig, strong, acceptAtLeast, 0) &&
			keepsASCII(span, strong.text) && !interleaved(strong.text) && wordsFavor(span, strong.text) {
			return strong, true
		}
		if wordsRepair(span, orig, weak) {
			return weak, true
		}
		return candidate{}, false
	}
	strong, weak := bestUndo(span)
	if strong.layers != nil && acceptable(orig, strong, strongAtLeast, strongMargin) && !interleaved(strong.text) && keepsASCII(span, strong.text) {
		if n := runeCount(strong.text); n >= 2 || n == 1 && orig < 0 {
			return strong, true
		}
	}
	if weak.layers != nil && (breaksPunct(span, weak.text) || losesWords(span, weak.text)) {
		return candidate{}, false
	}
	if weak.layers != nil && !foreignScript(span) && acceptable(orig, weak, acceptAtLeast, acceptMargin) && !interleaved(weak.text) && keepsASCII(span, weak.text) {
		n := runeCount(weak.text)
		gain := weak.score - orig
		switch {
		case n >= weakMinRunes,
			n == weakMinRunes-1 && gain >= shortMargin,
			n == 2 && orig < shortBelow && gain >= shortMargin:
			return weak, true
		}
	}
	// A short span the class scores cannot decide: common words can.
	if wordsRepair(span, orig, weak) {
		return weak, true
	}
	if debrisRepair(span, orig, weak) {
		return weak, true
	}
	return candidate{}, false
}

// debrisRepair accepts a GBK↔Big5 repair of a span with a private-use
// character next to an ideograph ("竤\ue619舼幔" is 群山疊嶂 read as GBK):
// Chinese text does not put icon-font glyphs inside words, and the repair
// must read well and gain much.
func debrisRepair(span string, orig float64, weak candidate) bool {
	if weak.layers == nil || orig >= 0 || runeCount(weak.text) < 2 || !hanSpan(span) || foreignScript(span) ||
		!acceptable(orig, weak, wordsAtLeast, contextDebrisMargin) || interleaved(weak.text) || !keepsASCII(span, weak.text) {
		return false
	}
	prev := rune(0)
	for _, r := range span {
		if isIdeograph(prev) && classOf(r) == classPrivateUse || isIdeograph(r) && classOf(prev) == classPrivateUse {
			return true
		}
		prev = r
	}
	return false
}

// wordsRepair accepts a GBK↔Big5 repair of a short span on the evidence of
// common bigrams: the repair is all known words, the span none, and the
// repair's characters are at least as plausible.
func wordsRepair(span string, orig float64, weak candidate) bool {
	return weak.layers != nil && runeCount(weak.text) <= shortWordsMax &&
		acceptable(orig, weak, wordsAtLeast, 0) && !interleaved(weak.text) && keepsASCII(span, weak.text) &&
		hanSpan(span) && wordsFavor(span, weak.text) && (!foreignScript(span) || allKnown(weak.text))
}

// foreignScript reports text in another script that GBK↔Big5 misreadings
// would turn into plausible-looking ideographs: an accented letter next to
// another letter (French, pinyin), or Japanese or Russian — kana, Cyrillic
// or Greek letters in a row, or a hiragana particle — while the ideographs
// around them are common. Big5 read as GBK also yields kana and Cyrillic,
// but mostly single and amid rare ideographs and private-use characters.
func foreignScript(s string) bool {
	prev := rune(0)
	run, hint := false, false
	for _, r := range s {
		switch {
		case isAccented(r) && (isASCIILetter(prev) || isAccented(prev)),
			isASCIILetter(r) && isAccented(prev):
			return true
		case isKana(r) && isKana(prev), isCyrillic(r) && isCyrillic(prev), isGreek(r) && isGreek(prev):
			run = true
		case strings.ContainsRune(hiraganaParticles, r):
			hint = true
		}
		prev = r
	}
	// In a span of two or three characters any kana is a hint.
	if !run && !hint && runeCount(s) <= 3 && strings.ContainsFunc(s, isKana) {
		hint = true
	}
	if !run && !hint {
		return false
	}
	sum, n := 0, 0
	for _, r := range s {
		if !isIdeograph(r) && classOf(r) != classPrivateUse {
			continue
		}
		sum += int(classWeight[classOf(r)])
		n++
	}
	if n == 0 {
		return run // "ストレッタ" is Japanese; "12る20ら" is Big5 read as GBK
	}
	return float64(sum) >= foreignAbove*float64(n)
}

// hiraganaParticles are the kana that Japanese puts between kanji.
const hiraganaParticles = "のはがをにでともへや"

// interleaved reports a repair that puts a lone ideograph inside a word of
// ASCII letters ("M閤ico" from "México"): real Chinese text does not (a
// lone letter between ideographs, as in 在A股上市, is fine).
func interleaved(s string) bool {
	var p2, p1 rune
	for _, r := range s {
		if isASCIILetter(r) && isASCIILetter(p2) && isIdeograph(p1) {
			return true
		}
		p2, p1 = p1, r
	}
	return false
}

// keepsASCII: a repair must keep every ASCII letter and digit that stands
// next to other ASCII or at an edge. Only Latin-1 readings can swallow one
// (as the trail byte of a double-byte character): when it is part of a word
// like "México" or "60°C" that was no mojibake, but a lone letter between
// two Latin-1 runes ("²tÍ" from 瞭望, GBK B274 CDFB) is a trail byte.
func keepsASCII(orig, repaired string) bool {
	return asciiAlnum(repaired) >= asciiAlnum(orig)-loneASCII(orig)
}

// loneASCII counts ASCII letters and digits with a non-ASCII rune on both
// sides.
func loneASCII(s string) int {
	n := 0
	for i := 1; i+1 < len(s); i++ {
		if c := s[i]; (c >= '0' && c <= '9' || c|0x20 >= 'a' && c|0x20 <= 'z') && s[i-1] >= utf8.RuneSelf && s[i+1] >= utf8.RuneSelf {
			n++
		}
	}
	return n
}

func asciiAlnum(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= '0' && c <= '9' || c|0x20 >= 'a' && c|0x20 <= 'z' {
			n++
		}
	}
	return n
}

func isKana(r rune) bool        { return r >= 0x3041 && r <= 0x30FF }
func isCyrillic(r rune) bool    { return r >= 0x0400 && r <= 0x04FF }
func isGreek(r rune) bool       { return r >= 0x0370 && r <= 0x03FF }
func isASCIILetter(r rune) bool { return r|0x20 >= 'a' && r|0x20 <= 'z' }
func isAccented(r rune) bool {
	return r >= 0xC0 && r <= 0x2AF && r != 0xD7 && r != 0xF7 // Latin-1, Latin extended, IPA
}
func isIdeograph(r rune) bool {
	switch classOf(r) {
	case classCJKFrequent, classCJKBoth, classCJKCommon, classCJKLevel2, classCJKRare, classCJKExt:
		return true
	}
	return false
}

func runeCount(s string) int {
	n := 0
	for _, r := range s {
		if r >= utf8.RuneSelf {
			n++
		}
	}
	return n
}

func acceptable(orig float64, c candidate, atLeast, margin float64) bool {
	if c.score < atLeast || c.score-orig < margin {
		return false
	}
	n := 0
	for _, r := range c.text {
		if r >= utf8.RuneSelf {
			n++
		}
		switch classOf(r) {
		case classControl, classPrivateUse, classReplacement:
			return false
		}
	}
	return n >= 1
}

// Split levels: a segment (no whitespace) is tried whole, then split at
// ASCII, then at ASCII and punctuation (clauses). Mixed paragraphs have
// clean clauses between the damaged ones; punctuation is the last resort
// because mojibake may contain some (，is 0xA3AC in GBK).
const (
	levelSegment = iota
	levelASCII
	levelClause
)

// segment handles one whitespace-free run s[start:end].
func (a *analysis) segment(start, end int) {
	fixes, garbled := len(a.fixes), len(a.garbled)
	a.pending, a.suspect = a.pending[:0], a.suspect[:0]
	a.region(start, end, levelSegment, false, false)
	// Fragments of common characters go only when the segment proved to be
	// mojibake (a repair) or is mostly U+FFFD; short rare clauses also when
	// it has any garbage.
	add := a.suspect[:0:0]
	if len(a.fixes) > fixes || mostlyReplacement(a.s[start:end]) {
		add = append(add, a.pending...)
	}
	if len(a.fixes) > fixes || len(a.garbled) > garbled {
		add = append(add, a.suspect...)
	}
	if len(add) > 0 {
		a.garbled = mergeSpans(a.s, append(a.garbled, add...))
	}
}

// mostlyReplacement: at least 30% of the non-ASCII runes are U+FFFD, so
// the few characters left between them are no text worth keeping.
func mostlyReplacement(s string) bool {
	bad, n := 0, 0
	for _, r := range s {
		if r >= utf8.RuneSelf {
			n++
			if r == utf8.RuneError {
				bad++
			}
		}
	}
	return bad > 0 && 10*bad >= 3*n
}

// mergeSpans orders spans by start and merges touching ones.
func mergeSpans(s string, spans []Span) []Span {
	slices.SortFunc(spans, func(x, y Span) int { return x.Start - y.Start })
	out := spans[:0]
	for _, sp := range spans {
		if n := len(out); n > 0 && out[n-1].End >= sp.Start {
			last := &out[n-1]
			last.End = max(last.End, sp.End)
			last.Text = s[last.Start:last.End]
			if sp.Reason != reasonReplacement {
				last.Reason = sp.Reason
			}
			continue
		}
		out = append(out, sp)
	}
	return out
}

// region handles s[start:end] at a split level. nearL and nearR tell that
// a U+FFFD run touches it on that side: the characters there may be halves
// of a lost character, so up to two runes may be trimmed and dropped.
func (a *analysis) region(start, end, level int, nearL, nearR bool) {
	text := a.s[start:end]
	hasLoss := strings.ContainsRune(text, utf8.RuneError)
	near := nearL || nearR
	if !hasLoss && !near && provenClean(text) && !shortWordless(text) {
		return
	}
	// Lossy mojibake is undone byte by byte (lossy.go); clean text with a
	// stray U+FFFD has nothing to undo.
	triedLossy := (hasLoss || near || strings.Contains(text, "锟") || strings.Contains(text, "拷")) && !cleanBesidesLoss(text)
	if triedLossy && a.lossyUndo(start, end, nearL, nearR) {
		return
	}
	if hasLoss {
		a.lossy(start, end, level)
		return
	}
	// The byte-level undo has tried every edge of a span next to a loss;
	// the rune-level trims are left for the spans it did not try.
	trim := !triedLossy
	if ps, pe, c, ok := a.findRepair(start, end, nearL && trim, nearR && trim); ok {
		a.addGarbled(start, ps, reasonLossy)
		a.addFix(ps, pe, c)
		a.addGarbled(pe, end, reasonLossy)
		return
	}
	if level == levelASCII && !near {
		// GBK read a byte off spans punctuation (Ｖ, ！), so it is judged
		// before the split into clauses.
		if guess, ok := shiftedGuess(text); ok {
			a.addGarbled(start, end, reasonShifted)
			a.garbled[len(a.garbled)-1].Guess = guess
			return
		}
	}
	if level == levelSegment && !near {
		if fixes := a.embeddedRepairs(start, end); len(fixes) > 0 {
			from := start
			for _, f := range fixes {
				a.split(from, f.start, levelASCII)
				a.addFix(f.start, f.end, f.c)
				from = f.end
			}
			a.split(from, end, levelASCII)
			return
		}
	}
	if level < levelClause {
		a.splitNear(start, end, level+1, nearL, nearR)
		return
	}
	// A short or implausible fragment next to U+FFFD is what is left of a
	// lossy decode; elsewhere only clear mojibake is reported. A short
	// fragment of common characters is dropped only when its segment turns
	// out to be mojibake (something in it was repaired or garbled).
	if near && !provenClean(text) && (runeCount(text) <= 3 || plausibility(text) < tryBelow) {
		a.addGarbled(start, end, reasonLossy)
		return
	}
	if near && runeCount(text) <= 3 {
		a.pending = append(a.pending, Span{Start: start, End: end, Text: text, Reason: reasonLossy})
		return
	}
	a.maybeGarbled(start, end)
}

// split handles s[start:end] piece by piece at the given level.
func (a *analysis) split(start, end, level int) {
	a.splitNear(start, end, level, false, false)
}

// splitNear is split for a span with U+FFFD next to it on the sides given.
func (a *analysis) splitNear(start, end, level int, nearL, nearR bool) {
	forPieces(a.s, start, end, func(r rune) bool { return splitsAt(r, level) }, func(i, j int) {
		a.region(i, j, level, nearL && i == start, nearR && j == end)
	})
}

// forPieces calls fn for each maximal piece of s[start:end] between runes
// that sep accepts.
func forPieces(s string, start, end int, sep func(rune) bool, fn func(i, j int)) {
	for i := start; i < end; {
		r, size := utf8.DecodeRuneInString(s[i:end])
		if sep(r) {
			i += size
			continue
		}
		j := i + size
		for j < end {
			r, size := utf8.DecodeRuneInString(s[j:end])
			if sep(r) {
				break
			}
			j += size
		}
		fn(i, j)
		i = j
	}
}

func isCommonPunct(r rune) bool { return strings.ContainsRune(commonPunct, r) }

// splitsAt reports whether r separates pieces at the given level.
func splitsAt(r rune, level int) bool {
	if level == levelASCII {
		return r < utf8.RuneSelf
	}
	return isAnchor(r)
}

// isAnchor: ASCII and clean punctuation split a segment into clauses.
func isAnchor(r rune) bool {
	return r < utf8.RuneSelf || (r < 0x10000 && runeClasses[r] == classPunct)
}

// lossy handles a region with U+FFFD: the runs are garbled, the parts
// between them are handled as regions next to a lost character.
func (a *analysis) lossy(start, end, level int) {
	for i := start; i < end; {
		j := i
		for j < end {
			r, size := utf8.DecodeRuneInString(a.s[j:end])
			if r != utf8.RuneError {
				break
			}
			j += size
		}
		a.addGarbled(i, j, reasonReplacement)
		k := j
		for k < end {
			r, size := utf8.DecodeRuneInString(a.s[k:end])
			if r == utf8.RuneError {
				break
			}
			k += size
		}
		if j < k {
			a.region(j, k, level, j > i, k < end)
		}
		i = k
	}
}

// findRepair tries s[start:end], then, on the sides next to U+FFFD, with
// up to two runes trimmed. It returns the span to fix.
func (a *analysis) findRepair(start, end int, trimL, trimR bool) (int, int, candidate, bool) {
	maxL, maxR := 0, 0
	if trimL {
		maxL = 2
	}
	if trimR {
		maxR = 2
	}
	for l := 0; l <= maxL; l++ {
		for r := 0; r <= maxR; r++ {
			ps := advanceRunes(a.s, start, end, l)
			pe := retreatRunes(a.s, ps, end, r)
			if pe <= ps || (l+r > 0 && pe-ps < 4) {
				continue
			}
			if c, ok := tryRepair(a.s[ps:pe]); ok && a.settled(c.text) {
				return ps, pe, c, true
			}
		}
	}
	return start, end, candidate{}, false
}

func advanceRunes(s string, i, limit, n int) int {
	for ; n > 0 && i < limit; n-- {
		_, size := utf8.DecodeRuneInString(s[i:limit])
		i += size
	}
	return i
}

func retreatRunes(s string, limit, i, n int) int {
	for ; n > 0 && i > limit; n-- {
		_, size := utf8.DecodeLastRuneInString(s[limit:i])
		i -= size
	}
	return i
}

// maybeGarbled marks an unrepairable clause as garbled when it is clearly
// mojibake: long enough and scoring far below Chinese text.
func (a *analysis) maybeGarbled(start, end int) {
	p := a.s[start:end]
	if strings.Contains(p, kunjinkao) && garbledReason(strings.ReplaceAll(p, kunjinkao, ""), garbledNearRunes) == "" {
		// Only the 锟斤拷 runs are garbage; the rest of the clause is text.
		for i := 0; i < len(p); {
			j := strings.Index(p[i:], kunjinkao)
			if j < 0 {
				break
			}
			k := i + j
			e := k
			for strings.HasPrefix(p[e:], kunjinkao) {
				e += len(kunjinkao)
			}
			a.addGarbled(start+k, start+e, reasonKunjinkao)
			i = e
		}
		return
	}
	if reason := garbledReason(p, garbledMinRunes); reason != "" {
		a.addGarbled(start, end, reason)
		return
	}
	if reason := garbledReason(p, garbledNearRunes); reason != "" {
		a.suspect = append(a.suspect, Span{Start: start, End: end, Text: p, Reason: reason})
		return
	}
	if guess, ok := shiftedGuess(p); ok {
		a.addGarbled(start, end, reasonShifted)
		a.garbled[len(a.garbled)-1].Guess = guess
	}
}

func (a *analysis) addFix(start, end int, c candidate) {
	f := Fix{Start: start, End: end, Original: a.s[start:end], Repaired: c.text, Chain: chainName(c.layers)}
	// Merge with the previous fix when only anchors separate two spans
	// repaired by the same chain: one damaged sentence, one fix.
	if n := len(a.fixes); n > 0 {
		prev := &a.fixes[n-1]
		gap := a.s[prev.End:start]
		if prev.Chain == f.Chain && onlyAnchors(gap) && len(a.garbled) == 0 || prev.Chain == f.Chain && onlyAnchors(gap) && a.garbled[len(a.garbled)-1].End <= prev.Start {
			// An odd mark between the two is part of the mojibake.
			if m, ok := doubleByteLayer(f.Chain); ok {
				if rep, ok := markReading(m, gap); ok {
					gap = rep
				}
			}
			prev.Repaired += gap + f.Repaired
			prev.End = end
			prev.Original = a.s[prev.Start:end]
			return
		}
	}
	a.fixes = append(a.fixes, f)
}

func onlyAnchors(s string) bool {
	for _, r := range s {
		if !isAnchor(r) {
			return false
		}
	}
	return true
}

func (a *analysis) addGarbled(start, end int, reason string) {
	if start >= end {
		return
	}
	if n := len(a.garbled); n > 0 && a.garbled[n-1].End == start {
		g := &a.garbled[n-1]
		g.End = end
		g.Text = a.s[g.Start:end]
		if g.Reason != reason && reason != reasonReplacement {
			g.Reason = reason
		}
		return
	}
	a.garbled = append(a.garbled, Span{Start: start, End: end, Text: a.s[start:end], Reason: reason})
}
