package normalize

import (
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/transform"
)

// CollapseSpace replaces every run of white space (unicode.IsSpace: ASCII
// space, tab, line breaks, U+3000, no-break space, ...) with one ASCII space
// and trims white space from both ends. Invalid UTF-8 bytes are kept as they
// are. It returns s itself when nothing changes.
func CollapseSpace(s string) string {
	clean := true
	for i := 0; i < len(s); {
		r, size := rune(s[i]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(s[i:])
		}
		if isSpace(r) {
			// A single ASCII space between two non-spaces is already clean.
			if r != ' ' || i == 0 || i+1 == len(s) || isSpaceAt(s, i+1) {
				clean = false
				break
			}
		}
		i += size
	}
	if clean {
		return s
	}
	b := make([]byte, 0, len(s))
	pending := false // a space run seen after some text
	for i := 0; i < len(s); {
		r, size := rune(s[i]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(s[i:])
		}
		if isSpace(r) {
			pending = len(b) > 0
		} else {
			if pending {
				b = append(b, ' ')
				pending = false
			}
			b = append(b, s[i:i+size]...)
		}
		i += size
	}
	return string(b)
}

func isSpace(r rune) bool {
	if r < utf8.RuneSelf {
		return r == ' ' || '\t' <= r && r <= '\r'
	}
	return unicode.IsSpace(r)
}

func isSpaceAt(s string, i int) bool {
	r, _ := utf8.DecodeRuneInString(s[i:])
	return isSpace(r)
}

// Space is CollapseSpace as a transformer over a whole stream: runs of
// white space become one ASCII space, and the stream is trimmed at both
// ends. It holds the state of the stream, so it is a function: each
// stream needs its own.
func Space() transform.Transformer { return &spaceTransformer{} }

type spaceTransformer struct {
	started bool // some non-space text was written
	pending bool // a space run follows that text
}

func (t *spaceTransformer) Reset() { *t = spaceTransformer{} }

func (t *spaceTransformer) Transform(dst, src []byte, atEOF bool) (nDst, nSrc int, err error) {
	for nSrc < len(src) {
		r, size := rune(src[nSrc]), 1
		if r >= utf8.RuneSelf {
			if !atEOF && !utf8.FullRune(src[nSrc:]) {
				return nDst, nSrc, transform.ErrShortSrc
			}
			r, size = utf8.DecodeRune(src[nSrc:])
		}
		if isSpace(r) {
			t.pending = t.started
			nSrc += size
			continue
		}
		need := size
		if t.pending {
			need++
		}
		if nDst+need > len(dst) {
			return nDst, nSrc, transform.ErrShortDst
		}
		if t.pending {
			dst[nDst] = ' '
			nDst++
			t.pending = false
		}
		nDst += copy(dst[nDst:], src[nSrc:nSrc+size])
		nSrc += size
		t.started = true
	}
	return nDst, nSrc, nil
}
