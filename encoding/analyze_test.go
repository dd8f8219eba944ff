package encoding

import (
	"slices"
	"strings"
	"testing"
)

// dropSpans removes the spans (offsets into s) from s.
func dropSpans(s string, spans []Span) string {
	var sb strings.Builder
	last := 0
	for _, g := range spans {
		sb.WriteString(s[last:g.Start])
		last = g.End
	}
	sb.WriteString(s[last:])
	return sb.String()
}

func TestAnalyze(t *testing.T) {
	tests := []struct {
		name, in, repaired, dropped string
		garbled                     []string
	}{
		{"clean", "近日,我市分别召开专题会议。", "近日,我市分别召开专题会议。", "近日,我市分别召开专题会议。", nil},
		{"fix only", "会议通知:杩戞棩 我市召开会议", "会议通知:近日 我市召开会议", "会议通知:近日 我市召开会议", nil},
		{"garbled only", "标题锟斤拷锟斤拷", "标题锟斤拷锟斤拷", "标题", []string{"锟斤拷锟斤拷"}},
		{"fix before garbled", "杩戞棩 标题锟斤拷 结尾", "近日 标题锟斤拷 结尾", "近日 标题 结尾", []string{"锟斤拷"}},
		{"garbled before fix", "生产�，提花布 杩戞棩", "生产�，提花布 近日", "生产，提花布 近日", []string{"�"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out, _, spans := Analyze(tt.in)
			if out != tt.repaired {
				t.Fatalf("repaired = %q, want %q", out, tt.repaired)
			}
			var texts []string
			for _, g := range spans {
				if out[g.Start:g.End] != g.Text {
					t.Errorf("span [%d,%d) of repaired is %q, Text %q", g.Start, g.End, out[g.Start:g.End], g.Text)
				}
				texts = append(texts, g.Text)
			}
			if !slices.Equal(texts, tt.garbled) {
				t.Errorf("garbled %q, want %q", texts, tt.garbled)
			}
			if got := dropSpans(out, spans); got != tt.dropped {
				t.Errorf("after dropping garbled: %q, want %q", got, tt.dropped)
			}
		})
	}
}

// TestAnalyzeAgreesWithRepairAndGarbled: on the bench and the corpus pages,
// Analyze gives Repair's output and fixes, and its garbled spans are
// Garbled's moved into the repaired text.
func TestAnalyzeAgreesWithRepairAndGarbled(t *testing.T) {
	var inputs []string
	for _, r := range loadBench(t) {
		inputs = append(inputs, r.Input)
	}
	inputs = append(inputs, readLines(t, "../testdata/corpus/*.txt")...)
	withBoth := 0
	for _, in := range inputs {
		out, fixes, spans := Analyze(in)
		wantOut, wantFixes := Repair(in)
		wantSpans := Garbled(in)
		if out != wantOut || !slices.Equal(fixes, wantFixes) || len(spans) != len(wantSpans) {
			t.Fatalf("%.60q: Analyze disagrees with Repair/Garbled", in)
		}
		if len(fixes) > 0 && len(spans) > 0 {
			withBoth++
		}
		for i, g := range spans {
			if g.Text != wantSpans[i].Text || g.Reason != wantSpans[i].Reason || out[g.Start:g.End] != g.Text {
				t.Fatalf("%.60q: span %+v, Garbled has %+v", in, g, wantSpans[i])
			}
		}
		if got, want := dropSpans(out, spans), applyPipeline(in); got != want {
			t.Fatalf("%.60q: Analyze pipeline %q, Repair+Garbled %q", in, got, want)
		}
	}
	if withBoth == 0 {
		t.Fatal("no input had both fixes and garbled spans: the offset shift is untested")
	}
	t.Logf("%d inputs, %d with fixes and garbled spans", len(inputs), withBoth)
}
