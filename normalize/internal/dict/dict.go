// Package dict embeds the OpenCC dictionaries that github.com/liuzl/gocc
// ships (Apache-2.0, see LICENSE), so the converter can build its own matcher
// from exactly the data gocc uses.
package dict

import (
	"embed"
	"fmt"
	"strings"
)

//go:embed *.txt
var files embed.FS

// Entry is one dictionary line: a key and its first candidate.
type Entry struct{ Key, Value string }

// Load parses the embedded dictionary name (without .txt), such as
// "TSPhrases".
func Load(name string) ([]Entry, error) {
	data, err := files.ReadFile(name + ".txt")
	if err != nil {
		return nil, fmt.Errorf("dict: %w", err)
	}
	return Parse(data), nil
}

// Parse parses dictionary text in OpenCC's text format, reading lines the
// way github.com/liuzl/da does, so that the result matches gocc: each line
// is "key<TAB>value [value...]", the first value is taken, lines without a
// tab or with an empty key or value are skipped. A key may repeat; the
// matcher lets the later entry win, as da does.
func Parse(data []byte) []Entry {
	text := string(data)
	out := make([]Entry, 0, strings.Count(text, "\n")+1)
	for text != "" {
		line, rest, _ := strings.Cut(text, "\n")
		text = rest
		key, values, ok := strings.Cut(strings.TrimSpace(line), "\t")
		if !ok {
			continue
		}
		var value string
		if v, _, more := strings.Cut(values, "\t"); more {
			value = v // da: with several tabs, the field after the first
		} else {
			value, _, _ = strings.Cut(strings.TrimSpace(values), " ")
		}
		if key == "" || value == "" {
			continue
		}
		out = append(out, Entry{Key: key, Value: value})
	}
	return out
}
