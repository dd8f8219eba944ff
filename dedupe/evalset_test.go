package dedupe

import (
	"bufio"
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"unicode/utf8"
)

// The evaluation set: documents assembled deterministically (seeded PRNG)
// from sentences of the corpus pages and of the 100 Common Crawl documents,
// with known duplicate families.
//
// Each source document is a topic. An original takes a header and footer of
// short lines from its topic (a site template shared by every original of
// the topic), about a third of its sentences from the topic (when it has at
// least minTopicSentences) and the rest from the whole pool, grouped in paragraphs, ~2 KB in all. Originals of the
// same topic are the known non-duplicates on the same topic: they share the
// template and topic vocabulary but not the body. Derived documents copy one
// original and are the known duplicates:
//
//	exact        a byte-identical copy
//	edit5…edit20 5, 10, 15 or 20 % of the runes changed by substitutions,
//	             insertions and deletions of 1–3 runes at random places
//	reorder      the paragraphs shuffled
//	boilerplate  header and footer replaced by another topic's template

type evalDoc struct {
	id     string
	text   string
	family int    // index of the original
	class  string // "original" or the derivation
}

// minTopicSentences keeps small topics from lending their few sentences
// to every original: below it, originals share only the template.
const minTopicSentences = 80

var evalClasses = []string{"exact", "edit5", "edit10", "edit15", "edit20", "reorder", "boilerplate"}

type topic struct {
	sentences []string
	short     []string // lines of 2–20 runes: template material
}

// loadCCTexts reads the text of the 100 Common Crawl documents.
var loadCCTexts = sync.OnceValues(func() ([]string, error) {
	var texts []string
	f, err := os.Open("../testdata/jsonl/cc-wet-zh-100.jsonl")
	if err != nil {
		return nil, err
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	for sc.Scan() {
		var rec struct{ Text string }
		if err := json.Unmarshal(sc.Bytes(), &rec); err != nil {
			return nil, err
		}
		texts = append(texts, rec.Text)
	}
	return texts, sc.Err()
})

var loadTopics = sync.OnceValues(func() ([]topic, error) {
	var texts []string
	files, err := filepath.Glob("../testdata/corpus/*.txt")
	if err != nil {
		return nil, err
	}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			return nil, err
		}
		texts = append(texts, string(b))
	}
	cc, err := loadCCTexts()
	if err != nil {
		return nil, err
	}
	texts = append(texts, cc...)
	var topics []topic
	for _, t := range texts {
		var tp topic
		for _, line := range strings.Split(t, "\n") {
			line = strings.TrimSpace(line)
			n := utf8.RuneCountInString(Key(line))
			if n >= 2 && n <= 20 {
				tp.short = append(tp.short, line)
			}
			for _, s := range splitSentences(line) {
				if n := utf8.RuneCountInString(Key(s)); n >= 8 && n <= 150 {
					tp.sentences = append(tp.sentences, s)
				}
			}
		}
		if len(tp.sentences) >= 10 && len(tp.short) >= 10 {
			topics = append(topics, tp)
		}
	}
	return topics, nil
})

func splitSentences(line string) []string {
	var out []string
	start := 0
	for i, r := range line {
		if r == '。' || r == '！' || r == '？' || r == '；' {
			end := i + utf8.RuneLen(r)
			out = append(out, line[start:end])
			start = end
		}
	}
	if start < len(line) {
		out = append(out, line[start:])
	}
	return out
}

// makeEvalSet returns originals first (families 0…originals-1), then derived
// documents in random order.
func makeEvalSet(tb testing.TB, originals, derived int, seed uint64) []evalDoc {
	tb.Helper()
	topics, err := loadTopics()
	if err != nil {
		tb.Fatal(err)
	}
	rng := rand.New(rand.NewPCG(seed, 1))
	var all []string
	for _, t := range topics {
		all = append(all, t.sentences...)
	}
	type orig struct {
		topic          int
		header, footer []string
		paras          []string
	}
	template := func(t int) ([]string, []string) {
		sh := topics[t].short
		h := min(4, len(sh)/2)
		return sh[:h], sh[len(sh)-h:]
	}
	join := func(header, paras, footer []string) string {
		var b strings.Builder
		for _, part := range [][]string{header, paras, footer} {
			for _, p := range part {
				b.WriteString(p)
				b.WriteByte('\n')
			}
		}
		return b.String()
	}
	origs := make([]orig, originals)
	docs := make([]evalDoc, 0, originals+derived)
	for i := range origs {
		t := rng.IntN(len(topics))
		h, f := template(t)
		var paras []string
		size := 0
		for size < 1700 {
			var p strings.Builder
			for range 2 + rng.IntN(3) {
				pool := all
				if rng.IntN(3) == 0 && len(topics[t].sentences) >= minTopicSentences {
					pool = topics[t].sentences
				}
				p.WriteString(pool[rng.IntN(len(pool))])
			}
			paras = append(paras, p.String())
			size += p.Len()
		}
		origs[i] = orig{topic: t, header: h, footer: f, paras: paras}
		docs = append(docs, evalDoc{id: fmt.Sprintf("o%05d", i), text: join(h, paras, f), family: i, class: "original"})
	}
	var cjk []rune // replacement runes drawn from the pool itself
	for _, s := range all[:min(len(all), 2000)] {
		cjk = append(cjk, []rune(Key(s))...)
	}
	var tail []evalDoc
	for i := range derived {
		fam := rng.IntN(originals)
		o := origs[fam]
		class := evalClasses[i%len(evalClasses)]
		var text string
		switch class {
		case "exact":
			text = docs[fam].text
		case "edit5", "edit10", "edit15", "edit20":
			var pct int
			fmt.Sscanf(class, "edit%d", &pct)
			text = editRunes(rng, docs[fam].text, float64(pct)/100, cjk)
		case "reorder":
			paras := append([]string(nil), o.paras...)
			rng.Shuffle(len(paras), func(a, b int) { paras[a], paras[b] = paras[b], paras[a] })
			text = join(o.header, paras, o.footer)
		case "boilerplate":
			t := (o.topic + 1 + rng.IntN(len(topics)-1)) % len(topics)
			h, f := template(t)
			text = join(h, o.paras, f)
		}
		tail = append(tail, evalDoc{id: fmt.Sprintf("d%05d", i), text: text, family: fam, class: class})
	}
	rng.Shuffle(len(tail), func(a, b int) { tail[a], tail[b] = tail[b], tail[a] })
	return append(docs, tail...)
}

// editRunes changes share·len runes in spans of 1–3: a third substituted,
// a third deleted, a third inserted.
func editRunes(rng *rand.Rand, text string, share float64, pool []rune) string {
	rs := []rune(text)
	budget := int(share * float64(len(rs)))
	for budget > 0 && len(rs) > 3 {
		n := min(budget, 1+rng.IntN(3))
		at := rng.IntN(len(rs) - n)
		switch rng.IntN(3) {
		case 0:
			for j := range n {
				rs[at+j] = pool[rng.IntN(len(pool))]
			}
		case 1:
			rs = append(rs[:at], rs[at+n:]...)
		default:
			ins := make([]rune, n)
			for j := range ins {
				ins[j] = pool[rng.IntN(len(pool))]
			}
			rs = append(rs[:at], append(ins, rs[at:]...)...)
		}
		budget -= n
	}
	return string(rs)
}
