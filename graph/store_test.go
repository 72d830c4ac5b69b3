package graph

import (
	"context"
	"errors"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"
	"github.com/graphq/graphq/extract"
)

func TestBackendsAreRegistered(t *testing.T) {
	have := graph.QuadStores()
	for _, want := range []string{"bbolt", "memstore", "postgres"} {
		if !slices.Contains(have, want) {
			t.Errorf("graph.QuadStores() = %v, lacks %q", have, want)
		}
	}
}

func TestParseLocation(t *testing.T) {
	tests := []struct {
		in   string
		want Config
	}{
		{"", Config{Backend: "bolt", Path: "graphq.db"}},
		{"my.db", Config{Backend: "bolt", Path: "my.db"}},
		{"/var/lib/graphq", Config{Backend: "bolt", Path: "/var/lib/graphq"}},
		{":memory:", Config{Backend: "memory"}},
		{"postgres://u:p@h/db", Config{Backend: "postgres", Path: "postgres://u:p@h/db"}},
		{"PostgreSQL://h/db?sslmode=disable", Config{Backend: "postgres", Path: "PostgreSQL://h/db?sslmode=disable"}},
	}
	for _, tt := range tests {
		if got := ParseLocation(tt.in); got != tt.want {
			t.Errorf("ParseLocation(%q) = %+v, want %+v", tt.in, got, tt.want)
		}
	}
}

// Adding one result twice writes nothing the second time and leaves the
// very same quads and nodes.
func TestAddResultIsIdempotent(t *testing.T) {
	forEachBackend(t, func(t *testing.T, open func(testing.TB) *Store) {
		s := open(t)
		first := mustAdd(t, s, suiasa("000_a"))
		if first.QuadsAdded == 0 || first.Triples != 5 || first.Entities != 6 {
			t.Fatalf("first add = %+v, want 5 triples, 6 entities, quads added", first)
		}
		export, stats, nodes := exportString(t, s), mustStats(t, s), nodeCount(t, s)

		again := mustAdd(t, s, suiasa("000_a"))
		if again.QuadsAdded != 0 || again.QuadsRemoved != 0 {
			t.Errorf("second add changed the store: %+v", again)
		}
		if got := exportString(t, s); got != export {
			t.Errorf("export changed after re-adding:\n%s\nwant\n%s", got, export)
		}
		if got := mustStats(t, s); got != stats {
			t.Errorf("stats %+v after re-adding, want %+v", got, stats)
		}
		if got := nodeCount(t, s); got != nodes {
			t.Errorf("g.V().Count() = %v after re-adding, want %v", got, nodes)
		}
		want := Stats{Articles: 1, Entities: 6, Triples: 5, Quads: stats.Quads}
		if stats != want {
			t.Errorf("stats = %+v, want %+v", stats, want)
		}
		mustCheck(t, s)
	})
}

// Replacing an article with a changed extraction leaves exactly what a
// store that only ever saw the new one holds: no leftover quad, no ghost.
func TestAddChangedResultLeavesNoLeftovers(t *testing.T) {
	changed := suiasa("000_a")
	changed.Article.Title = "Judul baru"
	changed.Triples = changed.Triples[:2]                       // three facts gone, with two entities
	changed.Triples[1].Object = "Wakil Bupati Kabupaten Badung" // one entity renamed
	changed.Triples = append(changed.Triples, triple("KASN", "Organization", "advises", "ASN Badung", "Group"))
	changed.Entities = changed.Entities[:1]

	forEachBackend(t, func(t *testing.T, open func(testing.TB) *Store) {
		s := open(t)
		mustAdd(t, s, suiasa("000_a"))
		mustAdd(t, s, suiasa("001_b")) // another article, untouched by the change
		st := mustAdd(t, s, changed)
		if st.QuadsRemoved == 0 || st.QuadsAdded == 0 {
			t.Errorf("changed add = %+v, want quads added and removed", st)
		}

		fresh := open(t)
		mustAdd(t, fresh, suiasa("001_b"))
		mustAdd(t, fresh, changed)
		if got, want := exportString(t, s), exportString(t, fresh); got != want {
			t.Errorf("replaced store differs from a fresh one:\n%s\nwant\n%s", got, want)
		}
		if got, want := nodeCount(t, s), nodeCount(t, fresh); got != want {
			t.Errorf("g.V().Count() = %v, want %v as in a fresh store (ghost nodes)", got, want)
		}
		mustCheck(t, s)
	})
}

