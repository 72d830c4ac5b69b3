package diagram

import "sort"

// Node is one entity of a diagram.
type Node struct {
	// ID is stable and unique in a Graph (the entity IRI without brackets).
	ID    string
	Label string
	// Type is an entity type of the schema: Person, Position, Organization,
	// Group, Event, Place, Date, Document.
	Type    string
	Aliases []string
}

// Edge is one relationship, merged over every article that states it.
type Edge struct {
	From, To  string // Node IDs
	Predicate string // a core predicate name, e.g. "represents"
	// Count is how many articles state the edge; Sources names them.
	Count   int
	Sources []string
}

// Graph is the diagram model: what package graph reads out of a store and
// what the writers draw.
type Graph struct {
	Nodes []Node
	Edges []Edge
}

// Sort orders nodes by ID and edges by From, To and Predicate, so that equal
// graphs compare and draw equal.
func (g *Graph) Sort() {
	sort.SliceStable(g.Nodes, func(i, j int) bool { return g.Nodes[i].ID < g.Nodes[j].ID })
	sort.SliceStable(g.Edges, func(i, j int) bool {
		a, b := g.Edges[i], g.Edges[j]
		if a.From != b.From {
			return a.From < b.From
		}
		if a.To != b.To {
			return a.To < b.To
		}
		return a.Predicate < b.Predicate
	})
}
