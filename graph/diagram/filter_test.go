package diagram

import (
	"math/rand"
	"slices"
	"strings"
	"testing"
)

func TestFilterFocusKASN(t *testing.T) {
	tests := []struct {
		name  string
		focus string
		depth int
		want  []string
	}{
		{"alias depth 2", "Komisi Aparatur Sipil Negara", 2, []string{
			"event:Rakor", "org:KASN", "org:Pemkab_Badung", "person:Agus_Pramusinto",
			"person:Ketut_Suiasa", "person:Tasdik_Kinanto", "position:Ketua_KASN"}},
		{"label depth 1 (default)", "KASN", 0, []string{
			"event:Rakor", "org:KASN", "org:Pemkab_Badung", "person:Agus_Pramusinto", "person:Tasdik_Kinanto"}},
		{"case, spaces and NBSP", "  komisi\u00a0aparatur  SIPIL negara ", 1, []string{
			"event:Rakor", "org:KASN", "org:Pemkab_Badung", "person:Agus_Pramusinto", "person:Tasdik_Kinanto"}},
		{"full-width letters", "ＫＡＳＮ", 1, []string{
			"event:Rakor", "org:KASN", "org:Pemkab_Badung", "person:Agus_Pramusinto", "person:Tasdik_Kinanto"}},
		{"person alias", "pramusinto", 1, []string{"org:KASN", "person:Agus_Pramusinto", "position:Ketua_KASN"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, omitted, err := Filter(kasnGraph(), Options{Focus: tt.focus, Depth: tt.depth})
			if err != nil {
				t.Fatal(err)
			}
			if ids := nodeIDs(got); ids != strings.Join(tt.want, " ") {
				t.Errorf("nodes = %s\nwant    %s", ids, strings.Join(tt.want, " "))
			}
			if omitted.Any() {
				t.Errorf("omitted %v, want nothing", omitted)
			}
			for _, e := range got.Edges {
				if !slices.Contains(tt.want, e.From) || !slices.Contains(tt.want, e.To) {
					t.Errorf("edge %+v leaves the kept nodes", e)
				}
			}
		})
	}
}

func TestFilterUnknownFocus(t *testing.T) {
	_, _, err := Filter(kasnGraph(), Options{Focus: "Badan Kepegawaian Negara"})
	if err == nil || !strings.Contains(err.Error(), `"Badan Kepegawaian Negara"`) {
		t.Fatalf("err = %v, want one naming the focus", err)
	}
}

func TestFilterSelections(t *testing.T) {
	tests := []struct {
		name      string
		opt       Options
		wantNodes string
		wantEdges int
	}{
		{"predicates", Options{Predicates: []string{"holds"}},
			"person:Agus_Pramusinto person:Ketut_Suiasa position:Ketua_KASN position:Wakil_Bupati_Badung", 2},
		{"predicate case folded", Options{Predicates: []string{"HEADOF"}},
			"org:Bawaslu_Bali org:KASN person:Agus_Pramusinto person:Putu_Agus", 2},
		{"default leaves out heldAt and heldOn", Options{Focus: "Rapat Koordinasi Pengawasan Netralitas ASN"},
			"event:Rakor org:KASN person:Ketut_Suiasa", 2},
		{"all keeps heldAt and heldOn", Options{Focus: "Rapat Koordinasi Pengawasan Netralitas ASN", Predicates: []string{"all"}},
			"date:2024-04-18 event:Rakor org:KASN person:Ketut_Suiasa place:Wiswa_Sabha", 4},
		{"types", Options{Types: []string{"Organization"}},
			"org:Bawaslu_Bali org:Bawaslu_RI org:KASN org:Pemkab_Badung", 3},
		{"types keep the focus", Options{Types: []string{"Organization"}, Focus: "Agus Pramusinto"},
			"org:KASN person:Agus_Pramusinto", 1},
		{"sources", Options{Sources: []string{"002"}},
			"org:KASN person:Agus_Pramusinto person:Tasdik_Kinanto position:Ketua_KASN", 2},
		{"keep isolated, with types", Options{Predicates: []string{"holds"}, Types: []string{"Person"}, KeepIsolated: true},
			"person:Agus_Pramusinto person:Ketut_Suiasa person:Putu_Agus person:Tasdik_Kinanto", 0},
		{"keep isolated", Options{Predicates: []string{"headOf"}, KeepIsolated: true},
			"date:2024-04-18 event:Rakor org:Bawaslu_Bali org:Bawaslu_RI org:KASN org:Pemkab_Badung person:Agus_Pramusinto person:Ketut_Suiasa person:Putu_Agus person:Tasdik_Kinanto place:Wiswa_Sabha position:Ketua_KASN position:Wakil_Bupati_Badung", 2},
		{"keep isolated does not widen a focus", Options{Focus: "Pemkab Badung", KeepIsolated: true},
			"org:KASN org:Pemkab_Badung", 2},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, _, err := Filter(kasnGraph(), tt.opt)
			if err != nil {
				t.Fatal(err)
			}
			if ids := nodeIDs(got); ids != tt.wantNodes {
				t.Errorf("nodes = %s\nwant    %s", ids, tt.wantNodes)
			}
			if len(got.Edges) != tt.wantEdges {
				t.Errorf("%d edges, want %d: %+v", len(got.Edges), tt.wantEdges, got.Edges)
			}
		})
	}
}

