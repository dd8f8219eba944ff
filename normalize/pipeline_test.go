package normalize_test

import (
	"bufio"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"github.com/zhnorm/zhnorm/normalize"
)

func TestScanParagraphs(t *testing.T) {
	tests := []struct {
		name, in string
		want     []string
	}{
		{"empty", "", nil},
		{"blank lines", "\n \n\t\n", nil},
		{"lf", "甲\n乙\n", []string{"甲", "乙"}},
		{"crlf and cr", "甲\r\n乙\r丙", []string{"甲", "乙", "丙"}},
		{"unicode separators", "甲\u2028乙\u2029丙", []string{"甲", "乙", "丙"}},
		{"trims", "  甲 乙  \n\n\n 丙", []string{"甲 乙", "丙"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			// A tiny buffer makes lines cross buffer boundaries.
			sc := bufio.NewScanner(&oneByteAtATime{s: tt.in})
			sc.Split(normalize.ScanParagraphs)
			var got []string
			for sc.Scan() {
				got = append(got, sc.Text())
			}
			require.NoError(t, sc.Err())
			assert.Equal(t, tt.want, got)
		})
	}
}

func TestResultLinesAndText(t *testing.T) {
	res := normalize.New(normalize.NoBoilerplate(), normalize.NoDedupe()).NormalizeString("\n第一段。\n\n  第二段。 \n")
	assert.Equal(t, []string{"第一段。", "第二段。"}, res.Paragraphs)
	assert.Equal(t, []int{2, 4}, res.Lines)
	assert.Equal(t, "第一段。\n第二段。\n", res.Text)
	assert.Equal(t, 2, res.InputParagraphs)
}

func TestStageOptions(t *testing.T) {
	const in = "全省生物醫藥產業高質量發展推進會在我市召開。\n全省生物醫藥產業高質量發展推進會在我市召開。\n"
	tests := []struct {
		name string
		opts []normalize.Option
		want string
	}{
		{"default converts and dedupes", nil, "全省生物医药产业高质量发展推进会在我市召开。\n"},
		{"no conversion", []normalize.Option{normalize.NoConversion()}, "全省生物醫藥產業高質量發展推進會在我市召開。\n"},
		{"no dedupe", []normalize.Option{normalize.NoDedupe()}, "全省生物医药产业高质量发展推进会在我市召开。\n全省生物医药产业高质量发展推进会在我市召开。\n"},
		{"tw2s", []normalize.Option{normalize.WithVariant(normalize.TW2S)}, "全省生物医药产业高质量发展推进会在我市召开。\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, normalize.New(tt.opts...).NormalizeString(in).Text)
		})
	}
}

func TestInvalidUTF8IsReported(t *testing.T) {
	res := normalize.New(normalize.NoRepair()).NormalizeString("甲\xff乙。")
	require.NotEmpty(t, res.Changes)
	assert.Equal(t, normalize.StageDecode, res.Changes[0].Stage)
	assert.Equal(t, "invalid-bytes", res.Changes[0].Reason)
	assert.True(t, utf8.ValidString(res.Text))
}

func TestParseVariant(t *testing.T) {
	for _, v := range []string{"t2s", "tw2s", "hk2s", "tw2sp"} {
		got, err := normalize.ParseVariant(v)
		assert.NoError(t, err)
		assert.Equal(t, normalize.Variant(v), got)
	}
	_, err := normalize.ParseVariant("s2t")
	assert.Error(t, err)
	assert.Panics(t, func() { normalize.New(normalize.WithVariant("nope")) })
}

// TestNothingLostSilently checks, on every corpus page, that each input line
// either reaches the output or has a change that says what happened to it.
func TestNothingLostSilently(t *testing.T) {
	n := normalize.New()
	for _, p := range loadPages(t) {
		res, err := n.Normalize(p.input)
		require.NoError(t, err, p.name)
		accounted := map[int]bool{}
		for _, l := range res.Lines {
			accounted[l] = true
		}
		for _, c := range res.Changes {
			accounted[c.Line] = true
			assert.LessOrEqual(t, c.Start, c.End, "%s: %v", p.name, c)
			assert.True(t, c.Stage != "" && c.Reason != "", "%s: change without stage or reason: %v", p.name, c)
			if c.Dropped {
				assert.NotEmpty(t, c.Original, "%s: drop without text: %v", p.name, c)
			}
		}
		for i, line := range strings.Split(string(p.input), "\n") {
			if strings.TrimSpace(line) == "" || !utf8.ValidString(line) {
				continue
			}
			assert.True(t, accounted[i+1], "%s: line %d vanished without a change: %q", p.name, i+1, line)
		}
		assert.Equal(t, len(res.Paragraphs), len(res.Lines))
		if len(res.Paragraphs) > 0 {
			assert.Equal(t, strings.Join(res.Paragraphs, "\n")+"\n", res.Text)
		}
	}
}

