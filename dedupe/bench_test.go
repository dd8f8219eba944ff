package dedupe

import (
	"fmt"
	"runtime"
	"strings"
	"sync/atomic"
	"testing"
)

// BenchmarkIndexAdd adds ~2 KB documents (the evaluation set's originals and
// copies, cycled) to one Index; docs/s is per benchmark goroutine, so with
// -cpu 1 it is per core.
func BenchmarkIndexAdd(b *testing.B) {
	docs := makeEvalSet(b, 2000, 2000, 7)
	ix, _ := NewIndex()
	b.SetBytes(int64(meanBytes(docs)))
	b.ReportAllocs()
	b.ResetTimer()
	for i := range b.N {
		d := docs[i%len(docs)]
		ix.Add(fmt.Sprint(i), d.text) // distinct ids; repeats of a text are duplicates
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "docs/s")
}

// BenchmarkIndexAddParallel is BenchmarkIndexAdd from GOMAXPROCS goroutines.
func BenchmarkIndexAddParallel(b *testing.B) {
	docs := makeEvalSet(b, 2000, 2000, 7)
	ix, _ := NewIndex()
	b.SetBytes(int64(meanBytes(docs)))
	b.ReportAllocs()
	var n atomic.Int64
	b.ResetTimer()
	b.RunParallel(func(pb *testing.PB) {
		for pb.Next() {
			i := n.Add(1)
			ix.Add(fmt.Sprint(i), docs[int(i)%len(docs)].text)
		}
	})
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "docs/s")
}

// BenchmarkSignature is the per-document hashing cost alone.
func BenchmarkSignature(b *testing.B) {
	docs := makeEvalSet(b, 500, 0, 7)
	ix, _ := NewIndex()
	b.SetBytes(int64(meanBytes(docs)))
	b.ReportAllocs()
	for i := range b.N {
		ix.Signature(docs[i%len(docs)].text)
	}
}

// TestIndexMemory measures the heap kept per stored document: 20,000
// distinct ~2 KB documents, runtime.MemStats before and after, the texts
// themselves excluded (they are not retained).
func TestIndexMemory(t *testing.T) {
	n := 20000
	if testing.Short() {
		n = 4000
	}
	docs := makeEvalSet(t, 2000, 0, 11)
	texts := make([]string, len(docs))
	for i, d := range docs {
		texts[i] = d.text
	}
	ids := make([]string, n)
	for i := range ids {
		ids[i] = fmt.Sprintf("doc-%07d", i)
	}
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	ix, _ := NewIndex()
	stored := 0
	for i := range n {
		// Vary each text a little so that all n are distinct documents.
		text := texts[i%len(texts)]
		if i >= len(texts) {
			text = strings.Repeat(ids[i], 8) + text[len(text)/2:] + strings.Repeat(ids[i], 8)
		}
		if _, _, dup := ix.Add(ids[i], text); !dup {
			stored++
		}
	}
	runtime.GC()
	runtime.ReadMemStats(&after)
	perDoc := float64(after.HeapAlloc-before.HeapAlloc) / float64(ix.Len())
	t.Logf("%d documents stored (%d added): %.0f bytes of heap per stored document", ix.Len(), n, perDoc)
	if perDoc > 1024 {
		t.Errorf("%.0f bytes per document, want ≤ 1024", perDoc)
	}
	runtime.KeepAlive(ix)
	runtime.KeepAlive(texts)
}
