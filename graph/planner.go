package graph

import (
	"bytes"
	"context"
	"encoding/binary"

	"github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/graph/kv"
	"github.com/cayleygraph/cayley/graph/shape"
	"github.com/cayleygraph/quad"
	bolt "github.com/coreos/bbolt"
)

// plannedKV wraps Cayley v0.7.7's KV quad store to mend two faults of its
// query planning that make the most natural Gizmo queries read the whole
// store on bolt:
//
//   - Cayley never turns a traversal whose quad directions are all fixed
//     ("g.V(x).Out(p)", "Has(p, v)") into a scan of the index that holds
//     those values: the rule that makes the scan (shape.NodesFrom's
//     QuadsAction) is skipped whenever a store has an optimizer of its own,
//     which the KV store has. OptimizeShape applies it.
//   - Cayley estimates any index prefix at half the store, so when a hop
//     starts from a set of nodes, as after Has, the planner prefers a scan
//     of every quad with the hop's predicate (no index starts with the
//     predicate) to looking up the few nodes it has. Index scans and
//     per-node lookups here report the quads they will give, counted in the
//     index up to countLimit.
//
// With them, `g.V().Has("<name>", X).Out("<holds>")` on 5M quads answers in
// milliseconds instead of running past its timeout. Results are the same:
// only the order in which iterators are intersected changes (a test
// compares answers with and without).
type plannedKV struct {
	graph.QuadStore
	kv      *kv.QuadStore
	db      *bolt.DB
	indexes []kv.QuadIndex
}

// countLimit bounds the quads counted for one estimate (a key scan of a
// few ms): past it the count so far serves as a lower bound, which still
// ranks a prefix against a scan of the whole store, as half the store,
// Cayley's estimate, does not.
const countLimit = 100_000

func newPlannedKV(qs graph.QuadStore, db *bolt.DB, indexes []kv.QuadIndex) graph.QuadStore {
	k, ok := qs.(*kv.QuadStore)
	if !ok || db == nil || len(indexes) == 0 {
		return qs
	}
	return &plannedKV{QuadStore: qs, kv: k, db: db, indexes: indexes}
}

var (
	_ shape.Optimizer      = (*plannedKV)(nil)
	_ graph.BatchQuadStore = (*plannedKV)(nil)
)

// ValuesOf keeps Cayley's batch lookup, which the embedding would hide.
func (p *plannedKV) ValuesOf(ctx context.Context, vals []graph.Ref) ([]quad.Value, error) {
	return p.kv.ValuesOf(ctx, vals)
}

// RefsOf keeps Cayley's batch lookup, which the embedding would hide.
func (p *plannedKV) RefsOf(ctx context.Context, nodes []quad.Value) ([]graph.Ref, error) {
	return p.kv.RefsOf(ctx, nodes)
}

// NewQuadWriter keeps Cayley's bulk writer reachable (benchmarks compare
// with it).
func (p *plannedKV) NewQuadWriter() (quad.WriteCloser, error) { return p.kv.NewQuadWriter() }

// OptimizeShape turns a traversal with every direction fixed into a
// counted index scan, as Cayley's KV store does for the QuadsAction shapes
// it is given (and is its only rule).
func (p *plannedKV) OptimizeShape(s shape.Shape) (shape.Shape, bool) {
	changed := false
	if nf, ok := s.(shape.NodesFrom); ok {
		// Cayley's own rules for it, which its optimizer skips.
		s, changed = nf.Optimize(nil)
	}
	if qa, ok := s.(shape.QuadsAction); ok && len(qa.Filter) > 0 {
		if scan, ok := p.indexScan(qa.Filter); ok {
			return qa.SimplifyFrom(scan), true
		}
	}
	return s, changed
}

// indexScan is the scan of the first index whose leading directions are
// exactly those of filter, as Cayley chooses one, with its size counted.
func (p *plannedKV) indexScan(filter map[quad.Direction]graph.Ref) (shape.Shape, bool) {
	for _, ind := range p.indexes {
		if len(ind.Dirs) < len(filter) {
			continue
		}
		var vals []uint64
		for _, d := range ind.Dirs[:len(filter)] {
			v, ok := filter[d].(kv.Int64Value)
			if !ok {
				break
			}
			vals = append(vals, uint64(v))
		}
		if len(vals) == len(filter) {
			return countedScan{scan: kv.IndexScan{Index: ind, Values: vals}, size: p.prefixSize(ind, vals)}, true
		}
	}
	return nil, false
}

