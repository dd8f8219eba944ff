package normalize

import (
	"strings"
	"unicode/utf8"

	"golang.org/x/text/transform"
)

// StripPinyin removes the pinyin annotations some converters write after
// characters: 產(chǎn)業(yè) → 產業, 會(huì ) → 會. An annotation is removed only
// when it directly follows a Han character and its parentheses (ASCII or
// full-width) hold a single lower-case pinyin syllable of at most six
// letters with a tone mark, optionally followed by spaces; so (记者翟倩倩)
// or (ICG-17) stay; at most three spaces may follow the syllable. Invalid UTF-8 bytes are kept as they are. It returns s
// itself when nothing changes.
func StripPinyin(s string) string {
	var b []byte
	written := 0 // s[:written] is in b, once b is in use
	for k := 0; k < len(s); {
		j := strings.IndexAny(s[k:], "(（")
		if j < 0 {
			break
		}
		k += j
		// The last character kept before the parenthesis must be Han; right
		// after a removed annotation, that is the Han character before it.
		if (k == written && written > 0) || isHanBefore(s, k) {
			if n := pinyinAnnotation(s[k:]); n > 0 {
				if b == nil {
					b = make([]byte, 0, len(s))
				}
				b = append(b, s[written:k]...)
				k += n
				written = k
				continue
			}
		}
		_, size := utf8.DecodeRuneInString(s[k:])
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
	for spaces := 0; i < len(s) && s[i] == ' ' && spaces < maxPinyinSpaces; spaces++ {
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

// maxPinyinSpaces bounds the spaces after a syllable, and with them the
// lookahead of the Pinyin transformer.
const maxPinyinSpaces = 3

// maxAnnotationBytes is the longest annotation: full-width parentheses, six
// letters of at most four bytes with a combining mark, and the spaces.
const maxAnnotationBytes = 2*len("（") + 6*4 + maxPinyinSpaces

// toneVowels are the pinyin letters that carry a tone mark.
const toneVowels = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ"

// Pinyin returns StripPinyin as a transformer. It remembers whether the last
// character was Han, so each stream needs its own.
func Pinyin() transform.Transformer { return &pinyinTransformer{} }

type pinyinTransformer struct{ prevHan bool }

func (t *pinyinTransformer) Reset() { t.prevHan = false }

func (t *pinyinTransformer) Transform(dst, src []byte, atEOF bool) (nDst, nSrc int, err error) {
	for nSrc < len(src) {
		r, size := rune(src[nSrc]), 1
		if r >= utf8.RuneSelf {
			if !atEOF && !utf8.FullRune(src[nSrc:]) {
				return nDst, nSrc, transform.ErrShortSrc
			}
			r, size = utf8.DecodeRune(src[nSrc:])
		}
		if t.prevHan && (r == '(' || r == '（') {
			if !atEOF && len(src)-nSrc < maxAnnotationBytes {
				return nDst, nSrc, transform.ErrShortSrc
			}
			end := min(len(src), nSrc+maxAnnotationBytes)
			if n := pinyinAnnotation(string(src[nSrc:end])); n > 0 {
				nSrc += n
				continue
			}
		}
		if nDst+size > len(dst) {
			return nDst, nSrc, transform.ErrShortDst
		}
		nDst += copy(dst[nDst:], src[nSrc:nSrc+size])
		nSrc += size
		t.prevHan = isHan(r)
	}
	return nDst, nSrc, nil
}
