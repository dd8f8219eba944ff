package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/zhnorm/zhnorm/boilerplate"
	"github.com/zhnorm/zhnorm/dedupe"
	"github.com/zhnorm/zhnorm/normalize"
)

// InputError is a problem with one input unit: a file, or a line of a JSON
// Lines file. The command reports it with the file and line and goes on only
// with -keep-going.
type InputError struct {
	File string
	Line int // 1-based; 0 for a whole file
	Err  error
}

func (e *InputError) Error() string {
	if e.Line > 0 {
		return fmt.Sprintf("%s:%d: %v", e.File, e.Line, e.Err)
	}
	return fmt.Sprintf("%s: %v", e.File, e.Err)
}

func (e *InputError) Unwrap() error { return e.Err }

// errTooLong marks a document or line over -max-size.
var errTooLong = errors.New("too long")

// unit is one document on its way through the pipeline.
type unit struct {
	seq  int
	file string
	line int
	data []byte
	err  error
	// For a JSON line over the size limit under -keep-going: the writer
	// sends the output on resume when the line's turn comes, and the reader
	// streams the rest of the line into it, then closes finished.
	resume   chan io.Writer
	finished chan struct{}
}

// result is a processed unit.
type result struct {
	*unit
	out     []byte // text mode: the clean text; JSONL: the object without its closing brace
	explain []byte
	stats   normalize.Stats
	text    string // the clean text, for document dedupe
}

type app struct {
	o      options
	stdin  io.Reader
	stdout io.Writer
	stderr io.Writer
	norm   *normalize.Normalizer
	docs   docIndex

	nDocs, nBytes atomic.Int64
	nDupDocs      int
	learning      bool // first pass of -learn: errors wait for the second pass
	signing       bool // zhnorm signatures: bad lines are reported, not passed through
}

func (a *app) main(files []string) int {
	if len(files) == 0 {
		files = []string{"-"}
	}
	var extra []boilerplate.Option
	if a.o.learn > 0 {
		f, code := a.learnFurniture(files)
		if code != exitOK {
			return code
		}
		extra = append(extra, boilerplate.WithFurniture(f))
	}
	a.norm = normalize.New(a.o.normalizerOptions(extra...)...)
	if a.o.dedupeDocs != "" {
		ix, err := dedupe.NewIndex()
		if err != nil {
			fmt.Fprintf(a.stderr, "zhnorm: %v\n", err)
			return exitUsage
		}
		a.docs = ix
	}
	return a.process(files, a.work, a.write)
}

// process reads units from files, runs work on them with a.o.jobs workers,
// and hands the results to emit in input order. At most 4×jobs units are in
// flight, which bounds memory.
func (a *app) process(files []string, work func(*unit) *result, emit func(*bufio.Writer, *result) bool) int {
	window := make(chan struct{}, 4*a.o.jobs)
	jobs := make(chan *unit, a.o.jobs)
	results := make(chan *result, a.o.jobs)
	stop := make(chan struct{})
	var stopOnce sync.Once
	halt := func() { stopOnce.Do(func() { close(stop) }) }

	go func() {
		defer close(jobs)
		a.read(files, window, jobs, stop)
	}()
	var wg sync.WaitGroup
	for range a.o.jobs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for u := range jobs {
				if u.err != nil {
					results <- &result{unit: u}
					continue
				}
				results <- work(u)
			}
		}()
	}
	go func() { wg.Wait(); close(results) }()

	stopProgress := a.startProgress(inputSize(files))
	out := bufio.NewWriterSize(a.stdout, 1<<16)
	pending := map[int]*result{}
	next, code := 0, exitOK
	failed := false
	for r := range results {
		pending[r.seq] = r
		for {
			r, ok := pending[next]
			if !ok {
				break
			}
			delete(pending, next)
			next++
			if !failed {
				if !a.emitOne(out, r, emit) {
					code = exitInput
					if !a.o.keepGoing {
						failed = true
						halt()
					}
				}
			}
			if r.resume != nil && failed {
				close(r.resume) // unblock the reader; it stops
			}
			<-window
		}
	}
	stopProgress()
	if err := out.Flush(); err != nil {
		fmt.Fprintf(a.stderr, "zhnorm: writing output: %v\n", err)
		return exitInput
	}
	return code
}

