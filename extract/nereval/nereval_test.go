package nereval

import (
	"os"
	"strings"
	"testing"

	"github.com/graphq/graphq/extract"
)

// A two-sentence corpus written for this test: one person and one
// organisation the extractor finds, and a gold place it cannot know.
const corpus = `Ketua PROPN O
KPU PROPN B-ORG
Henry PROPN B-PER
Gultom PROPN I-PER
hadir VERB O
. PUNCT O

Ia PRON O
tiba VERB O
di ADP O
Wakanda PROPN B-LOC
. PUNCT O
`

func TestEvaluateCountsSpans(t *testing.T) {
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	rep, err := Evaluate(x, strings.NewReader(corpus))
	if err != nil {
		t.Fatal(err)
	}
	if rep.Sentences != 2 {
		t.Errorf("sentences = %d, want 2", rep.Sentences)
	}
	got := map[string]Score{}
	for _, s := range rep.ByLabel {
		got[s.Label] = s
	}
	if s := got["PER"]; s.Gold != 1 || s.Correct != 1 {
		t.Errorf("PER = %+v, want the one gold person found", s)
	}
	if s := got["ORG"]; s.Gold != 1 || s.Correct != 1 {
		t.Errorf("ORG = %+v, want the one gold organisation found", s)
	}
	if s := got["LOC"]; s.Gold != 1 || s.Recall != 0 {
		t.Errorf("LOC = %+v, want an unknown place missed", s)
	}
	if rep.Overall.Gold != 3 || rep.Overall.Correct != 2 {
		t.Errorf("overall = %+v", rep.Overall)
	}
}

func TestEvaluateRejectsMalformedLines(t *testing.T) {
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	if _, err := Evaluate(x, strings.NewReader("a b c d e\n")); err == nil {
		t.Fatal("want an error for a line with five fields")
	}
}

// BenchmarkIDNER runs the evaluation on the idner-news-2k test split when
// the shared data is present and reports span F1 per type as metrics.
func BenchmarkIDNER(b *testing.B) {
	path := "../../../shared/data/ner/idner-news-2k/test.txt"
	if _, err := os.Stat(path); err != nil {
		b.Skip("shared NER data not found")
	}
	x, err := extract.New()
	if err != nil {
		b.Fatal(err)
	}
	var rep Report
	for i := 0; i < b.N; i++ {
		f, err := os.Open(path)
		if err != nil {
			b.Fatal(err)
		}
		rep, err = Evaluate(x, f)
		f.Close()
		if err != nil {
			b.Fatal(err)
		}
	}
	for _, s := range append(rep.ByLabel, rep.Overall) {
		b.ReportMetric(s.F1, "F1-"+s.Label)
	}
}

// Read with its neighbour, a sentence's short name is known from the full
// name before it; read alone, it is not.
func TestEvaluateWindowKnowsEarlierNames(t *testing.T) {
	const two = "Ketua PROPN O\nKPU PROPN B-ORG\nHenry PROPN B-PER\nGultom PROPN I-PER\nhadir VERB O\n. PUNCT O\n\n" +
		"Pernyataan NOUN O\nGultom PROPN B-PER\ndikutip VERB O\nmedia NOUN O\n. PUNCT O\n"
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	per := func(rep Report) Score {
		for _, s := range rep.ByLabel {
			if s.Label == "PER" {
				return s
			}
		}
		return Score{}
	}
	alone, err := EvaluateWindow(x, strings.NewReader(two), 1)
	if err != nil {
		t.Fatal(err)
	}
	together, err := EvaluateWindow(x, strings.NewReader(two), 2)
	if err != nil {
		t.Fatal(err)
	}
	if per(alone).Correct != 1 || per(together).Correct != 2 {
		t.Errorf("PER found alone %d, together %d; want 1 and 2", per(alone).Correct, per(together).Correct)
	}
}
