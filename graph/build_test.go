package graph

import (
	"bytes"
	"compress/gzip"
	"context"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/graphq/graphq/extract"
)

const buildSeedDir = "../seeds"

// openBuildStore opens a real bolt store in a temporary directory.
func openBuildStore(t *testing.T) *Store {
	t.Helper()
	s, err := Open(context.Background(), Config{Backend: "bolt", Path: filepath.Join(t.TempDir(), "g.db")})
	if err != nil {
		t.Fatalf("open store: %v", err)
	}
	t.Cleanup(func() {
		if err := s.Close(); err != nil {
			t.Errorf("close store: %v", err)
		}
	})
	return s
}

// badInputDir holds one seed article, an empty file and a binary file.
func badInputDir(t *testing.T) (dir, good string) {
	t.Helper()
	dir = t.TempDir()
	text, err := os.ReadFile(filepath.Join(buildSeedDir, "000_1da8f10a785c8fae.txt"))
	if err != nil {
		t.Fatal(err)
	}
	good = filepath.Join(dir, "good.txt")
	files := map[string][]byte{
		good:                            text,
		filepath.Join(dir, "empty.txt"): nil,
		filepath.Join(dir, "image.txt"): {0x89, 'P', 'N', 'G', 0, 0, 0, 0x0d, 0xff, 0xfe, 0, 1, 2, 3},
	}
	for name, data := range files {
		if err := os.WriteFile(name, data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir, good
}

func TestBuildSeedsCountsEveryArticle(t *testing.T) {
	s := openBuildStore(t)
	var calls, indexing int
	sum, err := s.Build(context.Background(), []string{buildSeedDir}, BuildOptions{
		Workers: 2,
		Progress: func(p BuildProgress) {
			if p.Indexing {
				indexing++
			} else {
				calls++
			}
		},
	})
	if err != nil {
		t.Fatalf("Build: %v", err)
	}
	if sum.Articles != 5 || sum.Skipped != 0 || len(sum.Problems) != 0 {
		t.Errorf("Build(seeds) = %d articles, %d skipped %v; want 5, 0", sum.Articles, sum.Skipped, sum.Problems)
	}
	if calls != 5 || indexing != 1 {
		t.Errorf("Progress called %d times, and %d for indexing; want once per article (5), and once as the first build's bulk load writes its indexes", calls, indexing)
	}
	if sum.BulkLoaded != 5 {
		t.Errorf("first build bulk loaded %d of 5 articles", sum.BulkLoaded)
	}
	st, err := s.Stats(context.Background())
	if err != nil {
		t.Fatalf("Stats: %v", err)
	}
	if st.Articles != 5 {
		t.Errorf("Stats.Articles = %d after building 5 seeds", st.Articles)
	}
	if sum.Quads != st.Quads || sum.Entities != st.Entities {
		t.Errorf("summary quads/entities %d/%d differ from Stats %d/%d", sum.Quads, sum.Entities, st.Quads, st.Entities)
	}
}

// Rebuilding replaces each article, and the worker count must not change
// what is stored.
func TestBuildIsIdempotentAndIndependentOfWorkers(t *testing.T) {
	ctx := context.Background()
	s := openBuildStore(t)
	first, err := s.Build(ctx, []string{buildSeedDir}, BuildOptions{Workers: 1})
	if err != nil {
		t.Fatalf("first Build: %v", err)
	}
	var firstExport strings.Builder
	if err := s.Export(ctx, &firstExport, "nquads"); err != nil {
		t.Fatalf("Export: %v", err)
	}
	for _, workers := range []int{1, 4} {
		again, err := s.Build(ctx, []string{buildSeedDir}, BuildOptions{Workers: workers})
		if err != nil {
			t.Fatalf("Build again with %d workers: %v", workers, err)
		}
		if again.Quads != first.Quads || again.Entities != first.Entities {
			t.Errorf("rebuild with %d workers: quads %d entities %d; first build: quads %d entities %d",
				workers, again.Quads, again.Entities, first.Quads, first.Entities)
		}
		var export strings.Builder
		if err := s.Export(ctx, &export, "nquads"); err != nil {
			t.Fatalf("Export: %v", err)
		}
		if !sameLines(firstExport.String(), export.String()) {
			t.Errorf("rebuild with %d workers changed the exported quads", workers)
		}
	}
}

func TestBuildSkipsBadFilesAndLoadsGoodOnes(t *testing.T) {
	dir, _ := badInputDir(t)
	s := openBuildStore(t)
	sum, err := s.Build(context.Background(), []string{dir}, BuildOptions{})
	if err != nil {
		t.Fatalf("Build: %v", err)
	}
	if sum.Articles != 1 {
		t.Errorf("Articles = %d, want 1 (good.txt)", sum.Articles)
	}
	if sum.Skipped != 2 || len(sum.Problems) != 2 {
		t.Fatalf("Skipped = %d, Problems = %v; want empty.txt and image.txt", sum.Skipped, sum.Problems)
	}
	for i, want := range []string{"empty.txt", "image.txt"} {
		p := sum.Problems[i]
		if filepath.Base(p.File) != want || p.Reason == "" {
			t.Errorf("Problems[%d] = %+v, want %s with a reason", i, p, want)
		}
	}
}

func TestBuildStopsWhenCancelled(t *testing.T) {
	s := openBuildStore(t)
	ctx, cancel := context.WithCancel(context.Background())
	sum, err := s.Build(ctx, []string{buildSeedDir}, BuildOptions{
		Workers:   1,
		BatchSize: 1, // else the first batch may hold every seed
		Progress:  func(BuildProgress) { cancel() },
	})
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("Build after cancel: err = %v, want context.Canceled", err)
	}
	if sum.Articles >= 5 {
		t.Errorf("cancelled build still stored %d articles", sum.Articles)
	}
}

func TestBuildSkipUnchangedRedoesOnlyChangedArticles(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	seeds, err := filepath.Glob(filepath.Join(buildSeedDir, "*.txt"))
	if err != nil || len(seeds) != 5 {
		t.Fatalf("seeds: %v %v", seeds, err)
	}
	for _, p := range seeds {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, filepath.Base(p)), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	s := openBuildStore(t)
	first, err := s.Build(ctx, []string{dir}, BuildOptions{SkipUnchanged: true})
	if err != nil {
		t.Fatal(err)
	}
	if first.Articles != 5 || first.Unchanged != 0 {
		t.Fatalf("first build: %d articles, %d unchanged; want 5, 0", first.Articles, first.Unchanged)
	}

	changed := filepath.Join(dir, filepath.Base(seeds[0]))
	f, err := os.OpenFile(changed, os.O_APPEND|os.O_WRONLY, 0)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := f.WriteString("\nBupati Badung menghadiri rapat paripurna.\n"); err != nil {
		t.Fatal(err)
	}
	if err := f.Close(); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name                string
		skip                bool
		articles, unchanged int
	}{
		{"resume", true, 1, 4},
		{"resume again", true, 0, 5},
		{"full rebuild", false, 5, 0},
	}
	for _, tt := range tests {
		sum, err := s.Build(ctx, []string{dir}, BuildOptions{SkipUnchanged: tt.skip})
		if err != nil {
			t.Fatalf("%s: %v", tt.name, err)
		}
		if sum.Articles != tt.articles || sum.Unchanged != tt.unchanged {
			t.Errorf("%s: %d articles, %d unchanged; want %d, %d", tt.name, sum.Articles, sum.Unchanged, tt.articles, tt.unchanged)
		}
	}
}

