package encoding

import (
	"bytes"
	"math"
	"unicode/utf8"
)

// Charset names Detect returns.
const (
	UTF8        = "UTF-8"
	UTF16LE     = "UTF-16LE"
	UTF16BE     = "UTF-16BE"
	GB18030     = "GB18030" // covers GB2312 and GBK
	Big5        = "Big5"
	Windows1252 = "windows-1252"
)

// detectSample bounds the bytes whose statistics Detect weighs: 16 KiB is
// thousands of characters, far more than the model needs (30 bytes already
// decide the samples in testdata), and keeps Detect fast on long documents.
// UTF-8 validity is still checked over the whole input.
const detectSample = 16 << 10

// maxUTF16UnitCost is the most a UTF-16 reading without a BOM may cost per
// code unit on average, in bits.
const maxUTF16UnitCost = 16

// hopeless is how far, in bits, a reading may fall behind the best one
// before it is abandoned: 2^-64 is no chance at all.
const hopeless = 64

var boms = []struct {
	bom     []byte
	charset string
}{
	{[]byte{0xEF, 0xBB, 0xBF}, UTF8},
	{[]byte{0xFF, 0xFE}, UTF16LE},
	{[]byte{0xFE, 0xFF}, UTF16BE},
	{[]byte{0x84, 0x31, 0x95, 0x33}, GB18030},
}

// bomOf returns the charset b's byte-order mark announces and the mark's
// length, or "" and 0.
func bomOf(b []byte) (string, int) {
	for _, m := range boms {
		if bytes.HasPrefix(b, m.bom) {
			return m.charset, len(m.bom)
		}
	}
	return "", 0
}

// Detect guesses the charset of b: a byte-order mark decides; otherwise each
// charset reads the bytes and a unigram model of Chinese (and Western
// European) text prices what it reads, in bits. The cheapest reading wins;
// Confidence is its posterior probability against the others. Charset is
// one of UTF-8, UTF-16LE, UTF-16BE, GB18030 (covering GB2312 and GBK), Big5
// and windows-1252. Bytes without any high bit or NUL (ASCII) are UTF-8.
// Empty input is UTF-8 with Confidence 0.
//
// Short inputs are fine (10 bytes of Chinese are usually enough), and a
// character cut at either end counts as evidence, not as an error. Only the
// first 16 KiB are scored, except that a UTF-8 guess must hold for all of b.
func Detect(b []byte) Detection {
	if cs, _ := bomOf(b); cs != "" {
		return Detection{Charset: cs, Confidence: 1}
	}
	if len(b) == 0 {
		return Detection{Charset: UTF8}
	}
	m := loadModel()
	sample := b
	if len(sample) > detectSample {
		sample = sample[:detectSample]
	}
	d := detectIn(m, sample, true)
	if d.Charset == UTF8 && len(b) > len(sample) && !utf8.Valid(b) {
		d = detectIn(m, b, false)
	}
	return d
}

// detectIn scores every reading of b and returns the cheapest.
func detectIn(m *detectModel, b []byte, utf8OK bool) Detection {
	ascii, nul := true, false
	for _, c := range b {
		if c >= 0x80 {
			ascii = false
		} else if c == 0 {
			nul = true
		}
	}
	var live [numReadings]bool
	live[readUTF8] = utf8OK || ascii
	// Without high bytes the ASCII-compatible charsets all read the same.
	live[readGB18030], live[readBig5], live[readLatin] = !ascii, !ascii, !ascii
	utf16 := len(b) >= 2 && (nul || !ascii || len(b) < 64)
	live[readUTF16LE], live[readUTF16BE] = utf16, utf16

	// Score growing prefixes so that readings far behind on the first KiB
	// are not carried through the whole sample.
	var costs [numReadings]int
	for n := min(len(b), 1<<10); ; n = min(len(b), 4*n) {
		best := math.MaxInt
		for r := range costs {
			costs[r] = math.MaxInt
			if live[r] {
				costs[r] = scoreReading(m, r, b[:n], min(best, math.MaxInt-hopeless)+hopeless)
				best = min(best, costs[r])
			}
		}
		for r, c := range costs {
			live[r] = live[r] && c-best < hopeless
		}
		if n == len(b) {
			break
		}
	}
	win := readUTF8
	for r, c := range costs {
		if live[r] && (!live[win] || c < costs[win]) {
			win = r
		}
	}
	// Posterior of the winner: 1 / Σ 2^-(cost_r - cost_win).
	sum := 0.0
	for r, c := range costs {
		if live[r] {
			sum += math.Exp2(-float64(c - costs[win]))
		}
	}
	if !live[win] { // no reading at all: only possible for tiny inputs
		return Detection{Charset: UTF8}
	}
	return Detection{Charset: readingNames[win], Confidence: 1 / sum}
}

// The readings Detect weighs, in order of preference on a tie.
const (
	readUTF8 = iota
	readGB18030
	readBig5
	readLatin
	readUTF16LE
	readUTF16BE
	numReadings
)

var readingNames = [numReadings]string{UTF8, GB18030, Big5, Windows1252, UTF16LE, UTF16BE}

