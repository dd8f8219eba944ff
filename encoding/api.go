package encoding

// Detection is the charset Detect settled on and how sure it is.
type Detection struct {
	// Charset is one of "UTF-8", "UTF-16LE", "UTF-16BE", "GB18030", "Big5",
	// "windows-1252".
	Charset string
	// Confidence is in [0, 1].
	Confidence float64
	// Invalid counts the byte sequences Decode replaced with U+FFFD.
	Invalid int
}

// Fix is one repaired span of mojibake.
type Fix struct {
	Start, End int    // byte span in the input string
	Original   string // the mojibake
	Repaired   string // what it was before the wrong decode
	Chain      string // e.g. "utf-8 read as gbk ×2", "gbk read one byte late"
}

// Span is a span of text that is mojibake but cannot be repaired.
type Span struct {
	Start, End int    // byte span in the input (in the repaired text for Analyze)
	Text       string // the garbled text
	Reason     string // "replacement-run", "kunjinkao", "lossy-utf8-gbk", "lossy-mojibake" or "shifted-gbk"
	// Guess is, for "shifted-gbk", a lossy reading worth reporting but not
	// taking: what the span's GBK bytes decode to one byte over (a character
	// at each edge is lost), or the closing quote ” whose trail byte a
	// repaired 。 lost, when the text before it has an unclosed “.
	Guess string
}
