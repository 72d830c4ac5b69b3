package diagram

import (
	"errors"
	"fmt"
	"slices"
	"sort"
)

// Filter returns the part of g that opt asks for, and what the MaxNodes
// cap left out. It does not change g.
//
// In order: parallel edges are merged (see Render); edges are kept when
// their predicate is in the predicate set, an article of Sources states
// them, and both ends pass the Types filter; with a Focus, only nodes
// within Depth hops of it (along kept edges, either direction) remain,
// otherwise nodes left without any edge are dropped (unless KeepIsolated);
// finally, above
// MaxNodes, the nodes nearest the focus and then those with the most
// edges are kept (the focus always). The result is sorted by node ID and
// by edge (from, to, predicate), so it does not depend on input order.
//
// A Focus that matches no node's ID, label or alias is an error.
func Filter(g *Graph, opt Options) (*Graph, Omitted, error) {
	if g == nil {
		return nil, Omitted{}, errors.New("diagram: nil graph")
	}
	opt, err := opt.normalized()
	if err != nil {
		return nil, Omitted{}, err
	}
	nodes := uniqueNodes(g.Nodes)

	var focus []string
	if opt.Focus != "" {
		focus = focusIDs(g, opt.Focus)
		if len(focus) == 0 {
			return nil, Omitted{}, fmt.Errorf("diagram: focus %q matches no entity name or alias", opt.Focus)
		}
	}
	isFocus := setOf(focus)

	typeOK := func(id string) bool {
		n, ok := nodes[id]
		if !ok {
			return false
		}
		return len(opt.Types) == 0 || slices.Contains(opt.Types, n.Type) || isFocus[id]
	}
	preds := opt.predicateSet()
	sources := setOf(opt.Sources)
	var edges []Edge
	for _, e := range mergeEdges(g.Edges) {
		if preds != nil && !preds[e.Predicate] {
			continue
		}
		if !typeOK(e.From) || !typeOK(e.To) {
			continue
		}
		if len(sources) > 0 {
			if e = restrictSources(e, sources); e.Count == 0 {
				continue
			}
		}
		edges = append(edges, e)
	}

	var dist map[string]int
	keep := map[string]bool{}
	if len(focus) > 0 {
		dist = distances(focus, edges, opt.Depth)
		for id := range dist {
			keep[id] = true
		}
	} else {
		for _, e := range edges {
			keep[e.From], keep[e.To] = true, true
		}
		if opt.KeepIsolated {
			for id := range nodes {
				if typeOK(id) {
					keep[id] = true
				}
			}
		}
	}
	edges = edgesWithin(edges, keep)

	var omitted Omitted
	if len(keep) > opt.MaxNodes {
		capped := capNodes(keep, edges, dist, isFocus, nodes, opt.MaxNodes)
		before := len(edges)
		edges = edgesWithin(edges, capped)
		omitted = Omitted{Nodes: len(keep) - len(capped), Edges: before - len(edges)}
		keep = capped
	}

	out := &Graph{Nodes: make([]Node, 0, len(keep)), Edges: edges}
	for id := range keep {
		n := nodes[id]
		n.Aliases = slices.Clone(n.Aliases)
		out.Nodes = append(out.Nodes, n)
	}
	sort.Slice(out.Nodes, func(i, j int) bool { return out.Nodes[i].ID < out.Nodes[j].ID })
	if out.Edges == nil {
		out.Edges = []Edge{}
	}
	return out, omitted, nil
}

// uniqueNodes indexes nodes by ID. A repeated ID (a model built by hand
// or from two stores) keeps the smallest label and type whatever the
// input order, and the union of the aliases.
func uniqueNodes(list []Node) map[string]Node {
	nodes := make(map[string]Node, len(list))
	for _, n := range list {
		old, dup := nodes[n.ID]
		if !dup {
			nodes[n.ID] = n
			continue
		}
		aliases := append(slices.Clone(old.Aliases), n.Aliases...)
		if n.Label < old.Label || (n.Label == old.Label && n.Type < old.Type) {
			old = n
		}
		slices.Sort(aliases)
		old.Aliases = slices.Compact(aliases)
		nodes[n.ID] = old
	}
	return nodes
}

// restrictSources keeps only the sources in want; the count becomes how
// many of them state the edge.
func restrictSources(e Edge, want map[string]bool) Edge {
	var kept []string
	for _, s := range e.Sources {
		if want[s] {
			kept = append(kept, s)
		}
	}
	e.Sources, e.Count = kept, len(kept)
	return e
}

// distances is a breadth-first walk from the focus nodes over edges in
// both directions, up to depth hops.
func distances(focus []string, edges []Edge, depth int) map[string]int {
	adj := map[string][]string{}
	for _, e := range edges {
		adj[e.From] = append(adj[e.From], e.To)
		adj[e.To] = append(adj[e.To], e.From)
	}
	dist := map[string]int{}
	frontier := slices.Clone(focus)
	for _, id := range focus {
		dist[id] = 0
	}
	for d := 1; d <= depth && len(frontier) > 0; d++ {
		var next []string
		for _, id := range frontier {
			for _, nb := range adj[id] {
				if _, seen := dist[nb]; !seen {
					dist[nb] = d
					next = append(next, nb)
				}
			}
		}
		frontier = next
	}
	return dist
}

func edgesWithin(edges []Edge, keep map[string]bool) []Edge {
	out := make([]Edge, 0, len(edges))
	for _, e := range edges {
		if keep[e.From] && keep[e.To] {
			out = append(out, e)
		}
	}
	return out
}

// capNodes keeps max nodes of keep: focus first (distance 0), then by
// distance from the focus, then by degree, then by label and ID so that
// ties break the same way every time.
func capNodes(keep map[string]bool, edges []Edge, dist map[string]int, isFocus map[string]bool, nodes map[string]Node, maxNodes int) map[string]bool {
	degree := map[string]int{}
	for _, e := range edges {
		degree[e.From]++
		degree[e.To]++
	}
	ids := make([]string, 0, len(keep))
	for id := range keep {
		ids = append(ids, id)
	}
	sort.Slice(ids, func(i, j int) bool {
		a, b := ids[i], ids[j]
		if dist[a] != dist[b] {
			return dist[a] < dist[b]
		}
		if degree[a] != degree[b] {
			return degree[a] > degree[b]
		}
		if nodes[a].Label != nodes[b].Label {
			return nodes[a].Label < nodes[b].Label
		}
		return a < b
	})
	capped := map[string]bool{}
	for i, id := range ids {
		if i >= maxNodes && !isFocus[id] {
			break
		}
		capped[id] = true
	}
	return capped
}

func setOf(list []string) map[string]bool {
	set := make(map[string]bool, len(list))
	for _, s := range list {
		set[s] = true
	}
	return set
}
