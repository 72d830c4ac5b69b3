// Command gen rewrites the checked-in diagrams of examples/reports from the
// seed articles. Run it from anywhere in the module:
//
//	go generate ./examples/reports
//	go run ./examples/reports/gen
//
// The SVGs need the Graphviz dot program; without it only the DOT and
// Mermaid files are rewritten.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"os"
	"path/filepath"

	"github.com/graphq/graphq/examples/reports"
	"github.com/graphq/graphq/graph/diagram"
)

func main() {
	seeds := flag.String("seeds", "", "seed article `directory` (default: seeds/ of the module)")
	out := flag.String("o", "", "output `directory` (default: examples/reports/ of the module)")
	flag.Parse()
	if err := run(*seeds, *out); err != nil {
		fmt.Fprintln(os.Stderr, "gen:", err)
		os.Exit(1)
	}
}

func run(seeds, out string) error {
	if seeds == "" || out == "" {
		root, err := moduleRoot()
		if err != nil {
			return err
		}
		if seeds == "" {
			seeds = filepath.Join(root, "seeds")
		}
		if out == "" {
			out = filepath.Join(root, "examples", "reports")
		}
	}
	// The checked-in SVGs are the system dot's: bytes from the embedded
	// Graphviz would differ and make the test's comparison meaningless.
	svg := diagram.LayoutEngine() == diagram.SystemDot
	files, err := reports.Generate(context.Background(), seeds, out, svg)
	for _, f := range files {
		fmt.Println("wrote", f)
	}
	if err != nil {
		return err
	}
	if !svg {
		fmt.Fprintln(os.Stderr, "gen: SVGs left as they were: the Graphviz dot program is not on PATH")
	}
	return nil
}

// moduleRoot is the nearest directory above the working directory with a
// go.mod: go generate runs in examples/reports, go run wherever it is typed.
func moduleRoot() (string, error) {
	dir, err := os.Getwd()
	if err != nil {
		return "", fmt.Errorf("working directory: %w", err)
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir, nil
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", errors.New("no go.mod above the working directory; give -seeds and -o")
		}
		dir = parent
	}
}
