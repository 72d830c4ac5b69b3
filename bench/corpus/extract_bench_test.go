package corpus

import (
	"testing"

	"github.com/graphq/graphq/extract"
)

// BenchmarkExtractCorpus measures extraction on 500 generated articles
// (about 0.75 MB): MB/s from SetBytes, and sentences/s, articles/s and
// triples per article as metrics. Run with -cpu 1 for per-core figures:
// one extractor works on one goroutine.
func BenchmarkExtractCorpus(b *testing.B) {
	const n = 500
	g := New(1)
	x, err := extract.New()
	if err != nil {
		b.Fatal(err)
	}
	articles := make([]extract.Article, n)
	size, sentences := 0, 0
	for i := range articles {
		r := g.Article(i)
		articles[i] = extract.Article{Source: r.ID, Title: r.Title, Date: r.Date, URL: r.URL, Text: r.Text}
		size += len(r.Text)
		sentences += len(x.Sentences(r.Text))
	}
	b.SetBytes(int64(size))
	triples := 0
	for b.Loop() {
		triples = 0
		for _, a := range articles {
			triples += len(x.Extract(a).Triples)
		}
	}
	secs := b.Elapsed().Seconds()
	b.ReportMetric(float64(sentences*b.N)/secs, "sentences/s")
	b.ReportMetric(float64(n*b.N)/secs, "articles/s")
	b.ReportMetric(float64(triples)/n, "triples/article")
}
