package diagram

import (
	"bytes"
	"errors"
	"io"
	"strings"
	"testing"
)

func TestRenderVariantsGraphviz(t *testing.T) {
	tests := []struct {
		name     string
		opt      Options
		contains []string
		absent   []string
	}{
		{name: "default", opt: Options{},
			contains: []string{`label="holds ×2"`, `label="Legend"`, `dir="none"`},
			absent:   []string{"Gedung Wiswa Sabha Utama", "heldOn"}},
		{name: "focus and depth", opt: Options{Focus: "Ketut Suiasa", Depth: 2},
			contains: []string{"Ketut Suiasa", "KASN", `penwidth="3"`},
			absent:   []string{"Bawaslu"}},
		{name: "predicates filter", opt: Options{Predicates: []string{"holds", "heldAt"}},
			contains: []string{"Ketua KASN", "Gedung Wiswa Sabha Utama"},
			absent:   []string{"advises", "Pemkab Badung"}},
		{name: "all predicates", opt: Options{Predicates: []string{"all"}},
			contains: []string{"heldOn", "2024-04-18"}},
		{name: "types filter", opt: Options{Types: []string{"person", "Organization"}},
			contains: []string{"headOf", "Agus Pramusinto"},
			absent:   []string{"Ketua KASN", "Rapat Koordinasi"}},
		{name: "sources filter", opt: Options{Sources: []string{"003"}},
			contains: []string{"Bawaslu Bali"},
			absent:   []string{"KASN"}},
		{name: "lang id", opt: Options{Lang: "id"},
			contains: []string{`label="memimpin"`, `label="menjabat ×2"`, `label="bekerja sama"`, `label="membina/mengarahkan"`, `label="Keterangan"`, `label="Organisasi"`},
			absent:   []string{`label="headOf"`}},
		{name: "capped", opt: Options{MaxNodes: 4, Title: "Capped"},
			contains: []string{"not shown (limit 4 nodes)", `label="Capped\n`}},
		{name: "capped, lang id", opt: Options{MaxNodes: 4, Lang: "id"},
			contains: []string{"tidak ditampilkan (batas 4 simpul)"}},
		{name: "with clusters", opt: Options{Title: "Clusters"},
			contains: []string{"subgraph cluster_", `label="Bawaslu RI"`}},
		{name: "no clusters, no legend", opt: Options{NoClusters: true, NoLegend: true},
			absent: []string{"subgraph", "Legend"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			src := render(t, kasnGraph(), tt.opt)
			for _, want := range tt.contains {
				if !strings.Contains(src, want) {
					t.Errorf("DOT lacks %q:\n%s", want, src)
				}
			}
			for _, bad := range tt.absent {
				if strings.Contains(src, bad) {
					t.Errorf("DOT has %q:\n%s", bad, src)
				}
			}
			graphvizSVG(t, []byte(src))
		})
	}
}

func TestRenderImageFormats(t *testing.T) {
	graphvizSVG(t, []byte("digraph{}")) // skips without dot
	tests := []struct {
		format string
		magic  string
	}{
		{"svg", "<svg"},
		{"png", "\x89PNG\r\n\x1a\n"},
	}
	for _, tt := range tests {
		t.Run(tt.format, func(t *testing.T) {
			out := render(t, kasnGraph(), Options{Format: tt.format})
			if !strings.Contains(out[:min(len(out), 512)], tt.magic) {
				t.Fatalf("%s output starts %q, want %q in it", tt.format, out[:min(len(out), 64)], tt.magic)
			}
		})
	}
}

func TestRenderWithoutGraphviz(t *testing.T) {
	t.Setenv("PATH", t.TempDir())
	var buf bytes.Buffer
	err := Render(&buf, kasnGraph(), Options{Format: "svg"})
	if !errors.Is(err, ErrNoGraphviz) {
		t.Fatalf("Render svg without dot: err = %v, want ErrNoGraphviz", err)
	}
	if buf.Len() != 0 {
		t.Fatalf("Render wrote %d bytes on failure", buf.Len())
	}
	// DOT and Mermaid need no Graphviz.
	if err := Render(&buf, kasnGraph(), Options{Format: "mermaid"}); err != nil {
		t.Fatalf("Render mermaid without dot: %v", err)
	}
}

