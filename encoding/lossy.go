package encoding

import (
	"strings"
	"sync"
	"unicode/utf8"
)

// Lossy mojibake is text decoded with the wrong charset by a decoder that
// replaced what it could not read with U+FFFD. Between the U+FFFD the wrong
// reading kept every byte, so undoing it there restores the text exactly,
// except for the characters at the edges, which lost some of their bytes.
// The undo works on bytes, not runes: a character of the right charset may
// start in the middle of a rune of the wrong one.

// piece is a rune of a (partly) undone reading and the span of the analysed
// string its bytes came from. lostRune marks bytes that make no character.
type piece struct {
	r          rune
	start, end int
}

const lostRune = -1

// lossyByte is a byte of a reading re-encoded with the wrong charset; lost
// bytes stand for characters whose bytes are gone.
type lossyByte struct {
	b          byte
	lost       bool
	start, end int
}

// maxLossyLayers: seed 003's 闂傚倸鍊搁崐… is two layers over a lossy one.
const maxLossyLayers = 3

// lossyCandidate is the best way to undo a lossy span.
type lossyCandidate struct {
	pieces []piece
	layers []string
	text   string  // the restored runes, lost ones left out
	score  float64 // plausibility of the firm text
	debris int     // lone characters next to losses
	strong bool
}

// undoLossy reverses misreading m over in. lostL and lostR tell that bytes
// were lost just outside in, so its edges may be partial characters. It
// fails when a byte sequence away from any loss is invalid in m.right.
func undoLossy(m misreading, in []piece, lostL, lostR bool, buf []lossyByte) ([]piece, []lossyByte, bool) {
	bs := buf[:0]
	var enc [4]byte
	// For UTF-8, a streaming check of the sequence structure rejects most
	// wrong chains at the first bad byte instead of after the whole span.
	var check utf8Check
	check.reset(lostL)
	for _, p := range in {
		if p.r == lostRune || p.r == utf8.RuneError {
			bs = append(bs, lossyByte{lost: true, start: p.start, end: p.end})
			check.reset(true)
			continue
		}
		b, ok := appendRune(enc[:0], m.wrong, p.r)
		if !ok {
			return nil, bs, false
		}
		for _, x := range b {
			if m.right == csUTF8 && !check.next(x) {
				return nil, bs, false
			}
			bs = append(bs, lossyByte{b: x, start: p.start, end: p.end})
		}
	}
	out := make([]piece, 0, len(in))
	for i := 0; i < len(bs); {
		if bs[i].lost {
			out = appendLost(out, bs[i].start, bs[i].end)
			i++
			continue
		}
		j := i
		for j < len(bs) && !bs[j].lost {
			j++
		}
		before := i > 0 || lostL
		after := j < len(bs) || lostR
		var ok bool
		if m.right == csUTF8 {
			out, ok = decodeUTF8Run(out, bs[i:j], before, after)
		} else {
			out, ok = decodeDoubleRun(out, m.right, bs[i:j], before, after)
		}
		if !ok {
			return nil, bs, false
		}
		i = j
	}
	return out, bs, true
}

// firmText is the restored text without lone characters between a loss
// and the next (or the edge of the text): a character of mojibake survives
// next to a loss ("鏈" of 月 read as GBK twice), and one character alone
// does not show which layer it belongs to, so readings are compared
// without them.
func firmText(ps []piece, lostL, lostR bool) string {
	var sb strings.Builder
	for i := 0; i < len(ps); {
		if ps[i].r == lostRune || ps[i].r == utf8.RuneError {
			i++
			continue
		}
		j, n := i, 0
		for j < len(ps) && ps[j].r != lostRune && ps[j].r != utf8.RuneError {
			if ps[j].r >= utf8.RuneSelf {
				n++
			}
			j++
		}
		debris := n == 1 && (i > 0 || lostL || j < len(ps) || lostR)
		for _, p := range ps[i:j] {
			if !debris || p.r < utf8.RuneSelf {
				sb.WriteRune(p.r)
			}
		}
		i = j
	}
	return sb.String()
}

// utf8Check follows the structure of UTF-8 byte by byte: lead bytes and
// the continuation bytes they call for. After a loss up to three stray
// continuation bytes may come first.
type utf8Check struct {
	need, stray int
}

func (c *utf8Check) reset(afterLoss bool) {
	c.need, c.stray = 0, 0
	if afterLoss {
		c.stray = 3
	}
}

func (c *utf8Check) next(x byte) bool {
	cont := x&0xC0 == 0x80
	if c.stray > 0 {
		if cont {
			c.stray--
			return true
		}
		c.stray = 0
	}
	if c.need > 0 {
		c.need--
		return cont
	}
	n := utf8SeqLen(x)
	c.need = n - 1
	return n > 0
}

