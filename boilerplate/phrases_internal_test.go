package boilerplate

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// naiveLeftmost is the reference for phraseSet.findTag: the phrase with the
// smallest index in s (ties: any of them).
func naiveLeftmost(s string, lists [][]string) (at int, ok bool) {
	at = len(s) + 1
	for _, l := range lists {
		for _, p := range l {
			if i := strings.Index(s, p); i >= 0 && i < at {
				at, ok = i, true
			}
		}
	}
	return at, ok
}

// TestPhraseSetMatchesNaive compares the one-pass matcher with strings.Index
// over every line of the corpus pages.
func TestPhraseSetMatchesNaive(t *testing.T) {
	lists := [][]string{noticePhrases, followPhrases, formPhrases, forumMetaPhrases, paywallPhrases, copyrightMarks}
	ps := newPhraseSet(lists...)
	files, _ := filepath.Glob("../testdata/corpus/*.txt")
	lines := []string{"", "a", "©", "版权所有©", "x(C)y", "关注我们扫一扫"}
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		lines = append(lines, strings.Split(string(data), "\n")...)
	}
	each := make([]string, len(lists))
	for _, s := range lines {
		got, tag := ps.findTag(s)
		at, ok := naiveLeftmost(s, lists)
		if ok != (got != "") || ok && (!strings.HasPrefix(s[at:], got) || tag < 0) {
			t.Fatalf("%q: findTag = %q (tag %d), naive leftmost at %d (found %v)", s, got, tag, at, ok)
		}
		ps.findEach(s, each)
		for i, l := range lists {
			_, want := naiveLeftmost(s, [][]string{l})
			if want != (each[i] != "") || each[i] != "" && !strings.Contains(s, each[i]) {
				t.Fatalf("%q: findEach list %d = %q, naive found %v", s, i, each[i], want)
			}
		}
	}
}
