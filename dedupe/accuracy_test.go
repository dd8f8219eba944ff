package dedupe

import (
	"fmt"
	"strconv"
	"strings"
	"testing"
)

// TestIndexAccuracy adds the generated evaluation set (4,000 originals,
// 6,300 derived copies; 10,300 documents of ~2 KB) to a default Index and
// prints precision and recall per class. Run it with
//
//	go test ./dedupe -run TestIndexAccuracy -v
//
// Under -short it uses a 2,000-document set.
func TestIndexAccuracy(t *testing.T) {
	originals, derived := 4000, 6300
	if testing.Short() {
		originals, derived = 800, 1200
	}
	docs := makeEvalSet(t, originals, derived, 20261122)
	ix, err := NewIndex()
	if err != nil {
		t.Fatal(err)
	}
	family := map[string]int{}
	type tally struct{ n, flagged, correct int }
	byClass := map[string]*tally{}
	for _, c := range append([]string{"original"}, evalClasses...) {
		byClass[c] = &tally{}
	}
	for _, d := range docs {
		family[d.id] = d.family
		of, _, dup := ix.Add(d.id, d.text)
		tl := byClass[d.class]
		tl.n++
		if dup {
			tl.flagged++
			if family[of] == d.family {
				tl.correct++
			}
		}
	}
	var flagged, correct, positives int
	var b strings.Builder
	fmt.Fprintf(&b, "%d documents, mean %d bytes; Index defaults: shingle %d, %d hashes, %d bands × %d rows, threshold %.2f\n",
		len(docs), meanBytes(docs), DefaultShingle, DefaultHashes, DefaultBands, DefaultRows, DefaultThreshold)
	fmt.Fprintf(&b, "%-12s %6s %8s %9s %7s\n", "class", "docs", "flagged", "precision", "recall")
	for _, c := range append([]string{"original"}, evalClasses...) {
		tl := byClass[c]
		flagged += tl.flagged
		correct += tl.correct
		if c == "original" {
			fmt.Fprintf(&b, "%-12s %6d %8d %9s %7s   (false positives: %d)\n", c, tl.n, tl.flagged, "-", "-", tl.flagged)
			continue
		}
		positives += tl.n
		recall := float64(tl.correct) / float64(tl.n)
		fmt.Fprintf(&b, "%-12s %6d %8d %9.4f %7.4f\n", c, tl.n, tl.flagged, ratio(tl.correct, tl.flagged), recall)
		if recall < 0.95 {
			t.Errorf("class %s: recall %.4f < 0.95", c, recall)
		}
	}
	precision, recall := ratio(correct, flagged), float64(correct)/float64(positives)
	fmt.Fprintf(&b, "%-12s %6d %8d %9.4f %7.4f\n", "all", len(docs), flagged, precision, recall)
	t.Log("\n" + b.String())
	if precision < 0.99 || recall < 0.95 {
		t.Errorf("precision %.4f (want ≥ 0.99), recall %.4f (want ≥ 0.95)", precision, recall)
	}
	if ix.Len() != originals+derived-flagged {
		t.Errorf("Len() = %d, want %d", ix.Len(), originals+derived-flagged)
	}
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 1
	}
	return float64(a) / float64(b)
}

func meanBytes(docs []evalDoc) int {
	n := 0
	for _, d := range docs {
		n += len(d.text)
	}
	return n / max(1, len(docs))
}

var _ = strconv.Itoa
