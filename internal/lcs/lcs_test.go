package lcs

import (
	"math/rand/v2"
	"testing"
)

// naive is the textbook dynamic program, the reference for Length.
func naive(a, b []rune) int {
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for i := 1; i <= len(a); i++ {
		for j := 1; j <= len(b); j++ {
			switch {
			case a[i-1] == b[j-1]:
				cur[j] = prev[j-1] + 1
			case prev[j] >= cur[j-1]:
				cur[j] = prev[j]
			default:
				cur[j] = cur[j-1]
			}
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}

func TestLength(t *testing.T) {
	tests := []struct {
		a, b string
		want int
	}{
		{"", "", 0},
		{"abc", "", 0},
		{"abcbdab", "bdcaba", 4},
		{"成都加快医药产业发展", "成都医药产业", 6},
		{"甲乙丙", "丙乙甲", 1},
	}
	for _, tt := range tests {
		if got := Length([]rune(tt.a), []rune(tt.b)); got != tt.want {
			t.Errorf("Length(%q, %q) = %d, want %d", tt.a, tt.b, got, tt.want)
		}
	}
}

func TestLengthMatchesNaive(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	alphabet := []rune("甲乙丙丁戊ab")
	for n := 0; n < 300; n++ {
		a := make([]rune, rng.IntN(200))
		b := make([]rune, rng.IntN(200))
		for i := range a {
			a[i] = alphabet[rng.IntN(len(alphabet))]
		}
		for i := range b {
			b[i] = alphabet[rng.IntN(len(alphabet))]
		}
		if got, want := Length(a, b), naive(a, b); got != want {
			t.Fatalf("Length(%q, %q) = %d, naive %d", string(a), string(b), got, want)
		}
	}
}

func TestCompare(t *testing.T) {
	s := Compare("成都 加快\n医药", "成都加快医药产业")
	if s.Precision != 1 || s.Recall != 0.75 {
		t.Errorf("Compare = %+v, want precision 1, recall 0.75", s)
	}
	if s := Compare("", ""); s.F1 != 1 {
		t.Errorf("Compare of two empty texts = %+v, want F1 1", s)
	}
	if s := Compare("ＡＢＣ", "ABC"); s.F1 != 1 {
		t.Errorf("NFKC folding: %+v", s)
	}
}
