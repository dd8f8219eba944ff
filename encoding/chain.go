package encoding

import (
	"strings"
	"sync"
	"unicode/utf8"

	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/traditionalchinese"
)

// charset is one of the byte encodings a mojibake layer may involve.
type charset uint8

const (
	csUTF8     charset = iota
	csGBK              // GBK/GB18030 as Python's gb18030 and WHATWG gb18030 read it
	csBig5             // Big5 (standard rows 0xA1–0xF9)
	csSingle           // windows-1252 with Latin-1 for its undefined bytes
	csBig5ETEN         // Big5 with the ETEN rows 0xC6A1–0xC7FC as Python's big5 codec has them
)

var charsetNames = [...]string{csUTF8: "utf-8", csGBK: "gbk", csBig5: "big5", csSingle: "windows-1252", csBig5ETEN: "big5"}

// misreading is one mojibake layer: bytes in encoding right decoded as wrong.
type misreading struct{ right, wrong charset }

// misreadings lists the layers Repair undoes, the chains.
var misreadings = []misreading{
	{csUTF8, csGBK},
	{csUTF8, csSingle},
	{csUTF8, csBig5ETEN},
	{csUTF8, csBig5},
	{csGBK, csSingle},
	// ETEN first: on a tie (ヶ is 球 through WHATWG Big5 but 前 through the
	// ETEN rows) the codec that made the mojibake, Python's, wins.
	{csGBK, csBig5ETEN},
	{csGBK, csBig5},
	{csBig5, csGBK},
	{csBig5, csSingle},
}

// name is the layer as Fix.Chain spells it; latin1 picks the Latin-1 label
// when the mojibake only has runes below U+0100.
func (m misreading) name(latin1 bool) string {
	if m.wrong == csSingle && latin1 {
		return latin1Names[m.right]
	}
	return layerNames[m.right][m.wrong]
}

// layerNames and latin1Names spell every layer once, so naming allocates
// nothing.
var layerNames, latin1Names = func() (t [5][5]string, l [5]string) {
	for r := range t {
		for w := range t[r] {
			t[r][w] = charsetNames[r] + " read as " + charsetNames[w]
		}
		l[r] = charsetNames[r] + " read as latin-1"
	}
	return t, l
}()

// undo reverses one layer: it encodes s with the wrong charset and decodes
// the bytes with the right one. It fails unless both steps are exact and the
// result encodes back to the same bytes (a lossless round trip).
func (m misreading) undo(s string, sc *scratch) (string, bool) {
	b, ok := appendEncoded(sc.wrong[:0], m.wrong, s)
	sc.wrong = b[:0]
	if !ok {
		return "", false
	}
	out, ok := decodeAs(m.right, b)
	if !ok || out == s {
		return "", false
	}
	back, ok := appendEncoded(sc.back[:0], m.right, out)
	sc.back = back[:0]
	if !ok || string(back) != string(b) {
		return "", false
	}
	return out, true
}

// scratch holds the byte buffers of one chain search, so that failed tries
// (almost all of them) allocate nothing.
type scratch struct{ wrong, back []byte }

// codecTables are built on first use: only text that fails the clean fast
// path needs them.
type codecTables struct {
	gbkDecode  [0xFE - 0x81 + 1][0xFE - 0x40 + 1]rune // 0 = invalid pair
	gbkEncode  [0x10000]uint16                        // 0 = no two-byte code
	big5Decode [0xF9 - 0xA1 + 1][0xFE - 0x40 + 1]rune
	big5Encode [0x10000]uint16
	etenEncode map[rune]uint16 // overrides big5Encode for csBig5ETEN
}

