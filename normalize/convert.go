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
// its first candidate. (OpenCC itself segments the text first and takes the
// longest key across a group; with these dictionaries that gives the same
// result on every OpenCC 1.1.6 test case.) The one addition to gocc's data
// is six phrases of OpenCC 1.1.6 that gocc lacks, such as 二噁英 → 二𫫇英,
// an OpenCC test case; text without them converts exactly as with gocc.
//
// Unlike gocc, invalid UTF-8 bytes are copied to the output unchanged and
// never swallow the character after them (gocc turns 臺\xff臺灣 into
// 台�湾; a Converter gives 台\xff台湾), and a \x01 byte is kept (gocc's
// trie matches \x01劉 as 劉 and drops it).
//
// A Converter is immutable once built and safe for concurrent use.
type Converter struct {
	variant string
	groups  []*dictGroup
}

// A dictGroup is a list of dictionaries matched gocc style, with a bitset of
// the runes of the Basic Multilingual Plane that start a key in any of them:
// one bit test skips a character no dictionary knows, the common case in
// simplified text.
type dictGroup struct {
	tries    []*phraseTrie
	starts   [0x10000 / 64]uint64
	maxBytes int // longest key in bytes: the lookahead a stream needs
}

func newDictGroup(tries []*phraseTrie) *dictGroup {
	g := &dictGroup{tries: tries}
	for _, t := range tries {
		for r, node := range t.first {
			if node != 0 {
				g.starts[r>>6] |= 1 << (r & 63)
			}
		}
		g.maxBytes = max(g.maxBytes, t.maxBytes)
	}
	return g
}

// skipPlain returns the first position at or after i where a key may
// start: it skips ASCII and three-byte runes (most Han characters) that start
// no key, with one bit test each. Skipping three bytes is safe even if they
// are not valid UTF-8: the last two are continuation bytes, which start no
// character.
func (g *dictGroup) skipPlain(s string, i int) int {
	for i < len(s) {
		c := s[i]
		if c < utf8.RuneSelf {
			if g.starts[0]&(1<<c) != 0 || c >= 64 && g.starts[1]&(1<<(c-64)) != 0 {
				return i
			}
			i++
			continue
		}
		if c&0xF0 != 0xE0 || i+2 >= len(s) {
			return i
		}
		c1, c2 := s[i+1], s[i+2]
		// Both continuation bytes are 10xxxxxx exactly when this is 0xA0.
		if c1&0xC0|(c2&0xC0)>>2 != 0xA0 {
			return i
		}
		r := uint32(c&0x0F)<<12 | uint32(c1&0x3F)<<6 | uint32(c2&0x3F)
		if g.starts[r>>6]&(1<<(r&63)) != 0 {
			return i
		}
		i += 3
	}
	return i
}

// match returns the byte length and replacement of the match at the start
// of s, gocc style: the first dictionary with any key there wins, with its
// longest key. It returns 0 if no key matches.
func (g *dictGroup) match(s string) (int, string) {
	for _, t := range g.tries {
		if n, v := t.longest(s); n > 0 {
			return n, v
		}
	}
	return 0, ""
}

// A ConverterOption tunes a Converter. See WithPhrases.
type ConverterOption interface{ applyConverter(*converterConfig) }

type converterConfig struct {
	phrases map[string]string
	err     error
}

type converterOptionFunc func(*converterConfig)

func (f converterOptionFunc) applyConverter(c *converterConfig) { f(c) }

// maxPhraseBytes bounds user phrase keys, so that a stream never needs more
// lookahead than a transform.Reader buffers.
const maxPhraseBytes = 256

// WithPhrases adds user phrases, traditional → simplified, that win over
// the built-in dictionaries: they are tried first in every dictionary group
// of the variant, and their replacements are kept as they are by the groups
// after the first. Keys must be non-empty valid UTF-8 of at most 256 bytes,
// values non-empty valid UTF-8. Later options override earlier ones for the
// same key.
func WithPhrases(phrases map[string]string) ConverterOption {
	return converterOptionFunc(func(c *converterConfig) {
		for k, v := range phrases {
			if k == "" || v == "" || len(k) > maxPhraseBytes || !utf8.ValidString(k) || !utf8.ValidString(v) {
				if c.err == nil {
					c.err = fmt.Errorf("normalize: user phrase %q → %q: key and value must be non-empty valid UTF-8, keys at most %d bytes", k, v, maxPhraseBytes)
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
	var first, later *phraseTrie // user phrases, for the first group and the rest
	if len(cfg.phrases) > 0 {
		keys := make([]string, 0, len(cfg.phrases))
		for k := range cfg.phrases {
			keys = append(keys, k)
		}
		sort.Strings(keys) // a deterministic build
		entries := make([]dict.Entry, 0, 2*len(keys))
		for _, k := range keys {
			entries = append(entries, dict.Entry{Key: k, Value: cfg.phrases[k]})
		}
		first = newPhraseTrie(entries)
		// Later groups map each replacement to itself, so they keep it.
		for _, k := range keys {
			v := cfg.phrases[k]
			if _, isKey := cfg.phrases[v]; !isKey && len(v) <= maxPhraseBytes {
				entries = append(entries, dict.Entry{Key: v, Value: v})
			}
		}
		later = newPhraseTrie(entries)
	}
	for gi, names := range chain {
		tries := make([]*phraseTrie, len(names))
		for i, name := range names {
			t, err := builtinTries[name]()
			if err != nil {
				return nil, fmt.Errorf("normalize: loading dictionary %s: %w", name, err)
			}
			tries[i] = t
		}
		switch {
		case first == nil:
			c.groups = append(c.groups, groupFor(names, tries))
		case gi == 0:
			c.groups = append(c.groups, newDictGroup(append([]*phraseTrie{first}, tries...)))
		default:
			c.groups = append(c.groups, newDictGroup(append([]*phraseTrie{later}, tries...)))
		}
	}
	return c, nil
}

// Variant returns the conversion the converter was built for.
func (c *Converter) Variant() string { return c.variant }

// Convert returns s converted to simplified Chinese. It returns s itself,
// without allocating, when nothing changes.
func (c *Converter) Convert(s string) string {
	for _, g := range c.groups {
		s = convertGroup(g, s)
	}
	return s
}

// convertGroup runs one dictionary group over s, gocc style.
func convertGroup(g *dictGroup, s string) string {
	var b strings.Builder
	written := 0 // s[:written] is in b (once b is in use)
	for i := 0; ; {
		if i = g.skipPlain(s, i); i >= len(s) {
			break
		}
		n, v := g.match(s[i:])
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
