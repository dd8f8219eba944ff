package normalize_test

import (
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"testing"
	"unicode/utf8"
	"unsafe"

	"github.com/liuzl/gocc"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"github.com/zhnorm/zhnorm/normalize"
	"golang.org/x/text/transform"
)

var convVariants = []string{"t2s", "tw2s", "hk2s", "tw2sp"}

type corpusFile struct {
	name string
	text string
}

// readCorpus returns the corpus pages as text, sorted by name.
func readCorpus(tb testing.TB) []corpusFile {
	tb.Helper()
	files, err := filepath.Glob("../testdata/corpus/*.txt")
	require.NoError(tb, err)
	require.NotEmpty(tb, files, "no corpus pages")
	sort.Strings(files)
	out := make([]corpusFile, 0, len(files))
	for _, f := range files {
		b, err := os.ReadFile(f)
		require.NoError(tb, err)
		out = append(out, corpusFile{name: filepath.Base(f), text: string(b)})
	}
	return out
}

// readCases reads an OpenCC test case pair: one case a line.
func readCases(tb testing.TB, dir, variant string) (in, ans []string) {
	tb.Helper()
	split := func(name string) []string {
		b, err := os.ReadFile(filepath.Join(dir, name))
		require.NoError(tb, err)
		return strings.Split(strings.TrimRight(string(b), "\n"), "\n")
	}
	in, ans = split(variant+".in"), split(variant+".ans")
	require.Equal(tb, len(in), len(ans), "%s/%s: .in and .ans differ in length", dir, variant)
	return in, ans
}

var goccConverters sync.Map // variant → *gocc.OpenCC

func goccFor(tb testing.TB, variant string) *gocc.OpenCC {
	if c, ok := goccConverters.Load(variant); ok {
		return c.(*gocc.OpenCC)
	}
	c, err := gocc.New(variant)
	require.NoError(tb, err)
	goccConverters.Store(variant, c)
	return c
}

func converterFor(tb testing.TB, variant string) *normalize.Converter {
	tb.Helper()
	c, err := normalize.NewConverter(variant)
	require.NoError(tb, err)
	return c
}

// TestConvertOpenCC116 runs every t2s, tw2s, hk2s and tw2sp case of OpenCC
// 1.1.6, the release Debian ships.
func TestConvertOpenCC116(t *testing.T) {
	for _, v := range convVariants {
		c := converterFor(t, v)
		in, ans := readCases(t, "testdata/opencc/ver.1.1.6", v)
		for i := range in {
			assert.Equal(t, ans[i], c.Convert(in[i]), "%s case %d: %s", v, i+1, in[i])
		}
	}
}

// openCCHeadPasses is how many of OpenCC main's cases (2026-08) pass with
// the 2020 dictionaries gocc embeds, per variant: a floor, so a regression
// fails. The rest need dictionary entries gocc does not have; OpenCC 1.1.6
// itself fails 27 of the 55 t2s cases.
var openCCHeadPasses = map[string]int{"t2s": 30, "tw2s": 24, "hk2s": 14, "tw2sp": 15}

func TestConvertOpenCCHead(t *testing.T) {
	for _, v := range convVariants {
		c := converterFor(t, v)
		g := goccFor(t, v)
		in, ans := readCases(t, "testdata/opencc/HEAD-5249273/extracted", v)
		pass, goccPass := 0, 0
		for i := range in {
			if c.Convert(in[i]) == ans[i] {
				pass++
			}
			if out, err := g.Convert(in[i]); err == nil && out == ans[i] {
				goccPass++
			}
		}
		t.Logf("%s: %d of %d OpenCC main cases pass (gocc: %d)", v, pass, len(in), goccPass)
		assert.GreaterOrEqual(t, pass, openCCHeadPasses[v], v)
		assert.GreaterOrEqual(t, pass, goccPass, "%s: fewer than gocc", v)
	}
}