// emitOne writes one result in order; it reports false for a bad unit.
func (a *app) emitOne(out *bufio.Writer, r *result, emit func(*bufio.Writer, *result) bool) bool {
	a.nDocs.Add(1)
	a.nBytes.Add(int64(len(r.data)))
	if r.err != nil && a.learning {
		if r.resume != nil {
			r.resume <- io.Discard
			<-r.finished
		}
		return true
	}
	if r.err != nil {
		fmt.Fprintf(a.stderr, "zhnorm: %v\n", r.err)
		if a.o.keepGoing && a.o.jsonl && !a.signing {
			out.Write(r.data) // pass the bad line through untouched
			if r.resume != nil {
				r.resume <- out
				<-r.finished
			}
			out.WriteByte('\n')
		} else if r.resume != nil {
			r.resume <- io.Discard // skip the rest of the long line
			<-r.finished
		}
		return false
	}
	if len(r.explain) > 0 {
		a.stderr.Write(r.explain)
	}
	return emit(out, r)
}

// read splits the files into units: whole files, or lines with -jsonl.
func (a *app) read(files []string, window chan struct{}, jobs chan<- *unit, stop <-chan struct{}) {
	seq := 0
	send := func(u *unit) bool {
		select {
		case window <- struct{}{}:
		case <-stop:
			return false
		}
		u.seq = seq
		seq++
		select {
		case jobs <- u:
			return true
		case <-stop:
			return false
		}
	}
	for _, name := range files {
		f, display, err := a.open(name)
		if err != nil {
			if !send(&unit{file: display, err: &InputError{File: display, Err: err}}) {
				return
			}
			continue
		}
		ok := true
		if a.o.jsonl {
			ok = a.readLines(f, display, send)
		} else {
			ok = a.readWhole(f, display, send)
		}
		if f != a.stdin {
			f.(io.Closer).Close()
		}
		if !ok {
			return
		}
	}
}

func (a *app) open(name string) (io.Reader, string, error) {
	if name == "-" {
		return a.stdin, "<stdin>", nil
	}
	f, err := os.Open(name)
	if err != nil {
		var pe *os.PathError
		if errors.As(err, &pe) {
			err = pe.Err
		}
		return nil, name, err
	}
	return f, name, nil
}

func (a *app) readWhole(r io.Reader, name string, send func(*unit) bool) bool {
	data, err := io.ReadAll(io.LimitReader(r, int64(a.o.maxLine)+1))
	u := &unit{file: name, data: data}
	switch {
	case err != nil:
		u.err = &InputError{File: name, Err: err}
	case len(data) > a.o.maxLine:
		u.err = &InputError{File: name, Err: fmt.Errorf("%w: larger than -max-size %d bytes", errTooLong, a.o.maxLine)}
	}
	return send(u)
}

func (a *app) readLines(r io.Reader, name string, send func(*unit) bool) bool {
	br := bufio.NewReaderSize(r, 1<<16)
	for n := 1; ; n++ {
		line, complete, err := readLine(br, a.o.maxLine)
		if len(line) == 0 && complete && err == io.EOF {
			return true
		}
		u := &unit{file: name, line: n, data: line}
		if err != nil && err != io.EOF && err != errTooLong {
			u.err = &InputError{File: name, Line: n, Err: err}
			send(u)
			return false
		}
		if err == errTooLong {
			u.err = &InputError{File: name, Line: n, Err: fmt.Errorf("line longer than -max-size %d bytes", a.o.maxLine)}
			if !a.o.keepGoing {
				send(u)
				return false // the writer stops at this unit
			}
			if !complete {
				u.resume, u.finished = make(chan io.Writer), make(chan struct{})
			}
			if !send(u) {
				return false
			}
			if !complete {
				w, ok := <-u.resume
				if !ok {
					return false
				}
				err = copyRestOfLine(w, br)
				close(u.finished)
				if err != nil && err != io.EOF {
					return false
				}
			}
		} else if !send(u) {
			return false
		}
		if err == io.EOF {
			return true
		}
	}
}

// readLine returns the next line, copied, without its line break. A line
// over max bytes returns errTooLong with its first max bytes; complete tells
// whether the whole line was consumed.
func readLine(br *bufio.Reader, max int) (line []byte, complete bool, err error) {
	for {
		chunk, err := br.ReadSlice('\n')
		complete = err != bufio.ErrBufferFull
		if len(line)+len(chunk) > max+2 { // +2 for a \r\n break
			if complete {
				line = append(line, chunk...)
				return bytes.TrimRight(line, "\r\n"), true, errTooLong
			}
			// ReadSlice has consumed chunk: keep it whole
			return append(line, chunk...), false, errTooLong
		}
		line = append(line, chunk...)
		if !complete {
			continue
		}
		line = bytes.TrimSuffix(line, []byte("\n"))
		line = bytes.TrimSuffix(line, []byte("\r"))
		if len(line) > max {
			return line, true, errTooLong
		}
		return line, true, err
	}
}

