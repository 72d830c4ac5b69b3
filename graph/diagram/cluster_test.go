package diagram

import (
	"maps"
	"testing"
)

func TestLayoutClusters(t *testing.T) {
	g := &Graph{
		Nodes: []Node{
			{ID: "o:a", Type: "Organization"}, {ID: "o:b", Type: "Organization"},
			{ID: "o:c", Type: "Organization"}, {ID: "o:d", Type: "Organization"},
			{ID: "o:x", Type: "Organization"}, {ID: "o:y", Type: "Organization"},
			{ID: "p:one", Type: "Person"}, {ID: "p:two", Type: "Person"}, {ID: "p:three", Type: "Person"},
			{ID: "pos:chair", Type: "Position"}, {ID: "pos:shared", Type: "Position"},
		},
		Edges: []Edge{
			{From: "o:b", To: "o:a", Predicate: "memberOf"},      // b is a sub-body of a
			{From: "o:c", To: "o:b", Predicate: "memberOf"},      // c of b, nested
			{From: "o:c", To: "o:d", Predicate: "memberOf"},      // and of d: the first parent (b) wins
			{From: "o:x", To: "o:y", Predicate: "memberOf"},      // x and y: a cycle, cut
			{From: "o:y", To: "o:x", Predicate: "memberOf"},      //
			{From: "p:one", To: "o:c", Predicate: "headOf"},      // one's only body
			{From: "p:one", To: "pos:chair", Predicate: "holds"}, // so the chair sits with one
			{From: "p:two", To: "o:a", Predicate: "memberOf"},    // two has two bodies: no cluster
			{From: "p:two", To: "o:d", Predicate: "headOf"},      //
			{From: "p:two", To: "pos:shared", Predicate: "holds"},
			{From: "p:three", To: "pos:shared", Predicate: "holds"},
		},
	}
	l := newLayout(g, true)
	wantHome := map[string]string{"o:b": "o:a", "o:c": "o:b", "o:y": "o:x", "p:one": "o:c", "pos:chair": "o:c"}
	if !maps.Equal(l.home, wantHome) {
		t.Errorf("home = %v\nwant   %v", l.home, wantHome)
	}
	wantClusters := map[string]bool{"o:a": true, "o:b": true, "o:c": true, "o:x": true}
	if !maps.Equal(l.clusters, wantClusters) {
		t.Errorf("clusters = %v, want %v", l.clusters, wantClusters)
	}
	if flat := newLayout(g, false); len(flat.clusters) != 0 || len(flat.children[""]) != len(g.Nodes) {
		t.Errorf("without clusters: %d clusters, %d root nodes", len(flat.clusters), len(flat.children[""]))
	}
	graphvizSVG(t, []byte(render(t, g, Options{Predicates: []string{"all"}})))
}
