package graph

import (
	"bufio"
	"os"
	"strconv"
	"strings"
	"sync"
	"testing"

	"github.com/graphq/graphq/bench/corpus"
	"github.com/graphq/graphq/extract"
)

// Helpers of the scale benchmarks (load_bench_test.go, query_bench_test.go):
// extractions of the synthetic corpus of bench/corpus, seed 1.

// envInt reads a benchmark size from the environment.
func envInt(name string, def int) int {
	if n, err := strconv.Atoi(os.Getenv(name)); err == nil && n > 0 {
		return n
	}
	return def
}

var (
	corpusMu    sync.Mutex
	corpusCache = map[int][]extract.Result{}
)

// corpusResults extracts articles 0..n-1 of the seed-1 corpus on every CPU,
// once per n and process.
func corpusResults(tb testing.TB, n int) []extract.Result {
	tb.Helper()
	corpusMu.Lock()
	defer corpusMu.Unlock()
	if rs, ok := corpusCache[n]; ok {
		return rs
	}
	g := corpus.New(1)
	rs := make([]extract.Result, n)
	workers := max(1, min(n, 4))
	var wg sync.WaitGroup
	errs := make(chan error, workers)
	for w := range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			x, err := extract.New()
			if err != nil {
				errs <- err
				return
			}
			for i := w; i < n; i += workers {
				r := g.Article(i)
				rs[i] = x.Extract(extract.Article{Source: r.ID, Title: r.Title, Date: r.Date, URL: r.URL, Text: r.Text})
			}
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		tb.Fatal(err)
	}
	corpusCache[n] = rs
	return rs
}

// peakRSSMB is the process's peak resident set (VmHWM) in MB; 0 when
// /proc is not there.
func peakRSSMB() float64 {
	f, err := os.Open("/proc/self/status")
	if err != nil {
		return 0
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if rest, ok := strings.CutPrefix(sc.Text(), "VmHWM:"); ok {
			kb, _ := strconv.Atoi(strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(rest), "kB")))
			return float64(kb) / 1024
		}
	}
	return 0
}
