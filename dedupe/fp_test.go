package dedupe

import (
	"fmt"
	"os"
	"testing"
)

func TestFP(t *testing.T) {
	if os.Getenv("DEDUPE_DUMP") == "" {
		t.Skip()
	}
	docs := makeEvalSet(t, 4000, 6300, 20261122)
	ix, _ := NewIndex()
	byID := map[string]evalDoc{}
	for _, d := range docs {
		byID[d.id] = d
		of, s, dup := ix.Add(d.id, d.text)
		if dup && byID[of].family != d.family {
			j := jaccard(shingleSet(Key(d.text), 3), shingleSet(Key(byID[of].text), 3))
			fmt.Printf("FP %s(%s) of %s est %.3f exact %.3f\n%.400s\n----\n%.400s\n=====\n", d.id, d.class, of, s, j, d.text, byID[of].text)
		}
	}
}
