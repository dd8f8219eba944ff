package boilerplate

// Option tunes Classify and Strip. Options are small opaque values that
// compose: later options override earlier ones.
type Option interface{ apply(*config) }

type optionFunc func(*config)

func (f optionFunc) apply(c *config) { f(c) }

// mode says how much evidence a drop needs.
type mode int

const (
	modeDefault mode = iota
	modePrecision
	modeRecall
)

type config struct {
	mode      mode
	phrases   []string
	furniture []*Furniture
}

// WithPhrases adds site furniture phrases: a paragraph whose main content
// (at least half of its letters) is one of the phrases is dropped with
// reason ReasonPhrase. Empty phrases are ignored.
func WithPhrases(phrases ...string) Option {
	return optionFunc(func(c *config) {
		for _, p := range phrases {
			if p = trimSpace(p); p != "" {
				c.phrases = append(c.phrases, p)
			}
		}
	})
}

// Precision leans to keeping: rule evidence drops a paragraph; of the
// position rules only these remain — runs of tiny lines (flattened tables
// and menus), the page's <title> line, a teaser the article repeats, the
// copy of a labelled ad and, after an end marker, lines without sentence
// punctuation.
func Precision() Option { return optionFunc(func(c *config) { c.mode = modePrecision }) }

// Recall leans to dropping furniture: rules accept longer lines, list items
// and very short lines after the article are dropped even before an end
// marker, and runs of short list items inside the article are dropped as
// navigation.
func Recall() Option { return optionFunc(func(c *config) { c.mode = modeRecall }) }

// WithFurniture drops paragraphs learned as corpus furniture (see Learner),
// with reason ReasonCorpus. A nil f is ignored.
func WithFurniture(f *Furniture) Option {
	return optionFunc(func(c *config) {
		if f != nil {
			c.furniture = append(c.furniture, f)
		}
	})
}

func newConfig(opts []Option) config {
	var c config
	for _, o := range opts {
		if o != nil {
			o.apply(&c)
		}
	}
	return c
}

// maxRuleRunes is the longest paragraph a keyword rule may drop: beyond it a
// paragraph is article text that happens to contain the keyword.
func (c *config) maxRuleRunes() int {
	switch c.mode {
	case modePrecision:
		return 30
	case modeRecall:
		return 80
	}
	return 50
}
