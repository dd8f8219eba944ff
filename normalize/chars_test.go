package normalize_test

import (
	"io"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/transform"

	"github.com/zhnorm/zhnorm/normalize"
)

type stepCase struct{ name, in, want string }

func runStep(t *testing.T, step func(string) string, tests []stepCase) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := step(tt.in)
			assert.Equal(t, tt.want, got)
			assert.Equal(t, got, step(got), "not idempotent")
			if tt.in == tt.want {
				assert.Equal(t, unsafeData(tt.in), unsafeData(got), "unchanged input was copied")
			}
		})
	}
}

func TestStripPinyin(t *testing.T) {
	runStep(t, normalize.StripPinyin, []stepCase{
		{"empty", "", ""},
		{"plain", "产业发展", "产业发展"},
		{"annotations", "產(chǎn)業(yè)", "產業"},
		{"trailing space", "會(huì )議", "會議"},
		{"full-width parens", "產（chǎn）業", "產業"},
		{"two in a row", "產(chǎn)(chǎn)業", "產業"},
		{"combining tone mark", "產(cha\u030cn)業", "產業"},
		{"corpus line", "全省生物醫藥產(chǎn)業(yè)高質(zhì)量發(fā)展推進(jìn)會(huì )在我市召開(kāi)", "全省生物醫藥產業高質量發展推進會在我市召開"},
		{"byline", "(记者翟倩倩、焦娇)", "(记者翟倩倩、焦娇)"},
		{"byline after han", "报道(记者翟倩倩、焦娇)", "报道(记者翟倩倩、焦娇)"},
		{"latin before", "ab(chǎn)", "ab(chǎn)"},
		{"no tone", "大会(icg)", "大会(icg)"},
		{"upper case", "大会(ICG)", "大会(ICG)"},
		{"too long", "大会(chǎnchǎn)", "大会(chǎnchǎn)"},
		{"unclosed", "產(chǎn", "產(chǎn"},
		{"three spaces", "會(huì   )", "會"},
		{"four spaces", "會(huì    )", "會(huì    )"},
		{"space before han", "產 (chǎn)", "產 (chǎn)"},
		{"invalid utf8 kept", "產(chǎn)\xff", "產\xff"},
	})
}

func TestFoldWidth(t *testing.T) {
	runStep(t, normalize.FoldWidth, []stepCase{
		{"empty", "", ""},
		{"plain", "abc 中文，。", "abc 中文，。"},
		{"letters and digits", "ＡＢＣ１２３ｘｙｚ", "ABC123xyz"},
		{"full-width punctuation stays", "你好！（１）", "你好！（1）"},
		{"ideographic space", "\u3000\u3000成都高新区", "  成都高新区"},
		{"nbsp and thin spaces", "a\u00a0b\u2009c\u202fd", "a b c d"},
		{"compatibility ideograph", "\uf900\ufa10\U0002f800", "豈塚丽"},
		{"unified ideograph in compat block stays", "\ufa0e", "\ufa0e"},
		{"kangxi radicals", "⼈⺠", "人⺠"},
		{"invalid utf8 kept", "Ａ\xffＢ", "A\xffB"},
	})
}

func TestRemoveInvisible(t *testing.T) {
	runStep(t, normalize.RemoveInvisible, []stepCase{
		{"empty", "", ""},
		{"plain", "中文 text\t\n", "中文 text\t\n"},
		{"zero width", "中\u200b文\u200c\u2060", "中文"},
		{"bom", "\ufeff标题", "标题"},
		{"soft hyphen", "co\u00adoperate", "cooperate"},
		{"controls", "a\x00b\x07c\x1bd\x7fe\u0085f", "abcdef"},
		{"bidi", "\u202a中文\u202c\u200f", "中文"},
		{"hangul filler", "\u3164广告", "广告"},
		{"emoji zwj kept", "👨\u200d👩\u200d👧", "👨\u200d👩\u200d👧"},
		{"zwj between han removed", "中\u200d文", "中文"},
		{"zwj at end removed", "👨\u200d", "👨"},
		{"invalid utf8 kept", "a\xff\u200bb", "a\xffb"},
	})
}

func TestCollapseSpace(t *testing.T) {
	runStep(t, normalize.CollapseSpace, []stepCase{
		{"empty", "", ""},
		{"only space", " \t\u3000 ", ""},
		{"clean", "a b 中文", "a b 中文"},
		{"runs", "  a \t b\u3000\u3000c  ", "a b c"},
		{"newlines", "a\n\nb", "a b"},
		{"nbsp", "a\u00a0b", "a b"},
		{"single leading", " a", "a"},
		{"single trailing", "a ", "a"},
		{"invalid utf8 kept", " \xff  b ", "\xff b"},
	})
}

