// Corpus cleans a JSON Lines corpus: it reads objects with a "text" field
// on stdin and writes them to stdout with the text cleaned, using every core
// and keeping the input order.
//
//	go run ./examples/corpus < testdata/jsonl/cc-wet-zh-100.jsonl > clean.jsonl
package main

import (
	"bufio"
	"encoding/json"
	"log"
	"os"
	"runtime"
	"sync"

	"github.com/zhnorm/zhnorm/normalize"
)

func main() {
	n := normalize.New() // one Normalizer, shared: it is safe for concurrent use
	in := bufio.NewScanner(os.Stdin)
	in.Buffer(make([]byte, 1<<20), 64<<20)
	out := json.NewEncoder(os.Stdout)
	out.SetEscapeHTML(false)

	type job struct {
		doc  map[string]any
		done chan struct{}
	}
	jobs := make(chan *job, runtime.NumCPU())
	queue := make(chan *job, 4*runtime.NumCPU()) // order of output
	var wg sync.WaitGroup
	for range runtime.NumCPU() {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				if text, ok := j.doc["text"].(string); ok {
					res := n.NormalizeString(text)
					j.doc["text"] = res.Text
					j.doc["zhnorm"] = res.Stats()
				}
				close(j.done)
			}
		}()
	}
	go func() {
		for line := 1; in.Scan(); line++ {
			var doc map[string]any
			if err := json.Unmarshal(in.Bytes(), &doc); err != nil {
				log.Fatalf("stdin:%d: %v", line, err)
			}
			j := &job{doc: doc, done: make(chan struct{})}
			queue <- j
			jobs <- j
		}
		if err := in.Err(); err != nil {
			log.Fatal(err)
		}
		close(jobs)
		close(queue)
	}()
	for j := range queue {
		<-j.done
		if err := out.Encode(j.doc); err != nil {
			log.Fatal(err)
		}
	}
	wg.Wait()
}
