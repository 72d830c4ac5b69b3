package main

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/graphq/graphq/graph"
	"github.com/graphq/graphq/graph/diagram"
)

func (r *repl) metaSchema(ctx context.Context, _ string) metaResult {
	var g *diagram.Graph
	err := r.interruptible(ctx, func(ctx context.Context) error {
		var err error
		g, err = r.store.Subgraph(ctx, "")
		return err
	})
	if err != nil {
		r.fail("schema: %v", err)
		return metaContinue
	}
	preds, types := schemaRecords(g)
	if err := writeRecords(r.out, r.format, []string{"predicate", "edges", "subject -> object"}, preds); err != nil {
		r.fail("%v", err)
		return metaContinue
	}
	if r.format == formatTable {
		fmt.Fprintln(r.out)
	}
	if err := writeRecords(r.out, r.format, []string{"type", "entities"}, types); err != nil {
		r.fail("%v", err)
		return metaContinue
	}
	if r.format == formatTable {
		_, _, all := r.names.snapshot()
		if other := otherPredicates(all); len(other) > 0 {
			fmt.Fprintf(r.out, "\nother predicates: %s\n", strings.Join(other, ", "))
		}
		fmt.Fprintln(r.out, `
Entities are <type:Name> IRIs with "<name>", "<type>" and "<alias>"; each
fact is also a <fact:SOURCE/N> node with "<subject>", "<predicate>",
"<object>", "<sentence>", "<source>", "<rule>" and "<confidence>".`)
	}
	return metaContinue
}

// schemaRecords counts, per predicate, its edges and the entity types it
// links, and the entities of each type.
func schemaRecords(g *diagram.Graph) (preds, types []map[string]any) {
	typeOf := map[string]string{}
	typeCount := map[string]int{}
	for _, n := range g.Nodes {
		t := n.Type
		if t == "" {
			t = "(none)"
		}
		typeOf[n.ID] = t
		typeCount[t]++
	}
	edges := map[string]int{}
	domains := map[string]map[string]int{}
	for _, e := range g.Edges {
		edges[e.Predicate]++
		if domains[e.Predicate] == nil {
			domains[e.Predicate] = map[string]int{}
		}
		domains[e.Predicate][typeOf[e.From]+" -> "+typeOf[e.To]]++
	}
	for _, p := range sortedKeysOfInt(edges) {
		var pairs []string
		d := domains[p]
		keys := sortedKeysOfInt(d)
		sort.SliceStable(keys, func(i, j int) bool { return d[keys[i]] > d[keys[j]] })
		for _, k := range keys {
			pairs = append(pairs, fmt.Sprintf("%s (%d)", k, d[k]))
		}
		preds = append(preds, map[string]any{"predicate": "<" + p + ">", "edges": edges[p], "subject -> object": pairs})
	}
	for _, t := range sortedKeysOfInt(typeCount) {
		types = append(types, map[string]any{"type": t, "entities": typeCount[t]})
	}
	return preds, types
}

// otherPredicates are the predicates in use that are neither core
// predicates nor the model's own.
func otherPredicates(all []string) []string {
	known := map[string]bool{"graphq:schemaVersion": true}
	for _, p := range append(append([]string{}, modelPredicates...), graph.CorePredicates...) {
		known[p] = true
	}
	var out []string
	for _, p := range all {
		if !known[p] {
			out = append(out, "<"+p+">")
		}
	}
	return out
}

func sortedKeysOfInt(m map[string]int) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

// diagramFormat picks the diagram format from a file's extension.
func diagramFormat(path string) string {
	switch strings.ToLower(filepath.Ext(path)) {
	case ".mmd", ".mermaid":
		return "mermaid"
	case ".svg":
		return "svg"
	case ".png":
		return "png"
	}
	return "dot"
}

func (r *repl) metaDot(ctx context.Context, arg string) metaResult {
	if arg == "" {
		r.fail(":dot wants a file name, e.g. :dot result.dot")
		return metaContinue
	}
	var g *diagram.Graph
	err := r.interruptible(ctx, func(ctx context.Context) error {
		entities, err := r.lastEntities(ctx)
		if err != nil {
			return err
		}
		if len(entities) == 0 {
			return fmt.Errorf("the last result names no entity; run a query or :find first")
		}
		if g, err = r.store.Subgraph(ctx, ""); err != nil {
			return err
		}
		g = restrictDiagram(g, entities)
		return nil
	})
	if err != nil {
		r.fail("dot: %v", err)
		return metaContinue
	}
	opt := diagram.Options{
		// Every core predicate: the user chose these nodes, so no edge
		// among them is hidden by the default selection.
		Predicates: graph.CorePredicates,
		MaxNodes:   max(60, len(g.Nodes)),
		Format:     diagramFormat(arg),
	}
	if err := writeDiagramFile(arg, g, opt); err != nil {
		r.fail("dot: %v", err)
		return metaContinue
	}
	r.note("wrote %s: %s, %s", arg, plural(len(g.Nodes), "node"), plural(len(g.Edges), "edge"))
	return metaContinue
}

// restrictDiagram keeps the entities and the edges among them; a single
// entity keeps its neighbours too, or it would be drawn alone.
func restrictDiagram(g *diagram.Graph, entities []graph.EntityInfo) *diagram.Graph {
	keep := map[string]bool{}
	for _, e := range entities {
		keep[e.IRI] = true
	}
	if len(entities) == 1 {
		for _, e := range g.Edges {
			if keep[e.From] || keep[e.To] {
				keep[e.From], keep[e.To] = true, true
			}
		}
	}
	out := &diagram.Graph{Nodes: []diagram.Node{}, Edges: []diagram.Edge{}}
	for _, n := range g.Nodes {
		if keep[n.ID] {
			out.Nodes = append(out.Nodes, n)
		}
	}
	for _, e := range g.Edges {
		if keep[e.From] && keep[e.To] {
			out.Edges = append(out.Edges, e)
		}
	}
	return out
}

// writeDiagramFile renders into path, removing a half-written file on
// failure.
func writeDiagramFile(path string, g *diagram.Graph, opt diagram.Options) error {
	f, err := os.Create(path)
	if err != nil {
		return fmt.Errorf("create %s: %w", path, err)
	}
	if err := diagram.Render(f, g, opt); err != nil {
		f.Close()
		os.Remove(path)
		return fmt.Errorf("render %s: %w", path, err)
	}
	if err := f.Close(); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	return nil
}
