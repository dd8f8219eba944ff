// Command gen writes ../tables.go: bitsets over the CJK Unified Ideographs
// block (U+4E00–U+9FFF) that tell the plausibility score which characters are
// common in simplified and traditional Chinese.
//
// Source: the GBK and Big5 decoders of golang.org/x/text (WHATWG index-gb18030
// and index-big5). GB2312 level 1 (the 3,755 common characters) is GBK lead
// bytes 0xB0–0xD7, level 2 is 0xD8–0xF7, both with trail 0xA1–0xFE. Big5
// level 1 (5,401 common characters) is lead 0xA4–0xC6, level 2 is 0xC9–0xF9,
// trails 0x40–0x7E and 0xA1–0xFE.
//
// The frequent set is the 1,000 most frequent ideographs of the repository's
// 100 random Common Crawl documents (testdata/jsonl/cc-wet-zh-100.jsonl)
// plus their traditional forms from OpenCC's STCharacters.txt (in the
// github.com/liuzl/gocc module).
//
// The common bigrams are the pairs of adjacent ideographs seen at least
// twice in the same sample or inside a word of jieba's dictionary with a
// frequency of at least 100 (Debian package python3-jieba, MIT licence,
// read from jiebaDict), plus the pair of their first OpenCC traditional
// forms: a word list that tells 补丁 from 硃間 when GBK↔Big5 mojibake is
// only a few characters long.
//
// Run with `go generate ./encoding`.
package main

import (
	"bufio"
	"bytes"
	"encoding/base64"
	"encoding/binary"
	"encoding/json"
	"fmt"
	"go/format"
	"log"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strconv"
	"strings"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/traditionalchinese"
)

const (
	first = 0x4E00
	last  = 0x9FFF
)

type bitset [(last - first + 1 + 7) / 8]byte

func (b *bitset) set(r rune) {
	if r >= first && r <= last {
		b[(r-first)/8] |= 1 << ((r - first) % 8)
	}
}

func (b *bitset) count() int {
	n := 0
	for _, x := range b {
		for ; x != 0; x &= x - 1 {
			n++
		}
	}
	return n
}

// collect decodes every two-byte pair with lead in [lo, hi] and the given trail
// ranges and returns the set of characters it yields.
func collect(enc encoding.Encoding, lo, hi byte, trails [][2]byte) *bitset {
	var b bitset
	dec := enc.NewDecoder()
	for lead := int(lo); lead <= int(hi); lead++ {
		for _, tr := range trails {
			for trail := int(tr[0]); trail <= int(tr[1]); trail++ {
				out, err := dec.Bytes([]byte{byte(lead), byte(trail)})
				if err != nil {
					continue
				}
				r := []rune(string(out))
				if len(r) == 1 && r[0] != '\uFFFD' {
					b.set(r[0])
				}
			}
		}
	}
	return &b
}

const frequentTop = 1000

// frequent counts ideographs in the Common Crawl sample and adds the
// traditional forms of the top ones.
func frequent() *bitset {
	f, err := os.Open("../testdata/jsonl/cc-wet-zh-100.jsonl")
	if err != nil {
		log.Fatal(err)
	}
	defer f.Close()
	counts := map[rune]int{}
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<22), 1<<22)
	for sc.Scan() {
		var doc struct{ Text string }
		if err := json.Unmarshal(sc.Bytes(), &doc); err != nil {
			log.Fatal(err)
		}
		for _, r := range doc.Text {
			if r >= first && r <= last {
				counts[r]++
			}
		}
	}
	rs := make([]rune, 0, len(counts))
	for r := range counts {
		rs = append(rs, r)
	}
	sort.Slice(rs, func(i, j int) bool {
		if counts[rs[i]] != counts[rs[j]] {
			return counts[rs[i]] > counts[rs[j]]
		}
		return rs[i] < rs[j]
	})
	var b bitset
	top := map[rune]bool{}
	for _, r := range rs[:min(frequentTop, len(rs))] {
		b.set(r)
		top[r] = true
	}
	dir, err := exec.Command("go", "list", "-m", "-f", "{{.Dir}}", "github.com/liuzl/gocc").Output()
	if err != nil {
		log.Fatal(err)
	}
	st, err := os.ReadFile(filepath.Join(strings.TrimSpace(string(dir)), "dictionary", "STCharacters.txt"))
	if err != nil {
		log.Fatal(err)
	}
	for _, line := range strings.Split(string(st), "\n") {
		simp, trads, ok := strings.Cut(line, "\t")
		if !ok || !top[[]rune(simp)[0]] {
			continue
		}
		for _, t := range strings.Fields(trads) {
			b.set([]rune(t)[0])
		}
	}
	return &b
}

// sampleTexts returns the texts of the Common Crawl sample.
func sampleTexts() []string {
	f, err := os.Open("../testdata/jsonl/cc-wet-zh-100.jsonl")
	if err != nil {
		log.Fatal(err)
	}
	defer f.Close()
	var texts []string
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<22), 1<<22)
	for sc.Scan() {
		var doc struct{ Text string }
		if err := json.Unmarshal(sc.Bytes(), &doc); err != nil {
			log.Fatal(err)
		}
		texts = append(texts, doc.Text)
	}
	return texts
}

