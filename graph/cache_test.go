package graph

import (
	"context"
	"errors"
	"fmt"
	"path/filepath"
	"reflect"
	"sync"
	"testing"
)

func TestInMemoryCopiesTheStore(t *testing.T) {
	ctx := context.Background()
	rs := generated(t, 12)
	bolt := openTestStore(t, Config{Path: filepath.Join(t.TempDir(), "db")})
	addBatches(t, bolt, rs, 12)
	mem, err := bolt.InMemory(ctx)
	if err != nil {
		t.Fatal(err)
	}
	defer mem.Close()
	if got, want := exportString(t, mem), exportString(t, bolt); got != want {
		t.Fatalf("in-memory copy exports differently:\n%s", firstDiff(got, want))
	}
	mustCheck(t, mem)
	for _, q := range []string{
		`g.V("<position:Bupati_Badung>").In("<holds>").Unique().Out("<name>").All()`,
		`g.V().Has("<type>", "Event").Count()`,
		fmt.Sprintf(`g.V("<article:%s>").In("<source>").Save("<predicate>", "p").All()`, rs[0].Article.Source),
	} {
		want, err := bolt.Query(ctx, q, QueryOptions{Limit: 1000})
		if err != nil {
			t.Fatal(err)
		}
		got, err := mem.Query(ctx, q, QueryOptions{Limit: 1000})
		if err != nil || !sameRows(got, want) {
			t.Errorf("%s: in memory %v (%v), on bolt %v", q, got, err, want)
		}
	}
	if _, err := mem.AddResult(ctx, rs[0]); !errors.Is(err, ErrReadOnly) {
		t.Errorf("AddResult on the in-memory copy: %v, want ErrReadOnly", err)
	}
	// Readers share the copy; the race detector checks it.
	var wg sync.WaitGroup
	for range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if _, err := mem.Query(ctx, `g.V().Has("<type>", "Person").Out().All()`, QueryOptions{}); err != nil {
				t.Error(err)
			}
		}()
	}
	wg.Wait()
}

// sameRows compares result rows ignoring order (backends iterate
// differently).
func sameRows(a, b []any) bool {
	count := map[string]int{}
	for _, r := range a {
		count[fmt.Sprint(r)]++
	}
	for _, r := range b {
		count[fmt.Sprint(r)]--
	}
	for _, n := range count {
		if n != 0 {
			return false
		}
	}
	return len(a) == len(b) || reflect.DeepEqual(a, b)
}
