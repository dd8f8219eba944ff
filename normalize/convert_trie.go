package normalize

import (
	"unicode/utf8"

	"github.com/zhnorm/zhnorm/normalize/internal/dict"
)

// phraseTrie is a trie over runes, built once from one dictionary and read
// without locks afterwards. Node 0 is the root. The children of the root for
// runes in the Basic Multilingual Plane sit in a flat array (one load per
// text position, the common case); every other edge is in an
// open-addressing hash table keyed by (node, rune).
type phraseTrie struct {
	first    []int32  // rune < 0x10000 → child of the root, 0 if none
	value    []string // node → replacement, "" if no key ends here
	hasKids  []bool   // node → whether any edge leaves it
	edgeKey  []uint64 // node<<32 | rune, 0 = empty slot (node 0 with rune 0 is never stored)
	edgeNode []int32
	mask     uint64
	maxBytes int // longest key, in bytes
}

func newPhraseTrie(entries []dict.Entry) *phraseTrie {
	t := &phraseTrie{first: make([]int32, 0x10000), value: []string{""}, hasKids: []bool{false}}
	edges := 0
	for _, e := range entries {
		edges += utf8.RuneCountInString(e.Key)
	}
	size := 16
	for size < 2*edges {
		size *= 2
	}
	t.edgeKey = make([]uint64, size)
	t.edgeNode = make([]int32, size)
	t.mask = uint64(size - 1)
	for _, e := range entries {
		t.insert(e.Key, e.Value)
	}
	return t
}

func (t *phraseTrie) insert(key, value string) {
	if key == "" || !utf8.ValidString(key) {
		return
	}
	node := int32(0)
	for _, r := range key {
		child := t.child(node, r)
		if child == 0 {
			child = int32(len(t.value))
			t.value = append(t.value, "")
			t.hasKids = append(t.hasKids, false)
			t.hasKids[node] = true
			t.setChild(node, r, child)
		}
		node = child
	}
	t.value[node] = value
	t.maxBytes = max(t.maxBytes, len(key))
}

func edgeHash(k uint64) uint64 { return (k * 0x9E3779B97F4A7C15) >> 17 }

func (t *phraseTrie) child(node int32, r rune) int32 {
	if node == 0 && r < 0x10000 {
		return t.first[r]
	}
	k := uint64(node)<<32 | uint64(uint32(r))
	for i := edgeHash(k) & t.mask; ; i = (i + 1) & t.mask {
		switch t.edgeKey[i] {
		case k:
			return t.edgeNode[i]
		case 0:
			return 0
		}
	}
}

func (t *phraseTrie) setChild(node int32, r rune, child int32) {
	if node == 0 && r < 0x10000 {
		t.first[r] = child
		return
	}
	k := uint64(node)<<32 | uint64(uint32(r))
	i := edgeHash(k) & t.mask
	for t.edgeKey[i] != 0 {
		i = (i + 1) & t.mask
	}
	t.edgeKey[i] = k
	t.edgeNode[i] = child
}

// longest returns the byte length and replacement of the longest key that
// is a prefix of s, or 0 if none is.
func (t *phraseTrie) longest(s string) (int, string) {
	var node int32
	r, size := rune(s[0]), 1
	if r >= utf8.RuneSelf {
		r, size = utf8.DecodeRuneInString(s)
		if r == utf8.RuneError && size == 1 {
			return 0, "" // invalid bytes never match
		}
	}
	if r < 0x10000 {
		node = t.first[r]
	} else {
		node = t.child(0, r)
	}
	if node == 0 {
		return 0, ""
	}
	i, bestLen, best := size, 0, ""
	if v := t.value[node]; v != "" {
		bestLen, best = i, v
	}
	for t.hasKids[node] && i < len(s) {
		r, size = rune(s[i]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(s[i:])
			if r == utf8.RuneError && size == 1 {
				break
			}
		}
		node = t.child(node, r)
		if node == 0 {
			break
		}
		i += size
		if v := t.value[node]; v != "" {
			bestLen, best = i, v
		}
	}
	return bestLen, best
}
