package dedupe

import (
	"slices"
	"unicode/utf8"
)

// Kinds of Dup.
const (
	KindExact     = "exact"     // same Key
	KindNear      = "near"      // shingle Jaccard ≥ the near threshold
	KindContained = "contained" // a shorter paragraph whose shingles lie in Of
	KindBlock     = "block"     // member of a repeated run of ≥ 2 paragraphs
)

// Defaults of Paragraphs; see README.md for the measurements behind them.
const (
	DefaultNearThreshold    = 0.7 // Jaccard of 3-rune shingles
	DefaultContainThreshold = 0.9 // share of the shorter paragraph's shingles
	DefaultMinNearRunes     = 16  // key runes; shorter lines are "short"
	paraShingle             = 3
	postingCap              = 16 // shingles shared by more kept paragraphs carry no signal
)

// Option tunes Paragraphs. Options are small values; invalid ones (a
// threshold outside (0, 1], a length below 1) are ignored, leaving the default.
type Option interface{ apply(*config) }

type config struct {
	near, contain float64
	minNear       int
	noNear        bool
}

type nearThreshold float64

func (o nearThreshold) apply(c *config) {
	if o > 0 && o <= 1 {
		c.near = float64(o)
	}
}

// NearThreshold sets the Jaccard similarity of 3-rune shingles at or above
// which a long paragraph is a near duplicate of an earlier one.
func NearThreshold(j float64) Option { return nearThreshold(j) }

type containThreshold float64

func (o containThreshold) apply(c *config) {
	if o > 0 && o <= 1 {
		c.contain = float64(o)
	}
}

// ContainThreshold sets the share of a long paragraph's shingles that must
// occur in a longer earlier paragraph for it to be dropped as contained.
func ContainThreshold(c float64) Option { return containThreshold(c) }

type withoutNear struct{}

func (withoutNear) apply(c *config) { c.noNear = true }

// WithoutNear restricts Paragraphs to exact keys: no near or contained
// drops, and block members must then repeat their original's key exactly.
func WithoutNear() Option { return withoutNear{} }

type minNearRunes int

func (o minNearRunes) apply(c *config) {
	if o >= 1 {
		c.minNear = int(o)
	}
}

// MinNearRunes sets the key length (in runes) below which a line is short.
// Short lines are never near, contained or lone exact duplicates; they are
// dropped only inside a repeated block.
func MinNearRunes(n int) Option { return minNearRunes(n) }

type paraInfo struct {
	key    string
	runes  int
	comp   int      // position among paragraphs with a non-empty key
	sh     []uint64 // sorted distinct shingles, long paragraphs only
	kept   bool
	dupIdx int // index into dups when dropped
}

// Paragraphs drops repeated paragraphs of one page and reports each drop.
// The first occurrence always stays, every Dup.Of is a kept paragraph
// before Dup.Index, and Paragraphs(kept) drops nothing. The rules, in order:
//
//   - A paragraph whose Key is empty ("", "![]() |") is kept and is
//     transparent: it neither matches nor interrupts a block.
//   - Block: once a long paragraph repeats an earlier kept one, the
//     following paragraphs are compared with those following the earlier
//     one, position by position; each that has the same key (or, when both
//     are long, a near Jaccard) is dropped as part of the block, short
//     lines included (credits, "医药网新闻"). Short lines right before the
//     block that repeat the lines right before the original join it too.
//   - A long paragraph (key ≥ MinNearRunes runes) with the key of an
//     earlier kept one is an exact duplicate; else it is a near duplicate
//     when its Jaccard with a kept one reaches NearThreshold; else it is
//     contained when it is shorter than a kept one and ContainThreshold
//     of its shingles occur there (a teaser repeating a first sentence).
//   - A short line is kept outside blocks, even when it repeats: chants,
//     list items such as "- 鸡蛋 2个" and headings legitimately recur.
//
// Runs of ≥ 2 repeats are reported with Kind "block". The cost is linear in
// the size of the page.
func Paragraphs(paras []string, opts ...Option) (kept []string, dups []Dup) {
	cfg := config{near: DefaultNearThreshold, contain: DefaultContainThreshold, minNear: DefaultMinNearRunes}
	for _, o := range opts {
		if o != nil {
			o.apply(&cfg)
		}
	}
	info := make([]paraInfo, len(paras))
	var comp []int // indices of paragraphs with a non-empty key
	longRunes := 0 // upper bound of the distinct shingles to index
	for i, p := range paras {
		k := Key(p)
		info[i] = paraInfo{key: k, runes: utf8.RuneCountInString(k), kept: true, dupIdx: -1, comp: -1}
		if info[i].runes >= cfg.minNear {
			longRunes += info[i].runes
		}
		if k != "" {
			info[i].comp = len(comp)
			comp = append(comp, i)
		}
	}
	long := func(i int) bool { return info[i].runes >= cfg.minNear }
	shingles := func(i int) []uint64 {
		if info[i].sh == nil {
			info[i].sh = shingleSet(info[i].key, paraShingle)
		}
		return info[i].sh
	}
	drop := func(i, of int, kind string, sim float64) {
		info[i].kept = false
		info[i].dupIdx = len(dups)
		dups = append(dups, Dup{Index: i, Of: of, Kind: kind, Similarity: sim, Text: paras[i]})
	}

	firstLong := map[string]int{}                                   // long key → kept paragraph
	post := postings{heads: make(map[uint64]postHead, longRunes/2)} // shingles repeat: half is typical
	counts := &counter{n: make([]int32, len(paras))}

	var block []int // indices of the current block's members
	blockOff := 0   // comp offset from a member to its original; 0 = no block
	endBlock := func() {
		if len(block) >= 2 {
			for _, m := range block {
				dups[info[m].dupIdx].Kind = KindBlock
			}
		}
		block, blockOff = block[:0], 0
	}

	for c, i := range comp {
		if blockOff > 0 {
			q := comp[c-blockOff]
			if info[q].kept {
				if sim, ok := sameOrNear(info, i, q, long, shingles, cfg); ok {
					drop(i, q, KindExact, sim)
					if sim < 1 {
						dups[len(dups)-1].Kind = KindNear
					}
					block = append(block, i)
					continue
				}
			}
			endBlock()
		}
		key := info[i].key
		if !long(i) {
			continue // short lines go only with a block (see the loop below)
		}
		q, kind, sim := -1, "", 0.0
		if j, ok := firstLong[key]; ok {
			q, kind, sim = j, KindExact, 1
		} else if !cfg.noNear {
			q, kind, sim = nearest(shingles(i), &post, counts, shingles, cfg)
		}
		if q < 0 {
			firstLong[key] = i
			for _, h := range shingles(i) {
				post.add(h, int32(i))
			}
			continue
		}
		drop(i, q, kind, sim)
		blockOff = c - info[q].comp
		block = append(block[:0], i)
		// Short lines just before i that repeat the lines just before q.
		for b := c - 1; b-blockOff >= 0; b-- {
			m, o := comp[b], comp[b-blockOff]
			if long(m) || !info[m].kept || !info[o].kept || info[m].key != info[o].key {
				break
			}
			drop(m, o, KindExact, 1)
			block = append(block, m)
		}
	}
	endBlock()
	slices.SortFunc(dups, func(a, b Dup) int { return a.Index - b.Index })

	kept = make([]string, 0, len(paras)-len(dups))
	for i, p := range paras {
		if info[i].kept {
			kept = append(kept, p)
		}
	}
	return kept, dups
}

