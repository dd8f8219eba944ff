package encoding

import (
	"strings"
	"sync"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/traditionalchinese"
	"golang.org/x/text/transform"
)

//go:generate go run ./gendetect

// Costs, in bits (-log2 of a probability), that the detection model charges
// for what the frequency table (detect_tables.go) does not list. Listed
// characters cost 4–18 bits; a character seen once in the table's half a
// million characters would cost about 19.
const (
	costCommonIdeograph = 19 // GB2312 or Big5 level 1, not listed
	costLevel2          = 21 // GB2312 or Big5 level 2
	costIdeograph       = 23 // other CJK unified ideographs (GBK extension)
	costExtA            = 25 // CJK extension A
	costPunct           = 17 // CJK and general punctuation, full-width forms
	costScript          = 19 // kana, Hangul, Greek, Cyrillic, Latin-1 letters
	costSymbol          = 20 // other symbols and scripts
	costSupplementary   = 22 // outside the BMP (emoji, extension B…)
	costPrivateUse      = 28
	costControl         = 30 // C0 (except \t \n \r) and C1 controls, U+FFFD
	costNUL             = 36 // U+0000, noncharacters, unpaired surrogates
	costInvalid         = 40 // a byte sequence the charset does not allow
	costCut             = 10 // a character cut at either end of the input
	costGB4             = 24 // GB18030 four-byte sequences: rare characters
	// costGBKExtension is added to the traditional characters GBK has
	// outside GB2312: traditional text is rarer in GBK than in Big5, and
	// Latin text read as GBK lands on them ("ür" is 0xFC72, 黵; "üc" is 點).
	costGBKExtension = 4
	// costSkip is the price of reading a two-byte charset from the second
	// byte, as if the input began with the trail byte of a cut character.
	costSkip = 14
)

// Prior costs in bits: with equal evidence, prefer the commoner charset.
const (
	priorUTF8    = 0
	priorGB18030 = 1
	priorBig5    = 2
	priorLatin   = 3
	priorUTF16   = 8
	// priorUTF16ASCII is added for input without NUL or high bytes.
	priorUTF16ASCII = 8
)

// dbcsCodes is the number of two-byte codes lead 0x81–0xFE × trail 0x40–0xFE.
const dbcsCodes = 126 * 191

func dbcsIndex(lead, trail byte) int { return int(lead-0x81)*191 + int(trail-0x40) }

// detectModel holds the per-character costs of the unigram model behind
// Detect, indexed the way each charset's bytes arrive so that scoring needs
// no decoding.
type detectModel struct {
	char   [0x10000]uint8   // BMP rune → cost
	gb     [dbcsCodes]uint8 // GB18030 two-byte code → cost of its character
	big5   [dbcsCodes]uint8 // Big5 two-byte code → cost
	latin  [256]uint8       // windows-1252 byte → cost
	cp1252 [256]rune        // windows-1252 byte → rune, for Decode
}

var (
	modelOnce sync.Once
	model     *detectModel
)

func loadModel() *detectModel {
	modelOnce.Do(func() { model = buildModel() })
	return model
}

func buildModel() *detectModel {
	m := new(detectModel)
	for r := range m.char {
		m.char[r] = classCost(rune(r))
	}

	gbRunes := decodeAllCodes(simplifiedchinese.GB18030.NewDecoder(), func(lead, trail byte) bool { return trail != 0x7F })
	big5Runes := decodeAllCodes(traditionalchinese.Big5.NewDecoder(), func(lead, trail byte) bool {
		return trail <= 0x7E || trail >= 0xA1
	})
	// The level-1 areas are the common characters of each standard.
	lower := func(r rune, c uint8) {
		if r > 0 && r < 0x10000 && isHan(r) && m.char[r] > c {
			m.char[r] = c
		}
	}
	for lead := 0x81; lead <= 0xFE; lead++ {
		for trail := 0x40; trail <= 0xFE; trail++ {
			i := dbcsIndex(byte(lead), byte(trail))
			if trail >= 0xA1 {
				switch {
				case lead >= 0xB0 && lead <= 0xD7:
					lower(gbRunes[i], costCommonIdeograph)
				case lead >= 0xD8 && lead <= 0xF7:
					lower(gbRunes[i], costLevel2)
				}
			}
			switch {
			case lead >= 0xA4 && lead <= 0xC6:
				lower(big5Runes[i], costCommonIdeograph)
			case lead >= 0xC9 && lead <= 0xF9:
				lower(big5Runes[i], costLevel2)
			}
		}
	}
	for _, g := range charCosts {
		for _, r := range g.chars {
			if r < 0x10000 && m.char[r] > g.bits {
				m.char[r] = g.bits
			}
		}
	}

	dec := charmap.Windows1252.NewDecoder()
	for i := range 256 {
		r := decodeOne(dec, []byte{byte(i)})
		if r < 0 || r == utf8.RuneError {
			r = rune(i) // undefined in windows-1252: the C1 control, as WHATWG does
		}
		m.cp1252[i] = r
		m.latin[i] = m.char[r]
		if i >= 0x80 {
			m.latin[i] = latinCost(r)
			// Latin text in UTF-8 or UTF-16 is as plausible as in windows-1252.
			if r < 0x10000 && m.char[r] > m.latin[i] {
				m.char[r] = m.latin[i]
			}
		}
	}
	inBig5 := make([]bool, 0x10000)
	for _, r := range big5Runes {
		if r > 0 && r < 0x10000 {
			inBig5[r] = true
		}
	}
	for lead := 0x81; lead <= 0xFE; lead++ {
		for trail := 0x40; trail <= 0xFE; trail++ {
			i := dbcsIndex(byte(lead), byte(trail))
			r := gbRunes[i]
			m.gb[i] = runeCost(m, r)
			outsideGB2312 := lead < 0xA1 || lead > 0xF7 || trail < 0xA1
			if outsideGB2312 && r > 0 && r < 0x10000 && inBig5[r] {
				m.gb[i] += costGBKExtension
			}
			m.big5[i] = runeCost(m, big5Runes[i])
		}
	}
	return m
}

