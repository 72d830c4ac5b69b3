package input

import (
	"bytes"
	"encoding/binary"
	"math/rand/v2"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"unicode/utf8"
)

func TestReadFile(t *testing.T) {
	randomBinary := make([]byte, 4096)
	rng := rand.New(rand.NewPCG(1, 2))
	for i := range randomBinary {
		randomBinary[i] = byte(rng.UintN(256))
		if i%7 == 0 {
			randomBinary[i] = 0
		}
	}
	smallDamage := []byte(strings.Repeat("“Kami siap,” kata Bupati Badung. ", 40))
	smallDamage[100] = 0xff // one stray byte in 1.4 KiB: under 1%
	heavyDamage := []byte(strings.Repeat("“Kami siap,” kata Bupati.\xff\xfe\xfa ", 40))

	tests := []struct {
		name      string
		file      string
		data      []byte
		wantText  string // exact, when wantErr is ""
		wantTitle string
		wantErr   string // substring of the Problem's reason
	}{
		{name: "empty", file: "a.txt", data: nil, wantErr: "empty file"},
		{name: "BOM only", file: "a.txt", data: bomUTF8, wantErr: "empty file"},
		{name: "whitespace only", file: "a.txt", data: []byte(" \n\t\r\n \u00a0\u200b\n"), wantErr: "whitespace-only file"},
		{name: "tiny whitespace is not UTF-16", file: "a.txt", data: []byte("  \n\n "), wantErr: "whitespace-only file"},
		{name: "short word", file: "a.txt", data: []byte("ab"), wantText: "ab"},
		{name: "random bytes with NULs", file: "a.txt", data: randomBinary, wantErr: "binary file ("},
		{name: "ELF header", file: "a.txt", data: append([]byte("\x7fELF\x02\x01\x01"), make([]byte, 64)...), wantErr: "binary file (ELF executable)"},
		{name: "PNG header", file: "a.txt", data: []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"), wantErr: "binary file (PNG image)"},
		{name: "text named .png is still sniffed", file: "a.png", data: []byte("Kata Bupati di Badung hari ini."), wantText: "Kata Bupati di Badung hari ini."},
		{name: "UTF-8 BOM stripped", file: "a.txt", data: append(bomUTF8, "Isi berita.\n"...), wantText: "Isi berita.\n"},
		{name: "CRLF kept", file: "a.txt", data: []byte("Judul Berita Hari Ini\r\n\r\nIsi berita.\r\n"), wantText: "Judul Berita Hari Ini\r\n\r\nIsi berita.\r\n", wantTitle: "Judul Berita Hari Ini"},
		{name: "small UTF-8 damage repaired", file: "a.txt", data: smallDamage,
			wantText: strings.Replace(string(smallDamage), "\xff", "\uFFFD", 1)},
		{name: "heavy UTF-8 damage rejected", file: "a.txt", data: heavyDamage, wantErr: "invalid UTF-8 at byte 29"},
		{name: "UTF-16LE with BOM", file: "a.txt", data: utf16Bytes("Wakil Bupati “Suiasa” hadir.\n", binary.LittleEndian, true), wantText: "Wakil Bupati “Suiasa” hadir.\n"},
		{name: "UTF-16BE with BOM", file: "a.txt", data: utf16Bytes("Wakil Bupati “Suiasa” hadir.\n", binary.BigEndian, true), wantText: "Wakil Bupati “Suiasa” hadir.\n"},
		{name: "UTF-16LE without BOM", file: "a.txt", data: utf16Bytes("Wakil Bupati Suiasa hadir di Puspem Badung.", binary.LittleEndian, false), wantText: "Wakil Bupati Suiasa hadir di Puspem Badung."},
		{name: "UTF-16BE without BOM", file: "a.txt", data: utf16Bytes("Wakil Bupati Suiasa hadir di Puspem Badung.", binary.BigEndian, false), wantText: "Wakil Bupati Suiasa hadir di Puspem Badung."},
		{name: "Windows-1252 smart quotes and é", file: "a.txt", data: []byte("\x93Kami siap,\x94 kata manajer caf\xe9 itu \x96 di Ubud.\n"),
			wantText: "“Kami siap,” kata manajer café itu – di Ubud.\n"},
		{name: "Latin-1 é alone", file: "a.txt", data: []byte("Pemilik caf\xe9 di Kuta."), wantText: "Pemilik café di Kuta."},
		{name: "stray NULs dropped, controls to spaces", file: "a.txt", data: []byte(indonesian + "\x00\x00akhir\x01berita\x1b.\n"),
			wantText: indonesian + "akhir berita .\n"},
		{name: "mostly control bytes", file: "a.txt", data: []byte("a\x01\x02\x03\x04b\x05\x06\x07\x08c"), wantErr: "binary file (73% control bytes)"},
		{name: "gzip by magic under a .txt name", file: "z.txt", data: gzipBytes(t, []byte("Isi berita.")), wantText: "Isi berita."},
		{name: "truncated gzip", file: "z.txt.gz", data: gzipBytes(t, []byte(indonesian))[:40], wantErr: "corrupt gzip data"},
		{name: "not gzip under a .gz name", file: "z.txt.gz", data: []byte("plain text"), wantErr: "not a valid gzip file"},
		{name: "gzip inside gzip", file: "z.gz", data: gzipBytes(t, gzipBytes(t, []byte("x"))), wantErr: "binary file (gzip inside gzip)"},
		{name: "JSON document", file: "a.jsonl", data: []byte(`{"text":"x"}`), wantErr: "JSON Lines corpus"},
	}
	dir := t.TempDir()
	for i, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			path := writeFile(t, filepath.Join(dir, string(rune('a'+i))), tc.file, tc.data)
			a, err := ReadFile(path)
			if tc.wantErr != "" {
				if err == nil {
					t.Fatalf("ReadFile = %q, nil; want a Problem %q", a.Text, tc.wantErr)
				}
				if reason := problemReason(t, err, path); !strings.Contains(reason, tc.wantErr) {
					t.Errorf("reason %q, want it to contain %q", reason, tc.wantErr)
				}
				if a.Text != "" || a.Source != "" {
					t.Errorf("a rejected file returned a non-zero Article %+v", a)
				}
				return
			}
			if err != nil {
				t.Fatalf("ReadFile: %v", err)
			}
			if a.Text != tc.wantText {
				t.Errorf("Text = %q\nwant   %q", a.Text, tc.wantText)
			}
			if a.Title != tc.wantTitle {
				t.Errorf("Title = %q, want %q", a.Title, tc.wantTitle)
			}
			if a.File != path || a.Source != sourceName(tc.file) {
				t.Errorf("File, Source = %q, %q; want %q, %q", a.File, a.Source, path, sourceName(tc.file))
			}
			if !utf8.ValidString(a.Text) {
				t.Errorf("Text is not valid UTF-8")
			}
		})
	}
}

