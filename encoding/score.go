package encoding

//go:generate go run ./gen tables.go

import (
	"encoding/base64"
	"unicode/utf8"
)

// runeClass sorts runes by how likely they are in Chinese text.
type runeClass uint8

const (
	classASCII       runeClass = iota // printable ASCII, tab, newline
	classCJKFrequent                  // among the most frequent (的, 是, 們)
	classCJKBoth                      // common in both GB2312 and Big5 (的, 在, 人)
	classCJKCommon                    // common in GB2312 or in Big5 (时 or 時)
	classPunct                        // CJK and general punctuation, full-width forms
	classCJKLevel2                    // GB2312 or Big5 level 2: names, rarer words
	classCJKRare                      // other CJK unified ideographs (GBK extension)
	classCJKExt                       // extension A, compatibility ideographs
	classLatin1                       // U+00A0–U+00FF: mojibake of Latin-1 readings
	classLatinExt                     // U+0100–U+024F: pinyin tone marks, cp1252 extras
	classSymbol                       // kana, hangul, Greek, Cyrillic, box drawing, other
	classPrivateUse                   // U+E000–U+F8FF
	classReplacement                  // U+FFFD
	classControl                      // C0 (except tab/newline/CR), DEL, C1
)

// classWeight is the plausibility of a rune class in Chinese text; the
// score of a string is the mean weight of its non-ASCII runes.
var classWeight = [...]int8{
	classASCII:       0,
	classCJKFrequent: 4,
	classCJKBoth:     3,
	classCJKCommon:   2,
	classPunct:       1,
	classCJKLevel2:   0,
	classCJKRare:     -3,
	classCJKExt:      -4,
	classLatin1:      -3,
	classLatinExt:    -1,
	classSymbol:      -3,
	classPrivateUse:  -6,
	classReplacement: -6,
	classControl:     -8,
}

// runeClasses holds the class of every BMP rune; runes above the BMP are
// classified by code.
var runeClasses = buildRuneClasses()

func decodeBitset(s string) []byte {
	b, err := base64.StdEncoding.DecodeString(s)
	if err != nil {
		panic("encoding: corrupt generated table: " + err.Error())
	}
	return b
}

func buildRuneClasses() *[0x10000]runeClass {
	var t [0x10000]runeClass
	for r := range t {
		t[r] = classSymbol
	}
	for r := 0x20; r < 0x7F; r++ {
		t[r] = classASCII
	}
	t['\t'], t['\n'], t['\r'] = classASCII, classASCII, classASCII
	for r := 0; r < 0x20; r++ {
		if t[r] != classASCII {
			t[r] = classControl
		}
	}
	for r := 0x7F; r < 0xA0; r++ {
		t[r] = classControl
	}
	for r := 0xA0; r < 0x100; r++ {
		t[r] = classLatin1
	}
	for r := 0x100; r < 0x250; r++ {
		t[r] = classLatinExt
	}
	for _, rg := range [][2]int{
		{0x2010, 0x2027}, // dashes, quotes, ellipsis
		{0x2030, 0x203B}, // per mille, primes, reference mark
		{0x3000, 0x3011}, // ideographic space, 、。〃々〈〉《》「」『』【】
		{0x3014, 0x301F}, // 〔〕〖〗〘〙〚〛〜〝〞〟
		{0xFF01, 0xFF5E}, // full-width ASCII
		{0xFF5F, 0xFF65}, // full-width brackets, halfwidth 。「」、・
		{0xFFE0, 0xFFE6}, // full-width ￠￡￢￣￤￥￦
	} {
		for r := rg[0]; r <= rg[1]; r++ {
			t[r] = classPunct
		}
	}
	t[0x00B7] = classPunct // middle dot in names: 阿·巴
	t[0x00D7] = classPunct // ×
	t[0x2103] = classPunct // ℃
	for r := 0x3400; r <= 0x4DBF; r++ {
		t[r] = classCJKExt
	}
	for r := 0xF900; r <= 0xFAFF; r++ {
		t[r] = classCJKExt
	}
	for r := cjkFirst; r <= cjkLast; r++ {
		t[r] = classCJKRare
	}
	gb1, gb2 := decodeBitset(gb2312Level1), decodeBitset(gb2312Level2)
	b51, b52 := decodeBitset(big5Level1), decodeBitset(big5Level2)
	freq := decodeBitset(frequentChars)
	has := func(set []byte, i int) bool { return set[i/8]&(1<<(i%8)) != 0 }
	for r := cjkFirst; r <= cjkLast; r++ {
		i := r - cjkFirst
		switch {
		case has(freq, i) && (has(gb1, i) || has(b51, i)):
			t[r] = classCJKFrequent
		case has(gb1, i) && has(b51, i):
			t[r] = classCJKBoth
		case has(gb1, i) || has(b51, i):
			t[r] = classCJKCommon
		case has(gb2, i) || has(b52, i):
			t[r] = classCJKLevel2
		}
	}
	for r := 0xE000; r <= 0xF8FF; r++ {
		t[r] = classPrivateUse
	}
	t[0xFFFD] = classReplacement
	return &t
}

func classOf(r rune) runeClass {
	if r < 0x10000 {
		return runeClasses[r]
	}
	if r >= 0x20000 && r <= 0x3FFFF {
		return classCJKExt
	}
	if r >= 0xF0000 {
		return classPrivateUse
	}
	return classSymbol
}

// isClean reports whether a class belongs to the fast path's clean set:
// mojibake of more than a character or two almost always contains some
// rune outside it (see provenClean for the known blind spot).
func (c runeClass) isClean() bool { return c <= classPunct }

// plausibility scores s as Chinese text: the mean class weight of its
// non-ASCII runes, from -8 (controls) to 4 (frequent characters). ASCII is
// neutral and not counted, so "" and pure ASCII score 0. Detect may use it
// to choose between candidate decodings.
func plausibility(s string) float64 {
	sum, n := 0, 0
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		sum += int(classWeight[classOf(r)])
		n++
	}
	if n == 0 {
		return 0
	}
	return float64(sum) / float64(n)
}
