package encoding

import (
	"os"
	"strings"
	"testing"
	"unicode/utf8"
	"unsafe"
)

func TestRepair(t *testing.T) {
	tests := []struct {
		name, in, want, chain string
	}{
		{"clean simplified", "近日,我市分别召开专题会议。", "近日,我市分别召开专题会议。", ""},
		{"clean name with level-2 character", "曾晟出席会议", "曾晟出席会议", ""},
		{"clean traditional", "全省生物醫藥產業高質量發展推進會在我市召開", "全省生物醫藥產業高質量發展推進會在我市召開", ""},
		{"ascii", "Hello, world 2025", "Hello, world 2025", ""},
		// Foreign text from the Common Crawl sample that GBK↔Big5 and
		// Latin-1 misreadings once turned into ideographs.
		{"japanese", "はじめてのおるすばん资源", "はじめてのおるすばん资源", ""},
		{"japanese single kana", "不倫三昧は職第", "不倫三昧は職第", ""},
		{"russian", "ПРОДУКЦИЯ Контакты", "ПРОДУКЦИЯ Контакты", ""},
		{"french", "México été liées consultée", "México été liées consultée", ""},
		{"degree and copyright", "60°C ©ASUSTeK «Previous", "60°C ©ASUSTeK «Previous", ""},
		{"icon font private use", "\ue6ae 首页", "\ue6ae 首页", ""},
		{"pinyin", "產(chǎn)業(yè)", "產(chǎn)業(yè)", ""},
		{"utf-8 read as gbk", "浣庣儹閲忛ギ椋熸垨浼氬姞閲嶆満浣撶殑鎶戦儊鎯呯华 (2025-06-06)", "低热量饮食或会加重机体的抑郁情绪 (2025-06-06)", "utf-8 read as gbk"},
		{"utf-8 read as latin-1", "è¿\u0091æ\u0097¥", "近日", "utf-8 read as latin-1"},
		{"utf-8 read as windows-1252", "è¿‘æ—¥", "近日", "utf-8 read as windows-1252"},
		{"gbk read as latin-1", "½üÈÕ,ÎÒÊÐ", "近日,我市", "gbk read as latin-1"},
		{"utf-8 read as gbk twice", "濠碘偓閸忓\ue62e婵€閻\ue046厧鍩嗛幏鍛\ue15e挅!", "激光伤眼别担忧!", "utf-8 read as gbk ×2"},
		{"gbk read as big5", "猁儅憤斐婖沭璃,湮薯茠婖莉珛楷桯腔謎疑煬峓﹝", "要积极创造条件,大力营造产业发展的良好氛围。", "gbk read as big5"},
		{"letter between ideographs", "鍦ˋ鑲′笂", "在A股上", "utf-8 read as gbk"},
		{"mojibake span inside clean text", "会议通知:杩戞棩 我市召开会议", "会议通知:近日 我市召开会议", "utf-8 read as gbk"},
		// Short mojibake made of common characters only: the fast path
		// lets it through to the common-bigram check.
		{"gbk read as big5, common characters", "謗跺樓辦", "两个加快", "gbk read as big5"},
		{"gbk read as big5, two characters", "硃間", "补丁", "gbk read as big5"},
		{"date unit read as big5", "2024爛", "2024年", "gbk read as big5"},
		{"utf-8 read as gbk, common characters", "棣欐腐", "香港", "utf-8 read as gbk"},
		{"big5 read as gbk with kana", "肮ぶ", "同期", "gbk read as big5"},
		{"big5 read as gbk with private-use debris", "竤\ue619舼幔", "群山疊嶂", "big5 read as gbk"},
		{"icon glyph before traditional", "\ue6ae首頁", "\ue6ae首頁", ""},
		{"icon glyph before simplified", "\ue6ae首页 \ue601新闻", "\ue6ae首页 \ue601新闻", ""},
		// Mojibake inside a clean line (embeddedRepairs, bridgeFixes): the
		// clean text around it is left as it is.
		{"utf-8 read as windows-1252 inside a clean line", "研究发展规划,è¿‘æ—¥。近日,我市", "研究发展规划,近日。近日,我市", "utf-8 read as windows-1252"},
		{"gbk read as latin-1 inside a clean line", "研究发展规划,ÎÒÊÐ·Ö±ðÕÙ¿ª×¨Ìâ»áÒé。近日", "研究发展规划,我市分别召开专题会议。近日", "gbk read as latin-1"},
		{"utf-8 read as gbk with a quote mark inside a clean line", "研究发展规划,鏄庣‘閲嶇偣。近日", "研究发展规划,明确重点。近日", "utf-8 read as gbk"},
		{"big5 read as gbk with an odd mark inside a clean line", "研究发展规划,\ue0f4矫胺〆捌\ue64aヴ獼\ue110。近日", "研究发展规划,省衛健委副主任侯紅。近日", "big5 read as gbk"},
		{"short clean name", "陈劲超", "陈劲超", ""},
		{"short clean traditional", "標註", "標註", ""},
		{"russian word", "русский", "русский", ""},
		{"german word", "Plattdüütsch", "Plattdüütsch", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, fixes := Repair(tt.in)
			if got != tt.want {
				t.Fatalf("Repair(%q) = %q, want %q", tt.in, got, tt.want)
			}
			if tt.chain == "" {
				if len(fixes) != 0 {
					t.Fatalf("clean input got fixes %+v", fixes)
				}
				return
			}
			if len(fixes) != 1 || fixes[0].Chain != tt.chain {
				t.Fatalf("fixes = %+v, want one with chain %q", fixes, tt.chain)
			}
			f := fixes[0]
			if tt.in[f.Start:f.End] != f.Original {
				t.Errorf("span [%d,%d) = %q, Original %q", f.Start, f.End, tt.in[f.Start:f.End], f.Original)
			}
		})
	}
}

