package dedupe

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestDumpCorpus(t *testing.T) {
	if os.Getenv("DEDUPE_DUMP") == "" {
		t.Skip()
	}
	files, _ := filepath.Glob("../testdata/corpus/*.txt")
	for _, f := range files {
		b, _ := os.ReadFile(f)
		paras := strings.Split(string(b), "\n")
		_, dups := Paragraphs(paras)
		fmt.Printf("== %s: %d paragraphs, %d dropped\n", filepath.Base(f), len(paras), len(dups))
		for _, d := range dups {
			tx := []rune(d.Text)
			if len(tx) > 40 {
				tx = tx[:40]
			}
			fmt.Printf("  %3d of %3d %-9s %.2f %s\n", d.Index, d.Of, d.Kind, d.Similarity, string(tx))
		}
	}
}
