// Command nereval prints the span precision, recall and F1 of graphq's
// entity mentions per type on a CoNLL NER corpus.
//
//	go run ./extract/nereval/cmd/nereval [-window N] ../shared/data/ner/idner-news-2k/test.txt
//
// By default each sentence is read alone; -window N reads N consecutive
// sentences together, as the extractor reads an article.
package main

import (
	"flag"
	"fmt"
	"os"

	"github.com/graphq/graphq/extract"
	"github.com/graphq/graphq/extract/nereval"
)

func main() {
	window := flag.Int("window", 1, "sentences read together")
	flag.Parse()
	if flag.NArg() != 1 {
		fmt.Fprintln(os.Stderr, "usage: nereval [-window N] CORPUS.conll")
		os.Exit(2)
	}
	if err := run(flag.Arg(0), *window); err != nil {
		fmt.Fprintln(os.Stderr, "nereval:", err)
		os.Exit(1)
	}
}

func run(path string, window int) error {
	x, err := extract.New()
	if err != nil {
		return err
	}
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	rep, err := nereval.EvaluateWindow(x, f, window)
	if err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	return rep.Write(os.Stdout)
}
