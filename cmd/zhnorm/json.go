package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
)

// field is one member of a JSON object, kept in input order.
type field struct {
	key   string
	value json.RawMessage
}

// parseObject splits a JSON object into its members, in order.
func parseObject(data []byte) ([]field, error) {
	dec := json.NewDecoder(bytes.NewReader(data))
	tok, err := dec.Token()
	if err != nil {
		return nil, fmt.Errorf("malformed JSON: %w", err)
	}
	if d, ok := tok.(json.Delim); !ok || d != '{' {
		return nil, errors.New("malformed JSON: want an object")
	}
	var fields []field
	for dec.More() {
		tok, err := dec.Token()
		if err != nil {
			return nil, fmt.Errorf("malformed JSON: %w", err)
		}
		key, ok := tok.(string)
		if !ok {
			return nil, errors.New("malformed JSON: object key is not a string")
		}
		var v json.RawMessage
		if err := dec.Decode(&v); err != nil {
			return nil, fmt.Errorf("malformed JSON: %w", err)
		}
		fields = append(fields, field{key, v})
	}
	if _, err := dec.Token(); err != nil {
		return nil, fmt.Errorf("malformed JSON: %w", err)
	}
	if _, err := dec.Token(); err != io.EOF {
		return nil, errors.New("malformed JSON: data after the object")
	}
	return fields, nil
}

// workJSON cleans the text field of a JSON line. r.out gets the object
// without its closing brace; writeJSON adds the zhnorm member.
func (a *app) workJSON(r *result) {
	u := r.unit
	fields, err := parseObject(u.data)
	if err != nil {
		u.err = &InputError{File: u.file, Line: u.line, Err: err}
		return
	}
	at := -1
	for i, f := range fields {
		if f.key == a.o.field {
			at = i
		}
	}
	if at < 0 {
		u.err = &InputError{File: u.file, Line: u.line, Err: fmt.Errorf("no field %q", a.o.field)}
		return
	}
	var text string
	if err := json.Unmarshal(fields[at].value, &text); err != nil {
		u.err = &InputError{File: u.file, Line: u.line, Err: fmt.Errorf("field %q is not a string", a.o.field)}
		return
	}
	res := a.norm.NormalizeString(text)
	r.stats = res.Stats()
	r.text = res.Text
	r.explain = a.explain(u, res)

	var b bytes.Buffer
	b.Grow(len(u.data))
	b.WriteByte('{')
	n := 0
	for i, f := range fields {
		if f.key == "zhnorm" {
			continue // replaced by this run's stats
		}
		if n > 0 {
			b.WriteByte(',')
		}
		n++
		jsonText(&b, f.key)
		b.WriteByte(':')
		if i == at {
			jsonText(&b, res.Text)
		} else {
			b.Write(f.value)
		}
	}
	if n > 0 {
		b.WriteByte(',')
	}
	r.out = b.Bytes()
}

// zhnormStats is the "zhnorm" member added to each JSON line.
type zhnormStats struct {
	Stats       any     `json:"stats"`
	DuplicateOf string  `json:"duplicate_of,omitempty"`
	Similarity  float64 `json:"similarity,omitempty"`
}

// writeJSON finishes a JSON line in input order, where document dedupe can
// see every earlier document.
func (a *app) writeJSON(out *bufio.Writer, r *result) bool {
	z := zhnormStats{Stats: r.stats}
	if a.docs != nil {
		id := fmt.Sprintf("%s:%d", r.file, r.line)
		if of, sim, dup := a.docs.Add(id, r.text); dup {
			if a.o.dedupeDocs == "drop" {
				if a.o.explain {
					fmt.Fprintf(a.stderr, "%s: dedupe drop document [near-duplicate] (of %s, similarity %.2f)\n", id, of, sim)
				}
				a.nDupDocs++
				return true
			}
			z.DuplicateOf, z.Similarity = of, sim
			a.nDupDocs++
		}
	}
	var b bytes.Buffer
	b.Write(r.out)
	b.WriteString(`"zhnorm":`)
	jsonText(&b, z)
	b.WriteString("}\n")
	out.Write(b.Bytes())
	return true
}
