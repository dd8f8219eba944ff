package boilerplate

// Verdict is the decision about one paragraph.
type Verdict struct {
	Keep   bool
	Reason string // reason code, e.g. "breadcrumb", "share-bar"; empty when kept
	Rule   string // the rule or evidence that decided, for -explain
	// Cuts are spans to remove from a kept paragraph (e.g. an inline
	// "上一篇:…" or paywall notice at its end), in increasing order.
	Cuts []Cut
}

// Cut is a span of a kept paragraph that is furniture.
type Cut struct {
	Start, End int // byte offsets in the paragraph
	Reason     string
	Rule       string
}
