package graph

import (
	"bufio"
	"bytes"
	"context"
	"os"
	"path/filepath"
	"sync/atomic"
	"testing"

	"github.com/cayleygraph/quad"
	"github.com/cayleygraph/quad/nquads"
	"github.com/graphq/graphq/extract"
)

// loadBatch is how many articles AddResults takes at once in the
// benchmarks: a few hundred amortise the bbolt commit; more only grows the
// transaction.
const loadBatch = 256

// BenchmarkLoadBolt loads the same extracted articles into a fresh bolt
// store three ways and reports quads/s:
//
//   - AddResult: one article per call (one or two transactions each);
//   - AddResults: loadBatch articles per call;
//   - BulkLoad: the path of a first build into an empty store (freshLoader),
//     quads made on one goroutine as AddResults makes them (Build makes
//     them on its extraction workers);
//   - CayleyBulk: Cayley v0.7.7's own bulk loader path (what `cayley load`
//     does: an N-Quads reader copied by quad.CopyBatch into the store's
//     qs.NewQuadWriter()), on the N-Quads Export writes for the same
//     articles, parsing included.
//
// GRAPHQ_BENCH_ARTICLES sets the article count (default 1000, about 250k
// quads). Run with -benchtime 1x: an iteration is a whole load.
func BenchmarkLoadBolt(b *testing.B) {
	ctx := context.Background()
	rs := corpusResults(b, envInt("GRAPHQ_BENCH_ARTICLES", 1000))
	nq, quads := exportNQuads(b, rs)

	load := func(b *testing.B, fill func(*Store)) {
		for b.Loop() {
			b.StopTimer()
			dir := filepath.Join(b.TempDir(), "db")
			b.StartTimer()
			s, err := Open(ctx, Config{Path: dir})
			if err != nil {
				b.Fatal(err)
			}
			fill(s)
			if err := s.Close(); err != nil {
				b.Fatal(err)
			}
			b.StopTimer()
			os.RemoveAll(dir)
			b.StartTimer()
		}
		b.ReportMetric(float64(quads*b.N)/b.Elapsed().Seconds(), "quads/s")
		b.ReportMetric(float64(quads), "quads")
	}
	b.Run("AddResult", func(b *testing.B) {
		load(b, func(s *Store) {
			for _, r := range rs {
				if _, err := s.AddResult(ctx, r); err != nil {
					b.Fatal(err)
				}
			}
		})
	})
	b.Run("AddResults", func(b *testing.B) {
		load(b, func(s *Store) { addResultsInBatches(b, s, rs, loadBatch) })
	})
	b.Run("BulkLoad", func(b *testing.B) {
		load(b, func(s *Store) { freshLoadResults(b, s, rs) })
	})
	b.Run("CayleyBulk", func(b *testing.B) {
		load(b, func(s *Store) { cayleyBulkLoad(b, s, nq) })
	})
}

func addResultsInBatches(b testing.TB, s *Store, rs []extract.Result, size int) {
	for len(rs) > 0 {
		n := min(size, len(rs))
		if _, err := s.AddResults(context.Background(), rs[:n]); err != nil {
			b.Fatal(err)
		}
		rs = rs[n:]
	}
}

// freshLoadResults writes rs into an empty store through the bulk load.
func freshLoadResults(b testing.TB, s *Store, rs []extract.Result) {
	l, err := s.startFreshLoad(context.Background(), BuildOptions{})
	if err != nil || l == nil {
		b.Fatalf("no bulk load into a new store: %v", err)
	}
	for _, r := range rs {
		fa, err := prepareFresh(r)
		if err == nil {
			err = l.add(fa)
		}
		if err != nil {
			l.abort()
			b.Fatal(err)
		}
	}
	w := &buildWriter{s: s, sum: &BuildSummary{}, entities: map[quad.IRI]struct{}{}, fresh: l, freshActive: new(atomic.Bool)}
	if err := w.installFresh(); err != nil {
		b.Fatal(err)
	}
}

// exportNQuads writes the articles' quads, without the store's meta quad
// (a fresh store has it already), to an N-Quads file and counts them.
func exportNQuads(b *testing.B, rs []extract.Result) (path string, quads int) {
	b.Helper()
	mem, err := OpenMemory()
	if err != nil {
		b.Fatal(err)
	}
	defer mem.Close()
	addResultsInBatches(b, mem, rs, len(rs))
	path = filepath.Join(b.TempDir(), "articles.nq")
	f, err := os.Create(path)
	if err != nil {
		b.Fatal(err)
	}
	w := bufio.NewWriter(f)
	if err := mem.Export(context.Background(), w, "nquads"); err != nil {
		b.Fatal(err)
	}
	if err := w.Flush(); err != nil {
		b.Fatal(err)
	}
	f.Close()
	// Drop the meta quad: rewrite without lines labelled <graphq:meta>.
	data, err := os.ReadFile(path)
	if err != nil {
		b.Fatal(err)
	}
	var kept []byte
	for _, line := range bytes.Split(data, []byte("\n")) {
		if len(line) == 0 || bytes.HasSuffix(line, []byte("<graphq:meta> .")) {
			continue
		}
		kept = append(append(kept, line...), '\n')
		quads++
	}
	if err := os.WriteFile(path, kept, 0o644); err != nil {
		b.Fatal(err)
	}
	return path, quads
}

// cayleyBulkLoad is cayley load's path (its internal/load package cannot be
// imported): parse N-Quads and copy them in batches into the bulk writer,
// which keeps one bbolt transaction per 200k quads and the write lock until
// Close. Safe only for quads the store does not hold (trap 5).
func cayleyBulkLoad(b testing.TB, s *Store, path string) {
	bw, ok := s.qs.(interface {
		NewQuadWriter() (quad.WriteCloser, error)
	})
	if !ok {
		b.Fatalf("%T has no bulk writer", s.qs)
	}
	w, err := bw.NewQuadWriter()
	if err != nil {
		b.Fatal(err)
	}
	f, err := os.Open(path)
	if err != nil {
		b.Fatal(err)
	}
	defer f.Close()
	r := nquads.NewReader(bufio.NewReaderSize(f, 1<<20), false)
	if _, err := quad.CopyBatch(w, r, quad.DefaultBatch); err != nil {
		b.Fatal(err)
	}
	if err := w.Close(); err != nil {
		b.Fatal(err)
	}
}
