package normalize

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// StripPinyin removes the pinyin annotations some converters write after
// characters: 產(chǎn)業(yè) → 產業, 會(huì ) → 會. An annotation is removed only
// when it directly follows a Han character and its parentheses (ASCII or
// full-width) hold a single lower-case pinyin syllable of at most six
// letters with a tone mark, optionally followed by spaces; so (记者翟倩倩)
// or (ICG-17) stay. Invalid UTF-8 bytes are kept as they are. It returns s
// itself when nothing changes.
func StripPinyin(s string) string {
	if !strings.ContainsAny(s, "(（") {
		return s
	}
	var b []byte
	written := 0
	prevHan := false
	for k := 0; k < len(s); {
		r, size := rune(s[k]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(s[k:])
		}
		if prevHan && (r == '(' || r == '（') {
			if n := pinyinAnnotation(s[k:]); n > 0 {
				if b == nil {
					b = make([]byte, 0, len(s))
				}
				b = append(b, s[written:k]...)
				k += n
				written = k
				continue // prevHan stays: the Han character is still the last one kept
			}
		}
		prevHan = r >= 0x2E80 && unicode.Is(unicode.Han, r)
		k += size
	}
	if b == nil {
		return s
	}
	return string(append(b, s[written:]...))
}

// pinyinAnnotation returns the length of the annotation at the start of s
// ("(chǎn)", "(huì )"), or 0 if s does not start with one.
func pinyinAnnotation(s string) int {
	var i int
	switch {
	case strings.HasPrefix(s, "("):
		i = 1
	case strings.HasPrefix(s, "（"):
		i = len("（")
	default:
		return 0
	}
	letters, tone := 0, false
	for i < len(s) {
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case 'a' <= r && r <= 'z':
		case r == 'ü':
		case strings.ContainsRune(toneVowels, r):
			tone = true
		case 0x0300 <= r && r <= 0x030C && letters > 0: // combining tone marks
			tone = true
			i += size
			continue
		default:
			goto end
		}
		letters++
		if letters > 6 {
			return 0
		}
		i += size
	}
end:
	if letters == 0 || !tone {
		return 0
	}
	for i < len(s) && s[i] == ' ' {
		i++
	}
	switch {
	case strings.HasPrefix(s[i:], ")"):
		return i + 1
	case strings.HasPrefix(s[i:], "）"):
		return i + len("）")
	}
	return 0
}

// toneVowels are the pinyin letters that carry a tone mark.
const toneVowels = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ"
