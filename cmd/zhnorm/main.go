// Command zhnorm turns messy Chinese web text into clean, simplified,
// de-duplicated article text.
//
// Usage:
//
//	zhnorm [flags] [FILE...]          clean each FILE (or stdin) to stdout
//	zhnorm -jsonl [flags] [FILE...]   clean the "text" field of JSON Lines
//	zhnorm signatures [flags] [FILE...] emit MinHash signatures and LSH band keys
//
// Run zhnorm -h for the flags.
package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"runtime"

	"github.com/zhnorm/zhnorm/boilerplate"
	"github.com/zhnorm/zhnorm/normalize"
)

// exit codes
const (
	exitOK    = 0
	exitInput = 1 // some input could not be processed
	exitUsage = 2
)

type options struct {
	explain    bool
	jsonl      bool
	field      string
	jobs       int
	keepGoing  bool
	maxLine    int
	variant    string
	noConvert  bool
	noRepair   bool
	noBoiler   bool
	noDedupe   bool
	keepPunct  bool
	precision  bool
	recall     bool
	phrases    stringList
	learn      int
	furniture  string
	dedupeDocs string
	progress   string
	quiet      bool
}

type stringList []string

func (s *stringList) String() string     { return fmt.Sprint(*s) }
func (s *stringList) Set(v string) error { *s = append(*s, v); return nil }

func main() {
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	if len(args) > 0 && args[0] == "signatures" {
		return runSignatures(args[1:], stdin, stdout, stderr)
	}
	fs := flag.NewFlagSet("zhnorm", flag.ContinueOnError)
	fs.SetOutput(stderr)
	var o options
	fs.BoolVar(&o.explain, "explain", false, "write every change (stage, reason, text) to stderr")
	o.inputFlags(fs, "read and write JSON Lines; clean the field named by -field")
	fs.StringVar(&o.variant, "variant", "t2s", "conversion to simplified: t2s, tw2s, hk2s or tw2sp")
	fs.BoolVar(&o.noConvert, "no-convert", false, "keep traditional characters")
	fs.BoolVar(&o.noRepair, "no-repair", false, "do not repair mojibake or drop garbled spans")
	fs.BoolVar(&o.noBoiler, "no-boilerplate", false, "keep page furniture")
	fs.BoolVar(&o.noDedupe, "no-dedupe", false, "keep repeated paragraphs")
	fs.BoolVar(&o.keepPunct, "keep-punct", false, "keep ASCII punctuation in Chinese text")
	fs.BoolVar(&o.precision, "precision", false, "boilerplate: drop only on strong evidence")
	fs.BoolVar(&o.recall, "recall", false, "boilerplate: drop furniture more aggressively")
	fs.Var(&o.phrases, "phrase", "extra site furniture phrase (repeatable)")
	fs.IntVar(&o.learn, "learn", 0, "two passes over FILEs: learn lines seen in >= N documents as furniture, then drop them")
	fs.StringVar(&o.furniture, "furniture", "", "with -learn: write the learned furniture lines to this file for review")
	fs.StringVar(&o.dedupeDocs, "dedupe-docs", "", "near-duplicate documents: \"drop\" them or \"mark\" them in the zhnorm stats (with -jsonl)")
	fs.StringVar(&o.progress, "progress", "auto", "progress bar on stderr: auto (when stderr is a terminal), always, never")
	fs.BoolVar(&o.quiet, "q", false, "no summary or progress on stderr")
	if code, ok := parseFlags(fs, args, "usage: zhnorm [flags] [FILE...]\n       zhnorm signatures [flags] [FILE...]\n\nzhnorm cleans Chinese web text: repairs mojibake, converts to simplified,\ndrops boilerplate and repeated paragraphs. With no FILE it reads stdin."); !ok {
		return code
	}
	if err := o.check(); err != nil {
		fmt.Fprintf(stderr, "zhnorm: %v\n", err)
		return exitUsage
	}
	files := fs.Args()
	if o.learn > 0 && len(files) == 0 {
		fmt.Fprintln(stderr, "zhnorm: -learn reads its input twice: name FILEs, not stdin")
		return exitUsage
	}
	app := &app{o: o, stdin: stdin, stdout: stdout, stderr: stderr}
	return app.main(files)
}

// inputFlags registers the flags that say how input is read, shared by
// zhnorm and zhnorm signatures.
func (o *options) inputFlags(fs *flag.FlagSet, jsonlUsage string) {
	fs.BoolVar(&o.jsonl, "jsonl", false, jsonlUsage)
	fs.StringVar(&o.field, "field", "text", "JSON field holding the document text (with -jsonl)")
	fs.IntVar(&o.jobs, "j", runtime.GOMAXPROCS(0), "documents processed in parallel")
	fs.BoolVar(&o.keepGoing, "keep-going", false, "pass bad input (lines, files) through untouched and go on; still exit 1")
	fs.IntVar(&o.maxLine, "max-size", 64<<20, "largest document or JSON line, in bytes")
}

// parseFlags parses args with a usage text; ok is false when the caller
// should return code (help was asked for, or a flag was wrong).
func parseFlags(fs *flag.FlagSet, args []string, usage string) (code int, ok bool) {
	fs.Usage = func() {
		fmt.Fprintf(fs.Output(), "%s\n\nflags:\n", usage)
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return exitOK, false
		}
		return exitUsage, false
	}
	return exitOK, true
}

func (o *options) check() error {
	if _, err := normalize.ParseVariant(o.variant); err != nil {
		return err
	}
	if o.jobs < 1 {
		return fmt.Errorf("-j must be at least 1, not %d", o.jobs)
	}
	if o.maxLine < 1 {
		return fmt.Errorf("-max-size must be positive")
	}
	if o.precision && o.recall {
		return fmt.Errorf("-precision and -recall exclude each other")
	}
	switch o.dedupeDocs {
	case "", "drop", "mark":
	default:
		return fmt.Errorf("-dedupe-docs must be drop or mark, not %q", o.dedupeDocs)
	}
	if o.dedupeDocs != "" && !o.jsonl {
		return fmt.Errorf("-dedupe-docs needs -jsonl")
	}
	switch o.progress {
	case "auto", "always", "never":
	default:
		return fmt.Errorf("-progress must be auto, always or never")
	}
	return nil
}

// normalizerOptions translates flags into pipeline options.
func (o *options) normalizerOptions(extra ...boilerplate.Option) []normalize.Option {
	var opts []normalize.Option
	if o.noConvert {
		opts = append(opts, normalize.NoConversion())
	} else {
		opts = append(opts, normalize.WithVariant(normalize.Variant(o.variant)))
	}
	if o.noRepair {
		opts = append(opts, normalize.NoRepair())
	}
	if o.noBoiler {
		opts = append(opts, normalize.NoBoilerplate())
	}
	if o.noDedupe {
		opts = append(opts, normalize.NoDedupe())
	}
	if o.keepPunct {
		opts = append(opts, normalize.KeepPunctuation())
	}
	var bo []boilerplate.Option
	if o.precision {
		bo = append(bo, boilerplate.Precision())
	}
	if o.recall {
		bo = append(bo, boilerplate.Recall())
	}
	if len(o.phrases) > 0 {
		bo = append(bo, boilerplate.WithPhrases(o.phrases...))
	}
	bo = append(bo, extra...)
	if len(bo) > 0 {
		opts = append(opts, normalize.WithBoilerplateOptions(bo...))
	}
	return opts
}