// sameOrNear compares block member i with its aligned original q.
func sameOrNear(info []paraInfo, i, q int, long func(int) bool, shingles func(int) []uint64, cfg config) (float64, bool) {
	if info[i].key == info[q].key {
		return 1, true
	}
	if cfg.noNear || !long(i) || !long(q) {
		return 0, false
	}
	j := jaccard(shingles(i), shingles(q))
	return j, j >= cfg.near
}

// nearest finds the kept paragraph most similar to the shingle set sh by
// counting shared shingles through the capped postings. The counts are lower
// bounds, so a capped posting can only hide a match, never invent one.
func nearest(sh []uint64, post *postings, counts *counter, shingles func(int) []uint64, cfg config) (int, string, float64) {
	for _, h := range sh {
		for e := post.heads[h].first; e > 0; e = post.links[e-1].next {
			counts.inc(post.links[e-1].para)
		}
	}
	defer counts.reset()
	bestNear, bestJ := -1, 0.0
	bestIn, bestC := -1, 0.0
	for _, q := range counts.touched {
		n := int(counts.n[q])
		qs := len(shingles(int(q)))
		j := float64(n) / float64(len(sh)+qs-n)
		if j >= cfg.near && (j > bestJ || j == bestJ && int(q) < bestNear) {
			bestNear, bestJ = int(q), j
		}
		if len(sh) < qs {
			in := float64(n) / float64(len(sh))
			if in >= cfg.contain && (in > bestC || in == bestC && int(q) < bestIn) {
				bestIn, bestC = int(q), in
			}
		}
	}
	switch {
	case bestNear >= 0:
		return bestNear, KindNear, bestJ
	case bestIn >= 0:
		return bestIn, KindContained, bestC
	}
	return -1, "", 0
}

// postings lists, per shingle, the first postingCap kept paragraphs that
// contain it, as linked lists in one slice (no allocation per shingle).
type postings struct {
	heads map[uint64]postHead
	links []postLink
}

type postHead struct{ first, n int32 } // first: 1 + index into links, 0 = none

type postLink struct{ para, next int32 } // next: 1 + index into links, 0 = end

func (p *postings) add(h uint64, para int32) {
	hd := p.heads[h]
	if hd.n >= postingCap {
		return
	}
	p.links = append(p.links, postLink{para: para, next: hd.first})
	p.heads[h] = postHead{first: int32(len(p.links)), n: hd.n + 1}
}

// counter counts shared shingles per paragraph; reset costs only the
// paragraphs touched, which keeps Paragraphs linear.
type counter struct {
	n       []int32
	touched []int32
}

func (c *counter) inc(q int32) {
	if c.n[q] == 0 {
		c.touched = append(c.touched, q)
	}
	c.n[q]++
}

func (c *counter) reset() {
	for _, q := range c.touched {
		c.n[q] = 0
	}
	c.touched = c.touched[:0]
}
