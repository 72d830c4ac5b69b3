// Command nereval prints the span precision, recall and F1 of graphq's
// entity mentions per type on a CoNLL NER corpus.
//
//	go run ./extract/nereval/cmd/nereval ../shared/data/ner/idner-news-2k/test.txt
package main

import (
	"fmt"
	"os"

	"github.com/graphq/graphq/extract"
	"github.com/graphq/graphq/extract/nereval"
)

func main() {
	if len(os.Args) != 2 {
		fmt.Fprintln(os.Stderr, "usage: nereval CORPUS.conll")
		os.Exit(2)
	}
	if err := run(os.Args[1]); err != nil {
		fmt.Fprintln(os.Stderr, "nereval:", err)
		os.Exit(1)
	}
}

func run(path string) error {
	x, err := extract.New()
	if err != nil {
		return err
	}
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	rep, err := nereval.Evaluate(x, f)
	if err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	return rep.Write(os.Stdout)
}