// Without dot, a registered fallback draws svg and png; its failure is
// reported under its name and nothing is written.
func TestRenderUsesFallbackWithoutDot(t *testing.T) {
	t.Setenv("PATH", t.TempDir())
	t.Cleanup(func() { RegisterFallbackLayout("", nil) })
	if got := LayoutEngine(); got != "" {
		t.Fatalf("LayoutEngine() with nothing registered = %q, want empty", got)
	}
	var gotSrc []byte
	var gotFormat string
	RegisterFallbackLayout("fake", func(w io.Writer, src []byte, format string) error {
		gotSrc, gotFormat = src, format
		if format == "png" {
			_, _ = io.WriteString(w, "partial")
			return errors.New("no PNG today")
		}
		_, err := io.WriteString(w, "<svg/>")
		return err
	})
	if got := LayoutEngine(); got != "fake" {
		t.Fatalf("LayoutEngine() = %q, want fake", got)
	}
	if out := render(t, kasnGraph(), Options{Format: "svg"}); out != "<svg/>" {
		t.Errorf("Render svg wrote %q, want the fallback's output", out)
	}
	if gotFormat != "svg" || !bytes.HasPrefix(gotSrc, []byte("digraph graphq {")) {
		t.Errorf("fallback got format %q and source %.40q", gotFormat, gotSrc)
	}
	var buf bytes.Buffer
	err := Render(&buf, kasnGraph(), Options{Format: "png"})
	if err == nil || !strings.Contains(err.Error(), "fake -Tpng: no PNG today") {
		t.Fatalf("Render png error = %v, want the fallback's, named", err)
	}
	if buf.Len() != 0 {
		t.Fatalf("Render wrote %q on failure", buf.String())
	}
}

func TestRenderOptionErrors(t *testing.T) {
	tests := []struct {
		name string
		opt  Options
		want string
	}{
		{"unknown focus", Options{Focus: "Komisi Pemberantasan Korupsi"}, `"Komisi Pemberantasan Korupsi"`},
		{"language", Options{Lang: "fr"}, `"fr"`},
		{"format", Options{Format: "pdf"}, `"pdf"`},
		{"type", Options{Types: []string{"Persn"}}, `"Persn"`},
		{"depth", Options{Depth: -1}, "depth -1"},
		{"max nodes", Options{MaxNodes: -5}, "max nodes -5"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var buf bytes.Buffer
			err := Render(&buf, kasnGraph(), tt.opt)
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Fatalf("Render(%+v) error = %v, want one naming %s", tt.opt, err, tt.want)
			}
			if buf.Len() != 0 {
				t.Fatalf("Render wrote output on error")
			}
		})
	}
	if err := Render(&bytes.Buffer{}, nil, Options{}); err == nil {
		t.Fatal("Render(nil graph) succeeded")
	}
}

func TestRenderMergesParallelEdges(t *testing.T) {
	g := &Graph{
		Nodes: []Node{
			{ID: "a", Label: "Ketut Suiasa", Type: "Person"},
			{ID: "b", Label: "Bupati Badung", Type: "Position"},
			{ID: "c", Label: "KASN", Type: "Organization"},
			{ID: "d", Label: "Pemkab Badung", Type: "Organization"},
		},
		Edges: []Edge{
			{From: "a", To: "b", Predicate: "represents", Count: 1, Sources: []string{"000"}},
			{From: "a", To: "b", Predicate: "represents", Count: 1, Sources: []string{"001"}},
			{From: "c", To: "d", Predicate: "cooperatesWith"},
			{From: "d", To: "c", Predicate: "cooperatesWith"},
		},
	}
	src := render(t, g, Options{})
	if n := strings.Count(src, "->"); n != 2 {
		t.Errorf("want 2 drawn edges after merging, got %d:\n%s", n, src)
	}
	for _, want := range []string{`label="represents ×2"`, `label="cooperatesWith ×2"`, `dir="none"`} {
		if !strings.Contains(src, want) {
			t.Errorf("DOT lacks %s:\n%s", want, src)
		}
	}
	graphvizSVG(t, []byte(src))
}