// etenRows is what Python's big5 codec (CPython 3.11, the codec that made
// much of the Big5 mojibake around) decodes from 0xC6A1–0xC6FE,
// 0xC740–0xC77E, 0xC7A1–0xC7FC in that order; WHATWG puts other characters
// there.
const etenRows = "ヾゝゞ々ぁあぃいぅうぇえぉおかがきぎくぐけげこごさざしじすずせぜそぞただちぢっつづてでとどなにぬねのはばぱひびぴふぶぷへべぺほぼぽまみむめもゃやゅゆょよらりるれろゎわゐゑをんァアィイゥウェエォオカガキギクグケゲコゴサザシジスズセゼソゾタダチヂッツヅテデトドナニヌネノハバパヒビピフブプヘベペホボポマミムメモャヤュユョヨラリルレロヮワヰヱヲンヴヵヶДЕЁЖЗИЙКЛМУФХЦЧШЩЪЫЬЭЮЯабвгдеёжзийклмнопрстуфхцчшщъыьэюя①②③④⑤⑥⑦⑧⑨⑩⑴⑵⑶⑷⑸⑹⑺⑻⑼⑽"

func etenCodes() map[rune]uint16 {
	m := make(map[rune]uint16, 256)
	rs := []rune(etenRows)
	i := 0
	for _, rg := range [][3]int{{0xC6, 0xA1, 0xFE}, {0xC7, 0x40, 0x7E}, {0xC7, 0xA1, 0xFC}} {
		for trail := rg[1]; trail <= rg[2] && i < len(rs); trail++ {
			m[rs[i]] = uint16(rg[0]<<8 | trail)
			i++
		}
	}
	return m
}

var (
	tablesOnce sync.Once
	tables     *codecTables
)

// cp1252High maps bytes 0x80–0x9F per WHATWG windows-1252; the five
// undefined bytes stay C1 controls.
var cp1252High = [32]rune{
	'€', 0x81, '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', 0x8D, 'Ž', 0x8F,
	0x90, '‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', 0x9D, 'ž', 'Ÿ',
}

// gbkSlotTaken lists two-byte codes that GB18030-2000 gave a private-use
// code point which later versions (and WHATWG) map to real characters; they
// still take their place in the private-use sequence.
func gbkSlotTaken(lead, trail int) bool {
	switch {
	case lead == 0xA2 && trail == 0xE3, lead == 0xA8 && trail == 0xBF:
		return true
	case lead == 0xA9 && trail >= 0x89 && trail <= 0x95:
		return true
	case lead == 0xFE && trail >= 0x50 && trail <= 0xA0:
		return true
	}
	return false
}

