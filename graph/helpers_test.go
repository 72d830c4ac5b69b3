package graph

import (
	"bytes"
	"context"
	"fmt"
	"path/filepath"
	"testing"

	"github.com/graphq/graphq/extract"
)

// backend opens a fresh, empty store of one kind for a test.
type backend struct {
	name string
	open func(t testing.TB) *Store
}

// backends are the stores every store test runs against; postgres joins
// when a PostgreSQL server can be started (see postgres_test.go).
func backends(t testing.TB) []backend {
	bs := []backend{
		{"bolt", func(t testing.TB) *Store {
			return openTestStore(t, Config{Backend: BackendBolt, Path: filepath.Join(t.TempDir(), "db")})
		}},
		{"memory", func(t testing.TB) *Store { return openTestStore(t, Config{Backend: BackendMemory}) }},
	}
	if dsn := postgresAvailable(t); dsn != "" {
		bs = append(bs, backend{"postgres", func(t testing.TB) *Store {
			return openTestStore(t, Config{Backend: BackendPostgres, Path: newPostgresDatabase(t)})
		}})
	}
	return bs
}

// forEachBackend runs fn as a subtest against every backend.
func forEachBackend(t *testing.T, fn func(t *testing.T, open func(t testing.TB) *Store)) {
	for _, b := range backends(t) {
		t.Run(b.name, func(t *testing.T) { fn(t, b.open) })
	}
}

func openTestStore(t testing.TB, cfg Config) *Store {
	t.Helper()
	s, err := Open(context.Background(), cfg)
	if err != nil {
		t.Fatalf("Open(%+v): %v", cfg.Backend, err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

// article builds a synthetic extraction result: the extractor is not a
// dependency of these tests.
func article(source string, triples ...extract.Triple) extract.Result {
	r := extract.Result{Article: extract.Article{
		Source: source, File: "seeds/" + source + ".txt", Title: "Judul " + source,
		Date: "2024-04-18", URL: "https://example.com/" + source,
	}}
	for i, t := range triples {
		t.Source = source
		if t.Sentence == "" {
			t.Sentence = fmt.Sprintf("Kalimat %d tentang %s.", i, t.Subject)
		}
		if t.End == 0 {
			t.Start, t.End = i*100, i*100+len(t.Sentence)
		}
		if t.Confidence == 0 {
			t.Confidence = 0.9
		}
		if t.Rule == "" {
			t.Rule = "test-rule"
		}
		r.Triples = append(r.Triples, t)
	}
	return r
}

func triple(subj, subjType, pred, obj, objType string) extract.Triple {
	return extract.Triple{Subject: subj, SubjectType: subjType, Predicate: pred, Object: obj, ObjectType: objType}
}

// suiasa is the running example: a deputy regent representing the regent.
func suiasa(source string) extract.Result {
	r := article(source,
		extract.Triple{Subject: "Ketut Suiasa", SubjectType: "Person", Predicate: "represents", Object: "Bupati Badung", ObjectType: "Position",
			SubjectText: "Wabup Ketut Suiasa", ObjectText: "Bupati Badung", Confidence: 0.95, Rule: "represent-active"},
		triple("Ketut Suiasa", "Person", "holds", "Wakil Bupati Badung", "Position"),
		triple("Ketut Suiasa", "Person", "attends", "Rapat Koordinasi Netralitas ASN", "Event"),
		triple("Rapat Koordinasi Netralitas ASN", "Event", "heldAt", "Gedung Wiswa Sabha Utama", "Place"),
		triple("KASN", "Organization", "organizes", "Rapat Koordinasi Netralitas ASN", "Event"),
	)
	r.Entities = []extract.Entity{
		{Name: "Ketut Suiasa", Type: "Person", Aliases: []string{"Suiasa", "Wabup Ketut Suiasa"}},
		{Name: "KASN", Type: "Organization", Aliases: []string{"Komisi Aparatur Sipil Negara"}},
	}
	return r
}

func mustAdd(t testing.TB, s *Store, r extract.Result) AddStats {
	t.Helper()
	st, err := s.AddResult(context.Background(), r)
	if err != nil {
		t.Fatalf("AddResult(%s): %v", r.Article.Source, err)
	}
	return st
}

func exportString(t testing.TB, s *Store) string {
	t.Helper()
	var buf bytes.Buffer
	if err := s.Export(context.Background(), &buf, "nquads"); err != nil {
		t.Fatalf("Export: %v", err)
	}
	return buf.String()
}

func mustStats(t testing.TB, s *Store) Stats {
	t.Helper()
	st, err := s.Stats(context.Background())
	if err != nil {
		t.Fatalf("Stats: %v", err)
	}
	return st
}

// nodeCount is how many nodes g.V() finds: ghost nodes count, though Export
// does not show them. It counts the rows of g.V().All(), and checks that
// g.V().Count() agrees except on memstore, whose Count adds the quads.
func nodeCount(t testing.TB, s *Store) int {
	t.Helper()
	rows, err := s.Query(context.Background(), `g.V().All()`, QueryOptions{Limit: 1 << 30})
	if err != nil {
		t.Fatalf("list nodes: %v", err)
	}
	if s.cfg.Backend == BackendMemory {
		return len(rows)
	}
	count, err := s.Query(context.Background(), `g.Emit(g.V().Count())`, QueryOptions{})
	if err != nil {
		t.Fatalf("count nodes: %v", err)
	}
	if len(count) != 1 || count[0] != int64(len(rows)) {
		t.Fatalf("g.V().Count() = %v, but g.V().All() has %d rows", count, len(rows))
	}
	return len(rows)
}

// bigArticle has n facts about n distinct people.
func bigArticle(source string, n int) extract.Result {
	var tt []extract.Triple
	for i := range n {
		tt = append(tt, triple(fmt.Sprintf("Orang %d", i), "Person", "holds", fmt.Sprintf("Jabatan %d", i), "Position"))
	}
	return article(source, tt...)
}

func mustCheck(t testing.TB, s *Store) {
	t.Helper()
	problems, err := s.Check(context.Background())
	if err != nil {
		t.Fatalf("Check: %v", err)
	}
	if len(problems) > 0 {
		t.Errorf("Check found %d problems:\n%v", len(problems), problems)
	}
}

// storeStep is one change in lifecycle.
type storeStep struct {
	name string
	do   func() error
}

// lifecycle takes a store through the changes an index or a counter must
// follow: nothing yet, two adds, an unchanged re-add, a replacement that
// drops quads and renames an entity, and a removal.
func lifecycle(ctx context.Context, s *Store) []storeStep {
	changed := suiasa("000_a")
	changed.Triples = changed.Triples[:2]
	changed.Triples[1].Object = "Wakil Bupati Kabupaten Badung"
	add := func(r extract.Result) func() error {
		return func() error { _, err := s.AddResult(ctx, r); return err }
	}
	return []storeStep{
		{"empty", func() error { return nil }},
		{"add a", add(suiasa("000_a"))},
		{"add b", add(suiasa("001_b"))},
		{"add a again", add(suiasa("000_a"))},
		{"replace a", add(changed)},
		{"remove b", func() error { return s.RemoveArticle(ctx, "001_b") }},
	}
}
