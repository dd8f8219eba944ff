package dedupe

import (
	"slices"
	"sync"
)

// Shingle hashing is deliberately fixed (FNV-1a over code points, then the
// splitmix64 finalizer): signatures and band keys are emitted for other
// machines, so they must not depend on a per-process seed.

const (
	fnvOffset = 0xcbf29ce484222325
	fnvPrime  = 0x100000001b3
)

// mix64 is the splitmix64 finalizer: a fast bijection that spreads every
// input bit over the whole word.
func mix64(x uint64) uint64 {
	x ^= x >> 30
	x *= 0xbf58476d1ce4e5b9
	x ^= x >> 27
	x *= 0x94d049bb133111eb
	x ^= x >> 31
	return x
}

// hashRunes hashes one shingle.
func hashRunes(rs []rune) uint64 {
	h := uint64(fnvOffset)
	for _, r := range rs {
		h ^= uint64(r)
		h *= fnvPrime
	}
	return mix64(h)
}

// runePool recycles the folded-rune buffers so that signing a document
// allocates nothing per rune.
var runePool = sync.Pool{New: func() any { b := make([]rune, 0, 1024); return &b }}

// appendFolded appends the key runes of text (see Key) to buf.
func appendFolded(buf []rune, text string) []rune {
	for _, r := range text {
		if r, ok := foldRune(r); ok {
			buf = append(buf, r)
		}
	}
	return buf
}

// forEachShingle calls fn with the hash of every k-rune window of rs; a text
// shorter than k runes is one shingle.
func forEachShingle(rs []rune, k int, fn func(uint64)) {
	if len(rs) == 0 {
		return
	}
	if len(rs) <= k {
		fn(hashRunes(rs))
		return
	}
	for i := 0; i+k <= len(rs); i++ {
		fn(hashRunes(rs[i : i+k]))
	}
}

// shingleSet returns the sorted distinct shingle hashes of a key.
func shingleSet(key string, k int) []uint64 {
	bp := runePool.Get().(*[]rune)
	rs := (*bp)[:0]
	for _, r := range key { // key is already folded
		rs = append(rs, r)
	}
	set := make([]uint64, 0, max(1, len(rs)-k+1))
	forEachShingle(rs, k, func(h uint64) { set = append(set, h) })
	*bp = rs[:0]
	runePool.Put(bp)
	slices.Sort(set)
	return slices.Compact(set)
}

// intersectSorted counts common elements of two sorted distinct slices.
func intersectSorted(a, b []uint64) int {
	n, i, j := 0, 0, 0
	for i < len(a) && j < len(b) {
		switch {
		case a[i] < b[j]:
			i++
		case a[i] > b[j]:
			j++
		default:
			n++
			i++
			j++
		}
	}
	return n
}

// jaccard of two sorted distinct shingle sets.
func jaccard(a, b []uint64) float64 {
	if len(a) == 0 && len(b) == 0 {
		return 1
	}
	c := intersectSorted(a, b)
	return float64(c) / float64(len(a)+len(b)-c)
}
