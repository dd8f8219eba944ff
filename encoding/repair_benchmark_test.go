package encoding

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func cleanText(b *testing.B) string {
	var sb strings.Builder
	for _, f := range []string{"testdata/clean_simplified.txt", "testdata/clean_traditional_opencc.txt"} {
		data, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		sb.Write(data)
	}
	return sb.String()
}

func benchLines(b *testing.B, lines []string) {
	total := 0
	for _, l := range lines {
		total += len(l)
	}
	b.SetBytes(int64(total))
	b.ReportAllocs()
	// The codec and bigram tables are built once per process, on first use.
	for _, l := range lines {
		Repair(l)
	}
	b.ResetTimer()
	for b.Loop() {
		for _, l := range lines {
			Repair(l)
		}
	}
}

// BenchmarkRepairClean measures the fast path on clean paragraphs, the
// common case in the pipeline.
func BenchmarkRepairClean(b *testing.B) {
	benchLines(b, strings.Split(cleanText(b), "\n"))
}

func BenchmarkRepairMojibake(b *testing.B) {
	var lines []string
	for _, r := range loadBench(b) {
		if r.Unit == "sent" && r.Corruption != "clean" && !r.Lossy {
			lines = append(lines, r.Input)
		}
	}
	benchLines(b, lines)
}

// BenchmarkAnalyzeLossy measures lossy mojibake (U+FFFD where bytes were
// lost), which takes the byte-level search of lossy.go.
func BenchmarkAnalyzeLossy(b *testing.B) {
	var lines []string
	size := 0
	for _, r := range loadBench(b) {
		if r.Unit == "sent" && r.Lossy {
			lines = append(lines, r.Input)
			size += len(r.Input)
		}
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	for b.Loop() {
		for _, l := range lines {
			Analyze(l)
		}
	}
}

func BenchmarkGarbled(b *testing.B) {
	data, err := os.ReadFile("../testdata/corpus/003_1c8beff39cb54be0.txt")
	if err != nil {
		b.Fatal(err)
	}
	lines := strings.Split(string(data), "\n")
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		for _, l := range lines {
			Garbled(l)
		}
	}
}

// BenchmarkRepairCorpusPages runs Repair over every line of the real pages
// in testdata/corpus (mostly clean, some mojibake).
func BenchmarkRepairCorpusPages(b *testing.B) {
	files, _ := filepath.Glob("../testdata/corpus/*.txt")
	var lines []string
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		lines = append(lines, strings.Split(string(data), "\n")...)
	}
	benchLines(b, lines)
}
