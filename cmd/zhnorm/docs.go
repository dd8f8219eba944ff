package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"

	"github.com/zhnorm/zhnorm/boilerplate"
	"github.com/zhnorm/zhnorm/dedupe"
	"github.com/zhnorm/zhnorm/encoding"
	"github.com/zhnorm/zhnorm/normalize"
)

// docIndex finds near-duplicate documents; *dedupe.Index is one.
type docIndex interface {
	Add(id, text string) (dupOf string, similarity float64, dup bool)
}

// learnFurniture is the first pass of -learn: it counts the normalized lines
// of every document and returns those seen in at least -learn documents.
func (a *app) learnFurniture(files []string) (*boilerplate.Furniture, int) {
	learner := boilerplate.NewLearner(a.o.learn)
	chars := normalize.New(append(a.o.normalizerOptions(), normalize.NoBoilerplate(), normalize.NoDedupe())...)
	a.learning = true
	code := a.process(files, func(u *unit) *result {
		r := &result{unit: u}
		text := u.data
		if a.o.jsonl {
			fields, err := parseObject(u.data)
			if err != nil {
				return r // reported by the second pass
			}
			var s string
			for _, f := range fields {
				if f.key == a.o.field {
					if json.Unmarshal(f.value, &s) != nil {
						return r
					}
				}
			}
			learner.Add(chars.NormalizeString(s).Paragraphs)
			return r
		}
		if res, err := chars.Normalize(text); err == nil {
			learner.Add(res.Paragraphs)
		}
		return r
	}, func(*bufio.Writer, *result) bool { return true })
	a.learning = false
	a.nDocs.Store(0)
	a.nBytes.Store(0)
	if code != exitOK && !a.o.keepGoing {
		return nil, code
	}
	f := learner.Furniture()
	if !a.o.quiet {
		fmt.Fprintf(a.stderr, "zhnorm: learned %d furniture lines from %d documents\n", f.Len(), learner.Docs())
	}
	if a.o.furniture != "" {
		var b bytes.Buffer
		for _, l := range f.Lines() {
			b.WriteString(l)
			b.WriteByte('\n')
		}
		if err := os.WriteFile(a.o.furniture, b.Bytes(), 0o644); err != nil {
			fmt.Fprintf(a.stderr, "zhnorm: %v\n", err)
			return nil, exitInput
		}
	}
	return f, exitOK
}

// runSignatures implements "zhnorm signatures": one JSON line per document
// with its MinHash signature and LSH band keys, for grouping candidates on an
// engine such as Spark or Beam (documents sharing any band key are
// candidates; compare their signatures to confirm).
func runSignatures(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("zhnorm signatures", flag.ContinueOnError)
	fs.SetOutput(stderr)
	var o options
	o.inputFlags(fs, "read JSON Lines; sign the field named by -field")
	idField := fs.String("id", "id", "JSON field holding the document id (with -jsonl); FILE:LINE when absent")
	raw := fs.Bool("raw", false, "sign the text as it is, without normalizing it first")
	if code, ok := parseFlags(fs, args, "usage: zhnorm signatures [flags] [FILE...]\n\nWrites {\"id\", \"minhash\", \"bands\"} per document: MinHash over character\nshingles of the normalized text and the LSH band keys that group candidates."); !ok {
		return code
	}
	if o.jobs < 1 || o.maxLine < 1 {
		fmt.Fprintln(stderr, "zhnorm signatures: -j and -max-size must be positive")
		return exitUsage
	}
	o.progress = "never"
	ix, err := dedupe.NewIndex()
	if err != nil {
		fmt.Fprintf(stderr, "zhnorm signatures: %v\n", err)
		return exitUsage
	}
	a := &app{o: o, stdin: stdin, stdout: stdout, stderr: stderr, norm: normalize.New(), signing: true}
	files := fs.Args()
	if len(files) == 0 {
		files = []string{"-"}
	}
	return a.process(files, func(u *unit) *result {
		r := &result{unit: u}
		id := u.file
		if u.line > 0 {
			id = fmt.Sprintf("%s:%d", u.file, u.line)
		}
		var text string
		if o.jsonl {
			fields, err := parseObject(u.data)
			if err != nil {
				u.err = &InputError{File: u.file, Line: u.line, Err: err}
				return r
			}
			found := false
			for _, f := range fields {
				switch f.key {
				case o.field:
					if json.Unmarshal(f.value, &text) != nil {
						u.err = &InputError{File: u.file, Line: u.line, Err: fmt.Errorf("field %q is not a string", o.field)}
						return r
					}
					found = true
				case *idField:
					var s string
					if json.Unmarshal(f.value, &s) == nil {
						id = s
					} else {
						id = string(f.value) // a number or other JSON value, verbatim
					}
				}
			}
			if !found {
				u.err = &InputError{File: u.file, Line: u.line, Err: fmt.Errorf("no field %q", o.field)}
				return r
			}
		} else {
			s, _, err := encoding.Decode(u.data)
			if err != nil {
				u.err = &InputError{File: u.file, Err: err}
				return r
			}
			text = s
		}
		if !*raw {
			text = a.norm.NormalizeString(text).Text
		}
		var b bytes.Buffer
		b.WriteString(`{"id":`)
		jsonText(&b, id)
		sig, _ := ix.Signature(text).MarshalJSON()
		b.WriteByte(',')
		b.Write(sig[1:]) // {"minhash":…,"bands":…} without its brace
		b.WriteByte('\n')
		r.out = b.Bytes()
		return r
	}, func(w *bufio.Writer, r *result) bool {
		w.Write(r.out)
		return true
	})
}
