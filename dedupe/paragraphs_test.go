package dedupe

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"
)

func TestKey(t *testing.T) {
	tests := []struct{ in, want string }{
		{"", ""},
		{"![]() |", ""},
		{"|||||||||||", ""},
		{"- 鸡蛋 2个", "鸡蛋2个"},
		{"鸡蛋2个", "鸡蛋2个"},
		{"• 鸡蛋　２个 |", "鸡蛋2个"},
		{"Ｈｅｌｌｏ，ＷＯＲＬＤ！", "helloworld"},
		{"他说：“你好！”", "他说你好"},
		{"他说:\"你好!\"", "他说你好"},
		{"● 第一条\u200b", "第一条"},
		{"价格 ¥100 + 税", "价格¥100+税"},
		{"12月20日,全省", "12月20日全省"},
	}
	for _, tt := range tests {
		if got := Key(tt.in); got != tt.want {
			t.Errorf("Key(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
	if Key("鸡蛋2个") == Key("鸡蛋3个") {
		t.Error("digits must stay in the key")
	}
}

const (
	paraA = "成都市生物医药产业基础较好，我市将在已有工作基础上，采取一系列举措加快发展，力争用3年左右时间建成国内重要的医药研发创新中心。"
	paraB = "新材料对工业、农业、社会和高新技术的发展以及国防建设起着重要的支撑作用，新材料产业被列为最具发展潜力的高新技术产业之一。"
	paraC = "要以市场推动为基础，针对产业链缺失环节做好招商引资工作，研究制定鼓励自主创新的政策，进一步加大扶持力度。"
	paraD = "葛红林要求，要着力引进大企业、龙头企业、新型技术企业，实现新材料产业的跨越发展；要支持本地有实力的企业做大做强。"
)

type dupWant struct {
	index, of int
	kind      string
}

func TestParagraphs(t *testing.T) {
	tests := []struct {
		name  string
		in    []string
		opts  []Option
		wantK []int // kept indices
		dups  []dupWant
	}{
		{name: "empty", in: nil},
		{name: "no repeats", in: []string{paraA, paraB, paraC}, wantK: []int{0, 1, 2}},
		{name: "exact repeat with other punctuation and width",
			in:    []string{paraA, paraB, strings.NewReplacer("，", ",", "。", ".", "3", "３").Replace(paraA)},
			wantK: []int{0, 1}, dups: []dupWant{{2, 0, KindExact}}},
		{name: "forum quote with list marker and pipes",
			in:    []string{paraA, paraB, "- " + paraA + " |"},
			wantK: []int{0, 1}, dups: []dupWant{{2, 0, KindExact}}},
		{name: "near duplicate (two runes changed)",
			in:    []string{paraA, paraB, strings.Replace(strings.Replace(paraA, "较好", "很好", 1), "重要", "主要", 1)},
			wantK: []int{0, 1}, dups: []dupWant{{2, 0, KindNear}}},
		{name: "near disabled", opts: []Option{WithoutNear()},
			in:    []string{paraA, paraB, strings.Replace(paraA, "较好", "很好", 1)},
			wantK: []int{0, 1, 2}},
		{name: "teaser of the first sentence is contained",
			in:    []string{paraA + paraB, paraC, "成都市生物医药产业基础较好，我市将在已有工作基础上"},
			wantK: []int{0, 1}, dups: []dupWant{{2, 0, KindContained}}},
		{name: "teaser before the article stays (first occurrence)",
			in:    []string{"成都市生物医药产业基础较好，我市将在已有工作基础上", paraA + paraB},
			wantK: []int{0, 1}},
		{name: "longer later paragraph is not dropped for containing an earlier one",
			in:    []string{paraA, paraA + paraD},
			wantK: []int{0, 1}},
		{name: "short lines repeat legitimately",
			in:    []string{"红烧肉", "- 鸡蛋 2个", "- 盐 少许", paraA, "番茄炒蛋", "- 鸡蛋 2个", "- 盐 少许", paraB, "加油！", "加油！", "加油！"},
			wantK: []int{0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10}},
		{name: "short line inside a long paragraph is not contained",
			in:    []string{paraA, "医药研发创新中心"},
			wantK: []int{0, 1}},
		{name: "repeated block takes its short lines along",
			in:    []string{"标题", paraA, paraB, "医药网新闻", paraC, paraA, paraB, "医药网新闻", paraD},
			wantK: []int{0, 1, 2, 3, 4, 8},
			dups:  []dupWant{{5, 1, KindBlock}, {6, 2, KindBlock}, {7, 3, KindBlock}}},
		{name: "block skips empty-key lines and takes preceding short lines",
			in:    []string{"责编：刘佳", "审核：聂楠", paraA, paraB, "![]() |", "", paraC, "责编：刘佳", "审核：聂楠", paraA, "", "|", paraB},
			wantK: []int{0, 1, 2, 3, 4, 5, 6, 10, 11},
			dups:  []dupWant{{7, 0, KindBlock}, {8, 1, KindBlock}, {9, 2, KindBlock}, {12, 3, KindBlock}}},
		{name: "empty-key lines are never duplicates",
			in:    []string{"", "![]() |", "", "![]() |"},
			wantK: []int{0, 1, 2, 3}},
		{name: "exact repeat of a long paragraph alone",
			in:    []string{paraA, paraB, paraC, paraA},
			wantK: []int{0, 1, 2}, dups: []dupWant{{3, 0, KindExact}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			kept, dups := Paragraphs(tt.in, tt.opts...)
			var wantKept []string
			for _, i := range tt.wantK {
				wantKept = append(wantKept, tt.in[i])
			}
			if !slices.Equal(kept, wantKept) {
				t.Errorf("kept = %q\nwant %q", kept, wantKept)
			}
			var got []dupWant
			for _, d := range dups {
				got = append(got, dupWant{d.Index, d.Of, d.Kind})
				if d.Text != tt.in[d.Index] {
					t.Errorf("dup %d: Text %q, want the input paragraph", d.Index, d.Text)
				}
			}
			if !slices.Equal(got, tt.dups) {
				t.Errorf("dups = %v\nwant %v", got, tt.dups)
			}
			checkInvariants(t, tt.in, tt.opts, kept, dups)
		})
	}
}

// checkInvariants asserts the contract of Paragraphs.
func checkInvariants(t *testing.T, in []string, opts []Option, kept []string, dups []Dup) {
	t.Helper()
	if len(kept)+len(dups) != len(in) {
		t.Fatalf("%d kept + %d dups != %d paragraphs", len(kept), len(dups), len(in))
	}
	dropped := map[int]bool{}
	for i, d := range dups {
		if i > 0 && d.Index <= dups[i-1].Index {
			t.Errorf("dups not in input order at %d", i)
		}
		if d.Of >= d.Index || d.Of < 0 {
			t.Errorf("dup %d repeats %d, not an earlier paragraph", d.Index, d.Of)
		}
		if d.Similarity <= 0 || d.Similarity > 1 {
			t.Errorf("dup %d: similarity %v", d.Index, d.Similarity)
		}
		dropped[d.Index] = true
	}
	var want []string
	for i, p := range in {
		if !dropped[i] {
			want = append(want, p)
		}
	}
	if !slices.Equal(kept, want) {
		t.Errorf("kept is not the input minus the dropped paragraphs")
	}
	for _, d := range dups {
		if dropped[d.Of] {
			t.Errorf("dup %d repeats %d, which was dropped too", d.Index, d.Of)
		}
	}
	if _, again := Paragraphs(kept, opts...); len(again) != 0 {
		t.Errorf("not idempotent: second pass drops %+v", again[0])
	}
}

func readPage(t testing.TB, name string) []string {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("../testdata/corpus", name))
	if err != nil {
		t.Fatal(err)
	}
	return strings.Split(string(b), "\n")
}

// TestParagraphsSeedPages pins the repeated bodies of seeds 000 and 001.
func TestParagraphsSeedPages(t *testing.T) {
	tests := []struct {
		file    string
		dropped []int // 0-based line indices
		of      []int
	}{
		// Body printed again without its first paragraph, "医药网新闻" after each copy.
		{"000_6ffcbbd41b69881b.txt", []int{8, 9, 10, 11, 12}, []int{3, 4, 5, 6, 7}},
		// Body, credits and footer printed twice; the image and pipe lines have empty keys.
		{"001_ea434ea53d8dbac5.txt",
			[]int{22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 39},
			[]int{2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 20}},
	}
	for _, tt := range tests {
		paras := readPage(t, tt.file)
		kept, dups := Paragraphs(paras)
		var idx, of []int
		for _, d := range dups {
			idx, of = append(idx, d.Index), append(of, d.Of)
			if d.Kind != KindBlock {
				t.Errorf("%s: line %d dropped as %s, want block", tt.file, d.Index, d.Kind)
			}
		}
		if !slices.Equal(idx, tt.dropped) || !slices.Equal(of, tt.of) {
			t.Errorf("%s: dropped %v of %v\nwant    %v of %v", tt.file, idx, of, tt.dropped, tt.of)
		}
		checkInvariants(t, paras, nil, kept, dups)
	}
}

// TestParagraphsCorpus runs Paragraphs on every corpus page and the 100
// Common Crawl documents, checks the contract, and with -v prints every drop
// of the corpus pages for reading.
func TestParagraphsCorpus(t *testing.T) {
	files, _ := filepath.Glob("../testdata/corpus/*.txt")
	for _, f := range files {
		paras := readPage(t, filepath.Base(f))
		kept, dups := Paragraphs(paras)
		checkInvariants(t, paras, nil, kept, dups)
		if !testing.Verbose() {
			continue
		}
		var b strings.Builder
		fmt.Fprintf(&b, "%s: %d lines, %d dropped", filepath.Base(f), len(paras), len(dups))
		for _, d := range dups {
			text := d.Text
			if utf8.RuneCountInString(text) > 36 {
				text = string([]rune(text)[:36]) + "…"
			}
			fmt.Fprintf(&b, "\n  %3d of %3d %-9s %.2f %s", d.Index, d.Of, d.Kind, d.Similarity, text)
		}
		t.Log(b.String())
	}
	cc, err := loadCCTexts()
	if err != nil {
		t.Fatal(err)
	}
	total := 0
	for _, text := range cc {
		paras := strings.Split(text, "\n")
		kept, dups := Paragraphs(paras)
		checkInvariants(t, paras, nil, kept, dups)
		total += len(dups)
	}
	t.Logf("100 Common Crawl documents: %d paragraphs dropped", total)
}

func TestOptionsIgnoreInvalid(t *testing.T) {
	near := strings.Replace(paraA, "较好", "很好", 1)
	for _, o := range []Option{NearThreshold(0), NearThreshold(1.5), NearThreshold(-1), ContainThreshold(2), MinNearRunes(0), nil} {
		_, dups := Paragraphs([]string{paraA, near}, o)
		if len(dups) != 1 || dups[0].Kind != KindNear {
			t.Errorf("option %#v changed the defaults: %+v", o, dups)
		}
	}
	// A valid option does apply.
	if _, dups := Paragraphs([]string{paraA, near}, NearThreshold(0.99)); len(dups) != 0 {
		t.Errorf("NearThreshold(0.99) ignored: %+v", dups)
	}
	if _, dups := Paragraphs([]string{"鸡蛋两个", "鸡蛋两个"}, MinNearRunes(2)); len(dups) != 1 {
		t.Errorf("MinNearRunes(2): short line not treated as long: %+v", dups)
	}
}

// FuzzParagraphs checks the contract on any input: no panic, kept is the
// input minus the dropped paragraphs, each drop repeats an earlier kept
// paragraph, and a second pass drops nothing. The seed pages are abridged to
// 40 runes a line (repeats stay repeats) so that the fuzzer's minimizer
// does not spend its time on 10 KB inputs.
func FuzzParagraphs(f *testing.F) {
	for _, name := range []string{"000_6ffcbbd41b69881b.txt", "001_ea434ea53d8dbac5.txt", "07_tieba_thread.txt", "19_wet-zy-saic-product.txt"} {
		lines := readPage(f, name)
		for i, l := range lines {
			if r := []rune(l); len(r) > 40 {
				lines[i] = string(r[:40])
			}
		}
		f.Add(strings.Join(lines[:min(len(lines), 60)], "\n"))
	}
	f.Add(paraA + "\n" + paraB + "\n" + paraA + "\n" + paraB)
	f.Add("加油\n加油\n\n|\n\xff\xfe")
	f.Add(paraA + paraB + "\n成都市生物医药产业基础较好，我市将在已有工作基础上\n" + paraA)
	f.Fuzz(func(t *testing.T, page string) {
		paras := strings.Split(page, "\n")
		kept, dups := Paragraphs(paras)
		checkInvariants(t, paras, nil, kept, dups)
		kept, dups = Paragraphs(paras, MinNearRunes(3), NearThreshold(0.4))
		checkInvariants(t, paras, []Option{MinNearRunes(3), NearThreshold(0.4)}, kept, dups)
	})
}
