package dedupe

// Dup reports a paragraph dropped as a repeat of an earlier one.
type Dup struct {
	Index      int     // index of the dropped paragraph in the input
	Of         int     // index of the kept paragraph it repeats
	Kind       string  // "exact", "near", "contained", "block"
	Similarity float64 // estimated similarity to Of, 1 for exact
	Text       string  // the dropped paragraph
}
