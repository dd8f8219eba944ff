package encoding

import (
	"unicode/utf8"

	"golang.org/x/text/encoding/simplifiedchinese"
)

// TODO(encoding issue): replace with real implementations.

// Detect guesses the charset of b.
func Detect(b []byte) Detection { return Detection{Charset: "UTF-8", Confidence: 0} }

// Decode converts b to UTF-8.
func Decode(b []byte) (string, Detection, error) {
	d := Detect(b)
	if !utf8.Valid(b) {
		s, err := simplifiedchinese.GB18030.NewDecoder().Bytes(b)
		return string(s), Detection{Charset: "GB18030"}, err
	}
	return string(b), d, nil
}
