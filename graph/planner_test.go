package graph

import (
	"context"
	"encoding/json"
	"errors"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/graph/path"
	"github.com/cayleygraph/quad"
)

// plannerStore is a bolt store of generated articles, and the same store
// seen through Cayley's plain KV planner.
func plannerStore(t *testing.T, articles int) (planned, plain *Store, person, office string) {
	t.Helper()
	rs := corpusResults(t, articles)
	s := openTestStore(t, Config{Path: filepath.Join(t.TempDir(), "db")})
	freshLoadResults(t, s, rs)
	p, ok := s.qs.(*plannedKV)
	if !ok {
		t.Fatalf("bolt store reads through %T, not the planner", s.qs)
	}
	plain = &Store{cfg: s.cfg, where: s.where, qs: p.QuadStore, bolt: s.bolt}
	for _, r := range rs {
		for _, tr := range r.Triples {
			if tr.Predicate == "holds" && tr.SubjectType == "Person" {
				return s, plain, cleanName(tr.Subject), EntityIRI(tr.ObjectType, tr.Object)
			}
		}
	}
	t.Fatal("no person holding an office in the corpus")
	return
}

// TestPlannerGivesTheSameAnswers runs queries of every kind through the
// planner and through Cayley's own, and wants the same rows.
func TestPlannerGivesTheSameAnswers(t *testing.T) {
	planned, plain, person, office := plannerStore(t, 120)
	queries := []string{
		`g.V().Has("<name>", PERSON).Out("<holds>").Unique().All()`,
		`g.V().Has("<name>", PERSON).Out("<holds>").Unique().In("<holds>").Unique().All()`,
		`g.V().Has("<name>", PERSON).Out(["<holds>", "<represents>"]).Unique().All()`,
		`g.V().Has("<name>", PERSON).In("<subject>").Has("<predicate>", "holds").Out("<rule>").All()`,
		`g.V(OFFICE).In("<holds>").Unique().Out("<name>").Unique().All()`,
		`g.V(OFFICE).Both().Unique().All()`,
		`g.Emit(g.V(OFFICE).In().Unique().Count())`,
		`g.Emit(g.V().Has("<type>", "Person").Count())`,
		`g.V().Has("<type>", "Article").Out("<title>").All()`,
		`g.V().Has("<name>", PERSON).Tag("p").Out("<holds>").Tag("o").Back("p").In("<subject>").Out("<source>").Unique().All()`,
		`g.V().Has("<name>", PERSON).LabelContext(g.V().Has("<type>", "Article").ToArray()[0]).Out().All()`,
		`g.V("<type>").All()`,
		`g.Emit(g.V().Has("<predicate>", "holds").Out("<object>").Unique().Except(g.V(OFFICE)).Count())`,
	}
	ctx := context.Background()
	for i, q := range queries {
		src := strings.NewReplacer("PERSON", strconv.Quote(person), "OFFICE", strconv.Quote("<"+office+">")).Replace(q)
		want, err := plain.Query(ctx, src, QueryOptions{Limit: 100000, Timeout: time.Minute})
		if err != nil {
			t.Fatalf("query %d on Cayley's planner: %v\n%s", i, err, src)
		}
		got, err := planned.Query(ctx, src, QueryOptions{Limit: 100000, Timeout: time.Minute})
		if err != nil {
			t.Fatalf("query %d: %v\n%s", i, err, src)
		}
		if w, g := rows(t, want), rows(t, got); !slices.Equal(w, g) {
			t.Errorf("query %d: %d rows, Cayley's planner %d\n%s\n got %.300v\nwant %.300v", i, len(g), len(w), src, g, w)
		} else if len(w) == 0 {
			t.Errorf("query %d answers nothing: not a test\n%s", i, src)
		}
	}
}

func rows(t *testing.T, rs []any) []string {
	var out []string
	for _, r := range rs {
		b, err := json.Marshal(r)
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, string(b))
	}
	slices.Sort(out)
	return out
}

// TestPlannerLooksUpWhatItHas: Cayley's planner answers a hop from the
// nodes found by Has by scanning every quad of the hop's predicate; the
// planner looks up the nodes it has. The iterator that an And next()s
// comes first in its description.
func TestPlannerLooksUpWhatItHas(t *testing.T) {
	planned, plain, person, _ := plannerStore(t, 120)
	scansFirst := func(qs graph.QuadStore) bool {
		p := path.StartPath(qs).Has(quad.IRI(predName), quad.String(person)).Out(quad.IRI("holds"))
		it, _ := p.BuildIterator().Optimize()
		defer it.Close()
		return andScansFirst(graph.DescribeIterator(it))
	}
	if !scansFirst(plain.qs) {
		t.Errorf("Cayley's planner no longer scans for this hop: the planner may be unnecessary")
	}
	if scansFirst(planned.qs) {
		t.Errorf("the planner scans every quad of the predicate to take one hop from %q", person)
	}
}

// andScansFirst says whether some And in d iterates a full scan of the
// store first.
func andScansFirst(d graph.Description) bool {
	if d.Name == "And" && len(d.Iterators) > 0 && strings.HasPrefix(d.Iterators[0].Name, "KVAll") {
		return true
	}
	for _, sub := range d.Iterators {
		if andScansFirst(sub) {
			return true
		}
	}
	return false
}

// TestTimedOutQueryStopsReading: a query whose iterators filter a huge
// number of paths down to nothing gives no result to check its deadline
// between; it must still stop reading when it times out, or the store
// cannot close (bbolt waits for its read transactions).
func TestTimedOutQueryStopsReading(t *testing.T) {
	planned, _, _, _ := plannerStore(t, 120)
	const src = `g.V().Both().Both().Both().Both().Both().Filter(regex("^nobody at all$")).All()`
	_, err := planned.Query(context.Background(), src, QueryOptions{Timeout: 200 * time.Millisecond})
	if !errors.Is(err, ErrQueryTimeout) {
		t.Fatalf("query over billions of paths: %v, want a timeout", err)
	}
	closed := make(chan error, 1)
	go func() { closed <- planned.Close() }()
	select {
	case err := <-closed:
		if err != nil {
			t.Fatal(err)
		}
	case <-time.After(20 * time.Second):
		t.Fatal("the store does not close: the timed-out query still reads it")
	}
}