func runeCost(m *detectModel, r rune) uint8 {
	switch {
	case r < 0:
		return costInvalid
	case r == utf8.RuneError:
		return costInvalid
	case r >= 0x10000:
		return costSupplementary
	}
	return m.char[r]
}

// decodeAllCodes decodes every two-byte code; -1 marks codes that are not
// valid or decode to more than one rune.
func decodeAllCodes(dec transform.Transformer, valid func(lead, trail byte) bool) []rune {
	rs := make([]rune, dbcsCodes)
	for lead := 0x81; lead <= 0xFE; lead++ {
		for trail := 0x40; trail <= 0xFE; trail++ {
			i := dbcsIndex(byte(lead), byte(trail))
			rs[i] = -1
			if valid(byte(lead), byte(trail)) {
				rs[i] = decodeOne(dec, []byte{byte(lead), byte(trail)})
			}
		}
	}
	return rs
}

// decodeOne returns the single rune src decodes to, or -1.
func decodeOne(dec transform.Transformer, src []byte) rune {
	var dst [16]byte
	dec.Reset()
	n, _, err := dec.Transform(dst[:], src, true)
	if err != nil {
		return -1
	}
	r, size := utf8.DecodeRune(dst[:n])
	if size != n || r == utf8.RuneError {
		return -1
	}
	return r
}

func isHan(r rune) bool {
	return r >= 0x4E00 && r <= 0x9FFF || r >= 0x3400 && r <= 0x4DBF || r >= 0xF900 && r <= 0xFAFF
}

// classCost prices a BMP rune the frequency table does not list.
func classCost(r rune) uint8 {
	switch {
	case r == 0:
		return costNUL
	case r == '\t' || r == '\n' || r == '\r':
		return 12
	case r == '\f' || r == '\v' || r == 0x1B:
		return 24
	case r < 0x20 || r >= 0x7F && r < 0xA0:
		return costControl
	case r < 0x7F:
		return 14 // ASCII the table does not list
	case r < 0x100:
		return costScript
	case r >= 0x4E00 && r <= 0x9FFF || r >= 0xF900 && r <= 0xFAFF:
		return costIdeograph
	case r >= 0x3400 && r <= 0x4DBF:
		return costExtA
	case r >= 0xD800 && r <= 0xDFFF, r == 0xFFFE, r == 0xFFFF:
		return costNUL
	case r == utf8.RuneError:
		return costControl
	case r >= 0xE000 && r <= 0xF8FF:
		return costPrivateUse
	case r >= 0x3000 && r <= 0x303F, r >= 0xFF00 && r <= 0xFFEF, r >= 0x2000 && r <= 0x206F:
		return costPunct
	case r >= 0x3040 && r <= 0x30FF, r >= 0xAC00 && r <= 0xD7A3, r >= 0x0370 && r <= 0x04FF:
		return costScript
	}
	return costSymbol
}

// latinCost prices the upper half of windows-1252 as Western European text:
// lower-case accented letters are common, capitals and symbols less so.
func latinCost(r rune) uint8 {
	switch {
	case r == 'é':
		return 7
	case strings.ContainsRune("àèüöäçñáíóúãõâêôûîïëßåøæ", r):
		return 9
	case r >= 0xDF && r <= 0xFF && r != 0xF7:
		return 11
	case r >= 0xC0 && r <= 0xDE && r != 0xD7:
		return 13
	case r == 0x2018 || r == 0x2019 || r == 0x201C || r == 0x201D || r == 0x2013 || r == 0x2014 || r == 0x2026 || r == 0x20AC:
		return 11
	case r == 0xA0 || r == 0xAB || r == 0xBB || r == 0xB0 || r == 0xA9 || r == 0xAE || r == 0xBF || r == 0xA1 || r == 0xB7:
		return 13
	case r >= 0x80 && r < 0xA0:
		return costControl // the five bytes windows-1252 leaves undefined
	}
	return 17
}