// An entity named by two articles keeps the other article's quads when one
// article goes, and disappears with the last.
func TestRemoveArticleKeepsSharedEntity(t *testing.T) {
	other := article("001_b", triple("Ketut Suiasa", "Person", "opens", "Pilkada 2024", "Event"))
	forEachBackend(t, func(t *testing.T, open func(testing.TB) *Store) {
		ctx := context.Background()
		s := open(t)
		mustAdd(t, s, suiasa("000_a"))
		mustAdd(t, s, other)
		if err := s.RemoveArticle(ctx, "000_a"); err != nil {
			t.Fatal(err)
		}
		fresh := open(t)
		mustAdd(t, fresh, other)
		if got, want := exportString(t, s), exportString(t, fresh); got != want {
			t.Errorf("after removing 000_a:\n%s\nwant only 001_b:\n%s", got, want)
		}
		if got, want := nodeCount(t, s), nodeCount(t, fresh); got != want {
			t.Errorf("g.V().Count() = %v, want %v", got, want)
		}
		found, err := s.Lookup(ctx, "ketut suiasa")
		if err != nil || len(found) != 1 || found[0].IRI != "person:Ketut_Suiasa" {
			t.Errorf("Lookup after removal = %+v, %v; want person:Ketut_Suiasa", found, err)
		} else if len(found[0].Aliases) != 0 {
			t.Errorf("aliases of the removed article survive: %v", found[0].Aliases)
		}
		mustCheck(t, s)

		if err := s.RemoveArticle(ctx, "001_b"); err != nil {
			t.Fatal(err)
		}
		if st := mustStats(t, s); st != (Stats{Quads: 1}) {
			t.Errorf("stats after removing everything = %+v, want only the schema quad", st)
		}
		if n := nodeCount(t, s); n != 4 {
			t.Errorf("g.V().Count() = %v after removing everything, want the 4 nodes of the schema quad", n)
		}
	})
}

// An entity named in two articles has its name quad once per article.
func TestSharedEntityQuadsArePerArticle(t *testing.T) {
	s, err := OpenMemory()
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	mustAdd(t, s, suiasa("000_a"))
	mustAdd(t, s, suiasa("001_b"))
	export := exportString(t, s)
	name := `<person:Ketut_Suiasa> <name> "Ketut Suiasa"`
	if n := strings.Count(export, name); n != 2 {
		t.Errorf("%d name quads of Ketut Suiasa, want 2 (one per article):\n%s", n, export)
	}
	for _, line := range strings.Split(strings.TrimSpace(export), "\n") {
		if !strings.Contains(line, "<article:") && !strings.Contains(line, "<graphq:meta>") {
			t.Errorf("quad without an article label: %s", line)
		}
	}
}

func TestQuadModel(t *testing.T) {
	s, err := OpenMemory()
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	r := suiasa("000_a")
	r.Triples = append(r.Triples, triple("Rapat", "Event", "type", "Rapat Koordinasi", "Event"))
	mustAdd(t, s, r)
	export := exportString(t, s)
	for _, want := range []string{
		`<graphq:store> <graphq:schemaVersion> "1" <graphq:meta> .`,
		`<article:000_a> <type> "Article" <article:000_a> .`,
		`<article:000_a> <title> "Judul 000_a" <article:000_a> .`,
		`<article:000_a> <date> "2024-04-18" <article:000_a> .`,
		`<person:Ketut_Suiasa> <name> "Ketut Suiasa" <article:000_a> .`,
		`<person:Ketut_Suiasa> <type> "Person" <article:000_a> .`,
		`<person:Ketut_Suiasa> <alias> "Wabup Ketut Suiasa" <article:000_a> .`,
		`<person:Ketut_Suiasa> <alias> "Suiasa" <article:000_a> .`,
		`<organization:KASN> <alias> "Komisi Aparatur Sipil Negara" <article:000_a> .`,
		`<person:Ketut_Suiasa> <represents> <position:Bupati_Badung> <article:000_a> .`,
		`<fact:000_a/1> <subject> <person:Ketut_Suiasa> <article:000_a> .`,
		`<fact:000_a/1> <predicate> "represents" <article:000_a> .`,
		`<fact:000_a/1> <object> <position:Bupati_Badung> <article:000_a> .`,
		`<fact:000_a/1> <rule> "represent-active" <article:000_a> .`,
		`<fact:000_a/1> <source> <article:000_a> <article:000_a> .`,
		`<fact:000_a/1> <start> "0"^^<http://www.w3.org/2001/XMLSchema#integer> <article:000_a> .`,
		`<fact:000_a/1> <confidence> "0.95"^^<http://www.w3.org/2001/XMLSchema#double> <article:000_a> .`,
		`<event:Rapat> <rel:type> <event:Rapat_Koordinasi> <article:000_a> .`,
	} {
		if !strings.Contains(export, want) {
			t.Errorf("export lacks %s", want)
		}
	}
	if strings.Contains(export, `<alias> "Ketut Suiasa"`) {
		t.Errorf("the canonical name is also stored as an alias")
	}
}

