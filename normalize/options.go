package normalize

import (
	"fmt"

	"github.com/zhnorm/zhnorm/boilerplate"
	"github.com/zhnorm/zhnorm/dedupe"
)

// Variant names an OpenCC conversion to simplified Chinese.
type Variant string

// The supported conversions.
const (
	T2S   Variant = "t2s"   // traditional (OpenCC standard) to simplified
	TW2S  Variant = "tw2s"  // Taiwan standard to simplified
	HK2S  Variant = "hk2s"  // Hong Kong variant to simplified
	TW2SP Variant = "tw2sp" // Taiwan standard to simplified, with Taiwan phrases
)

// ParseVariant checks a variant name, for command-line input.
func ParseVariant(s string) (Variant, error) {
	switch v := Variant(s); v {
	case T2S, TW2S, HK2S, TW2SP:
		return v, nil
	}
	return "", fmt.Errorf("normalize: unknown variant %q (want t2s, tw2s, hk2s or tw2sp)", s)
}

// An Option configures a Normalizer. Options are small opaque values that
// compose: later options override earlier ones.
type Option interface{ apply(*config) }

type optionFunc func(*config)

func (f optionFunc) apply(c *config) { f(c) }

type config struct {
	repair          bool
	convert         bool
	variant         Variant
	converterOpts   []ConverterOption
	punct           bool
	boilerplate     bool
	boilerplateOpts []boilerplate.Option
	dedupe          bool
	dedupeOpts      []dedupe.Option
}

func defaultConfig() config {
	return config{repair: true, convert: true, variant: T2S, punct: true, boilerplate: true, dedupe: true}
}

// WithVariant selects the conversion to simplified Chinese (default T2S).
func WithVariant(v Variant) Option {
	return optionFunc(func(c *config) { c.variant = v; c.convert = true })
}

// WithConverterOptions passes options, such as user phrase dictionaries, to
// the converter.
func WithConverterOptions(opts ...ConverterOption) Option {
	return optionFunc(func(c *config) { c.converterOpts = append(c.converterOpts, opts...) })
}

// NoConversion keeps traditional characters as they are.
func NoConversion() Option { return optionFunc(func(c *config) { c.convert = false }) }

// NoRepair leaves mojibake as it is: nothing is repaired or dropped as garbled.
func NoRepair() Option { return optionFunc(func(c *config) { c.repair = false }) }

// KeepPunctuation leaves ASCII punctuation in Chinese text as it is instead
// of turning it into full-width Chinese punctuation.
func KeepPunctuation() Option { return optionFunc(func(c *config) { c.punct = false }) }

// NoBoilerplate keeps every paragraph: no page furniture is dropped.
func NoBoilerplate() Option { return optionFunc(func(c *config) { c.boilerplate = false }) }

// WithBoilerplateOptions passes options to boilerplate.Classify.
func WithBoilerplateOptions(opts ...boilerplate.Option) Option {
	return optionFunc(func(c *config) { c.boilerplateOpts = append(c.boilerplateOpts, opts...) })
}

// NoDedupe keeps repeated paragraphs.
func NoDedupe() Option { return optionFunc(func(c *config) { c.dedupe = false }) }

// WithDedupeOptions passes options to dedupe.Paragraphs.
func WithDedupeOptions(opts ...dedupe.Option) Option {
	return optionFunc(func(c *config) { c.dedupeOpts = append(c.dedupeOpts, opts...) })
}
