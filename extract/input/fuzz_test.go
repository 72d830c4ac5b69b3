package input

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/graphq/graphq/extract"
)

// FuzzRead: whatever the bytes, Read neither panics nor returns text that
// breaks the Article contract, and rejects only with a *Problem.
func FuzzRead(f *testing.F) {
	if seeds, _ := filepath.Glob("../../seeds/*.txt"); len(seeds) > 0 {
		data, err := os.ReadFile(seeds[0])
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data, false)
	}
	f.Add([]byte(newsPage), true)
	f.Add(gzipBytes(f, []byte("Isi.")), false)
	lim := Limits{MaxArticleBytes: 64 << 10, MaxLineBytes: 4 << 10}
	f.Fuzz(func(t *testing.T, data []byte, asHTML bool) {
		name := "fuzz.txt"
		if asHTML {
			name = "fuzz.html"
		}
		a, err := ReadWith(name, bytes.NewReader(data), lim)
		if err != nil {
			var p *Problem
			if !asProblem(err, &p) || p.File != name || p.Reason == "" {
				t.Fatalf("error %v is not a *Problem for %s with a reason", err, name)
			}
			return
		}
		switch {
		case !utf8.ValidString(a.Text):
			t.Fatalf("Text is not valid UTF-8: %q", a.Text)
		case strings.IndexFunc(a.Text, isStrayControl) >= 0:
			t.Fatalf("Text holds a control character: %q", a.Text)
		case isBlank(a.Text):
			t.Fatalf("accepted blank text %q", a.Text)
		case !utf8.ValidString(a.Title) || strings.ContainsRune(a.Title, '\n'):
			t.Fatalf("bad Title %q", a.Title)
		case a.Date != "" && normaliseDate(a.Date) != a.Date:
			t.Fatalf("Date %q is not YYYY-MM-DD", a.Date)
		case a.Source != "fuzz":
			t.Fatalf("Source = %q", a.Source)
		}
		if n, _ := longestLine(a.Text); n > lim.MaxLineBytes {
			t.Fatalf("accepted a %d-byte line", n)
		}
		if utf8.Valid(data) && !asHTML && !looksHTML(string(data), name) &&
			!bytes.ContainsFunc(data, func(r rune) bool { return isStrayControl(r) || r == '\ufeff' }) &&
			!bytes.HasPrefix(data, gzipMagic) && a.Text != string(data) {
			if _, ok := guessUTF16(data); !ok {
				t.Fatalf("clean UTF-8 changed:\n%q\n%q", data, a.Text)
			}
		}
	})
}

// FuzzReadJSONL: a corpus of any bytes yields valid articles and problems
// that each name a line or the corpus, never a panic.
func FuzzReadJSONL(f *testing.F) {
	f.Add([]byte(`{"id":"a","title":"T","date":"2023-09-14","text":"Isi."}` + "\n{bad\n" + `{"text":"<p>x</p>"}`))
	f.Add([]byte("\n\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		err := ReadJSONL("c.jsonl", bytes.NewReader(data), Limits{MaxArticleBytes: 4 << 10}, func(a extract.Article, err error) error {
			if err != nil {
				var p *Problem
				if !asProblem(err, &p) || !strings.HasPrefix(p.File, "c.jsonl") {
					t.Fatalf("bad problem %v", err)
				}
				return nil
			}
			if !utf8.ValidString(a.Text) || isBlank(a.Text) || strings.IndexFunc(a.Text, isStrayControl) >= 0 {
				t.Fatalf("bad text %q", a.Text)
			}
			if a.Source == "" || sanitizeID(a.Source) != a.Source && !strings.HasPrefix(a.Source, "c-") {
				t.Fatalf("bad source %q", a.Source)
			}
			return nil
		})
		if err != nil {
			t.Fatalf("ReadJSONL returned %v with a callback that never fails", err)
		}
	})
}
