package input

import (
	"errors"
	"strings"
	"testing"

	"github.com/graphq/graphq/extract"
)

// collect gathers what a reader passes to its callback.
type collected struct {
	articles []extract.Article
	problems []string // "FILE: REASON"
}

func (c *collected) fn(a extract.Article, err error) error {
	if err != nil {
		var p *Problem
		if !errors.As(err, &p) {
			return err
		}
		if a != (extract.Article{}) {
			return errors.New("a problem came with a non-zero article")
		}
		c.problems = append(c.problems, p.Error())
		return nil
	}
	c.articles = append(c.articles, a)
	return nil
}

func TestReadJSONL(t *testing.T) {
	corpus := strings.Join([]string{
		`{"id":"kompas/2023/09/14 #1","title":" Bupati  Resmikan Pasar ","date":"14 September 2023","url":"https://example.com/a","text":"Bupati meresmikan pasar.\nIsi."}`,
		`{"id": 42, "date": "2023-09-15T01:00:00Z", "text": "Angka sebagai id."}`,
		``,
		`{"id":"bad", "text": "unterminated}`,
		`["not", "an", "object"]`,
		`{"id":"notext","title":"x"}`,
		`{"id":"blank","text":"  \n\t "}`,
		`{"title":"tanpa id","date":"kemarin","text":"<p>Halaman <b>HTML</b> &amp; isi.</p><p>Dua.</p>"}`,
		`{"id":"huge","text":"` + strings.Repeat("x", 300) + `"}`,
		`{"id":"...","text":"id dari titik saja.","date":1694656800}` + "\r",
		`{"id":"last","text":"Tanpa baris baru di akhir."}`,
	}, "\n")
	var c collected
	err := ReadJSONL("corpus.jsonl", strings.NewReader(corpus), Limits{MaxArticleBytes: 250}, c.fn)
	if err != nil {
		t.Fatal(err)
	}
	want := []extract.Article{
		{Source: "kompas_2023_09_14_1", File: "corpus.jsonl", Title: "Bupati Resmikan Pasar", Date: "2023-09-14",
			URL: "https://example.com/a", Text: "Bupati meresmikan pasar.\nIsi."},
		{Source: "42", File: "corpus.jsonl", Date: "2023-09-15", Text: "Angka sebagai id."},
		{Source: "corpus-8", File: "corpus.jsonl", Title: "tanpa id", Text: "Halaman HTML & isi.\n\nDua."},
		{Source: "corpus-10", File: "corpus.jsonl", Date: "2023-09-14", Text: "id dari titik saja."},
		{Source: "last", File: "corpus.jsonl", Title: "", Text: "Tanpa baris baru di akhir."},
	}
	if len(c.articles) != len(want) {
		t.Fatalf("got %d articles %+v, want %d", len(c.articles), c.articles, len(want))
	}
	for i := range want {
		if c.articles[i] != want[i] {
			t.Errorf("article %d =\n%+v\nwant\n%+v", i, c.articles[i], want[i])
		}
	}
	wantProblems := []string{
		"corpus.jsonl:4: invalid JSON: unexpected end of JSON input",
		"corpus.jsonl:5: not a JSON object",
		`corpus.jsonl:6: record has no "text"`,
		"corpus.jsonl:7: whitespace-only text",
		"corpus.jsonl:9: record is 323 bytes, over the 250 bytes limit",
	}
	if strings.Join(c.problems, "\n") != strings.Join(wantProblems, "\n") {
		t.Errorf("problems =\n%s\nwant\n%s", strings.Join(c.problems, "\n"), strings.Join(wantProblems, "\n"))
	}
}

func TestReadJSONLStreamsPastHugeLine(t *testing.T) {
	// A 3 MiB line under a 1 MiB record limit: skipped, and the next line
	// still read. readLine must not keep the line it skips.
	corpus := `{"id":"a","text":"` + strings.Repeat("y", 3<<20) + `"}` + "\n" + `{"id":"b","text":"Isi."}` + "\n"
	var c collected
	if err := ReadJSONL("big.jsonl", strings.NewReader(corpus), Limits{MaxArticleBytes: 1 << 20}, c.fn); err != nil {
		t.Fatal(err)
	}
	if len(c.articles) != 1 || c.articles[0].Source != "b" {
		t.Errorf("articles = %+v, want only b", c.articles)
	}
	if len(c.problems) != 1 || !strings.HasPrefix(c.problems[0], "big.jsonl:1: record is 3.0 MiB, over the 1 MiB limit") {
		t.Errorf("problems = %q", c.problems)
	}
}

func TestReadJSONLGzipAndEdges(t *testing.T) {
	gz := gzipBytes(t, []byte(`{"id":"z","text":"Isi terkompresi."}`+"\n"))
	tests := []struct {
		name, file string
		data       []byte
		sources    []string
		problems   []string
	}{
		{"gzip", "c.jsonl.gz", gz, []string{"z"}, nil},
		{"empty corpus", "c.jsonl", nil, nil, []string{"c.jsonl: no JSON Lines records"}},
		{"blank lines only", "c.jsonl", []byte("\n \n\n"), nil, []string{"c.jsonl: no JSON Lines records"}},
		{"not gzip under .gz", "c.jsonl.gz", []byte(`{"id":"z","text":"x"}`), nil, []string{"c.jsonl.gz: not a valid gzip file: no gzip header"}},
		{"truncated gzip", "c.jsonl.gz", gz[:len(gz)-6], []string{"z"}, []string{"c.jsonl.gz:2: read: unexpected EOF"}},
		{"BOM on the first line", "c.jsonl", append(bomUTF8, `{"id":"bom","text":"x y z"}`...), []string{"bom"}, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var c collected
			if err := ReadJSONL(tc.file, strings.NewReader(string(tc.data)), Limits{}, c.fn); err != nil {
				t.Fatal(err)
			}
			var sources []string
			for _, a := range c.articles {
				sources = append(sources, a.Source)
			}
			if strings.Join(sources, ",") != strings.Join(tc.sources, ",") {
				t.Errorf("sources = %q, want %q", sources, tc.sources)
			}
			if strings.Join(c.problems, "\n") != strings.Join(tc.problems, "\n") {
				t.Errorf("problems = %q, want %q", c.problems, tc.problems)
			}
		})
	}
}

func TestReadJSONLStopsOnCallbackError(t *testing.T) {
	stop := errors.New("stop")
	calls := 0
	err := ReadJSONL("c.jsonl", strings.NewReader("{\"text\":\"a\"}\n{\"text\":\"b\"}\n"), Limits{},
		func(extract.Article, error) error { calls++; return stop })
	if !errors.Is(err, stop) || calls != 1 {
		t.Errorf("err = %v after %d calls; want stop after 1", err, calls)
	}
}

func TestSanitizeID(t *testing.T) {
	for in, want := range map[string]string{
		"abc-1.2_x":              "abc-1.2_x",
		"kompas/2023 #1":         "kompas_2023_1",
		"berita é":               "berita_",
		"..":                     "",
		"___":                    "",
		"../../etc/passwd":       ".._.._etc_passwd",
		strings.Repeat("a", 300): strings.Repeat("a", 128),
	} {
		if got := sanitizeID(in); got != want {
			t.Errorf("sanitizeID(%q) = %q, want %q", in, got, want)
		}
	}
}