// firstTraditional maps each simplified character of OpenCC's
// STCharacters.txt to its first traditional form.
func firstTraditional() map[rune]rune {
	dir, err := exec.Command("go", "list", "-m", "-f", "{{.Dir}}", "github.com/liuzl/gocc").Output()
	if err != nil {
		log.Fatal(err)
	}
	st, err := os.ReadFile(filepath.Join(strings.TrimSpace(string(dir)), "dictionary", "STCharacters.txt"))
	if err != nil {
		log.Fatal(err)
	}
	m := map[rune]rune{}
	for _, line := range strings.Split(string(st), "\n") {
		simp, trads, ok := strings.Cut(line, "\t")
		if fs := strings.Fields(trads); ok && len(fs) > 0 {
			m[[]rune(simp)[0]] = []rune(fs[0])[0]
		}
	}
	return m
}

const (
	bigramMinCount = 2
	jiebaDict      = "/usr/lib/python3/dist-packages/jieba/dict.txt"
	jiebaMinFreq   = 100
)

// bigrams returns the common ideograph pairs as sorted r1<<16|r2 keys,
// delta- and varint-encoded.
func bigrams() ([]byte, int) {
	counts := map[uint32]int{}
	han := func(r rune) bool { return r >= first && r <= last }
	for _, t := range sampleTexts() {
		prev := rune(0)
		for _, r := range t {
			if han(prev) && han(r) {
				counts[uint32(prev)<<16|uint32(r)]++
			}
			prev = r
		}
	}
	jieba, err := os.ReadFile(jiebaDict)
	if err != nil {
		log.Fatalf("%v (apt-get install python3-jieba)", err)
	}
	for _, line := range strings.Split(string(jieba), "\n") {
		f := strings.Fields(line)
		if len(f) < 2 {
			continue
		}
		if n, err := strconv.Atoi(f[1]); err != nil || n < jiebaMinFreq {
			continue
		}
		prev := rune(0)
		for _, r := range f[0] {
			if han(prev) && han(r) {
				counts[uint32(prev)<<16|uint32(r)] += bigramMinCount
			}
			prev = r
		}
	}
	trad := firstTraditional()
	tr := func(r rune) rune {
		if t, ok := trad[r]; ok && han(t) {
			return t
		}
		return r
	}
	set := map[uint32]bool{}
	for k, n := range counts {
		if n < bigramMinCount {
			continue
		}
		set[k] = true
		set[uint32(tr(rune(k>>16)))<<16|uint32(tr(rune(k&0xFFFF)))] = true
	}
	keys := make([]uint32, 0, len(set))
	for k := range set {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool { return keys[i] < keys[j] })
	var out []byte
	last := uint32(0)
	for _, k := range keys {
		out = binary.AppendUvarint(out, uint64(k-last))
		last = k
	}
	return out, len(keys)
}

func main() {
	gbTrail := [][2]byte{{0xA1, 0xFE}}
	big5Trail := [][2]byte{{0x40, 0x7E}, {0xA1, 0xFE}}
	tables := []struct {
		name, doc string
		set       *bitset
	}{
		{"gb2312Level1", "GB2312 level 1, the common simplified characters (GBK 0xB0A1–0xD7F9):",
			collect(simplifiedchinese.GBK, 0xB0, 0xD7, gbTrail)},
		{"gb2312Level2", "GB2312 level 2, the less common characters (GBK 0xD8A1–0xF7FE):",
			collect(simplifiedchinese.GBK, 0xD8, 0xF7, gbTrail)},
		{"big5Level1", "Big5 level 1, the common traditional characters (0xA440–0xC67E):",
			collect(traditionalchinese.Big5, 0xA4, 0xC6, big5Trail)},
		{"big5Level2", "Big5 level 2, the less common traditional characters (0xC940–0xF9D5):",
			collect(traditionalchinese.Big5, 0xC9, 0xF9, big5Trail)},
		{"frequentChars", "the most frequent ideographs of testdata/jsonl/cc-wet-zh-100.jsonl and their OpenCC traditional forms:",
			frequent()},
	}
	var buf bytes.Buffer
	fmt.Fprintf(&buf, "// Code generated by encoding/gen from golang.org/x/text's GBK and Big5 tables (WHATWG index-gb18030, index-big5), testdata/jsonl/cc-wet-zh-100.jsonl and OpenCC STCharacters.txt; DO NOT EDIT.\n\n")
	fmt.Fprintf(&buf, "package encoding\n\n")
	fmt.Fprintf(&buf, "// Bitsets over U+%04X–U+%04X, bit i = rune U+%04X+i, base64 (std) encoded.\n", first, last, first)
	fmt.Fprintf(&buf, "const (\n\tcjkFirst = 0x%04X\n\tcjkLast  = 0x%04X\n)\n\n", first, last)
	for _, t := range tables {
		fmt.Fprintf(&buf, "// %s: %s %d characters.\n", t.name, t.doc, t.set.count())
		fmt.Fprintf(&buf, "const %s = %q\n\n", t.name, base64.StdEncoding.EncodeToString(t.set[:]))
	}
	bg, n := bigrams()
	fmt.Fprintf(&buf, "// commonBigrams: %d pairs of adjacent ideographs seen at least %d times in testdata/jsonl/cc-wet-zh-100.jsonl or in a jieba dictionary word of frequency 100 or more, with their OpenCC traditional forms; sorted r1<<16|r2 keys as uvarint deltas, base64 (std) encoded.\n", n, bigramMinCount)
	fmt.Fprintf(&buf, "const commonBigramCount = %d\n\n", n)
	fmt.Fprintf(&buf, "const commonBigrams = %q\n", base64.StdEncoding.EncodeToString(bg))
	src, err := format.Source(buf.Bytes())
	if err != nil {
		log.Fatal(err)
	}
	out := "tables.go"
	if len(os.Args) > 1 {
		out = os.Args[1]
	}
	if err := os.WriteFile(out, src, 0o644); err != nil {
		log.Fatal(err)
	}
}
