package encoding

import (
	"strings"
	"unicode/utf8"
)

// Garbled-span thresholds: a clause is reported only when it is long enough
// to judge, scores far below Chinese text, and is made of the characters
// lossy GBK/UTF-8 mojibake is made of (level-2 and rarer ideographs,
// private use, C1) rather than of kana or Latin letters.
const (
	garbledMinRunes   = 7 // on its own
	garbledNearRunes  = 4 // in a segment with other damage
	garbledBelow      = 1.0
	garbledRareShare  = 0.4
	kunjinkao         = "锟斤拷" // U+FFFD U+FFFD in UTF-8, read as GBK
	reasonReplacement = "replacement-run"
	reasonKunjinkao   = "kunjinkao"
	reasonLossy       = "lossy-mojibake"
	reasonShifted     = "shifted-gbk"
	reasonLossyUTF8   = "lossy-utf8-gbk"
	// A one-byte-off GBK reading must score this well and gain this much.
	shiftedMinRunes = 4
	shiftedBelow    = 2.0
	shiftedAtLeast  = 3.0
	shiftedMargin   = 2.0
)

// garbledReason returns why the clause p (no U+FFFD) is unrepairable
// mojibake, or "" when it should be kept. Clauses shorter than minRunes are
// kept (a run of rare characters may be a name or Japanese kanji).
func garbledReason(p string, minRunes int) string {
	if strings.Contains(p, kunjinkao) {
		return reasonKunjinkao
	}
	n, rare := 0, 0
	for _, r := range p {
		if r < utf8.RuneSelf {
			continue
		}
		n++
		switch classOf(r) {
		case classCJKLevel2, classCJKRare, classCJKExt, classPrivateUse, classControl:
			rare++
		}
	}
	if n < minRunes || float64(rare) < garbledRareShare*float64(n) || foreignScript(p) {
		return ""
	}
	if plausibility(p) >= garbledBelow {
		return ""
	}
	return reasonLossy
}

// shiftedGuess reads p as GBK that was decoded one byte off (a byte lost or
// added before it, as seed 001's "Γ和跻哉", which was "：王以正"): it
// re-encodes p as GBK, drops the first byte and decodes again. The last
// byte may be left over (half of a lost character). It returns the reading
// when that is much more plausible than p.
func shiftedGuess(p string) (string, bool) {
	// Names and rare words are short and score low too: only a longer span
	// with a stray symbol (Γ from 0xA6A3, Ｖ from 0xA3D6) is judged.
	if runeCount(p) < shiftedMinRunes || !strings.ContainsFunc(p, isIdeograph) ||
		!strings.ContainsFunc(p, func(r rune) bool { return classOf(r) == classSymbol || oddPunct(r) }) {
		return "", false
	}
	orig := plausibility(p)
	if orig >= shiftedBelow {
		return "", false
	}
	b, ok := encodeAs(csGBK, p)
	if !ok || len(b) < 5 {
		return "", false
	}
	b = b[1:]
	guess, ok := decodeAs(csGBK, b)
	if !ok {
		guess, ok = decodeAs(csGBK, b[:len(b)-1])
	}
	if !ok || runeCount(guess) < 2 {
		return "", false
	}
	for _, r := range guess {
		switch classOf(r) {
		case classControl, classPrivateUse, classReplacement:
			return "", false
		}
	}
	if sc := plausibility(guess); sc < shiftedAtLeast || sc-orig < shiftedMargin {
		return "", false
	}
	return guess, true
}

// lossyKind names lossy mojibake more precisely when its GBK bytes are
// mostly well-formed UTF-8 sequences: UTF-8 read as GBK with bytes lost
// (seed 003's 闂傚倸鍊搁崐…).
func lossyKind(text string) string {
	var buf []byte
	for _, r := range text {
		if r == utf8.RuneError || r < utf8.RuneSelf {
			continue
		}
		b, ok := appendEncoded(buf, csGBK, string(r))
		if !ok {
			return reasonLossy
		}
		buf = b
	}
	good := 0
	for i := 0; i < len(buf); {
		r, size := utf8.DecodeRune(buf[i:])
		if r != utf8.RuneError && size > 1 {
			good += size
		}
		i += max(size, 1)
	}
	if len(buf) >= 6 && 10*good >= 6*len(buf) {
		return reasonLossyUTF8
	}
	return reasonLossy
}
