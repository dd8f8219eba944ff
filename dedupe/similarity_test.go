package dedupe

import (
	"math/rand/v2"
	"testing"
)

func TestSimilarity8(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 1))
	for range 1000 {
		n := rng.IntN(140)
		a, b := make([]uint8, n), make([]uint8, n)
		want := 0
		for i := range a {
			a[i] = uint8(rng.IntN(4))
			b[i] = uint8(rng.IntN(4))
			if a[i] == b[i] {
				want++
			}
		}
		if n == 0 {
			continue
		}
		got := similarity8(a, b)
		const chance = 1.0 / 256
		w := (float64(want)/float64(n) - chance) / (1 - chance)
		if w < 0 {
			w = 0
		}
		if got != w {
			t.Fatalf("n=%d: got %v want %v", n, got, w)
		}
	}
}