func TestChinesePunct(t *testing.T) {
	runStep(t, normalize.ChinesePunct, []stepCase{
		{"empty", "", ""},
		{"comma", "近日,我市", "近日，我市"},
		{"colon", "他说:", "他说："},
		{"parens", "(记者翟倩倩、焦娇)", "（记者翟倩倩、焦娇）"},
		{"parens latin inside han", "大会(ICG-17)在成都", "大会（ICG-17）在成都"},
		{"parens latin", "Python (3.10) version", "Python (3.10) version"},
		{"parens enumeration at start", "(1)加强", "(1)加强"},
		{"question and bang", "真的吗?!好", "真的吗？！好"},
		{"spaces dropped", "近日 , 我市", "近日，我市"},
		{"thousands", "共1,200元", "共1,200元"},
		{"decimal", "增长3.5%", "增长3.5%"},
		{"time", "时间:2022-11-04 14:27:14", "时间：2022-11-04 14:27:14"},
		{"ratio", "比分3:1获胜", "比分3:1获胜"},
		{"url", "网址:http://example.com/a?b=1&c=2", "网址：http://example.com/a?b=1&c=2"},
		{"email", "邮箱:news@example.com", "邮箱：news@example.com"},
		{"latin", "Hello, world: yes; no? ok!", "Hello, world: yes; no? ok!"},
		{"comma after digit before han", "2022年,共3,我们", "2022年，共3，我们"},
		{"after full-width", "他说：“好”,然后", "他说：“好”，然后"},
		{"markdown image", "![]() |", "![]() |"},
		{"unmatched paren", "甲(乙", "甲(乙"},
		{"nested", "甲(乙(丙)丁)", "甲（乙（丙）丁）"},
		{"nested latin", "甲((x))乙", "甲（(x)）乙"},
		{"invalid utf8 kept", "中\xff,文", "中\xff，文"},
	})
}

// transformString runs t over s through a transform.Reader with a small
// buffer, so that runes and lookahead cross buffer boundaries.
func transformString(t *testing.T, tr transform.Transformer, s string) string {
	t.Helper()
	var b strings.Builder
	r := transform.NewReader(&oneByteAtATime{s: s}, tr)
	buf := make([]byte, 3)
	for {
		n, err := r.Read(buf)
		b.Write(buf[:n])
		if err != nil {
			break
		}
	}
	whole, _, err := transform.String(tr, s)
	require.NoError(t, err)
	assert.Equal(t, whole, b.String(), "transform.String and a byte-at-a-time reader differ")
	return whole
}

type oneByteAtATime struct{ s string }

func (r *oneByteAtATime) Read(p []byte) (int, error) {
	if r.s == "" {
		return 0, io.EOF
	}
	p[0] = r.s[0]
	r.s = r.s[1:]
	return 1, nil
}

// charInputs feeds the transformer tests and the fuzz seeds.
var charInputs = []string{
	"", "abc", "產(chǎn)業(yè)，會(huì )議", "ＡＢＣ１２３\u3000\u00a0\uf900⼈",
	"中\u200b文\ufeff\u00ad\x00\x7f", "👨\u200d👩\u200d👧", "中\u200d文", "\u200d",
	"  a \t b\u3000\u3000c  ", "\xff\xfe中\xe4\xb8", "近日,我市(记者翟倩倩、焦娇)说:1,200 14:27",
	"產(chǎn)(chǎn)業 大会(ICG-17)在 甲((x))乙 \u200d\u200d👨",
}

func TestTransformersMatchStrings(t *testing.T) {
	steps := []struct {
		name string
		tr   func() transform.Transformer
		f    func(string) string
	}{
		{"Width", func() transform.Transformer { return normalize.Width }, normalize.FoldWidth},
		{"Invisible", func() transform.Transformer { return normalize.Invisible }, normalize.RemoveInvisible},
		{"Space", normalize.Space, normalize.CollapseSpace},
		{"Pinyin", normalize.Pinyin, normalize.StripPinyin},
	}
	for _, st := range steps {
		for _, in := range append(charInputs, corpusLines(t, 40)...) {
			got := transformString(t, st.tr(), in)
			assert.Equal(t, st.f(in), got, "%s %q", st.name, in)
		}
	}
}

func TestSpanMatchesTransform(t *testing.T) {
	for _, tr := range []transform.SpanningTransformer{normalize.Width, normalize.Invisible} {
		for _, in := range charInputs {
			n, err := tr.Span([]byte(in), true)
			out, _, terr := transform.String(tr, in)
			require.NoError(t, terr)
			if err == nil {
				assert.Equal(t, len(in), n)
				assert.Equal(t, in, out, "Span said %q is clean", in)
			} else {
				assert.Equal(t, in[:n], out[:n], "span prefix of %q", in)
				assert.NotEqual(t, in, out, "Span stopped on %q but nothing changes", in)
			}
		}
	}
}

