package graph

import (
	"context"
	"path/filepath"
	"sync"
	"testing"
)

// BenchmarkAddResult replaces one 50-fact article on bolt, alternating two
// versions so that every iteration writes a real difference.
func BenchmarkAddResult(b *testing.B) {
	s := openTestStore(b, Config{Path: filepath.Join(b.TempDir(), "db")})
	one, two := bigArticle("000_a", 50), bigArticle("000_a", 40)
	for i := 0; b.Loop(); i++ {
		r := one
		if i%2 == 1 {
			r = two
		}
		if _, err := s.AddResult(context.Background(), r); err != nil {
			b.Fatal(err)
		}
	}
}

// Readers and writers may share a Store; on memstore this is what the race
// detector checks.
func TestConcurrentUse(t *testing.T) {
	forEachBackend(t, func(t *testing.T, open func(testing.TB) *Store) {
		ctx := context.Background()
		s := open(t)
		var wg sync.WaitGroup
		errs := make(chan error, 64)
		for i := range 4 {
			wg.Add(2)
			go func() {
				defer wg.Done()
				src := []string{"000_a", "001_b"}[i%2]
				for range 3 {
					if _, err := s.AddResult(ctx, suiasa(src)); err != nil {
						errs <- err
					}
				}
			}()
			go func() {
				defer wg.Done()
				for range 3 {
					if _, err := s.Query(ctx, `g.V().Has("<type>", "Person").All()`, QueryOptions{}); err != nil {
						errs <- err
					}
					if _, err := s.Lookup(ctx, "Ketut Suiasa"); err != nil {
						errs <- err
					}
				}
			}()
		}
		wg.Wait()
		close(errs)
		for err := range errs {
			t.Error(err)
		}
		fresh := open(t)
		mustAdd(t, fresh, suiasa("000_a"))
		mustAdd(t, fresh, suiasa("001_b"))
		if got, want := exportString(t, s), exportString(t, fresh); got != want {
			t.Errorf("after concurrent writes:\n%s\nwant\n%s", got, want)
		}
		mustCheck(t, s)
	})
}
