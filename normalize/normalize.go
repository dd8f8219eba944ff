package normalize

import (
	"fmt"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/zhnorm/zhnorm/boilerplate"
	"github.com/zhnorm/zhnorm/dedupe"
	"github.com/zhnorm/zhnorm/encoding"
)

// A Normalizer runs the zhnorm pipeline: decode, repair mojibake, normalize
// characters, convert to simplified Chinese, drop boilerplate, drop repeated
// paragraphs. It is safe for concurrent use; build one and share it, since
// building loads the conversion dictionaries.
type Normalizer struct {
	cfg  config
	conv *Converter
}

// sharedConverters holds one converter per variant for Normalizers built
// without converter options, so the dictionaries load once per process.
var sharedConverters sync.Map // Variant -> func() (*Converter, error)

func sharedConverter(v Variant) (*Converter, error) {
	f, _ := sharedConverters.LoadOrStore(v, sync.OnceValues(func() (*Converter, error) {
		return NewConverter(string(v))
	}))
	return f.(func() (*Converter, error))()
}

// New returns a Normalizer configured by opts. It panics, like
// regexp.MustCompile, if an option names an unknown variant or the converter
// cannot be built: both are programming errors, not bad input. Use
// ParseVariant to check a variant given by a user.
func New(opts ...Option) *Normalizer {
	cfg := defaultConfig()
	for _, o := range opts {
		o.apply(&cfg)
	}
	n := &Normalizer{cfg: cfg}
	if cfg.convert {
		if _, err := ParseVariant(string(cfg.variant)); err != nil {
			panic(err)
		}
		var err error
		if len(cfg.converterOpts) == 0 {
			n.conv, err = sharedConverter(cfg.variant)
		} else {
			n.conv, err = NewConverter(string(cfg.variant), cfg.converterOpts...)
		}
		if err != nil {
			panic(fmt.Sprintf("normalize: building %s converter: %v", cfg.variant, err))
		}
	}
	return n
}

var defaultNormalizer = sync.OnceValue(func() *Normalizer { return New() })

// String returns the clean text of s under the default pipeline.
func String(s string) string { return defaultNormalizer().NormalizeString(s).Text }

// Normalize decodes raw (any charset encoding.Decode supports) and runs the
// pipeline. The only errors come from decoding, such as binary input.
func (n *Normalizer) Normalize(raw []byte) (*Result, error) {
	text, det, err := encoding.Decode(raw)
	if err != nil {
		return nil, fmt.Errorf("normalize: %w", err)
	}
	r := &Result{Charset: det.Charset}
	if det.Invalid > 0 {
		r.Changes = append(r.Changes, Change{
			Stage:  StageDecode,
			Reason: "invalid-bytes",
			Rule:   fmt.Sprintf("%d invalid %s byte sequences replaced with U+FFFD", det.Invalid, det.Charset),
		})
	}
	n.run(r, text)
	return r, nil
}

// NormalizeString runs the pipeline on text that is already UTF-8. Invalid
// UTF-8 sequences become U+FFFD and are reported.
func (n *Normalizer) NormalizeString(s string) *Result {
	r := &Result{Charset: "UTF-8"}
	if !utf8.ValidString(s) {
		bad := countInvalid(s)
		s = strings.ToValidUTF8(s, "\uFFFD")
		r.Changes = append(r.Changes, Change{
			Stage:  StageDecode,
			Reason: "invalid-bytes",
			Rule:   fmt.Sprintf("%d invalid UTF-8 sequences replaced with U+FFFD", bad),
		})
	}
	n.run(r, s)
	return r
}

func countInvalid(s string) int {
	bad, inRun := 0, false
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 {
			if !inRun {
				bad++ // ToValidUTF8 replaces a run with one U+FFFD
			}
			inRun = true
		} else {
			inRun = false
		}
		i += size
	}
	return bad
}

// para is a paragraph on its way through the pipeline.
type para struct {
	text string
	line int
}

func (n *Normalizer) run(r *Result, text string) {
	paras := splitParagraphs(text)
	r.InputParagraphs = len(paras)
	if n.cfg.repair {
		paras = n.repair(r, paras)
	}
	paras = n.chars(r, paras)
	if n.cfg.boilerplate {
		paras = n.stripBoilerplate(r, paras)
	}
	if n.cfg.dedupe {
		paras = n.dedupe(r, paras)
	}
	r.Paragraphs = make([]string, len(paras))
	r.Lines = make([]int, len(paras))
	size := 0
	for i, p := range paras {
		r.Paragraphs[i] = p.text
		r.Lines[i] = p.line
		size += len(p.text) + 1
	}
	var b strings.Builder
	b.Grow(size)
	for _, p := range r.Paragraphs {
		b.WriteString(p)
		b.WriteByte('\n')
	}
	r.Text = b.String()
}

