package encoding

import (
	"strings"
	"unicode/utf8"
)

// chainShifted names the repair of GBK read one byte late.
const chainShifted = "gbk read one byte late"

// shiftedQuote finds GBK text read one byte late from a sentence end inside
// quotes, as on Common Crawl page 14: the bytes of 。” (A1A3 A1B1) lost
// their first byte, which shows as "?", and the rest pairs up one byte
// over: A3A1 is ！, A1B1+C9CF… become 鄙虾…, until an ASCII trail byte
// ("a" of 產 AE61) brings the reading back in step. At i, s must start
// with "?", an optional space, ！ and then a character whose lead byte is
// the trail of “ or ” (B0, B1). The repair is a lossless round trip: the
// repaired text's GBK bytes without the first are exactly the mojibake's.
// The lost byte is A1, the only lead that makes the A3 left over common
// punctuation (。; A3A3 would be ＃). When the quote's trail byte was
// swallowed with the next ASCII byte into a second "?", only 。 is
// repaired and the rest ("?" and a broken "</p>" tag) is returned as
// garbled. It returns the span [i, end), the repair, and the garbled span
// after it ([end, gEnd), empty if none).
func shiftedQuote(s string, i int) (end int, repaired string, gEnd int, ok bool) {
	j := i + 1
	if j < len(s) && s[j] == ' ' {
		j++
	}
	if !strings.HasPrefix(s[j:], "！") {
		return 0, "", 0, false
	}
	// The run of non-ASCII runes that was read out of step.
	k := j
	for k < len(s) {
		r, size := utf8.DecodeRuneInString(s[k:])
		if r < utf8.RuneSelf || isSeparator(r) || r == utf8.RuneError {
			break
		}
		k += size
	}
	b, ok := encodeAs(csGBK, s[j:k])
	if !ok || len(b) < 2 || b[0] != 0xA3 {
		return 0, "", 0, false
	}
	rest := b[1:]
	end = k
	if len(rest) == 1 {
		// Only ！: the quote's lead byte A1 is left; its trail was
		// swallowed into a second "?".
		if rest[0] != 0xA1 || k >= len(s) || s[k] != '?' {
			return 0, "", 0, false
		}
		gEnd = k + 1
		gEnd += brokenTagLen(s[gEnd:])
		return end, "。", gEnd, true
	}
	if rest[0] != 0xA1 || rest[1] != 0xB0 && rest[1] != 0xB1 {
		return 0, "", 0, false
	}
	if gbkPairsOdd(rest) {
		// The last lead byte pairs with the ASCII byte after the run.
		if k >= len(s) || s[k] < 0x40 || s[k] > 0x7E {
			return 0, "", 0, false
		}
		rest = append(rest, s[k])
		end = k + 1
	}
	text, ok := decodeAs(csGBK, rest)
	if !ok {
		return 0, "", 0, false
	}
	for _, r := range text {
		switch classOf(r) {
		case classControl, classPrivateUse, classReplacement, classSymbol, classLatin1:
			return 0, "", 0, false
		}
	}
	// Round trip: the repaired bytes minus the lost A1 are the mojibake's.
	back, ok := encodeAs(csGBK, "。"+text)
	if !ok || string(back[1:]) != string(b)+s[k:end] || plausibility(text) < shiftedQuoteAtLeast {
		return 0, "", 0, false
	}
	return end, "。" + text, end, true
}

// shiftedQuoteAtLeast: the text after the quote must read as Chinese.
const shiftedQuoteAtLeast = 1.5

// gbkPairsOdd reports whether b, read as GBK from its start, ends with a
// lead byte missing its trail.
func gbkPairsOdd(b []byte) bool {
	for i := 0; i < len(b); {
		if b[i] < 0x80 {
			i++
			continue
		}
		if i+1 >= len(b) {
			return true
		}
		i += 2
	}
	return false
}

// brokenTagLen returns the length of an HTML tag missing its "<" at the
// start of s ("/p>"), or 0.
func brokenTagLen(s string) int {
	i := 0
	if i < len(s) && s[i] == '/' {
		i++
	}
	n := i
	for i < len(s) && (s[i]|0x20 >= 'a' && s[i]|0x20 <= 'z' || s[i] >= '0' && s[i] <= '9') {
		i++
	}
	if i == n || i >= len(s) || s[i] != '>' {
		return 0
	}
	return i + 1
}

// swallowedQuote guesses the quote whose trail byte shiftedQuote found
// swallowed: ” when the text before it has an unclosed “, else nothing.
// Lead byte A1 alone does not prove it (“, ”, 、 and more share it).
func swallowedQuote(before string) string {
	if strings.Count(before, "“") > strings.Count(before, "”") {
		return "”"
	}
	return ""
}
