package normalize

import (
	"unicode/utf8"
	"unsafe"

	"golang.org/x/text/transform"
)

// Transformer returns the converter as a transformer, for streams of any
// size in flat memory: its output is Convert's on the whole stream. It keeps
// no state, so one value serves any number of streams.
func (c *Converter) Transformer() transform.Transformer {
	if len(c.groups) == 1 {
		return groupTransformer{c.groups[0]}
	}
	ts := make([]transform.Transformer, len(c.groups))
	for i, g := range c.groups {
		ts[i] = groupTransformer{g}
	}
	return transform.Chain(ts...)
}

// groupTransformer runs one dictionary group over a stream. A match at a
// position depends only on the next g.maxBytes bytes, so it asks for more
// input whenever fewer are left before the end of a chunk.
type groupTransformer struct{ g *dictGroup }

func (groupTransformer) Reset() {}

func (t groupTransformer) Transform(dst, src []byte, atEOF bool) (nDst, nSrc int, err error) {
	if len(src) == 0 {
		return 0, 0, nil
	}
	// The dictionaries read the bytes as a string; nothing keeps it after
	// this call.
	s := unsafe.String(&src[0], len(src))
	i := 0 // s[nSrc:i] is unchanged text not yet copied
	for {
		if i = t.g.skipPlain(s, i); i >= len(s) {
			break
		}
		if !atEOF && len(s)-i < t.g.maxBytes {
			err = transform.ErrShortSrc
			break
		}
		n, out := t.g.match(s[i:])
		if n == 0 || out == s[i:i+n] {
			if n == 0 {
				_, n = utf8.DecodeRuneInString(s[i:])
			}
			i += n
			continue
		}
		if nDst+(i-nSrc)+len(out) > len(dst) {
			err = transform.ErrShortDst
			break
		}
		nDst += copy(dst[nDst:], s[nSrc:i])
		nDst += copy(dst[nDst:], out)
		i += n
		nSrc = i
	}
	// Copy the unchanged tail, as much as fits.
	n := copy(dst[nDst:], s[nSrc:i])
	if n < i-nSrc {
		// Cut on a rune boundary, so the next call starts on one.
		for n > 0 && !utf8.RuneStart(s[nSrc+n]) {
			n--
		}
		err = transform.ErrShortDst
	}
	return nDst + n, nSrc + n, err
}
