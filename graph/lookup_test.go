package graph

import (
	"context"
	"reflect"
	"testing"

	"github.com/graphq/graphq/extract"
	"github.com/graphq/graphq/graph/diagram"
)

func TestLookup(t *testing.T) {
	forEachBackend(t, func(t *testing.T, open func(testing.TB) *Store) {
		ctx := context.Background()
		s := open(t)
		r := suiasa("000_a")
		r.Triples = append(r.Triples, triple("Dewa Made D'Indra", "Person", "attends", "Rapat Koordinasi Netralitas ASN", "Event"))
		mustAdd(t, s, r)
		mustAdd(t, s, article("001_b", extract.Triple{Subject: "Ketut Suiasa", SubjectType: "Person", SubjectText: "Suiasa",
			Predicate: "holds", Object: "Wakil Bupati Badung", ObjectType: "Position", ObjectText: "Wabup Badung"}))

		suiasa := EntityInfo{IRI: "person:Ketut_Suiasa", Name: "Ketut Suiasa", Type: "Person", Aliases: []string{"Suiasa", "Wabup Ketut Suiasa"}}
		tests := []struct {
			name string
			want []EntityInfo
		}{
			{"Ketut Suiasa", []EntityInfo{suiasa}},
			{"  KETUT   suiasa ", []EntityInfo{suiasa}},
			{"wabup ketut suiasa", []EntityInfo{suiasa}},
			{"suiasa", []EntityInfo{suiasa}},
			{"Dewa Made D’Indra", []EntityInfo{{IRI: "person:Dewa_Made_D'Indra", Name: "Dewa Made D'Indra", Type: "Person"}}},
			{"wabup badung", []EntityInfo{{IRI: "position:Wakil_Bupati_Badung", Name: "Wakil Bupati Badung", Type: "Position", Aliases: []string{"Wabup Badung"}}}},
			{"Komisi Aparatur Sipil Negara", []EntityInfo{{IRI: "organization:KASN", Name: "KASN", Type: "Organization", Aliases: []string{"Komisi Aparatur Sipil Negara"}}}},
			{"Ketut", nil},
			{"", nil},
		}
		for _, tt := range tests {
			got, err := s.Lookup(ctx, tt.name)
			if err != nil {
				t.Errorf("Lookup(%q): %v", tt.name, err)
			} else if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("Lookup(%q) = %+v, want %+v", tt.name, got, tt.want)
			}
		}

		// EachName gives every name and alias with its entity.
		names := map[string]string{}
		if err := s.EachName(ctx, func(iri, name string) error { names[name] = iri; return nil }); err != nil {
			t.Fatalf("EachName: %v", err)
		}
		for name, iri := range map[string]string{"Ketut Suiasa": "person:Ketut_Suiasa", "Wabup Ketut Suiasa": "person:Ketut_Suiasa", "Wabup Badung": "position:Wakil_Bupati_Badung", "Dewa Made D'Indra": "person:Dewa_Made_D'Indra"} {
			if names[name] != iri {
				t.Errorf("EachName: %q names %q, want %q", name, names[name], iri)
			}
		}
	})
}

func TestFacts(t *testing.T) {
	forEachBackend(t, func(t *testing.T, open func(testing.TB) *Store) {
		ctx := context.Background()
		s := open(t)
		mustAdd(t, s, suiasa("001_b"))
		mustAdd(t, s, suiasa("000_a"))
		facts, err := s.Facts(ctx, "<person:Ketut_Suiasa>")
		if err != nil {
			t.Fatal(err)
		}
		if len(facts) != 6 {
			t.Fatalf("%d facts, want 3 per article: %+v", len(facts), facts)
		}
		first := facts[0]
		want := Fact{
			Subject:   EntityInfo{IRI: "person:Ketut_Suiasa", Name: "Ketut Suiasa", Type: "Person", Aliases: []string{"Suiasa", "Wabup Ketut Suiasa"}},
			Predicate: EntityInfo{IRI: "represents", Name: "represents"},
			Object:    EntityInfo{IRI: "position:Bupati_Badung", Name: "Bupati Badung", Type: "Position"},
			Source:    "000_a", Sentence: "Kalimat 0 tentang Ketut Suiasa.", Start: 0, End: 31, Confidence: 0.95, Rule: "represent-active",
		}
		if !reflect.DeepEqual(first, want) {
			t.Errorf("first fact = %+v\nwant %+v", first, want)
		}
		for i := 1; i < len(facts); i++ {
			a, b := facts[i-1], facts[i]
			if a.Source > b.Source || (a.Source == b.Source && a.Start > b.Start) {
				t.Errorf("facts not sorted by source, start: %s/%d before %s/%d", a.Source, a.Start, b.Source, b.Start)
			}
		}
		// As object: the event is attended and organised in both articles,
		// and is the subject of heldAt.
		if facts, err := s.Facts(ctx, "event:Rapat_Koordinasi_Netralitas_ASN"); err != nil || len(facts) != 6 {
			t.Errorf("facts of the event: %d, %v; want 6", len(facts), err)
		}
		if facts, err := s.Facts(ctx, "person:Nobody"); err != nil || len(facts) != 0 {
			t.Errorf("facts of an unknown entity: %v, %v", facts, err)
		}
	})
}

