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
