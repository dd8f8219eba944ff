package normalize

import (
	"fmt"
	"sort"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/zhnorm/zhnorm/normalize/internal/dict"
)

// A Converter converts traditional Chinese to simplified Chinese with the
// OpenCC dictionaries that github.com/liuzl/gocc embeds, and with gocc's
// matching rules, so its output is the same as gocc's on valid UTF-8:
// the dictionary groups of the variant run one after the other over the
// whole text; within a group, at each position the first dictionary that
// has any key starting there wins, and its longest such key is replaced by
// its first candidate.
//
// Unlike gocc, invalid UTF-8 bytes are copied to the output unchanged and
// never swallow the character after them (gocc turns 臺\xff臺灣 into
// 台�湾; a Converter gives 台\xff台湾).
//
// A Converter is immutable once built and safe for concurrent use.
type Converter struct {
	variant string
	user    *phraseTrie // nil without user phrases
	groups  []*dictGroup
}

// A dictGroup is a list of dictionaries matched gocc style, with a bitset of
// the runes of the Basic Multilingual Plane that start a key in any of them:
// one bit test skips a character no dictionary knows, the common case in
// simplified text.
type dictGroup struct {
	tries  []*phraseTrie
	starts [0x10000 / 64]uint64
}

func newDictGroup(tries []*phraseTrie) *dictGroup {
	g := &dictGroup{tries: tries}
	for _, t := range tries {
		for r, node := range t.first {
			if node != 0 {
				g.starts[r>>6] |= 1 << (r & 63)
			}
		}
	}
	return g
}

// A ConverterOption tunes a Converter. See WithPhrases.
type ConverterOption interface{ applyConverter(*converterConfig) }

type converterConfig struct {
	phrases map[string]string
	err     error
}

type converterOptionFunc func(*converterConfig)

func (f converterOptionFunc) applyConverter(c *converterConfig) { f(c) }

// WithPhrases adds user phrases, traditional → simplified, that win over
// the built-in dictionaries: wherever one of them matches (leftmost, then
// longest), its replacement is written as given and no built-in dictionary
// touches that span. Keys and values must be non-empty valid UTF-8. Later
// options override earlier ones for the same key.
func WithPhrases(phrases map[string]string) ConverterOption {
	return converterOptionFunc(func(c *converterConfig) {
		for k, v := range phrases {
			if k == "" || v == "" || !utf8.ValidString(k) || !utf8.ValidString(v) {
				if c.err == nil {
					c.err = fmt.Errorf("normalize: user phrase %q → %q: key and value must be non-empty valid UTF-8", k, v)
				}
				continue
			}
			if c.phrases == nil {
				c.phrases = map[string]string{}
			}
			c.phrases[k] = v
		}
	})
}

// variantChains names the dictionary groups of each variant, as in gocc's
// config/*.json (which follow OpenCC's).
var variantChains = map[string][][]string{
	"t2s":   {{"TSPhrases", "TSCharacters"}},
	"tw2s":  {{"TWVariantsRevPhrases", "TWVariantsRev"}, {"TSPhrases", "TSCharacters"}},
	"hk2s":  {{"HKVariantsRevPhrases", "HKVariantsRev"}, {"TSPhrases", "TSCharacters"}},
	"tw2sp": {{"TWVariantsRevPhrases", "TWVariantsRev"}, {"TWPhrasesRev"}, {"TSPhrases", "TSCharacters"}},
}

// supplements adds to a gocc dictionary the keys OpenCC 1.1.6 has and gocc
// lacks (see internal/dict/README.md).
var supplements = map[string]string{"TSPhrases": "TSPhrasesOpenCC116"}

// sharedGroups holds one dictGroup per list of dictionary names, so
// converters of the same variant share their bitsets.
var sharedGroups sync.Map // names joined by "," → *dictGroup

func groupFor(names []string, tries []*phraseTrie) *dictGroup {
	key := strings.Join(names, ",")
	if g, ok := sharedGroups.Load(key); ok {
		return g.(*dictGroup)
	}
	g, _ := sharedGroups.LoadOrStore(key, newDictGroup(tries))
	return g.(*dictGroup)
}

// builtinTries builds each embedded dictionary at most once per process.
var builtinTries = func() map[string]func() (*phraseTrie, error) {
	m := map[string]func() (*phraseTrie, error){}
	for _, chain := range variantChains {
		for _, group := range chain {
			for _, name := range group {
				if _, ok := m[name]; ok {
					continue
				}
				m[name] = sync.OnceValues(func() (*phraseTrie, error) {
					entries, err := dict.Load(name)
					if err != nil {
						return nil, err
					}
					if extra, ok := supplements[name]; ok {
						more, err := dict.Load(extra)
						if err != nil {
							return nil, err
						}
						entries = append(entries, more...)
					}
					return newPhraseTrie(entries), nil
				})
			}
		}
	}
	return m
}()