// corpusLines returns up to n lines of each corpus page.
func corpusLines(tb testing.TB, n int) []string {
	var out []string
	for _, p := range readCorpus(tb) {
		lines := strings.Split(p.text, "\n")
		out = append(out, lines[:min(n, len(lines))]...)
	}
	return out
}

// charSteps runs the character steps in the pipeline's order.
func charSteps(s string) string {
	s = normalize.FoldWidth(s)
	s = normalize.RemoveInvisible(s)
	s = normalize.CollapseSpace(s) // as the pipeline does: later steps see single spaces
	s = normalize.StripPinyin(s)
	s = normalize.ChinesePunct(s)
	return normalize.CollapseSpace(s)
}

func TestCharStepsOnCorpus(t *testing.T) {
	for _, line := range corpusLines(t, 1000) {
		once := charSteps(line)
		assert.Equal(t, once, charSteps(once), "not idempotent on %q", line)
		assert.NotContains(t, once, "(chǎn)")
		assert.NotContains(t, once, "\u200b")
	}
}

// FuzzChars checks that every step, and the steps in sequence, never panic,
// and on valid UTF-8 (all the pipeline feeds them) are idempotent and keep
// it valid. On invalid UTF-8, removing a character can join two stray bytes
// into one, so a second pass may change more.
func FuzzChars(f *testing.F) {
	for _, s := range charInputs {
		f.Add(s)
	}
	for _, s := range corpusLines(f, 30) {
		f.Add(s)
	}
	f.Add("\xc2\u0080\x9e") // found by fuzzing: removing U+0080 joins \xc2\x9e
	steps := map[string]func(string) string{
		"StripPinyin": normalize.StripPinyin, "FoldWidth": normalize.FoldWidth,
		"RemoveInvisible": normalize.RemoveInvisible, "CollapseSpace": normalize.CollapseSpace,
		"ChinesePunct": normalize.ChinesePunct, "all": charSteps,
	}
	f.Fuzz(func(t *testing.T, s string) {
		valid := utf8.ValidString(s)
		for name, step := range steps {
			once := step(s)
			if !valid {
				continue
			}
			if name == "all" && strings.ContainsAny(s, "\n\r\u2028\u2029") {
				continue // the pipeline runs the steps on paragraphs, split at these breaks
			}
			if twice := step(once); twice != once {
				t.Fatalf("%s not idempotent on %q:\n once  %q\n twice %q", name, s, once, twice)
			}
			if !utf8.ValidString(once) {
				t.Fatalf("%s made invalid UTF-8 from %q", name, s)
			}
		}
		for _, st := range []struct {
			tr transform.Transformer
			f  func(string) string
		}{
			{normalize.Width, normalize.FoldWidth}, {normalize.Invisible, normalize.RemoveInvisible},
			{normalize.Space(), normalize.CollapseSpace}, {normalize.Pinyin(), normalize.StripPinyin},
		} {
			got, _, err := transform.String(st.tr, s)
			if err != nil {
				t.Fatalf("%T: %v", st.tr, err)
			}
			if want := st.f(s); got != want {
				t.Fatalf("%T on %q: %q, string form %q", st.tr, s, got, want)
			}
		}
	})
}

func BenchmarkChars(b *testing.B) {
	text := strings.Join(corpusLines(b, 1<<30), "\n")
	steps := []struct {
		name string
		f    func(string) string
	}{
		{"StripPinyin", normalize.StripPinyin}, {"FoldWidth", normalize.FoldWidth},
		{"RemoveInvisible", normalize.RemoveInvisible}, {"CollapseSpace", normalize.CollapseSpace},
		{"ChinesePunct", normalize.ChinesePunct},
	}
	lines := strings.Split(text, "\n")
	for _, st := range steps {
		b.Run(st.name, func(b *testing.B) {
			b.SetBytes(int64(len(text)))
			b.ReportAllocs()
			for b.Loop() {
				for _, l := range lines {
					st.f(l)
				}
			}
		})
	}
	for _, tr := range []struct {
		name string
		t    transform.Transformer
	}{{"Width", normalize.Width}, {"Invisible", normalize.Invisible}} {
		b.Run("transform/"+tr.name, func(b *testing.B) {
			b.SetBytes(int64(len(text)))
			b.ReportAllocs()
			for b.Loop() {
				transform.String(tr.t, text)
			}
		})
	}
}

func TestChinesePunctTabs(t *testing.T) {
	// Found by FuzzChars: a tab run between a Han character and a mark
	// must behave like spaces, or the steps are not idempotent.
	assert.Equal(t, "輯；", normalize.ChinesePunct("輯\t\t;"))
	assert.Equal(t, "近日，\n我市", normalize.ChinesePunct("近日,\n我市"), "a line break is not part of a run")
}
