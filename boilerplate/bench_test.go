package boilerplate_test

import (
	"testing"

	"github.com/zhnorm/zhnorm/boilerplate"
)

// BenchmarkClassify classifies every corpus page and the 100 Common Crawl
// documents; bytes are the paragraph bytes.
func BenchmarkClassify(b *testing.B) {
	docs := append(loadCorpusPages(b), loadJSONL(b)...)
	n := 0
	for _, d := range docs {
		for _, p := range d {
			n += len(p)
		}
	}
	b.SetBytes(int64(n))
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		for _, d := range docs {
			boilerplate.Classify(d)
		}
	}
}

// BenchmarkLearnerAdd feeds the 100 Common Crawl documents to a Learner.
func BenchmarkLearnerAdd(b *testing.B) {
	docs := loadJSONL(b)
	n := 0
	for _, d := range docs {
		for _, p := range d {
			n += len(p)
		}
	}
	b.SetBytes(int64(n))
	b.ReportAllocs()
	for b.Loop() {
		l := boilerplate.NewLearner(3)
		for _, d := range docs {
			l.Add(d)
		}
	}
}
