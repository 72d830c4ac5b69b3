package extract

import (
	"os"
	"path/filepath"
	"testing"
	"unicode/utf8"
)

// FuzzExtract checks the pipeline's invariants on any text: no panic, every
// triple's provenance points into the text, names are non-empty valid UTF-8.
func FuzzExtract(f *testing.F) {
	seeds, _ := filepath.Glob("../seeds/*.txt")
	for _, p := range seeds {
		if b, err := os.ReadFile(p); err == nil {
			f.Add(string(b[:min(len(b), 600)]))
		}
	}
	f.Add("Kepala BKN (BKN) ( ) , . “ ” Dr. . Prof")
	f.Add("Rabu (31/2/2020) Kamis (0/0) Senin 99 Maret 20245")
	x, err := New()
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, text string) {
		res := x.Extract(Article{Source: "f", Text: text})
		for _, tr := range res.Triples {
			if tr.Start < 0 || tr.End > len(text) || tr.Start > tr.End || text[tr.Start:tr.End] != tr.Sentence {
				t.Fatalf("bad provenance %d:%d for %q", tr.Start, tr.End, tr.Sentence)
			}
			if tr.Subject == "" || tr.Object == "" || tr.Predicate == "" {
				t.Fatalf("empty field in %+v", tr)
			}
			if utf8.ValidString(text) && (!utf8.ValidString(tr.Subject) || !utf8.ValidString(tr.Object)) {
				t.Fatalf("invalid UTF-8 name in %+v", tr)
			}
			if tr.Confidence <= 0 || tr.Confidence > 1 {
				t.Fatalf("confidence %v out of (0,1]", tr.Confidence)
			}
		}
	})
}
