package graph

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"testing"
	"time"
)

// bigStore returns a bolt store directory holding the first
// GRAPHQ_BENCH_BIG_ARTICLES (default 4200, about 1.05M quads) articles of
// the seed-1 corpus, building it on first use. It is kept between runs
// under GRAPHQ_BENCH_STORE (default $TMPDIR/graphq-bench-seed1-N), since
// building it takes a minute; a build that did not finish is not reused.
func bigStore(b *testing.B) string {
	b.Helper()
	n := envInt("GRAPHQ_BENCH_BIG_ARTICLES", 4200)
	dir := os.Getenv("GRAPHQ_BENCH_STORE")
	if dir == "" {
		dir = filepath.Join(os.TempDir(), fmt.Sprintf("graphq-bench-seed1-%d", n))
	}
	if _, err := os.Stat(filepath.Join(dir, BoltFile)); err == nil {
		return dir
	}
	tmp := dir + ".building"
	os.RemoveAll(tmp)
	start := time.Now()
	rs := corpusResults(b, n)
	extracted := time.Since(start)
	s, err := Open(context.Background(), Config{Path: tmp})
	if err != nil {
		b.Fatal(err)
	}
	addResultsInBatches(b, s, rs, loadBatch)
	st := mustStats(b, s)
	if err := s.Close(); err != nil {
		b.Fatal(err)
	}
	if err := os.Rename(tmp, dir); err != nil {
		b.Fatal(err)
	}
	b.Logf("built %s: %d articles, %d quads; extraction %s, load %s", dir, n, st.Quads,
		extracted.Round(time.Millisecond), (time.Since(start) - extracted).Round(time.Millisecond))
	return dir
}

// BenchmarkBuildBig extracts and loads the big store from scratch (4
// extraction goroutines, AddResults batches) and reports its quads/s and
// the process's peak RSS. Run it alone (-run XXX -bench BuildBig
// -benchtime 1x) so that VmHWM is the build's.
func BenchmarkBuildBig(b *testing.B) {
	n := envInt("GRAPHQ_BENCH_BIG_ARTICLES", 4200)
	quads := 0
	for b.Loop() {
		b.StopTimer()
		dir := filepath.Join(b.TempDir(), "db")
		corpusMu.Lock()
		delete(corpusCache, n)
		corpusMu.Unlock()
		b.StartTimer()
		rs := corpusResults(b, n)
		s, err := Open(context.Background(), Config{Path: dir})
		if err != nil {
			b.Fatal(err)
		}
		addResultsInBatches(b, s, rs, loadBatch)
		b.StopTimer()
		quads = mustStats(b, s).Quads
		s.Close()
		os.RemoveAll(dir)
		b.StartTimer()
	}
	b.ReportMetric(float64(quads), "quads")
	b.ReportMetric(float64(quads*b.N)/b.Elapsed().Seconds(), "quads/s")
	b.ReportMetric(peakRSSMB(), "peakRSS_MB")
}

// benchQuery is one of the fixed Gizmo questions of the scale benchmark.
type benchQuery struct{ name, gizmo string }

// benchQueries are asked of the big store; the entities are the corpus's
// most reported ones (Badung is the most frequent region of seed 1).
//
// Every hop is followed by Unique(): an entity has its edges and its
// <name> once per article that mentions it (quads are labelled by
// article), so without it paths multiply article by article; Holders
// written as In("<holds>").Out("<name>").Unique() took over 30 s on bolt.
func benchQueries(b *testing.B, s *Store) []benchQuery {
	rows, err := s.Query(context.Background(), `g.V("<position:Bupati_Badung>").In("<holds>").Unique().Out("<name>").All()`, QueryOptions{})
	if err != nil || len(rows) == 0 {
		b.Fatalf("no holder of Bupati Badung in the big store: %v %v", rows, err)
	}
	person := fmt.Sprint(rows[0].(map[string]any)["id"])
	core := `["<` + strings.Join(CorePredicates, `>","<`) + `>"]`
	return []benchQuery{
		// Who shares an event, position or body with one named person.
		{"TwoHop", fmt.Sprintf(`g.V().Has("<name>", %q).Out(%s).Unique().In(%s).Unique().All()`, person, core, core)},
		// The same, every answer: the whole two-hop neighbourhood is walked.
		{"TwoHopCount", fmt.Sprintf(`g.Emit(g.V().Has("<name>", %q).Out(%s).Unique().In(%s).Unique().Count())`, person, core, core)},
		// The way a newcomer writes a hop: one predicate, from Has. Cayley's
		// own planner scans every <holds> quad for it (see plannedKV).
		{"HasOut", fmt.Sprintf(`g.V().Has("<name>", %q).Out("<holds>").Unique().In("<holds>").Unique().All()`, person)},
		{"Holders", `g.V("<position:Bupati_Badung>").In("<holds>").Unique().Out("<name>").Unique().All()`},
		{"OrgEvents", `g.V("<organization:BKN>").Out("<organizes>").Unique().Out("<name>").Unique().All()`},
		{"ArticleFacts", `g.V("<article:gen-1-0000005>").In("<source>").Save("<subject>", "s").Save("<predicate>", "p").Save("<object>", "o").All()`},
	}
}

// BenchmarkQueryBig asks the fixed queries of the big store on bolt and on
// its in-memory copy (Store.InMemory) and reports p50 and p95 latency in
// ms (run with -benchtime 20x or more for meaningful percentiles), the rows
// returned (limit 100, as in the REPL) and, for the copy, its load time and
// heap size.
func BenchmarkQueryBig(b *testing.B) {
	ctx := context.Background()
	dir := bigStore(b)
	bolt, err := Open(ctx, Config{Path: dir, ReadOnly: true})
	if err != nil {
		b.Fatal(err)
	}
	defer bolt.Close()
	var before runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	start := time.Now()
	mem, err := bolt.InMemory(ctx)
	if err != nil {
		b.Fatal(err)
	}
	loadTime := time.Since(start)
	var after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&after)
	defer mem.Close()
	heapMB := float64(after.HeapAlloc-before.HeapAlloc) / (1 << 20)
	queries := benchQueries(b, bolt)
	for _, st := range []struct {
		name  string
		store *Store
	}{{"bolt", bolt}, {"memory", mem}} {
		for _, q := range queries {
			b.Run(st.name+"/"+q.name, func(b *testing.B) {
				var lat []time.Duration
				rows := 0
				for b.Loop() {
					t0 := time.Now()
					out, err := st.store.Query(ctx, q.gizmo, QueryOptions{})
					lat = append(lat, time.Since(t0))
					if err != nil {
						b.Fatalf("%s: %v", q.gizmo, err)
					}
					rows = len(out)
				}
				slices.Sort(lat)
				pct := func(p float64) float64 {
					return float64(lat[min(len(lat)-1, int(p*float64(len(lat))))].Microseconds()) / 1000
				}
				b.ReportMetric(pct(0.50), "p50_ms")
				b.ReportMetric(pct(0.95), "p95_ms")
				b.ReportMetric(float64(rows), "rows")
				if st.name == "memory" {
					b.ReportMetric(loadTime.Seconds(), "copy_s")
					b.ReportMetric(heapMB, "copy_heap_MB")
				}
			})
		}
	}
}
