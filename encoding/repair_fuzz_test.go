package encoding

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"
)

func FuzzRepair(f *testing.F) {
	seeds, _ := filepath.Glob("../testdata/corpus/00*.txt")
	for _, p := range seeds {
		b, err := os.ReadFile(p)
		if err != nil {
			f.Fatal(err)
		}
		for _, l := range strings.Split(string(b), "\n") {
			if len(l) > 300 {
				l = l[:300]
			}
			f.Add(l)
		}
	}
	for _, s := range []string{"杩戞棩", "è¿‘æ—¥", "½üÈÕ", "猁儅憤斐婖沭璃", "锟斤拷", "\xff\xfe", "\uFFFD\uFFFDa", "!Γ和跻哉", "有關 ? ！鄙虾Ｖ性\ue12e禺a市場", "萬 ?！?/p>", "? ！迸",
		// Lossy mojibake (lossy.go): UTF-8 read as GBK once and twice, GBK
		// read as Big5, UTF-8 read as Big5, private-use debris.
		"鍔�鍔涙帹鍑烘洿澶氬師鍒涙�у紩棰嗘�у垱鏂版垚鏋�", "12閺堬拷17閺冿拷,閻\ue043礁顫欑敮绋款潤閵嗕礁绔舵慨", "12堎17��,吽巹都巹﹜庈巹",
		"���撣�撠���典歇���撌乩����箇��銝�", "竤\ue619舼幔", "中文�已�中文"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got, fixes := Repair(s)
		spans := Garbled(s)
		if utf8.ValidString(s) && !utf8.ValidString(got) {
			t.Fatalf("Repair(%q) = %q: invalid UTF-8", s, got)
		}
		again, _ := Repair(got)
		if again != got {
			t.Fatalf("not idempotent: %q -> %q -> %q", s, got, again)
		}
		for _, fx := range fixes {
			if fx.Start < 0 || fx.End > len(s) || s[fx.Start:fx.End] != fx.Original {
				t.Fatalf("bad fix span %+v for %q", fx, s)
			}
			// The clean output of a repair is left alone.
			if out, fs := Repair(fx.Repaired); out != fx.Repaired || len(fs) > 0 {
				t.Fatalf("repair output %q changed again to %q", fx.Repaired, out)
			}
		}
		for _, g := range spans {
			if g.Start < 0 || g.End > len(s) || s[g.Start:g.End] != g.Text {
				t.Fatalf("bad garbled span %+v for %q", g, s)
			}
		}
		out, _, inOut := Analyze(s)
		if out != got || len(inOut) != len(spans) {
			t.Fatalf("Analyze(%q) disagrees with Repair/Garbled", s)
		}
		for _, g := range inOut {
			if g.Start < 0 || g.End > len(out) || out[g.Start:g.End] != g.Text {
				t.Fatalf("bad Analyze span %+v for %q in %q", g, s, out)
			}
		}
	})
}