// Variants lists the conversions NewConverter accepts.
func Variants() []string {
	v := make([]string, 0, len(variantChains))
	for k := range variantChains {
		v = append(v, k)
	}
	sort.Strings(v)
	return v
}

// NewConverter builds a converter for variant: "t2s" (OpenCC standard
// traditional), "tw2s" (Taiwan), "hk2s" (Hong Kong) or "tw2sp" (Taiwan, with
// Taiwan phrases such as 滑鼠 → 鼠标). Build it once and share it.
func NewConverter(variant string, opts ...ConverterOption) (*Converter, error) {
	chain, ok := variantChains[variant]
	if !ok {
		return nil, fmt.Errorf("normalize: unknown conversion variant %q (want one of %s)", variant, strings.Join(Variants(), ", "))
	}
	var cfg converterConfig
	for _, o := range opts {
		if o != nil {
			o.applyConverter(&cfg)
		}
	}
	if cfg.err != nil {
		return nil, cfg.err
	}
	c := &Converter{variant: variant}
	for _, names := range chain {
		tries := make([]*phraseTrie, len(names))
		for i, name := range names {
			t, err := builtinTries[name]()
			if err != nil {
				return nil, fmt.Errorf("normalize: loading dictionary %s: %w", name, err)
			}
			tries[i] = t
		}
		c.groups = append(c.groups, groupFor(names, tries))
	}
	if len(cfg.phrases) > 0 {
		entries := make([]dict.Entry, 0, len(cfg.phrases))
		for k, v := range cfg.phrases {
			entries = append(entries, dict.Entry{Key: k, Value: v})
		}
		c.user = newPhraseTrie(entries)
	}
	return c, nil
}

// Variant returns the conversion the converter was built for.
func (c *Converter) Variant() string { return c.variant }

// Convert returns s converted to simplified Chinese. It returns s itself,
// without allocating, when nothing changes.
func (c *Converter) Convert(s string) string {
	if c.user == nil {
		return c.convertBuiltin(s)
	}
	var b strings.Builder
	start, i := 0, 0 // s[start:i] is not yet written and matched no user phrase
	changed := false
	for i < len(s) {
		n, v := c.user.longest(s[i:])
		if n == 0 {
			_, size := utf8.DecodeRuneInString(s[i:])
			i += size
			continue
		}
		head := c.convertBuiltin(s[start:i])
		if !changed && (head != s[start:i] || v != s[i:i+n]) {
			changed = true
			b.Grow(len(s) + len(s)/8)
			b.WriteString(s[:start])
		}
		if changed {
			b.WriteString(head)
			b.WriteString(v)
		}
		i += n
		start = i
	}
	tail := c.convertBuiltin(s[start:])
	if !changed {
		if tail == s[start:] {
			return s
		}
		b.Grow(len(s) + len(s)/8)
		b.WriteString(s[:start])
	}
	b.WriteString(tail)
	return b.String()
}

func (c *Converter) convertBuiltin(s string) string {
	for _, g := range c.groups {
		s = convertGroup(g, s)
	}
	return s
}

// convertGroup runs one dictionary group over s, gocc style.
func convertGroup(g *dictGroup, s string) string {
	var b strings.Builder
	written := 0 // s[:written] is in b (once b is in use)
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			i++
			continue
		}
		// Fast path for the three-byte sequences of CJK text. Skipping three
		// bytes is safe even if they are not valid UTF-8: the two skipped
		// bytes are continuation bytes, which start no character.
		if c&0xF0 == 0xE0 && i+2 < len(s) && s[i+1]&0xC0 == 0x80 && s[i+2]&0xC0 == 0x80 {
			r := rune(c&0x0F)<<12 | rune(s[i+1]&0x3F)<<6 | rune(s[i+2]&0x3F)
			if g.starts[r>>6]&(1<<(r&63)) == 0 {
				i += 3
				continue
			}
		}
		var n int
		var v string
		for _, t := range g.tries {
			if n, v = t.longest(s[i:]); n > 0 {
				break
			}
		}
		if n == 0 {
			_, n = utf8.DecodeRuneInString(s[i:])
			i += n
			continue
		}
		if v != s[i:i+n] {
			if b.Cap() == 0 {
				b.Grow(len(s) + 16)
			}
			b.WriteString(s[written:i])
			b.WriteString(v)
			written = i + n
		}
		i += n
	}
	if b.Cap() == 0 {
		return s
	}
	b.WriteString(s[written:])
	return b.String()
}

// ToSimplified converts s with the default t2s converter, built on first
// use and shared.
func ToSimplified(s string) string { return defaultConverter().Convert(s) }

var defaultConverter = sync.OnceValue(func() *Converter {
	c, err := NewConverter("t2s")
	if err != nil {
		// The dictionaries are embedded: this is a build defect, caught by
		// the tests, not something input can cause.
		panic(err)
	}
	return c
})