func loadTables() *codecTables {
	tablesOnce.Do(func() {
		t := new(codecTables)
		gb := simplifiedchinese.GB18030.NewDecoder()
		nextPUA := rune(0xE766)
		for lead := 0x81; lead <= 0xFE; lead++ {
			for trail := 0x40; trail <= 0xFE; trail++ {
				if trail == 0x7F {
					continue
				}
				var r rune
				switch {
				// The user-defined areas map to private use as in CP936.
				case lead >= 0xAA && lead <= 0xAF && trail >= 0xA1:
					r = rune(0xE000 + (lead-0xAA)*94 + trail - 0xA1)
				case lead >= 0xF8 && trail >= 0xA1:
					r = rune(0xE234 + (lead-0xF8)*94 + trail - 0xA1)
				case lead >= 0xA1 && lead <= 0xA7 && trail < 0xA1:
					col := trail - 0x40
					if trail > 0x7F {
						col--
					}
					r = rune(0xE4C6 + (lead-0xA1)*96 + col)
				default:
					out, _ := gb.Bytes([]byte{byte(lead), byte(trail)})
					d, _ := utf8.DecodeRune(out)
					if len(out) == utf8.RuneLen(d) && d != utf8.RuneError {
						r = d
						if gbkSlotTaken(lead, trail) {
							nextPUA++
						}
					} else {
						r = nextPUA
						nextPUA++
					}
				}
				t.gbkDecode[lead-0x81][trail-0x40] = r
				code := uint16(lead<<8 | trail)
				if r < 0x10000 && t.gbkEncode[r] == 0 {
					t.gbkEncode[r] = code
				}
			}
		}
		t.gbkEncode['€'] = 0x80 // WHATWG/CP936 single byte
		b5 := traditionalchinese.Big5.NewDecoder()
		// Ideograph rows first: Big5 repeats 兀, 嗀 and 十 among the
		// symbols (0xA2CC, 0xA2CE) and encoders use the ideograph codes.
		leads := make([]int, 0, 0xF9-0xA1+1)
		for lead := 0xA4; lead <= 0xF9; lead++ {
			leads = append(leads, lead)
		}
		leads = append(leads, 0xA1, 0xA2, 0xA3)
		for _, lead := range leads {
			for trail := 0x40; trail <= 0xFE; trail++ {
				if trail > 0x7E && trail < 0xA1 {
					continue
				}
				out, _ := b5.Bytes([]byte{byte(lead), byte(trail)})
				d, _ := utf8.DecodeRune(out)
				if len(out) != utf8.RuneLen(d) || d == utf8.RuneError {
					continue
				}
				t.big5Decode[lead-0xA1][trail-0x40] = d
				code := uint16(lead<<8 | trail)
				if d < 0x10000 && t.big5Encode[d] == 0 {
					t.big5Encode[d] = code
				}
			}
		}
		// Python's big5 codec (which made much real-world Big5 mojibake)
		// differs from WHATWG in a few punctuation marks.
		t.big5Encode['‾'] = 0xA1C2
		t.big5Encode['‧'] = 0xA145
		t.etenEncode = etenCodes()
		for _, pair := range [][2]rune{{'•', 0xA145}, {'､', 0xA14E}, {'∼', 0xA1E3}, {'♁', 0xA1F2}, {'☉', 0xA1F3}, {'／', 0xA241}, {'＼', 0xA242}, {'¥', 0xA244}, {'¢', 0xA246}, {'£', 0xA247}} {
			t.etenEncode[pair[0]] = uint16(pair[1])
		}
		tables = t
	})
	return tables
}

var gb18030Encoder = simplifiedchinese.GB18030.NewEncoder()

// encodeAs returns the bytes of s in charset c, or false if some rune has
// no code there.
func encodeAs(c charset, s string) ([]byte, bool) {
	return appendEncoded(nil, c, s)
}

// appendEncoded appends the bytes of s in charset c to b.
func appendEncoded(b []byte, c charset, s string) ([]byte, bool) {
	switch c {
	case csUTF8:
		return append(b, s...), true
	case csSingle:
		for _, r := range s {
			x, ok := singleByte(r)
			if !ok {
				return b, false
			}
			b = append(b, x)
		}
		return b, true
	}
	// Double-byte charsets, inline for speed: every decode try of a span
	// starts here.
	t := loadTables()
	for _, r := range s {
		if r < 0x80 {
			b = append(b, byte(r))
			continue
		}
		switch code := t.code(c, r); {
		case code == 0x80:
			b = append(b, 0x80)
		case code != 0:
			b = append(b, byte(code>>8), byte(code))
		default:
			var ok bool
			if b, ok = appendFourByte(b, c, r); !ok {
				return b, false
			}
		}
	}
	return b, true
}

// appendRune appends the bytes of r in charset c to b.
func appendRune(b []byte, c charset, r rune) ([]byte, bool) {
	switch {
	case c == csUTF8:
		return utf8.AppendRune(b, r), true
	case c == csSingle:
		x, ok := singleByte(r)
		return append(b, x), ok
	case r < 0x80:
		return append(b, byte(r)), true
	}
	switch code := loadTables().code(c, r); {
	case code == 0x80:
		return append(b, 0x80), true
	case code != 0:
		return append(b, byte(code>>8), byte(code)), true
	}
	return appendFourByte(b, c, r)
}

