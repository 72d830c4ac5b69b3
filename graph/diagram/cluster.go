package diagram

import "sort"

// layout places nodes in organisation clusters. An Organization gets a
// cluster when something belongs in it: a sub-body (an Organization that
// is memberOf it), a Person whose only headOf/memberOf link points to it,
// or a Position whose holders all sit in it. A node belongs to at most one
// cluster, so a sub-body of several bodies goes under the first by ID and
// a membership cycle is cut.
type layout struct {
	home     map[string]string   // node ID -> the cluster org it is drawn in
	children map[string][]string // cluster org ("" for the root) -> node IDs drawn directly in it, sorted
	clusters map[string]bool     // orgs drawn as clusters
}

func newLayout(g *Graph, clustered bool) layout {
	l := layout{home: map[string]string{}, children: map[string][]string{}, clusters: map[string]bool{}}
	if clustered {
		l.place(g)
	}
	for _, n := range g.Nodes {
		h := l.home[n.ID]
		l.children[h] = append(l.children[h], n.ID)
	}
	for _, ids := range l.children {
		sort.Strings(ids)
	}
	return l
}

func (l *layout) place(g *Graph) {
	typ := map[string]string{}
	for _, n := range g.Nodes {
		typ[n.ID], _ = styleOf(n.Type)
	}
	parents := map[string]map[string]bool{} // org -> bodies it is a member of
	personOrgs := map[string]map[string]bool{}
	holders := map[string]map[string]bool{}
	for _, e := range g.Edges {
		switch {
		case e.Predicate == "memberOf" && typ[e.From] == "Organization" && typ[e.To] == "Organization" && e.From != e.To:
			addTo(parents, e.From, e.To)
		case (e.Predicate == "memberOf" || e.Predicate == "headOf") && typ[e.From] == "Person" && typ[e.To] == "Organization":
			addTo(personOrgs, e.From, e.To)
		case e.Predicate == "holds" && typ[e.From] == "Person" && typ[e.To] == "Position":
			addTo(holders, e.To, e.From)
		}
	}
	for org, ps := range parents {
		l.home[org] = sortedKeys(ps)[0]
	}
	l.cutCycles()
	for person, orgs := range personOrgs {
		if len(orgs) == 1 {
			l.home[person] = sortedKeys(orgs)[0]
		}
	}
	for pos, hs := range holders {
		homes := map[string]bool{}
		for h := range hs {
			homes[l.home[h]] = true
		}
		if len(homes) == 1 && !homes[""] {
			l.home[pos] = sortedKeys(homes)[0]
		}
	}
	for _, org := range l.home {
		l.clusters[org] = true
	}
}

// cutCycles removes the parent link of the first org (by ID) found on a
// membership cycle, until none is left.
func (l *layout) cutCycles() {
	for _, org := range sortedKeys(l.home) {
		seen := map[string]bool{org: true}
		for p, ok := l.home[org]; ok; p, ok = l.home[p] {
			if seen[p] {
				delete(l.home, p)
				break
			}
			seen[p] = true
		}
	}
}

func addTo(m map[string]map[string]bool, k, v string) {
	if m[k] == nil {
		m[k] = map[string]bool{}
	}
	m[k][v] = true
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}