func TestEntityIRI(t *testing.T) {
	tests := []struct{ typ, name, want string }{
		{"Person", "Ketut Suiasa", "person:Ketut_Suiasa"},
		{"Position", "Wakil  Bupati\tBadung", "position:Wakil_Bupati_Badung"},
		{"Organization", "KASN", "organization:KASN"},
		{"Date", "2024-04-18", "date:2024-04-18"},
		{"", "Tanpa Tipe", "entity:Tanpa_Tipe"},
		{"Document", `Surat "Edaran" <No 1>`, "document:Surat_%22Edaran%22_%3CNo_1%3E"},
		{"Place", "Nusa Dua’s", "place:Nusa_Dua’s"},
	}
	for _, tt := range tests {
		if got := EntityIRI(tt.typ, tt.name); got != tt.want {
			t.Errorf("EntityIRI(%q, %q) = %q, want %q", tt.typ, tt.name, got, tt.want)
		}
	}
	src := "berita 7/a%b"
	if got, ok := sourceOfArticle(ArticleIRI(src)); !ok || got != src {
		t.Errorf("sourceOfArticle(ArticleIRI(%q)) = %q, %v", src, got, ok)
	}
}

func TestAddResultRejectsMissingSource(t *testing.T) {
	s, err := OpenMemory()
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if _, err := s.AddResult(context.Background(), extract.Result{}); err == nil {
		t.Error("AddResult without a source succeeded")
	}
}

// A store written by a newer graphq is refused, naming the store and both
// versions, and left as it was.
func TestOpenRefusesNewerSchema(t *testing.T) {
	ctx := context.Background()
	dir := filepath.Join(t.TempDir(), "db")
	s := openTestStore(t, Config{Path: dir})
	mustAdd(t, s, suiasa("000_a"))
	// Stamp the store as if a future graphq had written it.
	err := s.write(func() error {
		return s.qs.ApplyDeltas([]graph.Delta{
			{Quad: schemaQuad(SchemaVersion), Action: graph.Delete},
			{Quad: schemaQuad(SchemaVersion + 1), Action: graph.Add},
		}, graph.IgnoreOpts{})
	})
	if err != nil {
		t.Fatal(err)
	}
	before := exportString(t, s)
	s.Close()

	_, err = Open(ctx, Config{Path: dir})
	if err == nil {
		t.Fatal("Open accepted a store with a newer schema version")
	}
	for _, want := range []string{dir, "schema version 2", "version 1"} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("error %q does not mention %q", err, want)
		}
	}
	qs, _, err := openBolt(dir, true)
	if err != nil {
		t.Fatal(err)
	}
	raw := &Store{cfg: Config{Backend: BackendBolt, Path: dir, ReadOnly: true}, where: dir, qs: qs}
	defer raw.Close()
	if after := exportString(t, raw); after != before {
		t.Errorf("refused store changed:\n%s\nwant\n%s", after, before)
	}
}

