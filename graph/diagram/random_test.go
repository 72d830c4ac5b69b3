package diagram

import (
	"fmt"
	"math/rand"
	"slices"
	"testing"
)

// randomGraph has every entity type and predicate, membership cycles
// between organisations, self-loops, parallel and symmetric edges.
func randomGraph(seed int64, nodes, edges int) *Graph {
	r := rand.New(rand.NewSource(seed))
	g := &Graph{}
	types := slices.Concat(EntityTypes, []string{"", "Thing"})
	for i := range nodes {
		g.Nodes = append(g.Nodes, Node{
			ID:    fmt.Sprintf("e:%d", i),
			Label: fmt.Sprintf("Entity %d %s", i, hostileLabels[r.Intn(len(hostileLabels))]),
			Type:  types[r.Intn(len(types))],
		})
	}
	var orgs []string
	for _, n := range g.Nodes {
		if n.Type == "Organization" {
			orgs = append(orgs, n.ID)
		}
	}
	preds := slices.Concat(corePredicates, []string{"praises", "", "\u200b"})
	for range edges {
		e := Edge{
			From:      g.Nodes[r.Intn(nodes)].ID,
			To:        g.Nodes[r.Intn(nodes)].ID,
			Predicate: preds[r.Intn(len(preds))],
			Count:     r.Intn(3),
			Sources:   []string{fmt.Sprintf("%03d", r.Intn(5))},
		}
		if len(orgs) > 1 && r.Intn(4) == 0 {
			e.From, e.To, e.Predicate = orgs[r.Intn(len(orgs))], orgs[r.Intn(len(orgs))], "memberOf"
		}
		g.Edges = append(g.Edges, e)
	}
	return g
}

func TestRandomGraphsRenderCleanly(t *testing.T) {
	for seed := int64(1); seed <= 12; seed++ {
		g := randomGraph(seed, 50, 120)
		for _, opt := range []Options{{}, {Predicates: []string{"all"}, MaxNodes: 35}, {Lang: "id", MaxNodes: 100, Predicates: []string{"all"}}} {
			t.Run(fmt.Sprintf("seed %d %+v", seed, opt), func(t *testing.T) {
				graphvizSVG(t, []byte(render(t, g, opt)))
				opt.Format = "mermaid"
				checkMermaidSyntax(t, render(t, g, opt))
			})
		}
	}
}

func BenchmarkRenderDOT(b *testing.B) {
	g := randomGraph(1, 2000, 6000)
	for _, maxNodes := range []int{60, 2000} {
		b.Run(fmt.Sprintf("max %d", maxNodes), func(b *testing.B) {
			for b.Loop() {
				if err := Render(discard{}, g, Options{MaxNodes: maxNodes, Predicates: []string{"all"}}); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

type discard struct{}

func (discard) Write(p []byte) (int, error) { return len(p), nil }
