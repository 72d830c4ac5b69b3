package graph

import (
	"context"
	"fmt"
	"strconv"

	"github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"
)

// quadsWith returns the quads whose direction dir is v.
func quadsWith(ctx context.Context, qs graph.QuadStore, dir quad.Direction, v quad.Value) ([]quad.Quad, error) {
	ref := qs.ValueOf(v)
	if ref == nil {
		return nil, nil
	}
	return collectQuads(ctx, qs, qs.QuadIterator(dir, ref))
}

// allQuads returns every quad of the store.
func allQuads(ctx context.Context, qs graph.QuadStore) ([]quad.Quad, error) {
	return collectQuads(ctx, qs, qs.QuadsAllIterator())
}

func collectQuads(ctx context.Context, qs graph.QuadStore, it graph.Iterator) ([]quad.Quad, error) {
	var out []quad.Quad
	err := eachQuad(ctx, qs, it, func(q quad.Quad) error {
		out = append(out, q)
		return nil
	})
	if err != nil {
		return nil, err
	}
	return out, nil
}

// eachQuad calls fn on every quad of it, holding none:
// what Export and Check use to read a store larger than memory.
func eachQuad(ctx context.Context, qs graph.QuadStore, it graph.Iterator, fn func(quad.Quad) error) error {
	defer it.Close()
	for it.Next(ctx) {
		q := qs.Quad(it.Result())
		// The SQL store answers a quad by direction (v) with the full quad; a
		// nil field means the backend lost a value, worth reporting.
		if q.Subject == nil || q.Predicate == nil || q.Object == nil {
			return fmt.Errorf("store returned an incomplete quad %v", q)
		}
		if err := fn(q); err != nil {
			return err
		}
	}
	if err := it.Err(); err != nil {
		return err
	}
	return ctx.Err()
}

// literalString is the text of a literal (or an IRI without brackets).
func literalString(v quad.Value) string {
	switch v := v.(type) {
	case nil:
		return ""
	case quad.String:
		return string(v)
	case quad.IRI:
		return string(v)
	case quad.TypedString:
		return string(v.Value)
	case quad.LangString:
		return string(v.Value)
	case quad.Int:
		return strconv.FormatInt(int64(v), 10)
	case quad.Float:
		return strconv.FormatFloat(float64(v), 'g', -1, 64)
	}
	return v.String()
}

// iriString is an IRI's text, false for other values.
func iriString(v quad.Value) (string, bool) {
	iri, ok := v.(quad.IRI)
	return string(iri), ok
}

func literalInt(v quad.Value) int {
	if i, ok := v.(quad.Int); ok {
		return int(i)
	}
	n, _ := strconv.Atoi(literalString(v))
	return n
}

func literalFloat(v quad.Value) float64 {
	switch v := v.(type) {
	case quad.Float:
		return float64(v)
	case quad.Int:
		return float64(v)
	}
	f, _ := strconv.ParseFloat(literalString(v), 64)
	return f
}