func TestReadOnly(t *testing.T) {
	ctx := context.Background()
	dir := filepath.Join(t.TempDir(), "db")
	if _, err := Open(ctx, Config{Path: dir, ReadOnly: true}); err == nil {
		t.Error("read-only Open of a missing store succeeded")
	}
	if _, err := os.Stat(dir); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("read-only Open created %s (stat: %v)", dir, err)
	}
	s := openTestStore(t, Config{Path: dir})
	mustAdd(t, s, suiasa("000_a"))
	want := exportString(t, s)
	s.Close()

	ro := openTestStore(t, Config{Path: dir, ReadOnly: true})
	if _, err := ro.AddResult(ctx, suiasa("001_b")); !errors.Is(err, ErrReadOnly) {
		t.Errorf("AddResult on a read-only store: %v, want ErrReadOnly", err)
	}
	if err := ro.RemoveArticle(ctx, "000_a"); !errors.Is(err, ErrReadOnly) {
		t.Errorf("RemoveArticle on a read-only store: %v, want ErrReadOnly", err)
	}
	if got := exportString(t, ro); got != want {
		t.Errorf("read-only store reads\n%s\nwant\n%s", got, want)
	}
	// Readers share the lock.
	ro2 := openTestStore(t, Config{Path: dir, ReadOnly: true})
	if st := mustStats(t, ro2); st.Articles != 1 {
		t.Errorf("second reader sees %+v", st)
	}
}

func TestCloseIsIdempotent(t *testing.T) {
	s := openTestStore(t, Config{Path: filepath.Join(t.TempDir(), "db")})
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	if err := s.Close(); err != nil {
		t.Errorf("second Close: %v", err)
	}
	if _, err := s.Stats(context.Background()); !errors.Is(err, ErrClosed) {
		t.Errorf("Stats after Close: %v, want ErrClosed", err)
	}
}

func TestOpenUnknownBackend(t *testing.T) {
	if _, err := Open(context.Background(), Config{Backend: "leveldb"}); err == nil || !strings.Contains(err.Error(), "leveldb") {
		t.Errorf("Open(leveldb) = %v, want an error naming it", err)
	}
}

