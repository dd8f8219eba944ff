// Command zhconv converts traditional Chinese text to simplified Chinese as a
// stream, for the side-by-side benchmark with the opencc CLI (see
// ../opencc.sh). Memory stays flat in the input size.
//
//	zhconv [-c t2s|tw2s|hk2s|tw2sp] [-i input] [-o output]
package main

import (
	"bufio"
	"flag"
	"fmt"
	"io"
	"os"

	"golang.org/x/text/transform"

	"github.com/zhnorm/zhnorm/normalize"
)

func main() {
	variant := flag.String("c", "t2s", "conversion: t2s, tw2s, hk2s or tw2sp")
	in := flag.String("i", "", "input file (default standard input)")
	out := flag.String("o", "", "output file (default standard output)")
	flag.Parse()
	if err := run(*variant, *in, *out); err != nil {
		fmt.Fprintln(os.Stderr, "zhconv:", err)
		os.Exit(1)
	}
}

func run(variant, inPath, outPath string) error {
	conv, err := normalize.NewConverter(variant)
	if err != nil {
		return err
	}
	var r io.Reader = os.Stdin
	if inPath != "" {
		f, err := os.Open(inPath)
		if err != nil {
			return err
		}
		defer f.Close()
		r = f
	}
	var w io.Writer = os.Stdout
	if outPath != "" {
		f, err := os.Create(outPath)
		if err != nil {
			return err
		}
		defer f.Close()
		w = f
	}
	bw := bufio.NewWriterSize(w, 64*1024)
	// The converter's transformer streams in flat memory, whatever the
	// line lengths.
	if _, err := io.Copy(bw, transform.NewReader(r, conv.Transformer())); err != nil {
		return err
	}
	return bw.Flush()
}
