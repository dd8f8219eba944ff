package normalize

import "github.com/zhnorm/zhnorm/normalize/internal/dict"

// SupplementKeys lists the dictionary keys gocc lacks, where the converter
// may rightly differ from gocc.
func SupplementKeys() []string {
	var keys []string
	for _, name := range supplements {
		entries, err := dict.Load(name)
		if err != nil {
			panic(err)
		}
		for _, e := range entries {
			keys = append(keys, e.Key)
		}
	}
	return keys
}
