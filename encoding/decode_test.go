package encoding

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/text/encoding/traditionalchinese"
)

func big5Bytes(t testing.TB, s string) []byte {
	b, err := traditionalchinese.Big5.NewEncoder().Bytes([]byte(s))
	if err != nil {
		t.Fatalf("cannot encode %q in Big5: %v", s, err)
	}
	return b
}

func TestDecode(t *testing.T) {
	tests := []struct {
		name    string
		in      []byte
		want    string
		charset string
		invalid int
	}{
		{"empty", nil, "", UTF8, 0},
		{"ascii", []byte("plain text\n"), "plain text\n", UTF8, 0},
		{"utf-8", []byte("校对：王以正"), "校对：王以正", UTF8, 0},
		{"utf-8 bom dropped", []byte("\xEF\xBB\xBF中文内容"), "中文内容", UTF8, 0},
		{"utf-8 invalid byte counted", []byte("中文内容\xFF测试一下"), "中文内容\uFFFD测试一下", UTF8, 1},
		{"utf-8 truncated at end", []byte("中文内容测试\xE4\xB8"), "中文内容测试\uFFFD", UTF8, 1},
		{"gbk", gbBytes(t, "我们的生活很好。"), "我们的生活很好。", GB18030, 0},
		{"gb18030 four-byte", gbBytes(t, "中文𠀀字和€符号"), "中文𠀀字和€符号", GB18030, 0},
		{"gb18030 encoded U+FFFD is not invalid", gbBytes(t, "中文\uFFFD内容的"), "中文\uFFFD内容的", GB18030, 0},
		{"gbk invalid trail counted", append(gbBytes(t, "我们的生活很好"), 0xB0, 0x20, 'a'), "我们的生活很好\uFFFD a", GB18030, 1},
		{"gbk cut at end", gbBytes(t, "我们的生活很好")[:13], "我们的生活很\uFFFD", GB18030, 1},
		{"big5", big5Bytes(t, "我們的生活很好。"), "我們的生活很好。", Big5, 0},
		{"big5 cut at end", big5Bytes(t, "我們的生活很好")[:13], "我們的生活很\uFFFD", Big5, 1},
		{"utf-16le", utf16Bytes("我们的生活", false), "我们的生活", UTF16LE, 0},
		{"utf-16be bom dropped", append([]byte{0xFE, 0xFF}, utf16Bytes("我们的生活", true)...), "我们的生活", UTF16BE, 0},
		{"utf-16le surrogate pair", append([]byte{0xFF, 0xFE}, utf16Bytes("字𠀀", false)...), "字𠀀", UTF16LE, 0},
		{"utf-16le lone surrogate", append([]byte{0xFF, 0xFE}, 0x2D, 0x4E, 0x00, 0xD8, 0x87, 0x65), "中\uFFFD文", UTF16LE, 1},
		{"utf-16le odd byte", append([]byte{0xFF, 0xFE}, 0x2D, 0x4E, 0x87), "中\uFFFD", UTF16LE, 1},
		{"windows-1252", []byte("caf\xE9 cr\xE8me br\xFBl\xE9e \x93quoted\x94"), "café crème brûlée “quoted”", Windows1252, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, d, err := Decode(tt.in)
			if err != nil {
				t.Fatalf("Decode: %v", err)
			}
			if got != tt.want || d.Charset != tt.charset || d.Invalid != tt.invalid {
				t.Errorf("Decode(% x) = %q, %s, %d invalid; want %q, %s, %d", tt.in, got, d.Charset, d.Invalid, tt.want, tt.charset, tt.invalid)
			}
		})
	}
}

func TestDecodeBinary(t *testing.T) {
	tests := []struct {
		name   string
		in     []byte
		offset int
	}{
		{"NUL in text", []byte("some text\x00with a NUL in it"), 9},
		// Binary bytes may read best as UTF-16; the offset is then that of a
		// NUL code unit rather than a NUL byte: -1 skips the check.
		{"ELF header", []byte("\x7fELF\x02\x01\x01\x00\x00\x00"), -1},
		{"control bytes", []byte("text\x01\x02\x03 more text"), 4},
		{"NUL code unit in UTF-16", append([]byte{0xFF, 0xFE}, 0x2D, 0x4E, 0x00, 0x00), 2},
		{"gzip", []byte{0x1F, 0x8B, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03}, -1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s, d, err := Decode(tt.in)
			var be *BinaryError
			if !errors.Is(err, ErrBinary) || !errors.As(err, &be) {
				t.Fatalf("Decode(% x) = %q, %v, %v; want a *BinaryError", tt.in, s, d, err)
			}
			if s != "" {
				t.Errorf("Decode returned text %q with the error", s)
			}
			if tt.offset >= 0 && be.Offset != tt.offset {
				t.Errorf("offset %d, want %d (%v)", be.Offset, tt.offset, err)
			}
		})
	}
	// Text controls are not binary.
	for _, in := range []string{"a\tb\nc\r\n\f\v", "\x1b[1mbold\x1b[0m"} {
		if _, _, err := Decode([]byte(in)); err != nil {
			t.Errorf("Decode(%q): %v", in, err)
		}
	}
	// One stray control byte in a long text is not binary either.
	long := strings.Repeat("一段正常的中文文本。", 20) + "\x08"
	if _, _, err := Decode([]byte(long)); err != nil {
		t.Errorf("Decode(long text with one \\x08): %v", err)
	}
}