func TestBuildBatchSizeDoesNotChangeTheGraph(t *testing.T) {
	ctx := context.Background()
	var exports []string
	for _, size := range []int{1, 3, 0} {
		s := openBuildStore(t)
		if _, err := s.Build(ctx, []string{buildSeedDir}, BuildOptions{BatchSize: size}); err != nil {
			t.Fatalf("Build with batch %d: %v", size, err)
		}
		var b strings.Builder
		if err := s.Export(ctx, &b, "nquads"); err != nil {
			t.Fatal(err)
		}
		exports = append(exports, b.String())
	}
	for i := 1; i < len(exports); i++ {
		if !sameLines(exports[0], exports[i]) {
			t.Errorf("batch sizes 1 and %d stored different graphs", []int{1, 3, 0}[i])
		}
	}
}

func TestBuildReportsMissingPath(t *testing.T) {
	s := openBuildStore(t)
	missing := filepath.Join(t.TempDir(), "nope")
	sum, err := s.Build(context.Background(), []string{missing}, BuildOptions{})
	// input.Walk may report a missing path as a Problem or as an error;
	// either way it must not pass silently.
	if err == nil && sum.Skipped == 0 {
		t.Errorf("Build(%s) = %+v, nil: a missing path went unreported", missing, sum)
	}
	if sum.Articles != 0 {
		t.Errorf("Build of a missing path stored %d articles", sum.Articles)
	}
}

