package dedupe

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Key returns the exact-duplicate key of a paragraph: two paragraphs are
// exact duplicates when their keys are equal and not empty.
//
// The key folds full-width ASCII (Ａ１，) to half width and upper case to
// lower case, and removes white space (including U+3000), all punctuation
// (Unicode P*, so "，" "," "。" "!" "“" all vanish), format characters
// (zero-width spaces), table pipes '|' and list bullets (- * • · ● ■ ▪ ◆ ▶ …).
// Letters, digits and other symbols stay, so "- 鸡蛋 2个" and "鸡蛋2个" share a
// key but "鸡蛋2个" and "鸡蛋3个" do not. A paragraph made only of removed
// characters ("![]() |", "|||") has the empty key and is never a duplicate.
func Key(p string) string {
	var b strings.Builder
	b.Grow(len(p))
	for _, r := range p {
		if r, ok := foldRune(r); ok {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// foldRune maps r to its key form, or reports false when r is not part of
// the key. It is shared by Key, the in-page shingles and the corpus Index,
// so all three see the same text.
func foldRune(r rune) (rune, bool) {
	if r >= 0x3400 && r <= 0x9FFF && (r >= 0x4E00 || r <= 0x4DBF) {
		return r, true // CJK ideographs: the hot path, no table look-ups
	}
	if r >= 0xFF01 && r <= 0xFF5E { // full-width ASCII
		r -= 0xFEE0
	}
	if r < utf8.RuneSelf {
		switch {
		case r >= 'a' && r <= 'z', r >= '0' && r <= '9':
			return r, true
		case r >= 'A' && r <= 'Z':
			return r + ('a' - 'A'), true
		case r <= ' ' || r == 0x7F || r == '|' || r == '*' || unicode.IsPunct(r):
			return 0, false
		}
		return r, true // other ASCII symbols: + = < > $ ^ ` ~
	}
	if isBullet(r) || unicode.IsPunct(r) || unicode.IsSpace(r) ||
		unicode.Is(unicode.Cf, r) || unicode.Is(unicode.Cc, r) || r == utf8.RuneError {
		return 0, false
	}
	if unicode.IsUpper(r) {
		r = unicode.ToLower(r)
	}
	return r, true
}

// isBullet reports list markers that are symbols rather than punctuation.
func isBullet(r rune) bool {
	switch r {
	case '●', '○', '■', '□', '▪', '▫', '◆', '◇', '►', '▶', '▸', '▷', '★', '☆', '√', '✓', '✔', '→':
		return true
	}
	return false
}
