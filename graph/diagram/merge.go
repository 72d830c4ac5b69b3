package diagram

import (
	"slices"
	"sort"
)

// symmetric predicates hold both ways; they are merged whatever the
// direction they were stated in and drawn without arrowheads.
var symmetric = map[string]bool{"cooperatesWith": true}

type edgeKey struct{ from, to, predicate string }

// mergeEdges merges parallel edges (same endpoints and predicate; either
// direction for symmetric predicates), summing counts and uniting sources.
// An edge without a count counts once. The result is sorted.
func mergeEdges(edges []Edge) []Edge {
	merged := map[edgeKey]*Edge{}
	for _, e := range edges {
		k := edgeKey{e.From, e.To, e.Predicate}
		if symmetric[e.Predicate] && k.to < k.from {
			k.from, k.to = k.to, k.from
		}
		m, ok := merged[k]
		if !ok {
			m = &Edge{From: k.from, To: k.to, Predicate: k.predicate}
			merged[k] = m
		}
		m.Count += max(e.Count, 1)
		m.Sources = append(m.Sources, e.Sources...)
	}
	out := make([]Edge, 0, len(merged))
	for _, m := range merged {
		slices.Sort(m.Sources)
		m.Sources = slices.Compact(m.Sources)
		// Several articles stating one fact count once each: when the
		// sources say more than the summed counts, trust the sources.
		m.Count = max(m.Count, len(m.Sources))
		out = append(out, *m)
	}
	sortEdges(out)
	return out
}

func sortEdges(edges []Edge) {
	sort.Slice(edges, func(i, j int) bool {
		a, b := edges[i], edges[j]
		if a.From != b.From {
			return a.From < b.From
		}
		if a.To != b.To {
			return a.To < b.To
		}
		return a.Predicate < b.Predicate
	})
}
