package graph

import (
	"context"
	"fmt"
	"io"
	"strconv"

	"github.com/cayleygraph/quad"
	"github.com/cayleygraph/quad/nquads"
)

// Stats counts what the store holds.
type Stats struct {
	Articles, Entities, Triples, Quads int
}

// Stats counts what the store holds: article nodes, entity nodes (those with
// a name), fact nodes and quads.
func (s *Store) Stats(ctx context.Context) (Stats, error) {
	var st Stats
	err := s.read(func() error {
		all, err := allQuads(ctx, s.qs)
		if err != nil {
			return s.wrap("read quads", err)
		}
		st = countStats(all)
		return nil
	})
	return st, err
}

func countStats(all []quad.Quad) Stats {
	articles, entities, facts := map[quad.Value]bool{}, map[quad.Value]bool{}, map[quad.Value]bool{}
	for _, q := range all {
		switch q.Predicate {
		case predType:
			if q.Object == quad.String(articleType) {
				articles[q.Subject] = true
			}
		case predName:
			entities[q.Subject] = true
		case predSubject:
			facts[q.Subject] = true
		}
	}
	return Stats{Articles: len(articles), Entities: len(entities), Triples: len(facts), Quads: len(all)}
}

// ExportFormats are the formats Export writes.
var ExportFormats = []string{"nquads"}

// Export writes every quad of the store in format ("nquads", or "nq"),
// sorted, so that equal stores export equal bytes.
func (s *Store) Export(ctx context.Context, w io.Writer, format string) error {
	switch format {
	case "nquads", "nq":
	default:
		return fmt.Errorf("unknown export format %q (want nquads)", format)
	}
	var all []quad.Quad
	err := s.read(func() error {
		var err error
		all, err = allQuads(ctx, s.qs)
		return s.wrap("read quads", err)
	})
	if err != nil {
		return err
	}
	for i := range all {
		all[i].Object = exportValue(all[i].Object)
	}
	sortQuads(all)
	qw := nquads.NewWriter(w)
	if _, err := qw.WriteQuads(all); err != nil {
		return fmt.Errorf("export: %w", err)
	}
	if err := qw.Close(); err != nil {
		return fmt.Errorf("export: %w", err)
	}
	return nil
}

// exportValue writes numbers with full datatype IRIs (Cayley writes
// "xsd:integer", which other RDF tools do not resolve) and floats in their
// shortest form.
func exportValue(v quad.Value) quad.Value {
	switch v := v.(type) {
	case quad.Float:
		return quad.TypedString{Value: quad.String(strconv.FormatFloat(float64(v), 'g', -1, 64)), Type: v.TypedString().Type.Full()}
	case quad.TypedStringer:
		ts := v.TypedString()
		ts.Type = ts.Type.Full()
		return ts
	}
	return v
}
