package dedupe

import (
	"fmt"
	"os"
	"slices"
	"testing"
)

func TestMeasureJaccard(t *testing.T) {
	if os.Getenv("DEDUPE_DUMP") == "" {
		t.Skip()
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
		// negatives: each original vs the most similar of 200 originals of same topic-ish
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
			if best > 0.3 {
				fmt.Printf("NEG %d %.2f\n%.300s\n", i, best, docs[i].text)
			}
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
	var total int
	for _, d := range docs {
		total += len(d.text)
	}
	fmt.Println("mean bytes", total/len(docs))
}
