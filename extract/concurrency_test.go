package extract

import (
	"os"
	"path/filepath"
	"reflect"
	"sync"
	"testing"
)

// One Extractor serves many goroutines at once (the CLI and the store
// extract articles in parallel), and its caches fill while they run: every
// goroutine must get what a lone extraction gets. Run with -race.
func TestExtractConcurrently(t *testing.T) {
	paths, _ := filepath.Glob("testdata/articles/*.txt")
	seeds, _ := filepath.Glob("../seeds/*.txt")
	paths = append(paths, seeds...)
	if len(paths) == 0 {
		t.Skip("no articles")
	}
	var articles []Article
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		articles = append(articles, Article{Source: filepath.Base(p), Text: string(b)})
	}
	lone, err := New()
	if err != nil {
		t.Fatal(err)
	}
	want := make([]Result, len(articles))
	for i, a := range articles {
		want[i] = lone.Extract(a)
	}
	shared, err := New() // cold caches, filled by the goroutines below
	if err != nil {
		t.Fatal(err)
	}
	const workers = 8
	got := make([][]Result, workers)
	var wg sync.WaitGroup
	for w := range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			// Each worker starts at a different article, so that the same
			// words are first met by different goroutines.
			got[w] = make([]Result, len(articles))
			for k := range articles {
				i := (k + w*len(articles)/workers) % len(articles)
				got[w][i] = shared.Extract(articles[i])
			}
		}()
	}
	wg.Wait()
	for w := range workers {
		for i := range articles {
			if !reflect.DeepEqual(got[w][i], want[i]) {
				t.Errorf("worker %d, %s: the result differs from a lone extraction", w, articles[i].Source)
			}
		}
	}
}
