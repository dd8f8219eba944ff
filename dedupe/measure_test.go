package dedupe

import (
	"flag"
	"fmt"
	"slices"
	"testing"
	"time"
)

var measure = flag.Bool("measure", false, "run the slow exact-Jaccard measurements of the evaluation set")

// TestIndexJaccardMeasurements prints the exact Jaccard similarity of each
// derived document to its original, and of 150 originals to their most
// similar other original, for shingle lengths 2, 3 and 5 (the basis of
// DefaultShingle and DefaultThreshold). About 10 s:
//
//	go test ./dedupe -run TestIndexJaccardMeasurements -v -args -measure
func TestIndexJaccardMeasurements(t *testing.T) {
	if !*measure {
		t.Skip("pass -args -measure")
	}
	docs := makeEvalSet(t, 2000, 1400, 1)
	for _, k := range []int{2, 3, 5} {
		sets := make([][]uint64, len(docs))
		for i, d := range docs {
			sets[i] = shingleSet(Key(d.text), k)
		}
		byClass := map[string][]float64{}
		for i := 2000; i < len(docs); i++ {
			byClass[docs[i].class] = append(byClass[docs[i].class], jaccard(sets[i], sets[docs[i].family]))
		}
		// Negatives: an original against the most similar of the 2,000.
		var neg []float64
		for i := 0; i < 2000; i++ {
			best := 0.0
			for j := 0; j < 2000; j++ {
				if j != i {
					if s := jaccard(sets[i], sets[j]); s > best {
						best = s
					}
				}
			}
			neg = append(neg, best)
			if i > 150 {
				break
			}
		}
		q := func(v []float64) string {
			slices.Sort(v)
			return fmt.Sprintf("min %.3f p1 %.3f p5 %.3f p50 %.3f max %.3f", v[0], v[len(v)/100], v[len(v)/20], v[len(v)/2], v[len(v)-1])
		}
		fmt.Printf("k=%d negatives(max over others): %s\n", k, q(neg))
		for _, c := range evalClasses {
			fmt.Printf("k=%d %-12s %s\n", k, c, q(byClass[c]))
		}
	}
	fmt.Println("mean bytes", meanBytes(docs))
}

// TestIndexScaling adds 60,000 distinct ~2 KB documents to one default
// Index and prints, per 20,000, the throughput and the candidate
// signatures compared per document (which grow with the index). About 5 s:
//
//	go test ./dedupe -run TestIndexScaling -v -args -measure
func TestIndexScaling(t *testing.T) {
	if !*measure {
		t.Skip("pass -args -measure")
	}
	docs := makeEvalSet(t, 60000, 0, 77)
	ix, _ := NewIndex()
	const window = 20000
	start := time.Now()
	for i, d := range docs {
		ix.Add(d.id, d.text)
		if (i+1)%window == 0 {
			t.Logf("documents %6d–%6d: %6.0f docs/s, %5.1f candidates compared per document, %d stored",
				i+1-window, i+1, window/time.Since(start).Seconds(), float64(ix.compared)/window, ix.Len())
			ix.compared = 0
			start = time.Now()
		}
	}
}
