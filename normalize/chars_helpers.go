package normalize

import "unicode"

// isContentRune reports whether c carries text: a letter or digit of any
// script (Han included).
func isContentRune(c rune) bool {
	return unicode.IsLetter(c) || unicode.IsDigit(c)
}
