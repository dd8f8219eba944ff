// Custom builds a pipeline with options: Taiwan-standard conversion, ASCII
// punctuation kept, repeated paragraphs kept, and every change printed.
//
//	go run ./examples/custom < testdata/corpus/13_tw-udn_news.txt
package main

import (
	"fmt"
	"io"
	"log"
	"os"

	"github.com/zhnorm/zhnorm/normalize"
)

func main() {
	raw, err := io.ReadAll(os.Stdin)
	if err != nil {
		log.Fatal(err)
	}
	n := normalize.New(
		normalize.WithVariant(normalize.TW2S),
		normalize.KeepPunctuation(),
		normalize.NoDedupe(),
	)
	res, err := n.Normalize(raw)
	if err != nil {
		log.Fatal(err)
	}
	fmt.Print(res.Text)
	for _, c := range res.Changes {
		fmt.Fprintln(os.Stderr, c)
	}
}
