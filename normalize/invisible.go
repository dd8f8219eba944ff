package normalize

import (
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/transform"
)

// RemoveInvisible removes characters that print nothing and only get in the
// way of matching and counting: zero-width spaces and joiners, byte order
// marks, soft hyphens, bidirectional and other format controls, Hangul
// fillers, and control characters other than tab, line feed, vertical tab,
// form feed and carriage return (white space is CollapseSpace's business).
// A zero-width joiner is kept before an emoji-like symbol, where it joins an
// emoji sequence. Invalid UTF-8 bytes are kept as they are. It returns s
// itself when there is nothing to remove.
func RemoveInvisible(s string) string {
	for i := 0; i < len(s); {
		if s[i] >= 0x20 && s[i] < 0x7F {
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if isInvisible(r, s[i+size:]) {
			return removeInvisibleFrom(s, i)
		}
		i += size
	}
	return s
}

func removeInvisibleFrom(s string, i int) string {
	b := make([]byte, 0, len(s))
	b = append(b, s[:i]...)
	for i < len(s) {
		r, size := utf8.DecodeRuneInString(s[i:])
		if !isInvisible(r, s[i+size:]) {
			b = append(b, s[i:i+size]...)
		}
		i += size
	}
	return string(b)
}

// isInvisible reports whether r, followed by rest, is to be removed. Invalid
// UTF-8 decodes as U+FFFD and is kept.
func isInvisible[T string | []byte](r rune, rest T) bool {
	switch {
	case r < 0x20:
		return r != '\t' && r != '\n' && r != '\v' && r != '\f' && r != '\r'
	case r < 0x7F:
		return false
	case r <= 0x9F: // DEL and the C1 controls
		return true
	}
	switch r {
	case 0x00AD, // soft hyphen
		0x034F,                         // combining grapheme joiner
		0x061C,                         // Arabic letter mark
		0x115F, 0x1160, 0x3164, 0xFFA0, // Hangul fillers
		0x17B4, 0x17B5, // Khmer inherent vowels
		0x180E,                         // Mongolian vowel separator
		0x200B, 0x200C, 0x200E, 0x200F, // zero-width space, non-joiner, direction marks
		0xFEFF,  // byte order mark, zero-width no-break space
		0xE0001: // language tag
		return true
	case 0x200D: // zero-width joiner: part of an emoji sequence before a symbol
		next := rune(-1)
		if len(rest) > 0 {
			next, _ = decodeRune(rest)
		}
		return !isEmojiLike(next)
	}
	return 0x202A <= r && r <= 0x202E || // bidirectional embeddings and overrides
		0x2060 <= r && r <= 0x2064 || // word joiner, invisible operators
		0x2066 <= r && r <= 0x206F || // bidirectional isolates, deprecated format
		0xFFF9 <= r && r <= 0xFFFB || // interlinear annotation
		0x1D173 <= r && r <= 0x1D17A // musical format
}

func isEmojiLike(r rune) bool {
	return r == 0xFE0F || 0x1F3FB <= r && r <= 0x1F3FF || r > 0x7F && unicode.Is(unicode.So, r)
}

// decodeRune decodes the first rune of a string or byte slice.
func decodeRune[T string | []byte](s T) (rune, int) {
	if len(s) > 0 && s[0] < utf8.RuneSelf {
		return rune(s[0]), 1
	}
	return utf8.DecodeRuneInString(string(s[:min(len(s), utf8.UTFMax)])) // at most 4 bytes copied
}

// Invisible is RemoveInvisible as a transformer. It keeps no state, so one
// value serves any number of streams.
var Invisible transform.SpanningTransformer = invisibleTransformer{}

type invisibleTransformer struct{ transform.NopResetter }

// next returns the rune at src[i:], or size 0 if more input is needed to
// decide about it: an incomplete rune, or a zero-width joiner whose next
// rune is not there yet.
func (invisibleTransformer) next(src []byte, i int, atEOF bool) (r rune, size int, drop bool) {
	r, size = rune(src[i]), 1
	if r >= utf8.RuneSelf {
		if !atEOF && !utf8.FullRune(src[i:]) {
			return 0, 0, false
		}
		r, size = utf8.DecodeRune(src[i:])
	}
	if r == 0x200D && !atEOF && !utf8.FullRune(src[i+size:]) {
		return 0, 0, false
	}
	return r, size, isInvisible(r, src[i+size:])
}

func (t invisibleTransformer) Span(src []byte, atEOF bool) (n int, err error) {
	for n < len(src) {
		_, size, drop := t.next(src, n, atEOF)
		if size == 0 {
			return n, transform.ErrShortSrc
		}
		if drop {
			return n, transform.ErrEndOfSpan
		}
		n += size
	}
	return n, nil
}

func (t invisibleTransformer) Transform(dst, src []byte, atEOF bool) (nDst, nSrc int, err error) {
	for nSrc < len(src) {
		_, size, drop := t.next(src, nSrc, atEOF)
		if size == 0 {
			return nDst, nSrc, transform.ErrShortSrc
		}
		if !drop {
			if nDst+size > len(dst) {
				return nDst, nSrc, transform.ErrShortDst
			}
			nDst += copy(dst[nDst:], src[nSrc:nSrc+size])
		}
		nSrc += size
	}
	return nDst, nSrc, nil
}
