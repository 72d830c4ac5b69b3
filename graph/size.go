package graph

import (
	"context"

	"github.com/cayleygraph/cayley"
	"github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"
)

// Size is what a store can count without reading its quads.
type Size struct {
	Articles, Quads int
}

// Size counts the store's articles and quads from its indexes and the
// backend's own quad counter: unlike Stats, which reads every quad, it
// takes about a second on a store of tens of millions of quads, so that a
// build summary or a REPL banner never waits on the whole store.
func (s *Store) Size(ctx context.Context) (Size, error) {
	var sz Size
	err := s.read(func() error {
		var err error
		if sz.Quads, err = quadCount(ctx, s.qs); err != nil {
			return s.wrap("count quads", err)
		}
		sz.Articles, err = articleCount(ctx, s.qs)
		return s.wrap("count articles", err)
	})
	return sz, err
}

// quadTotal is the store's quad count, all a build summary needs: counting
// articles reads one quad per article from all over the file.
func (s *Store) quadTotal(ctx context.Context) (int, error) {
	var n int
	err := s.read(func() error {
		var err error
		n, err = quadCount(ctx, s.qs)
		return s.wrap("count quads", err)
	})
	return n, err
}

// quadCount is the backend's own count where it keeps an exact one (the
// KV stores and memstore keep a counter; PostgreSQL counts rows), else a
// scan.
//
// It asks for an estimate first: an exact Stats also counts the nodes,
// which on the KV stores reads the whole store, while their quad count is
// exact either way. PostgreSQL estimates unless asked for exact counts.
func quadCount(ctx context.Context, qs graph.QuadStore) (int, error) {
	for _, exact := range []bool{false, true} {
		st, err := qs.Stats(ctx, exact)
		if err != nil {
			return 0, err
		}
		if st.Quads.Exact {
			return int(st.Quads.Size), nil
		}
	}
	return countIter(ctx, qs.QuadsAllIterator(), nil)
}

// articleCount follows <type> "Article" backwards: on the KV stores an
// index prefix scan that never reads the quads themselves.
func articleCount(ctx context.Context, qs graph.QuadStore) (int, error) {
	n, err := cayley.StartPath(qs, quad.String(articleType)).In(predType).Iterate(ctx).Count()
	return int(n), err
}
