// Command zhconv converts traditional Chinese text to simplified Chinese line
// by line, for the side-by-side benchmark with the opencc CLI (see
// ../opencc.sh). Memory stays flat in the input size: one line at a time.
//
//	zhconv [-c t2s|tw2s|hk2s|tw2sp] [-i input] [-o output]
package main

import (
	"bufio"
	"flag"
	"fmt"
	"io"
	"os"

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
	br := bufio.NewReaderSize(r, 64*1024)
	for {
		// ReadString keeps lines whole; a line is the unit OpenCC's CLI
		// converts too.
		line, err := br.ReadString('\n')
		if len(line) > 0 {
			if _, werr := bw.WriteString(conv.Convert(line)); werr != nil {
				return werr
			}
		}
		if err == io.EOF {
			break
		}
		if err != nil {
			return err
		}
	}
	return bw.Flush()
}
