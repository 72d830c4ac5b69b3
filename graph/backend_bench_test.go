package graph

import (
	"context"
	"testing"
)

// BenchmarkLoadBackends loads the same extracted articles with AddResults
// into a fresh store of every backend (PostgreSQL when a server can be
// started, as in the store tests) and reports quads/s.
// GRAPHQ_BENCH_BACKEND_ARTICLES sets the article count (default 200, about
// 50k quads: PostgreSQL takes Cayley's inserts row by row). Run with
// -benchtime 1x.
func BenchmarkLoadBackends(b *testing.B) {
	rs := corpusResults(b, envInt("GRAPHQ_BENCH_BACKEND_ARTICLES", 200))
	for _, be := range backends(b) {
		b.Run(be.name, func(b *testing.B) {
			quads := 0
			for b.Loop() {
				b.StopTimer()
				s := be.open(b)
				b.StartTimer()
				addResultsInBatches(b, s, rs, loadBatch)
				b.StopTimer()
				sz, err := s.Size(context.Background())
				if err != nil {
					b.Fatal(err)
				}
				quads = sz.Quads
				s.Close()
				b.StartTimer()
			}
			b.ReportMetric(float64(quads*b.N)/b.Elapsed().Seconds(), "quads/s")
			b.ReportMetric(float64(quads), "quads")
		})
	}
}