// repair repairs mojibake spans and cuts spans beyond repair.
func (n *Normalizer) repair(r *Result, paras []para) []para {
	out := paras[:0]
	for _, p := range paras {
		fixed, fixes, spans := encoding.Analyze(p.text)
		for _, f := range fixes {
			r.Changes = append(r.Changes, Change{
				Stage: StageRepair, Reason: f.Chain, Line: p.line,
				Start: f.Start, End: f.End, Original: f.Original, Replacement: f.Repaired,
			})
		}
		if len(spans) > 0 {
			var b strings.Builder
			last := 0
			for _, s := range spans {
				if s.Start < last || s.End > len(fixed) || s.Start > s.End {
					continue // defensive: never trust offsets blindly
				}
				b.WriteString(fixed[last:s.Start])
				last = s.End
				r.Changes = append(r.Changes, Change{
					Stage: StageGarbled, Reason: s.Reason, Line: p.line,
					Start: s.Start, End: s.End, Original: fixed[s.Start:s.End],
				})
			}
			b.WriteString(fixed[last:])
			rest := b.String()
			if !hasContent(rest) {
				if t := strings.TrimSpace(rest); t != "" {
					r.Changes = append(r.Changes, Change{
						Stage: StageGarbled, Reason: "residue", Rule: "nothing but punctuation left after the garbled spans",
						Line: p.line, Dropped: true, End: len(rest), Original: rest,
					})
				}
				continue
			}
			fixed = rest
		}
		p.text = fixed
		out = append(out, p)
	}
	return out
}

// hasContent reports whether s has a letter or digit of any script.
func hasContent(s string) bool {
	for _, c := range s {
		if isContentRune(c) {
			return true
		}
	}
	return false
}

// chars runs the character steps, then conversion, recording each rewrite.
func (n *Normalizer) chars(r *Result, paras []para) []para {
	out := paras[:0]
	for _, p := range paras {
		s := p.text
		// Width before invisible: whether a zero-width joiner stays
		// depends on the character after it in its folded form.
		s = r.step(StageChars, "width", p.line, s, FoldWidth(s))
		s = r.step(StageChars, "invisible", p.line, s, RemoveInvisible(s))
		// Space first too: the pinyin and punctuation steps then see
		// single spaces, and a second run of the steps changes nothing.
		s = r.step(StageChars, "space", p.line, s, CollapseSpace(s))
		s = r.step(StageChars, "pinyin", p.line, s, StripPinyin(s))
		if n.conv != nil {
			s = r.step(StageConvert, string(n.cfg.variant), p.line, s, n.conv.Convert(s))
		}
		if n.cfg.punct {
			s = r.step(StageChars, "punctuation", p.line, s, ChinesePunct(s))
		}
		s = r.step(StageChars, "space", p.line, s, CollapseSpace(s))
		if s == "" {
			continue // only invisible characters and space: the rewrites above say so
		}
		p.text = s
		out = append(out, p)
	}
	return out
}

// step records the rewrite from before to after, if any, and returns after.
// Each changed span is its own Change, so a report shows what changed, not a
// whole paragraph.
func (r *Result) step(stage Stage, reason string, line int, before, after string) string {
	if before == after {
		return before
	}
	for _, s := range changedSpans(before, after) {
		r.Changes = append(r.Changes, Change{
			Stage: stage, Reason: reason, Line: line,
			Start: s.aStart, End: s.aEnd,
			Original: before[s.aStart:s.aEnd], Replacement: after[s.bStart:s.bEnd],
		})
	}
	return after
}

// span pairs a byte span of the text before a step with the span of the
// text after it that replaced it.
type span struct{ aStart, aEnd, bStart, bEnd int }

// mergeGap is how many unchanged runes may separate two changed runs before
// they are reported as separate spans; it keeps 產業 → 产业 one change.
const mergeGap = 2

// changedSpans aligns a and b and returns the spans that differ. Steps
// either substitute runes one for one (width, punctuation, most of t2s) or
// delete runes (invisible characters, pinyin, space); both align exactly.
// Anything else is reported as one span between the common prefix and suffix.
func changedSpans(a, b string) []span {
	p, s := diffSpan(a, b)
	am, bm := a[p:len(a)-s], b[p:len(b)-s]
	whole := []span{{p, len(a) - s, p, len(b) - s}}
	var out []span
	gap := mergeGap
	add := func(as, ae, bs, be int) {
		if n := len(out); n > 0 && utf8.RuneCountInString(am[out[n-1].aEnd-p:as]) <= gap {
			out[n-1].aEnd, out[n-1].bEnd = p+ae, p+be
			return
		}
		out = append(out, span{p + as, p + ae, p + bs, p + be})
	}
	switch {
	case utf8.RuneCountInString(am) == utf8.RuneCountInString(bm):
		i, j := 0, 0
		for i < len(am) {
			ra, na := utf8.DecodeRuneInString(am[i:])
			rb, nb := utf8.DecodeRuneInString(bm[j:])
			if ra != rb {
				add(i, i+na, j, j+nb)
			}
			i, j = i+na, j+nb
		}
	case len(bm) < len(am):
		// Deletions only: match b's runes in a, greedily from the left.
		gap = 0 // a merged deletion would have to repeat the kept runes
		i, j := 0, 0
		for i < len(am) {
			ra, na := utf8.DecodeRuneInString(am[i:])
			if j < len(bm) {
				if rb, nb := utf8.DecodeRuneInString(bm[j:]); ra == rb {
					i, j = i+na, j+nb
					continue
				}
			}
			add(i, i+na, j, j)
			i += na
		}
		if j != len(bm) {
			return whole // not a pure deletion
		}
	default:
		return whole
	}
	if len(out) == 0 {
		return whole
	}
	return out
}

