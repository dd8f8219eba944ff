package normalize

import (
	"fmt"

	"github.com/liuzl/gocc"
)

// TODO(normalize issue): replace with the fast matcher.

// Converter converts traditional Chinese to simplified Chinese.
type Converter struct{ cc *gocc.OpenCC }

// ConverterOption tunes a Converter.
type ConverterOption interface{ applyConverter(*converterConfig) }

type converterConfig struct{}

// NewConverter builds a converter for variant: "t2s", "tw2s", "hk2s" or "tw2sp".
func NewConverter(variant string, opts ...ConverterOption) (*Converter, error) {
	cc, err := gocc.New(variant)
	if err != nil {
		return nil, fmt.Errorf("normalize: unknown variant %q: %w", variant, err)
	}
	return &Converter{cc: cc}, nil
}

// Convert converts s.
func (c *Converter) Convert(s string) string {
	out, err := c.cc.Convert(s)
	if err != nil {
		return s
	}
	return out
}

// ToSimplified converts s with the default t2s converter.
func ToSimplified(s string) string {
	c, _ := NewConverter("t2s")
	return c.Convert(s)
}
