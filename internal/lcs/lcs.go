// Package lcs scores extracted text against a reference by the longest
// common subsequence of their characters, the measure used to compare
// boilerplate removal with human gold text.
package lcs

import (
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// Fold prepares text for scoring: NFKC, then every white-space character
// removed, as a slice of runes.
func Fold(s string) []rune {
	s = norm.NFKC.String(s)
	return []rune(strings.Map(func(r rune) rune {
		if unicode.IsSpace(r) {
			return -1
		}
		return r
	}, s))
}

// Length returns the length of the longest common subsequence of a and b,
// computed with Hyyrö's bit-parallel algorithm in O(len(a)·len(b)/64).
func Length(a, b []rune) int {
	if len(a) < len(b) {
		a, b = b, a
	}
	if len(b) == 0 {
		return 0
	}
	words := (len(b) + 63) / 64
	match := map[rune][]uint64{}
	for i, r := range b {
		m, ok := match[r]
		if !ok {
			m = make([]uint64, words)
			match[r] = m
		}
		m[i/64] |= 1 << (i % 64)
	}
	v := make([]uint64, words)
	for i := range v {
		v[i] = ^uint64(0)
	}
	zero := make([]uint64, words)
	for _, r := range a {
		m, ok := match[r]
		if !ok {
			m = zero
		}
		var carry uint64
		for w := range v {
			u := v[w] & m[w]
			sum, c1 := add(v[w], u, carry)
			carry = c1
			v[w] = sum | (v[w] - u)
		}
	}
	n := 0
	for w, x := range v {
		bits := ^x
		if w == words-1 && len(b)%64 != 0 {
			bits &= (1 << (len(b) % 64)) - 1
		}
		for ; bits != 0; bits &= bits - 1 {
			n++
		}
	}
	return n
}

func add(x, y, carry uint64) (sum, carryOut uint64) {
	sum = x + y + carry
	carryOut = ((x & y) | ((x | y) &^ sum)) >> 63
	return sum, carryOut
}

// Score is character-level precision, recall and F1 of got against want.
type Score struct {
	Precision, Recall, F1 float64
}

// Compare scores got against want after folding both.
func Compare(got, want string) Score {
	g, w := Fold(got), Fold(want)
	l := float64(Length(g, w))
	var s Score
	if len(g) > 0 {
		s.Precision = l / float64(len(g))
	} else if len(w) == 0 {
		s.Precision = 1
	}
	if len(w) > 0 {
		s.Recall = l / float64(len(w))
	} else {
		s.Recall = 1
	}
	if s.Precision+s.Recall > 0 {
		s.F1 = 2 * s.Precision * s.Recall / (s.Precision + s.Recall)
	}
	return s
}
