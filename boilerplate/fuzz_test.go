package boilerplate_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/zhnorm/zhnorm/boilerplate"
)

// FuzzClassify checks the contract on any input: one verdict per paragraph,
// cuts inside the paragraph, ordered, disjoint and on UTF-8 boundaries, and
// Strip equal to the kept paragraphs with their cuts applied. Paragraphs are
// the input's lines.
func FuzzClassify(f *testing.F) {
	f.Add("您的位置：首页 > 资讯\n成都高新区不断做优做强大健康生物等主导产业能级。\n编辑：王冲\n相关推荐\n• 标题")
	f.Add("……(未完,全文共7827字,当前只显示3768字) 上一篇:a 下一篇:b |")
	f.Add("![]( |\n(（省略）)\n上一篇\n关键字 :\n\xff\xfe")
	f.Add(strings.Join(tiebaThread, "\n"))
	f.Add("标题 | 网站\n标题\n张三: ！[]()\n2023-3-8 13:30回复\n1楼2022-10-02\n2楼2022-10-03\nM2\nB1\nTHE END")
	files, _ := filepath.Glob("../testdata/corpus/00*.txt")
	for _, name := range files {
		if data, err := os.ReadFile(name); err == nil {
			f.Add(string(data))
		}
	}
	f.Fuzz(func(t *testing.T, text string) {
		paras := strings.Split(text, "\n")
		for _, opts := range [][]boilerplate.Option{nil, {boilerplate.Recall()}, {boilerplate.Precision()}} {
			vs := boilerplate.Classify(paras, opts...)
			if len(vs) != len(paras) {
				t.Fatalf("%d verdicts for %d paragraphs", len(vs), len(paras))
			}
			var want []string
			for i, v := range vs {
				p := paras[i]
				if !v.Keep {
					if v.Reason == "" || len(v.Cuts) > 0 {
						t.Fatalf("dropped paragraph %q: reason %q, %d cuts", p, v.Reason, len(v.Cuts))
					}
					continue
				}
				last := 0
				for _, c := range v.Cuts {
					if c.Start < last || c.End > len(p) || c.Start >= c.End || c.Reason == "" {
						t.Fatalf("bad cut %+v in %q (previous end %d)", c, p, last)
					}
					if !onBoundary(p, c.Start) || !onBoundary(p, c.End) {
						t.Fatalf("cut %+v splits a rune in %q", c, p)
					}
					last = c.End
				}
				if s := v.Apply(p); s != "" {
					want = append(want, s)
				}
			}
			got := boilerplate.Strip(paras, opts...)
			if strings.Join(got, "\n") != strings.Join(want, "\n") || len(got) != len(want) {
				t.Fatalf("Strip = %q, want %q", got, want)
			}
		}
	})
}

// onBoundary reports whether byte offset i starts a rune of p as range
// decodes it (an invalid byte counts as a one-byte rune), or is len(p).
func onBoundary(p string, i int) bool {
	if i == len(p) {
		return true
	}
	for j := range p {
		if j == i {
			return true
		}
		if j > i {
			break
		}
	}
	return false
}
