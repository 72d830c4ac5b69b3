package graph

import (
	"context"
	"io"
	"runtime"
	"runtime/metrics"
	"sync"
	"testing"
	"time"
)

// BenchmarkExportBig and BenchmarkCheckBig run Export and Check on the big
// bolt store (bigStore; GRAPHQ_BENCH_BIG_ARTICLES articles) and report the
// peak live heap while they run: what must stay bounded as the store grows.
//
//	go test ./graph/ -run XXX -bench 'ExportBig|CheckBig' -benchtime 1x
func BenchmarkExportBig(b *testing.B) {
	benchBig(b, func(ctx context.Context, s *Store) error {
		return s.Export(ctx, io.Discard, "nquads")
	})
}

func BenchmarkCheckBig(b *testing.B) {
	benchBig(b, func(ctx context.Context, s *Store) error {
		problems, err := s.Check(ctx)
		if err == nil && len(problems) > 0 {
			b.Errorf("%d problems in the big store, first %q", len(problems), problems[0])
		}
		return err
	})
}

func benchBig(b *testing.B, run func(context.Context, *Store) error) {
	ctx := context.Background()
	s, err := Open(ctx, Config{Path: bigStore(b), ReadOnly: true})
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	b.ReportAllocs()
	runtime.GC()
	peak := startHeapSampler()
	for b.Loop() {
		if err := run(ctx, s); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(peak())/(1<<20), "peakHeap_MB")
}

// startHeapSampler samples the live heap every few milliseconds (through
// runtime/metrics, which does not stop the world) until the returned
// function is called, which gives the peak seen.
func startHeapSampler() (stop func() uint64) {
	sample := []metrics.Sample{{Name: "/memory/classes/heap/objects:bytes"}}
	var mu sync.Mutex
	var peak uint64
	done := make(chan struct{})
	finished := make(chan struct{})
	go func() {
		defer close(finished)
		tick := time.NewTicker(5 * time.Millisecond)
		defer tick.Stop()
		for {
			metrics.Read(sample)
			mu.Lock()
			peak = max(peak, sample[0].Value.Uint64())
			mu.Unlock()
			select {
			case <-done:
				return
			case <-tick.C:
			}
		}
	}()
	return func() uint64 {
		close(done)
		<-finished
		mu.Lock()
		defer mu.Unlock()
		return peak
	}
}
