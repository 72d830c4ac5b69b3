package input

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// BenchmarkRead reads the largest seed from memory: the clean-UTF-8 fast
// path that every ordinary article takes.
func BenchmarkRead(b *testing.B) {
	data, err := os.ReadFile(filepath.Join("../../seeds", "001_354e1def9f1e9756.txt"))
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Read("001.txt", bytes.NewReader(data)); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkReadHTML measures the HTML path on a page of a realistic size.
func BenchmarkReadHTML(b *testing.B) {
	page := strings.Replace(newsPage, "<article>", "<article>"+strings.Repeat("<p>Bupati Badung meresmikan pasar di <b>Mengwi</b>, Kamis (14/9).</p>\n", 200), 1)
	b.SetBytes(int64(len(page)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Read("page.html", strings.NewReader(page)); err != nil {
			b.Fatal(err)
		}
	}
}
