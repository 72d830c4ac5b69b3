package input

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/graphq/graphq/extract"
)

// TestWalkDirectoryMix: good files load in lexical order, each bad file is
// reported once with its own name and reason, and what a directory walk
// should pass over is passed over.
func TestWalkDirectoryMix(t *testing.T) {
	dir := t.TempDir()
	seed, err := os.ReadFile("../../seeds/001_354e1def9f1e9756.txt")
	if err != nil {
		t.Fatal(err)
	}
	w := func(name string, data []byte) string { return writeFile(t, dir, name, data) }
	w("b/seed.txt", seed)
	w("a.txt", []byte("Artikel pertama di Badung."))
	w("c.txt.gz", gzipBytes(t, []byte("Artikel terkompresi.")))
	w("d/corpus.jsonl", []byte(`{"id":"r1","text":"Rekaman satu."}`+"\n"+`{"id":"r2",`+"\n"+`{"id":"r3","text":"Rekaman tiga."}`+"\n"))
	w("e.html", []byte("<html><title>Judul</title><p>Isi &amp; laman.</p></html>"))
	empty := w("f/empty.txt", nil)
	binaryFile := w("f/data.bin.txt", append([]byte("\x7fELF"), make([]byte, 100)...))
	spaces := w("f/spaces.txt", []byte("  \n\n "))
	dup := w("g/a.txt", []byte("Artikel kedua bernama a."))
	jsonDoc := w("h/meta.json", []byte(`{"x":1}`))    // skipped: not an article
	w("h/photo.PNG", []byte("\x89PNG\r\n\x1a\n"))     // skipped by extension
	w("h/backup.tar.gz", gzipBytes(t, []byte("tar"))) // skipped by extension
	w(".hidden/secret.txt", []byte("Tersembunyi."))   // skipped: hidden dir
	w("h/.draft.txt", []byte("Draf tersembunyi."))    // skipped: hidden file
	if err := os.Symlink(filepath.Join(dir, "a.txt"), filepath.Join(dir, "i-link.txt")); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(dir, filepath.Join(dir, "j-loop")); err != nil { // not followed
		t.Fatal(err)
	}
	missing := filepath.Join(dir, "nope.txt")

	var c collected
	if err := Walk([]string{dir, missing, jsonDoc}, c.fn); err != nil {
		t.Fatal(err)
	}
	var sources []string
	for _, a := range c.articles {
		sources = append(sources, a.Source)
	}
	wantSources := []string{"a", "seed", "c", "r1", "r3", "e", "i-link"}
	if strings.Join(sources, " ") != strings.Join(wantSources, " ") {
		t.Errorf("sources = %q, want %q", sources, wantSources)
	}
	wantProblems := []string{
		filepath.Join(dir, "d/corpus.jsonl") + `:2: invalid JSON: unexpected end of JSON input`,
		binaryFile + ": binary file (ELF executable)",
		empty + ": empty file",
		spaces + ": whitespace-only file",
		dup + ": duplicate article id a, also from " + filepath.Join(dir, "a.txt"),
		missing + ": no such file or directory",
		jsonDoc + ": a JSON document, not an article: put records one per line in a .jsonl file",
	}
	if got := strings.Join(c.problems, "\n"); got != strings.Join(wantProblems, "\n") {
		t.Errorf("problems =\n%s\nwant\n%s", got, strings.Join(wantProblems, "\n"))
	}
	if len(c.articles) > 0 && c.articles[1].Text != string(seed) {
		t.Errorf("the seed read through Walk is not byte-identical")
	}
	if e := c.articles[5]; e.Title != "Judul" || e.Text != "Isi & laman." {
		t.Errorf("HTML article = %+v", e)
	}
}

