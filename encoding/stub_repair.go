package encoding

// TODO(encoding issue): replace with real implementations.

// Repair finds and repairs mojibake spans in s.
func Repair(s string) (string, []Fix) { return s, nil }

// Garbled reports the spans of s that are mojibake beyond repair.
func Garbled(s string) []Span { return nil }
