// Command corpusgen writes a deterministic synthetic Indonesian news corpus
// as JSON Lines ({"id","title","date","url","text"}), gzipped when the
// output name ends in .gz:
//
//	go run ./bench/corpusgen -n 100000 -seed 1 -o /tmp/corpus.jsonl.gz
//
// The same -n and -seed give the same bytes. -mklists rebuilds the word
// lists embedded in bench/corpus from the shared data directory.
package main

import (
	"compress/gzip"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/graphq/graphq/bench/corpus"
)

func main() {
	n := flag.Int("n", 1000, "number of articles")
	seed := flag.Int64("seed", 1, "random seed")
	out := flag.String("o", "-", "output file (.jsonl or .jsonl.gz); - is stdout")
	mklists := flag.String("mklists", "", "rebuild the word lists from this shared data directory, then exit")
	listDir := flag.String("listdir", "bench/corpus/data", "where -mklists writes the lists")
	flag.Parse()
	if err := run(*n, *seed, *out, *mklists, *listDir); err != nil {
		fmt.Fprintln(os.Stderr, "corpusgen:", err)
		os.Exit(1)
	}
}

func run(n int, seed int64, out, mklists, listDir string) error {
	if mklists != "" {
		return corpus.BuildLists(mklists, listDir)
	}
	if n < 0 {
		return fmt.Errorf("-n must not be negative")
	}
	var w io.Writer = os.Stdout
	if out != "-" {
		f, err := os.Create(out)
		if err != nil {
			return fmt.Errorf("create output: %w", err)
		}
		defer f.Close()
		w = f
		if strings.HasSuffix(out, ".gz") {
			// No name and a zero time in the header, so the bytes depend
			// only on the content.
			zw := gzip.NewWriter(f)
			if err := corpus.New(seed).WriteJSONL(zw, n); err != nil {
				return err
			}
			if err := zw.Close(); err != nil {
				return fmt.Errorf("write %s: %w", out, err)
			}
			return f.Close()
		}
	}
	if err := corpus.New(seed).WriteJSONL(w, n); err != nil {
		return err
	}
	if f, ok := w.(*os.File); ok && f != os.Stdout {
		return f.Close()
	}
	return nil
}
