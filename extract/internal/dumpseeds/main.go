// Command dumpseeds writes the triples of article files as JSON Lines; a
// development aid for tuning rules without a store or the full CLI.
package main

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/graphq/graphq/extract"
)

func main() {
	x, err := extract.New()
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	enc := json.NewEncoder(os.Stdout)
	for _, path := range os.Args[1:] {
		b, err := os.ReadFile(path)
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
		src := strings.TrimSuffix(filepath.Base(path), filepath.Ext(path))
		for _, t := range x.Extract(extract.Article{Source: src, Text: string(b)}).Triples {
			if err := enc.Encode(t); err != nil {
				fmt.Fprintln(os.Stderr, err)
				os.Exit(1)
			}
		}
	}
}
