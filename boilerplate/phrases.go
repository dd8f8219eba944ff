package boilerplate

import "strings"

// phraseSet finds any of a fixed set of phrases in one pass over a string
// without decoding runes: a bitmap over a hash of each position's first
// three bytes screens the position, and only on a hit are the phrases with
// those three bytes compared. A continuation byte never starts a phrase, so
// scanning every byte position finds only matches on rune boundaries.
// Phrases carry a tag (the index of their list) so that one pass can answer
// for several lists.
type phraseSet struct {
	bits    [65536 / 64]uint64
	byKey   map[uint32][]taggedPhrase
	short   []taggedPhrase // phrases under three bytes, found with strings.Index
	numTags int
}

type taggedPhrase struct {
	phrase string
	tag    int
}

func key3(s string) uint32 { return uint32(s[0])<<16 | uint32(s[1])<<8 | uint32(s[2]) }

func slot(k uint32) uint32 { return (k * 2654435761) >> 16 }

// newPhraseSet builds a set from phrase lists; list i has tag i.
func newPhraseSet(lists ...[]string) *phraseSet {
	ps := &phraseSet{byKey: map[uint32][]taggedPhrase{}, numTags: len(lists)}
	for tag, list := range lists {
		for _, p := range list {
			switch {
			case p == "":
			case len(p) < 3:
				ps.short = append(ps.short, taggedPhrase{p, tag})
			default:
				k := key3(p)
				b := slot(k)
				ps.bits[b/64] |= 1 << (b % 64)
				ps.byKey[k] = append(ps.byKey[k], taggedPhrase{p, tag})
			}
		}
	}
	return ps
}

// find returns the leftmost phrase of any list found in s, or "".
func (ps *phraseSet) find(s string) string {
	p, _ := ps.findTag(s)
	return p
}

// findTag returns the leftmost phrase found in s and its tag (-1 if none).
func (ps *phraseSet) findTag(s string) (string, int) {
	best, bestAt, tag := "", len(s), -1
	for i := 0; i+2 < len(s); i++ {
		k := key3(s[i:])
		b := slot(k)
		if ps.bits[b/64]&(1<<(b%64)) == 0 {
			continue
		}
		for _, tp := range ps.byKey[k] {
			if strings.HasPrefix(s[i:], tp.phrase) {
				best, bestAt, tag = tp.phrase, i, tp.tag
				break
			}
		}
		if tag >= 0 {
			break
		}
	}
	for _, tp := range ps.short {
		if i := strings.Index(s[:min(len(s), bestAt+len(tp.phrase))], tp.phrase); i >= 0 && i < bestAt {
			best, bestAt, tag = tp.phrase, i, tp.tag
		}
	}
	return best, tag
}

// findEach returns, for every list, the leftmost phrase of that list found
// in s ("" when none) in one pass.
func (ps *phraseSet) findEach(s string, out []string) {
	for i := range out {
		out[i] = ""
	}
	left := ps.numTags
	for i := 0; i+2 < len(s) && left > 0; i++ {
		k := key3(s[i:])
		b := slot(k)
		if ps.bits[b/64]&(1<<(b%64)) == 0 {
			continue
		}
		for _, tp := range ps.byKey[k] {
			if out[tp.tag] == "" && strings.HasPrefix(s[i:], tp.phrase) {
				out[tp.tag] = tp.phrase
				left--
			}
		}
	}
	for _, tp := range ps.short {
		if out[tp.tag] == "" && strings.Contains(s, tp.phrase) {
			out[tp.tag] = tp.phrase
		}
	}
}
