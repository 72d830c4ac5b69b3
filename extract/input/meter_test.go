package input

import (
	"bytes"
	"fmt"
	"io"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/graphq/graphq/extract"
)

// randomCorpus is a JSON Lines corpus of n records of words that gzip
// cannot shrink much, so its compressed form spans many read buffers.
func randomCorpus(n int) []byte {
	rng := rand.New(rand.NewPCG(1, 2))
	var b bytes.Buffer
	for i := range n {
		words := make([]string, 60)
		for j := range words {
			w := make([]byte, 3+rng.IntN(8))
			for k := range w {
				w[k] = byte('a' + rng.IntN(26))
			}
			words[j] = string(w)
		}
		fmt.Fprintf(&b, `{"id":"r%d","text":"%s."}`+"\n", i, strings.Join(words, " "))
	}
	return b.Bytes()
}

func fileBytes(t *testing.T, paths ...string) int64 {
	t.Helper()
	var n int64
	for _, p := range paths {
		st, err := os.Stat(p)
		if err != nil {
			t.Fatal(err)
		}
		n += st.Size()
	}
	return n
}

// TestWalkMeteredCountsEveryByte: for each kind of input, Size is the sum
// of the files the walk reads (and not of those it passes over), and when
// the walk ends the Meter has consumed exactly that many bytes, including
// files rejected before being read to the end.
func TestWalkMeteredCountsEveryByte(t *testing.T) {
	dir := t.TempDir()
	w := func(name string, data []byte) string { return writeFile(t, dir, name, data) }
	corpus := randomCorpus(3000)
	tree := filepath.Join(dir, "tree")
	read := []string{ // what a walk of tree reads, good or bad
		w("tree/a.txt", []byte("Artikel pertama di Badung.")),
		w("tree/b/c.txt.gz", gzipBytes(t, []byte("Artikel terkompresi."))),
		w("tree/b/d.html", []byte("<html><title>Judul</title><p>Isi.</p></html>")),
		w("tree/e/empty.txt", nil),
		w("tree/e/huge.txt", bytes.Repeat([]byte("kata "), 4000)), // over the limit below: not read
		w("tree/f/corpus.jsonl", corpus[:5000]),
	}
	w("tree/.hidden/secret.txt", []byte("Tersembunyi."))
	w("tree/g/photo.png", []byte("\x89PNG\r\n\x1a\n"))
	jsonl := w("corpus.jsonl", corpus)
	gz := w("corpus.jsonl.gz", gzipBytes(t, corpus))
	badGz := w("bad.jsonl.gz", []byte("not gzip at all"))
	jsonDoc := w("meta.json", []byte(`{"x":1}`))
	missing := filepath.Join(dir, "missing.txt")

	tests := []struct {
		name  string
		paths []string
		want  int64
	}{
		{"directory", []string{tree}, fileBytes(t, read...)},
		{"JSON Lines", []string{jsonl}, fileBytes(t, jsonl)},
		{"gzipped JSON Lines", []string{gz}, fileBytes(t, gz)},
		{"several", []string{gz, jsonl, tree}, fileBytes(t, append([]string{gz, jsonl}, read...)...)},
		{"rejected files", []string{badGz, jsonDoc, missing}, fileBytes(t, badGz, jsonDoc)},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			size, known := Size(tc.paths)
			if !known || size != tc.want {
				t.Errorf("Size = %d, %v; want %d, true", size, known, tc.want)
			}
			var m Meter
			var c collected
			if err := WalkMetered(tc.paths, Limits{MaxArticleBytes: 10000}, &m, c.fn); err != nil {
				t.Fatal(err)
			}
			if m.Read() != tc.want || m.Total() != tc.want {
				t.Errorf("after the walk Read = %d, Total = %d; want both %d", m.Read(), m.Total(), tc.want)
			}
			if len(c.articles) == 0 && tc.name != "rejected files" {
				t.Errorf("no articles read")
			}
		})
	}
}

// TestWalkMeteredCountsWhileStreaming: a big gzipped corpus is counted as
// its compressed bytes are read, not only when it is done, so a progress
// bar moves through a single file.
func TestWalkMeteredCountsWhileStreaming(t *testing.T) {
	gz := writeFile(t, t.TempDir(), "corpus.jsonl.gz", gzipBytes(t, randomCorpus(3000)))
	total := fileBytes(t, gz)
	if total < 4*64<<10 {
		t.Fatalf("test corpus is %d bytes compressed, too small to span several reads", total)
	}
	var m Meter
	var seen []int64
	err := WalkMetered([]string{gz}, Limits{}, &m, func(a extract.Article, err error) error {
		seen = append(seen, m.Read())
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	if first := seen[0]; first <= 0 || first >= total/2 {
		t.Errorf("Read at the first record = %d, want some but under half of %d", first, total)
	}
	for i := 1; i < len(seen); i++ {
		if seen[i] < seen[i-1] {
			t.Fatalf("Read went back from %d to %d at record %d", seen[i-1], seen[i], i+1)
		}
	}
	if mid := seen[len(seen)/2]; mid <= seen[0] || mid >= total {
		t.Errorf("Read half way = %d, want between %d and %d", mid, seen[0], total)
	}
}

// TestSizeUnknown: standard input and devices have no size to go by.
func TestSizeUnknown(t *testing.T) {
	file := writeFile(t, t.TempDir(), "a.txt", []byte("Isi."))
	tests := [][]string{{"-"}, {file, "-"}}
	if st, err := os.Stat(os.DevNull); err == nil && !st.Mode().IsRegular() {
		tests = append(tests, []string{file, os.DevNull})
	}
	for _, paths := range tests {
		if n, known := Size(paths); known || n != 0 {
			t.Errorf("Size(%q) = %d, %v; want 0, false", paths, n, known)
		}
	}
}

// TestWalkMeteredStdin counts what it reads from standard input, with no
// total.
func TestWalkMeteredStdin(t *testing.T) {
	defer func(r io.Reader) { stdin = r }(stdin)
	data := gzipBytes(t, []byte(`{"id":"a","text":"Satu."}`+"\n"+`{"id":"b","text":"Dua."}`))
	stdin = bytes.NewReader(data)
	var m Meter
	var c collected
	if err := WalkMetered([]string{"-"}, Limits{}, &m, c.fn); err != nil {
		t.Fatal(err)
	}
	if len(c.articles) != 2 || m.Read() != int64(len(data)) || m.Total() != 0 {
		t.Errorf("articles %d, Read %d, Total %d; want 2, %d, 0", len(c.articles), m.Read(), m.Total(), len(data))
	}
}

// TestWalkMeteredNilMeter is WalkWith.
func TestWalkMeteredNilMeter(t *testing.T) {
	file := writeFile(t, t.TempDir(), "a.txt", []byte("Isi."))
	var m *Meter
	var c collected
	if err := WalkMetered([]string{file}, Limits{}, m, c.fn); err != nil {
		t.Fatal(err)
	}
	if len(c.articles) != 1 || m.Read() != 0 || m.Total() != 0 {
		t.Errorf("articles %d, Read %d, Total %d", len(c.articles), m.Read(), m.Total())
	}
}
