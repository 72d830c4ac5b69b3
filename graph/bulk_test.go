package graph

import (
	"context"
	"fmt"
	"strings"
	"sync"
	"testing"

	"github.com/graphq/graphq/bench/corpus"
	"github.com/graphq/graphq/extract"
)

var (
	genOnce    sync.Once
	genResults []extract.Result
	genErr     error
)

// generated returns real extractions of n synthetic articles (n <= 80).
func generated(t testing.TB, n int) []extract.Result {
	t.Helper()
	genOnce.Do(func() {
		x, err := extract.New()
		if err != nil {
			genErr = err
			return
		}
		g := corpus.New(1)
		for i := range 80 {
			r := g.Article(i)
			genResults = append(genResults, x.Extract(extract.Article{Source: r.ID, Title: r.Title, Date: r.Date, URL: r.URL, Text: r.Text}))
		}
	})
	if genErr != nil {
		t.Fatal(genErr)
	}
	return append([]extract.Result(nil), genResults[:n]...)
}

// resourced is r claimed by another article source.
func resourced(r extract.Result, source string) extract.Result {
	r.Article.Source = source
	r.Triples = append([]extract.Triple(nil), r.Triples...)
	for i := range r.Triples {
		r.Triples[i].Source = source
	}
	return r
}

func addOneByOne(t testing.TB, s *Store, rs []extract.Result) {
	t.Helper()
	for _, r := range rs {
		mustAdd(t, s, r)
	}
}

func addBatches(t testing.TB, s *Store, rs []extract.Result, size int) []AddStats {
	t.Helper()
	var all []AddStats
	for len(rs) > 0 {
		n := min(size, len(rs))
		st, err := s.AddResults(context.Background(), rs[:n])
		if err != nil {
			t.Fatalf("AddResults: %v", err)
		}
		all = append(all, st...)
		rs = rs[n:]
	}
	return all
}

func TestAddResultsEqualsAddResult(t *testing.T) {
	rs := generated(t, 16)
	forEachBackend(t, func(t *testing.T, open func(testing.TB) *Store) {
		one, batched := open(t), open(t)
		addOneByOne(t, one, rs)
		stats := addBatches(t, batched, rs, 6)
		if got, want := exportString(t, batched), exportString(t, one); got != want {
			t.Fatalf("batched export differs from one-by-one:\n%s", firstDiff(got, want))
		}
		if got, want := nodeCount(t, batched), nodeCount(t, one); got != want {
			t.Errorf("batched store has %d nodes, one-by-one %d", got, want)
		}
		added := 0
		for _, st := range stats {
			added += st.QuadsAdded
		}
		if q := mustStats(t, batched).Quads; added+1 != q { // +1: the schema quad
			t.Errorf("stats say %d quads added, store holds %d", added, q)
		}
		mustCheck(t, batched)
	})
}

// A second batch that changes, keeps, adds and repeats articles leaves what
// the same results added one by one leave, ghosts included.
func TestAddResultsReplaces(t *testing.T) {
	rs := generated(t, 60)
	first := rs[:12]
	var second []extract.Result
	for i := range 5 { // changed: another article's facts under the same source
		second = append(second, resourced(rs[40+i], first[i].Article.Source))
	}
	second = append(second, first[5:8]...)                                                             // unchanged
	second = append(second, rs[20:24]...)                                                              // new
	second = append(second, resourced(rs[50], rs[21].Article.Source), rs[21])                          // rs[21] twice, the later wins
	second = append(second, extract.Result{Article: extract.Article{Source: first[8].Article.Source}}) // emptied
	forEachBackend(t, func(t *testing.T, open func(testing.TB) *Store) {
		one, batched := open(t), open(t)
		addOneByOne(t, one, first)
		addOneByOne(t, one, second)
		addBatches(t, batched, first, 12)
		stats := addBatches(t, batched, second, len(second))
		want := exportString(t, one)
		if got := exportString(t, batched); got != want {
			t.Fatalf("after replacement, batched export differs from one-by-one:\n%s", firstDiff(got, want))
		}
		if got, want := nodeCount(t, batched), nodeCount(t, one); got != want {
			t.Errorf("batched store has %d nodes, one-by-one %d (ghosts?)", got, want)
		}
		mustCheck(t, batched)
		for i, st := range stats {
			switch {
			case i >= 5 && i < 8 && st.QuadsAdded+st.QuadsRemoved != 0:
				t.Errorf("unchanged article %d: stats %+v, want nothing written", i, st)
			case i < 5 && (st.QuadsAdded == 0 || st.QuadsRemoved == 0):
				t.Errorf("changed article %d: stats %+v, want additions and removals", i, st)
			case i == len(second)-3 && st.QuadsAdded != 0:
				t.Errorf("superseded duplicate: stats %+v, want nothing written", st)
			}
		}
		again := addBatches(t, batched, second, 7)
		for i, st := range again {
			if st.QuadsAdded+st.QuadsRemoved != 0 {
				t.Errorf("re-adding article %d wrote %+v", i, st)
			}
		}
		if got := exportString(t, batched); got != want {
			t.Errorf("re-adding the batch changed the store:\n%s", firstDiff(got, want))
		}
	})
}

