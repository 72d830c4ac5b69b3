package graph

import (
	"context"

	"github.com/cayleygraph/quad"
	"github.com/graphq/graphq/graph/diagram"
)

// Subgraph reads the entities and core-predicate edges of the store (of one
// article when source is not empty) as a diagram model. An edge stated by
// several articles is one Edge with their sources; nodes and edges are
// sorted, so equal stores give equal models.
func (s *Store) Subgraph(ctx context.Context, source string) (*diagram.Graph, error) {
	var qq []quad.Quad
	err := s.read(func() error {
		var err error
		if source == "" {
			qq, err = allQuads(ctx, s.qs)
		} else {
			qq, err = quadsWith(ctx, s.qs, quad.Label, quad.IRI(ArticleIRI(source)))
		}
		return s.wrap("read subgraph", err)
	})
	if err != nil {
		return nil, err
	}
	return buildSubgraph(qq), nil
}

func buildSubgraph(qq []quad.Quad) *diagram.Graph {
	entityQuads := map[string][]quad.Quad{}
	for _, q := range qq {
		if iri, ok := iriString(q.Subject); ok && (q.Predicate == predName || q.Predicate == predType || q.Predicate == predAlias) {
			entityQuads[iri] = append(entityQuads[iri], q)
		}
	}
	isEntity := func(v quad.Value) (string, bool) {
		iri, ok := iriString(v)
		if !ok {
			return "", false
		}
		for _, q := range entityQuads[iri] {
			if q.Predicate == predName {
				return iri, true
			}
		}
		return "", false
	}

	g := &diagram.Graph{Nodes: []diagram.Node{}, Edges: []diagram.Edge{}}
	for iri, eq := range entityQuads {
		if _, ok := isEntity(quad.IRI(iri)); !ok {
			continue
		}
		e := entityFromQuads(iri, eq)
		g.Nodes = append(g.Nodes, diagram.Node{ID: e.IRI, Label: e.Name, Type: e.Type, Aliases: e.Aliases})
	}

	type edgeKey struct{ from, pred, to string }
	sources := map[edgeKey]map[string]bool{}
	for _, q := range qq {
		pred, _ := iriString(q.Predicate)
		if !isCorePredicate(pred) {
			continue
		}
		from, ok1 := isEntity(q.Subject)
		to, ok2 := isEntity(q.Object)
		label, _ := iriString(q.Label)
		src, ok3 := sourceOfArticle(label)
		if !ok1 || !ok2 || !ok3 {
			continue
		}
		k := edgeKey{from, pred, to}
		if sources[k] == nil {
			sources[k] = map[string]bool{}
		}
		sources[k][src] = true
	}
	for k, srcs := range sources {
		list := sortedSet(srcs)
		g.Edges = append(g.Edges, diagram.Edge{From: k.from, To: k.to, Predicate: k.pred, Count: len(list), Sources: list})
	}
	g.Sort()
	return g
}
