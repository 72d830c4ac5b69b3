package extract

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// BenchmarkExtract measures extraction throughput on the seed articles;
// -benchmem gives allocations, b.SetBytes gives MB/s, and sentences/s is
// reported as a metric.
func BenchmarkExtract(b *testing.B) {
	paths, _ := filepath.Glob("../seeds/*.txt")
	var texts []string
	size, sentences := 0, 0
	x, err := New()
	if err != nil {
		b.Fatal(err)
	}
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			b.Fatal(err)
		}
		texts = append(texts, string(data))
		size += len(data)
		sentences += len(x.Sentences(string(data)))
	}
	if len(texts) == 0 {
		b.Skip("no seed articles")
	}
	b.SetBytes(int64(size))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for j, t := range texts {
			x.Extract(Article{Source: strings.Repeat("s", j+1), Text: t})
		}
	}
	b.ReportMetric(float64(sentences*b.N)/b.Elapsed().Seconds(), "sentences/s")
}
