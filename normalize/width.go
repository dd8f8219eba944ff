package normalize

import (
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"
)

// FoldWidth folds the character forms that look alike but compare unequal:
//   - full-width ASCII letters and digits to ASCII (ＡＢＣ１２３ → ABC123);
//     full-width punctuation stays, since it is the Chinese form;
//   - every space separator (ideographic space U+3000, no-break space
//     U+00A0, the U+2000 block) to an ASCII space;
//   - CJK compatibility ideographs (U+F900 block, U+2F800 block) to their
//     canonical unified ideographs, and Kangxi and CJK radicals that stand
//     for an ideograph (⼈ U+2F08 → 人), as PDF extraction leaves them.
//
// Invalid UTF-8 bytes are kept as they are. It returns s itself when
// nothing changes.
func FoldWidth(s string) string {
	for i := 0; i < len(s); {
		if s[i] < utf8.RuneSelf {
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if _, ok := foldRune(r); ok {
			return foldWidthFrom(s, i)
		}
		i += size
	}
	return s
}

func foldWidthFrom(s string, i int) string {
	b := make([]byte, 0, len(s))
	b = append(b, s[:i]...)
	for i < len(s) {
		if s[i] < utf8.RuneSelf {
			b = append(b, s[i])
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if f, ok := foldRune(r); ok {
			b = utf8.AppendRune(b, f)
		} else {
			b = append(b, s[i:i+size]...)
		}
		i += size
	}
	return string(b)
}

// foldRune returns the folded form of r, if it has one.
func foldRune(r rune) (rune, bool) {
	switch {
	case r < 0xA0:
		return r, false
	case 0xFF10 <= r && r <= 0xFF19, 0xFF21 <= r && r <= 0xFF3A, 0xFF41 <= r && r <= 0xFF5A:
		return r - 0xFEE0, true
	case r == 0x3000 || r == 0xA0 || r == 0x1680 || 0x2000 <= r && r <= 0x200A || r == 0x202F || r == 0x205F:
		return ' ', true
	case 0x2E80 <= r && r <= 0x2FDF, 0xF900 <= r && r <= 0xFAFF, 0x2F800 <= r && r <= 0x2FA1F:
		f, ok := ideographFolds[r]
		return f, ok
	}
	return r, false
}

// ideographFolds maps compatibility ideographs to their canonical
// decomposition, and radicals to the ideograph of their compatibility
// decomposition, as Unicode's normalization data gives them.
var ideographFolds = func() map[rune]rune {
	m := map[rune]rune{}
	add := func(lo, hi rune, form norm.Form) {
		for r := lo; r <= hi; r++ {
			d := form.PropertiesString(string(r)).Decomposition()
			if len(d) == 0 {
				continue
			}
			f, size := utf8.DecodeRune(d)
			if size == len(d) && f != r && unicode.Is(unicode.Han, f) {
				m[r] = f
			}
		}
	}
	add(0x2E80, 0x2FDF, norm.NFKD) // CJK radicals supplement, Kangxi radicals
	add(0xF900, 0xFAFF, norm.NFD)  // CJK compatibility ideographs
	add(0x2F800, 0x2FA1F, norm.NFD)
	return m
}()

// Width is FoldWidth as a transformer. It keeps no state.
var Width transform.SpanningTransformer = widthTransformer{}

type widthTransformer struct{ transform.NopResetter }

func (widthTransformer) Span(src []byte, atEOF bool) (n int, err error) {
	for n < len(src) {
		if src[n] < utf8.RuneSelf {
			n++
			continue
		}
		if !atEOF && !utf8.FullRune(src[n:]) {
			return n, transform.ErrShortSrc
		}
		r, size := utf8.DecodeRune(src[n:])
		if _, ok := foldRune(r); ok {
			return n, transform.ErrEndOfSpan
		}
		n += size
	}
	return n, nil
}

func (widthTransformer) Transform(dst, src []byte, atEOF bool) (nDst, nSrc int, err error) {
	for nSrc < len(src) {
		if c := src[nSrc]; c < utf8.RuneSelf {
			if nDst >= len(dst) {
				return nDst, nSrc, transform.ErrShortDst
			}
			dst[nDst] = c
			nDst++
			nSrc++
			continue
		}
		if !atEOF && !utf8.FullRune(src[nSrc:]) {
			return nDst, nSrc, transform.ErrShortSrc
		}
		r, size := utf8.DecodeRune(src[nSrc:])
		out := src[nSrc : nSrc+size]
		var buf [utf8.UTFMax]byte
		if f, ok := foldRune(r); ok {
			out = buf[:utf8.EncodeRune(buf[:], f)]
		}
		if nDst+len(out) > len(dst) {
			return nDst, nSrc, transform.ErrShortDst
		}
		nDst += copy(dst[nDst:], out)
		nSrc += size
	}
	return nDst, nSrc, nil
}
