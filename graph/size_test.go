package graph

import (
	"context"
	"testing"
)

// Size agrees with a full count on every backend through a store's
// lifecycle.
func TestSizeAgreesWithStats(t *testing.T) {
	ctx := context.Background()
	forEachBackend(t, func(t *testing.T, open func(testing.TB) *Store) {
		s := open(t)
		for _, step := range lifecycle(ctx, s) {
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