// TestReadSeedsByteIdentical guards the offsets contract: clean UTF-8 text
// must come back exactly as it is on disk.
func TestReadSeedsByteIdentical(t *testing.T) {
	paths, err := filepath.Glob("../../seeds/*.txt")
	if err != nil || len(paths) == 0 {
		t.Fatalf("no seed files found (%v)", err)
	}
	for _, path := range paths {
		want, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		a, err := ReadFile(path)
		if err != nil {
			t.Errorf("ReadFile(%s): %v", path, err)
			continue
		}
		if a.Text != string(want) {
			t.Errorf("%s: Text differs from the file (%d vs %d bytes)", path, len(a.Text), len(want))
		}
		if wantSrc := strings.TrimSuffix(filepath.Base(path), ".txt"); a.Source != wantSrc {
			t.Errorf("%s: Source = %q, want %q", path, a.Source, wantSrc)
		}
		// Gzipped, the same seed must read the same.
		gz := writeFile(t, t.TempDir(), filepath.Base(path)+".gz", gzipBytes(t, want))
		if b, err := ReadFile(gz); err != nil || b.Text != a.Text || b.Source != a.Source {
			t.Errorf("%s.gz: reads differently from the plain file (err %v)", path, err)
		}
	}
}

func TestSeedTitles(t *testing.T) {
	tests := map[string]string{
		"000_1da8f10a785c8fae.txt": "", // opens with a sentence, not a headline
		"001_354e1def9f1e9756.txt": "ASN Diminta Tegakkan Netralitas dalam Pilkada Gubernur dan Bupati 2024",
		"004_48dcb83e3e4def6d.txt": "", // a run-together category strip
	}
	for file, want := range tests {
		a, err := ReadFile(filepath.Join("../../seeds", file))
		if err != nil {
			t.Fatal(err)
		}
		if a.Title != want {
			t.Errorf("%s: Title = %q, want %q", file, a.Title, want)
		}
	}
}

