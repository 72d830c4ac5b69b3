package corpus

import (
	"bytes"
	"crypto/sha256"
	"strings"
	"testing"

	"github.com/graphq/graphq/extract"
	"github.com/graphq/graphq/extract/input"
)

func corpusBytes(t *testing.T, seed int64, n int) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := New(seed).WriteJSONL(&buf, n); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func TestSameSeedSameBytes(t *testing.T) {
	a, b := corpusBytes(t, 7, 300), corpusBytes(t, 7, 300)
	if !bytes.Equal(a, b) {
		t.Fatalf("two runs with seed 7 differ: %x vs %x", sha256.Sum256(a), sha256.Sum256(b))
	}
	if c := corpusBytes(t, 8, 300); bytes.Equal(a, c) {
		t.Error("seeds 7 and 8 give the same corpus")
	}
	// A longer corpus starts with the shorter one: articles do not depend
	// on how many follow.
	if long := corpusBytes(t, 7, 400); !bytes.HasPrefix(long, a) {
		t.Error("the first 300 articles change when 400 are generated")
	}
}

// The corpus is what extract/input reads, and the extractor finds facts in
// it about people who recur across articles.
func TestCorpusIsReadableAndConnected(t *testing.T) {
	const n = 60
	var articles []extract.Article
	err := input.ReadJSONL("gen.jsonl", bytes.NewReader(corpusBytes(t, 1, n)), input.Limits{}, func(a extract.Article, err error) error {
		if err != nil {
			t.Errorf("record rejected: %v", err)
			return nil
		}
		articles = append(articles, a)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(articles) != n {
		t.Fatalf("read %d articles, want %d", len(articles), n)
	}
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	triples := 0
	seenIn := map[string]map[string]bool{} // person -> articles
	for _, a := range articles {
		if a.Title == "" || a.Date == "" || !strings.HasPrefix(a.Source, "gen-1-") {
			t.Errorf("article %q lacks title, date or id", a.Source)
		}
		r := x.Extract(a)
		triples += len(r.Triples)
		for _, tr := range r.Triples {
			if tr.SubjectType == "Person" {
				if seenIn[tr.Subject] == nil {
					seenIn[tr.Subject] = map[string]bool{}
				}
				seenIn[tr.Subject][a.Source] = true
			}
		}
	}
	if per := float64(triples) / n; per < 10 || per > 40 {
		t.Errorf("%.1f triples per article, want 10..40 like the seeds (~16)", per)
	}
	recurring := 0
	for _, arts := range seenIn {
		if len(arts) > 1 {
			recurring++
		}
	}
	if recurring < 10 {
		t.Errorf("only %d people occur in more than one article", recurring)
	}
}
