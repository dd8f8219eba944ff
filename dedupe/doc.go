// Package dedupe finds repeated paragraphs in a page and near-duplicate
// documents across a corpus, by character shingles (Chinese has no spaces).
package dedupe
