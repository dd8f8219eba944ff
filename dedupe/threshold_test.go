package dedupe

import (
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"
)

// pages returns the 16 corpus pages and the 100 Common Crawl documents, each
// split into lines.
func pages(tb testing.TB) [][]string {
	tb.Helper()
	var out [][]string
	files, err := filepath.Glob("../testdata/corpus/*.txt")
	if err != nil || len(files) == 0 {
		tb.Fatalf("corpus: %v (%d files)", err, len(files))
	}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			tb.Fatal(err)
		}
		out = append(out, strings.Split(string(b), "\n"))
	}
	topics, err := loadCCTexts()
	if err != nil {
		tb.Fatal(err)
	}
	for _, t := range topics {
		out = append(out, strings.Split(t, "\n"))
	}
	return out
}

// TestNearThresholdMeasurements justifies DefaultNearThreshold: it prints,
// for long paragraphs (≥ DefaultMinNearRunes key runes), the Jaccard of
// 3-rune shingles between distinct paragraphs of the same page and between a
// paragraph and an edited copy, and checks the separation the default relies on.
//
//	go test ./dedupe -run TestNearThresholdMeasurements -v
func TestNearThresholdMeasurements(t *testing.T) {
	cuts := []float64{0.5, 0.6, 0.7, 0.8, 0.9}
	var distinct []float64 // every pair of different keys within a page
	var paras []string
	for _, page := range pages(t) {
		var sets [][]uint64
		seen := map[string]bool{}
		for _, p := range page {
			k := Key(p)
			if utf8.RuneCountInString(k) < DefaultMinNearRunes || seen[k] {
				continue
			}
			seen[k] = true
			sets = append(sets, shingleSet(k, paraShingle))
			paras = append(paras, p)
		}
		for i := range sets {
			for j := range i {
				distinct = append(distinct, jaccard(sets[i], sets[j]))
			}
		}
	}
	share := func(v []float64, c float64) float64 {
		n := 0
		for _, x := range v {
			if x >= c {
				n++
			}
		}
		return float64(n) / float64(len(v))
	}
	var b strings.Builder
	fmt.Fprintf(&b, "share of pairs with Jaccard ≥ cut (3-rune shingles, paragraphs ≥ %d runes)\n%-22s %7s", DefaultMinNearRunes, "pairs", "n")
	for _, c := range cuts {
		fmt.Fprintf(&b, " %6.1f", c)
	}
	row := func(name string, v []float64) {
		fmt.Fprintf(&b, "\n%-22s %7d", name, len(v))
		for _, c := range cuts {
			fmt.Fprintf(&b, " %6.4f", share(v, c))
		}
	}
	row("distinct, same page", distinct)
	rng := rand.New(rand.NewPCG(3, 4))
	var pool []rune
	for _, p := range paras[:min(len(paras), 500)] {
		pool = append(pool, []rune(Key(p))...)
	}
	edited := map[int][]float64{}
	for _, pct := range []int{2, 5, 10, 20} {
		for _, p := range paras {
			e := editRunes(rng, p, float64(pct)/100, pool)
			edited[pct] = append(edited[pct], jaccard(shingleSet(Key(p), paraShingle), shingleSet(Key(e), paraShingle)))
		}
		row(fmt.Sprintf("copy, %d%% runes edited", pct), edited[pct])
	}
	t.Log("\n" + b.String())
	// The default must keep false near-duplicates rare and catch light edits.
	if fp := share(distinct, DefaultNearThreshold); fp > 0.001 {
		t.Errorf("%.4f of distinct pairs reach the default threshold", fp)
	}
	if r := share(edited[5], DefaultNearThreshold); r < 0.5 {
		t.Errorf("only %.2f of 5%%-edited copies reach the default threshold", r)
	}
}
