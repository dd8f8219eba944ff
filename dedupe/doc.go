// Package dedupe finds repeated paragraphs in a page and near-duplicate
// documents across a corpus, by character shingles (Chinese has no spaces).
//
// In a page, Paragraphs drops exact repeats (under Key: width, case,
// punctuation, white space, pipes and bullets folded), near repeats (Jaccard
// of 3-rune shingles ≥ 0.7), shorter paragraphs contained in an earlier one
// (a teaser repeating a first sentence) and repeated blocks (a body printed
// twice, with its credits and footer), and keeps short lines — chants, list
// items, headings — that legitimately recur. The first occurrence always
// stays and every drop is reported as a Dup.
//
// Across a corpus, an Index takes documents one by one, from any number of
// goroutines, and reports each one that is a near duplicate of a document
// seen before: MinHash (one-permutation hashing, 128 values) over 3-rune
// shingles, LSH with 28 bands of 3 rows, and an estimated Jaccard ≥ 0.35.
// Signature and Signature.BandKeys are stable across processes and
// machines, so a map-reduce engine can group candidates by band key when the
// data does not fit one machine. README.md gives the measurements behind
// every default.
package dedupe