// TestRepairOddPunctInContext: GBK "…" read as Big5 is "＃"; alone it
// proves nothing, in a line repaired with that chain it is taken.
func TestRepairOddPunctInContext(t *testing.T) {
	got, fixes := Repair("彶煤梓袧 (珨)耋繚 ＃")
	if want := "收费标准 (一)道路 …"; got != want {
		t.Fatalf("got %q, want %q", got, want)
	}
	for _, f := range fixes {
		if f.Chain != "gbk read as big5" {
			t.Errorf("fix %+v: chain %q", f, f.Chain)
		}
	}
	if got, _ := Repair("价格 ＃1"); got != "价格 ＃1" {
		t.Errorf("clean ＃ changed: %q", got)
	}
}

// TestRepairKeepsWords: a GBK↔Big5 reading that turns common words into
// none is no repair ("分别" would read back as "煦梗"), even when rare
// characters next to the word make the whole look like mojibake. Every
// common two-character word of the clean sentences is put before such
// characters: 85 of 13,542 are changed, 530 without the check.
func TestRepairKeepsWords(t *testing.T) {
	for _, s := range []string{"编辑0玪冲", "分别玪冲", "规划玪冲"} {
		got, _ := Repair(s)
		if w := string([]rune(s)[:2]); !strings.HasPrefix(got, w) {
			t.Errorf("Repair(%q) = %q: the word %s was changed", s, got, w)
		}
		if again, _ := Repair(got); again != got {
			t.Errorf("not idempotent: %q -> %q", got, again)
		}
	}
	b, err := os.ReadFile("testdata/clean_simplified.txt")
	if err != nil {
		t.Fatal(err)
	}
	n, changed := 0, 0
	for _, line := range strings.Split(string(b), "\n") {
		rs := []rune(line)
		for i := 0; i+1 < len(rs); i++ {
			w := string(rs[i : i+2])
			if k, pairs := bigramCoverage(w); pairs != 1 || k != 1 {
				continue
			}
			for _, rare := range []string{"玪冲", "甡迖", "蚚萇", "0玪冲", "儅憤", "0甡迖傖"} {
				n++
				if got, _ := Repair(w + rare); !strings.HasPrefix(got, w) {
					changed++
				}
			}
		}
	}
	t.Logf("common words before rare characters: %d of %d changed", changed, n)
	if changed*100 > n {
		t.Errorf("%d of %d common words changed, more than 1%%", changed, n)
	}
}

func TestRepairReturnsSameStringWhenClean(t *testing.T) {
	in := strings.Repeat("近日,我市分别召开专题会议。", 10)
	got, fixes := Repair(in)
	if unsafe.StringData(got) != unsafe.StringData(in) || len(got) != len(in) || fixes != nil {
		t.Fatal("clean input must come back as the same string with no fixes")
	}
}

func TestGarbledShiftedGuess(t *testing.T) {
	spans := Garbled("!Γ和跻哉 |")
	if len(spans) != 1 || spans[0].Text != "Γ和跻哉" || spans[0].Guess != "：王以" {
		t.Fatalf("Garbled = %+v, want Γ和跻哉 with guess ：王以 (from 校對：王以正)", spans)
	}
}