func TestAddResultsRejectsBatchWithoutSource(t *testing.T) {
	s := openTestStore(t, Config{Backend: BackendMemory})
	before := exportString(t, s)
	_, err := s.AddResults(context.Background(), []extract.Result{suiasa("000_a"), {}})
	if err == nil || !strings.Contains(err.Error(), "result 1") {
		t.Fatalf("AddResults with a sourceless result: err = %v, want one naming result 1", err)
	}
	if after := exportString(t, s); after != before {
		t.Errorf("a rejected batch wrote:\n%s", after)
	}
}

func TestArticleHash(t *testing.T) {
	ctx := context.Background()
	rs := generated(t, 3)
	forEachBackend(t, func(t *testing.T, open func(testing.TB) *Store) {
		s := open(t)
		addBatches(t, s, rs[:2], 2)
		mustAdd(t, s, suiasa("no_text"))
		tests := []struct {
			source    string
			want      string
			wantFound bool
		}{
			{rs[0].Article.Source, ContentHash(rs[0].Article), true},
			{rs[1].Article.Source, ContentHash(rs[1].Article), true},
			{rs[2].Article.Source, "", false}, // not stored
			{"no_text", "", false},            // stored without text
		}
		for _, tt := range tests {
			got, found, err := s.ArticleHash(ctx, tt.source)
			if err != nil || got != tt.want || found != tt.wantFound {
				t.Errorf("ArticleHash(%s) = %q, %v, %v; want %q, %v", tt.source, got, found, err, tt.want, tt.wantFound)
			}
		}
		// A changed article is stored with its new hash only.
		changed := rs[0]
		changed.Article.Text += " Tambahan."
		mustAdd(t, s, changed)
		all, err := s.ArticleHashes(ctx)
		if err != nil {
			t.Fatal(err)
		}
		want := map[string]string{rs[0].Article.Source: ContentHash(changed.Article), rs[1].Article.Source: ContentHash(rs[1].Article)}
		if len(all) != len(want) || all[rs[0].Article.Source] != want[rs[0].Article.Source] || all[rs[1].Article.Source] != want[rs[1].Article.Source] {
			t.Errorf("ArticleHashes = %v, want %v", all, want)
		}
		if ContentHash(changed.Article) == ContentHash(rs[0].Article) {
			t.Error("changing the text did not change the hash")
		}
		mustCheck(t, s)
	})
}

func TestContentHashCoversEveryField(t *testing.T) {
	base := extract.Article{Source: "a", Title: "T", File: "f.txt", Date: "2024-01-02", URL: "u", Text: "teks"}
	moved := base
	moved.Title, moved.Text = "Tt", "eks" // same bytes, other fields
	variants := map[string]extract.Article{"moved": moved}
	for _, f := range []func(*extract.Article){
		func(a *extract.Article) { a.Title = "X" }, func(a *extract.Article) { a.File = "X" },
		func(a *extract.Article) { a.Date = "X" }, func(a *extract.Article) { a.URL = "X" },
		func(a *extract.Article) { a.Text = "X" },
	} {
		v := base
		f(&v)
		variants[v.Title+v.File+v.Date+v.URL+v.Text] = v
	}
	for name, v := range variants {
		if ContentHash(v) == ContentHash(base) {
			t.Errorf("variant %s has the base article's hash", name)
		}
	}
	other := base
	other.Source = "b"
	if ContentHash(other) != ContentHash(base) {
		t.Error("the hash depends on the source, which is the key, not content")
	}
}

// firstDiff shows the first line where two exports differ.
func firstDiff(got, want string) string {
	g, w := strings.Split(got, "\n"), strings.Split(want, "\n")
	for i := 0; i < len(g) || i < len(w); i++ {
		var gl, wl string
		if i < len(g) {
			gl = g[i]
		}
		if i < len(w) {
			wl = w[i]
		}
		if gl != wl {
			return fmt.Sprintf("line %d:\n got:  %s\n want: %s", i+1, gl, wl)
		}
	}
	return "(equal)"
}
