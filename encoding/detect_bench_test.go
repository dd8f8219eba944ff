package encoding

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// benchDocument is ~100 KB of real Chinese text from the corpus pages in
// the given charset.
func benchDocument(b *testing.B, charset string) []byte {
	b.Helper()
	loadModel() // built once, on first use; not part of the measurement
	pages, _ := filepath.Glob("../testdata/corpus/*.txt")
	var sb strings.Builder
	for sb.Len() < 100<<10 {
		if len(pages) == 0 {
			b.Skip("no corpus pages")
		}
		for _, p := range pages {
			data, err := os.ReadFile(p)
			if err != nil {
				b.Fatal(err)
			}
			sb.WriteString(strings.ToValidUTF8(string(data), ""))
		}
	}
	text := sb.String()
	for len(text) > 100<<10 { // cut at a character boundary
		text = text[:strings.LastIndexAny(text[:100<<10], "\n。")+1]
	}
	text = strings.Map(func(r rune) rune {
		if r >= 0xE000 && r <= 0xF8FF || r == 0 {
			return -1
		}
		return r
	}, text)
	switch charset {
	case GB18030:
		out, ok := encodeGB18030(text)
		if !ok {
			b.Fatal("cannot encode the benchmark text in GB18030")
		}
		return out
	case UTF16LE:
		return utf16Bytes(text, false)
	}
	return []byte(text)
}

func BenchmarkDetect(b *testing.B) {
	for _, cs := range []string{UTF8, GB18030, UTF16LE} {
		doc := benchDocument(b, cs)
		b.Run(cs, func(b *testing.B) {
			b.ReportAllocs()
			b.SetBytes(int64(len(doc)))
			for b.Loop() {
				if d := Detect(doc); d.Charset != cs {
					b.Fatalf("Detect = %s, want %s", d.Charset, cs)
				}
			}
		})
	}
}

func BenchmarkDetectShort(b *testing.B) {
	sample := []byte{0xCE, 0xD2, 0xC3, 0xC7, 0xB5, 0xC4, 0xC9, 0xFA, 0xBB, 0xEE}
	loadModel()
	b.ReportAllocs()
	b.SetBytes(int64(len(sample)))
	for b.Loop() {
		Detect(sample)
	}
}

func BenchmarkDecode(b *testing.B) {
	for _, cs := range []string{UTF8, GB18030, UTF16LE} {
		doc := benchDocument(b, cs)
		b.Run(cs, func(b *testing.B) {
			b.ReportAllocs()
			b.SetBytes(int64(len(doc)))
			for b.Loop() {
				if _, d, err := Decode(doc); err != nil || d.Charset != cs {
					b.Fatalf("Decode: %s, %v", d.Charset, err)
				}
			}
		})
	}
}