// copyRestOfLine streams the rest of an over-long line to w.
func copyRestOfLine(w io.Writer, br *bufio.Reader) error {
	for {
		chunk, err := br.ReadSlice('\n')
		if err == nil {
			_, werr := w.Write(bytes.TrimRight(chunk, "\r\n"))
			return werr
		}
		if _, werr := w.Write(chunk); werr != nil {
			return werr
		}
		if err != bufio.ErrBufferFull {
			return err
		}
	}
}

// work normalizes one unit.
func (a *app) work(u *unit) *result {
	r := &result{unit: u}
	if a.o.jsonl {
		a.workJSON(r)
		return r
	}
	res, err := a.norm.Normalize(u.data)
	if err != nil {
		u.err = &InputError{File: u.file, Err: err}
		return r
	}
	r.out = []byte(res.Text)
	r.explain = a.explain(u, res)
	return r
}

func (a *app) explain(u *unit, res *normalize.Result) []byte {
	if !a.o.explain || len(res.Changes) == 0 {
		return nil
	}
	var b bytes.Buffer
	for _, c := range res.Changes {
		if u.line > 0 {
			fmt.Fprintf(&b, "%s:%d: %s\n", u.file, u.line, c)
		} else {
			fmt.Fprintf(&b, "%s: %s\n", u.file, c)
		}
	}
	return b.Bytes()
}

// write emits a text-mode result.
func (a *app) write(out *bufio.Writer, r *result) bool {
	if a.o.jsonl {
		return a.writeJSON(out, r)
	}
	out.Write(r.out)
	return true
}

// startProgress shows documents and bytes done on stderr while stderr is a
// terminal (or -progress=always), and returns the function that stops it.
func (a *app) startProgress(total int64) func() {
	show := a.o.progress == "always" || (a.o.progress == "auto" && isTerminal(a.stderr))
	if !show || a.o.quiet || a.o.explain {
		return func() {}
	}
	done := make(chan struct{})
	var wg sync.WaitGroup
	wg.Add(1)
	start := time.Now()
	print := func() {
		d, b := a.nDocs.Load(), a.nBytes.Load()
		secs := time.Since(start).Seconds()
		fmt.Fprintf(a.stderr, "\rzhnorm: %s%d docs  %.1f MB  %.0f docs/s  %.1f MB/s ",
			progressBar(b, total), d, float64(b)/1e6, float64(d)/secs, float64(b)/1e6/secs)
	}
	go func() {
		defer wg.Done()
		t := time.NewTicker(200 * time.Millisecond)
		defer t.Stop()
		for {
			select {
			case <-t.C:
				print()
			case <-done:
				print()
				fmt.Fprintln(a.stderr)
				return
			}
		}
	}()
	return func() { close(done); wg.Wait() }
}

// progressBar draws done of total bytes as a bar with a percentage, or
// nothing when the total is unknown (stdin).
func progressBar(done, total int64) string {
	if total <= 0 {
		return ""
	}
	const width = 24
	frac := min(float64(done)/float64(total), 1)
	n := int(frac * width)
	return fmt.Sprintf("[%s%s] %3.0f%%  ", strings.Repeat("#", n), strings.Repeat(".", width-n), 100*frac)
}

// inputSize is the total size of the named regular files, or 0 when any
// input (stdin, a pipe) has no size known in advance.
func inputSize(files []string) int64 {
	var total int64
	for _, name := range files {
		if name == "-" {
			return 0
		}
		fi, err := os.Stat(name)
		if err != nil || !fi.Mode().IsRegular() {
			return 0
		}
		total += fi.Size()
	}
	return total
}

func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	fi, err := f.Stat()
	return err == nil && fi.Mode()&os.ModeCharDevice != 0
}

// jsonText encodes s as a JSON string without HTML escaping.
func jsonText(b *bytes.Buffer, v any) {
	enc := json.NewEncoder(b)
	enc.SetEscapeHTML(false)
	enc.Encode(v)
	b.Truncate(b.Len() - 1) // Encode adds a newline
}