func TestReadLimits(t *testing.T) {
	dir := t.TempDir()

	// A sparse 40 MiB file: rejected by its size before a byte is read.
	big := filepath.Join(dir, "big.txt")
	f, err := os.Create(big)
	if err != nil {
		t.Fatal(err)
	}
	if err := f.Truncate(40 << 20); err != nil {
		t.Fatal(err)
	}
	f.Close()

	longLine := writeFile(t, dir, "longline.txt", []byte("Judul\n\n"+strings.Repeat("kata ", (DefaultMaxLineBytes/5)+10)+"\nakhir\n"))
	small := Limits{MaxArticleBytes: 1000, MaxLineBytes: 100}
	tests := []struct {
		name   string
		read   func() error
		file   string
		reason string
	}{
		{"file over the article limit", func() error { _, err := ReadFile(big); return err }, big,
			"article is 40.0 MiB, over the 5 MiB limit"},
		{"line over the line limit", func() error { _, err := ReadFile(longLine); return err }, longLine,
			"line 3 is 1.0 MiB, over the 1 MiB line limit"},
		{"stream over a custom limit", func() error {
			_, err := ReadWith("s.txt", strings.NewReader(strings.Repeat("a", 1001)), small)
			return err
		}, "s.txt", "article is over the 1000 bytes limit"},
		{"line over a custom limit", func() error {
			_, err := ReadWith("s.txt", strings.NewReader("ok\n"+strings.Repeat("b", 101)), small)
			return err
		}, "s.txt", "line 2 is 101 bytes, over the 100 bytes line limit"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			err := tc.read()
			if err == nil {
				t.Fatal("no Problem")
			}
			if got := problemReason(t, err, tc.file); got != tc.reason {
				t.Errorf("reason %q, want %q", got, tc.reason)
			}
		})
	}
	if _, err := ReadWith("s.txt", strings.NewReader(strings.Repeat("a", 100)), small); err != nil {
		t.Errorf("an article exactly at both limits was rejected: %v", err)
	}
}

// TestGzipBomb inflates 256 MiB from about 256 KiB of gzip; Read must stop at
// the limit, so it may allocate little more than the limit itself.
func TestGzipBomb(t *testing.T) {
	var bomb bytes.Buffer
	zw, _ := newBestGzip(&bomb)
	zeros := make([]byte, 1<<20)
	for range 256 {
		if _, err := zw.Write(zeros); err != nil {
			t.Fatal(err)
		}
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	path := writeFile(t, t.TempDir(), "bomb.txt.gz", bomb.Bytes())

	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	_, err := ReadFile(path)
	runtime.ReadMemStats(&after)
	if err == nil {
		t.Fatal("a gzip bomb was accepted")
	}
	if got, want := problemReason(t, err, path), "decompressed article is over the 5 MiB limit"; got != want {
		t.Errorf("reason %q, want %q", got, want)
	}
	if alloc := after.TotalAlloc - before.TotalAlloc; alloc > 64<<20 {
		t.Errorf("reading a %d KiB bomb allocated %d MiB", bomb.Len()>>10, alloc>>20)
	}
}

func TestSourceName(t *testing.T) {
	for name, want := range map[string]string{
		"a.txt":                "a",
		"dir/a.txt.gz":         "a",
		"a.TXT.GZ":             "a",
		"a.gz":                 "a",
		"report.2024.txt":      "report.2024",
		"noext":                "noext",
		".env":                 ".env",
		"stdin":                "stdin",
		"x/000_1da8f10a78.txt": "000_1da8f10a78",
	} {
		if got := sourceName(name); got != want {
			t.Errorf("sourceName(%q) = %q, want %q", name, got, want)
		}
	}
}

func TestHeadline(t *testing.T) {
	for text, want := range map[string]string{
		"\n\n  Bupati Badung Resmikan Pasar  \nIsi.":   "Bupati Badung Resmikan Pasar",
		"Bupati Badung meresmikan pasar.\nIsi.":        "",
		"Bupati\nIsi berita":                           "",
		"2024 - 09 - 14\nIsi":                          "",
		strings.Repeat("kata ", 30) + "\nIsi":          "",
		"Apa Kata Gubernur Soal Netralitas ASN?\nIsi.": "Apa Kata Gubernur Soal Netralitas ASN?",
	} {
		if got := headline(text); got != want {
			t.Errorf("headline(%q) = %q, want %q", text, got, want)
		}
	}
}
