package main

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"sort"
	"strings"

	"github.com/graphq/graphq/graph"
	"github.com/graphq/graphq/graph/diagram"
	// Without Graphviz installed, svg and png are drawn by Graphviz compiled
	// to WebAssembly; the system dot is still used when it is on PATH.
	_ "github.com/graphq/graphq/graph/diagram/wasmgraphviz"
)

var dotUsage = usage{
	synopsis: "dot [--db PATH] [--focus NAME] [--depth N] [--query GIZMO] [--predicates p,q] [--types T,U] [--source ARTICLE] [--max-nodes N] [--no-clusters] [--no-legend] [--lang en|id] [--format dot|mermaid|svg|png] [-o FILE]",
	about: `
Draws the graph, or the neighbourhood of one entity, as Graphviz DOT,
Mermaid, SVG or PNG. Edges are merged over the articles that state them.
--query draws the entities a Gizmo query returns and the edges among them
(one entity alone comes with its neighbours). SVG and PNG use the Graphviz
dot program when it is installed, and an embedded Graphviz otherwise. When
--max-nodes leaves something out, the diagram and stderr say so.`,
	examples: []string{
		`graphq dot --focus "Ketut Suiasa" --depth 2 --format svg -o suiasa.svg`,
		`graphq dot --source 000_1da8f10a785c8fae --format mermaid -o article.mmd`,
		`graphq dot --query 'g.V().Has("<type>","Person").All()' --no-clusters`,
	},
}

// dotQueryRows bounds the rows a --query may return: rows are paths, not
// nodes, so many rows name the same few entities.
const dotQueryRows = 10000

func runDot(ctx context.Context, e *env, args []string) int {
	fs := newFlagSet(e, "dot")
	db := dbFlag(fs, e)
	var opt diagram.Options
	var predicates, types, source, query, output string
	fs.StringVar(&opt.Focus, "focus", "", "draw only around this entity `name` or alias")
	fs.IntVar(&opt.Depth, "depth", 1, "hops around --focus")
	fs.StringVar(&query, "query", "", "draw the entities this `Gizmo` query returns and the edges among them")
	fs.StringVar(&predicates, "predicates", "", "comma-separated `predicates` to keep (default: the institutional ones)")
	fs.StringVar(&types, "types", "", "comma-separated entity `types` to keep, e.g. Person,Organization")
	fs.StringVar(&source, "source", "", "draw only what this `article` states")
	fs.IntVar(&opt.MaxNodes, "max-nodes", 60, "cap on nodes; what is left out is noted")
	fs.BoolVar(&opt.NoClusters, "no-clusters", false, "draw organisations flat, without clusters for their members")
	fs.BoolVar(&opt.NoLegend, "no-legend", false, "leave out the entity-type legend")
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
	if strings.EqualFold(strings.TrimSpace(opt.Format), "png") && (output == "" || output == "-") && isTerminal(e.stdout) {
		errorf(e, "dot: not writing PNG to a terminal; give -o FILE or redirect standard output")
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
	if query != "" {
		if g, err = querySubgraph(ctx, s, g, query); err != nil {
			errorf(e, "dot: %v", err)
			return closeStore(e, s, exitFail)
		}
		// The reader named these entities: an unconnected one is an answer too.
		opt.KeepIsolated = true
	}
	// Filter is what Render will draw: asking it first tells the user on
	// stderr what the cap cut, which a drawing piped elsewhere would hide.
	_, omitted, err := diagram.Filter(g, opt)
	if err != nil {
		errorf(e, "dot: %v", err)
		return closeStore(e, s, exitFail)
	}
	if err := writeOutput(e, output, func(w io.Writer) error { return diagram.Render(w, g, opt) }); err != nil {
		errorf(e, "dot: %v", err)
		return closeStore(e, s, exitFail)
	}
	if omitted.Any() {
		fmt.Fprintf(e.stderr, "graphq: dot: %s and %s left out (cap --max-nodes %d)\n",
			plural(omitted.Nodes, "node"), plural(omitted.Edges, "edge"), opt.MaxNodes)
	}
	return closeStore(e, s, exitOK)
}

// querySubgraph keeps the part of g that a Gizmo query names: its entities
// and the edges among them (diagram.Subset).
func querySubgraph(ctx context.Context, s *graph.Store, g *diagram.Graph, src string) (*diagram.Graph, error) {
	results, err := s.Query(ctx, src, graph.QueryOptions{Limit: dotQueryRows})
	if err != nil {
		return nil, fmt.Errorf("query: %s", queryErrorText(err, graph.DefaultQueryTimeout))
	}
	if len(results) == 0 {
		return nil, errors.New("query: no results, nothing to draw")
	}
	sub := diagram.Subset(g, entityIRIs(results))
	if len(sub.Nodes) == 0 {
		return nil, fmt.Errorf("query: none of its %s names an entity of the graph (entities look like <person:Ketut_Suiasa>)", plural(len(results), "result"))
	}
	return sub, nil
}

// entityIRIs collects, sorted and once each, every "<iri>" string in query
// results, however deeply nested in tags, lists or emitted objects; the
// brackets are dropped, as in diagram node IDs.
func entityIRIs(results []any) []string {
	seen := map[string]bool{}
	var walk func(v any)
	walk = func(v any) {
		switch v := v.(type) {
		case string:
			if len(v) > 2 && strings.HasPrefix(v, "<") && strings.HasSuffix(v, ">") {
				seen[v[1:len(v)-1]] = true
			}
		case []any:
			for _, x := range v {
				walk(x)
			}
		case map[string]any:
			for _, x := range v {
				walk(x)
			}
		}
	}
	for _, r := range results {
		walk(r)
	}
	out := make([]string, 0, len(seen))
	for iri := range seen {
		out = append(out, iri)
	}
	sort.Strings(out)
	return out
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