// singleByte is r in windows-1252, with Latin-1 for its undefined bytes.
func singleByte(r rune) (byte, bool) {
	if r < 0x100 {
		return byte(r), true
	}
	i := indexRune(cp1252High[:], r)
	return byte(0x80 + i), i >= 0
}

// code is the two-byte code of a non-ASCII rune in GBK or Big5 (0x80 for
// the euro sign's single byte), 0 if it has none.
func (t *codecTables) code(c charset, r rune) uint16 {
	if r >= 0x10000 || r == utf8.RuneError {
		return 0
	}
	switch c {
	case csGBK:
		return t.gbkEncode[r]
	case csBig5ETEN:
		if x, ok := t.etenEncode[r]; ok {
			return x
		}
	}
	return t.big5Encode[r]
}

// appendFourByte appends r as a four-byte GB18030 sequence; only GBK has
// those.
func appendFourByte(b []byte, c charset, r rune) ([]byte, bool) {
	if c != csGBK || r == utf8.RuneError {
		return b, false
	}
	var one [4]byte
	four, err := gb18030Encoder.Bytes(utf8.AppendRune(one[:0], r))
	if err != nil || len(four) != 4 {
		return b, false
	}
	return append(b, four...), true
}

var gb18030Decoder = simplifiedchinese.GB18030.NewDecoder()

// decodeAs decodes b in charset c strictly: any invalid sequence fails.
func decodeAs(c charset, b []byte) (string, bool) {
	switch c {
	case csUTF8:
		if !utf8.Valid(b) {
			return "", false
		}
		return string(b), true
	case csSingle:
		var sb strings.Builder
		sb.Grow(2 * len(b))
		for _, x := range b {
			if x >= 0x80 && x < 0xA0 {
				sb.WriteRune(cp1252High[x-0x80])
			} else {
				sb.WriteRune(rune(x))
			}
		}
		return sb.String(), true
	}
	var sb strings.Builder
	sb.Grow(2 * len(b))
	for i := 0; i < len(b); {
		r, size := decodeRune(c, b[i:])
		if size == 0 {
			return "", false
		}
		if size == 1 {
			sb.WriteByte(b[i])
		} else {
			sb.WriteRune(r)
		}
		i += size
	}
	return sb.String(), true
}

// decodeRune decodes the first character of b in the double-byte charset
// c (GBK/GB18030 or Big5). Size 0 means b starts with no valid character.
func decodeRune(c charset, b []byte) (rune, int) {
	x := b[0]
	if x < 0x80 {
		return rune(x), 1
	}
	if c == csGBK && x == 0x80 {
		return '€', 1
	}
	if len(b) < 2 {
		return 0, 0
	}
	t := loadTables()
	y := b[1]
	var r rune
	switch c {
	case csGBK:
		if x == 0xFF {
			return 0, 0
		}
		if y >= 0x30 && y <= 0x39 {
			if len(b) < 4 {
				return 0, 0
			}
			var buf [8]byte
			out, _, err := gb18030Decoder.Transform(buf[:], b[:4], true)
			d, size := utf8.DecodeRune(buf[:out])
			if err != nil || d == utf8.RuneError || size != out {
				return 0, 0
			}
			return d, 4
		}
		if y >= 0x40 && y <= 0xFE {
			r = t.gbkDecode[x-0x81][y-0x40]
		}
	case csBig5, csBig5ETEN:
		if x >= 0xA1 && x <= 0xF9 && y >= 0x40 && y <= 0xFE {
			r = t.big5Decode[x-0xA1][y-0x40]
		}
	}
	if r == 0 {
		return 0, 0
	}
	return r, 2
}

func indexRune(rs []rune, r rune) int {
	for i, x := range rs {
		if x == r {
			return i
		}
	}
	return -1
}

