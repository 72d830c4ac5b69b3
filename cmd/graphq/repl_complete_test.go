package main

import (
	"context"
	"reflect"
	"slices"
	"testing"
)

func testCompleter() *completer {
	n := &nameIndex{}
	n.set(
		[]string{"KASN", "Ketut Suiasa", "Komisi Aparatur Sipil Negara", "it's"},
		[]string{"organization:KASN", "person:Ketut_Suiasa"},
		[]string{"alias", "headOf", "holds", "name", "represents"},
	)
	return newCompleter(n)
}

func TestCompletion(t *testing.T) {
	c := testCompleter()
	tests := []struct {
		name   string
		before string
		typed  string
		want   []string // all candidates, or must-have ones when some is set
		some   bool
	}{
		{"graph methods", "g.", "", []string{"V(", "M(", "Emit("}, true},
		{"graph method prefix", "g.E", "E", []string{"Emit("}, false},
		{"path methods", "g.V().Ou", "Ou", []string{"Out(", "OutPredicates("}, false},
		{"path method after a string", `g.V("x").Has("<name>", "y").Ta`, "Ta", []string{"Tag(", "TagArray(", "TagValue("}, false},
		{"lower-case order", "g.V().or", "or", []string{"order("}, false},
		{"a path called g is a path", "x.g.Bo", "Bo", []string{"Both("}, false},
		{"global helper", "reg", "reg", []string{"regex"}, false},
		{"the graph", "gr", "gr", []string{"graph"}, false},
		{"predicate in double quotes", `g.V().Has("<ho`, `"<ho`, []string{`"<holds>"`}, false},
		{"predicate in single quotes", `g.V().Out('<re`, `'<re`, []string{`'<represents>'`}, false},
		{"entity IRI", `g.V("<person:K`, `"<person:K`, []string{`"<person:Ketut_Suiasa>"`}, false},
		{"entity name", `g.V().Has("<name>", "Ke`, `"Ke`, []string{`"Ketut Suiasa"`}, false},
		{"name with the quote is left out", `g.V('it`, `'it`, nil, false},
		{"meta command", ":fi", ":fi", []string{":find"}, false},
		{"meta commands", ":f", ":f", []string{":facts", ":find", ":format"}, false},
		{"meta argument any case", ":facts ket", "ket", []string{"Ketut Suiasa"}, false},
		{"meta argument with space", ":why Ketut S", "Ketut S", []string{"Ketut Suiasa"}, false},
		{"format argument", ":format j", "j", []string{"json"}, false},
		{"nothing typed", "", "", nil, false},
		{"nothing to offer", "g.V().Zz", "Zz", nil, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, typed := c.complete(tc.before)
			if typed != tc.typed {
				t.Errorf("typed = %q, want %q", typed, tc.typed)
			}
			if tc.some {
				for _, w := range tc.want {
					if !slices.Contains(got, w) {
						t.Errorf("complete(%q) = %q, lacks %q", tc.before, got, w)
					}
				}
				return
			}
			if !reflect.DeepEqual(got, tc.want) && !(len(got) == 0 && len(tc.want) == 0) {
				t.Errorf("complete(%q) = %q, want %q", tc.before, got, tc.want)
			}
		})
	}
}

// Readline inserts what follows the typed word; a bare quote offers
// predicates only, not every entity of the store.
func TestCompleterDoReturnsWhatToInsert(t *testing.T) {
	c := testCompleter()
	line := []rune(`g.V().Ou`)
	got, n := c.Do(line, len(line))
	want := [][]rune{[]rune("t("), []rune("tPredicates(")}
	if n != 2 || !reflect.DeepEqual(got, want) {
		t.Errorf("Do(%q) = %q, %d; want %q, 2", string(line), got, n, want)
	}
	line = []rune(`g.V().Has("`)
	cands, _ := c.complete(string(line))
	if len(cands) != 5 || slices.Contains(cands, `"KASN"`) {
		t.Errorf("a bare quote offers %q, want the 5 predicates only", cands)
	}
}

// Completion reads names, aliases, IRIs and predicates from a real store,
// both ways: from the subgraph, and streamed as on a large store.
func TestNameIndexLoadsFromTheStore(t *testing.T) {
	s, err := openStore(context.Background(), seedStore(t), true)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	for _, large := range []bool{false, true} {
		n := &nameIndex{}
		n.load(context.Background(), s, large)
		names, iris, preds := n.snapshot()
		for _, tc := range []struct {
			list []string
			want string
		}{
			{names, "Ketut Suiasa"},
			{names, "Komisi Aparatur Sipil Negara"}, // an alias of KASN
			{iris, "organization:KASN"},
			{preds, "represents"},
			{preds, "title"},
		} {
			if !slices.Contains(tc.list, tc.want) {
				t.Errorf("large=%v: completion data lacks %q", large, tc.want)
			}
		}
		if got := n.similar(context.Background(), "suias", 3); !slices.Contains(got, "Ketut Suiasa") {
			t.Errorf("large=%v: similar(suias) = %q, want Ketut Suiasa among them", large, got)
		}
	}
}