// diffSpan returns the lengths of the common prefix and suffix of a and b,
// on rune boundaries and not overlapping.
func diffSpan(a, b string) (prefix, suffix int) {
	n := min(len(a), len(b))
	for prefix < n && a[prefix] == b[prefix] {
		prefix++
	}
	for prefix > 0 && !utf8.RuneStart(a[prefix]) {
		prefix--
	}
	if prefix < len(a) && prefix < len(b) {
		for prefix > 0 && (!utf8.RuneStart(a[prefix]) || !utf8.RuneStart(b[prefix])) {
			prefix--
		}
	}
	m := min(len(a), len(b)) - prefix
	for suffix < m && a[len(a)-1-suffix] == b[len(b)-1-suffix] {
		suffix++
	}
	for suffix > 0 && (!utf8.RuneStart(a[len(a)-suffix]) || !utf8.RuneStart(b[len(b)-suffix])) {
		suffix--
	}
	return prefix, suffix
}

func (n *Normalizer) stripBoilerplate(r *Result, paras []para) []para {
	texts := make([]string, len(paras))
	for i, p := range paras {
		texts[i] = p.text
	}
	verdicts := boilerplate.Classify(texts, n.cfg.boilerplateOpts...)
	out := paras[:0]
	for i, p := range paras {
		if i >= len(verdicts) {
			out = append(out, p)
			continue
		}
		v := verdicts[i]
		if !v.Keep {
			r.Changes = append(r.Changes, Change{
				Stage: StageBoilerplate, Reason: v.Reason, Rule: v.Rule, Line: p.line,
				Dropped: true, End: len(p.text), Original: p.text,
			})
			continue
		}
		if len(v.Cuts) > 0 {
			var b strings.Builder
			last := 0
			for _, c := range v.Cuts {
				if c.Start < last || c.End > len(p.text) || c.Start > c.End {
					continue
				}
				b.WriteString(p.text[last:c.Start])
				last = c.End
				r.Changes = append(r.Changes, Change{
					Stage: StageBoilerplate, Reason: c.Reason, Rule: c.Rule, Line: p.line,
					Start: c.Start, End: c.End, Original: p.text[c.Start:c.End],
				})
			}
			b.WriteString(p.text[last:])
			rest := CollapseSpace(b.String())
			if rest == "" {
				continue // every byte was cut and reported
			}
			p.text = rest
		}
		out = append(out, p)
	}
	return out
}

func (n *Normalizer) dedupe(r *Result, paras []para) []para {
	texts := make([]string, len(paras))
	for i, p := range paras {
		texts[i] = p.text
	}
	_, dups := dedupe.Paragraphs(texts, n.cfg.dedupeOpts...)
	if len(dups) == 0 {
		return paras
	}
	drop := make([]bool, len(paras))
	for _, d := range dups {
		if d.Index < 0 || d.Index >= len(paras) {
			continue
		}
		drop[d.Index] = true
		rule := ""
		if d.Of >= 0 && d.Of < len(paras) {
			rule = fmt.Sprintf("repeats line %d (similarity %.2f)", paras[d.Of].line, d.Similarity)
		}
		p := paras[d.Index]
		r.Changes = append(r.Changes, Change{
			Stage: StageDedupe, Reason: d.Kind, Rule: rule, Line: p.line,
			Dropped: true, End: len(p.text), Original: p.text,
		})
	}
	out := paras[:0]
	for i, p := range paras {
		if !drop[i] {
			out = append(out, p)
		}
	}
	return out
}

// splitParagraphs splits text into its non-blank lines, trimmed of white
// space, with their 1-based line numbers.
func splitParagraphs(text string) []para {
	var out []para
	for line := 1; len(text) > 0; line++ {
		n, brk := lineEnd(text)
		if t := strings.TrimSpace(text[:n]); t != "" {
			out = append(out, para{text: t, line: line})
		}
		text = text[n+brk:]
	}
	return out
}