func TestDecodeAs(t *testing.T) {
	tests := []struct {
		label, want string
		in          []byte
	}{
		{"GBK", "我们", gbBytes(t, "我们")},
		{"gb2312", "中文𠀀", gbBytes(t, "中文𠀀")}, // every GB label decodes with GB18030
		{" Big5 ", "我們", big5Bytes(t, "我們")},
		{"utf-16", "中", []byte{0x2D, 0x4E}},
		{"UTF-16BE", "中", []byte{0x4E, 0x2D}},
		{"iso-8859-1", "é", []byte{0xE9}},
		{"utf8", "é", []byte("é")},
	}
	for _, tt := range tests {
		got, d, err := DecodeAs(tt.in, tt.label)
		if err != nil || got != tt.want || d.Confidence != 1 {
			t.Errorf("DecodeAs(% x, %q) = %q, %+v, %v; want %q", tt.in, tt.label, got, d, err, tt.want)
		}
	}
	if _, _, err := DecodeAs([]byte("x"), "ebcdic"); !errors.Is(err, ErrUnknownCharset) {
		t.Errorf("unknown label: err = %v, want ErrUnknownCharset", err)
	}
}

// TestDecodeCorpus decodes every corpus page, re-encoded in GB18030, Big5
// where possible, and UTF-16, back to the same text.
func TestDecodeCorpus(t *testing.T) {
	pages, _ := filepath.Glob("../testdata/corpus/*.txt")
	if len(pages) == 0 {
		t.Skip("no corpus pages")
	}
	for _, p := range pages {
		data, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		// x/text's GB18030 does not round-trip private-use characters.
		text := strings.Map(func(r rune) rune {
			if r >= 0xE000 && r <= 0xF8FF {
				return -1
			}
			return r
		}, strings.ToValidUTF8(string(data), "\uFFFD"))
		if strings.ContainsRune(text, 0) {
			continue
		}
		inputs := map[string][]byte{UTF8: []byte(text), UTF16LE: utf16Bytes(text, false), UTF16BE: utf16Bytes(text, true)}
		// Page 003 is UTF-8 read as GBK: in GBK it is UTF-8 again.
		if b, ok := encodeGB18030(text); ok && !strings.HasPrefix(filepath.Base(p), "003_") {
			inputs[GB18030] = b
		}
		for cs, in := range inputs {
			got, d, err := Decode(in)
			if err != nil {
				t.Errorf("%s as %s: %v", filepath.Base(p), cs, err)
				continue
			}
			if d.Charset != cs || got != text {
				t.Errorf("%s as %s: detected %s (%.2f), text equal: %v", filepath.Base(p), cs, d.Charset, d.Confidence, got == text)
			}
		}
	}
}

func FuzzDecode(f *testing.F) {
	pages, _ := filepath.Glob("../testdata/corpus/00*.txt")
	for _, p := range pages {
		data, err := os.ReadFile(p)
		if err != nil {
			f.Fatal(err)
		}
		if len(data) > 4096 {
			data = data[:4096]
		}
		f.Add(data)
		if b, ok := encodeGB18030(strings.ToValidUTF8(string(data), "")); ok {
			f.Add(b)
		}
		f.Add(utf16Bytes(string(data[:min(len(data), 600)]), false))
	}
	f.Add([]byte("\xEF\xBB\xBF\xFF\xFE\x00"))
	f.Add([]byte{0x84, 0x31, 0x95, 0x33, 0x81, 0x30})
	f.Add([]byte{0xFE, 0xFF, 0xD8, 0x00})
	f.Fuzz(func(t *testing.T, b []byte) {
		d := Detect(b)
		if d.Confidence < 0 || d.Confidence > 1 {
			t.Fatalf("confidence %v", d.Confidence)
		}
		s, d, err := Decode(b)
		if err != nil {
			if !errors.Is(err, ErrBinary) || s != "" {
				t.Fatalf("Decode error %v with text %q", err, s)
			}
			return
		}
		if !utf8.ValidString(s) {
			t.Fatalf("Decode returned invalid UTF-8 %q", s)
		}
		if d.Invalid < 0 || d.Invalid > len(b) {
			t.Fatalf("Invalid = %d for %d bytes", d.Invalid, len(b))
		}
		if d.Invalid == 0 && strings.Count(s, "\uFFFD") > strings.Count(string(b), "\uFFFD")+len(b)/4 {
			t.Fatalf("replacement characters not counted: %q", s)
		}
	})
}
