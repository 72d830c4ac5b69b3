package graph

import (
	"context"
	"errors"
	"fmt"
	"reflect"
	"sort"
	"strings"
	"testing"
	"time"
)

func TestQuery(t *testing.T) {
	forEachBackend(t, func(t *testing.T, open func(testing.TB) *Store) {
		ctx := context.Background()
		s := open(t)
		mustAdd(t, s, suiasa("000_a"))
		mustAdd(t, s, suiasa("001_b"))

		tests := []struct {
			name, query string
			opt         QueryOptions
			want        []any
		}{
			{"out edge", `g.V("<person:Ketut_Suiasa>").Out("<represents>").All()`, QueryOptions{},
				[]any{map[string]any{"id": "<position:Bupati_Badung>"}, map[string]any{"id": "<position:Bupati_Badung>"}}},
			{"unique names by alias", `g.V().Has("<alias>", "Wabup Ketut Suiasa").Out("<name>").Unique().All()`, QueryOptions{},
				[]any{map[string]any{"id": "Ketut Suiasa"}}},
			{"tags and numbers", `g.V("<fact:000_a/1>").Save("<start>", "start").Save("<confidence>", "conf").Save("<predicate>", "p").All()`, QueryOptions{},
				[]any{map[string]any{"id": "<fact:000_a/1>", "start": int64(0), "conf": 0.95, "p": "represents"}}},
			{"numeric filter", `g.V().Has("<predicate>", "represents").Out("<confidence>").Filter(gt(0.94)).Unique().All()`, QueryOptions{},
				[]any{map[string]any{"id": 0.95}}},
			{"article type", `g.V().Has("<type>", "Article").All()`, QueryOptions{},
				[]any{map[string]any{"id": "<article:000_a>"}, map[string]any{"id": "<article:001_b>"}}},
			{"emit", `g.Emit({n: g.V().Has("<type>", "Article").Count()})`, QueryOptions{},
				[]any{map[string]any{"n": int64(2)}}},
			{"limit", `g.V().Has("<type>", "Person").All()`, QueryOptions{Limit: 1}, nil},
		}
		for _, tt := range tests {
			got, err := s.Query(ctx, tt.query, tt.opt)
			if err != nil {
				t.Errorf("%s: %v", tt.name, err)
				continue
			}
			if tt.name == "limit" {
				if len(got) != 1 {
					t.Errorf("limit 1 gave %d rows: %v", len(got), got)
				}
				continue
			}
			sortRows(got)
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("%s: got %#v, want %#v", tt.name, got, tt.want)
			}
		}
	})
}

// sortRows orders rows by their printed form: backends differ in order.
func sortRows(rows []any) {
	sort.Slice(rows, func(i, j int) bool { return fmt.Sprint(rows[i]) < fmt.Sprint(rows[j]) })
}

func TestQueryDefaultLimit(t *testing.T) {
	s, err := OpenMemory()
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	mustAdd(t, s, bigArticle("000_a", 20))
	all, err := s.Query(context.Background(), `g.V().All()`, QueryOptions{Limit: 1000})
	if err != nil {
		t.Fatal(err)
	}
	if len(all) <= DefaultQueryLimit {
		t.Fatalf("test store too small: %d nodes", len(all))
	}
	got, err := s.Query(context.Background(), `g.V().All()`, QueryOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != DefaultQueryLimit {
		t.Errorf("default limit gave %d rows, want %d", len(got), DefaultQueryLimit)
	}
}

// Each query runs in its own session: a second query works after the first
// one's iterator was closed (Cayley's own REPL fails there).
func TestQueryTwiceInARow(t *testing.T) {
	forEachBackend(t, func(t *testing.T, open func(testing.TB) *Store) {
		s := open(t)
		mustAdd(t, s, suiasa("000_a"))
		for i := range 3 {
			got, err := s.Query(context.Background(), `g.V("<organization:KASN>").Out("<name>").All()`, QueryOptions{})
			if err != nil || len(got) != 1 {
				t.Errorf("query %d: %v, %v", i+1, got, err)
			}
		}
	})
}

func TestQueryInfiniteLoopTimesOut(t *testing.T) {
	s, err := OpenMemory()
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	_, err = s.Query(context.Background(), `while(true){}`, QueryOptions{Timeout: 200 * time.Millisecond})
	if !errors.Is(err, ErrQueryTimeout) {
		t.Fatalf("while(true){} returned %v, want ErrQueryTimeout", err)
	}
	// The store is still usable: the interrupted script let go of it.
	if got, err := s.Query(context.Background(), `g.V().Has("<type>", "Article").All()`, QueryOptions{}); err != nil || len(got) != 0 {
		t.Errorf("query after a timeout: %v, %v", got, err)
	}
}

func TestQueryHonoursCancelledContext(t *testing.T) {
	s, err := OpenMemory()
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := s.Query(ctx, `while(true){}`, QueryOptions{}); !errors.Is(err, context.Canceled) {
		t.Errorf("cancelled query returned %v, want context.Canceled", err)
	}
}

func TestQueryErrors(t *testing.T) {
	s, err := OpenMemory()
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	tests := []struct{ name, query, want string }{
		{"syntax", `g.V(.All()`, "Line 1:5 Unexpected token"},
		{"runtime", `g.V().NoSuchStep()`, "NoSuchStep"},
		{"throw", `throw new Error("boom")`, "boom"},
	}
	for _, tt := range tests {
		_, err := s.Query(context.Background(), tt.query, QueryOptions{})
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("%s: Query(%q) = %v, want an error mentioning %q", tt.name, tt.query, err, tt.want)
		}
	}
}
