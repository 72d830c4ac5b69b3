package extract

import (
	"strconv"
	"testing"
)

// The collector keeps one triple per fact, the most confident, in the place
// the fact was first found, whether it scans its triples (few) or indexes
// them (many).
func TestCollectorOneTriplePerFact(t *testing.T) {
	for _, facts := range []int{3, indexedFrom - 1, indexedFrom, 5 * indexedFrom} {
		t.Run(strconv.Itoa(facts), func(t *testing.T) {
			c := newCollector("src", "", 1)
			s := &sentence{text: "s"}
			person := func(name string) *mention { return &mention{typ: "Person", canon: name, text: name} }
			org := &mention{typ: "Organization", canon: "KPU", text: "KPU"}
			// Each fact three times: weak, strong, weak again.
			for _, conf := range []float64{0.5, 0.9, 0.6} {
				for i := range facts {
					p := person("P" + strconv.Itoa(i))
					if got := c.add(s, p, "memberOf", org, conf, "r"+strconv.FormatFloat(conf, 'f', 1, 64)); got != i {
						t.Fatalf("fact %d at confidence %v stored at %d, want %d", i, conf, got, i)
					}
				}
			}
			if len(c.triples) != facts {
				t.Fatalf("%d triples, want %d", len(c.triples), facts)
			}
			for i, tr := range c.triples {
				if tr.Subject != "P"+strconv.Itoa(i) || tr.Confidence != 0.9 || tr.Rule != "r0.9" {
					t.Errorf("triple %d = %s %v %s, want P%d 0.9 r0.9", i, tr.Subject, tr.Confidence, tr.Rule, i)
				}
			}
			// The same names as another type are other facts.
			if got := c.add(s, &mention{typ: "Position", canon: "P0"}, "memberOf", org, 0.5, "r"); got != facts {
				t.Errorf("a fact about a Position named like a Person stored at %d, want %d", got, facts)
			}
		})
	}
}
