package diagram

import (
	"strings"
	"testing"
)

func TestSubset(t *testing.T) {
	tests := []struct {
		name      string
		ids       []string
		wantNodes string
		wantEdges int
	}{
		{"nodes and the edges among them",
			[]string{"person:Agus_Pramusinto", "org:KASN", "position:Ketua_KASN", "person:Tasdik_Kinanto"},
			"org:KASN person:Agus_Pramusinto person:Tasdik_Kinanto position:Ketua_KASN", 3},
		{"unknown IDs are ignored",
			[]string{"org:KASN", "org:Nowhere", "org:Pemkab_Badung"},
			"org:KASN org:Pemkab_Badung", 2},
		{"one node brings its neighbours, not theirs",
			[]string{"org:Pemkab_Badung"},
			"org:KASN org:Pemkab_Badung", 2},
		{"one node, heldAt neighbours too",
			[]string{"event:Rakor"},
			"date:2024-04-18 event:Rakor org:KASN person:Ketut_Suiasa place:Wiswa_Sabha", 4},
		{"nothing known", []string{"org:Nowhere"}, "", 0},
		{"unrelated pair", []string{"org:Bawaslu_Bali", "org:KASN"}, "org:Bawaslu_Bali org:KASN", 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := Subset(kasnGraph(), tt.ids)
			if got := nodeIDs(g); got != tt.wantNodes {
				t.Errorf("nodes = %q, want %q", got, tt.wantNodes)
			}
			if len(g.Edges) != tt.wantEdges {
				t.Errorf("%d edges, want %d: %+v", len(g.Edges), tt.wantEdges, g.Edges)
			}
			for _, e := range g.Edges {
				if !strings.Contains(" "+tt.wantNodes+" ", " "+e.From+" ") || !strings.Contains(" "+tt.wantNodes+" ", " "+e.To+" ") {
					t.Errorf("edge %s -> %s leaves the subset", e.From, e.To)
				}
			}
		})
	}
}

func TestSubsetSharesNothing(t *testing.T) {
	g := kasnGraph()
	sub := Subset(g, []string{"org:KASN"})
	for i := range sub.Nodes {
		for j := range sub.Nodes[i].Aliases {
			sub.Nodes[i].Aliases[j] = "changed"
		}
	}
	for i := range sub.Edges {
		for j := range sub.Edges[i].Sources {
			sub.Edges[i].Sources[j] = "changed"
		}
	}
	if got, want := render(t, g, Options{Predicates: []string{"all"}}), render(t, kasnGraph(), Options{Predicates: []string{"all"}}); got != want {
		t.Fatal("changing Subset's result changed its input")
	}
	if g.Nodes[0].Aliases[0] != "Komisi Aparatur Sipil Negara" || g.Edges[0].Sources[0] != "001" {
		t.Fatal("changing Subset's result changed its input's aliases or sources")
	}
}
