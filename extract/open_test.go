package extract

import "testing"

func TestOpenVerbsAreMarked(t *testing.T) {
	x := newTestExtractor(t)
	res := x.Extract(Article{Source: "t", Text: "Bupati Gianyar I Made Mahayastra meresmikan Gedung Serbaguna Desa Batubulan."})
	found := false
	for _, tr := range res.Triples {
		if tr.Predicate == "meresmikan" {
			found = true
			if !tr.Open || tr.Subject != "I Made Mahayastra" || tr.Object != "Gedung Serbaguna Desa Batubulan" {
				t.Errorf("open triple = %+v", tr)
			}
		}
		if _, core := x.lx.predicates[tr.Predicate]; !core && !tr.Open {
			t.Errorf("non-core predicate %q not marked open", tr.Predicate)
		}
	}
	if !found {
		t.Errorf("no open triple for meresmikan; got\n%s", dump(res.Triples))
	}
}