// appendLost adds a lost span, merged with a lost piece before it.
func appendLost(out []piece, start, end int) []piece {
	if n := len(out); n > 0 && out[n-1].r == lostRune {
		out[n-1].start = min(out[n-1].start, start)
		out[n-1].end = max(out[n-1].end, end)
		return out
	}
	return append(out, piece{r: lostRune, start: start, end: end})
}

func spanOf(bs []lossyByte) (int, int) {
	start, end := bs[0].start, bs[0].end
	for _, b := range bs[1:] {
		start, end = min(start, b.start), max(end, b.end)
	}
	return start, end
}

// decodeUTF8Run decodes a run of bytes with no loss inside. After a loss
// it may start with continuation bytes, before one it may end with an
// incomplete sequence; both are lost. Anything else must be valid.
func decodeUTF8Run(out []piece, bs []lossyByte, lostBefore, lostAfter bool) ([]piece, bool) {
	i, e := 0, len(bs)
	if lostBefore {
		for i < e && i < 3 && bs[i].b&0xC0 == 0x80 {
			i++
		}
	}
	if lostAfter {
		for k := e - 1; k >= 0 && k >= e-3 && k >= i; k-- {
			b := bs[k].b
			if b&0xC0 == 0x80 {
				continue
			}
			if need := utf8SeqLen(b); need > e-k {
				e = k
			}
			break
		}
	}
	if i > 0 {
		ls, le := spanOf(bs[:i])
		out = appendLost(out, ls, le)
	}
	var seq [4]byte
	for k := i; k < e; {
		n := utf8SeqLen(bs[k].b)
		if n == 0 || k+n > e {
			return out, false
		}
		for x := 0; x < n; x++ {
			seq[x] = bs[k+x].b
		}
		r, size := utf8.DecodeRune(seq[:n])
		if size != n || r == utf8.RuneError && n != 3 {
			return out, false
		}
		start, end := spanOf(bs[k : k+n])
		out = append(out, piece{r: r, start: start, end: end})
		k += n
	}
	if e < len(bs) {
		ls, le := spanOf(bs[e:])
		out = appendLost(out, ls, le)
	}
	return out, true
}

// utf8SeqLen is the length of the sequence a lead byte starts, 0 for a
// byte that starts none.
func utf8SeqLen(b byte) int {
	switch {
	case b < 0x80:
		return 1
	case b < 0xC2:
		return 0
	case b < 0xE0:
		return 2
	case b < 0xF0:
		return 3
	case b < 0xF5:
		return 4
	}
	return 0
}

// decodeDoubleRun decodes a run of GBK or Big5 bytes with no loss inside.
// A double-byte charset does not say where characters start: after a loss
// the run is read both from its first byte and from its second, and the
// more plausible reading wins. A byte left over before a loss is lost.
func decodeDoubleRun(out []piece, c charset, bs []lossyByte, lostBefore, lostAfter bool) ([]piece, bool) {
	best, bestScore, found := []piece(nil), 0.0, false
	for skip := 0; skip <= 1; skip++ {
		if skip == 1 && (!lostBefore || len(bs) < 2) {
			break
		}
		var ps []piece
		if skip == 1 {
			ps = appendLost(ps, bs[0].start, bs[0].end)
		}
		ok := true
		var seq [4]byte
		for k := skip; k < len(bs); {
			n := min(4, len(bs)-k)
			for x := 0; x < n; x++ {
				seq[x] = bs[k+x].b
			}
			r, size := decodeRune(c, seq[:n])
			if size == 0 {
				if lostAfter && len(bs)-k < 2 {
					ps = appendLost(ps, bs[k].start, bs[k].end)
					break
				}
				ok = false
				break
			}
			start, end := spanOf(bs[k : k+size])
			ps = append(ps, piece{r: r, start: start, end: end})
			k += size
		}
		if !ok {
			continue
		}
		if sc := readingScore(ps); !found || sc > bestScore {
			best, bestScore, found = ps, sc, true
		}
	}
	if !found {
		return out, false
	}
	for _, p := range best {
		if p.r == lostRune {
			out = appendLost(out, p.start, p.end)
		} else {
			out = append(out, p)
		}
	}
	return out, true
}

// readingScore rates one reading of a run: plausibility, and the share of
// its ideograph pairs that are common words.
func readingScore(ps []piece) float64 {
	var sb strings.Builder
	for _, p := range ps {
		if p.r != lostRune {
			sb.WriteRune(p.r)
		}
	}
	t := sb.String()
	sc := plausibility(t)
	if k, n := bigramCoverage(t); n > 0 {
		sc += float64(k) / float64(n)
	}
	return sc
}

