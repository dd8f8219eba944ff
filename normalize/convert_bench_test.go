package normalize_test

import (
	"strings"
	"testing"

	"github.com/zhnorm/zhnorm/normalize"
)

// corpusByScript splits the corpus into paragraphs of pages that are mostly
// traditional (t2s changes at least 5% of their bytes) and of the rest.
func corpusByScript(tb testing.TB) (traditional, simplified []string) {
	c := converterFor(tb, "t2s")
	for _, p := range readCorpus(tb) {
		text := strings.ToValidUTF8(p.text, "\uFFFD")
		out := c.Convert(text)
		diff := 0
		for i := range min(len(out), len(text)) {
			if out[i] != text[i] {
				diff++
			}
		}
		paras := strings.Split(text, "\n")
		if diff*20 >= len(text) {
			traditional = append(traditional, paras...)
		} else {
			simplified = append(simplified, paras...)
		}
	}
	return traditional, simplified
}

func paragraphBytes(paras []string) int64 {
	n := 0
	for _, p := range paras {
		n += len(p)
	}
	return int64(n)
}

// BenchmarkConvert converts the corpus paragraph by paragraph with this
// converter and with gocc.
func BenchmarkConvert(b *testing.B) {
	trad, simp := corpusByScript(b)
	if len(trad) == 0 || len(simp) == 0 {
		b.Fatal("corpus has no traditional or no simplified pages")
	}
	c := converterFor(b, "t2s")
	g := goccFor(b, "t2s")
	for _, set := range []struct {
		name  string
		paras []string
	}{{"traditional", trad}, {"simplified", simp}} {
		b.Run(set.name+"/zhnorm", func(b *testing.B) {
			b.SetBytes(paragraphBytes(set.paras))
			b.ReportAllocs()
			for b.Loop() {
				for _, p := range set.paras {
					c.Convert(p)
				}
			}
		})
		b.Run(set.name+"/gocc", func(b *testing.B) {
			b.SetBytes(paragraphBytes(set.paras))
			b.ReportAllocs()
			for b.Loop() {
				for _, p := range set.paras {
					if _, err := g.Convert(p); err != nil {
						b.Fatal(err)
					}
				}
			}
		})
	}
}

// BenchmarkConvertVariants converts the traditional pages whole in every
// variant.
func BenchmarkConvertVariants(b *testing.B) {
	trad, _ := corpusByScript(b)
	text := strings.Join(trad, "\n")
	for _, v := range convVariants {
		c := converterFor(b, v)
		b.Run(v, func(b *testing.B) {
			b.SetBytes(int64(len(text)))
			b.ReportAllocs()
			for b.Loop() {
				c.Convert(text)
			}
		})
	}
}

func BenchmarkNewConverter(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := normalize.NewConverter("tw2sp", normalize.WithPhrases(map[string]string{"臺北": "台北"})); err != nil {
			b.Fatal(err)
		}
	}
}
