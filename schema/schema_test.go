package schema

import (
	"slices"
	"testing"
)

func TestLoadParsesEveryFile(t *testing.T) {
	s, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	if len(s.Predicates) != 17 {
		t.Errorf("got %d core predicates, want 17", len(s.Predicates))
	}
	for _, p := range s.Predicates {
		found := false
		for _, c := range s.Cues {
			found = found || c.Predicate == p.Name
		}
		if !found && p.Name != "holds" && p.Name != "headOf" && p.Name != "memberOf" && p.Name != "heldAt" && p.Name != "heldOn" {
			t.Errorf("predicate %s has no cue", p.Name)
		}
	}
	for _, c := range s.Cues {
		if _, ok := s.Predicate(c.Predicate); !ok {
			t.Errorf("cue %+v names an unknown predicate", c)
		}
	}
	for _, typ := range []string{"Person", "Position", "Organization", "Group", "Event", "Place", "Date", "Document"} {
		if !slices.Contains(s.Types, typ) {
			t.Errorf("type %s missing", typ)
		}
	}
	if s.Months["april"] != 4 || len(s.Titles) < 50 || len(s.CommonWords) < 1000 {
		t.Errorf("schema looks truncated: months[april]=%d titles=%d common=%d", s.Months["april"], len(s.Titles), len(s.CommonWords))
	}
}

func TestReadTableRejectsShortRows(t *testing.T) {
	err := readTable("types.tsv", 5, func([]string) error { return nil })
	if err == nil {
		t.Fatal("want an error for a table with too few columns")
	}
}
