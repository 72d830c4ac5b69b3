package graph

import (
	"context"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/cayleygraph/quad"
	bolt "github.com/coreos/bbolt"
	hbolt "github.com/hidal-go/hidalgo/kv/bbolt"
)

// A new bolt store indexes quads by label, and what the index answers for
// an article is what a full scan finds through a store's lifecycle (Cayley
// must drop replaced quads from the index too).
func TestBoltLabelIndexAgreesWithFullScan(t *testing.T) {
	ctx := context.Background()
	dir := filepath.Join(t.TempDir(), "db")
	s := openTestStore(t, Config{Path: dir})
	for _, step := range lifecycle(ctx, s) {
		if err := step.do(); err != nil {
			t.Fatalf("%s: %v", step.name, err)
		}
		all, err := allQuads(ctx, s.qs)
		if err != nil {
			t.Fatal(err)
		}
		for _, src := range []string{"000_a", "001_b"} {
			label := quad.IRI(ArticleIRI(src))
			var scanned []string
			for _, q := range all {
				if q.Label == label {
					scanned = append(scanned, quadKey(q))
				}
			}
			indexed, err := quadsWith(ctx, s.qs, quad.Label, label)
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, q := range indexed {
				got = append(got, quadKey(q))
			}
			slices.Sort(scanned)
			slices.Sort(got)
			if !slices.Equal(got, scanned) {
				t.Errorf("after %s, %s: label index gives %d quads, full scan %d", step.name, src, len(got), len(scanned))
			}
		}
	}
	// The read must go through the index, not Cayley's full-scan fallback.
	it := s.qs.QuadIterator(quad.Label, s.qs.ValueOf(quad.IRI(ArticleIRI("000_a"))))
	if name := it.String(); !strings.HasPrefix(name, "KVQuads") {
		t.Errorf("label lookup iterates with %s, want KVQuads (an index scan)", name)
	}
	it.Close()
	mustCheck(t, s)
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}

	db, err := hbolt.Open(filepath.Join(dir, BoltFile), &bolt.Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	indexes, err := storedIndexes(db)
	if err != nil {
		t.Fatal(err)
	}
	hasLabel := false
	for _, ind := range indexes {
		hasLabel = hasLabel || slices.Equal(ind.Dirs, []quad.Direction{quad.Label})
	}
	if !hasLabel || len(indexes) != len(boltIndexes) {
		t.Errorf("stored indexes = %+v, want %+v", indexes, boltIndexes)
	}
}
