package boilerplate

import (
	"sort"
	"sync"
	"unicode/utf8"
)

// DefaultCapacity is the number of distinct lines a Learner tracks unless
// WithCapacity says otherwise.
const DefaultCapacity = 1 << 16

// maxLearnedBytes caps the text kept per line for review.
const maxLearnedBytes = 256

// maxLearnedRunes is the longest line a Learner counts: longer paragraphs
// are prose, and repeated prose is the dedupe package's job.
const maxLearnedRunes = 200

// A Learner counts, over a stream of documents, in how many documents each
// line occurs, and reports the lines seen in at least minDocs documents as
// corpus furniture (the approach CCNet takes for Common Crawl).
//
// Memory is bounded: at most capacity lines are tracked, each as a 64-bit
// hash with a 32-bit count, plus at most maxLearnedBytes (256) bytes of text
// for lines seen twice or more: 24.7 MB measured at the default capacity of
// 65536 with every slot holding a 256-byte line (about 400 bytes a slot). When the table is full, the lines with the lowest counts are
// evicted (lossy counting), so a line that is frequent across the stream
// survives while one-off lines come and go.
type Learner struct {
	mu       sync.Mutex
	minDocs  int
	capacity int
	counts   map[uint64]uint32
	texts    map[uint64]string
	docs     int
}

// LearnerOption tunes a Learner.
type LearnerOption interface{ applyLearner(*Learner) }

type learnerOptionFunc func(*Learner)

func (f learnerOptionFunc) applyLearner(l *Learner) { f(l) }

// WithCapacity sets how many distinct lines the Learner tracks (at least
// 16).
func WithCapacity(n int) LearnerOption {
	return learnerOptionFunc(func(l *Learner) {
		if n < 16 {
			n = 16
		}
		l.capacity = n
	})
}

// NewLearner returns a Learner that reports lines seen in at least minDocs
// documents (minDocs below 2 counts as 2).
func NewLearner(minDocs int, opts ...LearnerOption) *Learner {
	if minDocs < 2 {
		minDocs = 2
	}
	l := &Learner{minDocs: minDocs, capacity: DefaultCapacity}
	for _, o := range opts {
		if o != nil {
			o.applyLearner(l)
		}
	}
	l.counts = make(map[uint64]uint32, min(l.capacity, 4096))
	l.texts = map[uint64]string{}
	return l
}

// Add counts the distinct lines of one document. It is safe for concurrent
// use.
func (l *Learner) Add(paras []string) {
	seen := make(map[uint64]struct{}, len(paras))
	type line struct {
		h uint64
		s string
	}
	lines := make([]line, 0, len(paras))
	for _, p := range paras {
		h, ok := lineHash(p)
		if !ok {
			continue
		}
		if _, dup := seen[h]; dup {
			continue
		}
		seen[h] = struct{}{}
		lines = append(lines, line{h, p})
	}
	l.mu.Lock()
	defer l.mu.Unlock()
	l.docs++
	for _, ln := range lines {
		n, ok := l.counts[ln.h]
		if !ok && len(l.counts) >= l.capacity {
			l.evict()
		}
		n++
		l.counts[ln.h] = n
		if n == 2 {
			l.texts[ln.h] = truncateUTF8(trimSpace(ln.s), maxLearnedBytes)
		}
	}
}

// evict drops the lines with the lowest counts until at most three
// quarters of the capacity is in use.
func (l *Learner) evict() {
	for floor := uint32(1); len(l.counts) > l.capacity*3/4; floor++ {
		for h, n := range l.counts {
			if n <= floor {
				delete(l.counts, h)
				delete(l.texts, h)
			}
		}
	}
}

// Docs returns the number of documents added.
func (l *Learner) Docs() int {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.docs
}

// Furniture returns the lines seen in at least minDocs documents so far.
func (l *Learner) Furniture() *Furniture {
	l.mu.Lock()
	defer l.mu.Unlock()
	f := &Furniture{set: map[uint64]struct{}{}}
	for h, n := range l.counts {
		if int(n) >= l.minDocs {
			f.set[h] = struct{}{}
			f.lines = append(f.lines, learnedLine{l.texts[h], int(n)})
		}
	}
	f.sortLines()
	return f
}

// Furniture is a set of lines known to be corpus furniture.
type Furniture struct {
	set   map[uint64]struct{}
	lines []learnedLine
}

type learnedLine struct {
	text  string
	count int
}

// NewFurniture returns furniture made of the given lines, e.g. lines
// reviewed from an earlier Learner run.
func NewFurniture(lines ...string) *Furniture {
	f := &Furniture{set: map[uint64]struct{}{}}
	for _, s := range lines {
		if h, ok := lineHash(s); ok {
			if _, dup := f.set[h]; !dup {
				f.set[h] = struct{}{}
				f.lines = append(f.lines, learnedLine{trimSpace(s), 0})
			}
		}
	}
	return f
}

func (f *Furniture) sortLines() {
	sort.Slice(f.lines, func(i, j int) bool {
		if f.lines[i].count != f.lines[j].count {
			return f.lines[i].count > f.lines[j].count
		}
		return f.lines[i].text < f.lines[j].text
	})
}

// Lines returns the furniture lines for review, most frequent first.
func (f *Furniture) Lines() []string {
	if f == nil {
		return nil
	}
	out := make([]string, len(f.lines))
	for i, l := range f.lines {
		out[i] = l.text
	}
	return out
}

// Len returns the number of furniture lines.
func (f *Furniture) Len() int {
	if f == nil {
		return 0
	}
	return len(f.set)
}

// Contains reports whether line is furniture. Lines compare after folding:
// white space is ignored, full-width ASCII is folded to half-width, ASCII
// letters to lower case and every digit to 0, so "阅读 12" matches "阅读 345".
func (f *Furniture) Contains(line string) bool {
	if f == nil || len(f.set) == 0 {
		return false
	}
	h, ok := lineHash(line)
	if !ok {
		return false
	}
	_, hit := f.set[h]
	return hit
}

// lineHash hashes the folded form of s (FNV-1a, 64 bit) without allocating.
// Lines without two letters, or longer than maxLearnedRunes, are not
// hashed.
func lineHash(s string) (uint64, bool) {
	const offset, prime = 14695981039346656037, 1099511628211
	h := uint64(offset)
	letters, runes := 0, 0
	for _, r := range s {
		runes++
		if runes > maxLearnedRunes {
			return 0, false
		}
		switch {
		case r == ' ' || r == '\t' || r == '\u3000' || r == '\u00a0':
			continue
		case r >= '！' && r <= '～':
			r -= 0xFEE0
		}
		switch {
		case r >= 'A' && r <= 'Z':
			r += 'a' - 'A'
		case r >= '0' && r <= '9':
			r = '0'
		}
		if isHan(r) || r >= 'a' && r <= 'z' || r == '0' {
			letters++
		}
		var buf [utf8.UTFMax]byte
		n := utf8.EncodeRune(buf[:], r)
		for _, b := range buf[:n] {
			h ^= uint64(b)
			h *= prime
		}
	}
	return h, letters >= 2
}

func truncateUTF8(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return s[:n]
}
