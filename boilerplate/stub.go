package boilerplate

// TODO(boilerplate issue): replace with the real classifier.

// Option tunes Classify and Strip.
type Option interface{ apply(*config) }

type config struct{}

// Classify returns one verdict per paragraph.
func Classify(paras []string, opts ...Option) []Verdict {
	v := make([]Verdict, len(paras))
	for i := range v {
		v[i].Keep = true
	}
	return v
}

// Strip returns the paragraphs Classify keeps.
func Strip(paras []string, opts ...Option) []string {
	var out []string
	for i, v := range Classify(paras, opts...) {
		if v.Keep {
			out = append(out, paras[i])
		}
	}
	return out
}
