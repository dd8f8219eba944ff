package normalize

// The character steps, in the order the pipeline runs them. Each is a
// string function that returns its input itself when it changes nothing,
// and each that can stream is also a transform.Transformer:
//
//	RemoveInvisible  Invisible (stateless)   zero-width, BOM, soft hyphen, controls
//	FoldWidth        Width (stateless)       full-width letters/digits, spaces, compatibility ideographs
//	StripPinyin      Pinyin() (per stream)   產(chǎn) → 產
//	Converter        (*Converter).Transformer()
//	ChinesePunct     none: parentheses pair over the whole text
//	CollapseSpace    Space() (per stream)    white space runs, trimmed ends
//
// All of them copy invalid UTF-8 bytes through unchanged; the pipeline hands
// them valid UTF-8 only. On valid UTF-8 every step is idempotent (FuzzChars).
