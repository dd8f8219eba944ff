package boilerplate_test

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/zhnorm/zhnorm/boilerplate"
)

var statJSONL = flag.Bool("statjsonl", false, "print per-document kept share of the 100 Common Crawl documents")

var jsonlDoc = flag.Int("jsonldoc", -1, "print every verdict of this Common Crawl document")

var dumpJSONL = flag.Bool("dumpjsonl", false, "print the dropped lines of the 100 Common Crawl documents")

func loadJSONL(t testing.TB) [][]string {
	t.Helper()
	f, err := os.Open("../testdata/jsonl/cc-wet-zh-100.jsonl")
	if err != nil {
		t.Skip(err)
	}
	defer f.Close()
	var docs [][]string
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	for sc.Scan() {
		var doc struct{ Text string }
		if err := json.Unmarshal(sc.Bytes(), &doc); err != nil {
			t.Fatal(err)
		}
		docs = append(docs, prepare(doc.Text))
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return docs
}

// TestJSONLDocs runs Classify over the 100 Common Crawl documents: no
// document may lose all its prose, and -dumpjsonl prints every dropped line
// for review.
func TestJSONLDocs(t *testing.T) {
	docs := loadJSONL(t)
	if len(docs) != 100 {
		t.Fatalf("got %d documents, want 100", len(docs))
	}
	var total, dropped, proseDropped int
	for d, paras := range docs {
		vs := boilerplate.Classify(paras)
		var b strings.Builder
		for i, v := range vs {
			total += len(paras[i])
			if v.Keep {
				continue
			}
			dropped += len(paras[i])
			if len([]rune(paras[i])) >= 80 && strings.Count(paras[i], "。") >= 2 {
				proseDropped++
			}
			fmt.Fprintf(&b, "  %-14s %-28s %s\n", v.Reason, v.Rule, clip(paras[i], 80))
		}
		if d == *jsonlDoc {
			var all strings.Builder
			for i, v := range vs {
				mark := "KEEP"
				if !v.Keep {
					mark = "drop " + v.Reason + " (" + v.Rule + ")"
				}
				fmt.Fprintf(&all, "%3d %-50s %s\n", i, mark, clip(paras[i], 60))
			}
			t.Logf("=== doc %d\n%s", d, all.String())
		}
		if *dumpJSONL {
			t.Logf("=== doc %d (%d lines)\n%s", d, len(paras), b.String())
		}
		if *statJSONL {
			var tot, kept, proseLost int
			for i, v := range vs {
				tot += len(paras[i])
				if v.Keep {
					kept += len(paras[i])
				} else if strings.ContainsAny(paras[i], "。！？") && len([]rune(paras[i])) >= 30 {
					proseLost += len(paras[i])
				}
			}
			t.Logf("doc %3d lines %4d bytes %7d kept %5.1f%% prose-like dropped %6d", d, len(paras), tot, 100*float64(kept)/float64(tot), proseLost)
		}
	}
	t.Logf("dropped %d of %d bytes (%.1f%%); long prose paragraphs dropped: %d", dropped, total, 100*float64(dropped)/float64(total), proseDropped)
}

func clip(s string, n int) string {
	r := []rune(s)
	if len(r) > n {
		return string(r[:n]) + "…"
	}
	return s
}
