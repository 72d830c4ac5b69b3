package graph

import (
	"bytes"
	"compress/gzip"
	"context"
	"encoding/binary"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf16"
)

// hostileCorpus writes the dirty inputs real corpora hold beside good
// articles. It returns the directory, the file names that must load and the
// file names that must be reported with a reason containing the given text.
func hostileCorpus(t *testing.T) (dir string, good []string, bad map[string]string) {
	t.Helper()
	dir = t.TempDir()
	seed, err := os.ReadFile(filepath.Join(buildSeedDir, "000_1da8f10a785c8fae.txt"))
	if err != nil {
		t.Fatal(err)
	}
	article := "Bupati Tabanan I Komang Gede Sanjaya membuka Musyawarah Perencanaan Pembangunan di Gedung Kesenian, Selasa (5/3/2024).\n"
	utf16le := func(s string) []byte {
		var b bytes.Buffer
		b.Write([]byte{0xff, 0xfe})
		for _, r := range utf16.Encode([]rune(s)) {
			binary.Write(&b, binary.LittleEndian, r)
		}
		return b.Bytes()
	}
	gz := func(b []byte) []byte {
		var out bytes.Buffer
		w := gzip.NewWriter(&out)
		w.Write(b)
		w.Close()
		return out.Bytes()
	}
	bomb := gz(make([]byte, 8<<20)) // inflates past the 5 MiB article limit
	files := map[string][]byte{
		"good_seed.txt":    seed,
		"good_utf16.txt":   utf16le(article),
		"good_cp1252.txt":  []byte("\x93Kami siap,\x94 kata Wakil Bupati Gianyar Anak Agung Mayun di Gedung Sabha Budaya.\n"),
		"good_html.html":   []byte("<!doctype html><html><head><title>Rapat</title><script>var x=1;</script></head><body><p>" + article + "</p></body></html>"),
		"good_gzip.txt.gz": gz([]byte(article)),
		"good_nul.txt":     []byte("Wakil Bupati Badung Ketut Suiasa\x00 menghadiri Rapat Koordinasi Netralitas.\n"),
		"bad_empty.txt":    nil,
		"bad_blank.txt":    []byte(" \n\t\n"),
		"bad_binary.txt":   append([]byte{0x7f, 'E', 'L', 'F', 2, 1, 1, 0}, bytes.Repeat([]byte{0, 0xff, 0x13}, 300)...),
		"bad_utf8.txt":     bytes.Repeat([]byte{0xc3, 0x28, 0xa0, 0xa1, 'a'}, 200),
		"bad_longline.txt": []byte(strings.Repeat("kata ", (1<<20)/5+10)),
		"bad_bomb.txt.gz":  bomb,
		"bad_corpus.jsonl": []byte("{\"id\":\"j1\",\"text\":\"" + strings.TrimSpace(article) + "\"}\nnot json\n"),
	}
	bad = map[string]string{
		"bad_empty.txt":      "empty",
		"bad_blank.txt":      "",
		"bad_binary.txt":     "binary",
		"bad_utf8.txt":       "UTF-8",
		"bad_longline.txt":   "line",
		"bad_bomb.txt.gz":    "limit",
		"bad_corpus.jsonl:2": "JSON",
	}
	for name, data := range files {
		if err := os.WriteFile(filepath.Join(dir, name), data, 0o644); err != nil {
			t.Fatal(err)
		}
		if strings.HasPrefix(name, "good_") {
			good = append(good, strings.TrimSuffix(strings.TrimSuffix(strings.TrimSuffix(name, ".gz"), ".txt"), ".html"))
		}
	}
	good = append(good, "j1") // the good line of the JSON Lines corpus
	return dir, good, bad
}

// A build over a directory of hostile inputs never panics, loads every good
// article, names every bad file with its reason, and leaves a consistent store.
func TestBuildHostileInputs(t *testing.T) {
	dir, good, bad := hostileCorpus(t)
	s := openBuildStore(t)
	ctx := context.Background()
	sum, err := s.Build(ctx, []string{dir}, BuildOptions{Workers: 2})
	if err != nil {
		t.Fatalf("build: %v", err)
	}
	if sum.Articles != len(good) {
		t.Errorf("loaded %d articles, want %d (%v); problems: %v", sum.Articles, len(good), good, sum.Problems)
	}
	for _, source := range good {
		hash, found, err := s.ArticleHash(ctx, source)
		if err != nil || !found || hash == "" {
			t.Errorf("good article %s not stored (found=%v, err=%v)", source, found, err)
		}
	}
	// Decoded text, not mojibake, reached the extractor.
	for _, name := range []string{"I Komang Gede Sanjaya", "Anak Agung Mayun", "Ketut Suiasa"} {
		if found, err := s.Lookup(ctx, name); err != nil || len(found) == 0 {
			t.Errorf("entity %q from a decoded file not found (%v)", name, err)
		}
	}
	reported := map[string]string{}
	for _, p := range sum.Problems {
		reported[filepath.Base(p.File)] = p.Reason
	}
	for file, want := range bad {
		reason, ok := reported[file]
		if !ok {
			t.Errorf("%s not reported; problems: %v", file, sum.Problems)
			continue
		}
		if !strings.Contains(reason, want) {
			t.Errorf("%s reported as %q, want a reason mentioning %q", file, reason, want)
		}
	}
	if len(sum.Problems) != len(bad) {
		t.Errorf("%d problems, want %d: %v", len(sum.Problems), len(bad), sum.Problems)
	}
	if problems, err := s.Check(ctx); err != nil || len(problems) > 0 {
		t.Errorf("check after a hostile build: %v %v", err, problems)
	}
	// Nothing stored is lost by a second build over the same mess.
	before := exportOf(t, s)
	if _, err := s.Build(ctx, []string{dir}, BuildOptions{Workers: 1}); err != nil {
		t.Fatal(err)
	}
	if after := exportOf(t, s); after != before {
		t.Errorf("a second build changed the store (%d -> %d bytes)", len(before), len(after))
	}
}
