package boilerplate_test

import (
	"strings"
	"testing"
	"time"

	"github.com/zhnorm/zhnorm/boilerplate"
)

// TestPathologicalInputsAreLinear feeds long paragraphs made of repeated
// markers; each must classify in well under a second.
func TestPathologicalInputsAreLinear(t *testing.T) {
	inputs := map[string]string{
		"images":   strings.Repeat("![]", 100000),
		"images2":  strings.Repeat("a![](x)", 50000),
		"paywall":  strings.Repeat("(未完", 50000),
		"paywall2": strings.Repeat("……(省略)……", 30000),
		"colons":   strings.Repeat("来源：", 50000),
		"arrows":   strings.Repeat("首页 > ", 50000),
		"prevnext": "正文。" + strings.Repeat("上一篇", 50000),
		"bullets":  strings.Repeat("• ", 50000),
		"han":      strings.Repeat("中", 300000),
	}
	for name, in := range inputs {
		start := time.Now()
		vs := boilerplate.Classify([]string{in, in})
		boilerplate.Strip([]string{in})
		if d := time.Since(start); d > 2*time.Second {
			t.Errorf("%s: %v for %d bytes", name, d, len(in))
		}
		if len(vs) != 2 {
			t.Fatalf("%s: %d verdicts", name, len(vs))
		}
	}
}

// TestPathologicalPagesAreLinear feeds long pages whose structure the
// position passes walk: alternating tiny and description lines without
// codes (each a candidate table run), a long head before the article with
// lines that start like a headline, and many floor lines.
func TestPathologicalPagesAreLinear(t *testing.T) {
	const n = 60000
	alternating := make([]string, 0, n+2)
	alternating = append(alternating, proseA)
	for i := 0; i < n/2; i++ {
		alternating = append(alternating, "穿过树荫", "走过湿滑的小路抵达岸边")
	}
	head := make([]string, 0, n+2)
	for i := 0; i < n; i++ {
		head = append(head, "成都高新区")
	}
	head = append(head, proseA, proseB)
	floors := make([]string, 0, n)
	for i := 0; i < n/2; i++ {
		floors = append(floors, "随缘吧", "来自Android客户端8楼2023-02-01 21:54")
	}
	for name, page := range map[string][]string{"alternating": alternating, "head": head, "floors": floors} {
		start := time.Now()
		vs := boilerplate.Classify(page)
		if d := time.Since(start); d > 2*time.Second {
			t.Errorf("%s: %v for %d lines", name, d, len(page))
		}
		if len(vs) != len(page) {
			t.Fatalf("%s: %d verdicts", name, len(vs))
		}
	}
}
