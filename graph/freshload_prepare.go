package graph

import (
	"fmt"

	"github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"
	"github.com/graphq/graphq/extract"
)

// freshArticle is one article's quads made ready, on an extraction worker,
// for the freshLoader: values hashed and encoded once per article, quads as
// indexes into them, so the single writer only looks up and appends.
type freshArticle struct {
	label  quad.IRI
	values []freshValue
	// quads hold, per direction (subject, predicate, object, label), an
	// index into values. Every graphq quad has all four.
	quads    [][4]int32
	facts    int
	entities []quad.IRI
}

// freshValue is a node as Cayley's KV layer stores it: its hash (the key
// of its id and reference count) and its encoded value (its log entry).
type freshValue struct {
	hash    graph.ValueHash
	encoded []byte
}

// prepareFresh turns an extraction into a freshArticle, its quads in a
// fixed order so that a corpus always loads the same way.
func prepareFresh(r extract.Result) (*freshArticle, error) {
	a, err := buildArticleQuads(r)
	if err != nil {
		return nil, err
	}
	fa := &freshArticle{label: a.label, facts: a.facts, quads: make([][4]int32, 0, len(a.quads))}
	index := make(map[quad.Value]int32, len(a.quads))
	valueIndex := func(v quad.Value) (int32, error) {
		if i, ok := index[v]; ok {
			return i, nil
		}
		fv, err := newFreshValue(v)
		if err != nil {
			return 0, err
		}
		i := int32(len(fa.values))
		fa.values = append(fa.values, fv)
		index[v] = i
		return i, nil
	}
	for _, k := range sortedKeys(a.quads) {
		q := a.quads[k]
		var refs [4]int32
		for d, v := range [4]quad.Value{q.Subject, q.Predicate, q.Object, q.Label} {
			if refs[d], err = valueIndex(v); err != nil {
				return nil, fmt.Errorf("article %s: %w", r.Article.Source, err)
			}
		}
		fa.quads = append(fa.quads, refs)
	}
	for iri := range a.entities {
		fa.entities = append(fa.entities, iri)
	}
	return fa, nil
}