// TestConvertMatchesGocc is the differential test: on every corpus page,
// line by line and whole, in every variant, the output is gocc's.
func TestConvertMatchesGocc(t *testing.T) {
	pages := readCorpus(t)
	for _, v := range convVariants {
		c := converterFor(t, v)
		g := goccFor(t, v)
		for _, p := range pages {
			text := strings.ToValidUTF8(p.text, "\uFFFD") // gocc mangles invalid UTF-8
			want, err := g.Convert(text)
			require.NoError(t, err)
			if got := c.Convert(text); got != want {
				gl, wl := strings.Split(got, "\n"), strings.Split(want, "\n")
				for i := range min(len(gl), len(wl)) {
					if gl[i] != wl[i] {
						t.Errorf("%s %s line %d:\n got  %s\n gocc %s", v, p.name, i+1, gl[i], wl[i])
						break
					}
				}
			}
		}
	}
}

func TestConvertCases(t *testing.T) {
	tests := []struct {
		variant, in, want string
	}{
		{"t2s", "", ""},
		{"t2s", "abc 123", "abc 123"},
		{"t2s", "醫藥產業發展", "医药产业发展"},
		{"t2s", "一目瞭然", "一目了然"},
		{"t2s", "二噁英", "二𫫇英"},         // OpenCC 1.1.6 phrase gocc lacks
		{"t2s", "臺\xff臺灣", "台\xff台湾"}, // gocc: 台�湾
		{"t2s", "\xff", "\xff"},
		{"t2s", "\x01劉", "\x01刘"}, // gocc: 刘 (found by FuzzConvert)
		{"t2s", "𠁞", "𠀾"},         // outside the BMP
		{"tw2s", "著裝著作", "着装著作"},
		{"hk2s", "潮濕灶台", "潮湿灶台"},
		{"tw2sp", "滑鼠", "鼠标"},
	}
	for _, tt := range tests {
		c := converterFor(t, tt.variant)
		assert.Equal(t, tt.want, c.Convert(tt.in), "%s %q", tt.variant, tt.in)
	}
}

func TestConvertReturnsInputWhenUnchanged(t *testing.T) {
	c := converterFor(t, "tw2sp")
	in := strings.Repeat("医药产业发展, ok. ", 10)
	out := c.Convert(in)
	assert.Equal(t, in, out)
	assert.Equal(t, unsafeData(in), unsafeData(out), "a new string was allocated")
	assert.Zero(t, testing.AllocsPerRun(10, func() { c.Convert(in) }))
}

func TestNewConverterErrors(t *testing.T) {
	_, err := normalize.NewConverter("s2t")
	assert.ErrorContains(t, err, "unknown conversion variant")
	_, err = normalize.NewConverter("t2s", normalize.WithPhrases(map[string]string{"": "x"}))
	assert.Error(t, err)
	_, err = normalize.NewConverter("t2s", normalize.WithPhrases(map[string]string{"a": "\xff"}))
	assert.Error(t, err)
	_, err = normalize.NewConverter("t2s", nil)
	assert.NoError(t, err)
}

func TestWithPhrases(t *testing.T) {
	c, err := normalize.NewConverter("t2s", normalize.WithPhrases(map[string]string{
		"乾隆":  "乾隆", // built-in: 乾 → 干
		"臺北":  "台北市",
		"C視窗": "C窗口", // keys may start with ASCII
	}))
	require.NoError(t, err)
	tests := []struct{ in, want string }{
		{"乾隆皇帝", "乾隆皇帝"},
		{"乾燥", "干燥"},
		{"臺北醫院", "台北市医院"},
		{"醫院", "医院"},
		{"用C視窗", "用C窗口"},
		{"乾隆", "乾隆"},
		{"", ""},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, c.Convert(tt.in), tt.in)
	}
	in := "乾隆"
	assert.Equal(t, unsafeData(in), unsafeData(c.Convert(in)))
}

