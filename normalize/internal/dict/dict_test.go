package dict

import (
	"strings"
	"testing"

	"github.com/liuzl/gocc"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestParse(t *testing.T) {
	tests := []struct {
		name, in string
		want     []Entry
	}{
		{"empty", "", []Entry{}},
		{"one", "臺\t台\n", []Entry{{"臺", "台"}}},
		{"first candidate", "乾\t干 乾\n", []Entry{{"乾", "干"}}},
		{"no final newline", "臺\t台", []Entry{{"臺", "台"}}},
		{"several tabs", "a\tb c\td\n", []Entry{{"a", "b c"}}},
		{"no tab", "abc\n\n", []Entry{}},
		{"empty value", "a\t\n", []Entry{}},
		{"duplicates kept in order", "a\tb\na\tc\n", []Entry{{"a", "b"}, {"a", "c"}}},
		{"crlf", "臺\t台\r\n", []Entry{{"臺", "台"}}},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, Parse([]byte(tt.in)), tt.name)
	}
}

// TestSameAsGocc checks every entry of the copied dictionaries against the
// dictionaries gocc builds from its own embedded copy.
func TestSameAsGocc(t *testing.T) {
	seen := map[string]bool{}
	for _, conv := range []string{"t2s", "tw2s", "hk2s", "tw2sp"} {
		cc, err := gocc.New(conv)
		require.NoError(t, err)
		for _, g := range cc.DictChains {
			for i, file := range g.Files {
				name := strings.TrimSuffix(file, ".txt")
				if seen[name] {
					continue
				}
				seen[name] = true
				entries, err := Load(name)
				require.NoError(t, err, name)
				require.NotEmpty(t, entries, name)
				last := map[string]string{}
				for _, e := range entries {
					last[e.Key] = e.Value
				}
				bad := 0
				for k, v := range last {
					// da's Get mistakes a value for a node id; PrefixMatch
					// is what gocc's Convert uses.
					m, err := g.Dicts[i].PrefixMatch(k)
					require.NoError(t, err)
					if got := m[k]; len(got) == 0 || got[0] != v {
						t.Errorf("%s: %q → %q here, %q in gocc", name, k, v, got)
						if bad++; bad == 5 {
							break
						}
					}
				}
			}
		}
	}
	assert.Len(t, seen, 7)
	_, err := Load("nope")
	assert.Error(t, err)
}