func TestAddArticleStoresOneArticle(t *testing.T) {
	ctx := context.Background()
	s := openBuildStore(t)
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	a := extract.Article{Source: "a1", Text: "Bupati Badung Wayan Adi Arnawa menghadiri rapat paripurna DPRD Badung."}
	for _, ex := range []*extract.Extractor{x, nil} {
		if _, err := s.AddArticle(ctx, ex, a); err != nil {
			t.Fatalf("AddArticle: %v", err)
		}
	}
	st, err := s.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if st.Articles != 1 {
		t.Errorf("Stats.Articles = %d after adding one article twice, want 1", st.Articles)
	}
}

func sameLines(a, b string) bool {
	count := map[string]int{}
	for _, l := range strings.Split(a, "\n") {
		count[l]++
	}
	for _, l := range strings.Split(b, "\n") {
		count[l]--
	}
	for _, n := range count {
		if n != 0 {
			return false
		}
	}
	return true
}

// TestBuildProgressCountsInputBytes: for a directory and for a gzipped
// corpus, Progress reports the input's size (once measured) and a count of
// bytes read that only grows, never past the size, so a caller can draw a
// bar and estimate the time left.
func TestBuildProgressCountsInputBytes(t *testing.T) {
	var corpus bytes.Buffer
	zw := gzip.NewWriter(&corpus)
	var dirSize int64
	entries, err := os.ReadDir(buildSeedDir)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		text, err := os.ReadFile(filepath.Join(buildSeedDir, e.Name()))
		if err != nil {
			t.Fatal(err)
		}
		dirSize += int64(len(text))
		line, err := json.Marshal(map[string]string{"id": strings.TrimSuffix(e.Name(), ".txt"), "text": string(text)})
		if err != nil {
			t.Fatal(err)
		}
		if _, err := zw.Write(append(line, '\n')); err != nil {
			t.Fatal(err)
		}
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	gz := filepath.Join(t.TempDir(), "seeds.jsonl.gz")
	if err := os.WriteFile(gz, corpus.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}

	tests := []struct {
		name string
		path string
		size int64
	}{
		{"directory", buildSeedDir, dirSize},
		{"gzipped JSON Lines", gz, int64(corpus.Len())},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var reports []BuildProgress
			sum, err := openBuildStore(t).Build(context.Background(), []string{tc.path}, BuildOptions{
				Workers:  2,
				Progress: func(p BuildProgress) { reports = append(reports, p) },
			})
			if err != nil || sum.Articles != len(entries) {
				t.Fatalf("Build = %d articles, %v; want %d", sum.Articles, err, len(entries))
			}
			measured := false
			var last int64
			for i, p := range reports {
				if p.BytesTotal != 0 && p.BytesTotal != tc.size {
					t.Errorf("report %d: BytesTotal = %d, want %d (or 0 before it is measured)", i+1, p.BytesTotal, tc.size)
				}
				if p.BytesRead < last || p.BytesRead > tc.size || p.BytesRead == 0 {
					t.Errorf("report %d: BytesRead = %d after %d, want it growing, above 0 and at most %d", i+1, p.BytesRead, last, tc.size)
				}
				last = p.BytesRead
				measured = measured || p.BytesTotal == tc.size
			}
			if !measured {
				t.Errorf("no report gave the input size %d: %+v", tc.size, reports)
			}
		})
	}
}