// TestShiftedQuote checks the repairs of GBK read one byte late on page 14
// (verified in Python: (b'\xa1' + garbled.encode('gb18030')).decode('gb18030')).
func TestShiftedQuote(t *testing.T) {
	tests := []struct{ in, want, garbled string }{
		{"有關 ? ！鄙虾Ｖ性\ue12e禺a市場", "有關 。”上海中原地產市場", ""},
		{"不限購 ? ！迸_州當地", "不限購 。”臺州當地", ""},
		{"不多 ? ！胺績r和備案價", "不多 。“房價和備案價", ""},
		{"分析 ? ！钡珒|翰智庫", "分析 。”但億翰智庫", ""},
		{"“但是抵扣15萬 ? ！?/p>", "“但是抵扣15萬 。?/p>", "?/p>"},
		{"的風險 ?！?/p>", "的風險 。?/p>", "?/p>"},
		// Not the pattern: a real question mark, a ！ not followed by a
		// quote's trail byte.
		{"为什么? ！我们", "为什么? ！我们", ""},
		{"是吗? 是的", "是吗? 是的", ""},
	}
	for _, tt := range tests {
		out, fixes, garbled := Analyze(tt.in)
		if out != tt.want {
			t.Errorf("Analyze(%q) = %q, want %q", tt.in, out, tt.want)
			continue
		}
		if out != tt.in && (len(fixes) == 0 || fixes[0].Chain != chainShifted) {
			t.Errorf("%q: fixes %+v, want chain %q", tt.in, fixes, chainShifted)
		}
		g := ""
		for _, sp := range garbled {
			g += sp.Text
			// The swallowed quote is guessed from the unclosed “ only.
			if want := map[bool]string{true: "”"}[strings.HasPrefix(tt.in, "“")]; sp.Guess != want {
				t.Errorf("%q: guess %q, want %q", tt.in, sp.Guess, want)
			}
		}
		if g != tt.garbled {
			t.Errorf("%q: garbled %q, want %q", tt.in, g, tt.garbled)
		}
	}
}

func TestGarbled(t *testing.T) {
	seed003, err := os.ReadFile("../testdata/corpus/003_1c8beff39cb54be0.txt")
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(string(seed003), "\n")
	tests := []struct {
		name, in string
		reasons  []string
	}{
		{"clean", "近日,我市分别召开专题会议。", nil},
		{"replacement run in clean text", "生产各色布料�，提花布", []string{"replacement-run"}},
		{"mostly replacement", "新����热� - 公司", []string{"lossy-mojibake"}},
		{"kunjinkao", "标题锟斤拷锟斤拷", []string{"kunjinkao"}},
		{"lossy utf-8 read as gbk: repaired but its last character", "鍚屾椂鐫€鍔涙姄濂戒竴鎵归噸澶ч」鐩�", []string{"lossy-mojibake"}},
		{"shifted gbk (seed 001)", "!Γ和跻哉 |", []string{"shifted-gbk"}},
		{"short rare name is not shifted gbk", "硚口区 闫盼盼", nil},
		{"shifted gbk with lost symbol (page 14)", "刺激 ？ ！鄙虾Ｖ性\ue12e禺a市場分析師", []string{"shifted-gbk"}},
		{"seed 003 line 3", lines[2], []string{"lossy-utf8-gbk"}},
		{"seed 003 line 6", lines[5], []string{"lossy-utf8-gbk"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			spans := Garbled(tt.in)
			var reasons []string
			for _, s := range spans {
				if tt.in[s.Start:s.End] != s.Text {
					t.Errorf("span [%d,%d) text %q != %q", s.Start, s.End, tt.in[s.Start:s.End], s.Text)
				}
				if len(reasons) == 0 || reasons[len(reasons)-1] != s.Reason {
					reasons = append(reasons, s.Reason)
				}
			}
			if strings.Join(reasons, ",") != strings.Join(tt.reasons, ",") {
				t.Fatalf("Garbled(%.60q) reasons %v, want %v (spans %+v)", tt.in, reasons, tt.reasons, spans)
			}
		})
	}
}

// TestSeed003 checks the pipeline view of seed 003's lossy lines: after
// repairs and dropping garbled spans, no mojibake is left.
func TestSeed003(t *testing.T) {
	b, err := os.ReadFile("../testdata/corpus/003_1c8beff39cb54be0.txt")
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(string(b), "\n")
	for _, i := range []int{2, 5} {
		out := applyPipeline(lines[i])
		if strings.ContainsRune(out, utf8.RuneError) || strings.Contains(out, "闂傚") {
			t.Errorf("line %d still has mojibake: %.80q", i+1, out)
		}
	}
	// Clean lines with a stray U+FFFD lose only the U+FFFD.
	for i, l := range lines {
		if !strings.ContainsRune(l, utf8.RuneError) || strings.Contains(l, "闂傚") {
			continue
		}
		out := applyPipeline(l)
		if lost, want := utf8.RuneCountInString(l)-utf8.RuneCountInString(out), strings.Count(l, "\uFFFD"); lost != want {
			t.Errorf("line %d lost %d runes, want only its %d U+FFFD", i+1, lost, want)
		}
	}
}