func TestFilterSourcesRecount(t *testing.T) {
	got, _, err := Filter(kasnGraph(), Options{Sources: []string{"002"}, Predicates: []string{"holds"}})
	if err != nil {
		t.Fatal(err)
	}
	if len(got.Edges) != 1 || got.Edges[0].Count != 1 || !slices.Equal(got.Edges[0].Sources, []string{"002"}) {
		t.Fatalf("edges = %+v, want one holds edge counted once, from 002", got.Edges)
	}
}

func TestFilterCap(t *testing.T) {
	g := kasnGraph()
	full, _, err := Filter(g, Options{})
	if err != nil {
		t.Fatal(err)
	}
	got, omitted, err := Filter(g, Options{MaxNodes: 3})
	if err != nil {
		t.Fatal(err)
	}
	// KASN has five edges; Agus Pramusinto, Bawaslu Bali, Ketut Suiasa,
	// Pemkab Badung and the Rakor two each: ties go by label.
	if ids := nodeIDs(got); ids != "org:Bawaslu_Bali org:KASN person:Agus_Pramusinto" {
		t.Errorf("capped nodes = %s", ids)
	}
	wantOmitted := Omitted{Nodes: len(full.Nodes) - 3, Edges: len(full.Edges) - len(got.Edges)}
	if omitted != wantOmitted || len(got.Edges) != 1 {
		t.Errorf("omitted = %+v with %d edges, want %+v with 1", omitted, len(got.Edges), wantOmitted)
	}

	// With a focus, the focus stays and nearer nodes win over busier ones.
	got, omitted, err = Filter(g, Options{Focus: "Ketut Suiasa", Depth: 3, MaxNodes: 2})
	if err != nil {
		t.Fatal(err)
	}
	// Both neighbours are one hop away; the Rakor has more edges.
	if ids := nodeIDs(got); ids != "event:Rakor person:Ketut_Suiasa" {
		t.Errorf("capped focus nodes = %s", ids)
	}
	if !omitted.Any() {
		t.Error("cap reported nothing omitted")
	}
	got, _, err = Filter(g, Options{Focus: "Ketut Suiasa", MaxNodes: 1})
	if err != nil {
		t.Fatal(err)
	}
	if ids := nodeIDs(got); ids != "person:Ketut_Suiasa" {
		t.Errorf("MaxNodes 1 kept %s, want the focus", ids)
	}
}

func TestFilterDoesNotChangeInput(t *testing.T) {
	g := kasnGraph()
	got, _, err := Filter(g, Options{Lang: "id"})
	if err != nil {
		t.Fatal(err)
	}
	got.Nodes[0].Aliases = append(got.Nodes[0].Aliases[:0], "changed")
	got.Edges[0].Sources[0] = "changed"
	want := kasnGraph()
	if nodeIDs(g) != nodeIDs(want) || g.Nodes[0].Aliases[0] != want.Nodes[0].Aliases[0] || g.Edges[0].Sources[0] != want.Edges[0].Sources[0] {
		t.Fatal("Filter's result shares memory with its input")
	}
}

// shuffled is g with nodes and edges in another order.
func shuffled(g *Graph, seed int64) *Graph {
	r := rand.New(rand.NewSource(seed))
	out := &Graph{Nodes: slices.Clone(g.Nodes), Edges: slices.Clone(g.Edges)}
	r.Shuffle(len(out.Nodes), func(i, j int) { out.Nodes[i], out.Nodes[j] = out.Nodes[j], out.Nodes[i] })
	r.Shuffle(len(out.Edges), func(i, j int) { out.Edges[i], out.Edges[j] = out.Edges[j], out.Edges[i] })
	return out
}

func TestRenderDeterministic(t *testing.T) {
	g := kasnGraph()
	// A symmetric edge stated both ways, a parallel edge and a tie for the
	// cap, so merging and capping are exercised too.
	g.Edges = append(g.Edges,
		Edge{From: "org:KASN", To: "org:Pemkab_Badung", Predicate: "cooperatesWith", Count: 1, Sources: []string{"002"}},
		Edge{From: "person:Agus_Pramusinto", To: "position:Ketua_KASN", Predicate: "holds", Count: 1, Sources: []string{"004"}},
		Edge{From: "org:Bawaslu_RI", To: "org:Bawaslu_Bali", Predicate: "memberOf"})
	// The same entity twice, as a model merged from two stores might have it.
	g.Nodes = append(g.Nodes, Node{ID: "org:KASN", Label: "Komisi ASN", Type: "Organization", Aliases: []string{"KASN RI"}})
	for _, opt := range []Options{{}, {Format: "mermaid"}, {MaxNodes: 5}, {Focus: "KASN", Depth: 2, Lang: "id"}, {Predicates: []string{"all"}, Format: "mermaid", MaxNodes: 4}} {
		want := render(t, g, opt)
		for seed := int64(1); seed <= 5; seed++ {
			if got := render(t, shuffled(g, seed), opt); got != want {
				t.Fatalf("options %+v, shuffle %d: output differs\n--- first\n%s\n--- shuffled\n%s", opt, seed, want, got)
			}
		}
	}
}
