package encoding

import (
	"fmt"
	"os"
	"strings"
	"testing"
)

func TestZZMisses(t *testing.T) {
	if os.Getenv("ZZ") == "" {
		t.Skip()
	}
	for _, r := range loadBench(t) {
		if r.Corruption == "clean" || strings.Contains(r.Corruption, "lossy") || r.Corruption == "utf8->big5" {
			continue
		}
		got, fixes := Repair(r.Input)
		if got != r.Expected {
			fmt.Printf("%s\n  in   %q\n  got  %q\n  want %q\n", r.ID, r.Input, got, r.Expected)
			for _, f := range fixes {
				fmt.Printf("  fix %q -> %q %s\n", f.Original, f.Repaired, f.Chain)
			}
			for _, g := range Garbled(r.Input) {
				fmt.Printf("  garbled %q %s\n", g.Text, g.Reason)
			}
		}
	}
}
