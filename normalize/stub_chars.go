package normalize

import "strings"

// TODO(normalize issue): replace with the real steps.

// StripPinyin removes converter pinyin annotations: 產(chǎn)業(yè) → 產業.
func StripPinyin(s string) string { return s }

// FoldWidth folds full-width ASCII, ideographic/NBSP spaces and CJK
// compatibility ideographs.
func FoldWidth(s string) string { return s }

// RemoveInvisible removes zero-width characters, BOMs, soft hyphens and
// control characters.
func RemoveInvisible(s string) string { return s }

// CollapseSpace collapses runs of white space and trims the line.
func CollapseSpace(s string) string { return strings.Join(strings.Fields(s), " ") }

// ChinesePunct turns ASCII punctuation inside Chinese text into full-width
// Chinese punctuation.
func ChinesePunct(s string) string { return s }
