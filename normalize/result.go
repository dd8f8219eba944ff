package normalize

import (
	"fmt"
	"unicode/utf8"
)

// Stage names the pipeline stage that made a change.
type Stage string

// The stages, in pipeline order.
const (
	StageDecode      Stage = "decode"      // bytes to UTF-8
	StageRepair      Stage = "repair"      // mojibake repaired
	StageGarbled     Stage = "garbled"     // mojibake beyond repair, dropped
	StageChars       Stage = "chars"       // character normalization
	StageConvert     Stage = "convert"     // traditional to simplified
	StageBoilerplate Stage = "boilerplate" // page furniture dropped
	StageDedupe      Stage = "dedupe"      // repeated paragraph dropped
)

// Change is one thing the pipeline dropped or rewrote.
//
// A change either drops a whole paragraph (Dropped is true, Original is the
// paragraph as the stage saw it) or rewrites the span [Start, End) of the
// paragraph as the stage saw it, from Original to Replacement (which is empty
// when the span was removed).
type Change struct {
	Stage  Stage
	Reason string // reason code, e.g. "utf-8 read as gbk", "pinyin", "breadcrumb", "exact"
	Rule   string // what decided, for humans; may be empty
	// Line is the 1-based line of the decoded input the paragraph came from.
	Line        int
	Dropped     bool
	Start, End  int // byte span in the paragraph before the change; 0, len for drops
	Original    string
	Replacement string
}

func (c Change) String() string {
	what := "rewrite"
	if c.Dropped {
		what = "drop"
	} else if c.Replacement == "" {
		what = "cut"
	}
	s := fmt.Sprintf("line %d: %s %s [%s]", c.Line, c.Stage, what, c.Reason)
	if c.Rule != "" {
		s += " (" + c.Rule + ")"
	}
	s += fmt.Sprintf(" %q", c.Original)
	if what == "rewrite" {
		s += fmt.Sprintf(" -> %q", c.Replacement)
	}
	return s
}

// Result is the outcome of normalizing one document.
type Result struct {
	// Text is the clean article: Paragraphs joined by "\n", with a final
	// newline when there is any text.
	Text       string
	Paragraphs []string
	// Lines holds, for each paragraph, the 1-based line of the decoded input
	// it came from.
	Lines []int
	// Charset is the charset the input bytes were decoded from.
	Charset string
	// Changes lists every drop and rewrite, in pipeline order.
	Changes []Change
	// InputParagraphs counts the non-blank lines of the decoded input.
	InputParagraphs int
}

// Stats summarises a Result.
type Stats struct {
	Charset         string         `json:"charset"`
	InputParagraphs int            `json:"input_paragraphs"`
	Paragraphs      int            `json:"paragraphs"`
	Chars           int            `json:"chars"`
	Dropped         map[Stage]int  `json:"dropped,omitempty"`   // paragraphs dropped, by stage
	Rewritten       map[Stage]int  `json:"rewritten,omitempty"` // spans rewritten or cut, by stage
	Reasons         map[string]int `json:"reasons,omitempty"`   // changes by "stage/reason"
}

// Stats counts the changes of r by stage and reason.
func (r *Result) Stats() Stats {
	s := Stats{
		Charset:         r.Charset,
		InputParagraphs: r.InputParagraphs,
		Paragraphs:      len(r.Paragraphs),
	}
	for _, p := range r.Paragraphs {
		s.Chars += utf8.RuneCountInString(p)
	}
	for _, c := range r.Changes {
		if c.Dropped {
			if s.Dropped == nil {
				s.Dropped = map[Stage]int{}
			}
			s.Dropped[c.Stage]++
		} else {
			if s.Rewritten == nil {
				s.Rewritten = map[Stage]int{}
			}
			s.Rewritten[c.Stage]++
		}
		if s.Reasons == nil {
			s.Reasons = map[string]int{}
		}
		s.Reasons[string(c.Stage)+"/"+c.Reason]++
	}
	return s
}