func TestCheckFindsProblems(t *testing.T) {
	s, err := OpenMemory()
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	mustAdd(t, s, suiasa("000_a"))
	mustCheck(t, s)
	// Break the store behind the API's back: drop a fact field and add an
	// orphan quad under an unknown label.
	art := quad.IRI(ArticleIRI("000_a"))
	err = s.write(func() error {
		return s.qs.ApplyDeltas([]graph.Delta{
			{Quad: quad.Quad{Subject: quad.IRI(FactIRI("000_a", 1)), Predicate: predRule, Object: quad.String("represent-active"), Label: art}, Action: graph.Delete},
			{Quad: quad.Quad{Subject: quad.IRI("x"), Predicate: quad.IRI("y"), Object: quad.String("z"), Label: quad.IRI("article:ghost")}, Action: graph.Add},
			{Quad: schemaQuad(SchemaVersion), Action: graph.Delete},
			{Quad: pendingQuad(art), Action: graph.Add},
		}, graph.IgnoreOpts{})
	})
	if err != nil {
		t.Fatal(err)
	}
	problems, err := s.Check(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	all := strings.Join(problems, "\n")
	for _, want := range []string{"fact:000_a/1> has 0 <rule>", "labelled <article:ghost>", "schema version", "replacing <article:000_a> was interrupted"} {
		if !strings.Contains(all, want) {
			t.Errorf("Check did not report %q; it reported:\n%s", want, all)
		}
	}
}

// Writing a quad that exists raises node reference counts on bolt (Cayley
// trap 5); the delete that follows leaves a ghost node, which Check finds.
// AddResult never does this: see TestAddResultIsIdempotent.
func TestCheckFindsGhostNodes(t *testing.T) {
	s := openTestStore(t, Config{Path: filepath.Join(t.TempDir(), "db")})
	mustAdd(t, s, suiasa("000_a"))
	title := quad.Quad{Subject: quad.IRI(ArticleIRI("000_a")), Predicate: predTitle, Object: quad.String("Judul 000_a"), Label: quad.IRI(ArticleIRI("000_a"))}
	err := s.write(func() error {
		return s.qs.ApplyDeltas([]graph.Delta{{Quad: title, Action: graph.Add}}, graph.IgnoreOpts{IgnoreDup: true})
	})
	if err != nil {
		t.Fatal(err)
	}
	if err := s.RemoveArticle(context.Background(), "000_a"); err != nil {
		t.Fatal(err)
	}
	problems, err := s.Check(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Contains(problems, `ghost node "Judul 000_a" occurs in no quad`) {
		t.Errorf("Check did not find the ghost title node; it reported %q", problems)
	}
}

// A bolt replacement cut off between its two transactions (a crash) is
// reported by Check and completed by adding the article again.
func TestInterruptedReplaceIsReportedAndRepaired(t *testing.T) {
	ctx := context.Background()
	s := openTestStore(t, Config{Path: filepath.Join(t.TempDir(), "db")})
	mustAdd(t, s, suiasa("000_a"))
	changed := suiasa("000_a")
	changed.Article.Title = "Judul baru"
	changed.Triples = changed.Triples[1:]

	// The first transaction of the replacement, as apply writes it.
	a, err := buildArticleQuads(changed)
	if err != nil {
		t.Fatal(err)
	}
	err = s.write(func() error {
		old, err := quadsWith(ctx, s.qs, quad.Label, a.label)
		if err != nil {
			return err
		}
		have := map[string]bool{}
		for _, q := range old {
			have[quadKey(q)] = true
		}
		deltas := []graph.Delta{{Quad: pendingQuad(a.label), Action: graph.Add}}
		for k, q := range a.quads {
			if !have[k] {
				deltas = append(deltas, graph.Delta{Quad: q, Action: graph.Add})
			}
		}
		return s.qs.ApplyDeltas(deltas, graph.IgnoreOpts{})
	})
	if err != nil {
		t.Fatal(err)
	}
	problems, err := s.Check(ctx)
	if err != nil || !slices.ContainsFunc(problems, func(p string) bool { return strings.Contains(p, "interrupted") }) {
		t.Fatalf("Check after an interrupted replace = %q, %v; want the interruption reported", problems, err)
	}

	mustAdd(t, s, changed)
	fresh := openTestStore(t, Config{Path: filepath.Join(t.TempDir(), "fresh")})
	mustAdd(t, fresh, changed)
	if got, want := exportString(t, s), exportString(t, fresh); got != want {
		t.Errorf("repaired store:\n%s\nwant\n%s", got, want)
	}
	if got, want := nodeCount(t, s), nodeCount(t, fresh); got != want {
		t.Errorf("g.V() finds %d nodes, want %d", got, want)
	}
	mustCheck(t, s)
}

// Every backend stores and exports the same quads for the same results.
func TestExportIsTheSameOnEveryBackend(t *testing.T) {
	var first, firstName string
	for _, b := range backends(t) {
		s := b.open(t)
		mustAdd(t, s, suiasa("000_a"))
		mustAdd(t, s, suiasa("001_b"))
		got := exportString(t, s)
		if first == "" {
			first, firstName = got, b.name
		} else if got != first {
			t.Errorf("%s exports\n%s\n%s exports\n%s", b.name, got, firstName, first)
		}
		if err := s.Export(context.Background(), io.Discard, "turtle"); err == nil || !strings.Contains(err.Error(), "turtle") {
			t.Errorf("%s: Export(turtle) = %v, want an unknown-format error", b.name, err)
		}
	}
}

func TestPostgresReadOnly(t *testing.T) {
	ctx := context.Background()
	dsn := newPostgresDatabase(t)
	s := openTestStore(t, Config{Backend: BackendPostgres, Path: dsn})
	mustAdd(t, s, suiasa("000_a"))
	want := exportString(t, s)
	s.Close()
	ro := openTestStore(t, Config{Backend: BackendPostgres, Path: dsn, ReadOnly: true})
	if _, err := ro.AddResult(ctx, suiasa("001_b")); !errors.Is(err, ErrReadOnly) {
		t.Errorf("AddResult on a read-only store: %v, want ErrReadOnly", err)
	}
	if got := exportString(t, ro); got != want {
		t.Errorf("read-only store reads\n%s\nwant\n%s", got, want)
	}
}
