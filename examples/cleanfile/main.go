// Cleanfile prints the clean article text of one crawled page, and what was
// dropped or rewritten and why.
//
//	go run ./examples/cleanfile testdata/corpus/001_ea434ea53d8dbac5.txt
package main

import (
	"fmt"
	"log"
	"os"

	"github.com/zhnorm/zhnorm/normalize"
)

func main() {
	if len(os.Args) != 2 {
		log.Fatal("usage: cleanfile FILE")
	}
	raw, err := os.ReadFile(os.Args[1])
	if err != nil {
		log.Fatal(err)
	}
	res, err := normalize.New().Normalize(raw) // any charset: GB18030, Big5, UTF-16, UTF-8
	if err != nil {
		log.Fatal(err)
	}
	fmt.Printf("charset %s, %d of %d paragraphs kept\n\n", res.Charset, len(res.Paragraphs), res.InputParagraphs)
	fmt.Print(res.Text)
	fmt.Println("\nchanges by stage and reason:")
	for reason, n := range res.Stats().Reasons {
		fmt.Printf("  %-32s %d\n", reason, n)
	}
}