// candidate is one way to undo the mojibake of a span.
type candidate struct {
	text   string
	layers []string // corruption order: first misreading first
	score  float64
	// strong: every layer decoded UTF-8 or re-encoded Latin-1/windows-1252.
	// Clean Chinese text almost never passes those strictly, so the decode
	// itself is evidence; GBK↔Big5 layers decode almost anything.
	strong bool
}

func (m misreading) strong() bool { return m.right == csUTF8 || m.wrong == csSingle }

// maxLayers bounds the chain search, as the issue asks (up to three).
const maxLayers = 3

// bestUndo searches chains of up to maxLayers misreadings and returns the
// most plausible strong result and the most plausible weak one, preferring
// fewer layers on ties.
func bestUndo(s string) (strong, weak candidate) {
	var sc scratch
	var walk func(cur string, layers []string, isStrong bool)
	walk = func(cur string, layers []string, isStrong bool) {
		if len(layers) == maxLayers {
			return
		}
		latin1 := allBelow(cur, 0x100)
		etenDone := false
		for _, m := range misreadings {
			if len(layers) > 0 && inverse(m, layers[0]) {
				continue // GBK→Big5→GBK undoes nothing
			}
			if m.wrong == csBig5 && etenDone {
				// Same bytes but where the ETEN rows differ, and there the
				// ETEN reading is the one Python's codec made.
				etenDone = false
				continue
			}
			out, ok := m.undo(cur, &sc)
			if !ok {
				continue
			}
			etenDone = m.wrong == csBig5ETEN
			ls := append([]string{m.name(latin1)}, layers...)
			c := candidate{text: out, layers: ls, score: plausibility(out), strong: isStrong && m.strong()}
			best := &weak
			if c.strong {
				best = &strong
			}
			if best.layers == nil || c.score > best.score+1e-9 || (c.score > best.score-1e-9 && len(ls) < len(best.layers)) {
				*best = c
			}
			if !provenClean(out) {
				walk(out, ls, c.strong)
			}
		}
	}
	walk(s, nil, true)
	return strong, weak
}

// inverse reports whether undoing m right after the layer named last would
// just restore the earlier text (big5 read as gbk after gbk read as big5).
func inverse(m misreading, last string) bool {
	return (m.right == csBig5 && m.wrong == csGBK && strings.HasPrefix(last, "gbk read as big5")) ||
		(m.right == csGBK && (m.wrong == csBig5 || m.wrong == csBig5ETEN) && strings.HasPrefix(last, "big5 read as gbk"))
}

func allBelow(s string, limit rune) bool {
	for _, r := range s {
		if r >= limit {
			return false
		}
	}
	return true
}

// chainName joins layers, collapsing repeats: "utf-8 read as gbk ×2".
func chainName(layers []string) string {
	var sb strings.Builder
	for i := 0; i < len(layers); {
		j := i
		for j < len(layers) && layers[j] == layers[i] {
			j++
		}
		if sb.Len() > 0 {
			sb.WriteString(", then ")
		}
		sb.WriteString(layers[i])
		if j-i > 1 {
			sb.WriteString(" ×")
			sb.WriteByte(byte('0' + j - i))
		}
		i = j
	}
	return sb.String()
}

// bestSingleUndo is bestUndo with one layer only: enough for the short
// spans whose repair common words decide, and much cheaper.
func bestSingleUndo(s string) (strong, weak candidate) {
	var sc scratch
	latin1 := allBelow(s, 0x100)
	etenDone := false
	for _, m := range misreadings {
		if m.wrong == csBig5 && etenDone {
			etenDone = false
			continue
		}
		out, ok := m.undo(s, &sc)
		if !ok {
			continue
		}
		etenDone = m.wrong == csBig5ETEN
		c := candidate{text: out, layers: []string{m.name(latin1)}, score: plausibility(out), strong: m.strong()}
		best := &weak
		if c.strong {
			best = &strong
		}
		if best.layers == nil || c.score > best.score+1e-9 {
			*best = c
		}
	}
	return strong, weak
}
