package dedupe

// TODO(dedupe issue): replace with the real implementation.

// Option tunes Paragraphs.
type Option interface{ apply(*config) }

type config struct{}

// Paragraphs drops repeated paragraphs, keeping first occurrences.
func Paragraphs(paras []string, opts ...Option) (kept []string, dups []Dup) {
	seen := map[string]int{}
	for i, p := range paras {
		if j, ok := seen[p]; ok {
			dups = append(dups, Dup{Index: i, Of: j, Kind: "exact", Similarity: 1, Text: p})
			continue
		}
		seen[p] = i
		kept = append(kept, p)
	}
	return kept, dups
}