func TestFixesAndGarbledDoNotOverlap(t *testing.T) {
	var inputs []string
	for _, r := range loadBench(t) {
		inputs = append(inputs, r.Input)
	}
	inputs = append(inputs, readLines(t, "../testdata/corpus/*.txt")...)
	for _, in := range inputs {
		_, fixes := Repair(in)
		spans := Garbled(in)
		for i, f := range fixes {
			if i > 0 && fixes[i-1].End > f.Start {
				t.Fatalf("%.60q: fixes out of order %+v %+v", in, fixes[i-1], f)
			}
			for _, g := range spans {
				if f.Start < g.End && g.Start < f.End {
					t.Fatalf("%.60q: fix %+v overlaps garbled %+v", in, f, g)
				}
			}
		}
		for i := 1; i < len(spans); i++ {
			if spans[i-1].End > spans[i].Start {
				t.Fatalf("%.60q: garbled spans out of order %+v %+v", in, spans[i-1], spans[i])
			}
		}
	}
}

func TestChainName(t *testing.T) {
	tests := []struct {
		layers []string
		want   string
	}{
		{[]string{"utf-8 read as gbk"}, "utf-8 read as gbk"},
		{[]string{"utf-8 read as gbk", "utf-8 read as gbk"}, "utf-8 read as gbk ×2"},
		{[]string{"utf-8 read as gbk", "gbk read as latin-1"}, "utf-8 read as gbk, then gbk read as latin-1"},
	}
	for _, tt := range tests {
		if got := chainName(tt.layers); got != tt.want {
			t.Errorf("chainName(%v) = %q, want %q", tt.layers, got, tt.want)
		}
	}
}

func TestPlausibility(t *testing.T) {
	clean := plausibility("近日,我市分别召开专题会议")
	trad := plausibility("全省生物醫藥產業高質量發展")
	moji := plausibility("杩戞棩鎴戝競鍒嗗埆")
	latin := plausibility("è¿\u0091æ\u0097¥")
	if clean < 3 || trad < 3 || moji > 1.5 || latin > -2 {
		t.Errorf("plausibility clean %.2f trad %.2f mojibake %.2f latin %.2f", clean, trad, moji, latin)
	}
	if plausibility("") != 0 || plausibility("abc") != 0 {
		t.Error("ASCII must be neutral")
	}
}

func TestCommonBigrams(t *testing.T) {
	keys := commonPairs()
	if len(keys) != commonBigramCount {
		t.Fatalf("decoded %d bigrams, table says %d", len(keys), commonBigramCount)
	}
	for i := 1; i < len(keys); i++ {
		if keys[i-1] >= keys[i] {
			t.Fatalf("bigram keys not sorted at %d", i)
		}
	}
	tests := []struct {
		s            string
		known, pairs int
	}{
		{"补丁", 1, 1}, {"硃間", 0, 1}, {"两个加快", 2, 3}, {"謗跺樓辦", 0, 3},
		{"2024年", 1, 1}, {"2024爛", 0, 1}, {"abc", 0, 0}, {"香港", 1, 1}, {"棣欐腐", 0, 2},
	}
	for _, tt := range tests {
		if k, n := bigramCoverage(tt.s); k != tt.known || n != tt.pairs {
			t.Errorf("bigramCoverage(%q) = %d/%d, want %d/%d", tt.s, k, n, tt.known, tt.pairs)
		}
	}
}

// TestShiftedQuotePage14 runs the whole of corpus page 14: every "? ！"
// (the lost byte of 。) is repaired and nothing else changes.
func TestShiftedQuotePage14(t *testing.T) {
	lines := readLines(t, "../testdata/corpus/14_*.txt")
	repaired := 0
	for i, l := range lines {
		out, fixes, garbled := Analyze(l)
		for _, g := range garbled {
			out = out[:g.Start] + out[g.End:]
			break // at most one per line here; later offsets would shift
		}
		if len(garbled) > 1 {
			t.Errorf("line %d: %d garbled spans, want at most 1", i+1, len(garbled))
		}
		has := strings.Contains(l, "? ！") || strings.Contains(l, "?！")
		if !has {
			if len(fixes) > 0 {
				t.Errorf("line %d: unexpected fixes %+v", i+1, fixes)
			}
			continue
		}
		repaired++
		if strings.Contains(out, "！") || strings.Contains(out, "?/p>") {
			t.Errorf("line %d still garbled: %q", i+1, out)
		}
	}
	if repaired != 8 {
		t.Errorf("%d lines with shifted GBK, want 8 (L25 L29 L30 L34 L37 L40 L41 L47)", repaired)
	}
}