func TestToSimplifiedConcurrent(t *testing.T) {
	var wg sync.WaitGroup
	for range 8 {
		wg.Go(func() {
			for range 100 {
				if got := normalize.ToSimplified("醫藥產業"); got != "医药产业" {
					t.Errorf("got %q", got)
					return
				}
			}
		})
	}
	wg.Wait()
}

func FuzzConvert(f *testing.F) {
	for _, p := range readCorpus(f) {
		for _, line := range strings.Split(p.text, "\n") {
			if len(line) > 0 && len(line) < 400 {
				f.Add("t2s", line)
			}
		}
	}
	f.Add("tw2s", "著裝著作汙染虛偽發洩稜柱群眾裡面")
	f.Add("hk2s", "讚歎沙河涌洶湧的波浪")
	f.Add("tw2sp", "滑鼠裡面的矽二極體壞了")
	f.Add("t2s", "臺\xff臺灣")
	supplement := normalize.SupplementKeys()
	convs := map[string]*normalize.Converter{}
	for _, v := range convVariants {
		convs[v] = converterFor(f, v)
	}
	withUser, err := normalize.NewConverter("tw2sp", normalize.WithPhrases(map[string]string{"乾隆": "乾隆", "C視窗": "C窗口", "臺北": "台北市"}))
	require.NoError(f, err)
	f.Fuzz(func(t *testing.T, variant, s string) {
		// User phrases: the stream must agree with Convert, on any input.
		got := withUser.Convert(s)
		if streamed, _, err := transform.String(withUser.Transformer(), s); err != nil || streamed != got {
			t.Fatalf("user phrases %q: Convert %q, Transformer %q (%v)", s, got, streamed, err)
		}
		c, ok := convs[variant]
		if !ok {
			c, variant = convs["t2s"], "t2s"
		}
		got = c.Convert(s)
		if streamed, _, err := transform.String(c.Transformer(), s); err != nil || streamed != got {
			t.Fatalf("%s %q: Convert %q, Transformer %q (%v)", variant, s, got, streamed, err)
		}
		if !utf8.ValidString(s) {
			// Valid runs convert as if alone; invalid bytes stay.
			if utf8.ValidString(got) {
				t.Fatalf("invalid bytes lost: %q → %q", s, got)
			}
			return
		}
		if strings.ContainsRune(s, 0x01) {
			return // gocc's trie matches \x01劉 as 劉 and drops the \x01
		}
		for _, k := range supplement {
			if strings.Contains(s, k) {
				return // OpenCC 1.1.6 data gocc lacks
			}
		}
		want, err := goccFor(t, variant).Convert(s)
		if err != nil {
			t.Fatal(err)
		}
		if got != want {
			t.Fatalf("%s %q: got %q, gocc %q", variant, s, got, want)
		}
	})
}

// unsafeData tells whether two strings share memory: no new string was built.
func unsafeData(s string) *byte { return unsafe.StringData(s) }

func TestConverterTransformer(t *testing.T) {
	user := normalize.WithPhrases(map[string]string{"乾隆": "乾隆", "臺北": "台北市", "C視窗": "C窗口"})
	inputs := append([]string{"臺\xff臺灣", "乾隆皇帝在臺北", "一目瞭然\xe4", "C視窗C", "C"}, corpusLines(t, 15)...)
	for _, v := range convVariants {
		for _, opts := range [][]normalize.ConverterOption{nil, {user}} {
			c, err := normalize.NewConverter(v, opts...)
			require.NoError(t, err)
			for _, in := range inputs {
				assert.Equal(t, c.Convert(in), transformString(t, c.Transformer(), in), "%s %q", v, in)
			}
			for _, p := range readCorpus(t) {
				out, _, err := transform.String(c.Transformer(), p.text)
				require.NoError(t, err)
				assert.True(t, out == c.Convert(p.text), "%s %s: stream differs from Convert", v, p.name)
			}
		}
	}
}
