package boilerplate

import "strings"

// phraseSet finds any of a fixed set of phrases in one pass over a string
// without decoding runes: a bitmap of the phrases' first two bytes screens
// each byte position, and only on a hit are the phrases with that prefix
// compared. A continuation byte never starts a phrase, so scanning every
// byte position finds only matches on rune boundaries.
type phraseSet struct {
	first  [65536 / 64]uint64
	byPair map[uint16][]string
	single []string // one-byte phrases, compared with strings.Contains
}

func newPhraseSet(phrases ...[]string) *phraseSet {
	ps := &phraseSet{byPair: map[uint16][]string{}}
	for _, list := range phrases {
		for _, p := range list {
			if len(p) < 2 {
				if p != "" {
					ps.single = append(ps.single, p)
				}
				continue
			}
			k := uint16(p[0])<<8 | uint16(p[1])
			ps.first[k/64] |= 1 << (k % 64)
			ps.byPair[k] = append(ps.byPair[k], p)
		}
	}
	return ps
}

// find returns the leftmost phrase found in s, or "".
func (ps *phraseSet) find(s string) string {
	for i := 0; i+1 < len(s); i++ {
		k := uint16(s[i])<<8 | uint16(s[i+1])
		if ps.first[k/64]&(1<<(k%64)) == 0 {
			continue
		}
		for _, p := range ps.byPair[k] {
			if strings.HasPrefix(s[i:], p) {
				return p
			}
		}
	}
	for _, p := range ps.single {
		if strings.Contains(s, p) {
			return p
		}
	}
	return ""
}