func TestSubgraph(t *testing.T) {
	forEachBackend(t, func(t *testing.T, open func(testing.TB) *Store) {
		ctx := context.Background()
		s := open(t)
		mustAdd(t, s, suiasa("000_a"))
		b := article("001_b",
			triple("Ketut Suiasa", "Person", "represents", "Bupati Badung", "Position"),
			triple("Ketut Suiasa", "Person", "likes", "Bupati Badung", "Position"), // open predicate: no edge
		)
		mustAdd(t, s, b)

		g, err := s.Subgraph(ctx, "")
		if err != nil {
			t.Fatal(err)
		}
		if len(g.Nodes) != 6 {
			t.Errorf("%d nodes, want 6: %+v", len(g.Nodes), g.Nodes)
		}
		wantEdge := diagram.Edge{From: "person:Ketut_Suiasa", To: "position:Bupati_Badung", Predicate: "represents", Count: 2, Sources: []string{"000_a", "001_b"}}
		found := false
		for _, e := range g.Edges {
			if e.Predicate == "likes" {
				t.Errorf("open predicate as edge: %+v", e)
			}
			if e.From == wantEdge.From && e.Predicate == wantEdge.Predicate {
				found = true
				if !reflect.DeepEqual(e, wantEdge) {
					t.Errorf("merged edge = %+v, want %+v", e, wantEdge)
				}
			}
		}
		if !found || len(g.Edges) != 5 {
			t.Errorf("edges = %+v, want 5 with the merged represents edge", g.Edges)
		}
		wantNode := diagram.Node{ID: "person:Ketut_Suiasa", Label: "Ketut Suiasa", Type: "Person", Aliases: []string{"Suiasa", "Wabup Ketut Suiasa"}}
		for _, n := range g.Nodes {
			if n.ID == wantNode.ID && !reflect.DeepEqual(n, wantNode) {
				t.Errorf("node = %+v, want %+v", n, wantNode)
			}
		}
		for i := 1; i < len(g.Nodes); i++ {
			if g.Nodes[i-1].ID >= g.Nodes[i].ID {
				t.Errorf("nodes not sorted: %s before %s", g.Nodes[i-1].ID, g.Nodes[i].ID)
			}
		}

		one, err := s.Subgraph(ctx, "001_b")
		if err != nil {
			t.Fatal(err)
		}
		want := &diagram.Graph{
			Nodes: []diagram.Node{
				{ID: "person:Ketut_Suiasa", Label: "Ketut Suiasa", Type: "Person"},
				{ID: "position:Bupati_Badung", Label: "Bupati Badung", Type: "Position"},
			},
			Edges: []diagram.Edge{{From: "person:Ketut_Suiasa", To: "position:Bupati_Badung", Predicate: "represents", Count: 1, Sources: []string{"001_b"}}},
		}
		if !reflect.DeepEqual(one, want) {
			t.Errorf("Subgraph(001_b) = %+v\nwant %+v", one, want)
		}
		again, err := s.Subgraph(ctx, "")
		if err != nil || !reflect.DeepEqual(again, g) {
			t.Errorf("Subgraph is not deterministic: %v", err)
		}
	})
}