func TestStats(t *testing.T) {
	res := normalize.New().NormalizeString("全省醫藥產業發展推進會在我市召開。\n全省醫藥產業發展推進會在我市召開。\n")
	s := res.Stats()
	assert.Equal(t, 2, s.InputParagraphs)
	assert.Equal(t, 1, s.Paragraphs)
	assert.Equal(t, 1, s.Dropped[normalize.StageDedupe])
	assert.Equal(t, 17, s.Chars)
	assert.Equal(t, 4, s.Rewritten[normalize.StageConvert], "two spans a line: 醫藥產業發展推進會 and 召開")
}

func FuzzNormalize(f *testing.F) {
	for _, p := range loadPages(f) {
		// The head of each page: short seeds keep the fuzzer's minimizer fast.
		in := p.input
		if len(in) > 1500 {
			in = in[:1500]
		}
		f.Add(in)
	}
	f.Add([]byte("產(chǎn)業(yè) 近日,我市\xff\xfe\x00"))
	n := normalize.New()
	f.Fuzz(func(t *testing.T, raw []byte) {
		res, err := n.Normalize(raw)
		if err != nil {
			return // binary input is refused with an error, never a panic
		}
		if !utf8.ValidString(res.Text) {
			t.Fatalf("invalid UTF-8 output %q", res.Text)
		}
		if len(res.Paragraphs) != len(res.Lines) {
			t.Fatalf("%d paragraphs, %d lines", len(res.Paragraphs), len(res.Lines))
		}
		for _, p := range res.Paragraphs {
			if p == "" || strings.ContainsAny(p, "\n\r") {
				t.Fatalf("bad paragraph %q", p)
			}
		}
		for _, c := range res.Changes {
			if c.Start > c.End || c.Stage == "" || c.Reason == "" {
				t.Fatalf("malformed change %+v", c)
			}
		}
	})
}

func BenchmarkNormalizeCorpus(b *testing.B) {
	pages := loadPages(b)
	n := normalize.New()
	size := 0
	for _, p := range pages {
		size += len(p.input)
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	for b.Loop() {
		for _, p := range pages {
			if _, err := n.Normalize(p.input); err != nil {
				b.Fatal(err)
			}
		}
	}
}

func TestChangeSpans(t *testing.T) {
	n := normalize.New(normalize.NoBoilerplate(), normalize.NoDedupe())
	res := n.NormalizeString("全省產(chǎn)業(yè)發展,我市召開會議。")
	var got []string
	for _, c := range res.Changes {
		got = append(got, string(c.Stage)+"/"+c.Reason+":"+c.Original+"→"+c.Replacement)
	}
	assert.Equal(t, []string{
		"chars/pinyin:(chǎn)→",
		"chars/pinyin:(yè)→",
		"convert/t2s:產業發→产业发",
		"convert/t2s:開會議→开会议",
		"chars/punctuation:,→，",
	}, got)
	for _, c := range res.Changes {
		assert.Less(t, c.Start, c.End)
	}
}

// TestLossyMojibakeLine: a line of UTF-8 read as GBK by a decoder that lost
// bytes comes out as the characters that survived, and every piece cut is
// reported with its text.
func TestLossyMojibakeLine(t *testing.T) {
	const in = "12鏈�17鏃�,鐪佸\ue759甯稿\ue759銆佸競濮斾功璁伴儹鍏冨己涓撻\ue57d璋冪爺鎴戝競鐢熺墿鍖昏嵂浜т笟鍙戝睍骞朵富鎸佸彫寮€浼佷笟搴ц皥浼氥€�\n"
	res := normalize.New(normalize.NoBoilerplate()).NormalizeString(in)
	assert.Equal(t, "1217，省委常委、市委书记郭元强专题调研我市生物医药产业发展并主持召开企业座谈会\n", res.Text)
	var repaired, cut []string
	for _, c := range res.Changes {
		switch {
		case c.Stage == normalize.StageRepair:
			repaired = append(repaired, c.Reason)
		case c.Stage == normalize.StageGarbled:
			cut = append(cut, c.Original+" "+c.Reason)
		}
	}
	assert.Equal(t, []string{"utf-8 read as gbk"}, repaired)
	assert.Equal(t, []string{"鏈� lossy-mojibake", "鏃� lossy-mojibake", "€� lossy-mojibake"}, cut)
}
