package diagram

import (
	"fmt"
	"strconv"
)

// diagramView is a filtered graph with everything a writer needs.
type diagramView struct {
	g       *Graph
	opt     Options // normalized
	omitted Omitted
	focus   map[string]bool
	layout  layout
	key     map[string]int // node ID -> 1-based position in g.Nodes (sorted by ID)
}

func newView(g *Graph, opt Options, omitted Omitted) *diagramView {
	v := &diagramView{g: g, opt: opt, omitted: omitted, key: map[string]int{}}
	v.focus = map[string]bool{}
	if opt.Focus != "" {
		for _, id := range focusIDs(g, opt.Focus) {
			v.focus[id] = true
		}
	}
	for i, n := range g.Nodes {
		v.key[n.ID] = i + 1
	}
	v.layout = newLayout(g, !opt.NoClusters)
	return v
}

// edgeLabel is the predicate's label with the merged count ("represents ×2").
func (v *diagramView) edgeLabel(e Edge) string {
	l := CleanLabel(PredicateLabel(e.Predicate, v.opt.Lang))
	if e.Count > 1 {
		l += " ×" + strconv.Itoa(e.Count)
	}
	return l
}

// caption is the title and, when the cap left something out, a note.
func (v *diagramView) caption() []string {
	var lines []string
	if t := CleanLabel(v.opt.Title); t != "" {
		lines = append(lines, t)
	}
	if v.omitted.Any() {
		lines = append(lines, omittedNote(v.omitted, v.opt.MaxNodes, v.opt.Lang))
	}
	return lines
}

// typesPresent are the entity types drawn, in legend order.
func (v *diagramView) typesPresent() []string {
	present := map[string]bool{}
	for _, n := range v.g.Nodes {
		t, _ := styleOf(n.Type)
		present[t] = true
	}
	var out []string
	for _, t := range typeOrder {
		if present[t] {
			out = append(out, t)
		}
	}
	return out
}

// omittedNote says what the cap left out, in lang.
func omittedNote(o Omitted, maxNodes int, lang string) string {
	if lang == "id" {
		return fmt.Sprintf("%d simpul dan %d relasi tidak ditampilkan (batas %d simpul)", o.Nodes, o.Edges, maxNodes)
	}
	return fmt.Sprintf("%s (limit %d nodes)", o, maxNodes)
}

// nodeLabel is a node's cleaned label, or its cleaned ID when it has none.
func nodeLabel(n Node) string {
	if l := CleanLabel(n.Label); l != "" {
		return l
	}
	return CleanLabel(n.ID)
}
