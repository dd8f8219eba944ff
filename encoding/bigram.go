package encoding

import (
	"encoding/binary"
	"slices"
	"strings"
	"sync"
	"unicode/utf8"
)

// dateUnits follow digits in dates.
const dateUnits = "年月日号"

// commonPairs returns the sorted r1<<16|r2 keys of commonBigrams, decoded
// on first use (only short GBK↔Big5 candidates need them).
var commonPairs = sync.OnceValue(func() []uint32 {
	b := decodeBitset(commonBigrams)
	keys := make([]uint32, 0, commonBigramCount)
	last := uint64(0)
	for len(b) > 0 {
		d, n := binary.Uvarint(b)
		if n <= 0 {
			panic("encoding: corrupt generated bigram table")
		}
		last += d
		keys = append(keys, uint32(last))
		b = b[n:]
	}
	return keys
})

// bigramCoverage counts the pairs of adjacent ideographs (U+4E00–U+9FFF) in
// s and how many of them are common bigrams.
//
// A digit followed by a non-ASCII rune counts as a pair too, known when the
// rune is a date unit: "2024年" is a word, "2024爛" (年 read as Big5) none.
func bigramCoverage(s string) (known, pairs int) {
	keys := commonPairs()
	prev := rune(0)
	for _, r := range s {
		if prev >= '0' && prev <= '9' && r >= utf8.RuneSelf && (isIdeograph(r) || classOf(r) == classPrivateUse) {
			pairs++
			if strings.ContainsRune(dateUnits, r) {
				known++
			}
		}
		if prev >= cjkFirst && prev <= cjkLast && r >= cjkFirst && r <= cjkLast {
			pairs++
			if _, ok := slices.BinarySearch(keys, uint32(prev)<<16|uint32(r)); ok {
				known++
			}
		}
		prev = r
	}
	return known, pairs
}

// wordsFavor reports whether the common bigrams decide between a short span
// and its repair: at least half of the repair's pairs are known words and
// none of the span's ("补丁" against "硃間").
func wordsFavor(span, repaired string) bool {
	k, n := bigramCoverage(repaired)
	if n == 0 || 2*k < n {
		return false
	}
	k, _ = bigramCoverage(span)
	return k == 0
}

// shortWordsMax bounds the spans that common bigrams are asked about: the
// fast path proves longer text clean by its characters alone.
const shortWordsMax = 6

// shortWordless reports a short span (1 to shortWordsMax non-ASCII runes)
// whose adjacent ideographs form no common bigram: "謗跺樓辦" (两个加快
// read as Big5) passes the fast path's character test but reads as no
// words, so it is worth a GBK↔Big5 try.
func shortWordless(s string) bool {
	n := 0
	for i := 0; i < len(s); i++ {
		if s[i] >= 0xC0 { // a lead byte: one non-ASCII rune
			if n++; n > shortWordsMax {
				return false
			}
		}
	}
	if n < 1 {
		return false
	}
	k, pairs := bigramCoverage(s)
	return pairs > 0 && k == 0
}

// allKnown: every pair of adjacent ideographs in s is a common bigram, and
// there is one. A lone kana between ideographs ("肮ぶ") would make the span
// look Japanese; a repair that is all known words (同期) outweighs that.
func allKnown(s string) bool {
	k, n := bigramCoverage(s)
	return n > 0 && k == n
}

// hanSpan: s has an ideograph (or private-use debris) and no letters of an alphabet (Latin-1,
// Latin extended, Greek, Cyrillic), whose words bigrams know nothing of.
func hanSpan(s string) bool {
	han := false
	for _, r := range s {
		switch {
		case isIdeograph(r), classOf(r) == classPrivateUse:
			han = true
		case r >= 0xC0 && r <= 0x24F, isGreek(r), isCyrillic(r):
			return false
		}
	}
	return han
}

// losesWords reports a GBK↔Big5 repair that has fewer common bigrams than
// the span it repairs ("编辑" read back as "晤憮"): mojibake rarely forms
// words, so the span is more likely text.
func losesWords(span, repaired string) bool {
	k0, _ := bigramCoverage(span)
	if k0 == 0 {
		return false
	}
	k1, _ := bigramCoverage(repaired)
	return k1 < k0
}