// restoredText joins the runes of ps that were restored.
func restoredText(ps []piece) string {
	var sb strings.Builder
	for _, p := range ps {
		if p.r != lostRune && p.r != utf8.RuneError {
			sb.WriteRune(p.r)
		}
	}
	return sb.String()
}

// lossyScratch holds the buffers of one search: most tries fail while
// encoding, and should allocate nothing.
type lossyScratch struct {
	in    []piece
	bytes []lossyByte
}

var lossyScratchPool = sync.Pool{New: func() any { return new(lossyScratch) }}

// bestLossyUndo searches chains of misreadings by double-byte charsets (the
// ones that lose bytes) and returns the most plausible strong and weak
// readings of s[start:end].
func bestLossyUndo(s string, start, end int, lostL, lostR bool) (strong, weak lossyCandidate) {
	sc := lossyScratchPool.Get().(*lossyScratch)
	defer lossyScratchPool.Put(sc)
	in := sc.in[:0]
	for i := start; i < end; {
		r, size := utf8.DecodeRuneInString(s[i:end])
		in = append(in, piece{r: r, start: i, end: i + size})
		i += size
	}
	sc.in = in
	buf := sc.bytes
	defer func() { sc.bytes = buf[:0] }()
	var walk func(cur []piece, layers []string, isStrong bool)
	walk = func(cur []piece, layers []string, isStrong bool) {
		if len(layers) == maxLossyLayers {
			return
		}
		etenDone := false
		for _, m := range misreadings {
			if m.wrong == csSingle || len(layers) > 0 && inverse(m, layers[0]) {
				continue
			}
			if m.wrong == csBig5 && etenDone {
				etenDone = false
				continue
			}
			var out []piece
			var ok bool
			out, buf, ok = undoLossy(m, cur, lostL, lostR, buf)
			if !ok {
				continue
			}
			etenDone = m.wrong == csBig5ETEN
			text := restoredText(out)
			ls := append([]string{m.name(false)}, layers...)
			firm := firmText(out, lostL, lostR)
			c := lossyCandidate{pieces: out, layers: ls, text: text, score: plausibility(firm), debris: runeCount(text) - runeCount(firm), strong: isStrong && m.strong()}
			best := &weak
			if c.strong {
				best = &strong
			}
			if best.layers == nil || c.score > best.score+1e-9 || c.score > best.score-1e-9 && preferOnTie(c, *best) || deeperReads(c, *best) {
				*best = c
			}
			// Only decodes that are evidence in themselves (UTF-8) lead
			// deeper: a GBK↔Big5 reading of lossy text decodes almost
			// anything, and what it decodes is no base for another layer.
			if c.strong && (!provenClean(text) || lostAny(out)) {
				walk(out, ls, c.strong)
			}
		}
	}
	walk(in, nil, true)
	return strong, weak
}

// preferOnTie breaks a tie in plausibility: a reading that leaves no lone
// characters next to losses (see firmText) beats one that does; then fewer
// layers win.
func preferOnTie(c, best lossyCandidate) bool {
	if c.debris != best.debris {
		return c.debris < best.debris
	}
	return len(c.layers) < len(best.layers)
}

// deeperReads: a deeper layer that restores only a character next to a
// loss ("也" of "娑旂喐妲�", UTF-8 read as GBK twice) beats a shallower
// reading that is no good Chinese ("涔熸"), though neither has firm text to
// compare.
func deeperReads(c, best lossyCandidate) bool {
	return len(c.layers) > len(best.layers) && best.score < acceptAtLeast &&
		plausibility(c.text) >= acceptAtLeast && plausibility(c.text) > plausibility(best.text)+acceptMargin
}

// lossyUndo undoes the lossy mojibake of s[start:end] when a chain restores
// it plausibly: the restored characters become fixes and what was lost is
// reported as garbled. lostL and lostR tell that bytes were lost just
// outside the span.
func (a *analysis) lossyUndo(start, end int, lostL, lostR bool) bool {
	text := a.s[start:end]
	orig := plausibility(strings.ReplaceAll(text, "\uFFFD", ""))
	strong, weak := bestLossyUndo(a.s, start, end, lostL, lostR)
	var c lossyCandidate
	switch {
	case strong.layers != nil && runeCount(strong.text) == 0 && !provenClean(text) && lostAny(strong.pieces) && !a.newASCII(strong.pieces):
		// Nothing but debris of lost characters: all of it is garbled.
		c = strong
	case strong.layers != nil && acceptableText(orig, strong.text, strongAtLeast, strongMargin) && !interleaved(strong.text):
		// One character alone must read as everyday Chinese.
		if runeCount(strong.text) < 2 && plausibility(strong.text) < acceptAtLeast {
			return false
		}
		c = strong
	case weak.layers != nil && !foreignScript(text) && acceptableText(orig, weak.text, acceptAtLeast, acceptMargin) && !interleaved(weak.text):
		if runeCount(weak.text) < weakMinRunes {
			return false
		}
		c = weak
		c.pieces = dropDoubtful(c.pieces)
	default:
		return false
	}
	// A restored run that could be repaired once more is a partial undo of
	// a deeper chain (one layer of seed 003's 闂傚倸鍊搁崐…); taking it would
	// make Repair non-idempotent.
	for _, frag := range fragments(c.pieces) {
		if !a.settled(frag) {
			return false
		}
	}
	a.emitLossy(start, end, c)
	return true
}

