// Package dict embeds the OpenCC dictionaries that github.com/liuzl/gocc
// ships (Apache-2.0, see LICENSE), so the converter can build its own matcher
// from exactly the data gocc uses.
package dict

import (
	"bufio"
	"bytes"
	"embed"
	"fmt"
	"strings"
)

//go:embed *.txt
var files embed.FS

// Entry is one dictionary line: a key and its first candidate.
type Entry struct{ Key, Value string }

// Load parses the embedded dictionary name (without .txt), such as
// "TSPhrases". It reads lines the way github.com/liuzl/da does, so that the
// result matches gocc: "key<TAB>value [value...]", the first value wins, a
// later duplicate key replaces an earlier one, lines without a tab are
// skipped.
func Load(name string) ([]Entry, error) {
	data, err := files.ReadFile(name + ".txt")
	if err != nil {
		return nil, fmt.Errorf("dict: %w", err)
	}
	return Parse(data)
}

// Parse parses dictionary text in OpenCC's text format.
func Parse(data []byte) ([]Entry, error) {
	var out []Entry
	index := map[string]int{}
	sc := bufio.NewScanner(bytes.NewReader(data))
	sc.Buffer(make([]byte, 0, 64*1024), 1<<20)
	for sc.Scan() {
		items := strings.Split(strings.TrimSpace(sc.Text()), "\t")
		if len(items) < 2 {
			continue
		}
		key := items[0]
		var value string
		if len(items) > 2 {
			value = items[1]
		} else if f := strings.Fields(items[1]); len(f) > 0 {
			value = f[0]
		}
		if key == "" || value == "" {
			continue
		}
		if i, ok := index[key]; ok {
			out[i].Value = value
			continue
		}
		index[key] = len(out)
		out = append(out, Entry{Key: key, Value: value})
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("dict: %w", err)
	}
	return out, nil
}