func TestWalkStdin(t *testing.T) {
	tests := []struct {
		name     string
		input    []byte
		articles []extract.Article
		problems []string
	}{
		{"one article", []byte("Judul Berita Dari Stdin\n\nIsi."), []extract.Article{
			{Source: "stdin", Title: "Judul Berita Dari Stdin", Text: "Judul Berita Dari Stdin\n\nIsi."}}, nil},
		{"JSON Lines", []byte("\n  {\"id\":\"x\",\"text\":\"Satu.\"}\n{oops\n"), []extract.Article{
			{Source: "x", Text: "Satu."}}, []string{"stdin:3: invalid JSON: invalid character 'o' looking for beginning of object key string"}},
		{"gzipped article", gzipBytes(t, []byte("Isi terkompresi.")), []extract.Article{
			{Source: "stdin", Text: "Isi terkompresi."}}, nil},
		{"gzipped JSON Lines", gzipBytes(t, []byte(`{"id":"g","text":"Isi."}`)), []extract.Article{
			{Source: "g", Text: "Isi."}}, nil},
		{"empty", nil, nil, []string{"stdin: empty file"}},
	}
	defer func(r io.Reader) { stdin = r }(stdin)
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			stdin = bytes.NewReader(tc.input)
			var c collected
			if err := Walk([]string{"-"}, c.fn); err != nil {
				t.Fatal(err)
			}
			if fmt.Sprint(c.articles) != fmt.Sprint(tc.articles) {
				t.Errorf("articles = %+v, want %+v", c.articles, tc.articles)
			}
			if strings.Join(c.problems, "\n") != strings.Join(tc.problems, "\n") {
				t.Errorf("problems = %q, want %q", c.problems, tc.problems)
			}
		})
	}
}

func TestWalkStopsOnCallbackError(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, dir, "a.txt", []byte("Satu."))
	writeFile(t, dir, "b.txt", []byte("Dua."))
	writeFile(t, dir, "c.jsonl", []byte(`{"text":"Tiga."}`+"\n"+`{"text":"Empat."}`))
	stop := errors.New("stop")
	for _, after := range []int{1, 2, 3} {
		calls := 0
		err := Walk([]string{dir, dir}, func(extract.Article, error) error {
			calls++
			if calls == after {
				return stop
			}
			return nil
		})
		if !errors.Is(err, stop) || calls != after {
			t.Errorf("stop after %d: err = %v, calls = %d", after, err, calls)
		}
	}
}

// TestWalkDuplicates: the same name in two directories, a JSONL id that
// repeats a file's name, and the same path given twice are each reported
// against the first reading; the first article is kept.
func TestWalkDuplicates(t *testing.T) {
	dir := t.TempDir()
	first := writeFile(t, dir, "x/berita.txt", []byte("Pertama."))
	second := writeFile(t, dir, "y/berita.txt.gz", gzipBytes(t, []byte("Kedua.")))
	corpus := writeFile(t, dir, "z.jsonl", []byte(`{"id":"berita","text":"Ketiga."}`))
	var c collected
	if err := Walk([]string{dir, first}, c.fn); err != nil {
		t.Fatal(err)
	}
	want := []string{
		second + ": duplicate article id berita, also from " + first,
		corpus + ":1: duplicate article id berita, also from " + first,
		first + ": duplicate article id berita, also from " + first,
	}
	if len(c.articles) != 1 || c.articles[0].Text != "Pertama." {
		t.Errorf("articles = %+v, want only the first", c.articles)
	}
	if strings.Join(c.problems, "\n") != strings.Join(want, "\n") {
		t.Errorf("problems =\n%s\nwant\n%s", strings.Join(c.problems, "\n"), strings.Join(want, "\n"))
	}
}

func TestWalkUnreadableDirectory(t *testing.T) {
	if os.Geteuid() == 0 {
		t.Skip("root reads any directory")
	}
	dir := t.TempDir()
	locked := filepath.Join(dir, "locked")
	writeFile(t, locked, "a.txt", []byte("Isi."))
	if err := os.Chmod(locked, 0); err != nil {
		t.Fatal(err)
	}
	defer os.Chmod(locked, 0o755)
	var c collected
	if err := Walk([]string{dir}, c.fn); err != nil {
		t.Fatal(err)
	}
	if len(c.problems) != 1 || c.problems[0] != locked+": permission denied" {
		t.Errorf("problems = %q", c.problems)
	}
}

// TestWalkFollowsALinkedDirectory: a directory named through a symbolic
// link, with or without a trailing separator, is read like the directory.
func TestWalkFollowsALinkedDirectory(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, dir, "real/a.txt", []byte("Isi artikel."))
	link := filepath.Join(dir, "link")
	if err := os.Symlink(filepath.Join(dir, "real"), link); err != nil {
		t.Skipf("no symbolic links here: %v", err)
	}
	for _, p := range []string{link, link + string(filepath.Separator)} {
		var c collected
		if err := Walk([]string{p}, c.fn); err != nil {
			t.Fatal(err)
		}
		want := filepath.Join(link, "a.txt")
		if len(c.articles) != 1 || c.articles[0].File != want || len(c.problems) > 0 {
			t.Errorf("Walk(%q): articles %+v, problems %q; want one from %s", p, c.articles, c.problems, want)
		}
	}
}
