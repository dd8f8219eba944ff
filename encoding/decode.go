package encoding

import (
	"bytes"
	"errors"
	"fmt"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/traditionalchinese"
)

// ErrBinary is what a *BinaryError matches with errors.Is: the input is
// binary data (NUL bytes outside UTF-16, or many control bytes), not text.
var ErrBinary = errors.New("binary data, not text")

// ErrUnknownCharset is returned by DecodeAs for a label it does not know.
var ErrUnknownCharset = errors.New("encoding: unknown charset")

// BinaryError reports input that Decode refuses as binary.
type BinaryError struct {
	Charset string // the charset the bytes were read as
	Offset  int    // byte offset of the first offending byte (or code unit)
	Reason  string // "NUL byte" or "N control bytes in M"
}

func (e *BinaryError) Error() string {
	return fmt.Sprintf("encoding: %v: %s at byte %d (read as %s)", ErrBinary, e.Reason, e.Offset, e.Charset)
}

// Unwrap makes errors.Is(err, ErrBinary) true.
func (e *BinaryError) Unwrap() error { return ErrBinary }

// Decode converts b to UTF-8 in the charset Detect finds, after dropping a
// byte-order mark. Every GB label decodes with GB18030 (a superset of GBK
// with four-byte sequences). Invalid sequences become U+FFFD and are counted
// in Detection.Invalid. Binary input — a NUL outside UTF-16, or control
// characters other than \t \n \v \f \r and ESC making up more than 1% of the
// input — returns "" and a *BinaryError (errors.Is(err, ErrBinary)).
func Decode(b []byte) (string, Detection, error) {
	d := Detect(b)
	s, invalid, err := decodeCharset(b, d.Charset)
	d.Invalid = invalid
	return s, d, err
}

// DecodeAs is Decode with the charset given by a label, such as one from an
// HTTP header or a <meta> tag: utf-8, gb18030, gbk, gb2312, big5, utf-16le,
// utf-16be, utf-16 (little-endian), windows-1252, iso-8859-1, us-ascii and
// common aliases, in any case. The Detection has Confidence 1. An unknown
// label returns an error wrapping ErrUnknownCharset.
func DecodeAs(b []byte, label string) (string, Detection, error) {
	cs, ok := charsetOf(label)
	if !ok {
		return "", Detection{}, fmt.Errorf("%w: %q", ErrUnknownCharset, label)
	}
	s, invalid, err := decodeCharset(b, cs)
	return s, Detection{Charset: cs, Confidence: 1, Invalid: invalid}, err
}

func charsetOf(label string) (string, bool) {
	switch strings.ToLower(strings.TrimSpace(label)) {
	case "utf-8", "utf8", "unicode-1-1-utf-8":
		return UTF8, true
	case "gb18030", "gbk", "gb2312", "gb_2312-80", "cp936", "x-gbk", "euc-cn", "windows-936", "chinese", "csgb2312":
		return GB18030, true
	case "big5", "big5-hkscs", "cp950", "x-x-big5", "cn-big5", "csbig5":
		return Big5, true
	case "utf-16le", "utf-16", "ucs-2", "unicode":
		return UTF16LE, true
	case "utf-16be", "unicodefffe":
		return UTF16BE, true
	case "windows-1252", "cp1252", "x-cp1252", "iso-8859-1", "iso8859-1", "latin1", "l1", "us-ascii", "ascii":
		return Windows1252, true
	}
	return "", false
}

// decodeCharset decodes b in charset cs, dropping cs's own byte-order mark.
func decodeCharset(b []byte, cs string) (string, int, error) {
	if bomCS, n := bomOf(b); bomCS == cs {
		b = b[n:]
	}
	if cs == UTF16LE || cs == UTF16BE {
		return decodeUTF16(b, cs == UTF16BE)
	}
	if err := checkBinary(b, cs); err != nil {
		return "", 0, err
	}
	switch cs {
	case GB18030:
		out, _ := simplifiedchinese.GB18030.NewDecoder().Bytes(b)
		// U+FFFD has a GB18030 code of its own; those are not errors.
		own := bytes.Count(b, []byte{0x84, 0x31, 0xA4, 0x37})
		return string(out), bytes.Count(out, replacement) - own, nil
	case Big5:
		out, _ := traditionalchinese.Big5.NewDecoder().Bytes(b)
		return string(out), bytes.Count(out, replacement), nil
	case Windows1252:
		return decodeLatin(b), 0, nil
	}
	return decodeUTF8(b)
}

var replacement = []byte("\uFFFD")

// isBinaryControl reports the control characters text does not contain.
func isBinaryControl(c rune) bool {
	return c < 0x20 && c != '\t' && c != '\n' && c != '\v' && c != '\f' && c != '\r' && c != 0x1B
}

