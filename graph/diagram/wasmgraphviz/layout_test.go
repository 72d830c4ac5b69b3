package wasmgraphviz_test

import (
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"strings"
	"testing"

	"github.com/graphq/graphq/graph/diagram"
	"github.com/graphq/graphq/graph/diagram/wasmgraphviz"
)

func kasn() *diagram.Graph {
	return &diagram.Graph{
		Nodes: []diagram.Node{
			{ID: "org:KASN", Label: "KASN", Type: "Organization"},
			{ID: "person:Agus_Pramusinto", Label: "Agus Pramusinto", Type: "Person"},
			{ID: "position:Ketua_KASN", Label: "Ketua KASN", Type: "Position"},
			{ID: "org:Pemkab_Badung", Label: "Pemkab Badung", Type: "Organization"},
		},
		Edges: []diagram.Edge{
			{From: "person:Agus_Pramusinto", To: "org:KASN", Predicate: "headOf", Count: 1},
			{From: "person:Agus_Pramusinto", To: "position:Ketua_KASN", Predicate: "holds", Count: 2},
			{From: "org:KASN", To: "org:Pemkab_Badung", Predicate: "advises", Count: 1},
		},
	}
}

var labels = []string{"KASN", "Agus Pramusinto", "Ketua KASN", "Pemkab Badung", "holds ×2", "Legend"}

// checkSVG fails unless out is a well-formed SVG document showing every
// label of kasn().
func checkSVG(t *testing.T, out []byte) {
	t.Helper()
	head := string(out[:min(len(out), 64)])
	if !strings.HasPrefix(head, "<?xml") && !strings.HasPrefix(head, "<svg") {
		t.Fatalf("SVG starts %q", head)
	}
	dec := xml.NewDecoder(bytes.NewReader(out))
	dec.Strict = false // the DOCTYPE names an external DTD
	root := ""
	for {
		tok, err := dec.Token()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			t.Fatalf("SVG is not well-formed XML: %v", err)
		}
		if se, ok := tok.(xml.StartElement); ok && root == "" {
			root = se.Name.Local
		}
	}
	if root != "svg" {
		t.Fatalf("root element %q, want svg", root)
	}
	for _, l := range labels {
		if !bytes.Contains(out, []byte(">"+l+"<")) {
			t.Errorf("SVG has no text %q", l)
		}
	}
}

func dotSource(t *testing.T) []byte {
	t.Helper()
	var src bytes.Buffer
	if err := diagram.Render(&src, kasn(), diagram.Options{}); err != nil {
		t.Fatal(err)
	}
	return src.Bytes()
}

func TestLayoutSVG(t *testing.T) {
	var out bytes.Buffer
	if err := wasmgraphviz.Layout(&out, dotSource(t), "svg"); err != nil {
		t.Fatalf("Layout svg: %v", err)
	}
	checkSVG(t, out.Bytes())
}

func TestLayoutRefusesPNG(t *testing.T) {
	var out bytes.Buffer
	err := wasmgraphviz.Layout(&out, dotSource(t), "png")
	if !errors.Is(err, wasmgraphviz.ErrNoPNG) || !strings.Contains(err.Error(), "install Graphviz") {
		t.Fatalf("Layout png: err = %v, want ErrNoPNG", err)
	}
	if out.Len() != 0 {
		t.Fatalf("Layout png wrote %d bytes", out.Len())
	}
}

func TestLayoutErrors(t *testing.T) {
	tests := []struct {
		name, src, format, want string
	}{
		{"syntax error", "digraph { a -> ", "svg", "parse DOT"},
		{"format", "digraph { a -> b }", "pdf", `"pdf"`},
		{"png", "digraph { a -> b }", "png", "draws PNG incorrectly"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var out bytes.Buffer
			err := wasmgraphviz.Layout(&out, []byte(tt.src), tt.format)
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Fatalf("Layout error = %v, want one with %s", err, tt.want)
			}
		})
	}
}

// Without dot on PATH, Render must go through the binding the import
// registered: SVG is drawn, PNG refused with the reason.
func TestRenderFallsBackWithoutDot(t *testing.T) {
	t.Setenv("PATH", t.TempDir())
	if got := diagram.LayoutEngine(); got != wasmgraphviz.EngineName {
		t.Fatalf("LayoutEngine() = %q, want %q", got, wasmgraphviz.EngineName)
	}
	var svg bytes.Buffer
	if err := diagram.Render(&svg, kasn(), diagram.Options{Format: "svg"}); err != nil {
		t.Fatalf("Render svg: %v", err)
	}
	checkSVG(t, svg.Bytes())
	var img bytes.Buffer
	err := diagram.Render(&img, kasn(), diagram.Options{Format: "png"})
	if !errors.Is(err, wasmgraphviz.ErrNoPNG) || !strings.Contains(err.Error(), wasmgraphviz.EngineName) {
		t.Fatalf("Render png without dot: err = %v, want ErrNoPNG, naming the engine", err)
	}
	if img.Len() != 0 {
		t.Fatalf("Render png wrote %d bytes on failure", img.Len())
	}
}

func ExampleLayout() {
	var svg bytes.Buffer
	err := wasmgraphviz.Layout(&svg, []byte(`digraph { KASN -> "Pemkab Badung" [label="advises"] }`), "svg")
	if err != nil {
		panic(err)
	}
	fmt.Println(strings.Contains(svg.String(), ">Pemkab Badung<"))
	// Output: true
}

// go-graphviz has one WebAssembly instance per process: Layout must
// serialise callers (run with -race).
func TestLayoutConcurrent(t *testing.T) {
	src := dotSource(t)
	errs := make(chan error, 4)
	outs := make(chan []byte, 4)
	for range 4 {
		go func() {
			var out bytes.Buffer
			errs <- wasmgraphviz.Layout(&out, src, "svg")
			outs <- out.Bytes()
		}()
	}
	var first []byte
	for range 4 {
		if err := <-errs; err != nil {
			t.Fatalf("Layout: %v", err)
		}
		out := <-outs
		if first == nil {
			first = out
		} else if !bytes.Equal(out, first) {
			t.Errorf("concurrent layouts of the same source differ")
		}
	}
	checkSVG(t, first)
}