// QuadIterator is Cayley's, with the size of an index prefix counted.
func (p *plannedKV) QuadIterator(d quad.Direction, v graph.Ref) graph.Iterator {
	it := p.QuadStore.QuadIterator(d, v)
	id, ok := v.(kv.Int64Value)
	if !ok {
		return cancellable(it, nil)
	}
	for _, ind := range p.indexes {
		// Cayley reads one direction from the first index it leads; it
		// counts a whole key itself.
		if ind.Dirs[0] == d && len(ind.Dirs) > 1 {
			// Counted only if the planner asks: Cayley also calls this for
			// every node a hop goes through, and wants no size then.
			return cancellable(it, &lazySize{count: func() graph.Size {
				return p.prefixSize(ind, []uint64{uint64(id)})
			}})
		}
	}
	return cancellable(it, nil)
}

// QuadsAllIterator is Cayley's, stopping when its query is cancelled.
func (p *plannedKV) QuadsAllIterator() graph.Iterator {
	return cancellable(p.QuadStore.QuadsAllIterator(), nil)
}

// NodesAllIterator is Cayley's, stopping when its query is cancelled.
func (p *plannedKV) NodesAllIterator() graph.Iterator {
	return cancellable(p.QuadStore.NodesAllIterator(), nil)
}

// prefixSize counts the quads an index lists under the keys starting with
// vals, exactly up to countLimit.
func (p *plannedKV) prefixSize(ind kv.QuadIndex, vals []uint64) graph.Size {
	prefix := make([]byte, 0, 8*len(vals))
	for _, v := range vals {
		prefix = binary.BigEndian.AppendUint64(prefix, v)
	}
	n, exact := 0, true
	err := p.db.View(func(tx *bolt.Tx) error {
		b := tx.Bucket([]byte(indexBucket(ind)))
		if b == nil {
			return nil
		}
		c := b.Cursor()
		for k, v := c.Seek(prefix); k != nil && bytes.HasPrefix(k, prefix); k, v = c.Next() {
			n += countUvarints(v)
			if n > countLimit {
				exact = false
				return nil
			}
		}
		return nil
	})
	if err != nil {
		return graph.Size{Size: 1 + p.kv.Size()/2}
	}
	return graph.Size{Size: int64(n), Exact: exact && len(vals) == len(ind.Dirs)}
}

// countUvarints counts the ids of an index entry: one byte without its
// high bit ends each.
func countUvarints(b []byte) int {
	n := 0
	for _, c := range b {
		if c < 0x80 {
			n++
		}
	}
	return n
}

// countedScan is Cayley's index scan with a size estimate it can trust.
type countedScan struct {
	scan kv.IndexScan
	size graph.Size
}

func (s countedScan) BuildIterator(qs graph.QuadStore) graph.Iterator {
	if p, ok := qs.(*plannedKV); ok {
		qs = p.kv
	}
	return cancellable(s.scan.BuildIterator(qs), &lazySize{size: s.size, known: true})
}

func (s countedScan) Optimize(shape.Optimizer) (shape.Shape, bool) { return s, false }

// cancellable wraps a leaf iterator of the store so that it stops as soon
// as its query's context ends, and, when size is not nil, reports that
// size to the planner. Cayley's iterators check the context only
// between the results they give, so a query filtering millions of quads
// down to few results ran on for minutes past its timeout, holding a read
// transaction that kept Close waiting.
func cancellable(it graph.Iterator, size *lazySize) graph.Iterator {
	return graph.AsLegacy(&storeShape{IteratorShape: graph.AsShape(it), size: size})
}

// lazySize is a size counted on first use.
type lazySize struct {
	size  graph.Size
	known bool
	count func() graph.Size
}

func (l *lazySize) get() graph.Size {
	if !l.known {
		l.size, l.known = l.count(), true
	}
	return l.size
}

type storeShape struct {
	graph.IteratorShape
	size *lazySize
}

func (s *storeShape) Stats(ctx context.Context) (graph.IteratorCosts, error) {
	c, err := s.IteratorShape.Stats(ctx)
	if s.size != nil {
		c.Size = s.size.get()
	}
	return c, err
}

func (s *storeShape) Optimize(ctx context.Context) (graph.IteratorShape, bool) {
	n, changed := s.IteratorShape.Optimize(ctx)
	if !changed {
		return s, false
	}
	return &storeShape{IteratorShape: n, size: s.size}, true
}

func (s *storeShape) Iterate() graph.Scanner {
	return cancelScanner{s.IteratorShape.Iterate()}
}

type cancelScanner struct{ graph.Scanner }

func (c cancelScanner) Next(ctx context.Context) bool {
	return ctx.Err() == nil && c.Scanner.Next(ctx)
}

func (c cancelScanner) NextPath(ctx context.Context) bool {
	return ctx.Err() == nil && c.Scanner.NextPath(ctx)
}
