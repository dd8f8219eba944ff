package encoding

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// readLines returns all lines of the files matching pattern.
func readLines(t *testing.T, pattern string) []string {
	t.Helper()
	files, err := filepath.Glob(pattern)
	if err != nil || len(files) == 0 {
		t.Fatalf("no files for %s: %v", pattern, err)
	}
	var lines []string
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		lines = append(lines, strings.Split(string(b), "\n")...)
	}
	return lines
}

// mojibakeLines are corpus lines that really are mojibake (seed 001's
// shifted GBK, 003's lossy runs, pages 14 and 15), excluded from the
// false-positive check.
func isKnownMojibakeLine(file, line string) bool {
	return strings.ContainsRune(line, '\uFFFD') || strings.Contains(line, "!Γ和跻哉") ||
		strings.Contains(line, "夯叨嘶") || strings.Contains(line, "闂傚倸") ||
		strings.HasPrefix(filepath.Base(file), "14_") && (strings.Contains(line, "? ！") || strings.Contains(line, "?！"))
}

func TestNoFalsePositives(t *testing.T) {
	sets := []struct {
		name, pattern string
	}{
		{"opencc inputs", "../normalize/testdata/opencc/ver.1.1.6/*.in"},
		{"clean sentences", "testdata/clean_*.txt"},
		{"gold files", "../testdata/reference/*.gold.txt"},
	}
	for _, set := range sets {
		lines := readLines(t, set.pattern)
		changed := 0
		for _, l := range lines {
			if got, fixes := Repair(l); got != l || len(fixes) > 0 || len(Garbled(l)) > 0 {
				changed++
				t.Errorf("%s: changed %q -> %q (garbled %v)", set.name, l, got, Garbled(l))
			}
		}
		t.Logf("%-16s %5d lines, %d changed", set.name, len(lines), changed)
	}
	files, _ := filepath.Glob("../testdata/corpus/*.txt")
	n, changed := 0, 0
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, l := range strings.Split(string(b), "\n") {
			if isKnownMojibakeLine(f, l) {
				continue
			}
			n++
			if got, _ := Repair(l); got != l || len(Garbled(l)) > 0 {
				changed++
				t.Errorf("corpus %s: changed %q -> %q (garbled %v)", filepath.Base(f), l, got, Garbled(l))
			}
		}
	}
	t.Logf("%-16s %5d lines, %d changed", "corpus clean", n, changed)
}

// TestCommonCrawlSample runs Repair over the 100 random Common Crawl
// documents. They hold real mojibake (UTF-8 read as GBK) and much foreign
// text (Japanese, Russian, French) that must survive: every GBK↔Big5 or
// Latin-1 repair there must sit on a line already damaged (U+FFFD or
// private-use characters, which Big5 read as GBK leaves).
func TestCommonCrawlSample(t *testing.T) {
	f, err := os.Open("../testdata/jsonl/cc-wet-zh-100.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<22), 1<<22)
	lines, fixed, garbled := 0, 0, 0
	for sc.Scan() {
		var doc struct{ Text string }
		if err := json.Unmarshal(sc.Bytes(), &doc); err != nil {
			t.Fatal(err)
		}
		for _, l := range strings.Split(doc.Text, "\n") {
			lines++
			_, fixes := Repair(l)
			if len(fixes) > 0 {
				fixed++
			}
			spans := Garbled(l)
			if len(spans) > 0 {
				garbled++
			}
			for _, g := range spans {
				// Without U+FFFD or private use on the line, only mojibake
				// of a known kind may be dropped.
				if g.Reason == "lossy-mojibake" && !strings.ContainsFunc(l, damaged) {
					t.Errorf("suspect garbled span %q (%s) in %.80q", g.Text, g.Reason, l)
				}
			}
			for _, fx := range fixes {
				// GBK read one byte late is proven by its own pattern (page 14
				// of the corpus is in this sample).
				if !strings.HasPrefix(fx.Chain, "utf-8 read as gbk") && fx.Chain != chainShifted && !strings.ContainsFunc(l, damaged) {
					t.Errorf("suspect repair %q -> %q (%s)", fx.Original, fx.Repaired, fx.Chain)
				}
			}
		}
	}
	t.Logf("cc-wet-zh-100: %d lines, %d repaired, %d with garbled spans", lines, fixed, garbled)
}

func damaged(r rune) bool { return r == '\uFFFD' || r >= 0xE000 && r <= 0xF8FF }
