package main

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/graphq/graphq/graph/diagram"
)

var dotUsage = usage{
	synopsis: "dot [--db PATH] [--focus NAME] [--depth N] [--predicates p,q] [--types T,U] [--source ARTICLE] [--max-nodes N] [--lang en|id] [--format dot|mermaid|svg|png] [-o FILE]",
	about: `
Draws the graph, or the neighbourhood of one entity, as Graphviz DOT,
Mermaid, or (through the dot program) SVG or PNG. Edges are merged over the
articles that state them.`,
	examples: []string{
		`graphq dot --focus "Ketut Suiasa" --depth 2 | dot -Tsvg > suiasa.svg`,
		`graphq dot --source 000_1da8f10a785c8fae --format mermaid -o article.mmd`,
	},
}

func runDot(ctx context.Context, e *env, args []string) int {
	fs := newFlagSet(e, "dot")
	db := dbFlag(fs, e)
	var opt diagram.Options
	var predicates, types, source, output string
	fs.StringVar(&opt.Focus, "focus", "", "draw only around this entity `name` or alias")
	fs.IntVar(&opt.Depth, "depth", 1, "hops around --focus")
	fs.StringVar(&predicates, "predicates", "", "comma-separated `predicates` to keep (default: the institutional ones)")
	fs.StringVar(&types, "types", "", "comma-separated entity `types` to keep, e.g. Person,Organization")
	fs.StringVar(&source, "source", "", "draw only what this `article` states")
	fs.IntVar(&opt.MaxNodes, "max-nodes", 60, "cap on nodes; what is left out is noted")
	fs.StringVar(&opt.Lang, "lang", "en", "edge label language: en or id")
	fs.StringVar(&opt.Format, "format", "dot", "output format: dot, mermaid, svg or png")
	fs.StringVar(&opt.Title, "title", "", "diagram title")
	fs.StringVar(&output, "o", "", "write to `file` instead of standard output")
	rest, code, ok := parseArgs(e, fs, dotUsage, args)
	if !ok {
		return code
	}
	if len(rest) > 0 {
		errorf(e, "dot: unexpected argument %q; run 'graphq dot --help' for usage", rest[0])
		return exitUsage
	}
	opt.Predicates = splitList(predicates)
	opt.Types = splitList(types)
	if source != "" {
		opt.Sources = []string{source}
	}

	s, err := openStore(ctx, *db, true)
	if err != nil {
		errorf(e, "dot: %v", err)
		return exitFail
	}
	g, err := s.Subgraph(ctx, source)
	if err != nil {
		errorf(e, "dot: read graph: %v", err)
		return closeStore(e, s, exitFail)
	}
	if err := writeOutput(e, output, func(w io.Writer) error { return diagram.Render(w, g, opt) }); err != nil {
		errorf(e, "dot: %v", err)
		return closeStore(e, s, exitFail)
	}
	return closeStore(e, s, exitOK)
}

// splitList turns "a, b,,c" into [a b c].
func splitList(s string) []string {
	var out []string
	for _, f := range strings.Split(s, ",") {
		if f = strings.TrimSpace(f); f != "" {
			out = append(out, f)
		}
	}
	return out
}

// writeOutput runs write on the -o file, or on standard output when path is
// empty or "-". A failed write removes the half-written file.
func writeOutput(e *env, path string, write func(io.Writer) error) error {
	if path == "" || path == "-" {
		bw := bufio.NewWriter(e.stdout)
		if err := write(bw); err != nil {
			return err
		}
		return bw.Flush()
	}
	f, err := os.Create(path)
	if err != nil {
		return fmt.Errorf("create output: %w", err)
	}
	bw := bufio.NewWriter(f)
	err = write(bw)
	if err == nil {
		err = bw.Flush()
	}
	if cerr := f.Close(); err == nil && cerr != nil {
		err = fmt.Errorf("close %s: %w", path, cerr)
	}
	if err != nil {
		_ = os.Remove(path)
	}
	return err
}
