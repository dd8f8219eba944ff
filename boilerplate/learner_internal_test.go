package boilerplate

import (
	"fmt"
	"testing"
)

// TestLearnerCapacity checks the memory bound: the table never holds more
// than its capacity, however many distinct lines pass through.
func TestLearnerCapacity(t *testing.T) {
	l := NewLearner(2, WithCapacity(100))
	for d := 0; d < 50; d++ {
		doc := []string{"返回顶部"}
		for k := 0; k < 40; k++ {
			doc = append(doc, fmt.Sprintf("行%c%c", 0x4E00+rune(d), 0x4E00+rune(k)))
		}
		l.Add(doc)
		if n := len(l.counts); n > 100 {
			t.Fatalf("after %d documents the table holds %d lines, capacity 100", d+1, n)
		}
		if len(l.texts) > len(l.counts) {
			t.Fatalf("%d texts for %d counted lines", len(l.texts), len(l.counts))
		}
	}
	if got := l.counts[mustHash(t, "返回顶部")]; got != 50 {
		t.Errorf("count of the line in every document = %d, want 50", got)
	}
}

func mustHash(t *testing.T, s string) uint64 {
	h, ok := lineHash(s)
	if !ok {
		t.Fatalf("no hash for %q", s)
	}
	return h
}

func TestLineHashFolds(t *testing.T) {
	pairs := [][2]string{{"阅读 123", "阅读999"}, {"ＡＢＣ 首页", "abc首页"}, {"Copyright 2022", "copyright 1999"}}
	for _, p := range pairs {
		if mustHash(t, p[0]) != mustHash(t, p[1]) {
			t.Errorf("%q and %q should fold together", p[0], p[1])
		}
	}
	if mustHash(t, "首页") == mustHash(t, "首頁") {
		t.Error("different characters folded together")
	}
	if _, ok := lineHash("|"); ok {
		t.Error("a line without letters was hashed")
	}
}