// acceptableText is acceptable for a restored text.
func acceptableText(orig float64, text string, atLeast, margin float64) bool {
	return acceptable(orig, candidate{text: text, score: plausibility(text)}, atLeast, margin)
}

// dropDoubtful marks as lost the fragments of a GBK↔Big5 reading that are
// too short or implausible to trust on their own: between two losses a
// character or two of a wrong alignment still decode.
func dropDoubtful(ps []piece) []piece {
	for i := 0; i < len(ps); {
		if ps[i].r == lostRune {
			i++
			continue
		}
		j := i
		for j < len(ps) && ps[j].r != lostRune {
			j++
		}
		var sb strings.Builder
		for _, p := range ps[i:j] {
			sb.WriteRune(p.r)
		}
		frag := sb.String()
		if (i > 0 || j < len(ps)) && (runeCount(frag) < 2 || plausibility(frag) < acceptAtLeast) {
			for k := i; k < j; k++ {
				ps[k].r = lostRune
			}
		}
		i = j
	}
	return ps
}

// emitLossy turns a lossy reading into fixes for the restored runs and
// garbled spans for everything else in s[start:end]. ASCII that the
// misreading kept as it was is left alone.
func (a *analysis) emitLossy(start, end int, c lossyCandidate) {
	done := start // s[start:done] is accounted for
	flushGap := func(to int) {
		if to <= done {
			return
		}
		reason := reasonLossy
		if strings.Trim(a.s[done:to], "\uFFFD") == "" {
			reason = reasonReplacement
		}
		a.addGarbled(done, to, reason)
		done = to
	}
	ps := c.pieces
	for i := 0; i < len(ps); {
		p := ps[i]
		if p.r == lostRune || p.r == utf8.RuneError {
			i++
			continue
		}
		if p.r < utf8.RuneSelf && p.end-p.start == 1 && a.s[p.start] == byte(p.r) && p.start >= done {
			flushGap(p.start)
			done = p.end
			i++
			continue
		}
		// A run of restored runes, up to a loss or kept ASCII.
		j := i
		fs, fe := max(p.start, done), p.end
		var sb strings.Builder
		for j < len(ps) {
			q := ps[j]
			if q.r == lostRune || q.r == utf8.RuneError || q.r < utf8.RuneSelf && q.end-q.start == 1 && a.s[q.start] == byte(q.r) {
				break
			}
			sb.WriteRune(q.r)
			fe = max(fe, q.end)
			j++
		}
		if fs >= fe {
			// Every byte of the run sits in runes the fix before took.
			if n := len(a.fixes); n > 0 && a.fixes[n-1].End == done {
				a.fixes[n-1].Repaired += sb.String()
			}
			i = j
			continue
		}
		flushGap(fs)
		a.addFix(fs, fe, candidate{text: sb.String(), layers: c.layers})
		done = fe
		i = j
	}
	flushGap(end)
}

func lostAny(ps []piece) bool {
	for _, p := range ps {
		if p.r == lostRune || p.r == utf8.RuneError {
			return true
		}
	}
	return false
}

// newASCII reports an ASCII rune restored from non-ASCII: in a reading
// that restores nothing else, a trail byte ("已" is Big5 A4 77, "w" after
// the lost A4) rather than text.
func (a *analysis) newASCII(ps []piece) bool {
	for _, p := range ps {
		if p.r >= 0 && p.r < utf8.RuneSelf && (p.end-p.start != 1 || a.s[p.start] != byte(p.r)) {
			return true
		}
	}
	return false
}

// fragments returns the runs of restored runes between losses.
func fragments(ps []piece) []string {
	var out []string
	var sb strings.Builder
	for _, p := range ps {
		if p.r == lostRune || p.r == utf8.RuneError {
			if sb.Len() > 0 {
				out = append(out, sb.String())
				sb.Reset()
			}
			continue
		}
		sb.WriteRune(p.r)
	}
	if sb.Len() > 0 {
		out = append(out, sb.String())
	}
	return out
}
