package graph

import (
	"bytes"
	"context"
	"fmt"
	"math/rand/v2"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"testing"

	"github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"
	"github.com/cayleygraph/quad/nquads"
)

// corruptStore holds two articles broken behind the API's back in every
// way Check knows, plus values of every type Export converts.
func corruptStore(t *testing.T, s *Store) {
	t.Helper()
	mustAdd(t, s, suiasa("000_a"))
	mustAdd(t, s, suiasa("001_b"))
	a, b := quad.IRI(ArticleIRI("000_a")), quad.IRI(ArticleIRI("001_b"))
	fact := func(src string, n int) quad.IRI { return quad.IRI(FactIRI(src, n)) }
	add := func(q quad.Quad) graph.Delta { return graph.Delta{Quad: q, Action: graph.Add} }
	del := func(q quad.Quad) graph.Delta { return graph.Delta{Quad: q, Action: graph.Delete} }
	deltas := []graph.Delta{
		del(quad.Quad{Subject: fact("000_a", 1), Predicate: predRule, Object: quad.String("represent-active"), Label: a}),
		add(quad.Quad{Subject: fact("000_a", 2), Predicate: predSubject, Object: quad.IRI("person:Lain"), Label: a}),
		add(quad.Quad{Subject: quad.IRI("x"), Predicate: quad.IRI("y"), Object: quad.String("z")}),
		add(quad.Quad{Subject: fact("zzz", 1), Predicate: predSubject, Object: quad.IRI("x")}),
		add(quad.Quad{Subject: quad.IRI("x"), Predicate: quad.IRI("y"), Object: quad.Int(7), Label: quad.IRI("article:ghost")}),
		add(quad.Quad{Subject: quad.IRI("x"), Predicate: quad.IRI("w"), Object: quad.Float(0.25), Label: quad.IRI("article:ghost")}),
		add(quad.Quad{Subject: fact("000_a", 3), Predicate: predStart, Object: quad.Int(5), Label: quad.IRI("article:ghost")}),
		add(quad.Quad{Subject: a, Predicate: predType, Object: quad.String(articleType), Label: b}),
		del(quad.Quad{Subject: quad.IRI("position:Wakil_Bupati_Badung"), Predicate: predName, Object: quad.String("Wakil Bupati Badung"), Label: b}),
		del(quad.Quad{Subject: quad.IRI("person:Ketut_Suiasa"), Predicate: quad.IRI("attends"), Object: quad.IRI("event:Rapat_Koordinasi_Netralitas_ASN"), Label: b}),
		del(quad.Quad{Subject: fact("001_b", 4), Predicate: predSource, Object: b, Label: b}),
		add(quad.Quad{Subject: fact("001_b", 4), Predicate: predSource, Object: a, Label: b}),
		del(schemaQuad(SchemaVersion)),
		add(pendingQuad(a)),
	}
	// One delta a batch: on bolt, a quad added in the batch that deletes
	// another quad using its label node loses its label (Cayley v0.7.7).
	for _, d := range deltas {
		if err := s.write(func() error { return s.qs.ApplyDeltas([]graph.Delta{d}, graph.IgnoreOpts{}) }); err != nil {
			t.Fatal(err)
		}
	}
}

// wantCorruptProblems are what Check must find in corruptStore (and the
// reference implementation finds too).
var wantCorruptProblems = []string{
	"fact <fact:000_a/1> has 0 <rule> quads, want 1",
	"fact <fact:000_a/2> has 2 <subject> quads, want 1",
	"fact <fact:zzz/1> has 0 <predicate> quads, want 1",
	"unlabelled quad <x> <y> \"z\" .",
	"unlabelled quad <fact:zzz/1> <subject> <x> .",
	"3 quads labelled <article:ghost>, which is no article node",
	"fact <fact:000_a/3> has 2 <start> quads, want 1",
	"article node <article:000_a> is typed under label <article:001_b>",
	"fact <fact:001_b/2> names entity <position:Wakil_Bupati_Badung>, which has no name in <article:001_b>",
	"fact <fact:001_b/3> has no edge <person:Ketut_Suiasa> <attends> <event:Rapat_Koordinasi_Netralitas_ASN> <article:001_b> .",
	"fact <fact:001_b/4> has source <article:000_a> but label <article:001_b>",
	"schema version quad <graphq:store> <graphq:schemaVersion> \"1\" <graphq:meta> . missing",
	"replacing <article:000_a> was interrupted: add the article again",
}

// withRunBytes runs fn with sort runs of size n, so that small stores take
// the spill-and-merge path.
func withRunBytes(t *testing.T, n int, fn func()) {
	t.Helper()
	old := spillRunBytes
	spillRunBytes = n
	defer func() { spillRunBytes = old }()
	fn()
}