// scoreReading is the cost of b in reading r plus r's prior, or more than
// bound if that is all it is worth knowing; math.MaxInt rules r out.
func scoreReading(m *detectModel, r int, b []byte, bound int) int {
	switch r {
	case readUTF8:
		return priorUTF8 + scoreUTF8(m, b, bound)
	case readGB18030:
		return priorGB18030 + scoreDBCSAligned(m, true, b, bound)
	case readBig5:
		return priorBig5 + scoreDBCSAligned(m, false, b, bound)
	case readLatin:
		return priorLatin + scoreLatin(m, b, bound)
	}
	bigEndian := r == readUTF16BE
	c := scoreUTF16(m, b, 0, bigEndian, bound)
	c = min(c, costCut+scoreUTF16(m, b, 1, bigEndian, min(c, bound)))
	// Any bytes read as UTF-16 make characters, most of them CJK. Unless
	// NULs (the high bytes of ASCII in UTF-16) make the reading likely,
	// take it only if its characters are about as common as real text's
	// (~11 bits each) rather than random (20+ bits).
	if bytes.IndexByte(b, 0) < 0 && c > maxUTF16UnitCost*(len(b)/2) {
		return math.MaxInt
	}
	if asciiOnly(b) {
		// Real UTF-16 Chinese rarely has no NUL and no high byte at all.
		c += priorUTF16ASCII
	}
	return priorUTF16 + c
}

// asciiOnly reports whether b has no NUL and no high byte.
func asciiOnly(b []byte) bool {
	for _, c := range b {
		if c == 0 || c >= 0x80 {
			return false
		}
	}
	return true
}

// scoreUTF8 prices b read as UTF-8, giving up past bound.
func scoreUTF8(m *detectModel, b []byte, bound int) int {
	cost := 0
	i := 0
	// Continuation bytes at the start: the input begins mid-character.
	for i < len(b) && i < 3 && b[i]&0xC0 == 0x80 {
		i++
	}
	if i > 0 {
		cost += costCut
	}
	for i < len(b) && cost <= bound {
		c := b[i]
		if c < utf8.RuneSelf {
			cost += int(m.char[c])
			i++
			continue
		}
		r, size := utf8.DecodeRune(b[i:])
		switch {
		case r == utf8.RuneError && size <= 1:
			if !utf8.FullRune(b[i:]) {
				return cost + costCut // cut at the end
			}
			cost += costInvalid
			size = 1
		case r >= 0x10000:
			cost += costSupplementary
		default:
			cost += int(m.char[r])
		}
		i += size
	}
	return cost
}

// scoreDBCSAligned is scoreDBCS from the first byte or, if that is a high
// byte, from the second, whichever is cheaper.
func scoreDBCSAligned(m *detectModel, gb bool, b []byte, bound int) int {
	c := scoreDBCS(m, gb, b, 0, bound)
	if b[0] >= 0x80 {
		c = min(c, costSkip+scoreDBCS(m, gb, b, 1, min(c, bound)))
	}
	return c
}

// scoreDBCS prices b read as GB18030 (gb) or Big5 from offset skip, giving
// up past bound.
func scoreDBCS(m *detectModel, gb bool, b []byte, skip, bound int) int {
	if skip >= len(b) {
		return costInvalid
	}
	table := &m.big5
	if gb {
		table = &m.gb
	}
	cost := 0
	for i := skip; i < len(b) && cost <= bound; {
		c := b[i]
		if c < utf8.RuneSelf {
			cost += int(m.char[c])
			i++
			continue
		}
		if c == 0x80 || c == 0xFF {
			cost += costInvalid
			i++
			continue
		}
		if i+1 >= len(b) {
			return cost + costCut
		}
		t := b[i+1]
		if gb && t >= 0x30 && t <= 0x39 {
			// A four-byte GB18030 sequence.
			if i+3 >= len(b) {
				return cost + costCut
			}
			if b[i+2] >= 0x81 && b[i+2] <= 0xFE && b[i+3] >= 0x30 && b[i+3] <= 0x39 {
				cost += costGB4
				i += 4
			} else {
				cost += costInvalid
				i++
			}
			continue
		}
		if t < 0x40 || t == 0xFF {
			cost += costInvalid
			i++
			continue
		}
		cost += int(table[dbcsIndex(c, t)])
		i += 2
	}
	return cost
}

// scoreLatin prices b read as windows-1252, giving up past bound.
func scoreLatin(m *detectModel, b []byte, bound int) int {
	cost := 0
	for _, c := range b {
		cost += int(m.latin[c])
		if cost > bound {
			break
		}
	}
	return cost
}

// scoreUTF16 prices b read as UTF-16 from offset skip, giving up past bound.
func scoreUTF16(m *detectModel, b []byte, skip int, bigEndian bool, bound int) int {
	cost := 0
	i := skip
	for ; i+1 < len(b) && cost <= bound; i += 2 {
		u := rune(b[i]) | rune(b[i+1])<<8
		if bigEndian {
			u = rune(b[i])<<8 | rune(b[i+1])
		}
		if u >= 0xD800 && u <= 0xDBFF {
			if i+3 >= len(b) {
				return cost + costCut
			}
			v := rune(b[i+2]) | rune(b[i+3])<<8
			if bigEndian {
				v = rune(b[i+2])<<8 | rune(b[i+3])
			}
			if v >= 0xDC00 && v <= 0xDFFF {
				cost += costSupplementary
				i += 2
				continue
			}
		}
		cost += int(m.char[u])
	}
	if i < len(b) {
		cost += costCut
	}
	return cost
}
