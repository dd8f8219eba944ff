package dedupe

import (
	"fmt"
	"runtime"
	"strings"
	"sync/atomic"
	"testing"
)

// BenchmarkIndexAdd adds distinct ~2 KB documents (20,000 originals of the
// evaluation set, cycled: beyond 20,000 ops the repeats are duplicates) to one
// Index; run with -cpu 1 for the per-core figure.
func BenchmarkIndexAdd(b *testing.B) {
	docs := makeEvalSet(b, 20000, 0, 7)
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
	docs := makeEvalSet(b, 20000, 0, 7)
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
	b.ResetTimer()
	for i := range b.N {
		ix.Signature(docs[i%len(docs)].text)
	}
}

// TestIndexMemory measures the heap kept per stored document: 20,000
// distinct ~2 KB documents, runtime.MemStats before and after; the texts
// are allocated before the first reading, so only the Index is counted.
func TestIndexMemory(t *testing.T) {
	n := 20000
	if testing.Short() {
		n = 4000
	}
	docs := makeEvalSet(t, n, 0, 11)
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	ix, _ := NewIndex()
	for _, d := range docs {
		ix.Add(d.id, d.text)
	}
	runtime.GC()
	runtime.ReadMemStats(&after)
	perDoc := float64(after.HeapAlloc-before.HeapAlloc) / float64(ix.Len())
	t.Logf("%d of %d documents stored: %.0f bytes of heap per stored document", ix.Len(), n, perDoc)
	if ix.Len() < n*99/100 {
		t.Errorf("only %d of %d distinct documents stored", ix.Len(), n)
	}
	if perDoc > 1024 {
		t.Errorf("%.0f bytes per document, want ≤ 1024", perDoc)
	}
	runtime.KeepAlive(ix)
	runtime.KeepAlive(docs)
}

// benchPage builds a page of n paragraphs from the evaluation sentences,
// one in ten a repeat (exact, near or a block of two) of an earlier one.
func benchPage(tb testing.TB, n int) []string {
	docs := makeEvalSet(tb, max(1, n/6), 0, 5)
	var paras []string
	for _, d := range docs {
		for _, p := range strings.Split(strings.TrimSpace(d.text), "\n") {
			if len(paras) == n {
				return paras
			}
			if len(paras) > 10 && len(paras)%10 == 0 {
				j := len(paras) * 7 / 10
				paras = append(paras, paras[j], paras[j+1])
				continue
			}
			paras = append(paras, p)
		}
	}
	return paras
}

// BenchmarkParagraphs runs Paragraphs on pages of 100, 1,000 and 10,000
// paragraphs (≈ 8 KB, 80 KB, 800 KB): ns/op should grow tenfold per step.
func BenchmarkParagraphs(b *testing.B) {
	for _, n := range []int{100, 1000, 10000} {
		page := benchPage(b, n)
		size := 0
		for _, p := range page {
			size += len(p) + 1
		}
		b.Run(fmt.Sprintf("paras=%d", n), func(b *testing.B) {
			b.SetBytes(int64(size))
			b.ReportAllocs()
			for range b.N {
				Paragraphs(page)
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(len(page)), "ns/paragraph")
		})
	}
}