// Streaming Check and Export give exactly what the in-memory versions they
// replaced gave, on a store broken in every way Check knows, on every
// backend, whether the sort stays in memory or spills to disk.
func TestCheckAndExportMatchInMemoryReference(t *testing.T) {
	forEachBackend(t, func(t *testing.T, open func(t testing.TB) *Store) {
		s := open(t)
		corruptStore(t, s)
		want := referenceExport(t, s)
		wantProblems := referenceCheck(t, s)
		for _, w := range wantCorruptProblems {
			if !slices.Contains(wantProblems, w) {
				t.Errorf("reference Check misses %q", w)
			}
		}
		for _, runBytes := range []int{spillRunBytes, 2048} {
			withRunBytes(t, runBytes, func() {
				if got := exportString(t, s); got != want {
					t.Errorf("runs of %d bytes: Export differs from the in-memory export:\n%s", runBytes, firstDiff(got, want))
				}
				got, err := s.Check(context.Background())
				if err != nil {
					t.Fatal(err)
				}
				if !slices.Equal(got, wantProblems) {
					t.Errorf("runs of %d bytes: Check = \n%s\nwant\n%s", runBytes, strings.Join(got, "\n"), strings.Join(wantProblems, "\n"))
				}
			})
		}
	})
}

// Ghost nodes (bolt keeps them after a duplicate add and a delete) are
// found through the index lookups, like the in-memory set found them.
func TestCheckGhostsMatchReference(t *testing.T) {
	s := openTestStore(t, Config{Path: filepath.Join(t.TempDir(), "db")})
	mustAdd(t, s, suiasa("000_a"))
	mustAdd(t, s, suiasa("001_b"))
	art := quad.IRI(ArticleIRI("000_a"))
	dup := []quad.Quad{
		{Subject: art, Predicate: predTitle, Object: quad.String("Judul 000_a"), Label: art},
		{Subject: art, Predicate: predURL, Object: quad.String("https://example.com/000_a"), Label: art},
	}
	err := s.write(func() error {
		var deltas []graph.Delta
		for _, q := range dup {
			deltas = append(deltas, graph.Delta{Quad: q, Action: graph.Add})
		}
		return s.qs.ApplyDeltas(deltas, graph.IgnoreOpts{IgnoreDup: true})
	})
	if err != nil {
		t.Fatal(err)
	}
	if err := s.RemoveArticle(context.Background(), "000_a"); err != nil {
		t.Fatal(err)
	}
	got, err := s.Check(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	for _, w := range []string{`ghost node "Judul 000_a" occurs in no quad`, `ghost node "https://example.com/000_a" occurs in no quad`} {
		if !slices.Contains(got, w) {
			t.Errorf("Check misses %q; it reported %q", w, got)
		}
	}
	if want := referenceCheck(t, s); !slices.Equal(got, want) {
		t.Errorf("Check = %q, reference %q", got, want)
	}
}

// The sorter returns every record in key order, equal keys in the order
// they came, from memory, from a few runs, and from more runs than are
// kept open (merged on the way).
func TestSpillSorterOrdersRecords(t *testing.T) {
	for _, runBytes := range []int{1 << 20, 700, 1} {
		t.Run(fmt.Sprint(runBytes), func(t *testing.T) {
			withRunBytes(t, runBytes, func() {
				rng := rand.New(rand.NewPCG(1, uint64(runBytes)))
				var s spillSorter
				defer s.close()
				type rec struct{ key, val string }
				var want []rec
				for i := range 500 {
					r := rec{fmt.Sprintf("k%03d", rng.IntN(120)), fmt.Sprint(i)}
					want = append(want, r)
					if err := s.add(r.key, []byte(r.val)); err != nil {
						t.Fatal(err)
					}
				}
				if runBytes < 1<<20 && (len(s.runs) < 2 || len(s.runs) > maxSpillRuns) {
					t.Errorf("%d runs for 500 records in runs of %d bytes, want 2 to %d", len(s.runs), runBytes, maxSpillRuns)
				}
				sort.SliceStable(want, func(i, j int) bool { return want[i].key < want[j].key })
				var got []rec
				err := s.each(func(key string, val []byte) error {
					got = append(got, rec{key, string(val)})
					return nil
				})
				if err != nil {
					t.Fatal(err)
				}
				if !slices.Equal(got, want) {
					t.Errorf("sorted %d records differently from sort.SliceStable", len(got))
				}
			})
		})
	}
}

// An empty store exports nothing and checks with only the missing schema
// quad, through the sort paths too.
func TestExportAndCheckEmptyMemoryStore(t *testing.T) {
	s := openTestStore(t, Config{Backend: BackendMemory})
	err := s.write(func() error {
		return s.qs.ApplyDeltas([]graph.Delta{{Quad: schemaQuad(SchemaVersion), Action: graph.Delete}}, graph.IgnoreOpts{})
	})
	if err != nil {
		t.Fatal(err)
	}
	if got := exportString(t, s); got != "" {
		t.Errorf("empty store exports %q", got)
	}
	got, err := s.Check(context.Background())
	if err != nil || len(got) != 1 || !strings.Contains(got[0], "schema version") {
		t.Errorf("Check of an empty store = %q, %v; want only the missing schema quad", got, err)
	}
}

// referenceExport is Export as it was before it streamed: every quad in
// memory, sorted by N-Quads line.
func referenceExport(t *testing.T, s *Store) string {
	t.Helper()
	all, err := allQuads(context.Background(), s.qs)
	if err != nil {
		t.Fatal(err)
	}
	for i := range all {
		all[i].Object = exportValue(all[i].Object)
	}
	sort.SliceStable(all, func(i, j int) bool { return quadKey(all[i]) < quadKey(all[j]) })
	var buf bytes.Buffer
	qw := nquads.NewWriter(&buf)
	if _, err := qw.WriteQuads(all); err != nil {
		t.Fatal(err)
	}
	if err := qw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.String()
}

// referenceCheck is Check as it was before it streamed: every quad and
// node in memory. (Its fact label was the first quad in store order, where
// Check takes the least label: they differ on a fact spread over labels
// that has every field once, which the stores here do not hold.)
func referenceCheck(t *testing.T, s *Store) []string {
	t.Helper()
	ctx := context.Background()
	all, err := allQuads(ctx, s.qs)
	if err != nil {
		t.Fatal(err)
	}
	var nodes []quad.Value
	it := s.qs.NodesAllIterator()
	for it.Next(ctx) {
		nodes = append(nodes, s.qs.NameOf(it.Result()))
	}
	it.Close()

	var problems []string
	report := func(format string, args ...any) { problems = append(problems, fmt.Sprintf(format, args...)) }
	used := map[string]bool{}
	bySubject := map[quad.Value][]quad.Quad{}
	articles := map[quad.Value]bool{}
	labels := map[quad.Value]int{}
	hasSchema := false
	for _, q := range all {
		for _, d := range quad.Directions {
			if v := q.Get(d); v != nil {
				used[quad.StringOf(v)] = true
			}
		}
		bySubject[q.Subject] = append(bySubject[q.Subject], q)
		switch {
		case q.Label == metaLabel:
			switch {
			case q.Subject == metaStore && q.Predicate == metaSchemaVer:
				hasSchema = true
			case q.Subject == metaStore && q.Predicate == metaReplacing:
				report("replacing %s was interrupted: add the article again", q.Object)
			}
			continue
		case q.Label == nil:
			report("unlabelled quad %s", q.NQuad())
			continue
		}
		labels[q.Label]++
		if q.Predicate == predType && q.Object == quad.String(articleType) {
			if q.Label == q.Subject {
				articles[q.Subject] = true
			} else {
				report("article node %s is typed under label %s", q.Subject, q.Label)
			}
		}
	}
	if !hasSchema {
		report("schema version quad %s missing", schemaQuad(SchemaVersion).NQuad())
	}
	for label, n := range labels {
		if !articles[label] {
			report("%d quads labelled %s, which is no article node", n, label)
		}
	}
	for subj, qq := range bySubject {
		if iri, ok := iriString(subj); ok && strings.HasPrefix(iri, factPrefix) {
			problems = append(problems, referenceCheckFact(subj, qq, bySubject)...)
		}
	}
	for _, n := range nodes {
		if n != nil && !used[quad.StringOf(n)] {
			report("ghost node %s occurs in no quad", n)
		}
	}
	sort.Strings(problems)
	return problems
}

func referenceCheckFact(node quad.Value, qq []quad.Quad, bySubject map[quad.Value][]quad.Quad) []string {
	var problems []string
	fields := map[quad.IRI][]quad.Quad{}
	for _, q := range qq {
		if p, ok := q.Predicate.(quad.IRI); ok {
			fields[p] = append(fields[p], q)
		}
	}
	for _, f := range factFields {
		if n := len(fields[f]); n != 1 {
			problems = append(problems, fmt.Sprintf("fact %s has %d %s quads, want 1", node, n, f))
		}
	}
	if len(problems) > 0 {
		return problems
	}
	label := qq[0].Label
	if src := fields[predSource][0].Object; src != label {
		problems = append(problems, fmt.Sprintf("fact %s has source %s but label %s", node, src, label))
	}
	subj, obj := fields[predSubject][0].Object, fields[predObject][0].Object
	for _, e := range []quad.Value{subj, obj} {
		named := false
		for _, q := range bySubject[e] {
			named = named || (q.Predicate == predName && q.Label == label)
		}
		if !named {
			problems = append(problems, fmt.Sprintf("fact %s names entity %s, which has no name in %s", node, e, label))
		}
	}
	edge := quad.Quad{Subject: subj, Predicate: quad.IRI(PredicateIRI(literalString(fields[predPredicate][0].Object))), Object: obj, Label: label}
	found := false
	for _, q := range bySubject[subj] {
		found = found || quadKey(q) == quadKey(edge)
	}
	if !found {
		problems = append(problems, fmt.Sprintf("fact %s has no edge %s", node, edge.NQuad()))
	}
	return problems
}