// checkBinary refuses b if it holds a NUL or too many control bytes.
func checkBinary(b []byte, cs string) error {
	if i := bytes.IndexByte(b, 0); i >= 0 {
		return &BinaryError{Charset: cs, Offset: i, Reason: "NUL byte"}
	}
	first, n := -1, 0
	for i, c := range b {
		if c >= 0x20 || !isBinaryControl(rune(c)) {
			continue
		}
		if first < 0 {
			first = i
		}
		n++
	}
	return tooManyControls(n, len(b), first, cs)
}

func tooManyControls(n, total, first int, cs string) error {
	if n*100 > total {
		return &BinaryError{Charset: cs, Offset: first, Reason: fmt.Sprintf("%d control bytes in %d", n, total)}
	}
	return nil
}

func decodeUTF8(b []byte) (string, int, error) {
	if utf8.Valid(b) {
		return string(b), 0, nil
	}
	out := make([]byte, 0, len(b)+16)
	invalid := 0
	for i := 0; i < len(b); {
		r, size := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && size <= 1 {
			out = append(out, replacement...)
			invalid++
			i += invalidUTF8Len(b[i:])
			continue
		}
		out = append(out, b[i:i+size]...)
		i += size
	}
	return string(out), invalid, nil
}

// invalidUTF8Len is the length of the maximal invalid subpart at the start
// of b (the Unicode and WHATWG rule): a lead byte and the continuation bytes
// that were valid so far become one U+FFFD.
func invalidUTF8Len(b []byte) int {
	lo, hi, need := byte(0x80), byte(0xBF), 0
	switch c := b[0]; {
	case c >= 0xC2 && c <= 0xDF:
		need = 1
	case c == 0xE0:
		lo, need = 0xA0, 2
	case c == 0xED:
		hi, need = 0x9F, 2
	case c >= 0xE1 && c <= 0xEF:
		need = 2
	case c == 0xF0:
		lo, need = 0x90, 3
	case c == 0xF4:
		hi, need = 0x8F, 3
	case c >= 0xF1 && c <= 0xF3:
		need = 3
	default:
		return 1
	}
	n := 1
	for ; n <= need && n < len(b); n++ {
		if b[n] < lo || b[n] > hi {
			break
		}
		lo, hi = 0x80, 0xBF
	}
	return n
}

func decodeLatin(b []byte) string {
	m := loadModel()
	var out strings.Builder
	out.Grow(len(b) + len(b)/4)
	for _, c := range b {
		if c < utf8.RuneSelf {
			out.WriteByte(c)
			continue
		}
		out.WriteRune(m.cp1252[c])
	}
	return out.String()
}

func decodeUTF16(b []byte, bigEndian bool) (string, int, error) {
	cs, hi, lo := UTF16LE, 1, 0
	if bigEndian {
		cs, hi, lo = UTF16BE, 0, 1
	}
	var out strings.Builder
	out.Grow(len(b) * 3 / 2)
	var buf [utf8.UTFMax]byte
	invalid, controls, first := 0, 0, -1
	i := 0
	for ; i+1 < len(b); i += 2 {
		u := rune(b[i+hi])<<8 | rune(b[i+lo])
		switch {
		case u >= 0x20 && u < utf8.RuneSelf:
			out.WriteByte(byte(u))
			continue
		case u == 0:
			return "", 0, &BinaryError{Charset: cs, Offset: i, Reason: "NUL code unit"}
		case u < 0x20 && isBinaryControl(u):
			if first < 0 {
				first = i
			}
			controls++
		case u >= 0xD800 && u <= 0xDBFF:
			if i+3 < len(b) {
				if v := rune(b[i+2+hi])<<8 | rune(b[i+2+lo]); v >= 0xDC00 && v <= 0xDFFF {
					out.Write(utf8.AppendRune(buf[:0], 0x10000+(u-0xD800)<<10+(v-0xDC00)))
					i += 2
					continue
				}
			}
			u = utf8.RuneError
			invalid++
		case u >= 0xDC00 && u <= 0xDFFF:
			u = utf8.RuneError
			invalid++
		}
		out.Write(utf8.AppendRune(buf[:0], u))
	}
	if i < len(b) { // an odd byte at the end
		out.Write(replacement)
		invalid++
	}
	if err := tooManyControls(controls, len(b)/2, first, cs); err != nil {
		return "", 0, err
	}
	return out.String(), invalid, nil
}

// encodeGB18030 encodes s in GB18030; ok is false if s has a rune GB18030
// cannot encode (only invalid UTF-8 or surrogates).
func encodeGB18030(s string) ([]byte, bool) {
	b, err := simplifiedchinese.GB18030.NewEncoder().Bytes([]byte(s))
	return b, err == nil
}
