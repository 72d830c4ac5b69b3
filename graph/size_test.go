package graph

import (
	"context"
	"testing"
)

// Size agrees with a full count on every backend, through adds, a
// replacement that drops quads and a removal.
func TestSizeAgreesWithStats(t *testing.T) {
	ctx := context.Background()
	changed := suiasa("000_a")
	changed.Triples = changed.Triples[:2]
	forEachBackend(t, func(t *testing.T, open func(testing.TB) *Store) {
		s := open(t)
		steps := []struct {
			name string
			do   func() error
		}{
			{"empty", func() error { return nil }},
			{"add a", func() error { _, err := s.AddResult(ctx, suiasa("000_a")); return err }},
			{"add b", func() error { _, err := s.AddResult(ctx, suiasa("001_b")); return err }},
			{"add a again", func() error { _, err := s.AddResult(ctx, suiasa("000_a")); return err }},
			{"replace a", func() error { _, err := s.AddResult(ctx, changed); return err }},
			{"remove b", func() error { return s.RemoveArticle(ctx, "001_b") }},
		}
		for _, step := range steps {
			if err := step.do(); err != nil {
				t.Fatalf("%s: %v", step.name, err)
			}
			sz, err := s.Size(ctx)
			if err != nil {
				t.Fatalf("%s: Size: %v", step.name, err)
			}
			st := mustStats(t, s)
			if sz.Quads != st.Quads || sz.Articles != st.Articles {
				t.Errorf("after %s: Size = %+v, want quads %d and articles %d as Stats counts", step.name, sz, st.Quads, st.Articles)
			}
		}
	})
}
