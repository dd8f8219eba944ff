package dedupe

// Dup reports a paragraph dropped as a repeat of an earlier one.
type Dup struct {
	Index      int     // index of the dropped paragraph in the input
	Of         int     // index of the kept paragraph it repeats; Of < Index
	Kind       string  // KindExact, KindNear, KindContained or KindBlock
	Similarity float64 // 1 for the same Key; shingle Jaccard for near; share of shingles for contained
	Text       string  // the dropped paragraph
}
