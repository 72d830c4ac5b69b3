package graph

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"strconv"

	"github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"
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
		return s.releasingWhile(func() error {
			var err error
			st, err = streamStats(ctx, s.qs)
			return s.wrap("count quads", err)
		})
	})
	return st, err
}

// streamStats counts without holding the quads: a build summary on a store
// of tens of millions of quads must not need their size in memory. Facts and
// articles have one <subject> or <type> "Article" quad each; entities repeat
// their <name> once per article, so they alone need a set, of node keys.
func streamStats(ctx context.Context, qs graph.QuadStore) (Stats, error) {
	var st Stats
	var err error
	if st.Quads, err = countIter(ctx, qs.QuadsAllIterator(), nil); err != nil {
		return st, err
	}
	if ref := qs.ValueOf(predSubject); ref != nil {
		if st.Triples, err = countIter(ctx, qs.QuadIterator(quad.Predicate, ref), nil); err != nil {
			return st, err
		}
	}
	if ref := qs.ValueOf(quad.String(articleType)); ref != nil {
		typeRef := qs.ValueOf(predType)
		st.Articles, err = countIter(ctx, qs.QuadIterator(quad.Object, ref), func(r graph.Ref) bool {
			return typeRef != nil && graph.ToKey(qs.QuadDirection(r, quad.Predicate)) == graph.ToKey(typeRef)
		})
		if err != nil {
			return st, err
		}
	}
	if ref := qs.ValueOf(predName); ref != nil {
		seen := map[interface{}]struct{}{}
		_, err = countIter(ctx, qs.QuadIterator(quad.Predicate, ref), func(r graph.Ref) bool {
			seen[graph.ToKey(qs.QuadDirection(r, quad.Subject))] = struct{}{}
			return false
		})
		st.Entities = len(seen)
	}
	return st, err
}

// countIter counts the results of it that keep accepts (all when keep is nil).
func countIter(ctx context.Context, it graph.Iterator, keep func(graph.Ref) bool) (int, error) {
	defer it.Close()
	n := 0
	for it.Next(ctx) {
		if keep == nil || keep(it.Result()) {
			n++
		}
	}
	if err := it.Err(); err != nil {
		return n, err
	}
	return n, ctx.Err()
}

// ExportFormats are the formats Export writes.
var ExportFormats = []string{"nquads"}

// Export writes every quad of the store in format ("nquads", or "nq"),
// sorted as N-Quads lines, so that equal stores export equal bytes. It
// holds no more than a sort run of quads in memory (spillSorter): a store
// of tens of millions of quads exports through temporary files about the
// size of the output.
func (s *Store) Export(ctx context.Context, w io.Writer, format string) error {
	switch format {
	case "nquads", "nq":
	default:
		return fmt.Errorf("unknown export format %q (want nquads)", format)
	}
	var lines spillSorter
	defer lines.close()
	err := s.read(func() error {
		return s.releasingWhile(func() error {
			err := eachQuad(ctx, s.qs, s.qs.QuadsAllIterator(), func(q quad.Quad) error {
				q.Object = exportValue(q.Object)
				if !q.IsValid() {
					return fmt.Errorf("invalid quad %v", q)
				}
				return lines.add(quadKey(q), nil)
			})
			return s.wrap("read quads", err)
		})
	})
	if err != nil {
		return err
	}
	bw := bufio.NewWriterSize(w, 64<<10)
	n := 0
	err = lines.each(func(line string, _ []byte) error {
		if n++; n%4096 == 0 && ctx.Err() != nil {
			return ctx.Err()
		}
		bw.WriteString(line)
		return bw.WriteByte('\n')
	})
	if err == nil {
		err = bw.Flush()
	}
	if err != nil {
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
