package boilerplate

import "strings"

// Verdict is the decision about one paragraph.
type Verdict struct {
	Keep   bool
	Reason string // reason code, e.g. "breadcrumb", "share"; empty when kept
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

// Apply returns para as the verdict leaves it: "" when dropped, otherwise
// para without its cuts, with the white space at the seams collapsed and the
// ends trimmed. Cuts out of range or out of order are ignored.
func (v Verdict) Apply(para string) string {
	if !v.Keep {
		return ""
	}
	if len(v.Cuts) == 0 {
		return para
	}
	var b strings.Builder
	b.Grow(len(para))
	last := 0
	for _, c := range v.Cuts {
		if c.Start < last || c.End > len(para) || c.Start > c.End {
			continue
		}
		writeJoined(&b, para[last:c.Start])
		last = c.End
	}
	writeJoined(&b, para[last:])
	return strings.TrimSpace(b.String())
}

// writeJoined appends s to b, dropping leading spaces of s when b already
// ends in a space so that a cut never leaves a double space behind.
func writeJoined(b *strings.Builder, s string) {
	if b.Len() > 0 {
		cur := b.String()
		if cur[len(cur)-1] == ' ' {
			s = strings.TrimLeft(s, " ")
		}
	}
	b.WriteString(s)
}

// Strip returns the paragraphs Classify keeps, with their cuts applied.
func Strip(paras []string, opts ...Option) []string {
	verdicts := Classify(paras, opts...)
	out := make([]string, 0, len(paras))
	for i, v := range verdicts {
		if !v.Keep {
			continue
		}
		if s := v.Apply(paras[i]); s != "" {
			out = append(out, s)
		}
	}
	return out
}
