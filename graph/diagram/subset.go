package diagram

import (
	"slices"
)

// Subset is the part of g made of the nodes ids names (IDs g does not
// have are ignored) and the edges among them. One node alone would be a
// diagram of nothing, so a single id also brings its neighbours, whatever
// the predicate, and the edges among them all. The result is sorted like
// Filter's and shares nothing with g.
func Subset(g *Graph, ids []string) *Graph {
	known := map[string]bool{}
	for _, n := range g.Nodes {
		known[n.ID] = true
	}
	keep := map[string]bool{}
	for _, id := range ids {
		if known[id] {
			keep[id] = true
		}
	}
	if len(keep) == 1 {
		var only string
		for id := range keep {
			only = id
		}
		for _, e := range g.Edges {
			if (e.From == only || e.To == only) && known[e.From] && known[e.To] {
				keep[e.From], keep[e.To] = true, true
			}
		}
	}
	out := &Graph{Nodes: []Node{}, Edges: []Edge{}}
	for _, n := range g.Nodes {
		if keep[n.ID] {
			n.Aliases = slices.Clone(n.Aliases)
			out.Nodes = append(out.Nodes, n)
		}
	}
	for _, e := range g.Edges {
		if keep[e.From] && keep[e.To] {
			e.Sources = slices.Clone(e.Sources)
			out.Edges = append(out.Edges, e)
		}
	}
	out.Sort()
	return out
}
